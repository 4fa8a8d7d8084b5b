import type { z } from 'zod';
import { describeValue } from './describe-value.js';
import type { ReachplanIssue, SafeResult } from './issues.js';

/**
 * Parses with a zod schema and turns every zod issue into a
 * {@link ReachplanIssue} whose message names the offending value. Anything
 * the input throws while being read (a getter, a proxy) becomes an issue too.
 *
 * @internal
 */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  basePath: readonly (string | number)[] = [],
): SafeResult<T> {
  let result: z.ZodSafeParseResult<T>;
  try {
    result = schema.safeParse(input, { reportInput: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure([
      { code: 'unreadable_input', path: [...basePath], message: reason },
    ]);
  }
  if (result.success) return { success: true, data: result.data };

  const issues = result.error.issues.map((issue) =>
    toReachplanIssue(issue, basePath),
  );
  return failure(issues);
}

function failure<T>(issues: ReachplanIssue[]): SafeResult<T> {
  return { success: false, issues };
}

function toReachplanIssue(
  issue: z.core.$ZodIssue,
  basePath: readonly (string | number)[],
): ReachplanIssue {
  const path = [...basePath, ...issue.path.map(toKey)];
  const received = describeValue(issue.input);

  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'missing', path, message: `${issue.expected} is required` }
        : {
            code: 'invalid_type',
            path,
            message: `expected ${issue.expected}, received ${received}`,
          };
    case 'unrecognized_keys':
      return {
        code: 'unknown_key',
        path,
        message: `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`,
      };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        path,
        message: `${received} is not one of ${issue.values
          .map((v) => JSON.stringify(v))
          .join(', ')}`,
      };
    default:
      return {
        code: issue.code === 'custom' ? customCode(issue) : issue.code,
        path,
        message: `${issue.message} (received ${received})`,
      };
  }
}

function customCode(issue: z.core.$ZodIssue): string {
  const params = 'params' in issue ? issue.params : undefined;
  const code = params?.['code'];
  return typeof code === 'string' ? code : 'invalid';
}

function toKey(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? String(key) : key;
}
