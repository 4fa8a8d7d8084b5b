import type { z } from 'zod';
import {
  academicCalendarSchema,
  academicYearSchema,
  blackoutRuleSchema,
  closureSchema,
  termSchema,
} from './calendar-schema.js';
import { catalogueSchema, categorySchema } from './catalogue.js';
import { districtSchema } from './district.js';
import {
  adopterSegmentSchema,
  educatorSchema,
  roleSchema,
} from './educator.js';
import { eligibilitySchema } from './eligibility.js';
import { offeringSchema } from './offering.js';
import {
  idSchema,
  localDateSchema,
  localTimeSchema,
  timeZoneSchema,
  weekdaySchema,
} from './primitives.js';
import { scenarioSchema } from './scenario.js';
import {
  scheduleSchema,
  structuredRecurrenceSchema,
} from './schedule-schema.js';
import { schoolLevelSchema, schoolSchema } from './school.js';

/** What the JSON Schema says about one schema: a name and words. */
export interface SchemaNote {
  id?: string;
  description?: string;
  pattern?: string;
  examples?: unknown[];
}

/**
 * Names and descriptions for the model's schemas, so an editor shows them
 * on hover, and patterns for strings whose checks are code (a refinement
 * cannot be written as JSON Schema).
 *
 * @internal
 */
export function modelNotes(): [z.ZodType, SchemaNote][] {
  const seminar = offeringSchema.options[0].shape;
  const micro = offeringSchema.options[4].shape;
  return [
    [
      idSchema,
      {
        id: 'Id',
        description: 'An id, unique within its kind.',
        pattern: '^\\S(.*\\S)?$',
      },
    ],
    [
      localDateSchema,
      {
        id: 'LocalDate',
        description: 'A day in the district zone, YYYY-MM-DD.',
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      },
    ],
    [
      localTimeSchema,
      { id: 'LocalTime', description: 'A wall-clock time, HH:mm (24-hour).' },
    ],
    [
      timeZoneSchema,
      {
        id: 'TimeZone',
        description: 'An IANA time zone: UTC or Area/Location.',
        pattern: '^(UTC|[A-Za-z]+(/[A-Za-z0-9_+-]+)+)$',
        examples: ['Asia/Tokyo', 'America/New_York'],
      },
    ],
    [weekdaySchema, { id: 'Weekday' }],
    [roleSchema, { id: 'Role' }],
    [
      adopterSegmentSchema,
      { id: 'AdopterSegment', description: "Rogers' adopter segment." },
    ],
    [schoolLevelSchema, { id: 'SchoolLevel' }],
    [schoolSchema, { id: 'School', description: 'A school of the district.' }],
    [educatorSchema, { id: 'Educator', description: 'One member of staff.' }],
    [
      educatorSchema.shape.departments,
      { description: 'Departments or subjects taught.' },
    ],
    [
      educatorSchema.shape.availability,
      { description: 'Weekdays worked; every school day when missing.' },
    ],
    [
      educatorSchema.shape.fte,
      { description: 'Employment fraction in (0, 1]; 1 when missing.' },
    ],
    [
      educatorSchema.shape.segment,
      {
        description:
          "Drawn at Rogers' proportions in each simulated run when missing.",
      },
    ],
    [
      termSchema,
      { id: 'Term', description: 'A term or semester; both dates inclusive.' },
    ],
    [
      closureSchema,
      {
        id: 'Closure',
        description: 'A holiday or break; both dates inclusive.',
      },
    ],
    [
      blackoutRuleSchema,
      { id: 'BlackoutRule', description: 'School days that take no sessions.' },
    ],
    [academicYearSchema, { id: 'AcademicYear' }],
    [academicCalendarSchema, { id: 'AcademicCalendar' }],
    [
      districtSchema,
      {
        id: 'District',
        description: 'Schools, educators, calendar and time zone.',
      },
    ],
    [
      eligibilitySchema,
      {
        id: 'Eligibility',
        description: 'Who may take part; every list given must match.',
      },
    ],
    [structuredRecurrenceSchema, { id: 'StructuredRecurrence' }],
    [
      scheduleSchema,
      {
        id: 'Schedule',
        description: 'When the sessions happen, in the district zone.',
      },
    ],
    [
      seminar.description,
      { description: 'A short description for the shared calendar.' },
    ],
    [
      seminar.durationMinutes,
      { description: 'Minutes per session, or per module when self-paced.' },
    ],
    [
      seminar.capacity,
      { description: 'Seats in one session; unlimited when missing.' },
    ],
    [
      seminar.seatsPerSchool,
      { description: 'The most seats one school may take in one session.' },
    ],
    [
      seminar.follows,
      { description: 'The id of the offering this one follows up.' },
    ],
    [micro.availableFrom, { description: 'First day the content is open.' }],
    [
      offeringSchema,
      { id: 'Offering', description: 'An item of the catalogue, by format.' },
    ],
    [categorySchema, { id: 'Category' }],
    [catalogueSchema, { id: 'Catalogue' }],
    [
      scenarioSchema.shape.schemaVersion,
      { description: 'The scenario-file version; this build reads 1.' },
    ],
    [
      scenarioSchema.shape.$schema,
      { description: 'The JSON Schema this file follows, for editors.' },
    ],
  ];
}
