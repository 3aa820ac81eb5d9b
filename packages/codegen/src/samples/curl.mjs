// cURL: the raw HTTP request, for readers who try the API from a terminal.
import { AUDIO_FILE } from './facts.mjs';

/** A shell word in single quotes. @param {string} text */
const quoted = (text) => `'${text.replaceAll("'", "'\\''")}'`;

export default {
  file: 'curl.sh',
  lang: 'curl',
  label: 'cURL',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ operation, method, body, headers, multipart, audio, url, mediaType, apiKeyEnv }) {
    const lines = [`curl -X ${method} ${quoted(url)}`, `-H "Authorization: Bearer $${apiKeyEnv}"`];
    for (const [name, value] of Object.entries(headers)) lines.push(`-H ${quoted(`${name}: ${value}`)}`);
    if (body !== undefined && !multipart) lines.push('-H "Content-Type: application/json"');
    if (audio) lines.push(`-H "Accept: ${mediaType}"`, `--output ${AUDIO_FILE}`);
    let before = '';
    if (body !== undefined && multipart) {
      // Each file part is written from its example text first, so the command runs as it is.
      for (const [name, value] of Object.entries(body)) {
        const file = operation.params.some((p) => p.wire === name && p.file);
        if (file) before += `printf '%s' ${quoted(String(value))} > ${name}.txt\n`;
        lines.push(`-F ${quoted(file ? `${name}=@${name}.txt;type=text/plain` : `${name}=${String(value)}`)}`);
      }
    } else if (body !== undefined) {
      lines.push(`-d ${quoted(JSON.stringify(body, null, 2)).replaceAll('\n', '\n  ')}`);
    }
    return `${before}${lines.join(' \\\n  ')}\n`;
  },
  /** @param {string} file @returns {[string, string[]]} */
  command: (file) => ['bash', [file]],
};
