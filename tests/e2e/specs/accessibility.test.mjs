// An accessibility audit of every place, in the real window: a small workspace
// filled through the UI (a rep with a one-on-one, a plan and a week's actuals;
// a candidate), then axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules on
// each place, in the light theme and in the dark one, forced with data-theme
// whatever the OS prefers. Every violation is printed with its rule, impact
// and the nodes it names; the test expects none.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import { WAIT, addPerson, axeAudit, click, describeViolations, fillCell, go, setDate, setTheme, type, waitForText } from '../lib/ui.mjs';

/** The place's id from the hash it opened on ("#/people/<id>"). */
async function currentHash(app) {
  return app.execute(() => window.location.hash);
}

function isoDaysAgo(days) {
  const d = new Date(Date.now() - days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('accessibility', () => {
  let app;
  /** [name, hash, what to do there before the audit] for every place. */
  let places = [];

  before(async () => {
    await startDriver();
    app = await openApp(freshDatabase());

    // A rep, with a one-on-one holding a note (so Search has something to find).
    await addPerson(app, 'rep', { name: 'Ada Lovelace', title: 'Account Executive' });
    const rep = await currentHash(app);
    await go(app, `${rep}/one-on-ones`);
    await setDate(app, '#hold-date', isoDaysAgo(3));
    await click(app, 'button=Hold a one-on-one');
    await (await app.$('h1=One-on-one with Ada Lovelace')).waitForDisplayed(WAIT);
    const meeting = await currentHash(app);
    await type(app, '#note-0', 'Closed the Acme renewal after a tough procurement round.');
    await waitForText(app, '.saved', 'Saved');

    // A plan of daily calls, and one week's actuals below its target (a cell that says so).
    await go(app, `${rep}/goals`);
    await click(app, 'button=+ Add an activity');
    await type(app, 'input[aria-label="Activity 1 target"]', '12');
    await click(app, 'button=Save plan');
    await waitForText(app, '.plan .status', 'Version 1');
    await fillCell(app, 'table.grid tbody tr input', '40');

    // A candidate for an opening.
    await addPerson(app, 'candidate', { name: 'Cy Young', opening: 'Account Executive' });
    const candidate = await currentHash(app);

    // A built-in rubric.
    await go(app, '#/rubrics');
    await click(app, '=Eight-minute presentation');
    await (await app.$('h1=Eight-minute presentation')).waitForDisplayed(WAIT);
    const rubric = await currentHash(app);

    const search = async () => {
      await type(app, '#search-text', 'procurement');
      await waitForText(app, '.hits', 'Closed the Acme renewal');
    };
    places = [
      ['Today', '#/today'],
      ['Team', '#/team'],
      ['Rep: Overview', rep],
      ['Rep: One-on-ones', `${rep}/one-on-ones`],
      ['A one-on-one', meeting],
      ['Rep: Feedback', `${rep}/feedback`],
      ['Rep: Role plays', `${rep}/role-plays`],
      ['Rep: Goals & plan', `${rep}/goals`],
      ['Rep: KPIs', `${rep}/kpis`],
      ['Rep: Accounts', `${rep}/accounts`],
      ['Rep: Review', `${rep}/review`],
      ['Candidates', '#/candidates'],
      ['A candidate', candidate],
      ['Rubrics', '#/rubrics'],
      ['A rubric', rubric],
      ['Search', '#/search', search],
      ['Settings', '#/settings'],
    ];
  });

  after(async () => {
    await closeApp(app);
    stopDriver();
  });

  for (const theme of ['light', 'dark']) {
    test(`every place in the ${theme} theme has no WCAG 2.2 A or AA violation`, async () => {
      await setTheme(app, theme);
      // The theme really is the one asked for: the page's background.
      const background = await app.execute(() => getComputedStyle(document.body).backgroundColor);
      assert.equal(background, theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 24, 28)');

      const found = [];
      for (const [name, hash, prepare] of places) {
        // Leave the place first, so each visit opens it afresh.
        if ((await currentHash(app)) === hash) await go(app, hash === '#/today' ? '#/team' : '#/today');
        await go(app, hash);
        if (prepare) await prepare();
        const violations = await axeAudit(app);
        if (violations.length > 0) {
          console.log(`— ${name} (${hash}), ${theme} theme:\n${describeViolations(violations)}`);
          found.push(`${name}: ${violations.map((v) => `${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'})`).join(', ')}`);
        }
      }
      assert.deepEqual(found, [], `axe-core found violations in the ${theme} theme (printed above)`);
    });
  }
});
