export type { AllocateSeatsInput } from './allocate-seats.js';
export { allocateSeats, safeAllocateSeats } from './allocate-seats.js';
export type {
  BookingLimit,
  Cancellation,
  SeatRequest,
} from './allocation-input.js';
export {
  bookingLimitSchema,
  cancellationSchema,
  seatRequestSchema,
} from './allocation-input.js';
export type { Booking } from './booking.js';
export type {
  RefusalReason,
  SeatAllocation,
  SeatOutcome,
  SessionFill,
} from './seat-outcome.js';
export type { Session } from './session.js';
export type { SessionIdParts } from './session-id.js';
export { parseSessionId, sessionId } from './session-id.js';
