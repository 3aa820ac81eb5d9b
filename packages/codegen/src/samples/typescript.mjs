// TypeScript: the SDK, as its users write it. The samples test runs it with
// tsx, and the docs package type-checks it against the SDK.
import { methodArguments } from '../targets/sdk.mjs';
import { AUDIO_FILE } from './facts.mjs';
import { js } from './literals.mjs';

export default {
  file: 'typescript.ts',
  lang: 'TypeScript',
  label: 'TypeScript',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ operation, pathParams, query, body, audio, apiKeyEnv }) {
    const args = methodArguments(operation, { pathParams, query, body }).map((arg) => js(arg));
    const call = `await client.${operation.sdk.name}(${args.join(', ')})`;
    const use = audio
      ? `const audio = ${call};
await writeFile('${AUDIO_FILE}', Buffer.from(await audio.arrayBuffer()));
console.log(\`saved \${audio.size} bytes of \${audio.type} to ${AUDIO_FILE}\`);`
      : `const result = ${call};
console.log(JSON.stringify(result, null, 2));`;
    return `${audio ? "import { writeFile } from 'node:fs/promises';\n" : ''}import Revox from '@revoxai/sdk';

// Reads the API key from ${apiKeyEnv}.
const client = new Revox();

${use}
`;
  },
  /** @param {string} file @param {import('./index.mjs').Tools} tools @returns {[string, string[]]} */
  command: (file, tools) => [tools.node, ['--import', tools.tsxLoader, file]],
};
