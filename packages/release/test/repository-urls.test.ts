// npm provenance needs `repository` in every published package.json; with
// `homepage`, `bugs` and the gem's source and bug tracker URIs, it is stated
// once, in repository.json (a placeholder until the public repository
// exists). Every published package.json must say what it says
// (scripts/repository-urls.mjs --write fixes them), and so must the gem,
// whose gemspec reads the file when it is built.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { disagreements, gemFields, publishedPackages, repository } from '../../../scripts/repository-urls.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('repository, homepage and bugs, from repository.json', () => {
  it('is one GitHub repository, and says whether it is a placeholder', () => {
    const { url, branch, placeholder } = repository();
    expect(url).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(branch).toMatch(/^[\w./-]+$/);
    expect(typeof placeholder).toBe('boolean');
  });

  it('is what every published package.json says', () => {
    expect(publishedPackages()).toEqual(expect.arrayContaining(['packages/sdk', 'packages/types']));
    expect(disagreements()).toEqual([]);
  });

  it('is what the gem says: homepage, source_code_uri, bug_tracker_uri', () => {
    const script =
      'require "json"; s = Gem::Specification.load(ARGV[0]); print JSON.generate(homepage: s.homepage, source_code_uri: s.metadata["source_code_uri"], bug_tracker_uri: s.metadata["bug_tracker_uri"])';
    const gem = JSON.parse(execFileSync('ruby', ['-e', script, join(root, 'packages/ruby/revox.gemspec')], { encoding: 'utf8' }));
    expect(gem).toEqual(gemFields());
  });
});
