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
export type { SessionSlot, SessionSource } from './build-session.js';
export { buildSession } from './build-session.js';
export type { Conflict, ConflictContext } from './conflicts.js';
export { CONFLICT_KINDS, findConflicts } from './conflicts.js';
export type {
  EducatorCalendar,
  EducatorCalendarEntry,
} from './educator-calendar.js';
export { educatorCalendar } from './educator-calendar.js';
export type { ExpandOptions, ExpandRange } from './expand-sessions.js';
export {
  DEFAULT_MAX_SESSIONS,
  expandSessions,
  safeExpandSessions,
} from './expand-sessions.js';
export type {
  CalendarFeed,
  ICalendarOptions,
  ICalendarState,
} from './ical-options.js';
export {
  calendarFeedSchema,
  feedStateSchema,
  icalendarOptionsSchema,
} from './ical-options.js';
export type {
  CancellationOutcome,
  RefusalReason,
  SeatAllocation,
  SeatOutcome,
  SessionFill,
} from './seat-outcome.js';
export type { Session } from './session.js';
export type { SessionIdParts } from './session-id.js';
export { parseSessionId, sessionId } from './session-id.js';
export type { ICalendarExport } from './to-icalendar.js';
export { safeToICalendar, toICalendar } from './to-icalendar.js';
