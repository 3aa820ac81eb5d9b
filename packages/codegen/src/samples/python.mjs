// Python: the request with the standard library only (urllib.request, json).
import { AUDIO_FILE } from './facts.mjs';
import { py } from './literals.mjs';

export default {
  file: 'python.py',
  lang: 'Python',
  label: 'Python',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ operation, method, body, headers, multipart, audio, empty, url, mediaType, apiKeyEnv }) {
    const lines = [`        "Authorization": f"Bearer {os.environ['${apiKeyEnv}']}",`];
    for (const [name, value] of Object.entries(headers)) lines.push(`        ${JSON.stringify(name)}: ${JSON.stringify(value)},`);
    let data = '';
    let prelude = '';
    if (body !== undefined && multipart) {
      // A form by hand: each part under the boundary, a file part with a file name.
      const parts = Object.entries(body).map(([name, value]) => {
        const file = operation.params.some((p) => p.wire === name && p.file);
        const disposition = `form-data; name="${name}"${file ? `; filename="${name}.txt"` : ''}`;
        return `    + "--" + boundary + "\\r\\nContent-Disposition: ${disposition.replaceAll('"', '\\"')}\\r\\n\\r\\n" + ${py(String(value))} + "\\r\\n"`;
      });
      prelude = `boundary = "revox-sample-boundary"\nform = (\n    ""\n${parts.join('\n')}\n    + "--" + boundary + "--\\r\\n"\n).encode()\n\n`;
      lines.push('        "Content-Type": f"multipart/form-data; boundary={boundary}",');
      data = '\n    data=form,';
    } else if (body !== undefined) {
      lines.push('        "Content-Type": "application/json",');
      data = `\n    data=json.dumps(${py(body, 1)}).encode(),`;
    }
    if (audio) lines.push(`        "Accept": "${mediaType}",`);
    const use = audio
      ? `    with open("${AUDIO_FILE}", "wb") as audio:\n        audio.write(response.read())\nprint("saved ${AUDIO_FILE}")`
      : empty
        ? '    print(response.status)'
        : '    print(json.dumps(json.load(response), indent=2, ensure_ascii=False))';
    return `import json
import os
import urllib.request

${prelude}request = urllib.request.Request(
    "${url}",
    method="${method}",
    headers={
${lines.join('\n')}
    },${data}
)
with urllib.request.urlopen(request) as response:
${use}
`;
  },
  /** @param {string} file @returns {[string, string[]]} */
  command: (file) => ['python3', [file]],
};
