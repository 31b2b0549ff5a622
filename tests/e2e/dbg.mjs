import { closeApp, freshDatabase, openApp, startDriver, stopDriver } from '/work/main/tests/e2e/lib/app.mjs';
await startDriver();
const app = await openApp(freshDatabase());
try {
  await (await app.$('h2=Your team is empty')).waitForDisplayed({timeout:10000}); console.log('empty shown');
  const l = await app.$('=Add your first rep'); await l.waitForClickable({timeout:10000}); await l.click();
  const name = await app.$('#person-name');
  await name.waitForDisplayed({timeout:10000});
  console.log('form');
  await (await app.$('button=Save')).click();
  console.log('clicked save');
  const e = await app.$('#person-name-error');
  await e.waitForDisplayed({timeout:10000});
  console.log('displayed');
  console.log(await e.getText());
  console.log(await name.getAttribute('aria-invalid'));
} catch (e) { console.log('ERR', e.message); }
await closeApp(app).catch(e=>console.log('close', e.message));
stopDriver();
