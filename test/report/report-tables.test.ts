import { describe, expect, it } from 'vitest';
import {
  channelTable,
  complianceTable,
  costTable,
  finalReach,
  formatCount,
  formatQuantity,
  formatShare,
  planSummaryTable,
  reachBySchoolTable,
  reachOverTimeTable,
} from '../../src/index.js';
import { sampleReport } from './sample-report.js';

describe('report tables', () => {
  const data = sampleReport();

  it('summarises each plan with its final reach and cost', () => {
    const table = planSummaryTable(data);
    expect(table.rows[0]).toEqual([
      "Today's plan",
      '504',
      '60 (12.0%)',
      '–',
      '9.6%',
      '24',
      '12',
    ]);
    expect(table.rows).toHaveLength(4);
  });

  it('lists reach at every date with one column per plan', () => {
    const table = reachOverTimeTable(data);
    expect(table.columns.map((c) => c.header)).toEqual([
      'date',
      "Today's plan",
      'Cascade pods',
      'Pods + micro-learning + course',
      'Second district model <opt-in & pods>',
    ]);
    expect(table.rows[0]).toEqual([
      '2027-04-30',
      '5 (1.0%)',
      '23 (4.6%)',
      '33 (6.5%)',
      '40 (7.9%)',
    ]);
    expect(table.rows).toHaveLength(12);
  });

  it('gives the range holding 90% of runs where a plan carries one', () => {
    const [first, second] = data.plans;
    if (!first || !second) throw new Error('sample has plans');
    const ranged = {
      ...first,
      reachOverTime: first.reachOverTime.map((point) => ({
        ...point,
        low: point.reached - 4.4,
        high: point.reached + 6.6,
      })),
    };
    const plans = { ...data, plans: [ranged, second] };

    expect(planSummaryTable(plans).rows[0]?.[3]).toBe('56–67');
    const table = reachOverTimeTable(plans);
    expect(table.columns.map((c) => c.header)).toEqual([
      'date',
      "Today's plan",
      '90% of runs',
      'Cascade pods',
    ]);
    expect(table.rows[0]).toEqual([
      '2027-04-30',
      '5 (1.0%)',
      '1–12',
      '23 (4.6%)',
    ]);
  });

  it('shows a dash where a plan has no point at a date', () => {
    const [first, second] = data.plans;
    if (!first || !second) throw new Error('sample has plans');
    const table = reachOverTimeTable({
      ...data,
      plans: [first, { ...second, reachOverTime: [] }],
    });
    expect(table.rows[0]?.[2]).toBe('–');
  });

  it('gives the share of each school for each plan', () => {
    const row = reachBySchoolTable(data).rows[0];
    expect(row).toEqual(['港中学校', '24', '7.2%', '33.0%', '46.8%', '57.0%']);
  });

  it('counts every channel found in any plan, zero where unused', () => {
    const table = channelTable(data);
    expect(table.rows.map((row) => row[0])).toEqual([
      'seminar',
      'cascade',
      'micro-learning',
      'async-course',
      'opt-in',
      'department-pd',
    ]);
    expect(table.rows[4]).toEqual(['opt-in', '0', '0', '0', '410']);
  });

  it('sets facilitator hours against the educators reached', () => {
    expect(costTable(data).rows[0]).toEqual([
      "Today's plan",
      '12.0%',
      '24',
      '12',
      '0.4',
    ]);
  });

  it('has no compliance rows when no plan has requirements', () => {
    const plans = data.plans.map((plan) => ({ ...plan, compliance: [] }));
    expect(complianceTable({ ...data, plans }).rows).toEqual([]);
    expect(complianceTable(data).rows[0]).toEqual([
      '1学期',
      '各学期1回以上',
      '5.0%',
      '30.0%',
      '45.0%',
      '90.0%',
    ]);
  });

  it('reads the final reach from the last point, zero without points', () => {
    const plan = data.plans[0];
    if (!plan) throw new Error('sample has plans');
    expect(finalReach(plan)).toBeCloseTo(60.48);
    expect(finalReach({ ...plan, reachOverTime: [] })).toBe(0);
  });
});

describe('number formats', () => {
  it('writes shares, counts and quantities the way the tables show them', () => {
    expect(formatShare(0.1191)).toBe('11.9%');
    expect(formatShare(Number.NaN)).toBe('–');
    expect(formatCount(24999.6)).toBe('25,000');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatQuantity(24.04)).toBe('24');
    expect(formatQuantity(31.45)).toBe('31.4');
  });
});
