import { describe, expect, it } from 'vitest';
import { branchingMoments, CHANNELS, simulate } from '../../src/index.js';
import { buildScenario, certain, dated, teachers } from './fixtures.js';

const schools = Array.from({ length: 10 }, (_, k) => `s${k}`);

function cascadeScenario() {
  return buildScenario({
    educators: schools.flatMap((s) => [
      { id: `${s}-lead`, schoolId: s, roles: ['ict-leader' as const] },
      ...teachers(12, s, `${s}-t`),
    ]),
    offerings: [
      dated('source', 'seminar-series', ['2027-05-10'], { seatsPerSchool: 1 }),
    ],
    behaviour: certain,
    cascades: [
      {
        kind: 'cascade',
        id: 'back-at-school',
        name: 'Back at school',
        sourceOfferingId: 'source',
        leaderSelection: { by: 'role', roles: ['ict-leader'] },
        leadersPerSchool: 1,
        levels: [
          {
            id: 'pods',
            ledBy: 'source',
            audience: 'school',
            podSize: { min: 6, max: 6 },
            sessionsPerLeader: 1,
            withinSchoolDays: 10,
            startTime: '16:00',
            durationMinutes: 45,
            fidelityKept: 0.75,
            behaviour: { leaderActivation: 0.7, attendance: 0.6 },
          },
        ],
        maxDepth: 1,
      },
    ],
  });
}

describe('cascades', () => {
  const replications = 400;
  const result = simulate(cascadeScenario(), {
    seed: 21,
    replications,
    trajectories: true,
  });
  const cascade = CHANNELS.indexOf('cascade');
  const counts = (result.state.trajectories ?? []).map(
    (t) => t.firstChannel.filter((c) => c === cascade).length,
  );

  it('match the branching-process mean and variance', () => {
    const [, level] = branchingMoments(10, [
      { activation: 0.7, invited: 6, attendance: 0.6 },
    ]);
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    const variance =
      counts.reduce((a, b) => a + (b - mean) ** 2, 0) / (counts.length - 1);

    expect(level?.mean).toBeCloseTo(25.2, 6);
    // four standard errors: sqrt(37.3 / 400) ≈ 0.31 for the mean
    expect(Math.abs(mean - (level?.mean ?? 0))).toBeLessThan(1.25);
    // and roughly var·sqrt(2 / n) ≈ 2.6 (with room for heavy tails) for the variance
    expect(Math.abs(variance - (level?.variance ?? 0))).toBeLessThan(10);
  });

  it('pass on the leader’s fidelity times the fidelity kept', () => {
    const reachedByCascade = result.end.anyChannel['cascade']?.mean ?? 0;
    expect(reachedByCascade).toBeGreaterThan(0);
    // leaders hold 1 (seminar); members receive 0.75 before forgetting
    const fidelities = (result.state.trajectories ?? []).flatMap((t) =>
      t.firstChannel.flatMap((c, i) =>
        c === cascade ? [t.fidelity[i] ?? 0] : [],
      ),
    );
    expect(Math.max(...fidelities)).toBeLessThanOrEqual(0.75);
    expect(Math.min(...fidelities)).toBeGreaterThan(0.74);
  });

  it('charges the leaders’ time as facilitator hours', () => {
    // seminar 60 min, plus 45 min for each pod that meets
    const hours = result.end.cost.facilitatorHours;
    expect(hours.mean).toBeGreaterThan(1 + 0.75 * 10 * 0.5);
    expect(hours.mean).toBeLessThan(1 + 0.75 * 10 * 0.9);
  });
});
