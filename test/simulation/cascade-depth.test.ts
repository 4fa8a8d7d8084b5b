import { describe, expect, it } from 'vitest';
import { CHANNELS, simulate } from '../../src/index.js';
import {
  buildScenario,
  certain,
  dated,
  ictCascade,
  teachers,
} from './fixtures.js';

const CASCADE = CHANNELS.indexOf('cascade');

// Each school: one ICT leader trained at the seminar, who leads a pod of
// three; each of those three leads a pod of three more (two levels).
function twoLevels(
  schools: number,
  behaviour?: { leaderActivation: number; attendance: number },
) {
  const ids = Array.from({ length: schools }, (_, k) => `s${k}`);
  return buildScenario({
    educators: ids.flatMap((s) => [
      { id: `${s}-lead`, schoolId: s, roles: ['ict-leader' as const] },
      ...teachers(20, s, `${s}-t`),
    ]),
    offerings: [
      dated('source', 'seminar-series', ['2027-05-10'], { seatsPerSchool: 1 }),
    ],
    behaviour: certain,
    cascades: [
      ictCascade({
        source: 'source',
        podSize: 3,
        maxDepth: 2,
        ...(behaviour ? { behaviour } : {}),
      }),
    ],
  });
}

// The cascade level of each educator reached by a pod, told apart by the
// fidelity they hold: 0.75 one level down, 0.75² two levels down (the
// half-life of certain behaviour is so long that forgetting is < 0.1%).
function levelCounts(fidelity: readonly number[], first: readonly number[]) {
  let one = 0;
  let two = 0;
  first.forEach((channel, i) => {
    if (channel !== CASCADE) return;
    const f = fidelity[i] ?? 0;
    if (Math.abs(f - 0.75) < 0.005) one += 1;
    else if (Math.abs(f - 0.5625) < 0.005) two += 1;
    else throw new Error(`unexpected cascade fidelity ${f}`);
  });
  return [one, two] as const;
}

describe('a two-level cascade with every chance 1', () => {
  const result = simulate(twoLevels(4), {
    seed: 2,
    replications: 2,
    trajectories: true,
  });

  it('reaches 1 + 3 + 9 educators at each school', () => {
    // 4 schools × 13 of 21 educators
    expect(result.end.reached.mean).toBe(
      Math.round((52 / 84) * 2 ** 24) / 2 ** 24,
    );
    expect(result.end.firstChannel['seminar']?.mean).toBe(
      Math.round((4 / 84) * 2 ** 24) / 2 ** 24,
    );
  });

  it('loses the fidelity kept at each level: 0.75, then 0.5625', () => {
    for (const t of result.state.trajectories ?? []) {
      expect(levelCounts(t.fidelity, t.firstChannel)).toEqual([12, 36]);
    }
  });

  it('charges one facilitator per pod meeting', () => {
    // the seminar's hour, then 4 + 12 pods of 45 minutes
    expect(result.end.cost.facilitatorHours.mean).toBe(1 + (16 * 45) / 60);
  });
});

// Sample mean, variance and the standard errors of both, the latter from
// the sample's own fourth central moment.
function moments(values: readonly number[]) {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const centred = values.map((v) => v - mean);
  const m2 = centred.reduce((a, d) => a + d * d, 0) / n;
  const m4 = centred.reduce((a, d) => a + d ** 4, 0) / n;
  return {
    mean,
    variance: (m2 * n) / (n - 1),
    meanError: Math.sqrt(m2 / n),
    varianceError: Math.sqrt((m4 - m2 * m2) / n),
  };
}

describe('a two-level cascade with chance in it', () => {
  const replications = 400;
  const result = simulate(
    twoLevels(10, { leaderActivation: 0.7, attendance: 0.6 }),
    { seed: 23, replications, trajectories: true },
  );
  const counts = (result.state.trajectories ?? []).map((t) =>
    levelCounts(t.fidelity, t.firstChannel),
  );

  // Worked by hand: a leader runs the pod with a = 0.7 and each of k = 3
  // members comes with c = 0.6, so a leader reaches B·Bin(3, 0.6) with
  // mean m = a·k·c = 1.26 and variance
  // σ² = a·k·c·(1 − c) + a·(1 − a)·(k·c)² = 0.504 + 0.6804 = 1.1844.
  // Level 1 from 10 leaders: mean 12.6, variance 11.844.
  // Level 2: mean 12.6 · 1.26 = 15.876,
  // variance 12.6 · 1.1844 + 1.26² · 11.844 = 33.72703…
  const expected = [
    { mean: 12.6, variance: 11.844 },
    { mean: 15.876, variance: 12.6 * 1.1844 + 1.26 ** 2 * 11.844 },
  ];

  it('matches the branching-process mean and variance at both levels', () => {
    expected.forEach((want, level) => {
      const got = moments(counts.map((c) => c[level] ?? 0));
      expect(Math.abs(got.mean - want.mean)).toBeLessThan(4 * got.meanError);
      expect(Math.abs(got.variance - want.variance)).toBeLessThan(
        4 * got.varianceError,
      );
    });
  });

  it('has tolerances tight enough to tell a per-member draw from a per-leader one', () => {
    // Were each member reached independently with a·c = 0.42, level 1
    // would have the same mean but variance 30 · 0.42 · 0.58 = 7.308.
    const got = moments(counts.map((c) => c[0]));
    expect(4 * got.varianceError).toBeLessThan(11.844 - 7.308);
  });
});

describe('a pod whose leader does not work on its meeting day', () => {
  const make = (availability?: ('mon' | 'tue')[]) => {
    const cascade = ictCascade({ source: 'source', podSize: 3 });
    if (cascade.kind !== 'cascade') throw new Error('a cascade plan');
    return buildScenario({
      educators: [
        {
          id: 'lead',
          schoolId: 's1',
          roles: ['ict-leader' as const],
          ...(availability ? { availability } : {}),
        },
        ...teachers(6, 's1'),
      ],
      offerings: [
        // A Monday seminar; the pod meets on a Tuesday.
        dated('source', 'seminar-series', ['2027-05-10'], {
          seatsPerSchool: 1,
        }),
      ],
      behaviour: certain,
      cascades: [
        {
          ...cascade,
          levels: cascade.levels.map((level) => ({
            ...level,
            weekdays: ['tue' as const],
          })),
        },
      ],
    });
  };

  it('does not meet, and costs nothing', () => {
    const works = simulate(make(), { seed: 1, replications: 1 });
    const away = simulate(make(['mon']), { seed: 1, replications: 1 });
    expect(works.end.firstChannel['cascade']?.mean).toBeCloseTo(3 / 7, 6);
    expect(away.end.firstChannel['cascade']?.mean).toBe(0);
    expect(away.end.cost.facilitatorHours.mean).toBe(1);
  });
});
