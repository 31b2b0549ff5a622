// A rep's own workspace end to end, in the real app: set a goal and see the
// funnel, draft a plan, record four weeks of a KPI with a drop, and see the
// storm warning on the review page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import { WAIT, click, clickText, fillCell, go, setDate, type, waitForText } from '../lib/ui.mjs';

describe("a rep's own workspace", () => {
  before(startDriver);
  after(stopDriver);

  test('goal, funnel, plan and a KPI drop that raises the warning on the review', async () => {
    const app = await openApp(freshDatabase());
    try {
      // Make this workspace the rep's own: it opens on their review.
      await go(app, '#/settings');
      await type(app, '#settings-myName', 'Ada Lovelace');
      await click(app, 'button=Make it my own');
      await (await app.$('h1=Ada Lovelace')).waitForDisplayed(WAIT);
      const places = await (await app.$('nav[aria-label=Places]')).getText();
      assert.match(places, /My review/);
      assert.doesNotMatch(places, /Candidates/);

      // The goal: the funnel appears once every input is there.
      await clickText(app, 'nav[aria-label=Places] a', 'Goals & plan');
      await type(app, '#goal-purpose', 'A deposit on a flat near my sister');
      const nextYear = `${new Date().getFullYear() + 1}-06-30`;
      await setDate(app, '#goal-targetDate', nextYear);
      for (const [id, value] of [
        ['incomeNeeded', '30000'], ['averageDealValue', '20000'], ['commissionRate', '10'],
        ['outreachToConversation', '20'], ['conversationToMeeting', '25'], ['meetingToOpportunity', '50'],
        ['opportunityToDeal', '25'],
      ]) {
        await type(app, `#goal-${id}`, value);
      }
      await waitForText(app, 'table.funnel', 'Outreach');
      const deals = await (await app.$('table.funnel tbody tr td')).getText();
      assert.equal(deals, '15');
      await waitForText(app, '.goal .saved', 'Saved');

      // The cookbook: calls every day.
      await click(app, 'button=+ Add an activity');
      await type(app, 'input[aria-label="Activity 1 target"]', '12');
      await click(app, 'button=Save plan');
      await waitForText(app, '.plan .status', 'Version 1 · draft');

      // A KPI, and four weeks of it: two steady, then a drop.
      await clickText(app, 'nav[aria-label=Places] a', 'KPIs');
      await type(app, '#kpi-name', 'Calls');
      await type(app, '#kpi-target', '50');
      await click(app, 'form[aria-label="Add a KPI"] button[type=submit]');
      await (await app.$('table.grid')).waitForDisplayed(WAIT);
      const cells = await (await app.$('table.grid tbody tr')).$$('input');
      assert.equal(cells.length, 6);
      await fillCell(app, cells[0], '50');
      await fillCell(app, (await (await app.$('table.grid tbody tr')).$$('input'))[1], '52');
      await fillCell(app, (await (await app.$('table.grid tbody tr')).$$('input'))[4], '30');
      await fillCell(app, (await (await app.$('table.grid tbody tr')).$$('input'))[5], '28');
      await waitForText(app, '.kpi-chart', 'Storm brewing');

      // The review page says so too.
      await clickText(app, 'nav[aria-label=Places] a', 'My review');
      await waitForText(app, '[data-testid=storm-warning]', 'Calls is 43% below');
      await waitForText(app, '#review-goal', 'Goal');
      await waitForText(app, '.review', 'A deposit on a flat near my sister');
    } finally {
      await closeApp(app);
    }
  });
});
