import type { Offering, SeatRequest, Session } from 'reachplan';
import {
  allocateSeats,
  compileCalendar,
  createStream,
  expandSessions,
  fromEpochDay,
  japanCalendar,
  parseScenario,
  WEEKDAYS,
  weekdayOf,
} from 'reachplan';
import { bench, describe } from 'vitest';

// A district year: 21 schools, 500 educators, the Japanese 2027-28 year in
// Asia/Tokyo, and 200 offerings spread over the school week: every fourth
// meets twice a week, the others weekly (about 10,000 sessions).
const calendar = japanCalendar(2027);
const schools = Array.from({ length: 21 }, (_, i) => ({
  id: `s${i + 1}`,
  name: `School ${i + 1}`,
  level: 'lower-secondary' as const,
}));
const educators = Array.from({ length: 500 }, (_, i) => ({
  id: `e${i + 1}`,
  schoolId: `s${(i % 21) + 1}`,
  roles: ['teacher' as const],
}));
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR'];
const daysOf = (i: number) =>
  i % 4 === 0 ? [i % 5, (i + 2) % 5].sort() : [i % 5];
const offerings: Offering[] = Array.from({ length: 200 }, (_, i) => ({
  id: `o${i + 1}`,
  format: 'opt-in-session',
  title: `Opt-in ${i + 1}`,
  description: 'A weekly opt-in session.',
  categoryIds: [],
  durationMinutes: 60,
  venue: 'central',
  capacity: 20,
  seatsPerSchool: 3,
  schedule: {
    kind: 'recurrence',
    startDate: '2027-04-05',
    startTime: `${14 + (i % 4)}:00`,
    rule: `FREQ=WEEKLY;BYDAY=${daysOf(i)
      .map((d) => DAYS[d])
      .join(',')}`,
  },
}));
const scenario = parseScenario({
  schemaVersion: 1,
  name: 'Benchmark district',
  district: {
    id: 'bench',
    name: 'Benchmark district',
    timeZone: 'Asia/Tokyo',
    calendar,
    schools,
    educators,
  },
  catalogue: { categories: [], offerings },
});

const sessions: Session[] = expandSessions(scenario);
const stream = createStream(2027, 'bench', 'requests');
const start = Date.parse('2027-03-01T00:00:00Z');
const requests: SeatRequest[] = Array.from({ length: 50_000 }, () => ({
  educatorId: `e${stream.nextInt(500) + 1}`,
  sessionId: sessions[stream.nextInt(sessions.length)]?.id ?? '',
  requestedAt: new Date(
    start + stream.nextInt(30 * 86_400) * 1000,
  ).toISOString(),
}));

describe(`expand 200 offerings into a year (${sessions.length} sessions)`, () => {
  bench('expandSessions', () => {
    expandSessions(scenario);
  });

  // Baseline: walk every day of the year once per offering, keep session
  // days on the offering's weekday, and add a fixed +09:00 offset.
  bench('plain loop over days (baseline)', () => {
    const compiled = compileCalendar(calendar);
    const out: { id: string; start: string }[] = [];
    offerings.forEach((offering, i) => {
      const weekdays = daysOf(i).map((d) => WEEKDAYS[d]);
      const time = `${14 + (i % 4)}:00`;
      for (let day = compiled.firstDay; day <= compiled.lastDay; day += 1) {
        if (!compiled.isSessionDay(day)) continue;
        const date = fromEpochDay(day);
        if (!weekdays.includes(weekdayOf(date))) continue;
        const at = new Date(`${date}T${time}:00+09:00`).toISOString();
        out.push({ id: `${offering.id}@${date}T${time}`, start: at });
      }
    });
    out.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  });
});

describe('allocate 50,000 requests', () => {
  bench('allocateSeats (caps, per-school caps, a monthly limit)', () => {
    allocateSeats({
      sessions,
      educators,
      requests,
      limits: [{ max: 4, period: 'month' }],
    });
  });

  // Baseline: first come, first served into plain capacity counters.
  bench('naive first-come fill (baseline)', () => {
    const order = requests
      .map((r, i) => ({ i, at: Date.parse(r.requestedAt) }))
      .sort((a, b) => a.at - b.at);
    const taken = new Map<string, number>();
    const seated: number[] = [];
    for (const { i } of order) {
      const id = requests[i]?.sessionId ?? '';
      const count = taken.get(id) ?? 0;
      if (count < 20) {
        taken.set(id, count + 1);
        seated.push(i);
      }
    }
  });
});
