// Small helpers for driving Coachbook's screens in end-to-end tests and tours.
// Each waits for something on screen (a page's heading, a chosen score, a
// notice, a stored value), never for a fixed time.
export const WAIT = { timeout: 10_000 };
/** Only where nothing can be observed; say why where it is used. */
export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Goes to a place by its hash, as a link would, and waits for its page: a new heading, nothing loading. */
export async function go(app, hash) {
  await app.execute((h) => {
    const leaving = document.querySelector('main h1');
    const before = window.location.hash;
    window.location.hash = h;
    // Mark the page being left, so the wait below sees the new one.
    if (window.location.hash !== before) leaving?.setAttribute('data-left', '');
  }, hash);
  await app.waitUntil(
    () =>
      app.execute(() => {
        const heading = document.querySelector('main h1');
        return !!heading && !heading.hasAttribute('data-left') && !document.querySelector('main [aria-busy="true"]');
      }),
    { ...WAIT, timeoutMsg: `${hash} did not open` },
  );
}

export async function click(app, selector) {
  const element = await app.$(selector);
  await element.waitForClickable(WAIT);
  await element.click();
}

export async function type(app, selector, value) {
  const element = await app.$(selector);
  await element.waitForDisplayed(WAIT);
  await element.setValue(value);
}

/** Sets a date input's ISO value directly (WebKit's widget takes keys in locale order). */
export async function setDate(app, selector, iso) {
  const input = await app.$(selector);
  await input.waitForDisplayed(WAIT);
  await app.execute((el, v) => {
    el.value = v;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('blur'));
  }, input, iso);
}

export async function waitForText(app, selector, text) {
  await app.waitUntil(async () => {
    const element = await app.$(selector);
    return (await element.isExisting()) && (await element.getText()).includes(text);
  }, { ...WAIT, timeoutMsg: `"${text}" did not appear in ${selector}` });
}

/** Does `action`, then waits for the notice it brings: a toast reading `text` that was not there before. */
export async function withNotice(app, text, action) {
  await app.execute(() => document.querySelectorAll('.toast').forEach((toast) => toast.setAttribute('data-seen', '')));
  await action();
  await app.waitUntil(
    () => app.execute((t) => [...document.querySelectorAll('.toast:not([data-seen])')].some((toast) => toast.textContent.includes(t)), text),
    { ...WAIT, timeoutMsg: `no notice reading "${text}"` },
  );
}

export async function setAssessor(app, name) {
  await go(app, '#/settings');
  await type(app, '#settings-assessor', name);
  await withNotice(app, 'Saved.', () => click(app, 'button=Save'));
}

/** Adds a person through the form and waits for their page. */
export async function addPerson(app, role, fields) {
  await go(app, role === 'rep' ? '#/team/new' : '#/candidates/new');
  for (const [id, value] of Object.entries(fields)) {
    if (id === 'startDate') await setDate(app, '#person-startDate', value);
    else await type(app, `#person-${id}`, value);
  }
  await click(app, 'button=Save');
  await (await app.$(`h1=${fields.name}`)).waitForDisplayed(WAIT);
}

/** Scores the criterion rows in order with the keyboard: focus a row, press its digit, see the level chosen. */
export async function scoreRows(app, scores) {
  const row = async (i) => (await app.$$('[data-criterion-row]'))[i];
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] === null) continue;
    const level = String(scores[i]);
    await (await row(i)).click();
    await app.keys(level);
    // The chosen level comes from the scorecard the backend saved.
    await app.waitUntil(
      async () => {
        const chosen = await (await row(i)).$('[role=radio][aria-checked="true"]');
        return (await chosen.isExisting()) && (await chosen.getText()).trim() === level;
      },
      { ...WAIT, timeoutMsg: `criterion ${i + 1} was not scored ${level}` },
    );
  }
  await waitForText(app, '.saved', 'Saved');
}

/**
 * Types a number into a weekly grid cell (an element or a selector), moves
 * on, and waits until it is stored: the KPI's chart lists it, or the plan's
 * cell is coloured against its target.
 */
export async function fillCell(app, cell, value) {
  const input = typeof cell === 'string' ? await app.$(cell) : cell;
  await input.waitForDisplayed(WAIT);
  await input.click();
  await input.setValue(value);
  await app.keys('Tab');
  await app.waitUntil(() => app.execute(cellStored, input, value), { ...WAIT, timeoutMsg: `${value} was not stored` });
}

// Runs in the page. A cell's label is "<KPI or activity>, <week>" (the week as
// "w/c 16 Nov", which may hold a comma of its own: "w/c Nov 16, 2025"); a KPI's
// chart describes itself as "<KPI> by week: <week> <value>; …" (a ratio as a percentage).
function cellStored(input, value) {
  const label = input.getAttribute('aria-label');
  const name = label.slice(0, label.indexOf(', '));
  const week = label.slice(name.length + 2);
  const chart = [...document.querySelectorAll('.kpi-chart')].find((f) => f.querySelector('figcaption strong')?.textContent === name);
  if (!chart) return /\b(met|near|short)\b/.test(input.closest('td').className);
  const points = chart.querySelector('[role=img]').getAttribute('aria-label').split(': ')[1].split('; ');
  const stored = points.find((p) => p.startsWith(`${week} `))?.slice(week.length + 1);
  // The value as the locale writes it: group separators, a "%" and spaces go.
  return stored !== undefined && Number(stored.replace(/[^\d.-]/g, '')) === Number(value);
}

