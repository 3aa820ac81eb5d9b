// The built reference in a real browser (Debian's Chromium driven by
// playwright-core) with the network cut off: everything a reader needs must
// render from the one page, and nothing may be requested from another host.
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '@revoxai/spec';
import { launchChromium } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/static-server.mjs';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const OPERATION_ROUTE = '#/assistants/updateassistant';
const spec = loadSpec();
const requestFields = Object.keys(spec.components.schemas.AssistantUpdateParams.properties);
const statuses = Object.keys(spec.paths['/assistants/{id}'].patch.responses);

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
const external: string[] = [];
const consoleErrors: string[] = [];
let firstRenderMs: number;

beforeAll(async () => {
  if (!existsSync(`${dist}index.html`)) throw new Error('packages/docs/dist/index.html is missing: run `npm run build` first.');
  site = await serveStatic(dist);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  // The network is "off": only loopback, data: and blob: URLs are served; anything else is counted and refused.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort('internetdisconnected');
  });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const started = Date.now();
  await page.goto(`${site.url}${OPERATION_ROUTE}`);
  await page.getByRole('heading', { name: 'Update an assistant' }).waitFor();
  firstRenderMs = Date.now() - started;
  console.log(`docs: "Update an assistant" visible ${firstRenderMs} ms after navigation`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the API reference, offline', () => {
  it('shows the operation with its method and path', async () => {
    await expect(page.getByRole('heading', { name: 'Update an assistant' }).isVisible()).resolves.toBe(true);
    const text = await page.locator('body').innerText();
    expect(text).toContain('PATCH');
    expect(text).toContain('/assistants/{id}');
  });

  it('lists all 18 request body fields', async () => {
    expect(requestFields).toHaveLength(18);
    const text = await page.locator('body').innerText();
    expect(requestFields.filter((field) => !text.includes(field))).toEqual([]);
  });

  it('shows the TypeScript sample first', async () => {
    await expect(page.getByText("import Revox from '@revoxai/sdk';").isVisible()).resolves.toBe(true);
  });

  it('documents the 200 response and every error status', async () => {
    const text = await page.locator('body').innerText();
    expect(statuses).toHaveLength(9);
    for (const status of statuses) expect(text).toContain(status);
  });

  it('saves a screenshot of the operation', async () => {
    mkdirSync(artifacts, { recursive: true });
    const path = `${artifacts}update-assistant.png`;
    await page.screenshot({ path });
    expect(existsSync(path)).toBe(true);
  });

  it('logs no console errors and requests nothing from other hosts, even after interaction and unload', async () => {
    await page.getByRole('button', { name: 'TypeScript' }).first().click();
    await page.getByRole('menuitem', { name: 'cURL' }).click();
    await expect(page.getByText('curl -X PATCH').first().isVisible()).resolves.toBe(true);
    await page.goto(`${site.url}#/section/authentication`);
    await page.waitForTimeout(1000);
    await page.close({ runBeforeUnload: true }); // telemetry would flush on unload
    expect(consoleErrors).toEqual([]);
    expect(external).toEqual([]);
  });
});
