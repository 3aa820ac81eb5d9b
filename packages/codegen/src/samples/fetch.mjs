// fetch: the request with no SDK, in any JavaScript runtime.
import { AUDIO_FILE } from './facts.mjs';
import { js } from './literals.mjs';

export default {
  file: 'fetch.mjs',
  lang: 'JavaScript',
  label: 'fetch',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ operation, method, body, headers, multipart, audio, empty, url, mediaType, apiKeyEnv }) {
    const lines = [`    Authorization: \`Bearer \${process.env.${apiKeyEnv}}\`,`];
    for (const [name, value] of Object.entries(headers))
      lines.push(
        `    ${js({ [name]: value })
          .slice(2, -2)
          .trim()}`,
      );
    if (body !== undefined && !multipart) lines.push("    'Content-Type': 'application/json',");
    if (audio) lines.push(`    Accept: '${mediaType}',`);
    let form = '';
    if (body !== undefined && multipart) {
      // fetch writes the multipart boundary itself: no Content-Type here.
      const parts = Object.entries(body).map(([name, value]) =>
        operation.params.some((p) => p.wire === name && p.file)
          ? `form.append('${name}', new Blob([${js(value)}], { type: 'text/plain' }), '${name}.txt');`
          : `form.append('${name}', ${js(String(value))});`,
      );
      form = `const form = new FormData();\n${parts.join('\n')}\n\n`;
    }
    const payload = body === undefined ? '' : multipart ? '\n  body: form,' : `\n  body: JSON.stringify(${js(body, 1)}),`;
    const use = audio
      ? `await writeFile('${AUDIO_FILE}', Buffer.from(await response.arrayBuffer()));\nconsole.log('saved ${AUDIO_FILE}');`
      : empty
        ? 'console.log(response.status);'
        : 'console.log(JSON.stringify(await response.json(), null, 2));';
    return `${audio ? "import { writeFile } from 'node:fs/promises';\n\n" : ''}${form}const response = await fetch('${url}', {
  method: '${method}',
  headers: {
${lines.join('\n')}
  },${payload}
});
if (!response.ok) {
  throw new Error(\`Revox API \${response.status}: \${await response.text()}\`);
}

${use}
`;
  },
  /** @param {string} file @param {import('./index.mjs').Tools} tools @returns {[string, string[]]} */
  command: (file, tools) => [tools.node, [file]],
};
