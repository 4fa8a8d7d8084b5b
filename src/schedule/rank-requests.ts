import type { SeatRequest } from './allocation-input.js';

/**
 * Request indices in the order seats are given: priority (higher first),
 * then favour (higher first), then request time, then educator id, then
 * session id, then input position. The keys are computed once into typed
 * arrays so the sort compares numbers, not objects.
 *
 * @internal
 */
export function rankRequests(
  requests: readonly SeatRequest[],
  favour: ReadonlySet<string> | ((educatorId: string) => number) | undefined,
): Uint32Array {
  const n = requests.length;
  const priority = new Float64Array(n);
  const favoured = new Float64Array(n);
  const time = new Float64Array(n);
  const scoreOf = toScore(favour);

  for (let i = 0; i < n; i += 1) {
    const request = requests[i] as SeatRequest;
    priority[i] = request.priority ?? 0;
    favoured[i] = scoreOf ? scoreOf(request.educatorId) : 0;
    time[i] = Date.parse(request.requestedAt);
  }

  const order = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) order[i] = i;
  return order.sort((a, b) => {
    const byKeys =
      (priority[b] as number) - (priority[a] as number) ||
      (favoured[b] as number) - (favoured[a] as number) ||
      (time[a] as number) - (time[b] as number);
    if (byKeys !== 0) return byKeys;
    const ra = requests[a] as SeatRequest;
    const rb = requests[b] as SeatRequest;
    return (
      compareText(ra.educatorId, rb.educatorId) ||
      compareText(ra.sessionId, rb.sessionId) ||
      a - b
    );
  });
}

function toScore(
  favour: ReadonlySet<string> | ((educatorId: string) => number) | undefined,
): ((educatorId: string) => number) | undefined {
  if (favour === undefined) return undefined;
  if (typeof favour === 'function') {
    // A score that is not a number would make the order depend on input.
    return (id) => {
      const score = favour(id);
      return Number.isFinite(score) ? score : 0;
    };
  }
  return (id) => (favour.has(id) ? 1 : 0);
}

/**
 * Compares strings by code unit, the same on every host (unlike
 * `localeCompare`).
 *
 * @internal
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
