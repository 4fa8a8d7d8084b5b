import { compileCalendar } from '../calendar/compile-calendar.js';
import type { CompiledCalendar } from '../calendar/compiled-calendar.js';
import { toEpochDay, weekdayIndex } from '../calendar/local-date.js';
import type { Educator } from '../model/educator.js';
import type { Offering } from '../model/offering.js';
import type { Weekday } from '../model/primitives.js';
import { WEEKDAYS } from '../model/primitives.js';
import type { Scenario } from '../model/scenario.js';
import type { School } from '../model/school.js';
import type { Session } from '../schedule/session.js';
import { DayNames } from './day-names.js';
import type { Participation } from './participation.js';
import type { ParticipationIndex } from './participation-index.js';
import { indexParticipations } from './participation-index.js';
import type { ScopeMatcher } from './scope.js';
import { scopeMatcher } from './scope.js';
import type { NoteTree } from './verdict.js';
import { ZoneDays } from './zone-day.js';

/** A scheduled session reduced to what rules need. @internal */
export interface SessionFacts {
  readonly offering: number;
  readonly day: number;
  readonly ms: number;
  readonly minutes: number;
  /** Monday 0 … Sunday 6. */
  readonly weekday: number;
  readonly schoolId: string | undefined;
  readonly capacity: number;
  readonly seatsPerSchool: number;
}

/**
 * Everything an evaluation reads, built once: lookups by id, the
 * participation index, the sessions as day numbers and each educator's
 * attendance profile (the facts that decide which sessions they can take).
 *
 * @internal
 */
export interface EvaluationContext {
  readonly scenario: Scenario;
  readonly compiled: CompiledCalendar;
  readonly asOfMs: number;
  readonly asOfDay: number;
  readonly educators: readonly Educator[];
  /** The school of each educator, aligned with `educators`. */
  readonly schoolOf: readonly School[];
  readonly educatorIndex: ReadonlyMap<string, number>;
  readonly offerings: readonly Offering[];
  readonly offeringIndex: ReadonlyMap<string, number>;
  /** Credit hours each offering grants per completion, 0 when none. */
  readonly credits: Float64Array;
  readonly participations: ParticipationIndex;
  /** Scheduled sessions, earliest first. */
  readonly sessions: readonly SessionFacts[];
  /** Who may take each offering, aligned with `offerings`. */
  readonly eligible: readonly ScopeMatcher[];
  /** Bit `w` set when the educator works on weekday `w` (Monday 0). */
  readonly workdays: Uint8Array;
  /**
   * Educators with the same profile (school, roles, departments, segment,
   * workdays) can take the same sessions; profiles are numbered from 0.
   */
  readonly profile: Int32Array;
  /** How many distinct profiles there are. */
  readonly profiles: number;
  /** Day numbers written as dates, each written once. */
  readonly dates: DayNames;
  /** Notes by the facts that decide them, each written once. */
  readonly notes: NoteTree;
  /** Other notes, each kept once. */
  readonly sharedNotes: Map<string, string>;
}

/** @internal */
export function buildContext(
  scenario: Scenario,
  participations: readonly Participation[],
  asOfMs: number,
  sessions: readonly Session[],
): EvaluationContext {
  const { district, catalogue } = scenario;
  const zone = new ZoneDays(district.timeZone);
  const schools = new Map(district.schools.map((s) => [s.id, s]));
  const educators = district.educators;
  const schoolOf = educators.map((e) => schools.get(e.schoolId) as School);
  const educatorIndex = new Map(educators.map((e, i) => [e.id, i]));
  const offerings = catalogue.offerings;
  const offeringIndex = new Map(offerings.map((o, i) => [o.id, i]));

  const workdays = new Uint8Array(educators.length);
  const profile = new Int32Array(educators.length);
  const numbers = new Map<string, number>();
  // Only the facts some offering's eligibility asks about split profiles;
  // segments drawn at random would otherwise make nearly everyone unique.
  const asked = (key: 'roles' | 'departments' | 'segments') =>
    offerings.some((o) => o.eligibility?.[key] !== undefined);
  const byRole = asked('roles');
  const byDepartment = asked('departments');
  const bySegment = asked('segments');
  educators.forEach((educator, i) => {
    workdays[i] = weekdayMask(educator.availability);
    const key = [
      educator.schoolId,
      byRole ? educator.roles.join(',') : '',
      byDepartment ? (educator.departments ?? []).join(',') : '',
      bySegment ? (educator.segment ?? '') : '',
      workdays[i],
    ].join('|');
    const number = numbers.get(key) ?? numbers.size;
    numbers.set(key, number);
    profile[i] = number;
  });

  return {
    scenario,
    compiled: compileCalendar(district.calendar),
    asOfMs,
    asOfDay: zone.dayOf(asOfMs),
    educators,
    schoolOf,
    educatorIndex,
    offerings,
    offeringIndex,
    credits: Float64Array.from(offerings, (o) => o.creditHours ?? 0),
    participations: indexParticipations(
      participations,
      educatorIndex,
      offerings,
      offeringIndex,
      zone,
    ),
    sessions: sessionFacts(sessions, offeringIndex),
    eligible: offerings.map((o) => scopeMatcher(o.eligibility)),
    workdays,
    profile,
    profiles: numbers.size,
    dates: new DayNames(),
    notes: new Map(),
    sharedNotes: new Map(),
  };
}

function sessionFacts(
  sessions: readonly Session[],
  offeringIndex: ReadonlyMap<string, number>,
): SessionFacts[] {
  const facts: SessionFacts[] = [];
  for (const session of sessions) {
    const offering = offeringIndex.get(session.offeringId);
    if (session.status !== 'scheduled' || offering === undefined) continue;
    const day = toEpochDay(session.localDate);
    facts.push({
      offering,
      day,
      ms: Date.parse(session.start),
      minutes: session.durationMinutes,
      weekday: weekdayIndex(day),
      schoolId: session.schoolId,
      capacity: session.capacity ?? Number.POSITIVE_INFINITY,
      seatsPerSchool: session.seatsPerSchool ?? Number.POSITIVE_INFINITY,
    });
  }
  return facts.sort((a, b) => a.ms - b.ms);
}

function weekdayMask(days: readonly Weekday[] | undefined): number {
  if (days === undefined) return 0x7f;
  let mask = 0;
  for (const day of days) mask |= 1 << WEEKDAYS.indexOf(day);
  return mask;
}

/**
 * Whether educator `i` can take a session: it is at their school or
 * central, they are eligible for its offering, and they work that weekday.
 *
 * @internal
 */
export function canAttend(
  context: EvaluationContext,
  i: number,
  session: SessionFacts,
): boolean {
  const educator = context.educators[i] as Educator;
  if (
    session.schoolId !== undefined &&
    session.schoolId !== educator.schoolId
  ) {
    return false;
  }
  if (((context.workdays[i] as number) & (1 << session.weekday)) === 0) {
    return false;
  }
  const eligible = context.eligible[session.offering] as ScopeMatcher;
  return eligible(educator, context.schoolOf[i] as School);
}
