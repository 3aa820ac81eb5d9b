// `npm run generate`: writes every generated file. `--check`: writes nothing
// and fails, naming each stale file, when one differs from a fresh
// generation (npm test runs this; CI never generates, so a spec change that
// was not regenerated and committed fails there).
import { GENERATED_FOLDERS, generatedFiles } from './index.mjs';
import { staleFiles, writeFiles } from './files.mjs';

const files = await generatedFiles();
if (process.argv.includes('--check')) {
  const stale = staleFiles(files, GENERATED_FOLDERS);
  if (stale.length) {
    console.error(
      `These generated files differ from spec/openapi.yaml and spec/sdk-policy.yaml:\n  ${stale.join('\n  ')}\nRun \`npm run generate\` and commit the result.`,
    );
    process.exit(1);
  }
  console.log(`all ${files.size} generated files match the spec`);
} else {
  const written = writeFiles(files);
  console.log(
    written.length
      ? `wrote ${written.length} of ${files.size} generated files:\n  ${written.join('\n  ')}`
      : `all ${files.size} generated files were up to date`,
  );
}
