// The manager's routine end to end, in the real app: a one-on-one with an
// action item, the next one closing it; feedback logged with the shortcut
// changing the balance; a note found by search.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import { WAIT, addPerson, click, clickText, pause, setDate, type, waitForText } from '../lib/ui.mjs';

async function holdMeeting(app, day) {
  await clickText(app, 'nav.tabs a', 'One-on-ones');
  await setDate(app, '#hold-date', day);
  await click(app, 'button=Hold a one-on-one');
  await (await app.$('h1=One-on-one with Ada Lovelace')).waitForDisplayed(WAIT);
}

async function logFeedbackWithShortcut(app, { rep, polarity, behaviour, chosen }) {
  await app.keys(['Control', 'Shift', 'f']);
  const dialog = await app.$('[role=dialog]');
  await dialog.waitForDisplayed(WAIT);
  if (chosen) await waitForText(app, '.chosen', chosen);
  if (rep) {
    await type(app, '#capture-personId', rep);
    await app.keys('Enter');
    await waitForText(app, '.chosen', 'Ada Lovelace');
  }
  if (polarity === 'constructive') await click(app, 'input[value=constructive]');
  await type(app, '#capture-behaviour', behaviour);
  await app.keys('Enter');
  await dialog.waitForExist({ ...WAIT, reverse: true });
}

describe('the manager routine', () => {
  before(startDriver);
  after(stopDriver);

  test('one-on-ones carry an action item, feedback shifts the balance, search finds a note', async () => {
    const app = await openApp(freshDatabase());
    try {
      await addPerson(app, 'rep', { name: 'Ada Lovelace', title: 'Account Executive' });

      // First one-on-one: a note and an action item.
      await holdMeeting(app, '2026-11-02');
      await type(app, '#note-0', 'Closed the Acme renewal after a tough procurement round.');
      await waitForText(app, '.saved', 'Saved');
      await type(app, '#action-text', 'Send Acme the procurement checklist');
      await click(app, 'button=Add');
      await waitForText(app, '.agreed ul', 'Send Acme the procurement checklist');

      // The next one-on-one shows the open item at the top; close it there.
      await clickText(app, '.crumbs a', "Ada Lovelace's one-on-ones");
      await holdMeeting(app, '2026-11-09');
      await waitForText(app, '.carried', 'Send Acme the procurement checklist');
      await click(app, '.carried input[type=checkbox]');
      await app.waitUntil(async () => (await (await app.$('.carried li')).getAttribute('class')).includes('done'), WAIT);
      // Reopening the meeting still shows it, closed.
      await app.refresh();
      await waitForText(app, '.carried', 'Send Acme the procurement checklist');
      assert.equal(await (await app.$('.carried input[type=checkbox]')).isSelected(), true);

      // Feedback with Ctrl+Shift+F: in a meeting the meeting's rep is already chosen.
      await logFeedbackWithShortcut(app, { behaviour: 'Asked for the budget in the first five minutes', chosen: 'Ada Lovelace' });
      await clickText(app, '.crumbs a', "Ada Lovelace's one-on-ones");
      await clickText(app, 'nav.tabs a', 'Feedback');
      await waitForText(app, '.balance', '1 positive · 0 constructive');
      await logFeedbackWithShortcut(app, { polarity: 'constructive', behaviour: 'Talked over the buyer during the demo' });
      await waitForText(app, '.balance', '1 positive · 1 constructive');
      await waitForText(app, '.timeline', 'Talked over the buyer during the demo');

      // Search finds the note and opens its meeting.
      await clickText(app, 'nav[aria-label=Places] a', 'Search');
      await type(app, '#search-text', 'procurement');
      await waitForText(app, '.hits', 'Closed the Acme renewal');
      const marks = await app.$$('.hits mark');
      assert.ok(marks.length >= 2, 'the matches are highlighted');
      assert.equal((await marks[0].getText()).toLowerCase(), 'procurement');
      await clickText(app, '.hits a strong', 'Ada Lovelace');
      await (await app.$('h1=One-on-one with Ada Lovelace')).waitForDisplayed(WAIT);
      await pause(100); // nothing left to observe: a moment's grace before the window closes
    } finally {
      await closeApp(app);
    }
  });
});
