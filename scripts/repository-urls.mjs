// Where the project lives, stated once in repository.json (a placeholder
// until the public repository exists: see its `about`), and what each
// published package says about it. npm provenance needs `repository` in
// every published package.json; `homepage` and `bugs` come with it.
//   node scripts/repository-urls.mjs          lists the published package.json files that disagree (exit 1)
//   node scripts/repository-urls.mjs --write  writes the fields into them
// packages/release/test/repository-urls.test.ts runs the check in `npm test`,
// and checks that the gemspec, which reads repository.json itself, agrees.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

/** @returns {{ placeholder: boolean, url: string, branch: string }} */
export function repository() {
  return JSON.parse(readFileSync(join(root, 'repository.json'), 'utf8'));
}

/** The fields of a published package.json in `directory` (repository-relative, `packages/sdk`). */
export function packageFields(/** @type {string} */ directory) {
  const { url, branch } = repository();
  return {
    repository: { type: 'git', url: `git+${url}.git`, directory },
    homepage: `${url}/tree/${branch}/${directory}#readme`,
    bugs: { url: `${url}/issues` },
  };
}

/** What the gem's specification must say (packages/ruby/revox.gemspec derives the same from repository.json). */
export function gemFields() {
  const { url, branch } = repository();
  return {
    homepage: `${url}/tree/${branch}/packages/ruby`,
    source_code_uri: `${url}/tree/${branch}/packages/ruby`,
    bug_tracker_uri: `${url}/issues`,
  };
}

/** @returns {string[]} every workspace that npm would publish (not `private`), as repository-relative folders */
export function publishedPackages() {
  /** @type {string[]} */
  const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;
  const folders = workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((d) => d.isDirectory())
          .map((d) => `${pattern.slice(0, -2)}/${d.name}`)
      : [pattern],
  );
  return folders.filter((folder) => {
    try {
      return JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')).private !== true;
    } catch {
      return false; // a folder without a package.json is no workspace
    }
  });
}

/** @returns {string[]} one line per field of a published package.json that differs from repository.json */
export function disagreements() {
  return publishedPackages().flatMap((folder) => {
    const pkg = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
    return Object.entries(packageFields(folder))
      .filter(([field, value]) => JSON.stringify(pkg[field]) !== JSON.stringify(value))
      .map(
        ([field, value]) =>
          `${folder}/package.json: "${field}" is ${JSON.stringify(pkg[field])}, repository.json says ${JSON.stringify(value)}`,
      );
  });
}

/** Writes the fields into every published package.json, after `license`, keeping the order of the rest. */
function write() {
  for (const folder of publishedPackages()) {
    const file = join(root, folder, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    const fields = packageFields(folder);
    const rest = Object.entries(pkg).filter(([key]) => !(key in fields));
    const at = rest.findIndex(([key]) => key === 'license') + 1 || rest.length;
    const next = Object.fromEntries([...rest.slice(0, at), ...Object.entries(fields), ...rest.slice(at)]);
    writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--write')) write();
  const problems = disagreements();
  if (problems.length) {
    console.error(`${problems.join('\n')}\nRun \`node scripts/repository-urls.mjs --write\`.`);
    process.exit(1);
  }
  console.log(
    `${publishedPackages().join(', ')}: repository, homepage and bugs as repository.json says${repository().placeholder ? ' (placeholders: see its `about`)' : ''}`,
  );
}
