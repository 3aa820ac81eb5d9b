// The built API reference: its size, and how long until the operation is on
// screen in headless Chromium, against a blank page in the same browser.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { median } from './harness.mjs';
import { launchChromium } from '@revoxai/docs/chromium';
import { serveStatic } from '@revoxai/docs/static-server';

const dist = fileURLToPath(new URL('../../docs/dist/', import.meta.url));

/** @param {number} loads page loads to take the median of */
export async function measureDocs(loads) {
  const page = `${dist}index.html`;
  if (!existsSync(page)) throw new Error('packages/docs/dist/index.html is missing: run `npm run build` first.');
  const html = readFileSync(page);
  const size = { raw: html.length, gzip: gzipSync(html, { level: 9 }).length };

  const blankDir = mkdtempSync(join(tmpdir(), 'revox-blank-'));
  writeFileSync(join(blankDir, 'index.html'), '<!doctype html><title>blank</title><h1>Update an assistant</h1>');
  const docsSite = await serveStatic(dist);
  const blankSite = await serveStatic(blankDir);
  const browser = await launchChromium();
  try {
    const timeToHeading = async (/** @type {string} */ url) => {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const started = performance.now();
      await tab.goto(url);
      await tab.getByRole('heading', { name: 'Update an assistant' }).waitFor();
      const ms = performance.now() - started;
      await context.close();
      return ms;
    };
    const docs = [];
    const blank = [];
    for (let i = 0; i < loads; i++) {
      blank.push(await timeToHeading(blankSite.url));
      docs.push(await timeToHeading(`${docsSite.url}#/assistants/updateassistant`));
    }
    return { size, visibleMs: median(docs), blankMs: median(blank) };
  } finally {
    await browser.close();
    await docsSite.close();
    await blankSite.close();
    rmSync(blankDir, { recursive: true, force: true });
  }
}
