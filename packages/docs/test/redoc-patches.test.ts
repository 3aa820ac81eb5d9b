// The patches to Redoc's code (lib/redoc-patches.mjs): the guard that stops a
// build when Redoc's code has moved, and the search-text fix on the kind of
// Markdoc trees Redoc builds from the spec's descriptions. The browser test
// checks all patches in the built page.
import { describe, expect, it } from 'vitest';
import { patchRedoc, REDOC_PATCHES } from '../lib/redoc-patches.mjs';

const patch = { why: 'an example', from: 'let a=1;', to: 'let a=2;' };

describe('patchRedoc', () => {
  it('replaces code found once', () => {
    expect(patchRedoc('x();let a=1;y();', [patch])).toBe('x();let a=2;y();');
  });

  it('stops the build, naming the patch, when the code is missing or repeated', () => {
    expect(() => patchRedoc('x();', [patch])).toThrow(/"an example": its code is in the page 0 times/);
    expect(() => patchRedoc('let a=1;let a=1;', [patch])).toThrow(/"an example": its code is in the page 2 times/);
  });

  it('takes the replacement literally, `$` patterns included', () => {
    expect(patchRedoc('let a=1;', [{ ...patch, to: "let a=`$'$&`;" }])).toBe("let a=`$'$&`;");
  });
});

type Node = { type: string; attributes?: { content?: string }; children?: Node[] };
const text = (content: string): Node => ({ type: 'text', attributes: { content } });
const inline = (...children: Node[]): Node => ({ type: 'inline', children });
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children: [inline(...children)] });

/** Redoc's function that turns a Markdoc tree into search text, as Redoc ships it or as patched. */
function searchText(code: string): (tree: Node) => string {
  const isScriptOrStyle = () => false; // Redoc's `Yae`
  return new Function('Yae', `${code}; return QT;`)(isScriptOrStyle);
}

describe('the search text of a description', () => {
  const { from, to } = REDOC_PATCHES.find(({ from }) => from.startsWith('function QT('))!;
  // "existing assistant⏎(`assistant_id`) or by one described inline.⏎The response", then a list.
  const description: Node = {
    type: 'document',
    children: [
      paragraph(
        text('existing assistant'),
        { type: 'softbreak' },
        text('('),
        { type: 'code', attributes: { content: 'assistant_id' } },
        text(') or by one described inline.'),
        { type: 'softbreak' },
        text('The response'),
      ),
      {
        type: 'list',
        children: [
          { type: 'item', children: [inline(text('first item;'))] },
          { type: 'item', children: [inline(text('second item'))] },
        ],
      },
    ],
  };

  it('as Redoc ships it, glues the words around line breaks, list items and paragraphs', () => {
    expect(searchText(from)(description)).toBe(
      'existing assistant(assistant_id) or by one described inline.The responsefirst item;second item',
    );
  });

  it('as patched, keeps them apart, and inline code stays next to its punctuation', () => {
    expect(searchText(to)(description).replace(/\s+/g, ' ').trim()).toBe(
      'existing assistant (assistant_id) or by one described inline. The response first item; second item',
    );
  });

  it('as patched, leaves the text of a heading, from which Redoc makes its anchor, as it was', () => {
    const heading: Node = { type: 'heading', children: [inline(text('Requests and '), { type: 'em', children: [text('responses')] })] };
    expect(searchText(to)(heading).trim()).toBe(searchText(from)(heading));
  });
});
