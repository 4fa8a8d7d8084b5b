import * as icalModule from 'ical-generator';

/*
 * ical-generator 10 exports its factory as `default`. Through CommonJS
 * interop the namespace itself may be what arrives, so take `default` when
 * it is a function and fall back to the class otherwise; every other file
 * reaches ical-generator through this one.
 */
type IcalModule = typeof icalModule;
type CalendarData = NonNullable<Parameters<IcalModule['default']>[0]>;

const factory: IcalModule['default'] =
  typeof icalModule.default === 'function'
    ? icalModule.default
    : (data?: CalendarData) => new icalModule.ICalCalendar(data);

/**
 * Creates an ical-generator calendar.
 *
 * @internal
 */
export const createICalCalendar = factory;

/**
 * ical-generator's enums, resolved the same way.
 *
 * @internal
 */
export const { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } =
  icalModule;

/**
 * The event fields ical-generator accepts.
 *
 * @internal
 */
export type ICalEventData = icalModule.ICalEventData;
