// Starts tauri-driver once and opens the real Coachbook binary in a window
// over WebDriver. Needs a display (run under xvfb-run) and WebKitWebDriver.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir, homedir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const appBinary = process.env.COACHBOOK_BIN ?? join(repoRoot, 'target/debug/coachbook');
const DRIVER_PORT = Number(process.env.TAURI_DRIVER_PORT ?? 4444);

let driver = null;

/** Where the app saves and opens files in place of the OS dialogs (see
 * COACHBOOK_DIALOG_DIR in src-tauri/src/commands/files.rs): one folder per run. */
export const dialogDir = mkdtempSync(join(tmpdir(), 'coachbook-e2e-files-'));
process.env.COACHBOOK_DIALOG_DIR = dialogDir;

function driverCommand() {
  const local = join(homedir(), '.cargo/bin/tauri-driver');
  return existsSync(local) ? local : 'tauri-driver';
}

function portOpen(port) {
  return new Promise((done) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.end();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** Starts one tauri-driver for the whole run. */
export async function startDriver() {
  if (!existsSync(appBinary)) {
    throw new Error(`No app binary at ${appBinary}: build it with the custom-protocol feature first`);
  }
  driver = spawn(driverCommand(), ['--port', String(DRIVER_PORT)], { stdio: ['ignore', 'inherit', 'inherit'] });
  driver.once('exit', (code) => {
    if (code) console.error(`tauri-driver exited with ${code}`);
  });
  // tauri-driver listens at once but starts WebKitWebDriver (one port up) in
  // the background: wait for both before opening a session.
  for (let i = 0; i < 100; i++) {
    if ((await portOpen(DRIVER_PORT)) && (await portOpen(DRIVER_PORT + 1))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('tauri-driver and WebKitWebDriver did not start listening within 10 s');
}

export function stopDriver() {
  driver?.kill();
  driver = null;
  // A window whose WebDriver session was lost (it can happen across a page
  // reload) outlives the driver and would hold the test run open: end it.
  spawnSync('pkill', ['-f', appBinary]);
}

/** A fresh, empty workspace file for one test. */
export function freshDatabase() {
  return join(mkdtempSync(join(tmpdir(), 'coachbook-e2e-')), 'workspace.sqlite3');
}

/** Opens the app on `dbPath` and waits until the first screen is rendered. */
export async function openApp(dbPath) {
  return openAppShowing(dbPath, 'nav[aria-label="Places"]');
}

export async function closeApp(browser) {
  await browser?.deleteSession();
}

/** Opens the app on `dbPath` and waits for `selector` (for windows without the navigation, such as the failure page). */
export async function openAppShowing(dbPath, selector) {
  const browser = await remote({
    hostname: '127.0.0.1',
    port: DRIVER_PORT,
    logLevel: 'error',
    connectionRetryCount: 0,
    capabilities: {
      'wdio:enforceWebDriverClassic': true,
      'tauri:options': { application: appBinary, args: ['--db', dbPath] },
    },
  });
  await browser.setTimeout({ implicit: 0 });
  await (await browser.$(selector)).waitForDisplayed({ timeout: 20_000 });
  return browser;
}
