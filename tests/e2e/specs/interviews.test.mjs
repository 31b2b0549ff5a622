// Interviews end to end, in the real app: a timed presentation that runs past
// its limit, submitted and seen on the candidate page; a rep's role play in
// two rounds with its progress chart.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import {
  WAIT, addPerson, cellTexts, click, clickText, go, pause, recommend, scoreRows, setAssessor, startScorecard, submitScorecard, type,
  waitForText,
} from '../lib/ui.mjs';

describe('interviews', () => {
  before(startDriver);
  after(stopDriver);

  test('a timed presentation past its limit is flagged and totalled on the candidate page', async () => {
    const app = await openApp(freshDatabase());
    try {
      await setAssessor(app, 'Mo');
      // A rehearsal copy of the built-in presentation rubric with a 10-second
      // limit, so the timer can really run past it within the test.
      await go(app, '#/rubrics');
      await click(app, '=Eight-minute presentation');
      await click(app, 'button=Duplicate');
      await (await app.$('h1=Eight-minute presentation (copy)')).waitForDisplayed(WAIT);
      await click(app, '=Edit');
      await type(app, '#rubric-name', 'Rehearsal presentation');
      await type(app, '#rubric-timeLimitSeconds', '0:10');
      await click(app, 'button=Save rubric');
      await waitForText(app, '.subtitle', 'time limit 0:10');

      await addPerson(app, 'candidate', { name: 'Cy Young', opening: 'Account Executive' });
      await startScorecard(app, 'Rehearsal presentation');

      await click(app, 'button=Start');
      await scoreRows(app, [2, 4, 4, 5, 3, 4]);
      // 11/8 of 10 s is 13.75 s: wait until the timer is well past that.
      await waitForText(app, '.timer .status', 'over the 0:10 limit');
      await app.waitUntil(async () => (await (await app.$('[data-testid=timer-digits]')).getText()) >= '0:15', {
        timeout: 30_000,
      });
      await clickText(app, '.timer button', 'Stop');
      await waitForText(app, '.timer .phase', 'Recorded');
      await waitForText(app, '.flag', 'Far over');

      await recommend(app, 'Yes');
      await submitScorecard(app);
      const total = await (await app.$('[data-testid=scorecard-total]')).getText();
      assert.match(total, /\d+%/);

      await clickText(app, '.crumbs a', 'Cy Young');
      await waitForText(app, '[data-testid=candidate-summary]', '1 submitted scorecard');
      const summary = await (await app.$('[data-testid=candidate-summary]')).getText();
      assert.match(summary, /\d+%/);
      await waitForText(app, '.spread', 'far over time');
      const row = await (await app.$('table.cards tbody tr')).getText();
      assert.match(row, /Mo/);
      assert.match(row, /far over/);
      assert.match(row, /Yes/);
    } finally {
      await closeApp(app);
    }
  });

  test('a rep role play in two rounds shows the change and the progress chart', async () => {
    const app = await openApp(freshDatabase());
    try {
      await setAssessor(app, 'Mo');
      await addPerson(app, 'rep', { name: 'Ada Lovelace' });
      await click(app, '=Role plays');
      await startScorecard(app, 'Practice: asking about budget');
      await scoreRows(app, [2, 2, 1, 3]);
      await click(app, 'button=+ Coach and run it again');
      await type(app, '#coaching', 'Ask about budget in the first five minutes.');
      await click(app, 'button=Start round 2');
      await waitForText(app, '.coaching', 'Ask about budget in the first five minutes.');
      await scoreRows(app, [4, 3, 2, 3]);
      await waitForText(app, '#changes-heading', 'Round 1 to round 2');
      const rows = await app.$$('section.panel tbody tr');
      assert.deepEqual(await cellTexts(rows[0]), ['Asking directly', '2', '4', '+2']);
      assert.deepEqual(await cellTexts(rows[3]), ['Composure', '3', '3', '0']);
      await submitScorecard(app);

      await clickText(app, '.crumbs a', 'Ada Lovelace');
      await click(app, '=Role plays');
      await (await app.$('figure.chart')).waitForDisplayed(WAIT);
      await app.waitUntil(async () => (await app.$$('figure.chart canvas')).length === 4, WAIT);
      await waitForText(app, 'table.cards', '2 rounds');
      await pause(100); // nothing left to observe: a moment's grace before the window closes
    } finally {
      await closeApp(app);
    }
  });
});
