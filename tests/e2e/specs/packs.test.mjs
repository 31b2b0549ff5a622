// Packs between two workspaces end to end, in the real app: a manager links
// Ada's own workspace through a shared sync folder; Ada accepts the
// invitation; a one-on-one with a shared note and a private one reaches Ada
// with the shared note only. The two workspaces take turns in one window:
// tauri-driver runs one WebKitWebDriver, which holds one session at a time.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import { WAIT, addPerson, click, clickText, go, pause, setAssessor, setDate, type, waitForText, withNotice } from '../lib/ui.mjs';
import { LINKS, PANEL, clickCentred, setSyncFolder, syncNowUntil } from '../lib/links.mjs';

const SHARED = 'Shared: pipeline review';
const PRIVATE = 'Private: thinking of leaving';

/** The pack files in the sync folder, as text (a changeset keeps the values it carries as they are). */
function packTexts(folder) {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.cbpack'))
    .map((name) => ({ name, text: readFileSync(join(folder, name)).toString('latin1') }));
}

describe('packs between workspaces', () => {
  before(startDriver);
  after(stopDriver);

  test("a shared note reaches the rep's own workspace through the sync folder; a private one never does", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'coachbook-sync-'));
    const managerDb = freshDatabase();
    const repDb = freshDatabase();

    // The manager (signing packs as Mia) adds Ada and invites her workspace through the folder.
    let app = await openApp(managerDb);
    try {
      await setAssessor(app, 'Mia');
      await addPerson(app, 'rep', { name: 'Ada Lovelace', title: 'Account Executive' });
      await setSyncFolder(app, folder);
      await app.waitUntil(() => app.execute(() => [...document.querySelectorAll('#invite-rep option')].some((o) => o.textContent === 'Ada Lovelace')), {
        ...WAIT,
        timeoutMsg: 'Ada was not offered to link',
      });
      await (await app.$('#invite-rep')).selectByVisibleText('Ada Lovelace');
      await clickCentred(app, 'button[aria-label="Invite the rep"]');
      await waitForText(app, PANEL, 'The invitation for Ada Lovelace is in the sync folder');
      await waitForText(app, PANEL, 'Settings → Link to my manager → Accept');
      await waitForText(app, LINKS, "Ada Lovelace's own workspace");
      await waitForText(app, LINKS, 'waiting for their first pack');
      assert.ok(readdirSync(folder).some((name) => name.startsWith('invitation-ada-lovelace-')), 'the invitation is in the sync folder');
    } finally {
      await closeApp(app);
    }

    // Ada, in a new workspace with the same folder, accepts it: the workspace becomes hers, and she answers.
    app = await openApp(repDb);
    try {
      await setSyncFolder(app, folder);
      const invitations = 'ul[aria-label="Invitations in the sync folder"]';
      await waitForText(app, invitations, "From your manager Mia, for Ada Lovelace: makes this workspace Ada Lovelace's own");
      await clickCentred(app, `${invitations} button`);
      const summary = '[data-testid=pack-summary]';
      await waitForText(app, summary, 'This is now your own workspace, linked to your manager Mia.');
      await waitForText(app, summary, '1 person');
      await click(app, `${summary} button.primary`);
      await (await app.$(summary)).waitForExist({ ...WAIT, reverse: true });
      await waitForText(app, 'nav[aria-label="Places"]', 'My review');
      await waitForText(app, LINKS, 'Your manager Mia');
      await syncNowUntil(app, LINKS, '1 pack sent');
    } finally {
      await closeApp(app);
    }

    // The manager holds a one-on-one: a shared note in Wins, a private one in Will; then syncs.
    app = await openApp(managerDb);
    try {
      await go(app, '#/team');
      await click(app, '=Ada Lovelace');
      await (await app.$('h1=Ada Lovelace')).waitForDisplayed(WAIT);
      await clickText(app, 'nav.tabs a', 'One-on-ones');
      await setDate(app, '#hold-date', '2026-11-02');
      await click(app, 'button=Hold a one-on-one');
      await (await app.$('h1=One-on-one with Ada Lovelace')).waitForDisplayed(WAIT);
      assert.match(await (await app.$('section[aria-labelledby="note-1-title"] button.visibility')).getText(), /Private/);
      // Leaving a note saves it at once: "Saved" then means that save is done.
      for (const [note, text] of [['#note-0', SHARED], ['#note-1', PRIVATE]]) {
        await type(app, note, text);
        await app.keys('Tab');
        await waitForText(app, '.saved', 'Saved');
      }

      // Ada's answer may already have come in at start; either way the link is answered after Sync now.
      await go(app, '#/settings');
      await syncNowUntil(app, LINKS, '· answered');
      await app.waitUntil(async () => packTexts(folder).some((p) => p.text.includes(SHARED)), {
        timeout: 20_000,
        timeoutMsg: 'no pack in the sync folder carries the shared note',
      });
      const leaked = packTexts(folder).filter((p) => p.text.includes('thinking of leaving')).map((p) => p.name);
      assert.deepEqual(leaked, [], 'no pack carries the private note');
    } finally {
      await closeApp(app);
    }

    // Ada syncs: her review shows the shared note, and the private one is nowhere.
    app = await openApp(repDb);
    try {
      await go(app, '#/settings');
      await syncNowUntil(app, 'ul[aria-label="Packs received, newest first"]', 'shared note');
      await clickText(app, 'nav[aria-label="Places"] a', 'My review');
      await waitForText(app, 'section[aria-labelledby="review-notes"]', SHARED);
      const page = await app.execute(() => document.body.innerText);
      assert.ok(!page.includes('thinking of leaving'), 'the private note is not on her review');

      await clickText(app, 'nav[aria-label="Places"] a', 'Search');
      await type(app, '#search-text', 'leaving');
      await waitForText(app, 'main', 'Nothing matches “leaving”');
      await pause(100); // nothing left to observe: a moment's grace before the window closes
    } finally {
      await closeApp(app);
    }
  });
});
