// Python: the request with the standard library only (urllib.request, json).
import { AUDIO_FILE } from './facts.mjs';
import { py } from './literals.mjs';

export default {
  file: 'python.py',
  lang: 'Python',
  label: 'Python',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ method, body, audio, url, mediaType, apiKeyEnv }) {
    const headers = [`        "Authorization": f"Bearer {os.environ['${apiKeyEnv}']}",`];
    if (body !== undefined) headers.push('        "Content-Type": "application/json",');
    if (audio) headers.push(`        "Accept": "${mediaType}",`);
    const use = audio
      ? `    with open("${AUDIO_FILE}", "wb") as audio:\n        audio.write(response.read())\nprint("saved ${AUDIO_FILE}")`
      : '    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))';
    return `import json
import os
import urllib.request

request = urllib.request.Request(
    "${url}",
    method="${method}",
    headers={
${headers.join('\n')}
    },${body === undefined ? '' : `\n    data=json.dumps(${py(body, 1)}).encode(),`}
)
with urllib.request.urlopen(request) as response:
${use}
`;
  },
  /** @param {string} file @returns {[string, string[]]} */
  command: (file) => ['python3', [file]],
};
