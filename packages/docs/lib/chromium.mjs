// Debian's Chromium, headless, as every browser check in this repo runs it.
// Nothing may be downloaded here, so the binary comes from the system
// (`apt-get install chromium`) or from CHROMIUM_PATH; a missing one is an
// error that says how to install it, never a silent skip.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @returns {Promise<import('playwright-core').Browser>} */
export async function launchChromium() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package with ` +
        '`sudo apt-get install -y chromium` (bash .ci/run does this), or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // Without the background-networking flags Chromium reaches out to Google's hosts at start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
