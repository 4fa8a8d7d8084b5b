import type { Chances } from './chances.js';
import { measureChances } from './chances.js';
import type { TargetPart } from './classify.js';
import { classify } from './classify.js';
import type { EvaluationContext } from './context.js';
import type { NoteFacts } from './note.js';
import { describeVerdict } from './note.js';
import type {
  RequirementPeriod,
  RequirementUnit,
  RequirementVerdict,
} from './report-types.js';
import { hundredths } from './rule-run.js';
import type { Requirement } from './rule-schema.js';

/** A period as day numbers, with its public form. @internal */
export interface DayPeriod {
  readonly first: number;
  readonly last: number;
  readonly view: RequirementPeriod;
}

/** @internal */
export function dayPeriod(
  context: EvaluationContext,
  kind: RequirementPeriod['kind'],
  first: number,
  last: number,
  id?: string,
): DayPeriod {
  const view: RequirementPeriod = {
    kind,
    ...(id === undefined ? {} : { id }),
    start: context.dates.iso(first),
    end: context.dates.iso(last),
  };
  return { first, last, view };
}

/** The share of a period's days gone by on the evaluation day. @internal */
export function elapsedShare(period: DayPeriod, day: number): number {
  const length = period.last - period.first + 1;
  return Math.min(1, Math.max(0, (day - period.first + 1) / length));
}

/** The facts from which a verdict is settled. @internal */
export interface Tally {
  readonly rule: Requirement;
  readonly period: DayPeriod;
  readonly unit: RequirementUnit;
  readonly target: number;
  readonly progress: number;
  /** One set of chances per part of the target. */
  readonly chances: readonly Chances[];
  /** What each part still needs; the overall need when one part. */
  readonly needs: readonly number[];
  readonly elapsed: number;
  readonly chanceWord?: 'session' | 'seat';
  /** Fields written after the common ones, such as `expiresOn`. */
  readonly extra?: object;
}

/**
 * Turns a tally into a verdict: the status rules, the chances left, the
 * last chance and the note.
 *
 * @internal
 */
export function settle<O extends VerdictOwner>(
  context: EvaluationContext,
  owner: O,
  tally: Tally,
): O & RequirementVerdict {
  const short = Math.max(0, tally.target - tally.progress);
  const needed = tally.unit === 'credits' ? hundredths(short) : short;
  const parts: TargetPart[] = [];
  let sessionsLeft = 0;
  let selfPaced = false;
  let lastChance: number | undefined;

  tally.chances.forEach((chances, p) => {
    const need = tally.needs[p] ?? needed;
    const measured = measureChances(chances, need);
    parts.push({ needed: need, left: measured.left });
    sessionsLeft += measured.count;
    selfPaced ||= chances.openUntil !== undefined;
    if (need > 0 && measured.lastChance !== undefined) {
      lastChance = Math.min(lastChance ?? Infinity, measured.lastChance);
    }
  });
  if (parts.length === 0) parts.push({ needed, left: 0 });

  const status = classify(tally.target, tally.progress, parts, tally.elapsed);
  const note = noteFor(context, {
    status,
    unit: tally.unit,
    periodKind: tally.period.view.kind,
    target: tally.target,
    progress: tally.progress,
    needed,
    sessionsLeft,
    chanceWord: tally.chanceWord ?? 'session',
    selfPaced,
    lastChance: needed > 0 ? lastChance : undefined,
  });
  const showLast =
    needed > 0 && status !== 'behind' && lastChance !== undefined;
  // One object per verdict, a literal of fixed shape and then a few
  // fields more: a report holds a quarter of a million, and a spread
  // first would leave no room in the object for the fields after it.
  const verdict: Record<string, unknown> = {
    ruleId: tally.rule.id,
    kind: tally.rule.kind,
    status,
    period: tally.period.view,
    unit: tally.unit,
    target: tally.target,
    progress: tally.progress,
    needed,
    sessionsLeft,
    selfPaced,
    note,
  };
  addOwner(verdict, owner);
  if (showLast) verdict['lastChance'] = context.dates.iso(lastChance as number);
  if (tally.extra !== undefined) Object.assign(verdict, tally.extra);
  // The fields above are exactly those of a RequirementVerdict.
  return verdict as unknown as O & RequirementVerdict;
}

/** Who a verdict is about: an educator, a school or a department. */
export interface VerdictOwner {
  readonly educatorId?: string;
  readonly schoolId: string;
  readonly department?: string;
}

