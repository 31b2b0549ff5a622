// The screen benchmark: opens the release app in a real window (WebDriver, as
// the e2e tests do) on an empty workspace and on the large benchmark
// workspace, visits every place several times and prints, per place, the
// p50 and max time from setting the route to the page settled (no busy
// marker, the page's text unchanged for two frames), side by side.
// A benchmark, not a test: it is not in `npm test`. See docs/benchmarks.md.
//
//   cargo bench --bench large_workspace        # makes target/bench/large-workspace.sqlite3 once
//   bash .ci/package                           # or any release build of the app
//   cd tests/e2e && xvfb-run -a --server-args="-screen 0 1280x800x24" node bench-screens.mjs [runs]
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// Set before the harness loads: it reads the binary's path once.
process.env.COACHBOOK_BIN ??= join(repoRoot, 'target/release/coachbook');
const { startDriver, stopDriver, freshDatabase } = await import('./lib/app.mjs');

const RUNS = Number(process.argv[2] ?? 15);
const LARGE = join(repoRoot, 'target/bench/large-workspace.sqlite3');
const PORT = Number(process.env.TAURI_DRIVER_PORT ?? 4444);

/** In the page: sets the route, then waits for it to settle; returns ms from the route to the last change. */
async function settle(app, route, action) {
  return app.executeAsync(
    (route, action, done) => {
      const started = performance.now();
      const text = () => (document.querySelector('main') ?? document.body).innerText;
      let last = null;
      let changedAt = started;
      let stable = 0;
      const frame = () => {
        const now = performance.now();
        const busy = document.querySelector('[aria-busy="true"]');
        const current = text();
        if (current !== last) {
          last = current;
          changedAt = now;
          stable = 0;
        } else if (!busy) {
          stable += 1;
        }
        if ((stable >= 2 && !busy) || now - started > 15000) done(changedAt - started);
        else requestAnimationFrame(frame);
      };
      if (action === 'type') {
        const input = document.querySelector('#search-text');
        input.value = 'negotiation';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else {
        window.location.hash = route;
      }
      requestAnimationFrame(frame);
    },
    route,
    action ?? null,
  );
}

async function invoke(app, command, args) {
  return app.executeAsync((command, args, done) => {
    window.__TAURI_INTERNALS__.invoke(command, args).then(done, (e) => done({ error: e }));
  }, command, args);
}

/** The rep, meeting, candidate and scorecard the places show: found in the large workspace, made in the empty one. */
async function subjects(app, large) {
  if (large) {
    const rep = '00000000-0000-7000-8000-000000000007';
    const meetings = await invoke(app, 'list_meetings', { personId: rep });
    const people = await invoke(app, 'list_people', { query: { list: 'candidates', search: 'Bench Candidate', stage: null, opening: null, archived: false, limit: null, offset: null } });
    const candidate = people.items[0]?.id;
    if (!candidate) throw new Error('Run `cargo bench --bench large_workspace` first: it adds the bench candidate.');
    const cards = await invoke(app, 'person_scorecards', { personId: candidate });
    return { rep, meeting: meetings[0].id, candidate, scorecard: cards.scorecards[0].id };
  }
  const rep = await invoke(app, 'create_person', { role: 'rep', fields: { name: 'Ada Lovelace', email: null, title: null, startDate: null, notes: null, opening: null } });
  const meeting = await invoke(app, 'hold_meeting', { personId: rep.id, heldOn: '2026-11-23' });
  const candidate = await invoke(app, 'create_person', { role: 'candidate', fields: { name: 'Cy Young', email: null, title: null, startDate: null, notes: null, opening: 'Account Executive' } });
  // The same candidate as the large workspace's: three assessors' submitted
  // presentation scorecards, so the two pages show the same things.
  const rubric = (await invoke(app, 'list_rubrics', { archived: false })).find((r) => r.name === 'Eight-minute presentation');
  const cards = [];
  for (const [i, assessor] of ['Mo', 'Lee', 'Sam'].entries()) {
    const card = await invoke(app, 'start_scorecard', { input: { personId: candidate.id, rubricId: rubric.id, assessor, scoredOn: null } });
    for (const c of card.rubric.criteria) {
      await invoke(app, 'set_score', { id: card.id, input: { round: 1, criterionId: c.id, score: 2 + i, note: '' } });
    }
    await invoke(app, 'record_duration', { id: card.id, seconds: 470 + 20 * i });
    const details = { assessor, scoredOn: card.scoredOn, recommendation: 'yes', takeaways: 'Clear structure, good questions.', material: '' };
    await invoke(app, 'update_scorecard', { id: card.id, details });
    cards.push(await invoke(app, 'submit_scorecard', { id: card.id }));
  }
  if (cards.some((c) => c.error)) throw new Error(`Could not make the bench candidate: ${JSON.stringify(cards.find((c) => c.error))}`);
  return { rep: rep.id, meeting: meeting.id, candidate: candidate.id, scorecard: cards[0].id };
}

function places(s) {
  const person = (tab) => `#/people/${s.rep}${tab ? `/${tab}` : ''}`;
  return [
    ['Today', '#/today'],
    ['Team', '#/team'],
    ['Candidates', '#/candidates'],
    ['Rubrics', '#/rubrics'],
    ['Search', '#/search'],
    ['Search: typing a query', '#/search', 'type'],
    ['Settings', '#/settings'],
    ['Rep: overview', person(null)],
    ['Rep: review', person('review')],
    ['Rep: one-on-ones', person('one-on-ones')],
    ['Rep: feedback', person('feedback')],
    ['Rep: role plays', person('role-plays')],
    ['Rep: goals & plan', person('goals')],
    ['Rep: KPIs', person('kpis')],
    ['Rep: accounts', person('accounts')],
    ['A meeting', `#/meetings/${s.meeting}`],
    ['A candidate', `#/people/${s.candidate}`],
    ['A scorecard', `#/scorecards/${s.scorecard}`],
  ];
}

async function measure(dbPath, large) {
  const launched = performance.now();
  const app = await remote({
    hostname: '127.0.0.1',
    port: PORT,
    logLevel: 'error',
    capabilities: { 'wdio:enforceWebDriverClassic': true, 'tauri:options': { application: process.env.COACHBOOK_BIN, args: ['--db', dbPath] } },
  });
  try {
    await (await app.$('nav[aria-label="Places"]')).waitForDisplayed({ timeout: 120_000 });
    await settle(app, '#/today');
    const coldStart = performance.now() - launched;
    // A large file is checked on a thread of its own after opening (about 4 s
    // of one core). The visits are timed after it, in the steady state.
    let check = await invoke(app, 'workspace_integrity');
    while (check.state === 'unchecked') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      check = await invoke(app, 'workspace_integrity');
    }
    const checkedAfter = performance.now() - launched;
    const s = await subjects(app, large);
    const list = places(s);
    const times = new Map(list.map(([name]) => [name, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const [name, route, action] of list) {
        if (!action) await settle(app, '#/blank-between-places');
        times.get(name).push(await settle(app, route, action));
      }
    }
    return { coldStart, checkedAfter, times };
  } finally {
    await app.deleteSession();
  }
}

const stat = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return { p50: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] };
};

