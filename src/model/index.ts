export type {
  AcademicCalendar,
  AcademicYear,
  BlackoutRule,
  Closure,
  Term,
} from './calendar-schema.js';
export {
  academicCalendarSchema,
  academicYearSchema,
  blackoutRuleSchema,
  closureSchema,
  termSchema,
} from './calendar-schema.js';
export type { Catalogue, Category } from './catalogue.js';
export { catalogueSchema, categorySchema } from './catalogue.js';
export { describeValue } from './describe-value.js';
export type { District } from './district.js';
export { districtSchema } from './district.js';
export type { AdopterSegment, Educator, Role } from './educator.js';
export {
  ADOPTER_SEGMENTS,
  adopterSegmentSchema,
  educatorSchema,
  ROGERS_SHARES,
  ROLES,
  roleSchema,
} from './educator.js';
export type { Eligibility } from './eligibility.js';
export { eligibilitySchema } from './eligibility.js';
export { isEligible } from './eligible.js';
export { exampleScenario } from './example-scenario.js';
export { formatScenarioSummary } from './format-summary.js';
export type { GenerateDistrictOptions } from './generate-district.js';
export { generateDistrict } from './generate-district.js';
export type { ReachplanIssue, SafeResult } from './issues.js';
export { formatPath, ReachplanError, unwrapResult } from './issues.js';
export { scenarioJsonSchema } from './json-schema.js';
export type {
  Offering,
  OfferingFormat,
  ScheduledOffering,
  SelfPacedOffering,
} from './offering.js';
export { OFFERING_FORMATS, offeringSchema } from './offering.js';
export { parseCatalogue, safeParseCatalogue } from './parse-catalogue.js';
export { parseDistrict, safeParseDistrict } from './parse-district.js';
export { parseScenario, safeParseScenario } from './parse-scenario.js';
export type { Weekday } from './primitives.js';
export {
  idSchema,
  isLocalDate,
  isTimeZone,
  localDateSchema,
  localTimeSchema,
  timeZoneSchema,
  WEEKDAYS,
  weekdaySchema,
} from './primitives.js';
export { parseRosterCsv, safeParseRosterCsv } from './roster-csv.js';
export type { RosterCsvMapping } from './roster-mapping.js';
export type { Scenario, ScenarioInput } from './scenario.js';
export { SCHEMA_VERSION, scenarioSchema } from './scenario.js';
export type { Schedule, StructuredRecurrence } from './schedule-schema.js';
export {
  scheduleSchema,
  structuredRecurrenceSchema,
} from './schedule-schema.js';
export type { School, SchoolLevel } from './school.js';
export { SCHOOL_LEVELS, schoolLevelSchema, schoolSchema } from './school.js';
export type {
  ScenarioSummary,
  SummaryCategory,
  SummarySessions,
  SummaryTerm,
} from './summarize-scenario.js';
export { summarizeScenario } from './summarize-scenario.js';
