import { describe, expect, it } from 'vitest';
import { formatPath, ReachplanError, unwrapResult } from '../../src/index.js';

describe('formatPath', () => {
  it('writes keys with dots and indices in brackets', () => {
    expect(formatPath(['district', 'educators', 12, 'schoolId'])).toBe(
      'district.educators[12].schoolId',
    );
  });

  it('names the root when the path is empty', () => {
    expect(formatPath([])).toBe('(root)');
  });
});

describe('ReachplanError', () => {
  it('lists the first five issues and counts the rest', () => {
    const issues = Array.from({ length: 7 }, (_, i) => ({
      code: 'missing',
      path: ['items', i],
      message: `item ${i} is missing`,
    }));
    const error = new ReachplanError(issues);
    expect(error.name).toBe('ReachplanError');
    expect(error.issues).toHaveLength(7);
    expect(error.message).toBe(
      [
        '7 issues found:',
        '- items[0]: item 0 is missing',
        '- items[1]: item 1 is missing',
        '- items[2]: item 2 is missing',
        '- items[3]: item 3 is missing',
        '- items[4]: item 4 is missing',
        '- … and 2 more',
      ].join('\n'),
    );
  });
});

describe('unwrapResult', () => {
  it('returns the data of a success', () => {
    expect(unwrapResult({ success: true, data: 5 })).toBe(5);
  });

  it('throws the issues of a failure', () => {
    const issue = { code: 'x', path: [], message: 'bad' };
    expect(() => unwrapResult({ success: false, issues: [issue] })).toThrow(
      ReachplanError,
    );
  });
});
