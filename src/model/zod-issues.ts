import type { z } from 'zod';
import { describeTyped, describeValue } from './describe-value.js';
import type { ReachplanIssue, SafeResult } from './issues.js';

type Path = readonly (string | number)[];
type ZodIssue = z.core.$ZodIssue;

/**
 * Stands in for zod's own wording, which reachplan replaces: it marks a
 * message the schema did not set, and spares zod composing a sentence for
 * each of possibly millions of issues.
 */
const ZOD_WORDING = '\u0000';

/**
 * The most issues reported one by one. Past it, one more issue says how
 * many were left out, so a million broken rows cannot exhaust memory.
 *
 * @internal
 */
export const MAX_ISSUES = 1000;

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
  basePath: Path = [],
): SafeResult<T> {
  let result: z.ZodSafeParseResult<T>;
  try {
    result = schema.safeParse(input, {
      reportInput: true,
      error: () => ZOD_WORDING,
    });
  } catch (error) {
    const message = `the input could not be read: ${reasonOf(error)}`;
    return failure([
      { code: 'unreadable_input', path: [...basePath], message },
    ]);
  }
  if (result.success) return { success: true, data: result.data };

  return failure(convertIssues(result.error.issues, basePath));
}

/**
 * Keeps the first {@link MAX_ISSUES} issues of a check and says how many
 * more there were, as shape issues do: a roster of a million educators
 * sharing one id gives a thousand issues, not a million.
 *
 * @internal
 */
export function capIssues(
  issues: readonly ReachplanIssue[],
): readonly ReachplanIssue[] {
  const left = issues.length - MAX_ISSUES;
  if (left <= 0) return issues;

  const message = `${left} more issues were found and are not listed`;
  return [
    ...issues.slice(0, MAX_ISSUES),
    { code: 'too_many_issues', path: [], message },
  ];
}

function failure<T>(issues: ReachplanIssue[]): SafeResult<T> {
  return { success: false, issues };
}

/** Reads a thrown value's message without trusting it to behave. */
function reasonOf(error: unknown): string {
  try {
    if (error instanceof Error) return String(error.message);
    return describeValue(error);
  } catch {
    return 'an unreadable error';
  }
}

function convertIssues(
  issues: readonly ZodIssue[],
  basePath: Path,
): ReachplanIssue[] {
  const shown = issues.slice(0, MAX_ISSUES);
  const converted = shown.flatMap((issue) => convertIssue(issue, basePath));
  const left = issues.length - shown.length;
  if (left <= 0) return converted;

  const message = `${left} more issues were found and are not listed`;
  converted.push({ code: 'too_many_issues', path: [...basePath], message });
  return converted;
}

function convertIssue(issue: ZodIssue, basePath: Path): ReachplanIssue[] {
  const path = [...basePath, ...issue.path.map(toKey)];
  const issueOf = (code: string, message: string): ReachplanIssue[] => [
    { code, path, message },
  ];

  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined && !('received' in issue)) {
        return issueOf('missing', requiredMessage(path));
      }
      return issueOf(
        'invalid_type',
        `expected ${typeName(issue.expected)}, received ${receivedOf(issue)}`,
      );
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        code: 'unknown_key',
        path: [...path, key],
        message: `unknown key ${JSON.stringify(key)}`,
      }));
    case 'invalid_value':
      return invalidValue(issue, path);
    case 'invalid_union':
      return invalidUnion(issue, path);
    case 'too_small':
    case 'too_big':
      // A message set in the schema reads better than a generic one.
      return issue.message === ZOD_WORDING
        ? issueOf(issue.code, sizeMessage(issue))
        : issueOf(
            issue.code,
            `${issue.message}, received ${describeValue(issue.input)}`,
          );
    case 'invalid_format':
      return issueOf('invalid_format', formatMessage(issue));
    default:
      return issueOf(
        issue.code === 'custom' ? customCode(issue) : issue.code,
        `${wordsOf(issue, 'invalid value')}, received ${describeValue(issue.input)}`,
      );
  }
}

/** The schema's own message, or the fallback when it set none. */
function wordsOf(issue: ZodIssue, fallback: string): string {
  return issue.message === ZOD_WORDING ? fallback : issue.message;
}

function requiredMessage(path: Path): string {
  const last = path.at(-1);
  return typeof last === 'string'
    ? `${last} is required`
    : 'a value is required';
}

