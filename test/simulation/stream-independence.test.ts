import { describe, expect, it } from 'vitest';
import type { ScenarioInput, Trajectory } from '../../src/index.js';
import { simulate } from '../../src/index.js';
import {
  buildScenario,
  certain,
  dated,
  ictCascade,
  offeringCommon,
  teachers,
} from './fixtures.js';

// Two halves of a district that never meet: schools a0–a2 and b0–b2. Each
// half has its own seminar; what is added to the b half must leave every
// draw of the a half where it was.
const aSchools = ['a0', 'a1', 'a2'];
const bSchools = ['b0', 'b1', 'b2'];
const educators = [...aSchools, ...bSchools].flatMap((s) => [
  { id: `${s}-lead`, schoolId: s, roles: ['ict-leader' as const] },
  ...teachers(8, s, `${s}-t`),
]);
const aEducators = educators.flatMap((e, i) =>
  aSchools.includes(e.schoolId) ? [i] : [],
);

const cascadeFrom = (source: string, schoolIds: string[]) =>
  ictCascade({
    source,
    podSize: 4,
    sessionsPerLeader: 2,
    schoolIds,
    behaviour: { leaderActivation: 0.5, attendance: 0.5 },
  });

function scenario(extra: {
  offerings?: ScenarioInput['catalogue']['offerings'];
  cascades?: ReturnType<typeof ictCascade>[];
}) {
  return buildScenario({
    educators,
    offerings: [
      dated('seminar-a', 'seminar-series', ['2027-05-10'], {
        seatsPerSchool: 1,
        eligibility: { schoolIds: aSchools, roles: ['ict-leader'] },
      }),
      dated('seminar-b', 'seminar-series', ['2027-05-10'], {
        seatsPerSchool: 1,
        eligibility: { schoolIds: bSchools, roles: ['ict-leader'] },
      }),
      dated('open-a', 'opt-in-session', ['2027-05-18', '2027-06-15'], {
        eligibility: { schoolIds: aSchools },
      }),
      ...(extra.offerings ?? []),
    ],
    behaviour: { ...certain, optIn: 0.3, attendIfBooked: 0.7 },
    cascades: [cascadeFrom('seminar-a', aSchools), ...(extra.cascades ?? [])],
  });
}

// Who was reached, when, how first and how well, in the a half only.
function aHalf(trajectories: readonly Trajectory[] | undefined) {
  return (trajectories ?? []).map((t) =>
    aEducators.map((i) => [t.firstDay[i], t.firstChannel[i], t.fidelity[i]]),
  );
}

function run(input: ReturnType<typeof scenario>) {
  const result = simulate(input, {
    seed: 17,
    replications: 12,
    trajectories: true,
  });
  return aHalf(result.state.trajectories);
}

describe('random streams keyed by purpose', () => {
  const base = run(scenario({}));

  it('leave one half of the district alone when the other gets micro-learning', () => {
    const micro = {
      id: 'micro-b',
      format: 'micro-learning' as const,
      title: 'Micro',
      ...offeringCommon,
      durationMinutes: 10,
      venue: 'online' as const,
      modules: 3,
      availableFrom: '2027-04-05',
      eligibility: { schoolIds: bSchools },
    };
    const withMicro = run(scenario({ offerings: [micro] }));

    expect(withMicro).toEqual(base);
  });

  it('leave one cascade’s draws alone when another cascade is added', () => {
    const withSecond = run(
      scenario({ cascades: [cascadeFrom('seminar-b', bSchools)] }),
    );

    expect(withSecond).toEqual(base);
  });

  it('vary between replications, so the comparison above can fail', () => {
    const distinct = new Set(base.map((r) => JSON.stringify(r)));
    expect(distinct.size).toBeGreaterThan(6);
  });
});

describe('seeds', () => {
  const small = buildScenario({
    educators: teachers(40),
    offerings: [dated('open', 'opt-in-session', ['2027-05-11', '2027-06-08'])],
    behaviour: { optIn: 0.3 },
  });
  const draws = (seed: number) =>
    JSON.stringify(
      simulate(small, { seed, replications: 3 }).state.educatorReached,
    );

  it('give different draws for neighbouring seeds', () => {
    expect(draws(1)).not.toBe(draws(2));
  });

  it('give different draws for seeds alike in their low 32 bits', () => {
    expect(draws(-1)).not.toBe(draws(0));
    expect(draws(-2)).not.toBe(draws(1));
    expect(draws(2 ** 32)).not.toBe(draws(1));
  });
});
