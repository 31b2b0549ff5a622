// The trash end to end, in the real app: a one-on-one deleted from its page
// leaves the rep's list and comes back with Undo in the toast, notes and all;
// deleted again, it comes back from Settings > Trash.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import { WAIT, addPerson, click, clickText, go, pause, setDate, type, waitForText, withNotice } from '../lib/ui.mjs';

const NOTE = 'Walked through the Globex mutual action plan.';
const NONE_YET = 'No one-on-ones with Ada Lovelace yet';

const currentHash = (app) => app.execute(() => window.location.hash);

/** Waits until the window shows `hash` (a navigation made by the page itself). */
async function waitForHash(app, hash) {
  await app.waitUntil(async () => (await currentHash(app)) === hash, { ...WAIT, timeoutMsg: `the window did not go to ${hash}` });
}

/** The rep's One-on-ones tab lists the meeting (a link to it), or says there are none. */
async function waitForListed(app, meetingHash, listed) {
  await app.waitUntil(
    () =>
      app.execute(
        (href, none) => {
          const section = document.querySelector('section[aria-labelledby="meetings-heading"]');
          if (!section || document.querySelector('main [aria-busy="true"]')) return null;
          return { link: !!section.querySelector(`a[href="${href}"]`), none: section.textContent.includes(none) };
        },
        meetingHash,
        NONE_YET,
      ).then((seen) => !!seen && seen.link === listed && seen.none === !listed),
    { ...WAIT, timeoutMsg: `the one-on-one was ${listed ? 'not listed' : 'still listed'} on the One-on-ones tab` },
  );
}

/** Deletes the open meeting through its confirmation, and waits for the rep's list with the Undo toast. */
async function deleteMeeting(app, oneOnOnesHash) {
  await click(app, 'button=Delete this one-on-one…');
  const dialog = await app.$('[role=alertdialog]');
  await dialog.waitForDisplayed(WAIT);
  await withNotice(app, 'Moved to the trash: One-on-one with Ada Lovelace', () => click(app, 'button=Delete one-on-one'));
  await waitForHash(app, oneOnOnesHash);
}

/** Opens the meeting from the rep's list and checks its note came back with it. */
async function noteIsBack(app, meetingHash) {
  await click(app, `table.meetings a[href="${meetingHash}"]`);
  await (await app.$('h1=One-on-one with Ada Lovelace')).waitForDisplayed(WAIT);
  await app.waitUntil(async () => (await (await app.$('#note-0')).getValue()) === NOTE, { ...WAIT, timeoutMsg: 'the note did not come back' });
}

describe('the trash', () => {
  before(startDriver);
  after(stopDriver);

  test('a deleted one-on-one comes back with Undo, and from Settings > Trash', async () => {
    const app = await openApp(freshDatabase());
    try {
      await addPerson(app, 'rep', { name: 'Ada Lovelace', title: 'Account Executive' });
      const oneOnOnesHash = `${await currentHash(app)}/one-on-ones`;

      // A one-on-one with a note.
      await clickText(app, 'nav.tabs a', 'One-on-ones');
      await setDate(app, '#hold-date', '2026-11-02');
      await click(app, 'button=Hold a one-on-one');
      await (await app.$('h1=One-on-one with Ada Lovelace')).waitForDisplayed(WAIT);
      const meetingHash = await currentHash(app);
      await type(app, '#note-0', NOTE);
      await waitForText(app, '.saved', 'Saved');

      // Asked first: the dialog says the notes go too, and Esc keeps everything.
      await click(app, 'button=Delete this one-on-one…');
      const dialog = await app.$('[role=alertdialog]');
      await dialog.waitForDisplayed(WAIT);
      assert.match(await dialog.getText(), /its notes and any action items agreed in it go too/);
      await app.keys('Escape');
      await dialog.waitForExist({ ...WAIT, reverse: true });
      assert.equal(await currentHash(app), meetingHash);

      // Deleted: gone from the rep's list; Undo in the toast brings it back.
      await deleteMeeting(app, oneOnOnesHash);
      await waitForListed(app, meetingHash, false);
      await withNotice(app, 'Restored: One-on-one with Ada Lovelace', () => click(app, '.toast button.action'));
      await waitForListed(app, meetingHash, true);
      await noteIsBack(app, meetingHash);

      // Deleted again, it waits in Settings > Trash until restored from there.
      await deleteMeeting(app, oneOnOnesHash);
      await waitForListed(app, meetingHash, false);
      await go(app, '#/settings');
      const trash = 'section[aria-labelledby="trash-title"]';
      await waitForText(app, trash, 'One-on-one with Ada Lovelace');
      await waitForText(app, trash, 'Entries are purged 30 days after deletion; the next is due');
      await app.execute((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), trash);
      await withNotice(app, 'Restored: One-on-one with Ada Lovelace', () => clickText(app, `${trash} li button`, 'Restore'));
      await waitForText(app, trash, 'The trash is empty.');

      await go(app, oneOnOnesHash);
      await waitForListed(app, meetingHash, true);
      await noteIsBack(app, meetingHash);
      await pause(100); // nothing left to observe: a moment's grace before the window closes
    } finally {
      await closeApp(app);
    }
  });
});
