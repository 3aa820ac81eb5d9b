// The release step's part for the gate: the spec as released becomes the
// baseline (spec/released/openapi.yaml), and the acknowledged breaking
// changes, now released, are cleared. Run after `npx changeset version`.
import { copyFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const at = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
copyFileSync(at('../openapi.yaml'), at('../released/openapi.yaml'));
rmSync(at('../released/acknowledged.txt'), { force: true });
console.log('spec/released/openapi.yaml is now the spec as released');
