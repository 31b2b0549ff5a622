// A tour of the real app that fills a fresh workspace through the UI (a team,
// an interview loop for two candidates with two assessors, a rep's role-play
// practice over three weeks), then two linked workspaces (links-tour.mjs),
// and captures each view with ImageMagick.
// Run: xvfb-run -a --server-args="-screen 0 1200x800x24" node screenshots.mjs [--rep-workspace | --links]
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { closeApp, freshDatabase, openApp, openAppShowing, repoRoot, startDriver, stopDriver } from './lib/app.mjs';
import {
  WAIT, addPerson, click, clickText, fillCell, go, pause, recommend, scoreRows, setAssessor, setDate, startScorecard,
  submitScorecard, type, waitForText, withNotice,
} from './lib/ui.mjs';
import { linksTour } from './links-tour.mjs';

const outDir = join(repoRoot, 'docs/screenshots');
let app;

/** Captures the screen as docs/screenshots/<name>.png, once `session` (the tour's window unless told) is settled. */
async function shoot(name, session = app) {
  // Let passing notices fade so each picture shows only its own screen.
  await session.waitUntil(async () => (await session.$$('.toast')).length === 0, { timeout: 10_000 });
  // Park the pointer in a corner so no hover or tooltip is left in the picture.
  await session
    .performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: 2, y: 2, origin: 'viewport' }] }])
    .catch(() => {});
  await pause(300); // the pointer move repaints hover styles: nothing to observe, so a moment for the paint
  execFileSync('import', ['-window', 'root', join(outDir, `${name}.png`)]);
  console.log(`saved docs/screenshots/${name}.png`);
}

/** Waits until every KPI chart on the page has drawn (the charting code loads on first use). */
async function chartsDrawn() {
  await app.waitUntil(
    () => app.execute(() => [...document.querySelectorAll('.kpi-chart')].every((figure) => figure.querySelector('canvas'))),
    { ...WAIT, timeoutMsg: 'the KPI charts were not drawn' },
  );
}

