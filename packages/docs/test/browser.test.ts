// The built reference in a real browser (Debian's Chromium driven by
// playwright-core) with the network cut off: everything a reader needs must
// render from the one page, and nothing may be requested from another host.
// The operations come from the spec, so a new one is checked without an edit.
// It also holds the page to WCAG 2.1 AA (axe-core) in light and dark mode,
// walks it with the keyboard, and reads its search results.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AxeResults, NodeResult, Result } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeId, latestRelease, loadModel, loadSpec, releaseHistory } from '@revoxai/spec';
import { launchChromium } from '../lib/chromium.mjs';
import { operationRoute } from '../lib/samples.mjs';
import { serveStatic } from '../lib/static-server.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const spec = loadSpec();

const operations = loadModel().operations.map(({ id, method, path, tag, summary, body, statuses, sdk }) => ({
  id,
  tag,
  method,
  path,
  summary,
  route: operationRoute({ tag, id }),
  fields: body?.fields ?? [],
  statuses,
  sdk: sdk.name,
}));

const COLOR_MODES = ['light', 'dark'] as const;
type ColorMode = (typeof COLOR_MODES)[number];

/** Every view a reader lands on: the introduction, then each operation by its deep link. */
const views = [
  { name: 'landing', route: '', heading: 'Operations' },
  ...operations.map(({ summary, route }) => ({ name: summary, route, heading: summary })),
];

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
/** One tab per color mode; Redoc follows `prefers-color-scheme` (the light tab is `page`). */
const pages = {} as Record<ColorMode, Page>;
const external: string[] = [];
const consoleErrors: string[] = [];

async function openPage(colorScheme: ColorMode, { width = 1440, height = 1000 } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  // The network is "off": only loopback, data: and blob: URLs are served; anything else is counted and refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort('internetdisconnected');
  });
  const tab = await context.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  tab.on('pageerror', (error) => consoleErrors.push(String(error)));
  return tab;
}

/** Opens a view and waits until its heading (and, for an operation, its code sample) is on screen. */
async function show(tab: Page, view: (typeof views)[number]) {
  await tab.goto(`${site.url}${view.route}`);
  await tab.getByRole('heading', { name: view.heading }).waitFor();
  if (view.route) await tab.getByText("import Revox from '@revoxai/sdk';").first().waitFor();
}

/** Opens the search dialog on the landing view and types `query`; resolves to the results once they are listed. */
async function searchFor(tab: Page, query: string) {
  await show(tab, views[0]);
  await tab.getByTestId('search-trigger').click();
  await tab.getByPlaceholder('Search docs...').fill(query);
  const results = tab.locator('[data-component-name="Search/SearchItem"]');
  await results.first().waitFor();
  return results;
}

/**
 * Saves a screenshot of the tab once the picture has settled, and returns how many colours it has (a blank page has
 * one, a rendered one over a thousand). Redoc shows a deep link's operation first, then renders the operations
 * around it and scrolls back to it; a shot taken in between can be blank. So, as Playwright's own
 * `toHaveScreenshot` does, shots are taken until two in a row agree and show a page.
 */
async function saveScreenshot(tab: Page, name: string): Promise<number> {
  let previous: Buffer | undefined;
  let colours = 0;
  for (let shot = 1; shot <= 20 && colours <= 2; shot++) {
    const picture = await tab.screenshot();
    if (previous?.equals(picture)) {
      colours = await countColours(tab, picture);
      mkdirSync(artifacts, { recursive: true });
      writeFileSync(`${artifacts}${name}.png`, picture);
    }
    previous = picture;
  }
  return colours;
}

/** The distinct colours of a PNG, decoded by the browser (every 7th pixel, which is plenty to tell a page from a blank one). */
function countColours(tab: Page, png: Buffer): Promise<number> {
  return tab.evaluate(
    async (source) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = new Uint32Array(context.getImageData(0, 0, image.width, image.height).data.buffer);
      const seen = new Set<number>();
      for (let i = 0; i < pixels.length; i += 7) seen.add(pixels[i]!);
      return seen.size;
    },
    `data:image/png;base64,${png.toString('base64')}`,
  );
}

