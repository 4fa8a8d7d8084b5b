import type {
  Offering,
  Participation,
  Requirement,
  Scenario,
  Session,
} from 'reachplan';
import { createStream, expandSessions, generateDistrict } from 'reachplan';

/**
 * A large district for the requirements benchmark: 25,000 educators in
 * 1,000 schools, opt-in sessions twice a week, monthly department PD at
 * every school, three seminar series, two self-paced offerings, ten rules
 * and about 500,000 participation records across the year.
 */
export function benchDistrict(): {
  scenario: Scenario;
  sessions: Session[];
  participations: Participation[];
} {
  const district = generateDistrict({
    schools: 1000,
    educators: 25_000,
    seed: 11,
  });
  const scenario: Scenario = {
    schemaVersion: 1,
    name: 'Benchmark district',
    district,
    catalogue: {
      categories: [
        { id: 'tl', name: 'Teaching & Learning' },
        { id: 'pastoral', name: 'Pastoral care' },
        { id: 'digital', name: 'Digital citizenship' },
      ],
      offerings: offerings(),
    },
    requirements: rules(),
  };
  const sessions = expandSessions(scenario);
  return { scenario, sessions, participations: records(scenario, sessions) };
}

function scheduled(
  id: string,
  format: 'opt-in-session' | 'seminar-series' | 'department-pd',
  category: string,
  rule: string,
  extra: Partial<Offering> = {},
): Offering {
  return {
    id,
    format,
    title: id,
    description: id,
    categoryIds: [category],
    durationMinutes: 60,
    venue: format === 'department-pd' ? 'school' : 'central',
    schedule: {
      kind: 'recurrence',
      startDate: '2027-04-06',
      startTime: '16:00',
      rule,
    },
    ...extra,
  } as Offering;
}

function offerings(): Offering[] {
  return [
    scheduled('opt-in-tue', 'opt-in-session', 'tl', 'FREQ=WEEKLY;BYDAY=TU'),
    scheduled(
      'opt-in-thu',
      'opt-in-session',
      'pastoral',
      'FREQ=WEEKLY;BYDAY=TH',
    ),
    scheduled(
      'dept-pd',
      'department-pd',
      'tl',
      'FREQ=MONTHLY;BYDAY=WE;BYSETPOS=2',
    ),
    scheduled(
      'lesson-design',
      'seminar-series',
      'tl',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=TH;BYSETPOS=3',
      {
        seatsPerSchool: 3,
      },
    ),
    scheduled(
      'ict-leadership',
      'seminar-series',
      'tl',
      'FREQ=MONTHLY;INTERVAL=4;BYDAY=FR;BYSETPOS=1',
      {
        eligibility: { roles: ['ict-leader'] },
      },
    ),
    scheduled(
      'citizenship',
      'seminar-series',
      'digital',
      'FREQ=YEARLY;BYMONTH=11;BYDAY=WE;BYSETPOS=2',
      {
        capacity: 2000,
      },
    ),
    {
      id: 'micro',
      format: 'micro-learning',
      title: 'Micro',
      description: 'Ten-minute modules',
      categoryIds: ['tl'],
      durationMinutes: 10,
      venue: 'online',
      modules: 20,
    },
    {
      id: 'restorative',
      format: 'async-course',
      title: 'Restorative practice',
      description: 'Self-paced',
      categoryIds: ['pastoral'],
      durationMinutes: 30,
      venue: 'online',
      modules: 4,
      expectedWeeks: 4,
    },
  ];
}

function rules(): Requirement[] {
  const base = (id: string) => ({ id, name: id });
  return [
    { ...base('one-per-term'), kind: 'sessions-per-term', sessions: 1 },
    {
      ...base('two-tl-per-term'),
      kind: 'sessions-per-term',
      sessions: 2,
      categoryIds: ['tl'],
      scope: { roles: ['teacher'] },
    },
    {
      ...base('six-hours'),
      kind: 'hours-per-period',
      hours: 6,
      period: { kind: 'year' },
    },
    {
      ...base('rolling'),
      kind: 'hours-per-period',
      hours: 10,
      period: { kind: 'rolling', months: 12 },
    },
    {
      ...base('term-hours'),
      kind: 'hours-per-period',
      hours: 2,
      period: { kind: 'term' },
      scope: { segments: ['laggard', 'late-majority'] },
    },
    {
      ...base('citizenship'),
      kind: 'offering-per-year',
      offeringId: 'citizenship',
    },
    {
      ...base('coverage'),
      kind: 'category-coverage',
      categoryIds: ['tl', 'pastoral'],
    },
    {
      ...base('restorative'),
      kind: 'certification',
      offeringId: 'restorative',
      validMonths: 12,
      renewalWindowDays: 60,
    },
    { ...base('department'), kind: 'department-monthly' },
    {
      ...base('leaders'),
      kind: 'trained-leaders',
      offeringId: 'ict-leadership',
      leaders: 1,
    },
  ] as Requirement[];
}

/** About 20 records per educator: sessions they could attend, modules. */
function records(
  scenario: Scenario,
  sessions: readonly Session[],
): Participation[] {
  const stream = createStream(11, 'bench-participations');
  const central = sessions.filter((s) => s.schoolId === undefined);
  const bySchool = new Map<string, Session[]>();
  for (const s of sessions) {
    if (s.schoolId === undefined) continue;
    bySchool.set(s.schoolId, [...(bySchool.get(s.schoolId) ?? []), s]);
  }
  const out: Participation[] = [];
  for (const educator of scenario.district.educators) {
    const local = bySchool.get(educator.schoolId) ?? [];
    for (let k = 0; k < 20; k++) {
      if (stream.chance(0.2)) {
        const day = 1 + stream.nextInt(28);
        out.push({
          kind: stream.chance(0.1) ? 'course' : 'module',
          educatorId: educator.id,
          offeringId: stream.chance(0.5) ? 'micro' : 'restorative',
          at: `2027-${String(4 + stream.nextInt(8)).padStart(2, '0')}-${String(day).padStart(2, '0')}T06:00:00.000Z`,
          minutes: 10,
          channel: 'micro-learning',
        });
        continue;
      }
      const pool = stream.chance(0.3) && local.length > 0 ? local : central;
      const session = pool[stream.nextInt(pool.length)] as Session;
      out.push({
        kind: 'session',
        educatorId: educator.id,
        offeringId: session.offeringId,
        sessionId: session.id,
        at: session.start,
        minutes: stream.chance(0.9) ? session.durationMinutes : 20,
        channel: 'opt-in',
      });
    }
  }
  return out;
}