async function scrollTo(selector) {
  await app.execute((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), selector);
  await pause(200); // nothing to observe after a scroll but the repaint
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

const stageLabels = { screening: 'Screening', interviewing: 'Interviewing' };

const daysAgo = (n) => {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

async function repTab(name, tab) {
  await openPerson(name);
  await clickText(app, 'nav.tabs a', tab);
}

async function setCadence(name, cadence, sinceDaysAgo) {
  await repTab(name, 'One-on-ones');
  const select = await app.$('.setup select');
  await select.waitForDisplayed(WAIT);
  await withNotice(app, 'Saved.', () => select.selectByAttribute('value', cadence));
  await setDate(app, '.setup input[type=date]', daysAgo(sinceDaysAgo));
  await withNotice(app, 'Saved.', () =>
    app.execute(() => document.querySelector('.setup input[type=date]')?.dispatchEvent(new Event('change', { bubbles: true }))),
  );
}

async function holdMeeting(name, ago, { notes = {}, actions = [], closeCarried = false } = {}) {
  await repTab(name, 'One-on-ones');
  await setDate(app, '#hold-date', daysAgo(ago));
  await click(app, 'button=Hold a one-on-one');
  await (await app.$(`h1=One-on-one with ${name}`)).waitForDisplayed(WAIT);
  if (closeCarried) {
    for (const box of await app.$$('.carried input[type=checkbox]')) {
      await box.click();
      // Closed once the meeting reloads with the item done.
      await app.waitUntil(() => app.execute((b) => b.closest('li').classList.contains('done'), box), WAIT);
    }
  }
  for (const [index, text] of Object.entries(notes)) {
    await type(app, `#note-${index}`, text);
  }
  if (Object.keys(notes).length) await waitForText(app, '.saved', 'Saved');
  for (const action of actions) {
    await type(app, '#action-text', action);
    await click(app, 'button=Add');
    await waitForText(app, '.agreed ul', action);
  }
}

async function logFeedback(name, ago, polarity, behaviour, { situation = '', result = '', tags = '' } = {}) {
  await app.keys(['Control', 'Shift', 'f']);
  await (await app.$('[role=dialog]')).waitForDisplayed(WAIT);
  if (await (await app.$('#capture-personId')).isExisting()) {
    await type(app, '#capture-personId', name);
    await app.keys('Enter');
    await waitForText(app, '.chosen', name);
  }
  if (polarity === 'constructive') await click(app, 'input[value=constructive]');
  await setDate(app, '#capture-givenOn', daysAgo(ago));
  if (situation) await type(app, '#capture-situation', situation);
  if (result) await type(app, '#capture-result', result);
  if (tags) await type(app, '#capture-tags', tags);
  await type(app, '#capture-behaviour', behaviour);
  await app.keys('Enter');
  await (await app.$('[role=dialog]')).waitForExist({ ...WAIT, reverse: true });
}

async function goalsFor(name, { agree = true } = {}) {
  await repTab(name, 'Goals & plan');
  await type(app, '#goal-purpose', 'A deposit on a flat near my sister, by next summer');
  await setDate(app, '#goal-targetDate', `${new Date().getFullYear() + 1}-06-30`);
  for (const [id, value] of [
    ['incomeNeeded', '30000'], ['averageDealValue', '20000'], ['commissionRate', '10'], ['outreachToConversation', '20'],
    ['conversationToMeeting', '25'], ['meetingToOpportunity', '50'], ['opportunityToDeal', '25'],
  ]) {
    await type(app, `#goal-${id}`, value);
  }
  await waitForText(app, 'table.funnel', 'Outreach');
  await waitForText(app, '.goal .saved', 'Saved');
  const plan = [['calls', '', '12', 'day'], ['voicemails', '', '20', 'week'], ['referral_asks', '', '2', 'week'], ['custom', 'Lunch and learns', '1', 'month']];
  for (const [i, [kind, label, target, period]] of plan.entries()) {
    await click(app, 'button=+ Add an activity');
    await (await app.$(`select[aria-label="Activity ${i + 1} kind"]`)).selectByAttribute('value', kind);
    if (label) await type(app, `input[aria-label="Activity ${i + 1} name"]`, label);
    await type(app, `input[aria-label="Activity ${i + 1} target"]`, target);
    await (await app.$(`select[aria-label="Activity ${i + 1} period"]`)).selectByAttribute('value', period);
  }
  await click(app, 'button=Save plan');
  await waitForText(app, '.plan .status', 'draft');
  if (agree) {
    await click(app, 'button=Agree version 1');
    await waitForText(app, '.plan .status', 'agreed');
  }
  const weeks = [['58', '18', '2', '1'], ['61', '22', '1', ''], ['55', '15', '3', ''], ['49', '12', '0', ''], ['44', '10', '1', ''], ['20', '4', '', '']];
  const names = ['Calls', 'Voicemails', 'Referral asks', 'Lunch and learns'];
  const labels = await app.execute(() => Array.from(document.querySelectorAll('table.grid thead th')).slice(2).map((th) => th.textContent));
  for (const [w, values] of weeks.entries()) {
    for (const [a, value] of values.entries()) {
      if (value) await fillCell(app, `input[aria-label="${names[a]}, ${labels[w]}"]`, value);
    }
  }
  await app.execute(() => window.scrollTo(0, 0));
}

async function kpisFor(name) {
  await repTab(name, 'KPIs');
  const kpis = [
    ['Conversations', 'count', '25', [26, 27, 19, 17, 16, 15]],
    ['Meetings booked', 'count', '6', [6, 7, 6, 5, 6, 6]],
    ['Connect rate', 'ratio', '20', null],
  ];
  for (const [kpiName, kind, target] of kpis) {
    await type(app, '#kpi-name', kpiName);
    await (await app.$('#kpi-kind')).selectByAttribute('value', kind);
    await type(app, '#kpi-target', target);
    await click(app, 'form[aria-label="Add a KPI"] button[type=submit]');
    await waitForText(app, '.charts', kpiName);
  }
  // Six weeks through the grid, as a rep would type them.
  for (const [kpiName, , , values] of kpis) {
    if (!values) continue;
    const labels = await app.execute(() => Array.from(document.querySelectorAll('table.grid thead th')).slice(1, 7).map((th) => th.textContent));
    for (let i = 0; i < 6; i++) {
      await fillCell(app, `input[aria-label="${kpiName}, ${labels[i]}"]`, String(values[i]));
    }
  }
  await app.execute(() => window.scrollTo(0, 0));
}

async function accountsFor(name) {
  await repTab(name, 'Accounts');
  const accounts = [['Acme', 'keep'], ['Globex', 'expand'], ['Initech', 'recapture'], ['Umbrella', 'attain'], ['Stark Industries', 'attain'], ['Wayne Enterprises', 'keep'], ['Hooli', 'attain']];
  for (const [accountName, tag] of accounts) {
    await type(app, 'form[aria-label="Add an account"] input[type=text]', accountName);
    await (await app.$('form[aria-label="Add an account"] select')).selectByAttribute('value', tag);
    await click(app, 'button=Add account');
    await waitForText(app, '.columns', accountName);
  }
  const split = { time: [30, 40, 10, 20], income: [45, 25, 10, 20] };
  for (const [row, label] of [['time', 'Time'], ['income', 'Income']]) {
    for (const [i, c] of ['Keep', 'Attain', 'Recapture', 'Expand'].entries()) {
      const input = await app.$(`input[aria-label="${label} share for ${c}"]`);
      await input.setValue(String(split[row][i]));
    }
  }
  await withNotice(app, 'Split saved.', () => click(app, 'button=Save split'));
}

/** Closes the notices on screen (an Undo stays ten seconds, longer than a picture waits). */
async function closeToasts() {
  // In the page, at once: a notice may fade between finding its button and clicking it.
  await app.execute(() => document.querySelectorAll('.toast button.close').forEach((close) => close.click()));
  await app.waitUntil(async () => (await app.$$('.toast')).length === 0, WAIT);
}

/** A few things in the trash: an action item, an account, a candidate, and the agenda as it was before an edit. */
async function fillTrash() {
  await repTab('Ada Lovelace', 'One-on-ones');
  await withNotice(app, 'Moved to the trash', () => click(app, 'button[aria-label="Delete “Share the pricing one-pager”"]'));
  await repTab('Ada Lovelace', 'Accounts');
  await withNotice(app, 'Moved to the trash', () => click(app, 'button[aria-label="Remove Hooli"]'));
  await openPerson('Frances Allen');
  await click(app, 'button=Delete…');
  await (await app.$('[role=alertdialog]')).waitForDisplayed(WAIT);
  await withNotice(app, 'Moved to the trash', () => click(app, 'button=Delete Frances Allen'));
  await (await app.$('h1=Candidates')).waitForDisplayed(WAIT);
  await go(app, '#/settings');
  await click(app, '=Weekly one-on-one');
  await (await app.$('#agenda-name')).waitForDisplayed(WAIT);
  await type(app, '#agenda-sections-0-prompt', 'What went well this week, and why?');
  await withNotice(app, 'Agenda saved', () => click(app, 'button=Save agenda'));
  await (await app.$('h1=Settings')).waitForDisplayed(WAIT);
  await closeToasts();
}

/** A rep's own workspace, on a fresh file: what the rep sees. */
/** The workspace file's own pages: a damaged workspace, and a protected one asking for its passphrase. */
async function fileTour() {
  const damaged = freshDatabase();
  const bytes = Buffer.alloc(5 * 4096, 0xa5);
  bytes.fill(0, 0, 100);
  bytes.write('SQLite format 3\0', 0, 'latin1');
  bytes.writeUInt16BE(4096, 16);
  bytes.set([1, 1, 0, 64, 32, 32], 18);
  for (const [at, value] of [[24, 1], [28, 5], [44, 4], [56, 1], [60, 8], [68, 0x43424b31], [92, 1], [96, 3046000]]) bytes.writeUInt32BE(value, at);
  writeFileSync(damaged, bytes);
  app = await openAppShowing(damaged, 'h1=This workspace is damaged');
  try {
    await shoot('failure-page');
  } finally {
    await closeApp(app);
  }
  const locked = freshDatabase();
  app = await openApp(locked);
  try {
    await addPerson(app, 'rep', { name: 'Ada Lovelace' });
    await go(app, '#/settings');
    await type(app, '#pass-new', 'correct horse battery');
    await type(app, '#pass-again', 'correct horse battery');
    await scrollTo('#protection-title');
    await click(app, 'button=Protect with a passphrase');
    await (await app.$('button=Change passphrase')).waitForDisplayed({ timeout: 20_000 });
  } finally {
    await closeApp(app);
  }
  app = await openAppShowing(locked, 'h1=This workspace is protected');
  try {
    await type(app, '#passphrase', 'not the passphrase');
    await click(app, 'button=Unlock');
    await (await app.$('#passphrase-error')).waitForDisplayed(WAIT);
    await shoot('unlock');
  } finally {
    await closeApp(app);
  }
}

async function repWorkspaceTour() {
  app = await openApp(freshDatabase());
  try {
    await go(app, '#/settings');
    await type(app, '#settings-myName', 'Ada Lovelace');
    await click(app, 'button=Make it my own');
    await (await app.$('h1=Ada Lovelace')).waitForDisplayed(WAIT);
    await goalsFor('Ada Lovelace', { agree: false });
    await kpisFor('Ada Lovelace');
    await clickText(app, 'nav[aria-label=Places] a', 'My review');
    await (await app.$('[data-testid=storm-warning]')).waitForDisplayed(WAIT);
    await chartsDrawn();
    await shoot('rep-workspace-review');
  } finally {
    await closeApp(app);
  }
}

mkdirSync(outDir, { recursive: true });
await startDriver();
if (process.argv.includes('--rep-workspace')) {
  await repWorkspaceTour();
  stopDriver();
  process.exit(0);
}
if (process.argv.includes('--links')) {
  await linksTour(shoot);
  stopDriver();
  process.exit(0);
}
app = await openApp(freshDatabase());
try {
  await shoot('today-empty');
  await go(app, '#/team');
  await (await app.$('h2=Your team is empty')).waitForDisplayed(WAIT);
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
    if (stage !== 'applied') {
      await (await app.$('#stage')).selectByAttribute('value', stage);
      await waitForText(app, '.subtitle', stageLabels[stage]);
    }
  }

  // A month of one-on-ones and feedback for the team of five.
  await setCadence('Ada Lovelace', 'weekly', 35);
  await setCadence('Grace Hopper', 'biweekly', 35);
  await setCadence('Katherine Johnson', 'weekly', 35);
  await setCadence('Alan Turing', 'weekly', 35);
  await setCadence('Hedy Lamarr', 'weekly', 20);
  await holdMeeting('Ada Lovelace', 28, {
    notes: { 0: 'Closed the Acme renewal after a tough procurement round.', 2: 'Discovery: ask two open questions before showing anything.' },
    actions: ['Send Acme the procurement checklist', 'Book a role play on budget questions'],
  });
  await holdMeeting('Ada Lovelace', 21, { notes: { 0: 'Two first meetings booked from cold calls.' }, closeCarried: false });
  await holdMeeting('Ada Lovelace', 14, { notes: { 1: 'Energy dipped mid-week; her move is stressful.' }, actions: ['Share the pricing one-pager'] });
  await holdMeeting('Ada Lovelace', 7, {
    notes: { 0: 'Globex pilot signed.', 4: 'Calls 52 against a plan of 60; meetings on plan.' },
    actions: ['Intro to our CTO for the Globex follow-up'],
  });
  for (const ago of [30, 16, 2]) {
    await holdMeeting('Grace Hopper', ago, { notes: { 0: 'Mentored Hedy on voicemail scripts.' } });
  }
  for (const ago of [28, 21, 14, 7]) {
    await holdMeeting('Katherine Johnson', ago, { notes: { 4: 'Outreach steady at 80 a day.' } });
  }
  await holdMeeting('Alan Turing', 24, { notes: { 0: 'Strong demo to Initech.' }, actions: ['Draft the Initech proposal'] });
  await logFeedback('Ada Lovelace', 20, 'positive', 'Asked about budget in the first five minutes', {
    situation: 'Discovery call with Globex', result: 'They named a range and the decision maker', tags: 'discovery, budget',
  });
  await logFeedback('Ada Lovelace', 9, 'constructive', 'Talked over the buyer when the price came up', {
    situation: 'Globex pricing call', result: 'The buyer went quiet and asked for time', tags: 'listening',
  });
  await logFeedback('Ada Lovelace', 3, 'positive', 'Paused after naming the price and let the buyer answer', {
    situation: 'Globex follow-up', result: 'Pilot signed at list price', tags: 'listening, negotiation',
  });
  await logFeedback('Grace Hopper', 6, 'positive', 'Coached Hedy through her first voicemail script', { tags: 'leadership' });
  await logFeedback('Katherine Johnson', 12, 'positive', 'Kept outreach steady through a quiet week', { tags: 'consistency' });
  await logFeedback('Alan Turing', 18, 'constructive', 'Sent the proposal before confirming the decision maker', { tags: 'qualification' });
  await logFeedback('Alan Turing', 4, 'constructive', 'Skipped the recap email after the demo', { tags: 'follow-up' });

  await go(app, '#/team');
  await (await app.$('[data-testid=team-summary]')).waitForDisplayed(WAIT);
  await shoot('team-routine');
  await repTab('Ada Lovelace', 'One-on-ones');
  await (await app.$('[data-testid=one-on-one-status]')).waitForDisplayed(WAIT);
  await shoot('rep-one-on-ones');
  await holdMeeting('Ada Lovelace', 0, { notes: { 0: 'Started the Umbrella evaluation.' } });
  await app.execute(() => window.scrollTo(0, 0));
  await shoot('meeting');
  await repTab('Ada Lovelace', 'Feedback');
  await (await app.$('.balance')).waitForDisplayed(WAIT);
  await shoot('rep-feedback');
  await app.keys(['Control', 'Shift', 'f']);
  await (await app.$('[role=dialog]')).waitForDisplayed(WAIT);
  await type(app, '#capture-behaviour', 'Asked for the referral right after the customer praised the rollout');
  await type(app, '#capture-tags', 'referrals');
  await shoot('quick-capture');
  await app.keys('Escape');
  await go(app, '#/search');
  await type(app, '#search-text', 'globex');
  await waitForText(app, '.hits', 'Globex');
  await shoot('search');
  await go(app, '#/settings');
  await click(app, '=Weekly one-on-one');
  await (await app.$('#agenda-name')).waitForDisplayed(WAIT);
  await shoot('agenda-editor');

  // Ada's goal, plan, KPIs and accounts, and her review.
  await goalsFor('Ada Lovelace');
  await shoot('rep-goals');
  await scrollTo('#grid-heading');
  await shoot('rep-plan-actuals');
  await kpisFor('Ada Lovelace');
  await shoot('rep-kpis');
  await accountsFor('Ada Lovelace');
  await shoot('rep-accounts');
  await repTab('Ada Lovelace', 'Review');
  await (await app.$('[data-testid=storm-warning]')).waitForDisplayed(WAIT);
  await chartsDrawn();
  await shoot('rep-review');
  await openPerson('Ada Lovelace');
  await (await app.$('h2=Details')).waitForDisplayed(WAIT);
  await shoot('rep-overview');
  await repTab('Ada Lovelace', 'Goals & plan');
  await (await app.$('#skill-check')).waitForDisplayed(WAIT);
  await scrollTo('#skill-check');
  await shoot('rep-skill-check');

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

  await go(app, '#/today');
  await (await app.$('h2=One-on-ones due this week')).waitForDisplayed(WAIT);
  await shoot('today');
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
  await fillTrash();
  await go(app, '#/settings');
  await (await app.$('h2=Data file')).waitForDisplayed(WAIT);
  await shoot('settings');
  await scrollTo('#backups-title');
  await click(app, 'button=Back up now');
  await app.waitUntil(async () => (await app.$$('section[aria-labelledby="backups-title"] tbody tr')).length > 0, WAIT);
  await scrollTo('#backups-title');
  await shoot('settings-backups');
  await waitForText(app, 'section[aria-labelledby="trash-title"]', 'Earlier agenda');
  await scrollTo('#trash-title');
  await shoot('settings-trash');
  await scrollTo('#protection-title');
  await shoot('settings-passphrase');
  // The dark theme, as the OS would ask for it.
  await app.execute(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await go(app, '#/today');
  await (await app.$('h2=One-on-ones due this week')).waitForDisplayed(WAIT);
  await shoot('today-dark');
  await app.execute(() => document.documentElement.removeAttribute('data-theme'));
} finally {
  await closeApp(app);
}
await fileTour();
await repWorkspaceTour();
await linksTour(shoot);
stopDriver();
