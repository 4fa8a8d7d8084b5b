/**
 * One problem found in input: plain data, safe to serialise and show.
 *
 * @example
 * ```ts
 * const issue: ReachplanIssue = {
 *   code: 'unknown_reference',
 *   path: ['district', 'educators', 12, 'schoolId'],
 *   message: 'educator "e-13" names school "s-99", which is not in the district',
 * };
 * ```
 */
export interface ReachplanIssue {
  /** A stable, machine-readable code such as `duplicate_id`. */
  readonly code: string;
  /** Where the problem is: object keys and array indices from the root. */
  readonly path: readonly (string | number)[];
  /** A sentence for people that names the offending value. */
  readonly message: string;
}

/**
 * The result of a `safe…` function: the data, or every issue found.
 *
 * @example
 * ```ts
 * const result = safeParseScenario(json);
 * const count = result.success ? 0 : result.issues.length;
 * ```
 */
export type SafeResult<T> =
  | {
      /** The input was valid. */
      readonly success: true;
      /** The parsed, typed data. */
      readonly data: T;
    }
  | {
      /** The input was not valid. */
      readonly success: false;
      /** Every problem found. */
      readonly issues: readonly ReachplanIssue[];
    };

/**
 * The one error class reachplan throws. It carries every issue found, not
 * only the first.
 *
 * @example
 * ```ts
 * try {
 *   parseScenario({});
 * } catch (error) {
 *   if (error instanceof ReachplanError) error.issues[0]?.code; // 'missing'
 * }
 * ```
 */
export class ReachplanError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly ReachplanIssue[];

  /**
   * @param issues - the problems; the message lists the first few.
   * @param options - an optional underlying cause.
   */
  constructor(
    issues: readonly ReachplanIssue[],
    options?: { cause?: unknown },
  ) {
    super(summariseIssues(issues), options);
    this.name = 'ReachplanError';
    this.issues = issues;
  }
}

const SHOWN_IN_MESSAGE = 5;

function summariseIssues(issues: readonly ReachplanIssue[]): string {
  const shown = issues
    .slice(0, SHOWN_IN_MESSAGE)
    .map((issue) => `- ${formatPath(issue.path)}: ${issue.message}`);
  const more = issues.length - SHOWN_IN_MESSAGE;
  if (more > 0) shown.push(`- … and ${more} more`);
  const noun = issues.length === 1 ? 'issue' : 'issues';
  return `${issues.length} ${noun} found:\n${shown.join('\n')}`;
}

/**
 * Writes an issue path the way people read it: `district.educators[12].id`.
 *
 * @param path - keys and indices from the root.
 * @returns the dotted path, or `(root)` for an empty one.
 * @example
 * ```ts
 * formatPath(['district', 'educators', 12, 'id']); // 'district.educators[12].id'
 * ```
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(root)';

  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? key : `.${key}`;
  }
  return text;
}

/**
 * Throws a {@link ReachplanError} when a safe result failed, otherwise
 * returns its data.
 *
 * @param result - the outcome of a `safe…` function.
 * @returns the data.
 * @throws {@link ReachplanError} carrying every issue.
 * @example
 * ```ts
 * const scenario = unwrapResult(safeParseScenario(json));
 * ```
 */
export function unwrapResult<T>(result: SafeResult<T>): T {
  if (result.success) return result.data;
  throw new ReachplanError(result.issues);
}
