// cURL: the raw HTTP request, for readers who try the API from a terminal.
import { AUDIO_FILE } from './facts.mjs';

export default {
  file: 'curl.sh',
  lang: 'curl',
  label: 'cURL',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ method, body, audio, url, mediaType, apiKeyEnv }) {
    const lines = [`curl -X ${method} '${url}'`, `-H "Authorization: Bearer $${apiKeyEnv}"`];
    if (body !== undefined) lines.push('-H "Content-Type: application/json"');
    if (audio) lines.push(`-H "Accept: ${mediaType}"`, `--output ${AUDIO_FILE}`);
    if (body !== undefined) lines.push(`-d '${JSON.stringify(body, null, 2).replaceAll("'", "'\\''").replaceAll('\n', '\n  ')}'`);
    return `${lines.join(' \\\n  ')}\n`;
  },
  /** @param {string} file @returns {[string, string[]]} */
  command: (file) => ['bash', [file]],
};