if (!existsSync(LARGE)) throw new Error(`No ${LARGE}: run \`cargo bench --bench large_workspace\` first.`);
const largeCopy = join(mkdtempSync(join(tmpdir(), 'coachbook-bench-')), 'large.sqlite3');
copyFileSync(LARGE, largeCopy); // the app may write (housekeeping); the bench's file stays as generated
await startDriver();
try {
  const empty = await measure(freshDatabase(), false);
  const large = await measure(largeCopy, true);
  console.log(`\nScreens, ${RUNS} visits each (ms from setting the route to the page settled):\n`);
  console.log('| place | empty p50 | empty max | large p50 | large max | large/empty p50 |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, xs] of empty.times) {
    const e = stat(xs);
    const l = stat(large.times.get(name));
    console.log(`| ${name} | ${e.p50.toFixed(0)} | ${e.max.toFixed(0)} | ${l.p50.toFixed(0)} | ${l.max.toFixed(0)} | ${(l.p50 / Math.max(e.p50, 1)).toFixed(2)}× |`);
  }
  console.log(`\nCold start to Today settled: empty ${empty.coldStart.toFixed(0)} ms, large ${large.coldStart.toFixed(0)} ms (${(large.coldStart / empty.coldStart).toFixed(2)}×)`);
  console.log(`Background integrity check done ${(large.checkedAfter / 1000).toFixed(1)} s after launch on the large workspace (the visits were timed after it).`);
} finally {
  stopDriver();
}
