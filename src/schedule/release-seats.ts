import type { AllocateSeatsInput } from './allocate-seats.js';
import type { Cancellation, SeatRequest } from './allocation-input.js';
import { compareText } from './rank-requests.js';
import type { Holder, SeatLedger } from './seat-ledger.js';
import {
  blocked,
  cancelled,
  ignored,
  releasedPlace,
  seated,
} from './seat-messages.js';
import type { CancellationOutcome, SeatOutcome } from './seat-outcome.js';
import type { People } from './seat-people.js';

/**
 * Applies the cancellations in time order. Each gives back its place; a
 * freed seat goes to the waitlist, unless the session had begun.
 *
 * @returns one outcome per cancellation, in input order.
 * @internal
 */
export function releaseAll(
  input: AllocateSeatsInput,
  people: People,
  ledger: SeatLedger,
  outcomes: (SeatOutcome | undefined)[],
): CancellationOutcome[] {
  const cancellations = input.cancellations ?? [];
  const order = cancellations
    .map((_, i) => i)
    .sort((a, b) => {
      const x = cancellations[a] as Cancellation;
      const y = cancellations[b] as Cancellation;
      return (
        Date.parse(x.at) - Date.parse(y.at) ||
        compareText(x.educatorId, y.educatorId) ||
        compareText(x.sessionId, y.sessionId) ||
        a - b
      );
    });

  const results: CancellationOutcome[] = new Array(cancellations.length);
  for (const c of order) {
    const cancellation = cancellations[c] as Cancellation;
    const index = ledger.indexOf.get(cancellation.sessionId);
    const educator = people.educatorIndex.get(cancellation.educatorId);
    if (index === undefined) {
      results[c] = ignored(cancellation, 'unknown-session');
      continue;
    }
    const holder =
      educator === undefined ? undefined : ledger.holderOf(educator, index);
    if (!holder) {
      const reason = educator === undefined ? 'unknown-educator' : 'no-place';
      results[c] = ignored(cancellation, reason);
      continue;
    }

    // The holder was found among the seats or the waitlist just above.
    const place = ledger.placeOf(holder.educator, index) ?? 'waitlist';
    ledger.release(holder, index);
    const request = input.requests[holder.request];
    if (request) outcomes[holder.request] = cancelled(request, cancellation);

    // A seat freed once the session has begun stays empty.
    const started = Date.parse(cancellation.at) >= ledger.startOf(index);
    const promoted =
      place === 'seat' && !started
        ? promote(ledger, index, input.requests, outcomes)
        : [];
    results[c] = releasedPlace(cancellation, place, promoted, started);
  }
  return results;
}

/**
 * Seats waitlist entries, first come first served, while seats are free.
 *
 * @returns the educators seated, in order.
 */
function promote(
  ledger: SeatLedger,
  index: number,
  requests: readonly SeatRequest[],
  outcomes: (SeatOutcome | undefined)[],
): string[] {
  const promoted: string[] = [];
  const waitlist = ledger.waitlists[index] ?? [];
  let at = 0;
  while (at < waitlist.length) {
    const holder = waitlist[at] as Holder;
    const fullness = ledger.fullness(index, holder.school);
    if (fullness === 'capacity') return promoted;
    if (fullness === 'school-cap') {
      at += 1;
      continue;
    }

    waitlist.splice(at, 1);
    ledger.dropFromWaitlist(holder, index);
    const request = requests[holder.request];
    const blocker = ledger.blockerFor(holder.educator, index);
    if (blocker) {
      if (request) outcomes[holder.request] = blocked(request, blocker);
      continue;
    }
    ledger.seat(holder, index);
    promoted.push(holder.educatorId);
    if (request) outcomes[holder.request] = seated(request, true);
  }
  return promoted;
}
