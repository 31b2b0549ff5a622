// The screenshot tour's linked workspaces: a manager (Mia) and Ada's own
// workspace through a shared sync folder, taking turns in one window (one
// WebDriver session at a time). Captures the manager's Linked workspaces
// panel, the summary of the invitation Ada accepts, and a conflict made by
// rewording the same action item on both sides between syncs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeApp, freshDatabase, openApp } from './lib/app.mjs';
import { WAIT, addPerson, click, clickText, go, setAssessor, setDate, type, waitForText, withNotice } from './lib/ui.mjs';
import { LINKS, PANEL, clickCentred, setSyncFolder, syncNowUntil } from './lib/links.mjs';

const ITEM = 'Send Acme the procurement checklist';

async function scrollTo(app, selector) {
  await app.execute((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), selector);
}

/** Rewords the action item on its meeting's page. */
async function reword(app, meetingHash, from, to) {
  await go(app, meetingHash);
  await click(app, `button[aria-label="Edit “${from}”"]`);
  const input = await app.$('form[aria-label="Edit action item"] input[type=text]');
  await input.waitForDisplayed(WAIT);
  await input.setValue(to);
  await click(app, 'form[aria-label="Edit action item"] button[type=submit]');
  await waitForText(app, '.agreed ul', to);
}

/** `shoot(name, app)` captures the screen. */
export async function linksTour(shoot) {
  const folder = mkdtempSync(join(tmpdir(), 'coachbook-sync-'));
  const managerDb = freshDatabase();
  const repDb = freshDatabase();
  let meetingHash;

  // Mia's workspace: Ada with a one-on-one and an action item, a candidate, and the invitation.
  let app = await openApp(managerDb);
  try {
    await setAssessor(app, 'Mia');
    await addPerson(app, 'rep', { name: 'Ada Lovelace', title: 'Account Executive' });
    await addPerson(app, 'candidate', { name: 'Cy Young', opening: 'Account Executive' });
    await go(app, '#/team');
    await click(app, '=Ada Lovelace');
    await (await app.$('h1=Ada Lovelace')).waitForDisplayed(WAIT);
    await clickText(app, 'nav.tabs a', 'One-on-ones');
    await setDate(app, '#hold-date', '2026-11-02');
    await click(app, 'button=Hold a one-on-one');
    await (await app.$('h1=One-on-one with Ada Lovelace')).waitForDisplayed(WAIT);
    meetingHash = await app.execute(() => window.location.hash);
    await type(app, '#note-0', 'Closed the Acme renewal after a tough procurement round.');
    await app.keys('Tab');
    await waitForText(app, '.saved', 'Saved');
    await type(app, '#action-text', ITEM);
    await click(app, 'button=Add');
    await waitForText(app, '.agreed ul', ITEM);
    await setSyncFolder(app, folder);
    await app.waitUntil(() => app.execute(() => [...document.querySelectorAll('#invite-rep option')].some((o) => o.textContent === 'Ada Lovelace')), WAIT);
    await (await app.$('#invite-rep')).selectByVisibleText('Ada Lovelace');
    await clickCentred(app, 'button[aria-label="Invite the rep"]');
    await waitForText(app, PANEL, 'The invitation for Ada Lovelace is in the sync folder');
  } finally {
    await closeApp(app);
  }

  // Ada accepts it in a new workspace: what the invitation brought; then she answers.
  app = await openApp(repDb);
  try {
    await setSyncFolder(app, folder);
    const invitations = 'ul[aria-label="Invitations in the sync folder"]';
    await waitForText(app, invitations, 'From your manager Mia');
    await clickCentred(app, `${invitations} button`);
    await waitForText(app, '[data-testid=pack-summary]', 'This is now your own workspace');
    await shoot('pack-summary', app);
    await click(app, '[data-testid=pack-summary] button.primary');
    await syncNowUntil(app, LINKS, '1 pack sent');
  } finally {
    await closeApp(app);
  }

  // Mia sees Ada's answer, then rewords the item without syncing.
  app = await openApp(managerDb);
  try {
    await syncNowUntil(app, LINKS, '· answered');
    await scrollTo(app, '#links-title');
    await shoot('settings-links', app);
    await reword(app, meetingHash, ITEM, `${ITEM} by Monday`);
  } finally {
    await closeApp(app);
  }

  // Ada rewords it too, later, and syncs.
  app = await openApp(repDb);
  try {
    await reword(app, meetingHash, ITEM, `${ITEM} by Friday`);
    await syncNowUntil(app, LINKS, '2 packs sent');
  } finally {
    await closeApp(app);
  }

  // Mia's next sync meets the two versions: Ada's later one is kept, both are listed.
  app = await openApp(managerDb);
  try {
    await syncNowUntil(app, 'section[aria-labelledby="conflicts-title"]', 'An action item from Ada Lovelace');
    await scrollTo(app, '#conflicts-title');
    await shoot('conflicts', app);
  } finally {
    await closeApp(app);
  }
}
