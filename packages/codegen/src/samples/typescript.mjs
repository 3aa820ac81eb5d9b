// TypeScript: the SDK, as its users write it. The samples test runs it with
// tsx, and the docs package type-checks it against the SDK.
import { tsName, typescriptArguments } from '../targets/sdk.mjs';
import { AUDIO_FILE } from './facts.mjs';
import { js, SourceCode } from './literals.mjs';

export default {
  file: 'typescript.ts',
  lang: 'TypeScript',
  label: 'TypeScript',
  /** @param {import('./facts.mjs').SampleFacts} facts */
  template({ operation, pathParams, params, audio, empty, apiKeyEnv }) {
    const files = new Set(operation.params.filter((p) => p.file).map((p) => p.wire));
    // A file part is made from its example text, so the sample runs as it is.
    const values = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        files.has(name) ? new SourceCode(`new File([${js(value)}], '${name}.txt', { type: 'text/plain' })`) : value,
      ]),
    );
    const args = typescriptArguments(operation, { pathParams, params: values }).map((arg) => js(arg));
    const call = `await client.${[...operation.resource, operation.method].map(tsName).join('.')}(${args.join(', ')})`;
    const use = audio
      ? `const audio = ${call};
await writeFile('${AUDIO_FILE}', Buffer.from(await audio.arrayBuffer()));
console.log(\`saved \${audio.size} bytes of \${audio.type} to ${AUDIO_FILE}\`);`
      : empty
        ? `${call};\nconsole.log('done');`
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