function typeName(expected: string): string {
  return expected === 'int' ? 'integer' : expected;
}

function receivedOf(issue: z.core.$ZodIssueInvalidType): string {
  // zod reports NaN and Infinity through `received`, not `input`.
  const received = (issue as { received?: unknown }).received;
  return typeof received === 'string'
    ? `number ${received}`
    : describeTyped(issue.input);
}

function invalidValue(
  issue: z.core.$ZodIssueInvalidValue,
  path: Path,
): ReachplanIssue[] {
  if (issue.input === undefined) {
    return [{ code: 'missing', path, message: requiredMessage(path) }];
  }
  if (path.length === 1 && path[0] === 'schemaVersion') {
    const message =
      `schemaVersion ${describeValue(issue.input)} is not supported: ` +
      `this build of reachplan reads version ${String(issue.values[0])}`;
    return [{ code: 'unsupported_version', path, message }];
  }
  const allowed = issue.values.map((v) => JSON.stringify(v)).join(', ');
  const message =
    issue.values.length === 1
      ? `expected ${allowed}, received ${describeTyped(issue.input)}`
      : `${describeValue(issue.input)} is not one of ${allowed}`;
  return [{ code: 'invalid_value', path, message }];
}

function invalidUnion(
  issue: z.core.$ZodIssueInvalidUnion,
  path: Path,
): ReachplanIssue[] {
  const discriminator = (issue as { discriminator?: unknown }).discriminator;
  if (typeof discriminator === 'string') {
    const value = readKey(issue.input, discriminator);
    if (value === undefined) {
      return [{ code: 'missing', path, message: requiredMessage(path) }];
    }
    const options = (issue as { options?: unknown[] }).options ?? [];
    const allowed = options.map((v) => JSON.stringify(v)).join(', ');
    const message = `${describeValue(value)} is not one of ${allowed}`;
    return [{ code: 'invalid_value', path, message }];
  }

  // When the input has the right type for exactly one alternative, that
  // alternative's own issues say far more than "matches none".
  const near = issue.errors.filter((errors) => !isTypeMismatch(errors));
  const [only] = near;
  if (near.length === 1 && only) return convertIssues(only, path);

  const expected = issue.errors
    .flatMap((errors) => errors.map((e) => ('expected' in e ? e.expected : '')))
    .filter((name) => name !== '');
  const received = describeTyped(issue.input);
  const message =
    expected.length > 0
      ? `expected ${[...new Set(expected)].join(' or ')}, received ${received}`
      : `matches none of the allowed forms, received ${received}`;
  return [{ code: 'invalid_union', path, message }];
}

function isTypeMismatch(errors: readonly ZodIssue[]): boolean {
  const [first] = errors;
  return (
    errors.length === 1 &&
    first?.code === 'invalid_type' &&
    first.path.length === 0
  );
}

function readKey(input: unknown, key: string): unknown {
  // The input may be a proxy or carry a throwing getter.
  try {
    if (typeof input !== 'object' || input === null) return undefined;
    return (input as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

function sizeMessage(
  issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig,
): string {
  const small = issue.code === 'too_small';
  const limit = Number(small ? issue.minimum : issue.maximum);
  const received = describeTyped(issue.input);
  const bound = small ? 'at least' : 'at most';

  switch (issue.origin) {
    case 'array':
      return `expected ${bound} ${plural(limit, 'item')}, received ${received}`;
    case 'string':
      return limit === 1 && small
        ? `expected a non-empty string, received ${received}`
        : `expected ${bound} ${plural(limit, 'character')}, received ${received}`;
    default: {
      const strict = small ? 'greater than' : 'less than';
      const words = issue.inclusive === false ? strict : bound;
      return `expected a number ${words} ${limit}, received ${received}`;
    }
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat): string {
  const received = describeValue(issue.input);
  if (issue.format === 'regex') {
    const words = wordsOf(issue, `expected text matching ${issue.pattern}`);
    return `${words}, received ${received}`;
  }
  if (issue.format === 'email') {
    return `expected an email address, received ${received}`;
  }
  return `expected ${issue.format} format, received ${received}`;
}

function customCode(issue: ZodIssue): string {
  const params = 'params' in issue ? issue.params : undefined;
  const code = params?.['code'];
  return typeof code === 'string' ? code : 'invalid';
}

function toKey(key: PropertyKey): string | number {
  return typeof key === 'symbol' ? String(key) : key;
}
