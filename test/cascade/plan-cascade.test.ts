import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCascade, safePlanCascade, weekdayOf } from '../../src/index.js';
import {
  handDistrict,
  parsed,
  podLevel,
  schoolId,
  seminarCascade,
} from './district.js';

const CITY = [
  ...Array<number>(7).fill(20),
  ...Array<number>(7).fill(24),
  ...Array<number>(7).fill(28),
];

// Small districts and pod bounds for the properties below.
const headcountsArb = fc.array(fc.integer({ min: 4, max: 40 }), {
  minLength: 1,
  maxLength: 4,
});
const podMinArb = fc.integer({ min: 1, max: 3 });
const podExtraArb = fc.integer({ min: 0, max: 5 });

function twoLevels(extra = {}) {
  return seminarCascade(
    [podLevel('l1', 'source'), podLevel('l2', 'l1')],
    extra,
  );
}

describe('planCascade', () => {
  it('plans the city level by level with the hand-worked counts', () => {
    const plan = planCascade(parsed(handDistrict(CITY, [twoLevels()])));
    const [cascade] = plan.cascades;
    // 63 first leaders; 3 pods per school hold 17 or 18; the 0, 3 or 7
    // left go to level 2 (see expected-reach.test.ts for the sums).
    expect(cascade?.levels.map((l) => l.reached)).toEqual([63, 371, 70]);
    expect(cascade?.levels.map((l) => l.pods)).toEqual([0, 63, 21]);
    expect(cascade?.unplaced).toEqual([]);
  });

  it('keeps the seminar seats: at most three first leaders per school', () => {
    const plan = planCascade(parsed(handDistrict(CITY, [twoLevels()])));
    const first = plan.cascades[0]?.leaders.filter((l) => l.level === 0) ?? [];
    const perSchool = new Map<string, number>();
    for (const leader of first) {
      perSchool.set(leader.schoolId, (perSchool.get(leader.schoolId) ?? 0) + 1);
    }
    expect([...perSchool.values()]).toEqual(Array<number>(21).fill(3));
  });

  it('picks early adopters first when selecting by segment', () => {
    const scenario = parsed(handDistrict([20], [twoLevels()]));
    const plan = planCascade(scenario);
    const segmentOf = new Map(
      scenario.district.educators.map((e) => [e.id, e.segment]),
    );
    const first = plan.cascades[0]?.leaders.filter((l) => l.level === 0) ?? [];
    // Four early adopters in a school of 20 (j = 1, 2, 10, 11): three of
    // them, drawn by the seed, fill the seats before any innovator.
    expect(first.map((l) => segmentOf.get(l.educatorId))).toEqual([
      'early-adopter',
      'early-adopter',
      'early-adopter',
    ]);
  });

  it('lists who is left without a pod when the levels run out', () => {
    const oneLevel = seminarCascade([podLevel('l1', 'source')]);
    const plan = planCascade(parsed(handDistrict([24, 28], [oneLevel])));
    const unplaced = plan.cascades[0]?.unplaced ?? [];
    // 24 − 3 − 18 = 3 and 28 − 3 − 18 = 7 left, every pod full.
    expect(unplaced).toHaveLength(10);
    expect(new Set(unplaced.map((u) => u.reason))).toEqual(
      new Set(['pods-full']),
    );
    expect(unplaced[0]).toMatchObject({ schoolId: 's01', level: 1 });
  });

  it('names schools without a leader when the caller picks nobody there', () => {
    const scenario = parsed(handDistrict([10, 10], [twoLevels()]));
    const plan = planCascade(scenario, {
      selectLeaders: ({ school, suggested }) =>
        school.id === 's02' ? [] : suggested.map((e) => e.id),
    });
    const unplaced = plan.cascades[0]?.unplaced ?? [];
    expect(unplaced).toHaveLength(10);
    expect(unplaced.every((u) => u.reason === 'no-leader-at-school')).toBe(
      true,
    );
    expect(unplaced.every((u) => u.schoolId === 's02')).toBe(true);
  });

  it('rejects a caller’s selector that picks staff of another school', () => {
    const scenario = parsed(handDistrict([10, 10], [twoLevels()]));
    const result = safePlanCascade(scenario, {
      selectLeaders: () => ['s02-e001'],
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]).toEqual({
      code: 'invalid_leader',
      path: ['options', 'selectLeaders'],
      message:
        'selectLeaders chose "s02-e001" for school "s01" in cascade "design-cascade", but "s02-e001" is not on that school\'s staff',
    });
  });

  it('gives the same plan for the same seed and another for another seed', () => {
    const scenario = parsed(handDistrict([28, 24], [twoLevels()]));
    const members = (seed: number) =>
      planCascade(scenario, { seed }).cascades[0]?.pods.map((p) => p.memberIds);
    expect(members(7)).toEqual(members(7));
    expect(members(7)).not.toEqual(members(8));
  });

  it('dates pod sessions on allowed weekdays inside the window, off closures', () => {
    // Second seminar: Thursday 14 October. 20 school days later is
    // Friday 12 November (Culture Day, 3 November, is closed). The
    // Wednesdays in between are 20 and 27 October and 10 November.
    const level = podLevel('l1', 'source', {
      weekdays: ['wed'],
      withinSchoolDays: 20,
      sessionsPerLeader: 3,
    });
    const cascade = seminarCascade([level], { sourceSession: 2 });
    const plan = planCascade(parsed(handDistrict([10], [cascade])));
    const dates = [...new Set(plan.sessions.map((s) => s.localDate))];
    expect(dates).toEqual(['2027-10-20', '2027-10-27', '2027-11-10']);
    expect(plan.sessions.every((s) => weekdayOf(s.localDate) === 'wed')).toBe(
      true,
    );
    expect(plan.cascades[0]?.unscheduled).toEqual([]);
  });

  it('makes sessions through the scheduling module, one per pod meeting', () => {
    const plan = planCascade(parsed(handDistrict([10], [twoLevels()])));
    const [pod] = plan.cascades[0]?.pods ?? [];
    const session = plan.sessions.find((s) => s.id === pod?.sessionIds[0]);
    expect(session).toMatchObject({
      offeringId: pod?.id,
      localDate: '2027-05-21',
      localStart: '16:00',
      start: '2027-05-21T07:00:00.000Z',
      durationMinutes: 45,
      yearId: '2027',
      termId: 't1',
      schoolId: 's01',
      venue: 'school',
      facilitators: [pod?.leaderId],
      status: 'scheduled',
    });
    const booked = plan.bookings.filter((b) => b.sessionId === session?.id);
    expect(booked.map((b) => b.educatorId)).toEqual(pod?.memberIds);
  });

  it('reports pods short of sessions when the window is too narrow', () => {
    const level = podLevel('l1', 'source', {
      weekdays: ['mon'],
      withinSchoolDays: 3,
      sessionsPerLeader: 2,
    });
    const plan = planCascade(
      parsed(handDistrict([10], [seminarCascade([level])])),
    );
    // Thursday 20 May + 3 school days = Tuesday 25 May: one Monday (24th).
    expect(plan.cascades[0]?.unscheduled[0]).toMatchObject({
      wanted: 2,
      scheduled: 1,
    });
  });

  it('reports a leader running two pods at once as a conflict', () => {
    const copy = { ...twoLevels(), id: 'copy-cascade', name: 'Copy' };
    const plan = planCascade(parsed(handDistrict([10], [twoLevels(), copy])));
    const kinds = new Set(plan.conflicts.map((c) => c.kind));
    expect(kinds.has('facilitator-double-booked')).toBe(true);
  });

  it('reports a first leader due at the seminar while leading a pod', () => {
    // The seminar meets on Thursdays 20 and 27 May, 14:00 to 17:00; the
    // pods meet on the Thursday inside five school days: 27 May at 15:00.
    const level = podLevel('l1', 'source', {
      weekdays: ['thu'],
      withinSchoolDays: 5,
      startTime: '15:00',
    });
    const input = handDistrict([10], [seminarCascade([level])]);
    const seminar = input.catalogue.offerings[0];
    if (seminar && 'schedule' in seminar) {
      seminar.schedule = {
        kind: 'dates',
        dates: ['2027-05-20', '2027-05-27'],
        startTime: '14:00',
      };
    }
    const plan = planCascade(parsed(input));
    const leaders = plan.cascades[0]?.leaders.map((l) => l.educatorId) ?? [];
    // Seven colleagues fill two pods, so two of the three leaders clash.
    expect(plan.conflicts).toHaveLength(2);
    for (const conflict of plan.conflicts) {
      expect(conflict.kind).toBe('educator-double-booked');
      expect(leaders).toContain(conflict.people[0]);
      expect(conflict.sessionIds[0]).toMatch(/^lesson-design@2027-05-27/);
    }
  });

  it('reports a pod leader due in a community pod at the same time', () => {
    // Cascade pods meet on Friday 21 May at 16:00; so does the community,
    // whose ICT leader gathers everyone else, pod leaders included.
    const community = {
      kind: 'community' as const,
      id: 'monthly-pods',
      name: 'Monthly pods',
      offeringId: 'pod-community',
      leaderSelection: { by: 'role' as const, roles: ['ict-leader' as const] },
      audience: 'school' as const,
      podSize: { min: 3, max: 9 },
      fidelityKept: 0.9,
    };
    const cascade = seminarCascade([podLevel('l1', 'source')], {
      leaderSelection: { by: 'segment', segments: ['early-adopter'] },
    });
    const input = handDistrict([10], [cascade, community]);
    const meetings = input.catalogue.offerings[1];
    if (meetings && 'schedule' in meetings) {
      meetings.schedule = {
        kind: 'dates',
        dates: ['2027-05-21'],
        startTime: '16:00',
      };
    }
    const plan = planCascade(parsed(input));
    const podLeaders = new Set(plan.cascades[0]?.pods.map((p) => p.leaderId));
    const clashes = plan.conflicts.filter(
      (c) =>
        c.kind === 'educator-double-booked' &&
        podLeaders.has(c.people[0] ?? ''),
    );
    // Both early adopters lead a cascade pod and sit in the community pod.
    expect(clashes.map((c) => c.people[0]).sort()).toEqual([
      's01-e002',
      's01-e003',
    ]);
  });

  it('plans a standing community on its offering’s monthly meetings', () => {
    const community = {
      kind: 'community' as const,
      id: 'monthly-pods',
      name: 'Monthly pods',
      offeringId: 'pod-community',
      leaderSelection: {
        by: 'segment' as const,
        segments: ['early-adopter' as const],
      },
      leadersPerSchool: 2,
      audience: 'school' as const,
      podSize: { min: 3, max: 8 },
      fidelityKept: 0.9,
    };
    const plan = planCascade(parsed(handDistrict([18], [community])));
    const [cascade] = plan.cascades;
    // Two early adopters lead; 16 colleagues fill two pods of eight.
    expect(cascade?.levels.map((l) => l.reached)).toEqual([2, 16]);
    expect(cascade?.pods.map((p) => p.sessionIds.length)).toEqual([3, 3]);
    expect([...new Set(plan.sessions.map((s) => s.localDate))]).toEqual([
      '2027-05-12',
      '2027-06-09',
      '2027-07-07',
    ]);
  });

  it('meets a community leader’s second pod right after the first', () => {
    const community = {
      kind: 'community' as const,
      id: 'monthly-pods',
      name: 'Monthly pods',
      offeringId: 'pod-community',
      leaderSelection: { by: 'role' as const, roles: ['ict-leader' as const] },
      audience: 'pod' as const,
      podSize: { min: 3, max: 5 },
      maxPodsPerLeader: 2,
      fidelityKept: 0.9,
    };
    const plan = planCascade(parsed(handDistrict([11], [community])));
    // One ICT leader, ten colleagues: two pods of five, 16:00 then 17:00.
    const may = plan.sessions.filter((s) => s.localDate === '2027-05-12');
    expect(may.map((s) => s.localStart)).toEqual(['16:00', '17:00']);
    expect(plan.conflicts).toEqual([]);
  });

  it('keeps department pods inside the leader’s departments', () => {
    const level = podLevel('l1', 'source', { audience: 'department' });
    const scenario = parsed(handDistrict([16], [seminarCascade([level])]));
    const plan = planCascade(scenario);
    const departments = new Map(
      scenario.district.educators.map((e) => [e.id, e.departments ?? []]),
    );
    for (const pod of plan.cascades[0]?.pods ?? []) {
      const mine = departments.get(pod.leaderId) ?? [];
      for (const member of pod.memberIds) {
        expect(mine).toEqual(departments.get(member));
      }
    }
    const reasons = new Set(plan.cascades[0]?.unplaced.map((u) => u.reason));
    expect(reasons).toEqual(new Set(['no-leader-in-department']));
  });

  it('never places more than a school has, and keeps pods within bounds', () => {
    fc.assert(
      fc.property(
        headcountsArb,
        fc.integer({ min: 1, max: 4 }),
        podMinArb,
        podExtraArb,
        fc.integer({ min: 1, max: 3 }),
        (headcounts, depth, min, extra, maxPods) => {
          const size = { min, max: min + extra };
          const level = podLevel('l1', 'source', {
            podSize: size,
            maxPodsPerLeader: maxPods,
          });
          const scenario = parsed(
            handDistrict(headcounts, [
              seminarCascade([level], { maxDepth: depth }),
            ]),
          );
          const [cascade] = planCascade(scenario).cascades;
          const placed = [
            ...(cascade?.leaders.filter((l) => l.level === 0) ?? []).map(
              (l) => l.educatorId,
            ),
            ...(cascade?.pods.flatMap((p) => p.memberIds) ?? []),
            ...(cascade?.unplaced.map((u) => u.educatorId) ?? []),
          ];
          expect(new Set(placed).size).toBe(placed.length);
          expect(placed.length).toBeLessThanOrEqual(
            headcounts.reduce((a, b) => a + b, 0),
          );
          for (const pod of cascade?.pods ?? []) {
            expect(pod.memberIds.length).toBeGreaterThanOrEqual(size.min);
            expect(pod.memberIds.length).toBeLessThanOrEqual(size.max);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps the reach of every level above when a level is added', () => {
    fc.assert(
      fc.property(
        headcountsArb,
        fc.integer({ min: 1, max: 3 }),
        podMinArb,
        podExtraArb,
        fc.integer({ min: 0, max: 100 }),
        (headcounts, depth, min, extra, seed) => {
          const size = { podSize: { min, max: min + extra } };
          const planAt = (levels: number) => {
            const chain = Array.from({ length: levels }, (_, i) =>
              podLevel(`l${i + 1}`, i === 0 ? 'source' : `l${i}`, size),
            );
            const scenario = parsed(
              handDistrict(headcounts, [seminarCascade(chain)]),
            );
            return planCascade(scenario, { seed }).cascades[0];
          };
          const before = planAt(depth);
          const after = planAt(depth + 1);
          expect(after?.levels).toHaveLength(depth + 2);
          expect(after?.levels.slice(0, depth + 1)).toEqual(before?.levels);

          const reached = new Map<string, number>();
          for (const pod of after?.pods ?? []) {
            const count = reached.get(pod.schoolId) ?? 0;
            reached.set(pod.schoolId, count + pod.memberIds.length);
          }
          headcounts.forEach((headcount, i) => {
            expect((reached.get(schoolId(i)) ?? 0) + 3).toBeLessThanOrEqual(
              headcount,
            );
          });
        },
      ),
      { numRuns: 30 },
    );
  });
});
