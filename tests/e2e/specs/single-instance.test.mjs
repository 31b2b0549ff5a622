// One window per workspace file: a second launch on a file that is already
// open hands over to the running app and exits; a launch on another file
// opens its own window. Runs the binary directly on a private D-Bus session
// (the plugin that hands over talks D-Bus on Linux), no WebDriver needed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { appBinary, freshDatabase } from '../lib/app.mjs';

let bus = null;
const running = [];

function busNames() {
  const out = spawnSync('dbus-send', ['--session', '--print-reply', '--dest=org.freedesktop.DBus', '/', 'org.freedesktop.DBus.ListNames'], {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address },
    encoding: 'utf8',
  });
  return [...out.stdout.matchAll(/string "([^"]+)"/g)].map((m) => m[1]).filter((n) => n.includes('SingleInstance'));
}

async function waitFor(check, ms, what) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function launch(db) {
  const child = spawn(appBinary, ['--db', db], {
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: bus.address },
    stdio: 'ignore',
  });
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));
  running.push(child);
  return { child, exited };
}

before(() => {
  const daemon = spawnSync('dbus-daemon', ['--session', '--fork', '--print-address=1', '--print-pid=1'], { encoding: 'utf8' });
  const [address, pid] = daemon.stdout.trim().split('\n');
  assert.ok(address?.startsWith('unix:'), `a private D-Bus session: ${daemon.stderr}`);
  bus = { address, pid: Number(pid) };
});

after(() => {
  for (const child of running) child.kill();
  if (bus?.pid) process.kill(bus.pid);
});

test('a second launch on an open workspace hands over and exits; another workspace opens beside it', async () => {
  const first = freshDatabase();
  launch(first);
  const [firstName] = await waitFor(() => busNames().length === 1 && busNames(), 30_000, 'the first window to claim its file');

  const again = launch(first);
  const code = await Promise.race([again.exited, new Promise((r) => setTimeout(() => r('still running'), 20_000).unref())]);
  assert.equal(code, 0, 'the second launch on the same file exits cleanly after handing over');
  assert.deepEqual(busNames(), [firstName], 'and the first window keeps its file');

  const other = launch(freshDatabase());
  const names = await waitFor(() => busNames().length === 2 && busNames(), 30_000, 'a window for the other file');
  assert.ok(names.includes(firstName));
  assert.equal(other.child.exitCode, null, 'a launch on another file stays open');
});
