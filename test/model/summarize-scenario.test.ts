import { describe, expect, it } from 'vitest';
import {
  exampleScenario,
  formatScenarioSummary,
  parseScenario,
  summarizeScenario,
} from '../../src/index.js';
import { smallScenario } from './small-scenario.js';

describe('summarizeScenario', () => {
  it('counts schools, roles, segments (unknown too) and formats', () => {
    const summary = summarizeScenario(parseScenario(smallScenario()));
    expect(summary.schools).toEqual({
      total: 2,
      byLevel: {
        elementary: 1,
        'lower-secondary': 1,
        'upper-secondary': 0,
        'special-needs': 0,
        other: 0,
      },
    });
    expect(summary.educators.byRole).toMatchObject({
      teacher: 2,
      'ict-leader': 1,
      principal: 1,
    });
    expect(summary.educators.bySegment).toEqual({
      innovator: 0,
      'early-adopter': 1,
      'early-majority': 0,
      'late-majority': 0,
      laggard: 0,
      unknown: 2,
    });
    expect(summary.educators.partTime).toBe(1);
    expect(summary.offerings.byFormat).toMatchObject({
      'seminar-series': 1,
      'async-course': 1,
    });
    expect(summary.offerings.byCategory).toEqual([
      { id: 'tl', name: 'Teaching & Learning', offerings: 1 },
      { id: 'ict', name: 'ICT', offerings: 1 },
    ]);
  });

  it('counts the sessions of each scheduled offering per term', () => {
    const summary = summarizeScenario(parseScenario(smallScenario()));
    expect(summary.terms.map((t) => t.termId)).toEqual(['t1', 't2', 't3']);
    expect(summary.sessions).toEqual([
      {
        offeringId: 'lesson-design',
        title: 'Creative lesson design',
        perTerm: [1, 1, 0],
        outsideTerms: 0,
        total: 2,
      },
    ]);
    expect(summary.sessionIssues).toEqual([]);
  });

  it('counts the example’s seminar series 4, 3 and 1 across three terms', () => {
    const summary = summarizeScenario(parseScenario(exampleScenario()));
    expect(summary.sessions.map((row) => [row.perTerm, row.total])).toEqual([
      [[1, 2, 1], 4],
      [[1, 1, 1], 3],
      [[0, 1, 0], 1],
    ]);
    expect(summary.schools.byLevel.elementary).toBe(13);
  });

  it('writes the summary as tables a planner can read', () => {
    const summary = summarizeScenario(parseScenario(smallScenario()));
    expect(formatScenarioSummary(summary)).toBe(
      [
        'Small test district',
        'Test district · Asia/Tokyo · 2 schools · 3 educators (1 part time) · 2 offerings',
        '',
        'Schools by level',
        'level            count',
        '---------------  -----',
        'elementary           1',
        'lower-secondary      1',
        '',
        'Educators by role (someone with two roles counts under both)',
        'role        count',
        '----------  -----',
        'teacher         2',
        'ict-leader      1',
        'principal       1',
        '',
        'Educators by adopter segment',
        'segment         count  share',
        '--------------  -----  -----',
        'innovator           0   0.0%',
        'early-adopter       1  33.3%',
        'early-majority      0   0.0%',
        'late-majority       0   0.0%',
        'laggard             0   0.0%',
        'unknown             2  66.7%',
        '',
        'Offerings by category',
        'category             count',
        '-------------------  -----',
        'Teaching & Learning      1',
        'ICT                      1',
        '',
        'Sessions per term',
        'offering                Term 1  Term 2  Term 3  total',
        '----------------------  ------  ------  ------  -----',
        'Creative lesson design       1       1       0      2',
        '',
      ].join('\n'),
    );
  });
});
