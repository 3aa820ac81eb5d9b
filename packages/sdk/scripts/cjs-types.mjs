// Writes dist/index.d.cts, the types of `require('@revoxai/sdk')`, after the
// build. At run time the CommonJS build's module.exports is the client class
// with every export on it (tsup.config.ts). Its types must say the same, or
// `new (require('@revoxai/sdk'))()` does not compile in a .cts file or in
// checkJs: the class, merged with a namespace that re-exports every export of
// the ESM types (their names read by TypeScript itself, so none is missed).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const dist = (/** @type {string} */ file) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));
const program = ts.createProgram([dist('index.d.ts')], {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  noEmit: true,
  skipLibCheck: true,
});
const checker = program.getTypeChecker();
const entry = checker.getSymbolAtLocation(/** @type {ts.SourceFile} */ (program.getSourceFile(dist('index.d.ts'))));
if (!entry) throw new Error('dist/index.d.ts has no exports: build first');
// Values are what the CommonJS build really exports; every other export is a type.
const values = new Set(Object.keys(createRequire(import.meta.url)(dist('index.cjs'))));
const members = checker
  .getExportsOfModule(entry)
  .filter(({ name }) => name !== 'default' && name !== 'Revox')
  .sort((a, b) => (a.name < b.name ? -1 : 1))
  .map((symbol) => {
    if (values.has(symbol.name)) return `  export import ${symbol.name} = ESM.${symbol.name};`;
    const declaration = checker.getAliasedSymbol(symbol).declarations?.[0];
    const parameters =
      declaration && 'typeParameters' in declaration
        ? /** @type {ts.NodeArray<ts.TypeParameterDeclaration> | undefined} */ (declaration.typeParameters)
        : undefined;
    const generic = parameters?.length
      ? [`<${parameters.map((p) => p.getText()).join(', ')}>`, `<${parameters.map((p) => p.name.text).join(', ')}>`]
      : ['', ''];
    return `  export type ${symbol.name}${generic[0]} = ESM.${symbol.name}${generic[1]};`;
  });

writeFileSync(
  dist('index.d.cts'),
  `// The types of require('@revoxai/sdk'): the client class, with every export on it. Written by scripts/cjs-types.mjs.
import * as ESM from './index.js';

declare class Revox extends ESM.Revox {}
declare namespace Revox {
${members.join('\n')}
  export { Revox, Revox as default };
}
export = Revox;
`,
);
console.log(`wrote dist/index.d.cts: the class and ${members.length} exports`);
