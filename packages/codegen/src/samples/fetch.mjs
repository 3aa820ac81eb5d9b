// fetch: the request with no SDK, in any JavaScript runtime.
import { AUDIO_FILE } from './facts.mjs';
import { js } from './literals.mjs';

export default {
  file: 'fetch.mjs',
  lang: 'JavaScript',
  label: 'fetch',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ method, body, audio, url, mediaType, apiKeyEnv }) {
    const headers = [`    Authorization: \`Bearer \${process.env.${apiKeyEnv}}\`,`];
    if (body !== undefined) headers.push("    'Content-Type': 'application/json',");
    if (audio) headers.push(`    Accept: '${mediaType}',`);
    const use = audio
      ? `await writeFile('${AUDIO_FILE}', Buffer.from(await response.arrayBuffer()));\nconsole.log('saved ${AUDIO_FILE}');`
      : 'console.log(JSON.stringify(await response.json(), null, 2));';
    return `${audio ? "import { writeFile } from 'node:fs/promises';\n\n" : ''}const response = await fetch('${url}', {
  method: '${method}',
  headers: {
${headers.join('\n')}
  },${body === undefined ? '' : `\n  body: JSON.stringify(${js(body, 1)}),`}
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
