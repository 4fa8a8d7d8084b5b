import type { ReachplanIssue } from '../../src/index.js';
import { ReachplanError } from '../../src/index.js';

/** The issues a call throws; fails the test when it throws nothing else. */
export function issuesOf(run: () => unknown): readonly ReachplanIssue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ReachplanError) return error.issues;
    throw error;
  }
  throw new Error('expected a ReachplanError, but nothing was thrown');
}
