// Checks the installed package: the binary from the .deb starts in a real
// window on a fresh workspace in the user's data folder, and the package put
// its desktop entry and icons in place. Run by .ci/test after installing the
// .deb; not part of the e2e specs (they test the build in the repository).
//   COACHBOOK_BIN=/usr/bin/coachbook xvfb-run -a node installed.mjs
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { remote } from 'webdriverio';

const binary = process.env.COACHBOOK_BIN;
if (!binary || !existsSync(binary)) throw new Error(`No installed binary at ${binary}`);
// A brand-new user: an empty home, so the workspace must be made in its data folder.
const home = mkdtempSync(join(tmpdir(), 'coachbook-home-'));
process.env.HOME = home;
delete process.env.XDG_DATA_HOME;
const { startDriver, stopDriver } = await import('./lib/app.mjs');

const entry = '/usr/share/applications/Coachbook.desktop';
const desktop = readFileSync(entry, 'utf8');
for (const line of ['Name=Coachbook', 'Categories=Office;', `Exec=${binary.split('/').pop()}`]) {
  if (!desktop.includes(line)) throw new Error(`${entry} lacks ${line}:\n${desktop}`);
}
if (!existsSync('/usr/share/icons/hicolor/128x128/apps/coachbook.png')) throw new Error('the 128x128 icon was not installed');

await startDriver();
let browser;
try {
  browser = await remote({
    hostname: '127.0.0.1',
    port: Number(process.env.TAURI_DRIVER_PORT ?? 4444),
    logLevel: 'error',
    capabilities: { 'wdio:enforceWebDriverClassic': true, 'tauri:options': { application: binary } },
  });
  await (await browser.$('nav[aria-label="Places"]')).waitForDisplayed({ timeout: 30_000 });
  const title = await browser.getTitle();
  const workspace = join(home, '.local/share/app.coachbook.desktop/coachbook.sqlite3');
  if (!existsSync(workspace)) throw new Error(`no workspace at ${workspace}`);
  console.log(`The installed Coachbook opened (window "${title}") on a fresh workspace at ${workspace}.`);
} finally {
  await browser?.deleteSession();
  stopDriver();
}
