import { describe, expect, it } from 'vitest';
import { ReachplanError, safeSimulate, simulate } from '../../src/index.js';
import { buildScenario, oneTermCalendar, teachers } from './fixtures.js';

const scenario = buildScenario({ educators: teachers(5) });

function issuesOf(options: Parameters<typeof safeSimulate>[1]) {
  const outcome = safeSimulate(scenario, options);
  if (outcome.success) throw new Error('expected issues');
  return outcome.issues;
}

describe('simulate options', () => {
  it('refuses zero replications', () => {
    expect(issuesOf({ seed: 1, replications: 0 })).toEqual([
      {
        code: 'too_small',
        path: ['options', 'replications'],
        message: 'run at least 1 replication, received 0',
      },
    ]);
  });

  it('refuses a seed that is not an integer', () => {
    expect(issuesOf({ seed: 1.5, replications: 1 })).toEqual([
      {
        code: 'invalid_type',
        path: ['options', 'seed'],
        message: 'expected integer, received number 1.5',
      },
    ]);
  });

  it('refuses an academic year the calendar does not have', () => {
    expect(issuesOf({ seed: 1, replications: 1, horizon: ['2031'] })).toEqual([
      {
        code: 'unknown_year',
        path: ['options', 'horizon', 0],
        message:
          'academic year "2031" is not in the calendar (its years: "2027")',
      },
    ]);
  });

  it('refuses a date range outside the calendar', () => {
    const horizon = { from: '2026-01-01', to: '2026-12-31' };
    expect(issuesOf({ seed: 1, replications: 1, horizon })).toEqual([
      {
        code: 'invalid_horizon',
        path: ['options', 'horizon'],
        message:
          'the horizon 2026-01-01 to 2026-12-31 is outside the calendar, ' +
          'which runs from 2027-04-01 to 2028-03-31',
      },
    ]);
  });

  it('refuses a horizon without a school day', () => {
    const horizon = { from: '2027-08-01', to: '2027-08-10' };
    expect(issuesOf({ seed: 1, replications: 1, horizon })).toEqual([
      {
        code: 'empty_horizon',
        path: ['options', 'horizon'],
        message: 'the horizon 2027-08-01 to 2027-08-10 holds no school day',
      },
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    const horizon = { from: '2027-05-01', to: '2027-04-10' };
    expect(issuesOf({ seed: 1, replications: 1, horizon })).toEqual([
      {
        code: 'invalid_horizon',
        path: ['options', 'horizon'],
        message: 'the horizon starts on 2027-05-01, after its end 2027-04-10',
      },
    ]);
  });

  it('reports every problem at once', () => {
    const issues = issuesOf({ seed: 0.5, replications: -2 });
    expect(issues.map((i) => i.path.at(-1))).toEqual(['seed', 'replications']);
  });

  it('throws a ReachplanError carrying the issues', () => {
    expect(() => simulate(scenario, { seed: 1, replications: 0 })).toThrow(
      ReachplanError,
    );
  });

  it('stops between replications when the signal is aborted', () => {
    const controller = new AbortController();
    const outcome = safeSimulate(scenario, {
      seed: 1,
      replications: 10,
      signal: controller.signal,
      onProgress: ({ done }) => {
        if (done === 3) controller.abort();
      },
    });
    expect(outcome).toEqual({
      success: false,
      issues: [
        {
          code: 'aborted',
          path: ['options', 'signal'],
          message: 'the simulation was aborted after 3 of 10 replications',
        },
      ],
    });
  });

  it('reports progress after each replication, in order', () => {
    const seen: string[] = [];
    simulate(scenario, {
      seed: 1,
      replications: 4,
      onProgress: ({ done, total }) => seen.push(`${done}/${total}`),
    });
    expect(seen).toEqual(['1/4', '2/4', '3/4', '4/4']);
  });

  it('runs nothing when the signal is aborted before the start', () => {
    const controller = new AbortController();
    controller.abort();
    let calls = 0;
    const outcome = safeSimulate(scenario, {
      seed: 1,
      replications: 5,
      signal: controller.signal,
      onProgress: () => {
        calls += 1;
      },
    });
    expect(calls).toBe(0);
    expect(outcome.success ? '' : outcome.issues[0]?.message).toBe(
      'the simulation was aborted after 0 of 5 replications',
    );
  });

  it('names every unknown year at once, each with its position', () => {
    const issues = issuesOf({
      seed: 1,
      replications: 1,
      horizon: ['2027', '1999', 'next'],
    });
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [
        ['options', 'horizon', 1],
        'academic year "1999" is not in the calendar (its years: "2027")',
      ],
      [
        ['options', 'horizon', 2],
        'academic year "next" is not in the calendar (its years: "2027")',
      ],
    ]);
  });

  it('simulates several academic years with a checkpoint at each term end', () => {
    const twoYears = buildScenario({
      educators: teachers(5),
      calendar: oneTermCalendar(2),
    });
    const result = simulate(twoYears, {
      seed: 1,
      replications: 1,
      horizon: ['2027', '2028'],
    });
    expect(result.terms.map((t) => [t.label, t.date])).toEqual([
      ['2027-t1', '2027-07-20'],
      ['2028-t1', '2028-07-20'],
    ]);
    expect(result.layout.dates[0]).toBe('2027-04-05');
    expect(result.end.date).toBe('2028-07-20');
  });
});
