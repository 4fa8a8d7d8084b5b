import { describe, expect, it } from 'vitest';
import { evaluateRequirements } from '../../src/index.js';
import { attended, completed, tokyo, verdictOf, withRules } from './helpers.js';

describe('yearly and hours rules', () => {
  it('counts a completion at 23:30 local on the last day of the year for that year', () => {
    const scenario = withRules([
      {
        id: 'course',
        name: 'Course',
        kind: 'offering-per-year',
        offeringId: 'restorative',
      },
    ]);
    const records = [
      completed('e1', 'restorative', '2028-03-31', '23:30'),
      completed('e2', 'restorative', '2028-04-01', '00:30'),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2028-04-02', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'course')?.status).toBe('met');
    expect(verdictOf(report, 'e1', 'course')?.period).toEqual({
      kind: 'year',
      id: '2027',
      start: '2027-04-01',
      end: '2028-03-31',
    });
    expect(verdictOf(report, 'e2', 'course')?.status).toBe('behind');
  });

  it('counts any offering of a category once a year', () => {
    const scenario = withRules([
      {
        id: 'digital',
        name: 'Digital',
        kind: 'offering-per-year',
        categoryId: 'digital',
      },
    ]);
    const records = [attended('e1', 'citizenship', '2027-11-10', '14:00', 120)];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-11-01', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'digital')?.status).toBe('at-risk');
    expect(verdictOf(report, 'e1', 'digital')?.note).toBe(
      '1 completion needed, 1 session left this year, last on 10 November',
    );
    const after = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-11-11', '09:00'),
    );
    expect(verdictOf(after, 'e1', 'digital')?.status).toBe('met');
    expect(verdictOf(after, 'e2', 'digital')?.status).toBe('behind');
    // The principal is not eligible for the seminar: no chance at all.
    expect(verdictOf(report, 'e3', 'digital')?.sessionsLeft).toBe(0);
  });

  it('adds attendance and module minutes, pro-rata for part-time staff', () => {
    const scenario = withRules([
      {
        id: 'hours',
        name: 'Hours',
        kind: 'hours-per-period',
        hours: 1.5,
        period: { kind: 'year' },
      },
    ]);
    const records = [
      attended('e4', 'opt-in', '2027-07-13', '16:00', 60),
      completed('e4', 'restorative', '2027-07-14', '20:00', 'module', 30),
      completed('e5', 'restorative', '2027-07-14', '20:00', 'module', 30),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-15', '09:00'),
    );
    expect(verdictOf(report, 'e4', 'hours')).toMatchObject({
      status: 'met',
      progress: 90,
      target: 90,
    });
    expect(verdictOf(report, 'e5', 'hours')).toMatchObject({
      target: 45,
      progress: 30,
      needed: 15,
      selfPaced: true,
    });
  });

  it('counts the rolling window back from the evaluation day', () => {
    const scenario = withRules([
      {
        id: 'rolling',
        name: 'Rolling',
        kind: 'hours-per-period',
        hours: 1,
        period: { kind: 'rolling', months: 3 },
      },
    ]);
    const records = [
      attended('e4', 'opt-in', '2027-07-13', '16:00', 60),
      attended('e5', 'opt-in', '2027-05-12', '16:00', 60),
    ];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-09-10', '09:00'),
    );
    expect(verdictOf(report, 'e4', 'rolling')?.period).toEqual({
      kind: 'rolling',
      start: '2027-06-11',
      end: '2027-09-10',
    });
    expect(verdictOf(report, 'e4', 'rolling')?.status).toBe('met');
    expect(verdictOf(report, 'e5', 'rolling')?.status).toBe('behind');
  });

  it('lists the categories not yet covered', () => {
    const scenario = withRules([
      {
        id: 'cover',
        name: 'Cover',
        kind: 'category-coverage',
        categoryIds: ['tl', 'pastoral'],
      },
    ]);
    const records = [attended('e1', 'opt-in', '2027-07-13', '16:00', 60)];
    const report = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-14', '09:00'),
    );
    expect(verdictOf(report, 'e1', 'cover')).toMatchObject({
      status: 'on-track',
      progress: 1,
      needed: 1,
      missingCategoryIds: ['pastoral'],
      selfPaced: true,
    });
    expect(verdictOf(report, 'e2', 'cover')?.missingCategoryIds).toEqual([
      'tl',
      'pastoral',
    ]);
  });

  it('keeps a certificate valid for its months and asks for renewal in the window', () => {
    const scenario = withRules([
      {
        id: 'cert',
        name: 'Cert',
        kind: 'certification',
        offeringId: 'restorative',
        validMonths: 12,
        renewalWindowDays: 30,
      },
    ]);
    const records = [completed('e1', 'restorative', '2027-04-10', '10:00')];
    const early = evaluateRequirements(
      scenario,
      records,
      tokyo('2027-07-01', '09:00'),
    );
    expect(verdictOf(early, 'e1', 'cert')).toMatchObject({
      status: 'met',
      expiresOn: '2028-04-10',
      period: { kind: 'validity', start: '2027-04-10', end: '2028-04-09' },
    });
    expect(verdictOf(early, 'e2', 'cert')?.status).toBe('behind');
    expect(verdictOf(early, 'e2', 'cert')?.note).toBe(
      'never completed; 0 sessions ahead, self-paced options open',
    );
    expect(verdictOf(early, 'e2', 'cert')?.selfPaced).toBe(true);

    const renewal = evaluateRequirements(
      scenario,
      records,
      tokyo('2028-03-20', '09:00'),
    );
    expect(verdictOf(renewal, 'e1', 'cert')?.status).toBe('on-track');
    expect(verdictOf(renewal, 'e1', 'cert')?.needed).toBe(1);
  });
});