/** Starts a scorecard from a person's page for the rubric whose option starts with `rubricName`. */
export async function startScorecard(app, rubricName, assessor) {
  const select = await app.$('#start-rubric');
  await select.waitForDisplayed(WAIT);
  const options = await select.$$('option');
  for (const option of options) {
    if ((await option.getText()).startsWith(rubricName)) {
      await select.selectByAttribute('value', await option.getAttribute('value'));
      break;
    }
  }
  if (assessor) await type(app, '#start-assessor', assessor);
  await click(app, 'form.start button[type=submit]');
  await (await app.$(`h1=${rubricName}`)).waitForDisplayed(WAIT);
}

/** Clicks the element matching `css` whose text is exactly `text`. */
export async function clickText(app, css, text) {
  await app.waitUntil(async () => {
    for (const element of await app.$$(css)) {
      if ((await element.getText()).trim() === text) {
        await element.click();
        return true;
      }
    }
    return false;
  }, { ...WAIT, timeoutMsg: `no ${css} reading "${text}"` });
}

/** The texts of a table row's cells. */
export async function cellTexts(row) {
  const texts = [];
  for (const cell of await row.$$('th, td')) texts.push((await cell.getText()).trim());
  return texts;
}

export async function recommend(app, label) {
  await clickText(app, '.recommendation button', label);
  await waitForText(app, '.saved', 'Saved');
}

export async function submitScorecard(app) {
  await click(app, 'button=Submit scorecard');
  await waitForText(app, '.badge.locked', 'Submitted');
}

/** Shows the light or dark theme whatever the OS prefers (data-theme on <html>), and waits until the page has it. */
export async function setTheme(app, theme) {
  await app.execute((t) => {
    document.documentElement.dataset.theme = t;
  }, theme);
  // The root's color-scheme follows the theme (where the engine knows the property).
  await app.waitUntil(() => app.execute((t) => [undefined, t].includes(getComputedStyle(document.documentElement).colorScheme), theme), {
    ...WAIT,
    timeoutMsg: `the ${theme} theme did not apply`,
  });
}

/** The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA, as axe-core tags them. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let axeSource = null;

/**
 * Runs axe-core over the page as it is now (injected once per page) and
 * returns its violations: each rule's id, impact and help, with the nodes
 * (CSS targets, a piece of their HTML, what fails).
 */
export async function axeAudit(app, tags = WCAG_AA) {
  axeSource ??= (await import('axe-core')).default.source;
  if (!(await app.execute(() => typeof window.axe === 'object'))) await app.execute(axeSource);
  await app.setTimeout({ script: 60_000 });
  const result = await app.executeAsync((runOnly, done) => {
    window.axe
      .run(document, { runOnly, resultTypes: ['violations'] })
      .then((r) =>
        done({
          violations: r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 240), summary: n.failureSummary })),
          })),
        }),
      )
      .catch((e) => done({ error: String((e && e.stack) || e) }));
  }, tags);
  if (result.error) throw new Error(`axe-core could not run: ${result.error}`);
  return result.violations;
}

/** axe-core's violations as lines to read: rule, impact, what it asks, then each node's target and failure. */
export function describeViolations(violations) {
  return violations
    .flatMap((v) => [
      `${v.id} (${v.impact}): ${v.help}`,
      ...v.nodes.flatMap((n) => [`    ${n.target.join(' ')}`, `      ${n.html}`, ...(n.summary ?? '').split('\n').map((l) => `      ${l}`)]),
    ])
    .join('\n');
}

/**
 * The first-run checklist on Today as `{ name, reps, kpi, rubric }`, each
 * "Done" or "To do"; waits until the checklist is on screen.
 */
export async function firstRunSteps(app) {
  let steps = null;
  await app.waitUntil(
    async () => {
      steps = await app.execute(() => {
        const items = [...document.querySelectorAll('.first-run [data-step]')];
        if (items.length === 0) return null;
        return Object.fromEntries(items.map((li) => [li.dataset.step, li.querySelector('.state')?.textContent.trim()]));
      });
      return steps !== null;
    },
    { ...WAIT, timeoutMsg: 'the first-run checklist did not appear on Today' },
  );
  return steps;
}

/** Clicks a control low on a long page: brought to the middle first, clear of notices. */
export async function clickCentred(app, selector) {
  const element = await app.$(selector);
  await element.waitForDisplayed(WAIT);
  await element.scrollIntoView({ block: 'center' });
  await element.waitForClickable(WAIT);
  await element.click();
}
