import type { ReachplanIssue } from './issues.js';
import { formatPath } from './issues.js';

type Path = readonly (string | number)[];

/**
 * Reports every item whose id was already used by an earlier item of the
 * same list, pointing at the later one and naming where the first is.
 *
 * @internal
 */
export function findDuplicateIds(
  items: readonly { readonly id: string }[],
  listPath: Path,
  noun: string,
): ReachplanIssue[] {
  const firstIndex = new Map<string, number>();
  const issues: ReachplanIssue[] = [];

  items.forEach((item, index) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, index);
      return;
    }
    issues.push({
      code: 'duplicate_id',
      path: [...listPath, index, 'id'],
      message:
        `${noun} id ${JSON.stringify(item.id)} is used more than once ` +
        `(first at ${formatPath([...listPath, first])})`,
    });
  });
  return issues;
}

/**
 * The ids of a list as a set, for reference checks.
 *
 * @internal
 */
export function idSet(items: readonly { readonly id: string }[]): Set<string> {
  return new Set(items.map((item) => item.id));
}
