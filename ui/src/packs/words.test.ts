import { describe, expect, test } from 'vitest';
import { appliedPack, conflict, link, sentPack } from '../test/fixtures';
import { broughtLine, conflictTitle, describeLink, keptLine, linkStatus, sentLine, syncLines } from './words';

describe('links in words', () => {
  test('each kind of link says what the other side is', () => {
    expect(describeLink(link())).toBe("Ada Lovelace's own workspace");
    expect(describeLink(link({ peerRole: 'manager', peerName: 'Mia', personName: null }))).toBe('Your manager Mia');
    expect(describeLink(link({ peerRole: 'assessor', peerName: 'Ben', assessor: 'Ben', candidates: ['Cy', 'Dee'] }))).toBe(
      'Assessor Ben (panel: Cy, Dee)',
    );
    expect(describeLink(link({ peerRole: 'lead', peerName: 'Lee' }))).toBe('Hiring lead Lee');
  });

  test('the packs each way, and whether the other side has answered', () => {
    expect(linkStatus(link())).toBe('2 packs sent, 1 received · answered');
    expect(linkStatus(link({ answered: false, packsSent: 1, packsReceived: 0 }))).toBe('1 pack sent, 0 received · waiting for their first pack');
  });
});

describe('packs in words', () => {
  test('what a pack brought, from whom', () => {
    expect(broughtLine(appliedPack())).toBe('Brought: 1 one-on-one, 2 shared notes from Mia.');
    expect(broughtLine(appliedPack({ lines: [] }))).toBe('Nothing new from Mia.');
    expect(broughtLine(appliedPack({ alreadyApplied: true }))).toBe('This pack from Mia was opened before: nothing changed.');
  });

  test('what went out', () => {
    expect(sentLine(sentPack(), 'Ada Lovelace')).toBe('Sent to Ada Lovelace: 2 shared notes.');
    expect(sentLine(sentPack({ lines: [] }), 'Mia')).toBe('Sent to Mia: nothing new yet, only that this workspace is linked.');
  });

  test('a Sync now in lines: brought, sent, problems; or nothing new', () => {
    const report = {
      applied: [appliedPack(), appliedPack({ id: 'old', alreadyApplied: true })],
      written: [sentPack()],
      problems: ['coachbook-a-b-000004.cbpack: This pack is damaged.'],
    };
    expect(syncLines(report, [link()])).toEqual([
      'Brought: 1 one-on-one, 2 shared notes from Mia.',
      'Sent to Ada Lovelace: 2 shared notes.',
      'Not opened: coachbook-a-b-000004.cbpack: This pack is damaged.',
    ]);
    expect(syncLines({ applied: [], written: [], problems: [] }, [])).toEqual(['Nothing new.']);
  });
});

describe('conflicts in words', () => {
  test('what, from whom, and which version is in place', () => {
    expect(conflictTitle(conflict())).toBe('An action item from Ada Lovelace');
    expect(keptLine(conflict())).toBe('Kept: yours — the later change');
    expect(keptLine(conflict({ kept: 'theirs' }))).toBe('Kept: theirs — the later change');
    expect(keptLine(conflict({ kind: 'deleted_here' }))).toBe('Kept: yours — it stays deleted');
    expect(keptLine(conflict({ kind: 'refused' }))).toBe('Kept: yours — theirs could not be put in');
  });
});
