// Documents in the real window: a candidate packet and a meeting recap saved
// as PDF (the dialog stand-in puts them in the run's folder), read back with
// pdftotext: the submitted scores are in the packet, the private note is not
// in the recap.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { closeApp, dialogDir, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import {
  WAIT, addPerson, click, clickText, recommend, scoreRows, setAssessor, setDate, startScorecard, submitScorecard, type, waitForText,
  withNotice,
} from '../lib/ui.mjs';

/** The text of a saved PDF, spaces folded; waits for the file first. */
async function pdfText(app, name) {
  const path = join(dialogDir, name);
  await app.waitUntil(() => existsSync(path), { ...WAIT, timeoutMsg: `${path} was not saved` });
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).split(/\s+/).join(' ');
}

describe('documents', () => {
  before(startDriver);
  after(stopDriver);

  test('a candidate packet and a meeting recap saved as PDF', async () => {
    const app = await openApp(freshDatabase());
    try {
      await setAssessor(app, 'Mo');
      await addPerson(app, 'candidate', { name: 'Cy Young', opening: 'Account Executive' });
      await startScorecard(app, 'Eight-minute presentation');
      await scoreRows(app, [4, 4, 3, 5, 4, 4]);
      await type(app, '#scorecard-takeaways', 'Clear story, strong close.');
      await recommend(app, 'Yes');
      await submitScorecard(app);
      await clickText(app, '.crumbs a', 'Cy Young');
      await withNotice(app, 'Saved', () => click(app, '[data-testid=save-pdf-packet]'));
      const packet = await pdfText(app, 'Candidate packet Cy Young.pdf');
      assert.match(packet, /Candidate packet: Cy Young/);
      assert.match(packet, /Clear story, strong close\./);
      assert.match(packet, /Prepared by Mo/);

      await addPerson(app, 'rep', { name: 'Ada Lovelace' });
      await clickText(app, 'nav.tabs a', 'One-on-ones');
      await setDate(app, '#hold-date', '2026-11-30');
      await click(app, 'button=Hold a one-on-one');
      await (await app.$('h1=One-on-one with Ada Lovelace')).waitForDisplayed(WAIT);
      // The default agenda's second section starts private.
      assert.match(await (await app.$('section[aria-labelledby="note-1-title"] button.visibility')).getText(), /Private/);
      for (const [note, text] of [['#note-0', 'Closed the Acme renewal early.'], ['#note-1', 'Worried about burnout, keep an eye on it.']]) {
        await type(app, note, text);
        await app.keys('Tab');
        await waitForText(app, '.saved', 'Saved');
      }
      await type(app, '#action-text', 'Send the pricing deck');
      await click(app, 'button=Add');
      await waitForText(app, '.agreed ul', 'Send the pricing deck');
      await withNotice(app, 'Saved', () => click(app, '[data-testid=save-pdf-recap]'));
      const recap = await pdfText(app, 'Recap Ada Lovelace 2026-11-30.pdf');
      assert.match(recap, /Closed the Acme renewal early\./);
      assert.match(recap, /Send the pricing deck/);
      assert.doesNotMatch(recap, /burnout/);
    } finally {
      await closeApp(app);
    }
  });
});
