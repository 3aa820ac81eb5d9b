// The reference's "Changes" section: what each release changed in the API,
// made from the released specs (spec/released/<version>.yaml) by the same
// classifier as the breaking-change gate, so it can neither be forgotten nor
// disagree with what CI checked.
import { changesMarkdown, releaseHistory } from '@revoxai/spec';

/**
 * The spec with a "Changes" section at the end of its introduction: one
 * entry per release, newest first, breaking changes first in each.
 * @param {any} doc a parsed OpenAPI document (not modified)
 */
export function withChanges(doc) {
  const copy = structuredClone(doc);
  const entries = releaseHistory(copy).map(({ version, since, changes }) => {
    const title =
      version === null
        ? `Not released yet (since ${since})`
        : since === null
          ? `${version}: the first release`
          : `${version} (since ${since})`;
    if (since === null) return `### ${title}\n`;
    const verdict = changes.some((c) => c.breaking) ? '' : 'Nothing in it breaks existing clients.\n\n';
    return `### ${title}\n\n${verdict}${changesMarkdown(changes)}`;
  });
  copy.info.description = `${copy.info.description.trimEnd()}\n\n## Changes\n\nWhat each release changed in the API, newest first. Changes that break existing clients come first.\n\n${entries.join('\n')}`;
  return copy;
}
