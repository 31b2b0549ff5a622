// The first run, in the real app from an empty workspace: Today's checklist
// with nothing ticked; the name set in Settings and a rep added with a weekly
// cadence in the Add-rep form tick their steps; a first one-on-one held from
// the rep's One-on-ones tab opens.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import { WAIT, click, firstRunSteps, go, setAssessor, type, waitForText } from '../lib/ui.mjs';

describe('the first run', () => {
  before(startDriver);
  after(stopDriver);

  test('the checklist ticks your name and your reps with a cadence, and a first one-on-one opens', async () => {
    const app = await openApp(freshDatabase());
    try {
      // An empty workspace: every step still to do.
      await go(app, '#/today');
      assert.deepEqual(await firstRunSteps(app), { name: 'To do', reps: 'To do', kpi: 'To do', rubric: 'To do' });
      await waitForText(app, '.first-run', '0 of 4 done');

      await setAssessor(app, 'Morgan Reyes');

      // A rep with a weekly cadence, asked for in the Add-rep form itself.
      await go(app, '#/team/new');
      await type(app, '#person-name', 'Ada Lovelace');
      const cadence = await app.$('#person-cadence');
      await cadence.waitForDisplayed(WAIT);
      await cadence.selectByAttribute('value', 'weekly');
      await click(app, 'button=Save');
      await (await app.$('h1=Ada Lovelace')).waitForDisplayed(WAIT);
      const rep = await app.execute(() => window.location.hash);
      assert.match(rep, /^#\/people\/[^/]+$/);

      // Back on Today the name and the reps read Done; the rest are still to do.
      await go(app, '#/today');
      await app.waitUntil(
        async () => {
          const steps = await firstRunSteps(app);
          return steps.name === 'Done' && steps.reps === 'Done';
        },
        { ...WAIT, timeoutMsg: 'the name and reps steps did not read Done' },
      );
      assert.deepEqual(await firstRunSteps(app), { name: 'Done', reps: 'Done', kpi: 'To do', rubric: 'To do' });
      await waitForText(app, '.first-run [data-step=name]', 'Signed as Morgan Reyes.');
      await waitForText(app, '.first-run [data-step=reps]', '1 rep, each with a cadence.');
      await waitForText(app, '.first-run', '2 of 4 done');

      // The cadence set in the form is the rep's.
      await go(app, `${rep}/one-on-ones`);
      const setup = await app.$('#setup-cadence');
      await setup.waitForDisplayed(WAIT);
      await app.waitUntil(async () => (await setup.getValue()) === 'weekly', { ...WAIT, timeoutMsg: 'the cadence is not weekly' });

      // A first one-on-one, held from the rep's One-on-ones tab, opens on its agenda.
      await click(app, 'button=Hold a one-on-one');
      await (await app.$('h1=One-on-one with Ada Lovelace')).waitForDisplayed(WAIT);
      await (await app.$('#note-0')).waitForDisplayed(WAIT);
      const url = await app.execute(() => window.location.hash);
      assert.match(url, /^#\/meetings\/[^/]+$/);
    } finally {
      await closeApp(app);
    }
  });
});