beforeAll(async () => {
  if (!existsSync(`${dist}index.html`)) throw new Error('packages/docs/dist/index.html is missing: run `npm run build` first.');
  site = await serveStatic(dist);
  browser = await launchChromium();
  page = pages.light = await openPage('light');
  pages.dark = await openPage('dark');
  const started = Date.now();
  await page.goto(site.url);
  await page.getByRole('heading', { name: 'Operations' }).waitFor();
  console.log(`docs: the landing view with the operation index visible ${Date.now() - started} ms after navigation`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the API reference, offline', () => {
  it('opens on an index of every operation, and saves a screenshot of that view', async () => {
    const text = await page.locator('body').innerText();
    for (const { summary, method, path } of operations) {
      expect(text).toContain(summary);
      expect(text).toContain(`${method} ${path}`);
    }
    expect(await saveScreenshot(page, 'landing'), 'colours of a settled screenshot').toBeGreaterThan(2);
  });

  it("shows the spec's version, and under Changes what each release changed, breaking changes first", async () => {
    await show(page, views[0]);
    await expect(page.getByRole('heading', { level: 1 }).first().innerText()).resolves.toBe(
      `${spec.info.title} (${latestRelease().version})`,
    );
    await page.goto(`${site.url}#/section/changes`);
    await page
      .locator('h2')
      .filter({ hasText: /^Changes$/ })
      .waitFor();
    const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
    const changes = text.slice(text.indexOf('What each release changed'));
    const history = releaseHistory(spec);
    expect(history.map((entry) => entry.version).filter(Boolean)).toContain(latestRelease().version);
    for (const { changes: listed } of history) {
      // Each change as the page prints it: operation, place, what happened; the breaking ones before the rest.
      const positions = [...listed.filter((c) => c.breaking), ...listed.filter((c) => !c.breaking)].map((c) =>
        changes.indexOf(`${c.operation} ${c.where}: ${c.what}`),
      );
      expect(
        positions.filter((p) => p < 0),
        listed.map((c) => changeId(c)).join('\n'),
      ).toEqual([]);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('the index links to the operations', async () => {
    await page.getByRole('link', { name: 'Place a call' }).first().click();
    await page.getByRole('heading', { name: 'Place a call' }).waitFor();
    expect(page.url()).toContain('#/calls/createcall');
  });

  // Deep links are the docs' public addresses: `#/assistants/updateassistant` must keep working.
  it.each(operations)(
    '$method $path renders at $route with its SDK signatures, fields, statuses and TypeScript sample',
    async ({ route, summary, method, path, fields, statuses, sdk }) => {
      await page.goto(`${site.url}${route}`);
      const heading = page.getByRole('heading', { name: summary });
      await heading.waitFor();
      // The operation's own section: from its heading to the next operation's.
      const section = page.locator('section, article, div').filter({ has: heading }).filter({ hasText: path }).last();
      const text = await section.innerText();
      expect(text).toContain(method);
      expect(text).toContain(path);
      expect(fields.filter((field) => !text.includes(field))).toEqual([]);
      expect(statuses.filter((status) => !text.includes(status))).toEqual([]);
      expect(text).toContain(`client.${sdk}(`);
      expect(text).toContain(`revox.${sdk}(`);
      await section.getByText("import Revox from '@revoxai/sdk';").first().waitFor({ timeout: 5_000 });
    },
  );
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG 2.1 A and AA violations on the tab as it is now. The test brings axe; the page never ships it. */
async function axeViolations(tab: Page): Promise<Result[]> {
  if (!(await tab.evaluate(() => 'axe' in window))) await tab.addScriptTag({ content: axeSource });
  const results = await tab.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG_21_AA,
  );
  return results.violations;
}

/** One line per failing element: the rule, for contrast the two colours and their ratio, and the element. */
function report(where: string, violations: Result[]): string[] {
  const detail = (node: NodeResult) => {
    const contrast = node.any.find(({ id }) => id === 'color-contrast')?.data;
    return contrast
      ? `${contrast.fgColor} on ${contrast.bgColor}, ${contrast.contrastRatio}:1 (needs ${contrast.expectedContrastRatio})`
      : (node.failureSummary ?? '').replace(/\s+/g, ' ');
  };
  return violations.flatMap(({ id, nodes }) =>
    nodes.map((node) => `${where}: ${id}: ${detail(node)}: ${node.html.slice(0, 100)} at ${node.target.join(' ')}`),
  );
}

describe('accessibility: axe-core finds no WCAG 2.1 A or AA violation', () => {
  const checked = [
    ...views.map((view) => ({ name: view.name, open: (tab: Page) => show(tab, view) })),
    { name: 'search results', open: (tab: Page) => searchFor(tab, 'voicemail') },
  ];
  const counts = new Map<string, Partial<Record<ColorMode, number>>>();
  afterAll(() => {
    const width = Math.max(...checked.map(({ name }) => name.length));
    const cell = (count: number | undefined) => String(count ?? '-').padStart(6);
    console.log(
      [
        'docs: axe-core violations (WCAG 2.1 A and AA, failing elements) per view',
        `${'view'.padEnd(width)} ${COLOR_MODES.map((mode) => mode.padStart(6)).join('')}`,
      ]
        .concat(checked.map(({ name }) => `${name.padEnd(width)} ${COLOR_MODES.map((mode) => cell(counts.get(name)?.[mode])).join('')}`))
        .join('\n'),
    );
  });

  it.each(COLOR_MODES.flatMap((mode) => checked.map((view) => ({ mode, ...view }))))('$name, $mode mode', async ({ mode, name, open }) => {
    const tab = pages[mode];
    await open(tab);
    const violations = await axeViolations(tab);
    await tab.keyboard.press('Escape'); // closes the search dialog, if open
    counts.set(name, { ...counts.get(name), [mode]: violations.reduce((sum, { nodes }) => sum + nodes.length, 0) });
    expect(report(`${mode} ${name}`, violations)).toEqual([]);
  });

  it('would report a faint paragraph, with its colours', async () => {
    await show(page, views[0]);
    await page.evaluate(() => {
      const faint = Object.assign(document.createElement('p'), { id: 'faint', textContent: 'Grey on white' });
      faint.style.cssText = 'color: #aaa; background: #fff';
      document.body.prepend(faint);
    });
    try {
      expect(report('light landing', await axeViolations(page))).toContainEqual(
        expect.stringMatching(/^light landing: color-contrast: #aaaaaa on #ffffff, 2\.32:1 .* at #faint$/),
      );
    } finally {
      await page.evaluate(() => document.getElementById('faint')?.remove());
    }
  });

  it.each(COLOR_MODES)('shows "Update an assistant" in %s mode, and saves a screenshot of it in artifacts/', async (mode) => {
    const tab = pages[mode];
    await show(tab, views.find(({ route }) => route === '#/assistants/updateassistant')!);
    expect(await tab.evaluate(() => document.documentElement.classList.contains('dark'))).toBe(mode === 'dark');
    expect(await saveScreenshot(tab, `update-assistant-${mode}`), 'colours of a settled screenshot').toBeGreaterThan(2);
  });
});

type Stop = { element: string; ring: string; ringUnfocused: string };

/**
 * Presses Tab until an element matching `selector` has the focus; returns every stop on the way, each with its
 * focus ring and the same element's outline without the focus. Fails when the focus leaves the page instead.
 */
async function tabTo(tab: Page, selector: string): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (;;) {
    await tab.keyboard.press('Tab');
    const { reached, ...stop } = await tab.evaluate((wanted) => {
      const element = document.activeElement as HTMLElement;
      const ring = () => {
        const { outlineStyle, outlineWidth, outlineColor, boxShadow } = getComputedStyle(element);
        return outlineStyle === 'none' && boxShadow === 'none'
          ? 'none'
          : `outline ${outlineStyle} ${outlineWidth} ${outlineColor}, shadow ${boxShadow}`;
      };
      const focused = ring();
      element.blur();
      const unfocused = ring();
      element.focus();
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
      return {
        reached: element.matches(wanted),
        element: element === document.body ? 'body' : `${element.tagName.toLowerCase()} "${name}"`,
        ring: focused,
        ringUnfocused: unfocused,
      };
    }, selector);
    if (stop.element === 'body')
      throw new Error(`Tab left the page before reaching ${selector}, after ${stops.map(({ element }) => element).join(', ')}`);
    stops.push(stop);
    if (reached) return stops;
  }
}

describe('keyboard', () => {
  it.each(COLOR_MODES)(
    "in %s mode, Tab from the top reaches the search box, every link of the operation index and a code sample's copy button, each with a focus ring",
    async (mode) => {
      const tab = pages[mode];
      await tab.goto('about:blank'); // a fresh page, so the focus starts at the top
      await show(tab, views[0]);
      const stops = await tabTo(tab, '[data-testid="search-trigger"]');
      // The dialog opens and closes a moment after the key; a Tab pressed while it is still closing would land in it.
      const searchBox = tab.getByPlaceholder('Search docs...');
      await tab.keyboard.press('Enter');
      await searchBox.waitFor({ state: 'visible', timeout: 5_000 });
      await tab.keyboard.press('Escape');
      await searchBox.waitFor({ state: 'hidden', timeout: 5_000 });
      const index = await tab.locator('td a[href^="#/"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect([...index].sort()).toEqual(operations.map(({ route }) => route).sort());
      for (const route of index) stops.push(...(await tabTo(tab, `td a[href="${route}"]`)));
      await tab.keyboard.press('Enter');
      await tab.getByRole('heading', { name: operations.find(({ route }) => route === index.at(-1))!.summary }).waitFor();
      stops.push(...(await tabTo(tab, '.panel-request-samples [data-testid="copy-button"]')));
      expect(stops.filter(({ ring, ringUnfocused }) => ring === 'none' || ring === ringUnfocused)).toEqual([]);
    },
  );
});

/** Every `description` in the spec. */
function descriptionsOf(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'description' && typeof value === 'string' ? [value] : descriptionsOf(value),
  );
}

describe('search', () => {
  it('shows excerpts for "voicemail" with the words of the descriptions apart, none glued to the next', async () => {
    const words = descriptionsOf(spec).map((text) => text.replace(/[`*]/g, '').split(/\s+/).filter(Boolean));
    const vocabulary = new Set(words.flat());
    const glued = new Set(words.flatMap((list) => list.slice(1).map((word, i) => list[i] + word)).filter((pair) => !vocabulary.has(pair)));

    const excerpts = await (await searchFor(page, 'voicemail')).allInnerTexts();
    await page.keyboard.press('Escape');

    expect(excerpts.join(' ')).toContain('voicemail');
    const shown = excerpts.flatMap((text) => text.split(/\s+/).map((word) => word.replace(/^\.{3}|\.{3}$/g, '')));
    expect(shown.filter((word) => glued.has(word))).toEqual([]);
  });
});

/** What Redoc's page for an address it does not know says (its "404"). */
const NOT_FOUND = 'No page at this address';

/**
 * Runs in the page before any of its own scripts (`addInitScript`): records in `window.notFoundShown` each time the
 * text `watched` enters the document, from the parser's first node on, with the address at that moment. Script and
 * style text does not count (Redoc's code holds the text as a string).
 */
function recordWhenShown(watched: string) {
  // `hash` is the address when the observer saw the text: Redoc may have moved on by then, within the same task.
  const shown: { hash: string; ms: number }[] = [];
  Object.assign(window, { notFoundShown: shown });
  const hidden = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const holds = (node: Node): boolean => {
    if (node.nodeType === Node.TEXT_NODE) return !hidden.has(node.parentNode?.nodeName ?? '') && (node as Text).data.includes(watched);
    if (node.nodeType !== Node.ELEMENT_NODE || hidden.has(node.nodeName)) return false;
    const element = node as Element;
    return element.querySelector('script, style, template, noscript')
      ? [...element.childNodes].some(holds)
      : (element.textContent ?? '').includes(watched);
  };
  new MutationObserver((records) => {
    if (records.some(({ type, target, addedNodes }) => (type === 'characterData' ? holds(target) : [...addedNodes].some(holds)))) {
      shown.push({ hash: location.hash, ms: Math.round(performance.now()) });
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const shownNotFound = (tab: Page) =>
  tab.evaluate(() => (window as unknown as { notFoundShown: { hash: string; ms: number }[] }).notFoundShown);

/** Waits until the operation's heading and its TypeScript sample are on screen. */
async function showsOperation(tab: Page, summary: string) {
  await tab.getByRole('heading', { name: summary }).waitFor();
  await tab.getByText("import Revox from '@revoxai/sdk';").first().waitFor();
}

// Redoc 2's anchors, which readers and other docs still link to: `#operation/<operationId>`, and in its later
// versions `#tag/<tag>/operation/<operationId>`. Redoc 3 gets to the operation from them only after rendering its
// "No page at this address" for a moment; the page must land on the operation at once.
describe("Redoc 2's deep links", () => {
  const oldLinks = operations.flatMap((operation) =>
    [`#operation/${operation.id}`, `#tag/${operation.tag}/operation/${operation.id}`].map((old) => ({ ...operation, old })),
  );
  // Each operation's `#operation/` link on a fresh page; the `#tag/` form of one (a fresh page takes seconds), all of them in the next test.
  const opened = oldLinks.filter(({ old, id }) => old.startsWith('#operation/') || id === 'updateAssistant');

  it.each(opened)('$old opens $summary at $route, with no "No page at this address" at any moment', async ({ old, route, summary }) => {
    const tab = await openPage('light');
    try {
      await tab.addInitScript(recordWhenShown, NOT_FOUND);
      await tab.goto(`${site.url}${old}`);
      await showsOperation(tab, summary);
      expect(new URL(tab.url()).hash).toBe(route);
      expect(await shownNotFound(tab)).toEqual([]);
    } finally {
      await tab.context().close();
    }
  });

  it('would record Redoc\'s "No page at this address", for an address it has no page for', async () => {
    const tab = await openPage('light');
    try {
      await tab.addInitScript(recordWhenShown, NOT_FOUND);
      await tab.goto(`${site.url}#/assistants/nosuchoperation`);
      await tab.getByText(NOT_FOUND).waitFor();
      expect(await shownNotFound(tab)).not.toEqual([]);
    } finally {
      await tab.context().close();
    }
  });

  it('also when the address changes to one of them on an open page', async () => {
    const tab = await openPage('light');
    try {
      await tab.addInitScript(recordWhenShown, NOT_FOUND);
      await show(tab, views[0]);
      for (const { old, route, summary } of oldLinks) {
        await tab.evaluate((hash) => {
          location.hash = hash;
        }, old);
        await tab.waitForFunction((route) => location.hash === route, route);
        await showsOperation(tab, summary);
      }
      expect(await shownNotFound(tab)).toEqual([]);
    } finally {
      await tab.context().close();
    }
  });
});

/**
 * The visual lines of each line of the signature block that starts with `start`: per line of its text, the left edge
 * of its first character and the left edge at which each of its continuations (after a wrap) starts, from the client
 * rects of its characters.
 */
function wrappedLines(tab: Page, start: string) {
  return tab.evaluate((start) => {
    const pre = [...document.querySelectorAll('[data-component-name="Markdown/Markdown"] pre')].find((block) =>
      block.textContent?.startsWith(start),
    );
    if (!pre) throw new Error(`no signature block starting with ${start}`);
    const characters: { char: string; rect: DOMRect | undefined }[] = [];
    const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        characters.push({ char: node.data[i]!, rect: [...range.getClientRects()].find(({ width }) => width > 0) });
      }
    }
    const lines: (typeof characters)[] = [[]];
    for (const character of characters) {
      if (character.char === '\n') lines.push([]);
      else lines.at(-1)!.push(character);
    }
    return lines
      .map((line) => ({
        text: line
          .map(({ char }) => char)
          .join('')
          .trim(),
        line: line.filter(({ char, rect }) => char.trim() && rect),
      }))
      .filter(({ line }) => line.length > 0)
      .map(({ text, line }) => {
        const first = line[0]!.rect!;
        // A character lower than the one before it starts a continuation.
        const continuations = line
          .filter(({ rect }, i) => i > 0 && rect!.top > line[i - 1]!.rect!.top + rect!.height / 2)
          .map(({ rect }) => rect!.left);
        return { text, first: first.left, continuations };
      });
  }, start);
}

/** The continuations of wrapped lines that start no further right than the line they continue, one message each. */
const flushContinuations = (lines: Awaited<ReturnType<typeof wrappedLines>>, where = '') =>
  lines.flatMap(({ text, first, continuations }) =>
    continuations.filter((left) => left <= first + 1).map((left) => `${where}"${text}" starts at ${first}px, a continuation at ${left}px`),
  );

// Each operation opens with its SDK signatures, one parameter per line; the middle column wraps a long line (a block
// that scrolled sideways would be a scroll region the keyboard cannot reach). A wrapped line's continuation must
// start to the right of the line it continues, or the reader takes it for a line of its own.
describe('SDK signatures, wrapped', () => {
  const update = operations.find(({ id }) => id === 'updateAssistant')!;

  it.each([
    { language: 'TypeScript', start: `client.${update.sdk}(` },
    { language: 'Ruby', start: `revox.${update.sdk}(` },
  ])(
    '$language: at a narrow width, each wrapped line of "Update an assistant" continues to the right of its first character',
    async ({ start }) => {
      const tab = await openPage('light', { width: 480, height: 900 });
      try {
        await tab.goto(`${site.url}${update.route}`);
        await showsOperation(tab, update.summary);
        const lines = await wrappedLines(tab, start);
        expect(lines[0]?.text).toBe(start);
        // The parameter with the object's fields is longer than the column: the check below must have wrapped lines to check.
        expect(lines.filter(({ continuations }) => continuations.length > 0).length).toBeGreaterThan(0);
        expect(flushContinuations(lines)).toEqual([]);
      } finally {
        await tab.context().close();
      }
    },
  );

  it("and so every operation's TypeScript and Ruby signatures at that width", async () => {
    const tab = await openPage('light', { width: 480, height: 900 });
    try {
      const flush: string[] = [];
      let wrapped = 0;
      for (const { route, summary, sdk } of operations) {
        await tab.goto(`${site.url}${route}`);
        await showsOperation(tab, summary);
        for (const start of [`client.${sdk}(`, `revox.${sdk}(`]) {
          const lines = await wrappedLines(tab, start);
          wrapped += lines.filter(({ continuations }) => continuations.length > 0).length;
          flush.push(...flushContinuations(lines, `${route}: `));
        }
      }
      expect(wrapped, 'wrapped lines, all operations').toBeGreaterThan(0);
      expect(flush).toEqual([]);
    } finally {
      await tab.context().close();
    }
  });

  it('saves a screenshot of "Update an assistant" at that width in artifacts/', async () => {
    const tab = await openPage('light', { width: 480, height: 900 });
    try {
      await tab.goto(`${site.url}${update.route}`);
      await showsOperation(tab, update.summary);
      await tab.getByText(`client.${update.sdk}(`).first().scrollIntoViewIfNeeded();
      expect(await saveScreenshot(tab, 'update-assistant-narrow'), 'colours of a settled screenshot').toBeGreaterThan(2);
    } finally {
      await tab.context().close();
    }
  });
});

describe('offline', () => {
  it('weighs at most 750 kB gzipped and carries no axe-core, which only the test brings', () => {
    const html = readFileSync(`${dist}index.html`);
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(750 * 1024); // kB as the bench counts them
    expect(html.includes(axeSource.slice(0, axeSource.indexOf('\n')))).toBe(false);
  });

  it('logs no console errors and requests nothing from other hosts, even after interaction and unload', async () => {
    await page.goto(`${site.url}#/assistants/updateassistant`);
    await page.getByRole('heading', { name: 'Update an assistant' }).waitFor();
    await page.getByRole('button', { name: 'TypeScript' }).first().click();
    await page.getByRole('menuitem', { name: 'Ruby' }).click();
    await page.getByText('require "revox"').first().waitFor({ timeout: 5_000 }); // the tab switches a moment after the click
    await page.goto(`${site.url}#/section/authentication`);
    await page.waitForTimeout(1000);
    // Telemetry would flush on unload.
    for (const mode of COLOR_MODES) await pages[mode].close({ runBeforeUnload: true });
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
