// People end to end, in the real app: add a rep through the form, see the
// backend's validation message, restart on the same file, hire a candidate.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '../lib/app.mjs';

const WAIT = { timeout: 10_000 };

async function teamNames(browser) {
  const table = await browser.$('table.people');
  await table.waitForDisplayed(WAIT);
  const names = [];
  for (const link of await browser.$$('table.people tbody td:first-child a')) {
    names.push(await link.getText());
  }
  return names;
}

async function clickLink(browser, text) {
  const link = await browser.$(`=${text}`);
  await link.waitForClickable(WAIT);
  await link.click();
}

describe('people', () => {
  before(startDriver);
  after(stopDriver);

  test('a rep added through the form is listed, validated and still there after a restart', async () => {
    const db = freshDatabase();
    let app = await openApp(db);
    try {
      // A new workspace opens on Today, with nothing to do yet.
      await (await app.$('h2=Nothing needs you right now')).waitForDisplayed(WAIT);
      await clickLink(app, 'Team');
      // The empty team explains what to do first.
      const empty = await app.$('h2=Your team is empty');
      await empty.waitForDisplayed(WAIT);

      await clickLink(app, 'Add your first rep');
      const name = await app.$('#person-name');
      await name.waitForDisplayed(WAIT);

      // An empty name is refused by the backend, and the message sits by the field.
      await (await app.$('button=Save')).click();
      const nameError = await app.$('#person-name-error');
      await nameError.waitForDisplayed(WAIT);
      assert.equal(await nameError.getText(), 'Name is required.');
      assert.equal(await name.getAttribute('aria-invalid'), 'true');

      await name.setValue('Ada Lovelace');
      await (await app.$('#person-title')).setValue('Account Executive');
      await (await app.$('#person-email')).setValue('ada@example.com');
      await (await app.$('button=Save')).click();

      const heading = await app.$('h1=Ada Lovelace');
      await heading.waitForDisplayed(WAIT);

      await clickLink(app, 'Team');
      assert.deepEqual(await teamNames(app), ['Ada Lovelace']);
    } finally {
      await closeApp(app);
    }

    // Restart the app on the same file: the rep is still there.
    app = await openApp(db);
    try {
      await clickLink(app, 'Team');
      assert.deepEqual(await teamNames(app), ['Ada Lovelace']);
      await clickLink(app, 'Ada Lovelace');
      await (await app.$('dd=ada@example.com')).waitForDisplayed(WAIT);
    } finally {
      await closeApp(app);
    }
  });

  test('a candidate can be added, moved through the pipeline and hired onto the team', async () => {
    const app = await openApp(freshDatabase());
    try {
      await clickLink(app, 'Candidates');
      await clickLink(app, 'Add your first candidate');
      await (await app.$('#person-name')).setValue('Cy Young');
      await (await app.$('button=Save')).click();
      // A candidate needs an opening.
      const openingError = await app.$('#person-opening-error');
      await openingError.waitForDisplayed(WAIT);
      assert.match(await openingError.getText(), /Opening is required/);

      await (await app.$('#person-opening')).setValue('Account Executive');
      await (await app.$('button=Save')).click();
      await (await app.$('h1=Cy Young')).waitForDisplayed(WAIT);

      await (await app.$('#stage')).selectByAttribute('value', 'interviewing');
      await app.waitUntil(async () => (await (await app.$('.subtitle')).getText()).includes('Interviewing'), WAIT);

      await (await app.$('button=Hire…')).click();
      await (await app.$('#hire-date')).waitForDisplayed(WAIT);
      await (await app.$('button=Hire Cy Young')).click();
      await app.waitUntil(async () => (await (await app.$('.subtitle')).getText()).startsWith('Team member'), WAIT);

      await clickLink(app, 'Team');
      assert.deepEqual(await teamNames(app), ['Cy Young']);
    } finally {
      await closeApp(app);
    }
  });
});
