// The workspace file in the real app: a damaged workspace opens on the
// failure page (not a vanished window), and a new workspace starts from there.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { closeApp, freshDatabase, openApp, openAppShowing, startDriver, stopDriver } from '../lib/app.mjs';
import { addPerson, click, go, type } from '../lib/ui.mjs';
import { clickCentred } from '../lib/ui.mjs';

const WAIT = { timeout: 15_000 };

/** A Coachbook workspace whose header is intact and whose pages are damaged. */
function damagedWorkspace(path) {
  const pageSize = 4096;
  const pages = 5;
  const bytes = Buffer.alloc(pageSize * pages, 0xa5);
  bytes.fill(0, 0, 100);
  bytes.write('SQLite format 3\0', 0, 'latin1');
  bytes.writeUInt16BE(pageSize, 16);
  bytes.set([1, 1, 0, 64, 32, 32], 18);
  bytes.writeUInt32BE(1, 24); // change counter
  bytes.writeUInt32BE(pages, 28);
  bytes.writeUInt32BE(4, 44); // schema format
  bytes.writeUInt32BE(1, 56); // UTF-8
  bytes.writeUInt32BE(8, 60); // user_version: a Coachbook schema
  bytes.writeUInt32BE(0x43424b31, 68); // Coachbook's application_id
  bytes.writeUInt32BE(1, 92);
  bytes.writeUInt32BE(3046000, 96);
  writeFileSync(path, bytes);
}

describe('the workspace file', () => {
  before(startDriver);
  after(stopDriver);

  test('a damaged workspace shows the failure page and a new workspace opens from it', async () => {
    const db = freshDatabase();
    damagedWorkspace(db);
    const damaged = readFileSync(db);

    const app = await openAppShowing(db, 'h1=This workspace is damaged');
    try {
      const page = await (await app.$('main')).getText();
      assert.match(page, /Restore a backup, or start a new workspace/);
      assert.ok(page.includes(db), 'the page names the file');
      await (await app.$('button=Start a new workspace')).click();
      await (await app.$('nav[aria-label="Places"]')).waitForDisplayed(WAIT);
      await (await app.$('h1=Today')).waitForDisplayed(WAIT);
      assert.ok(existsSync(join(dirname(db), 'workspace (new).sqlite3')), 'the new workspace sits beside the damaged one');
      assert.deepEqual(readFileSync(db), damaged, 'the damaged file was left as it was');
    } finally {
      await closeApp(app);
    }
  });

  test('back up from Settings, change something, restore: the workspace is as it was', async () => {
    const db = freshDatabase();
    const app = await openApp(db);
    try {
      await addPerson(app, 'rep', { name: 'Ada Lovelace' });
      await go(app, '#/settings');
      // (The app may also have made its own daily backup of the empty workspace at start.)
      const rows = () => app.$$('section[aria-labelledby="backups-title"] tbody tr');
      const holding = async (text) => {
        for (const row of await rows()) if ((await row.getText()).includes(text)) return row;
        return null;
      };
      await clickCentred(app, 'button=Back up now');
      await app.waitUntil(async () => (await holding('1 person,')) !== null, { timeout: 15_000, timeoutMsg: 'the backup was not listed' });
      await addPerson(app, 'rep', { name: 'Bo Diddley' });
      await go(app, '#/settings');
      const withAda = await holding('1 person,');
      const restore = await withAda.$('button=Restore…');
      await restore.scrollIntoView({ block: 'center' });
      await restore.click();
      await clickCentred(app, 'button=Restore');
      // The window starts afresh on the restored workspace, whose state before was backed up first.
      await app.waitUntil(async () => (await holding('2 people,')) !== null, {
        timeout: 20_000,
        timeoutMsg: 'the restore did not back up the state it replaced',
      });
      await go(app, '#/team');
      await (await app.$('table.people')).waitForDisplayed(WAIT);
      const team = await (await app.$('table.people')).getText();
      assert.match(team, /Ada Lovelace/);
      assert.doesNotMatch(team, /Bo Diddley/, 'the rep added after the backup is gone');
    } finally {
      await closeApp(app);
    }
  });

  test('protect with a passphrase, restart, and unlock (a wrong passphrase is said and changes nothing)', async () => {
    const db = freshDatabase();
    let app = await openApp(db);
    try {
      await addPerson(app, 'rep', { name: 'Ada Lovelace' });
      await go(app, '#/settings');
      await type(app, '#pass-new', 'correct horse battery');
      await type(app, '#pass-again', 'correct horse battery');
      await clickCentred(app, 'button=Protect with a passphrase');
      await (await app.$('button=Change passphrase')).waitForDisplayed({ timeout: 20_000 });
    } finally {
      await closeApp(app);
    }
    assert.ok(!readFileSync(db).subarray(0, 16).toString('latin1').startsWith('SQLite format 3'), 'the file is encrypted');

    app = await openAppShowing(db, 'h1=This workspace is protected');
    try {
      const before = readFileSync(db);
      await type(app, '#passphrase', 'wrong horse battery');
      await click(app, 'button=Unlock');
      await (await app.$('#passphrase-error')).waitForDisplayed(WAIT);
      assert.match(await (await app.$('#passphrase-error')).getText(), /does not open this workspace/);
      assert.deepEqual(readFileSync(db), before, 'a wrong passphrase changed nothing');
      await type(app, '#passphrase', 'correct horse battery');
      await click(app, 'button=Unlock');
      await (await app.$('nav[aria-label="Places"]')).waitForDisplayed(WAIT);
      await go(app, '#/team');
      await (await app.$('=Ada Lovelace')).waitForDisplayed(WAIT);
    } finally {
      await closeApp(app);
    }
  });
});
