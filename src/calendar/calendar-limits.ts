/**
 * The most days a calendar may span, first year's start to last year's end:
 * about a century, far beyond any real plan and small enough to index.
 *
 * @internal
 */
export const MAX_CALENDAR_DAYS = 36_600;
