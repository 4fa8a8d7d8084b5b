import type { ReachplanIssue, SafeResult } from '../../src/index.js';

/** The issues of a result that must have failed. */
export function issuesOf(
  result: SafeResult<unknown>,
): readonly ReachplanIssue[] {
  if (result.success) throw new Error('expected the input to be rejected');
  return result.issues;
}
