/**
 * Debian's Chromium for the widget tests and the bench (Playwright's own browser download does
 * not work on these machines): `apt-get install chromium`, or the binary CHROMIUM_PATH names.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps calling home, which this network refuses.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's libfaketime (`apt-get install faketime`), in the multiarch folder of this machine. */
function libfaketime() {
  const candidates = readdirSync('/usr/lib')
    .filter((name) => name.endsWith('-linux-gnu'))
    .map((name) => path.join('/usr/lib', name, 'faketime', 'libfaketime.so.1'));
  return candidates.find((file) => existsSync(file));
}

/**
 * The browser's clock follows the test CMS's: when TREFFPUNKT_NOW starts the plugin's clock at a
 * fixed instant, Chromium runs from that instant too (under libfaketime), so the widgets and the
 * API agree on what "now" is. A process already under faketime (test:any-day) passes its clock on.
 */
function clockEnvironment() {
  const start = Date.parse(process.env.TREFFPUNKT_NOW ?? '');
  if (Number.isNaN(start) || process.env.FAKETIME) return undefined;
  const library = libfaketime();
  if (!library) throw new Error('The tests run the browser at the test clock with faketime: install it with `apt-get install -y faketime`.');
  // An offset in seconds from the real time, which libfaketime applies to every clock of the browser.
  return { ...process.env, LD_PRELOAD: library, FAKETIME: String(Math.round((start - Date.now()) / 1000)) };
}

/** @returns {Promise<import('playwright-core').Browser>} */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, env: clockEnvironment() });
}
