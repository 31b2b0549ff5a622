// A tour of the real app that fills a fresh workspace through the UI (a team,
// an interview loop for two candidates with two assessors, a rep's role-play
// practice over three weeks) and captures each view with ImageMagick.
// Run: xvfb-run -a --server-args="-screen 0 1200x800x24" node screenshots.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { closeApp, freshDatabase, openApp, repoRoot, startDriver, stopDriver } from './lib/app.mjs';
import {
  WAIT, addPerson, click, clickText, go, pause, recommend, scoreRows, setAssessor, setDate, startScorecard,
  submitScorecard, type, waitForText,
} from './lib/ui.mjs';

const outDir = join(repoRoot, 'docs/screenshots');
let app;

async function shoot(name) {
  // Let passing notices fade so each picture shows only its own screen.
  await app.waitUntil(async () => (await app.$$('.toast')).length === 0, { timeout: 10_000 });
  await pause(300);
  execFileSync('import', ['-window', 'root', join(outDir, `${name}.png`)]);
  console.log(`saved docs/screenshots/${name}.png`);
}

async function scrollTo(selector) {
  await app.execute((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), selector);
  await pause(200);
}

async function openPerson(name) {
  await go(app, '#/team');
  await go(app, '#/candidates');
  const link = await app.$(`=${name}`);
  if (await link.isExisting()) return link.click().then(() => app.$(`h1=${name}`).then((h) => h.waitForDisplayed(WAIT)));
  await go(app, '#/team');
  await click(app, `=${name}`);
  await (await app.$(`h1=${name}`)).waitForDisplayed(WAIT);
}

/** One scorecard from a person's page: scores, optional timing, recommendation, date; submitted. */
async function scoreExercise(person, rubric, assessor, { scores, duration, recommendation, day, rounds }) {
  await openPerson(person);
  if (!(await (await app.$('#start-rubric')).isExisting())) await click(app, '=Role plays');
  await startScorecard(app, rubric, assessor);
  if (day) await setDate(app, '#scorecard-scoredOn', day);
  if (duration) {
    await click(app, 'button=Enter a time');
    await type(app, '#typed-duration', duration);
    await click(app, 'button=Record');
    await waitForText(app, '.timer .phase', 'Recorded');
  }
  await scoreRows(app, scores);
  for (const round of rounds ?? []) {
    await click(app, 'button=+ Coach and run it again');
    await type(app, '#coaching', round.coaching);
    await clickText(app, 'form[aria-label="Add a round"] button', `Start round ${round.number}`);
    await waitForText(app, '.coaching', round.coaching);
    await scoreRows(app, round.scores);
  }
  if (recommendation) await recommend(app, recommendation);
  await submitScorecard(app);
}

