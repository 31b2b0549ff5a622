// Words for the skill and attitude check: skill statuses, willing/able
// judgements, and what a willing/able combination suggests doing next.
import type { Judgement, SkillStatus } from '../lib/bindings';

/** In the order a skill moves through them. */
export const statusLabels: Record<SkillStatus, string> = {
  missing: 'Missing',
  trained: 'Trained',
  observed: 'Observed',
};

export const statusHints: Record<SkillStatus, string> = {
  missing: 'Not trained yet',
  trained: 'Trained, not yet seen on the job',
  observed: 'Seen done well on the job',
};

export const statuses = Object.keys(statusLabels) as SkillStatus[];

export const judgementLabels: Record<Judgement, string> = { yes: 'Yes', no: 'No', unsure: 'Unsure' };

export const judgements = Object.keys(judgementLabels) as Judgement[];

/** "Willing: yes · Able: no". */
export function describeAttitude(willing: Judgement, able: Judgement): string {
  return `Willing: ${judgementLabels[willing].toLowerCase()} · Able: ${judgementLabels[able].toLowerCase()}`;
}

/** What a willing/able judgement suggests the manager does, in plain words. */
export function suggestion(willing: Judgement, able: Judgement): string {
  const key = `${willing}/${able}` as const;
  switch (key) {
    case 'yes/yes':
      return 'Willing and able: coach to stretch them, with a bigger goal or harder accounts.';
    case 'yes/no':
      return 'Willing, not able yet: train the skill, then practise it in role plays.';
    case 'no/yes':
      return 'Able, not willing: find what motivates them; start from their personal goal.';
    case 'no/no':
      return 'Neither willing nor able: time for a frank conversation about the job.';
    case 'yes/unsure':
      return 'Willing; whether able is not clear yet: watch them do it (a role play or a call) to find out.';
    case 'unsure/yes':
      return 'Able; whether willing is not clear yet: ask what they want from the job, and listen.';
    case 'no/unsure':
      return 'Not willing, and ability unclear: start with what motivates them; the skill can wait.';
    case 'unsure/no':
      return 'Not able yet, willingness unclear: offer training and see whether they take it up.';
    case 'unsure/unsure':
      return 'Not clear yet: gather the facts (watch a call, run a role play) before judging.';
  }
}
