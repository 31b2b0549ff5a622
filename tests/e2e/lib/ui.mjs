// Small helpers for driving Coachbook's screens in end-to-end tests and tours.
export const WAIT = { timeout: 10_000 };
export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Goes to a place by its hash, as a link would. */
export async function go(app, hash) {
  await app.execute((h) => (window.location.hash = h), hash);
  await pause(250);
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

export async function setAssessor(app, name) {
  await go(app, '#/settings');
  await type(app, '#settings-assessor', name);
  await click(app, 'button=Save');
  await pause(300);
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

/** Scores the criterion rows in order with the keyboard: focus a row, press its digit. */
export async function scoreRows(app, scores) {
  const rows = await app.$$('[data-criterion-row]');
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] === null) continue;
    await rows[i].click();
    await app.keys(String(scores[i]));
    await pause(120);
  }
  await waitForText(app, '.saved', 'Saved');
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
