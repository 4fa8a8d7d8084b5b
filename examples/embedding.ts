// What a district PD portal does with reachplan: show one educator their
// calendar, list who is behind on "one session per term" with what is
// left for them, and check that the sessions on offer can satisfy the
// rule. Everything here is pure and would run in a browser as well.
import {
  checkSupply,
  createStream,
  educatorCalendar,
  evaluateRequirements,
  expandSessions,
  formatTextTable,
  type Participation,
  type ReportTable,
} from '../src/index.js';
import { secondDistrict } from './lib/plans.js';

const scenario = secondDistrict();
const sessions = expandSessions(scenario);
const print = (table: ReportTable) =>
  process.stdout.write(`${formatTextTable(table)}\n`);

// 1. One educator's calendar: the sessions open to them in June.
const educator = scenario.district.educators[5];
if (!educator) throw new Error('the example district has educators');
const view = educatorCalendar(scenario, sessions, educator.id);
print({
  caption: `${educator.name ?? educator.id}: sessions open to them in June 2027`,
  columns: [{ header: 'date' }, { header: 'time' }, { header: 'session' }],
  rows: view.entries
    .filter((entry) => entry.localDate.startsWith('2027-06'))
    .map((entry) => [entry.localDate, entry.localStart, entry.title]),
});

// 2. Who is behind, the Friday before the term ends? The portal's records
// come from its own database; here, a seeded draw stands in for them:
// each educator came to each open session of the term with chance 1 in 25.
const asOf = '2027-07-16T17:00:00+09:00';
const stream = createStream(2027, 'attendance');
const records: Participation[] = sessions
  .filter((s) => s.offeringId === 'open-sessions' && s.start < asOf)
  .flatMap((session) =>
    scenario.district.educators
      .filter(() => stream.chance(1 / 25))
      .map((e) => ({
        kind: 'session' as const,
        educatorId: e.id,
        offeringId: session.offeringId,
        sessionId: session.id,
        at: session.start,
        minutes: session.durationMinutes,
        channel: 'opt-in' as const,
      })),
  );

const report = evaluateRequirements(scenario, records, asOf, { sessions });
const counts = report.aggregates.district;
print({
  caption: `"At least one session per term" on ${report.asOfDate}`,
  columns: ['met', 'on-track', 'at-risk', 'behind'].map((header) => ({
    header,
    align: 'right' as const,
  })),
  rows: [
    [counts.met, counts['on-track'], counts['at-risk'], counts.behind].map(
      String,
    ),
  ],
});

const names = new Map(scenario.district.educators.map((e) => [e.id, e.name]));
print({
  caption: `Who to remind first (${report.behind.length} in all)`,
  columns: [{ header: 'educator' }, { header: 'status' }, { header: 'note' }],
  rows: report.behind
    .slice(0, 8)
    .map((v) => [names.get(v.educatorId) ?? v.educatorId, v.status, v.note]),
});

// 3. Can the sessions on offer satisfy the rule at all? Seats needed
// against seats offered, per term, before anyone books.
const supply = checkSupply(scenario, { sessions });
print({
  caption: 'Seats needed against seats offered',
  columns: [
    { header: 'rule' },
    { header: 'period' },
    { header: 'needed', align: 'right' },
    { header: 'offered', align: 'right' },
    { header: 'short', align: 'right' },
  ],
  rows: supply.rows.map((row) => [
    row.ruleId,
    row.period.id ?? row.period.start,
    String(row.seatsNeeded),
    String(row.seatsOffered),
    String(row.shortfall),
  ]),
});
