// Blind scoring end to end, in the real app on one workspace: two assessors
// take turns at the same machine. Ana scores a candidate's written email and
// submits; Ben, before submitting his own scorecard on that exercise, sees
// that Ana scored it and nothing else (no total, no recommendation, no
// takeaway anywhere on the page); once Ben submits his, Ana's figures and
// takeaway show.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import {
  WAIT, addPerson, cellTexts, click, clickText, go, recommend, scoreRows, setAssessor, startScorecard, submitScorecard, type,
  waitForText,
} from '../lib/ui.mjs';

const EXERCISE = 'Short written email';
const ANA_TAKEAWAY = 'Ana-takeaway: opened with the buyer problem, in three sentences';
const HIDDEN = 'Scores hidden until you submit yours';
const BLIND_NOTICE = "Other assessors' scores for this exercise stay hidden until you submit your own scorecard for it.";

/** The whole page's text, hidden parts included. */
const pageText = (app) => app.execute(() => document.body.textContent ?? '');

/** The candidate's scorecard rows, each as its cells' texts. */
async function scorecardRows(app) {
  const rows = [];
  for (const row of await app.$$('table.cards tbody tr')) rows.push(await cellTexts(row));
  return rows;
}

/** Whether a button reading exactly `text` is on the page. */
const hasButton = (app, text) =>
  app.execute((t) => [...document.querySelectorAll('button')].some((b) => b.textContent.trim() === t), text);

async function openCandidate(app, name) {
  await go(app, '#/candidates');
  await click(app, `=${name}`);
  await (await app.$(`h1=${name}`)).waitForDisplayed(WAIT);
}

describe('blind scoring', () => {
  before(startDriver);
  after(stopDriver);

  test("a second assessor sees nothing of the first's scores on an exercise until submitting their own", async () => {
    const app = await openApp(freshDatabase());
    try {
      // Ana scores the written email and submits, with a recommendation and a takeaway.
      await setAssessor(app, 'Ana');
      await addPerson(app, 'candidate', { name: 'Cy Young', opening: 'Account Executive' });
      await startScorecard(app, EXERCISE);
      await waitForText(app, '.subtitle', 'Ana');
      await scoreRows(app, [5, 4, 5, 4, 5]);
      await type(app, '#scorecard-takeaways', ANA_TAKEAWAY);
      await recommend(app, 'Strong yes');
      await submitScorecard(app);
      await waitForText(app, '.facts', ANA_TAKEAWAY);
      await waitForText(app, '.facts', 'Strong yes');

      // Ben takes the machine.
      await setAssessor(app, 'Ben');
      await openCandidate(app, 'Cy Young');
      await waitForText(app, 'table.cards', HIDDEN);
      await waitForText(app, 'article.exercise', BLIND_NOTICE);

      const before = await scorecardRows(app);
      assert.equal(before.length, 1, 'only Ana’s scorecard exists');
      const [assessor, , status, hidden] = before[0];
      assert.equal(assessor, 'Ana');
      assert.equal(status, 'Submitted');
      assert.equal(hidden, HIDDEN);
      assert.equal(before[0].length, 4, 'no total, recommendation or time cells: one cell says they are hidden');
      assert.doesNotMatch(before[0].join(' '), /\d+%|Strong yes|Not scored/);
      assert.equal(await (await app.$('table.cards a')).isExisting(), false, 'Ana’s scorecard cannot be opened');
      assert.doesNotMatch(await (await app.$('[data-testid=candidate-summary]')).getText(), /\d+%/);
      const hiddenPage = await pageText(app);
      assert.ok(!hiddenPage.includes(ANA_TAKEAWAY), 'Ana’s takeaway is nowhere on the page');
      assert.ok(!hiddenPage.includes('Ana 5') && !hiddenPage.includes('Ana 4'), 'no per-criterion score of Ana’s');
      assert.ok(await hasButton(app, "Reveal the panel's scores"), 'a lead who will not score may reveal instead');

      // Ben scores the same exercise and submits.
      await startScorecard(app, EXERCISE);
      await waitForText(app, '.subtitle', 'Ben');
      await scoreRows(app, [3, 3, 2, 3, 3]);
      await recommend(app, 'No');
      await submitScorecard(app);

      // Now Ana's figures and takeaway are there for him.
      await clickText(app, '.crumbs a', 'Cy Young');
      await waitForText(app, '[data-testid=candidate-summary]', '2 submitted scorecards');
      await app.waitUntil(async () => (await pageText(app)).includes(ANA_TAKEAWAY), {
        ...WAIT,
        timeoutMsg: 'Ana’s takeaway did not appear after Ben submitted',
      });
      const after = await scorecardRows(app);
      const ana = after.find((cells) => cells[0] === 'Ana');
      assert.ok(ana, 'Ana’s row is still there');
      assert.match(ana[3], /^\d+%$/, 'Ana’s total shows');
      assert.equal(ana[4], 'Strong yes');
      assert.ok(!after.flat().includes(HIDDEN));
      assert.ok(!(await pageText(app)).includes(BLIND_NOTICE));
      assert.equal(await hasButton(app, "Reveal the panel's scores"), false);
      await waitForText(app, '.spread', 'Ana 5');

      // And Ana's scorecard itself opens for him.
      await clickText(app, 'table.cards a', 'Ana');
      await (await app.$(`h1=${EXERCISE}`)).waitForDisplayed(WAIT);
      await waitForText(app, '.subtitle', 'Ana');
      await waitForText(app, '.facts', ANA_TAKEAWAY);
    } finally {
      await closeApp(app);
    }
  });
});