mkdirSync(outDir, { recursive: true });
await startDriver();
app = await openApp(freshDatabase());
try {
  await shoot('team-empty');
  await setAssessor(app, 'Mo');

  const reps = [
    ['Ada Lovelace', 'Account Executive', 'ada@example.com', '2024-03-04'],
    ['Grace Hopper', 'Senior Account Executive', 'grace@example.com', '2022-01-10'],
    ['Katherine Johnson', 'Sales Development Rep', 'katherine@example.com', '2025-06-02'],
    ['Alan Turing', 'Account Executive', 'alan@example.com', '2023-09-18'],
    ['Hedy Lamarr', 'Sales Development Rep', 'hedy@example.com', '2026-02-02'],
  ];
  for (const [name, title, email, startDate] of reps) {
    await addPerson(app, 'rep', { name, title, email, startDate });
  }
  const candidates = [
    ['Cy Young', 'Account Executive', 'interviewing'],
    ['Dorothy Vaughan', 'Account Executive', 'interviewing'],
    ['Edsger Dijkstra', 'Sales Development Rep', 'screening'],
    ['Frances Allen', 'Sales Development Rep', 'applied'],
  ];
  for (const [name, opening, stage] of candidates) {
    await addPerson(app, 'candidate', { name, opening, notes: 'Referred by Grace.' });
    if (stage !== 'applied') await (await app.$('#stage')).selectByAttribute('value', stage);
    await pause(200);
  }

  // The team's own presentations, for the strength profile.
  await scoreExercise('Grace Hopper', 'Eight-minute presentation', 'Mo', { scores: [4, 4, 5, 2, 4, 5], duration: '7:55' });
  await scoreExercise('Alan Turing', 'Eight-minute presentation', 'Mo', { scores: [3, 5, 3, 2, 5, 3], duration: '8:40' });

  // The interview loop: two candidates, two assessors, three exercises.
  await scoreExercise('Cy Young', 'Eight-minute presentation', 'Mo', { scores: [1, 4, 4, 5, 3, 4], duration: '11:20', recommendation: 'Yes' });
  await app.execute(() => window.scrollTo(0, 0));
  await shoot('scorecard-overtime');
  await scoreExercise('Cy Young', 'Eight-minute presentation', 'Dana', { scores: [1, 3, 4, 4, 2, 4], duration: '11:20', recommendation: 'No' });
  await scoreExercise('Cy Young', 'Short written email', 'Mo', { scores: [4, 3, 2, 4, 5], recommendation: 'Yes' });
  await scoreExercise('Cy Young', 'On-the-spot role play', 'Dana', {
    scores: [5, 2, 2, 3, null], recommendation: 'Strong yes',
    rounds: [{ number: 2, coaching: 'Ask two questions before you describe anything.', scores: [5, 4, 4, 3, 5] }],
  });
  await scoreExercise('Dorothy Vaughan', 'Eight-minute presentation', 'Mo', { scores: [5, 5, 4, 3, 5, 3], duration: '7:48', recommendation: 'Strong yes' });
  await scoreExercise('Dorothy Vaughan', 'Eight-minute presentation', 'Dana', { scores: [5, 4, 4, 3, 4, 3], duration: '7:48', recommendation: 'Yes' });
  await scoreExercise('Dorothy Vaughan', 'Short written email', 'Dana', { scores: [3, 5, 4, 5, 3], recommendation: 'Yes' });
  await scoreExercise('Dorothy Vaughan', 'On-the-spot role play', 'Mo', {
    scores: [3, 4, 3, 4, null], recommendation: 'Yes',
    rounds: [{ number: 2, coaching: 'Let the silence work after you ask.', scores: [3, 4, 4, 4, 3] }],
  });

  await openPerson('Cy Young');
  await scrollTo('#interviews-heading');
  await shoot('candidate-interviews');
  await scrollTo('#profile-heading');
  await shoot('candidate-strength-profile');
  await go(app, `#/candidates/compare/${encodeURIComponent('Account Executive')}`);
  await (await app.$('table.compare')).waitForDisplayed(WAIT);
  await shoot('candidates-compare');

  // A rep's role-play practice over three weeks, the last in two rounds.
  await scoreExercise('Ada Lovelace', 'Practice: asking about budget', 'Mo', { scores: [1, 2, 1, 2], day: '2026-11-03' });
  await scoreExercise('Ada Lovelace', 'Practice: asking about budget', 'Mo', { scores: [2, 2, 2, 3], day: '2026-11-10' });
  await scoreExercise('Ada Lovelace', 'Practice: asking about budget', 'Mo', {
    scores: [3, 2, 2, 3], day: '2026-11-17',
    rounds: [{ number: 2, coaching: 'Name a range and stop talking.', scores: [4, 3, 3, 4] }],
  });
  await scrollTo('.rounds');
  await shoot('rep-role-play-rounds');
  await openPerson('Ada Lovelace');
  await click(app, '=Role plays');
  await app.waitUntil(async () => (await app.$$('figure.chart canvas')).length === 4, WAIT);
  await shoot('rep-role-plays');

  await go(app, '#/rubrics');
  await (await app.$('table.rubrics')).waitForDisplayed(WAIT);
  await shoot('rubrics');
  await click(app, '=Eight-minute presentation');
  await (await app.$('h1=Eight-minute presentation')).waitForDisplayed(WAIT);
  await shoot('rubric');
  await click(app, '=Edit');
  await (await app.$('#rubric-name')).waitForDisplayed(WAIT);
  await shoot('rubric-editor');

  await go(app, '#/team');
  await (await app.$('table.people')).waitForDisplayed(WAIT);
  await shoot('team');
  await go(app, '#/candidates');
  await (await app.$('table.people')).waitForDisplayed(WAIT);
  await shoot('candidates');
  await openPerson('Grace Hopper');
  await shoot('rep');
  await go(app, '#/team/new');
  await click(app, 'button=Save');
  await (await app.$('#person-name-error')).waitForDisplayed(WAIT);
  await shoot('rep-form-error');
  await go(app, '#/settings');
  await (await app.$('h2=Data file')).waitForDisplayed(WAIT);
  await shoot('settings');
} finally {
  await closeApp(app);
  stopDriver();
}
