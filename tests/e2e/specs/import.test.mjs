// Importing the team from a CSV file in the real window: five reps, one with
// a bad email. The problem is shown by row and column and nothing can be
// imported; the file is fixed, chosen again, and all five come in.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeApp, dialogDir, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';
import { WAIT, click, go, waitForText, withNotice } from '../lib/ui.mjs';

const header = 'Full name,E-mail,Job title,Start date';
const rows = (third) => [
  'Ada Lovelace,ada@example.com,Account Executive,2026-01-05',
  'Bo Diddley,bo@example.com,SDR,2026-02-02',
  third,
  'Di Prince,di@example.com,SDR,',
  'Ed Sheeran,,Account Executive,2025-11-03',
];

describe('import', () => {
  before(startDriver);
  after(stopDriver);

  test('five reps from a CSV with one bad row: see the problem, fix the file, import', async () => {
    const app = await openApp(freshDatabase());
    const file = join(dialogDir, 'team.csv');
    try {
      await go(app, '#/settings');
      await click(app, '[data-testid=open-import-people]');
      writeFileSync(file, [header, ...rows('Cy Young,cy-at-example.com,SDR,2026-03-02')].join('\n'));
      await click(app, '[data-testid=import-pick]');
      await waitForText(app, '[data-testid=import-problems]', 'Row 4');
      assert.match(await (await app.$('[data-testid=import-problems]')).getText(), /Row 4 · E-mail:/);
      assert.equal(await (await app.$('[data-testid=import-confirm]')).isEnabled(), false);
      assert.match(await app.execute(() => document.querySelector('[data-testid=import-preview]').textContent), /Ada Lovelace/);

      writeFileSync(file, [header, ...rows('Cy Young,cy@example.com,SDR,2026-03-02')].join('\n'));
      await click(app, '[data-testid=import-pick]');
      await app.waitUntil(async () => !(await (await app.$('[data-testid=import-problems]')).isExisting()), {
        ...WAIT,
        timeoutMsg: 'the fixed file still shows problems',
      });
      await waitForText(app, '[data-testid=import-confirm]', 'Import 5');
      await withNotice(app, 'Imported 5 reps', () => click(app, '[data-testid=import-confirm]'));

      await go(app, '#/team');
      for (const name of ['Ada Lovelace', 'Bo Diddley', 'Cy Young', 'Di Prince', 'Ed Sheeran']) {
        await (await app.$(`=${name}`)).waitForDisplayed(WAIT);
      }
    } finally {
      await closeApp(app);
    }
  });
});
