// Shared steps for linked workspaces (packs) in the real app: the sync
// folder in Settings, and Sync now until what it brought shows.
import { WAIT, click, clickCentred, go, type, waitForText, withNotice } from './ui.mjs';

export { clickCentred };

export const PANEL = 'section[aria-labelledby="links-title"]';
export const LINKS = 'ul[aria-labelledby="links-list-title"]';
const SYNC_WAIT = { timeout: 20_000 };

/** Types `folder` into Settings' sync folder field and saves it. */
export async function setSyncFolder(app, folder) {
  await go(app, '#/settings');
  await type(app, '#sync-folder', folder);
  await withNotice(app, 'Sync folder saved.', () => clickCentred(app, 'form[aria-labelledby="sync-title"] button[type=submit]'));
  await waitForText(app, PANEL, `Packs go through ${folder}`);
}

/**
 * Sync now from Settings, closes the summary of what came in (if anything
 * did), then waits until `selector` reads `text` (a pack may also go or come
 * at start, in the background).
 */
export async function syncNowUntil(app, selector, text) {
  await go(app, '#/settings');
  await clickCentred(app, 'button=Sync now');
  await (await app.$('ul[aria-label="What Sync now did"]')).waitForExist(SYNC_WAIT);
  const summary = await app.$('[data-testid=pack-summary]');
  if (await summary.isExisting()) {
    await click(app, '[data-testid=pack-summary] button.primary');
    await summary.waitForExist({ ...WAIT, reverse: true });
  }
  await app.waitUntil(
    async () => {
      const element = await app.$(selector);
      return (await element.isExisting()) && (await element.getText()).includes(text);
    },
    { ...SYNC_WAIT, timeoutMsg: `"${text}" did not appear in ${selector} after Sync now` },
  );
}
