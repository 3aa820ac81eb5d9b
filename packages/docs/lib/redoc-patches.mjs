// Fixes to Redoc CE 3, applied to the page that `build-docs --inlineBundle`
// writes, for bugs that no Redoc option avoids. Each patch replaces one exact
// piece of Redoc's code (minified, as @redocly/cli ships it). The build fails
// when a piece is not in the page exactly once, so an upgrade of @redocly/cli
// that changes or fixes that code stops the build instead of silently
// dropping the fix: re-check the bug, then update or delete the patch.

export const REDOC_PATCHES = [
  {
    why: 'search excerpts glue the words on either side of a line break, a list item or a paragraph',
    // Redoc turns a description's Markdoc tree into search text by joining its
    // text nodes with '' (QT). The line breaks inside a paragraph are nodes of
    // their own (softbreak) with no text, and paragraphs and list items are
    // separate nodes, so "existing assistant⏎(assistant_id)" is indexed and
    // shown as "existing assistant(assistant_id)". The page renders them
    // right; only the search text is wrong. A space after every node but the
    // inline ones (text, code, emphasis, links) keeps words apart.
    from: 'function QT(e){let t=[];function n(e){if(!Yae(e)){typeof e.attributes?.content==`string`&&t.push(e.attributes.content);for(let t of e.children??[])n(t)}}return n(e),t.join(``)}',
    to: 'function QT(e){let t=[];function n(e){if(!Yae(e)){typeof e.attributes?.content==`string`&&t.push(e.attributes.content);for(let t of e.children??[])n(t);/^(text|inline|strong|em|s|code|link)$/.test(e.type)||t.push(` `)}}return n(e),t.join(``)}',
  },
  {
    why: 'the search box cannot be reached with Tab (WCAG 2.1.1)',
    // Redoc's search box is a <div> that opens the search dialog on click, so
    // keyboard users only have Ctrl+K. A button role, a tab stop and Enter or
    // Space make it a button; the prerendered markup gets the same attributes
    // (next patch), as React keeps the server's attributes when it hydrates.
    from: '(0,V.jsx)(gEe,{onClick:e,onPointerEnter:t,',
    to: '(0,V.jsx)(gEe,{role:`button`,tabIndex:0,onKeyDown:k=>{(k.key===`Enter`||k.key===` `)&&(k.preventDefault(),e())},onClick:e,onPointerEnter:t,',
  },
  {
    why: 'the search box cannot be reached with Tab (WCAG 2.1.1), prerendered markup',
    from: '<div data-testid="search-trigger" ',
    to: '<div role="button" tabindex="0" data-testid="search-trigger" ',
  },
  {
    why: 'the button that clears the search box has no name (WCAG 4.1.2)',
    // An icon alone; screen readers announce it as "button".
    from: 'icon:(0,V.jsx)(ETe,{}),tabIndex:-1})',
    to: 'icon:(0,V.jsx)(ETe,{}),tabIndex:-1,"aria-label":`Clear the search`})',
  },
  {
    why: "a drop-down's name leaves out the option it shows (WCAG 2.5.3)",
    // The examples, media types and schema variants drop-downs are buttons
    // named "Example" (and so on) that show "Rename the assistant": a speech
    // user saying what they see cannot reach them. Name them "Example: Rename
    // the assistant".
    from: '(0,V.jsx)(lpe,{variant:`outlined`,size:`small`,type:`button`,"aria-label":r,',
    to: '(0,V.jsx)(lpe,{variant:`outlined`,size:`small`,type:`button`,"aria-label":r&&i?.label?`${r}: ${i.label}`:r,',
  },
];

/**
 * The page with every patch applied.
 * @param {string} html the page build-docs wrote
 * @param {{ why: string, from: string, to: string }[]} [patches]
 */
export function patchRedoc(html, patches = REDOC_PATCHES) {
  let patched = html;
  for (const { why, from, to } of patches) {
    const found = patched.split(from).length - 1;
    if (found !== 1) {
      throw new Error(
        `Redoc patch "${why}": its code is in the page ${found} times, not once. Redoc has changed: check whether it still has the bug, then update or remove the patch in lib/redoc-patches.mjs.`,
      );
    }
    patched = patched.replace(from, () => to);
  }
  return patched;
}
