// Links, packs and conflicts in words, the same in the Settings panel, the
// pack summary and the toasts; and the signal that a pack came in or was
// undone, so every list that shows what packs did loads again.
import type { AppliedPack, Conflict, ConflictKind, Link, SentPack, SyncReport } from '../lib/bindings';
import { plural } from '../lib/format';

/** A pack was opened or undone, or a conflict settled: packs, conflicts and links load again. */
export const PACKS_CHANGED = 'coachbook:packs-changed';

/** What the other side is: "Ada's own workspace", "Your manager Mia", "Assessor Ben (panel: Cy, Dee)", "Hiring lead Lee". */
export function describeLink(link: Link): string {
  switch (link.peerRole) {
    case 'rep':
      return `${link.personName ?? link.peerName}'s own workspace`;
    case 'manager':
      return `Your manager ${link.peerName}`;
    case 'assessor': {
      const panel = link.candidates.length ? ` (panel: ${link.candidates.join(', ')})` : '';
      return `Assessor ${link.assessor ?? link.peerName}${panel}`;
    }
    case 'lead':
      return `Hiring lead ${link.peerName}`;
  }
}

/** "2 packs sent, 1 received · waiting for their first pack". */
export function linkStatus(link: Link): string {
  const counts = `${plural(link.packsSent, 'pack')} sent, ${link.packsReceived} received`;
  return `${counts} · ${link.answered ? 'answered' : 'waiting for their first pack'}`;
}

/** "Brought: 3 shared notes, 1 action item from Mia", or that it brought nothing new. */
export function broughtLine(pack: AppliedPack): string {
  if (pack.alreadyApplied) return `This pack from ${pack.from} was opened before: nothing changed.`;
  if (pack.lines.length === 0) return `Nothing new from ${pack.from}.`;
  return `Brought: ${pack.lines.join(', ')} from ${pack.from}.`;
}

/** "Sent to Ada Lovelace: 2 shared notes, 1 action item." */
export function sentLine(sent: SentPack, to: string): string {
  return `Sent to ${to}: ${sent.lines.length ? sent.lines.join(', ') : 'nothing new yet, only that this workspace is linked'}.`;
}

/** What a Sync now did, a line each: what came in, what went out, what could not be read. */
export function syncLines(report: SyncReport, links: Link[]): string[] {
  const name = (id: string) => links.find((l) => l.id === id)?.peerName ?? 'the other side';
  const lines = [
    ...report.applied.filter((p) => !p.alreadyApplied).map(broughtLine),
    ...report.written.map((s) => sentLine(s, name(s.linkId))),
    ...report.problems.map((p) => `Not opened: ${p}`),
  ];
  return lines.length ? lines : ['Nothing new.'];
}

const KIND_TEXT: Record<ConflictKind, string> = {
  both_changed: 'Changed on both sides.',
  both_added: 'Added on both sides, differently.',
  deleted_here: 'Changed there, deleted here.',
  deleted_there: 'Deleted there, changed here.',
  refused: 'Their version breaks a rule of this workspace (a duplicate name, say).',
};

export function conflictKindText(kind: ConflictKind): string {
  return KIND_TEXT[kind];
}

/** "An action item from Mia". */
export function conflictTitle(conflict: Conflict): string {
  return `${conflict.what.charAt(0).toUpperCase()}${conflict.what.slice(1)} from ${conflict.from}`;
}

/** Which version is in place, and why: "Kept: yours — the later change". */
export function keptLine(conflict: Conflict): string {
  const side = conflict.kept === 'ours' ? 'yours' : 'theirs';
  const why: Record<ConflictKind, string> = {
    both_changed: 'the later change',
    both_added: 'the later change',
    deleted_here: conflict.kept === 'ours' ? 'it stays deleted' : 'their change brought it back',
    deleted_there: conflict.kept === 'ours' ? 'your change keeps it' : 'it was deleted',
    refused: 'theirs could not be put in',
  };
  return `Kept: ${side} — ${why[conflict.kind]}`;
}
