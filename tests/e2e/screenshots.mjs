// Takes the README's and docs' screenshots from the real app: seeds a fresh
// workspace through the UI, then captures the X screen with ImageMagick.
// Run: xvfb-run -a --server-args="-screen 0 1200x800x24" node screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { closeApp, freshDatabase, openApp, repoRoot, startDriver, stopDriver } from './lib/app.mjs';

const outDir = join(repoRoot, 'docs/screenshots');
const WAIT = { timeout: 10_000 };
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

let app;

async function shoot(name) {
  // Let passing notices fade so each picture shows only its own screen.
  await app.waitUntil(async () => (await app.$$('.toast')).length === 0, { timeout: 10_000 });
  await pause(300);
  execFileSync('import', ['-window', 'root', join(outDir, `${name}.png`)]);
  console.log(`saved docs/screenshots/${name}.png`);
}

async function go(hash) {
  await app.execute((h) => (window.location.hash = h), hash);
  await pause(300);
}

async function addPerson(listHash, fields) {
  await go(`${listHash}/new`);
  for (const [id, value] of Object.entries(fields)) {
    const input = await app.$(`#person-${id}`);
    if (id === 'startDate') {
      // WebKit's date widget takes keys in the locale's order; set the ISO value directly.
      await app.execute((el, v) => {
        el.value = v;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      }, input, value);
    } else {
      await input.setValue(value);
    }
  }
  await (await app.$('button=Save')).click();
  await (await app.$(`h1=${fields.name}`)).waitForDisplayed(WAIT);
}

mkdirSync(outDir, { recursive: true });
await startDriver();
app = await openApp(freshDatabase());
try {
  await shoot('team-empty');
  const reps = [
    ['Ada Lovelace', 'Account Executive', 'ada@example.com', '2024-03-04'],
    ['Grace Hopper', 'Senior Account Executive', 'grace@example.com', '2022-01-10'],
    ['Katherine Johnson', 'Sales Development Rep', 'katherine@example.com', '2025-06-02'],
    ['Alan Turing', 'Account Executive', 'alan@example.com', '2023-09-18'],
    ['Hedy Lamarr', 'Sales Development Rep', 'hedy@example.com', '2026-02-02'],
  ];
  for (const [name, title, email, startDate] of reps) {
    await addPerson('#/team', { name, title, email, startDate });
  }
  const candidates = [
    ['Cy Young', 'Account Executive', 'interviewing'],
    ['Dorothy Vaughan', 'Account Executive', 'offer'],
    ['Edsger Dijkstra', 'Sales Development Rep', 'screening'],
    ['Frances Allen', 'Sales Development Rep', 'applied'],
  ];
  for (const [name, opening, stage] of candidates) {
    await addPerson('#/candidates', { name, opening, notes: 'Referred by Grace. Strong written exercise.' });
    if (stage !== 'applied') await (await app.$('#stage')).selectByAttribute('value', stage);
    await pause(200);
  }
  await go('#/team');
  await (await app.$('table.people')).waitForDisplayed(WAIT);
  await shoot('team');
  await (await app.$('=Grace Hopper')).click();
  await (await app.$('h1=Grace Hopper')).waitForDisplayed(WAIT);
  await shoot('rep');
  await go('#/candidates');
  await (await app.$('table.people')).waitForDisplayed(WAIT);
  await shoot('candidates');
  await (await app.$('=Cy Young')).click();
  await (await app.$('h1=Cy Young')).waitForDisplayed(WAIT);
  await (await app.$('button=Hire…')).click();
  await shoot('candidate-hire');
  await go('#/team/new');
  await (await app.$('button=Save')).click();
  await (await app.$('#person-name-error')).waitForDisplayed(WAIT);
  await shoot('rep-form-error');
  await go('#/settings');
  await (await app.$('h2=Data file')).waitForDisplayed(WAIT);
  await shoot('settings');
} finally {
  await closeApp(app);
  stopDriver();
}