function addOwner(verdict: Record<string, unknown>, owner: VerdictOwner) {
  if (owner.educatorId !== undefined) verdict['educatorId'] = owner.educatorId;
  verdict['schoolId'] = owner.schoolId;
  if (owner.department !== undefined) verdict['department'] = owner.department;
}

/**
 * Keeps one copy of each distinct note: most educators share a handful of
 * notes, and shared strings keep a large report light.
 *
 * @internal
 */
export function shareNote(context: EvaluationContext, note: string): string {
  const known = context.sharedNotes.get(note);
  if (known !== undefined) return known;
  context.sharedNotes.set(note, note);
  return note;
}

const STATUS_CODE = {
  exempt: 0,
  met: 1,
  'on-track': 2,
  'at-risk': 3,
  behind: 4,
};
const UNIT_CODE = {
  sessions: 0,
  minutes: 1,
  categories: 2,
  completions: 3,
  leaders: 4,
  credits: 5,
};
const PERIOD_CODE = { term: 0, year: 1, rolling: 2, month: 3, validity: 4 };

/**
 * The note of a verdict, written once per distinct set of facts. Looking
 * the facts up as numbers in nested maps is cheaper than writing the note
 * for each of a quarter of a million verdicts and sharing it afterwards.
 */
function noteFor(context: EvaluationContext, facts: NoteFacts): string {
  let head = STATUS_CODE[facts.status] * 8 + UNIT_CODE[facts.unit];
  head = head * 8 + PERIOD_CODE[facts.periodKind];
  head =
    head * 4 +
    (facts.chanceWord === 'seat' ? 2 : 0) +
    (facts.selfPaced ? 1 : 0);
  const keys = [
    head * 1e6 + facts.sessionsLeft,
    facts.target,
    facts.progress,
    facts.lastChance ?? -1,
  ];

  let level = context.notes;
  for (let k = 0; k < keys.length - 1; k++) {
    const key = keys[k] as number;
    let next = level.get(key);
    if (next === undefined) {
      next = new Map();
      level.set(key, next);
    }
    level = next as NoteTree;
  }
  const last = keys[keys.length - 1] as number;
  const known = level.get(last);
  if (typeof known === 'string') return known;
  const note = describeVerdict(facts, context.dates);
  level.set(last, note);
  return note;
}

/** Notes by the numbers that decide them, one level per number. @internal */
export type NoteTree = Map<number, NoteTree | string>;

/** A verdict for an educator excused for the whole period. @internal */
export function exemptVerdict<O extends VerdictOwner>(
  owner: O,
  rule: Requirement,
  period: DayPeriod,
  unit: RequirementUnit,
): O & RequirementVerdict {
  return {
    ...owner,
    ruleId: rule.id,
    kind: rule.kind,
    status: 'exempt',
    period: period.view,
    unit,
    target: 0,
    progress: 0,
    needed: 0,
    sessionsLeft: 0,
    selfPaced: false,
    note: describeVerdict({
      status: 'exempt',
      unit,
      periodKind: period.view.kind,
      target: 0,
      progress: 0,
      needed: 0,
      sessionsLeft: 0,
      chanceWord: 'session',
      selfPaced: false,
      lastChance: undefined,
    }),
  };
}

/**
 * Sums an educator's records in a period up to the evaluation instant:
 * the number that complete a counting offering (`what = 'completions'`,
 * sessions only with `sessionsOnly`), their minutes, or the credit hours
 * their offerings grant for each completion.
 *
 * @internal
 */
export function sumRecords(
  context: EvaluationContext,
  i: number,
  mask: Uint8Array,
  period: DayPeriod,
  what: 'completions' | 'minutes' | 'credits',
  sessionsOnly = false,
): number {
  const index = context.participations;
  const end = index.start[i + 1] as number;
  let total = 0;
  for (let r = index.start[i] as number; r < end; r++) {
    if (mask[index.offering[r] as number] !== 1) continue;
    const day = index.day[r] as number;
    if (day < period.first || day > period.last) continue;
    if ((index.ms[r] as number) > context.asOfMs) continue;
    if (what === 'minutes') total += index.minutes[r] as number;
    else if (index.completes[r] !== 1) continue;
    else if (what === 'credits') {
      total += context.credits[index.offering[r] as number] as number;
    } else if (!sessionsOnly || index.isSession[r] === 1) total += 1;
  }
  return what === 'credits' ? hundredths(total) : total;
}
