import { safeExpandSessions } from '../schedule/expand-sessions.js';
import type { AdopterSegment, Role } from './educator.js';
import { ADOPTER_SEGMENTS, ROLES } from './educator.js';
import type { ReachplanIssue } from './issues.js';
import type { OfferingFormat } from './offering.js';
import { OFFERING_FORMATS } from './offering.js';
import type { Scenario } from './scenario.js';
import type { SchoolLevel } from './school.js';
import { SCHOOL_LEVELS } from './school.js';

/**
 * A scenario in figures: plain data, ready to print with
 * {@link formatScenarioSummary} or to show in an app.
 *
 * @example
 * ```ts
 * const summary: ScenarioSummary = summarizeScenario(exampleScenario());
 * summary.educators.total; // 512
 * ```
 */
export interface ScenarioSummary {
  /** The scenario's name. */
  readonly name: string;
  /** The district's name. */
  readonly districtName: string;
  /** The district's IANA zone. */
  readonly timeZone: string;
  /** Schools in all, and by level. */
  readonly schools: {
    /** All schools. */
    readonly total: number;
    /** Schools per level, zeros included. */
    readonly byLevel: Readonly<Record<SchoolLevel, number>>;
  };
  /** Educators in all, part time, by role and by adopter segment. */
  readonly educators: {
    /** All educators. */
    readonly total: number;
    /** Educators with an FTE below 1. */
    readonly partTime: number;
    /** An educator with two roles counts under both. */
    readonly byRole: Readonly<Record<Role, number>>;
    /** `unknown` counts educators whose roster gives no segment. */
    readonly bySegment: Readonly<Record<AdopterSegment | 'unknown', number>>;
  };
  /** Offerings in all, by format and by category. */
  readonly offerings: {
    /** All offerings. */
    readonly total: number;
    /** Offerings per format, zeros included. */
    readonly byFormat: Readonly<Record<OfferingFormat, number>>;
    /** One entry per category, in catalogue order. */
    readonly byCategory: readonly SummaryCategory[];
  };
  /** Every term of the calendar, in order. */
  readonly terms: readonly SummaryTerm[];
  /** Sessions of each scheduled offering per term; empty when they could not be expanded. */
  readonly sessions: readonly SummarySessions[];
  /** Why sessions could not be expanded, when they could not. */
  readonly sessionIssues: readonly ReachplanIssue[];
}

/**
 * A category and how many offerings carry it.
 *
 * @example
 * ```ts
 * summarizeScenario(exampleScenario()).offerings.byCategory[0];
 * // { id: 'teaching-learning', name: 'Teaching & Learning', offerings: 1 }
 * ```
 */
export interface SummaryCategory {
  /** The category id. */
  readonly id: string;
  /** The category name. */
  readonly name: string;
  /** Offerings that carry the category. */
  readonly offerings: number;
}

/**
 * A term of the calendar.
 *
 * @example
 * ```ts
 * summarizeScenario(exampleScenario()).terms[0]?.name; // 'First term'
 * ```
 */
export interface SummaryTerm {
  /** The academic year id. */
  readonly yearId: string;
  /** The term id. */
  readonly termId: string;
  /** The term's name. */
  readonly name: string;
  /** First day. */
  readonly start: string;
  /** Last day. */
  readonly end: string;
}

/**
 * The sessions of one scheduled offering, by term.
 *
 * @example
 * ```ts
 * summarizeScenario(exampleScenario()).sessions[0]?.offeringId; // 'lesson-design'
 * ```
 */
export interface SummarySessions {
  /** The offering id. */
  readonly offeringId: string;
  /** The offering title. */
  readonly title: string;
  /** Sessions in each term, in the order of {@link ScenarioSummary.terms}. */
  readonly perTerm: readonly number[];
  /** Sessions between terms (in a break or outside every year's terms). */
  readonly outsideTerms: number;
  /** All sessions, cancelled ones excluded. */
  readonly total: number;
}

/**
 * Counts what a scenario holds: schools by level, educators by role and
 * segment, offerings by format and category, and the sessions of each
 * scheduled offering per term (expanded from its schedule).
 *
 * @param scenario - a parsed scenario.
 * @returns the figures, as plain data.
 * @example
 * ```ts
 * const summary = summarizeScenario(parseScenario(exampleScenario()));
 * summary.schools.byLevel.elementary; // 13
 * summary.sessions[0]?.perTerm; // [1, 2, 1]
 * ```
 */
export function summarizeScenario(scenario: Scenario): ScenarioSummary {
  const { district, catalogue } = scenario;

  const byLevel = zeros(SCHOOL_LEVELS);
  for (const school of district.schools) byLevel[school.level] += 1;

  const byRole = zeros(ROLES);
  const bySegment = zeros([...ADOPTER_SEGMENTS, 'unknown'] as const);
  let partTime = 0;
  for (const educator of district.educators) {
    for (const role of new Set(educator.roles)) byRole[role] += 1;
    bySegment[educator.segment ?? 'unknown'] += 1;
    if (educator.fte !== undefined && educator.fte < 1) partTime += 1;
  }

  const byFormat = zeros(OFFERING_FORMATS);
  for (const offering of catalogue.offerings) byFormat[offering.format] += 1;
  const byCategory = catalogue.categories.map((category) => ({
    id: category.id,
    name: category.name,
    offerings: catalogue.offerings.filter((o) =>
      o.categoryIds.includes(category.id),
    ).length,
  }));

  const terms = district.calendar.years.flatMap((year) =>
    year.terms.map((term) => ({
      yearId: year.id,
      termId: term.id,
      name: term.name,
      start: term.start,
      end: term.end,
    })),
  );

  return {
    name: scenario.name,
    districtName: district.name,
    timeZone: district.timeZone,
    schools: { total: district.schools.length, byLevel },
    educators: {
      total: district.educators.length,
      partTime,
      byRole,
      bySegment,
    },
    offerings: { total: catalogue.offerings.length, byFormat, byCategory },
    terms,
    ...countSessions(scenario, terms),
  };
}

function countSessions(
  scenario: Scenario,
  terms: readonly SummaryTerm[],
): Pick<ScenarioSummary, 'sessions' | 'sessionIssues'> {
  const expanded = safeExpandSessions(scenario);
  if (!expanded.success)
    return { sessions: [], sessionIssues: expanded.issues };

  // Term ids are unique within a year, so the key joins both.
  const column = new Map(
    terms.map((term, index) => [`${term.yearId}\u0000${term.termId}`, index]),
  );
  const rows = new Map<string, SessionRow>();
  for (const offering of scenario.catalogue.offerings) {
    if (!('schedule' in offering)) continue;
    rows.set(offering.id, {
      offeringId: offering.id,
      title: offering.title,
      perTerm: terms.map(() => 0),
      outsideTerms: 0,
      total: 0,
    });
  }

  for (const session of expanded.data) {
    const row = rows.get(session.offeringId);
    if (!row || session.status === 'cancelled') continue;
    const at =
      session.termId === undefined
        ? undefined
        : column.get(`${session.yearId}\u0000${session.termId}`);
    if (at === undefined) row.outsideTerms += 1;
    else row.perTerm[at] = (row.perTerm[at] ?? 0) + 1;
    row.total += 1;
  }
  return { sessions: [...rows.values()], sessionIssues: [] };
}

/** A row being counted. */
interface SessionRow {
  offeringId: string;
  title: string;
  perTerm: number[];
  outsideTerms: number;
  total: number;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}
