// The first lines of every generated file: what made it, and how to change it.

/**
 * @param {'//' | '*' | '#'} style comment syntax (`*` opens a block comment)
 * @param {string} by the generator's input or tool
 */
export function banner(style, by) {
  const lines = [
    'GENERATED FILE. DO NOT EDIT.',
    `Made from spec/openapi.yaml (and spec/sdk-policy.yaml) by packages/codegen, through ${by}.`,
    'Change the spec, then run `npm run generate` and commit the result; `npm test` fails while this file is stale.',
  ];
  if (style === '*') return `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */\n`;
  return `${lines.map((l) => `${style} ${l}`).join('\n')}\n`;
}
