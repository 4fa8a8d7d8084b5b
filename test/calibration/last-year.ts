import type {
  AdopterSegment,
  Educator,
  Participation,
  Scenario,
  Session,
} from '../../src/index.js';
import {
  ADOPTER_SEGMENTS,
  addCalendarDays,
  createStream,
  parseScenario,
} from '../../src/index.js';

const SEGMENT_OPT_IN: Record<AdopterSegment, number> = {
  innovator: 0.5,
  'early-adopter': 0.4,
  'early-majority': 0.2,
  'late-majority': 0.1,
  laggard: 0.05,
};

/** A two-school district: 40 educators per segment, 200 in all. */
export function lastYearScenario(withSegments = true): Scenario {
  const educators: Educator[] = [];
  ADOPTER_SEGMENTS.forEach((segment, s) => {
    for (let k = 0; k < 40; k += 1) {
      const n = s * 40 + k;
      educators.push({
        id: `e${String(n).padStart(3, '0')}`,
        schoolId: n % 2 === 0 ? 's1' : 's2',
        roles: n % 10 === 0 ? ['teacher', 'ict-leader'] : ['teacher'],
        departments: [n % 3 === 0 ? 'maths' : 'science'],
        ...(withSegments ? { segment } : {}),
      });
    }
  });

  return parseScenario({
    schemaVersion: 1,
    name: 'Last year',
    district: {
      id: 'd',
      name: 'District',
      timeZone: 'Asia/Tokyo',
      schools: [
        { id: 's1', name: 'One', level: 'elementary' },
        { id: 's2', name: 'Two', level: 'elementary' },
      ],
      educators,
      calendar: {
        years: [
          {
            id: '2026',
            start: '2026-04-01',
            end: '2027-03-31',
            terms: [
              {
                id: 't1',
                name: 'Term 1',
                start: '2026-04-06',
                end: '2026-07-20',
              },
              {
                id: 't2',
                name: 'Term 2',
                start: '2026-09-01',
                end: '2026-12-24',
              },
              {
                id: 't3',
                name: 'Term 3',
                start: '2027-01-08',
                end: '2027-03-24',
              },
            ],
            closures: [],
          },
        ],
      },
    },
    catalogue: {
      categories: [{ id: 'tl', name: 'Teaching & Learning' }],
      offerings: [
        {
          id: 'open-lab',
          format: 'opt-in-session',
          title: 'Open lab',
          description: 'Bring a lesson idea.',
          categoryIds: ['tl'],
          durationMinutes: 45,
          venue: 'online',
          schedule: {
            kind: 'recurrence',
            startDate: '2026-04-14',
            startTime: '16:00',
            rule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=30',
          },
        },
        {
          id: 'maths-pd',
          format: 'department-pd',
          title: 'Maths department PD',
          description: 'The department picks from current training.',
          categoryIds: ['tl'],
          durationMinutes: 60,
          venue: 'school',
          eligibility: { departments: ['maths'] },
          schedule: {
            kind: 'dates',
            dates: ['2026-05-13', '2026-06-10', '2026-07-08'],
            startTime: '15:30',
          },
        },
        {
          id: 'bites',
          format: 'micro-learning',
          title: 'Five-minute bites',
          description: 'Short follow-ups.',
          categoryIds: ['tl'],
          durationMinutes: 5,
          venue: 'online',
          modules: 6,
          availableFrom: '2026-04-01',
          availableUntil: '2026-06-30',
        },
        {
          id: 'course',
          format: 'async-course',
          title: 'Digital pedagogy',
          description: 'Self-paced course.',
          categoryIds: ['tl'],
          durationMinutes: 30,
          venue: 'online',
          modules: 4,
          expectedWeeks: 8,
          availableFrom: '2026-04-01',
          availableUntil: '2026-09-30',
        },
      ],
    },
  });
}

/** The 30 weekly opt-in sessions, written out rather than expanded. */
export function openLabSessions(): Session[] {
  return Array.from({ length: 30 }, (_, k) => {
    const localDate = addCalendarDays('2026-04-14', 7 * k);
    return {
      id: `open-lab@${localDate}T16:00`,
      offeringId: 'open-lab',
      start: `${localDate}T07:00:00.000Z`,
      end: `${localDate}T07:45:00.000Z`,
      localDate,
      localStart: '16:00',
      durationMinutes: 45,
      yearId: '2026',
      venue: 'online',
      facilitators: [],
      status: 'scheduled',
    };
  });
}

/**
 * Records drawn with known per-segment opt-in chances, so calibration
 * must find them again.
 */
export function openLabRecords(scenario: Scenario, seed = 1): Participation[] {
  const stream = createStream(seed, 'records');
  const records: Participation[] = [];
  for (const session of openLabSessions()) {
    for (const educator of scenario.district.educators) {
      const chance = SEGMENT_OPT_IN[educator.segment ?? 'early-majority'];
      if (!stream.chance(chance)) continue;
      records.push({
        kind: 'session',
        educatorId: educator.id,
        offeringId: 'open-lab',
        sessionId: session.id,
        at: session.start,
        minutes: 45,
        channel: 'opt-in',
      });
    }
  }
  return records;
}

export { SEGMENT_OPT_IN };
