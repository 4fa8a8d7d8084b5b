import { describe, expect, it } from 'vitest';
import type { Participation, RateEstimate } from '../../src/index.js';
import {
  ADOPTER_SEGMENTS,
  calibrateBehaviour,
  expandSessions,
  parseScenario,
  ReachplanError,
  safeCalibrateBehaviour,
} from '../../src/index.js';
import {
  lastYearScenario,
  openLabRecords,
  openLabSessions,
  SEGMENT_OPT_IN,
} from './last-year.js';

const find = (
  estimates: readonly RateEstimate[],
  parameter: string,
  key: string,
) =>
  estimates.find(
    (e) =>
      e.parameter === parameter &&
      (e.group.kind === 'all'
        ? key === 'all'
        : e.group.kind === 'segment'
          ? e.group.segment === key
          : e.group.role === key),
  );

describe('calibrateBehaviour', () => {
  const scenario = lastYearScenario();
  const sessions = openLabSessions();
  const records = openLabRecords(scenario);
  const result = calibrateBehaviour(scenario, records, { sessions });

  it('finds the opt-in chance of each segment inside its interval', () => {
    for (const segment of ADOPTER_SEGMENTS) {
      const estimate = find(result.estimates, 'optIn', segment);
      expect(estimate?.status).toBe('estimated');
      expect(estimate?.educators).toBe(40);
      expect(estimate?.trials).toBe(40 * 30);
      expect(estimate?.low).toBeLessThan(SEGMENT_OPT_IN[segment]);
      expect(estimate?.high).toBeGreaterThan(SEGMENT_OPT_IN[segment]);
    }
  });

  it('feeds segment rates back in the shape of scenario.behaviour', () => {
    const bySegment = result.behaviour.optIn?.bySegment ?? {};
    expect(Object.keys(bySegment)).toEqual([...ADOPTER_SEGMENTS]);
    const laggard = find(result.estimates, 'optIn', 'laggard');
    expect(bySegment.laggard).toBeCloseTo(laggard?.estimate ?? -1, 4);
  });

  it('gives behaviour the scenario file accepts as it is', () => {
    const next = parseScenario({ ...scenario, behaviour: result.behaviour });
    expect(next.behaviour?.optIn).toEqual(result.behaviour.optIn);
  });

  it('keeps the default for a role with too few educators, and says so', () => {
    // 20 ICT leaders; ask for 25.
    const strict = calibrateBehaviour(scenario, records, {
      sessions,
      minEducators: 25,
    });
    const ict = find(strict.estimates, 'optIn', 'ict-leader');
    expect(ict).toMatchObject({ status: 'too-few-records', educators: 20 });
    expect(ict?.estimate).toBeUndefined();
    expect(ict?.reason).toBe(
      'optIn for role "ict-leader": records for 20 educators, at least 25 ' +
        'needed; the default is kept',
    );
    expect(strict.behaviour.optIn?.byRole).toBeUndefined();
  });

  it('feeds roles other than teacher back by default', () => {
    expect(Object.keys(result.behaviour.optIn?.byRole ?? {})).toEqual([
      'ict-leader',
    ]);
  });

  it('gives every segment the district-wide rate when the roster has none', () => {
    const plain = lastYearScenario(false);
    const out = calibrateBehaviour(plain, openLabRecords(plain), { sessions });
    const all = find(out.estimates, 'optIn', 'all');
    expect(find(out.estimates, 'optIn', 'laggard')?.status).toBe(
      'too-few-records',
    );
    expect(out.behaviour.optIn?.bySegment?.innovator).toBeCloseTo(
      all?.estimate ?? -1,
      4,
    );
  });

  it('counts department PD attendance only for the department it is for', () => {
    const maths = scenario.district.educators.filter((e) =>
      e.departments?.includes('maths'),
    );
    const pd = ['2026-05-13', '2026-06-10', '2026-07-08'].flatMap((date) =>
      ['s1', 's2'].map((school) => ({
        ...(openLabSessions()[0] as (typeof sessions)[number]),
        id: `maths-pd@${date}T15:30@${school}`,
        offeringId: 'maths-pd',
        localDate: date,
        schoolId: school,
        venue: 'school' as const,
      })),
    );
    const attended: Participation[] = maths.map((educator) => ({
      kind: 'session',
      educatorId: educator.id,
      offeringId: 'maths-pd',
      sessionId: `maths-pd@2026-05-13T15:30@${educator.schoolId}`,
      at: '2026-05-13T06:30:00.000Z',
      minutes: 60,
      channel: 'department-pd',
    }));
    const out = calibrateBehaviour(scenario, attended, {
      sessions: [...sessions, ...pd],
    });
    const all = find(out.estimates, 'attendIfBooked', 'all');
    expect(all).toMatchObject({
      educators: maths.length,
      trials: maths.length * 3,
      successes: maths.length,
    });
    expect(all?.estimate).toBeCloseTo(1 / 3, 6);
  });

  it('counts micro-learning weeks until every module is done', () => {
    const educator = scenario.district.educators[0];
    if (!educator) throw new Error('fixture has educators');
    // Six modules done in six consecutive weeks from the opening day.
    const done: Participation[] = Array.from({ length: 6 }, (_, k) => ({
      kind: 'module',
      educatorId: educator.id,
      offeringId: 'bites',
      module: k + 1,
      at: new Date(Date.UTC(2026, 3, 1 + 7 * k, 3)).toISOString(),
      minutes: 5,
      channel: 'micro-learning',
    }));
    const out = calibrateBehaviour(scenario, done, { sessions });
    const all = find(out.estimates, 'moduleCompletionPerWeek', 'all');
    // 199 educators with 13 open weeks and nothing done, one with 6 of 6.
    expect(all?.trials).toBe(199 * 13 + 6);
    expect(all?.successes).toBe(6);
  });

  it('estimates course enrolment, progress and giving up', () => {
    const [a, b] = scenario.district.educators;
    if (!a || !b) throw new Error('fixture has educators');
    const module = (id: string, n: number, week: number): Participation => ({
      kind: 'module',
      educatorId: id,
      offeringId: 'course',
      module: n,
      at: new Date(Date.UTC(2026, 3, 1 + 7 * week, 3)).toISOString(),
      minutes: 30,
      channel: 'async-course',
    });
    const course: Participation[] = [
      ...[0, 1, 2, 3].map((w) => module(a.id, w + 1, w)),
      module(b.id, 1, 2),
    ];
    const out = calibrateBehaviour(scenario, course, { sessions });
    expect(find(out.estimates, 'asyncEnrol', 'all')).toMatchObject({
      trials: 200,
      successes: 2,
    });
    // a: finished in week 3 (4 weeks at risk, 4 with progress, no drop);
    // b: last seen in week 2, gave up in week 3 (4 weeks, 1 progress).
    const progress = find(out.estimates, 'asyncProgressPerWeek', 'all');
    expect(progress).toMatchObject({ trials: 8, successes: 5, educators: 2 });
    const drop = find(out.estimates, 'asyncDropPerWeek', 'all');
    expect(drop).toMatchObject({ trials: 8, successes: 1 });
    expect(drop?.status).toBe('too-few-records');
  });

  it("expands last year's sessions itself when none are given", () => {
    const held = expandSessions(scenario).filter(
      (session) => session.offeringId === 'open-lab',
    );
    const [first] = held;
    if (!first) throw new Error('fixture holds open-lab sessions');
    const one: Participation = {
      kind: 'session',
      educatorId: 'e000',
      offeringId: 'open-lab',
      sessionId: first.id,
      at: first.start,
      minutes: 45,
      channel: 'opt-in',
    };
    const out = calibrateBehaviour(scenario, [one]);
    expect(find(out.estimates, 'optIn', 'all')).toMatchObject({
      educators: 200,
      trials: 200 * held.length,
      successes: 1,
    });
  });

  it('keeps the default for an offering without a single record, and names it', () => {
    const out = calibrateBehaviour(scenario, records, { sessions });
    expect(out.offeringsWithoutRecords).toEqual([
      'maths-pd',
      'bites',
      'course',
    ]);
    const parameters = new Set(out.estimates.map((e) => e.parameter));
    expect([...parameters]).toEqual(['optIn']);
    expect(Object.keys(out.behaviour)).toEqual(['optIn']);
  });

  it('names every offering when there are no records at all', () => {
    const out = calibrateBehaviour(scenario, []);
    expect(out.estimates).toEqual([]);
    expect(out.behaviour).toEqual({});
    expect(out.offeringsWithoutRecords).toEqual([
      'open-lab',
      'maths-pd',
      'bites',
      'course',
    ]);
  });

  it('counts records it cannot place instead of failing', () => {
    const first = records[0];
    if (first?.kind !== 'session') throw new Error('fixture has sessions');
    const stray: Participation[] = [
      { ...first, educatorId: 'left-in-2026' },
      { ...first, sessionId: 'open-lab@2026-08-01T16:00' },
    ];
    const out = calibrateBehaviour(scenario, stray, { sessions });
    expect(out.ignored).toEqual({
      unknownEducator: 1,
      unknownOffering: 0,
      unknownSession: 1,
    });
  });

  it('reports every invalid record and option with its path', () => {
    const bad = [{ ...(records[0] as Participation), at: 'yesterday' }];
    const out = safeCalibrateBehaviour(scenario, bad, {
      sessions,
      confidence: 1.5,
    });
    expect(out.success).toBe(false);
    if (out.success) return;
    expect(out.issues.map((issue) => issue.path)).toEqual([
      ['participations', 0, 'at'],
      ['options', 'confidence'],
    ]);
    expect(() => calibrateBehaviour(scenario, bad, { sessions })).toThrow(
      ReachplanError,
    );
  });
});
