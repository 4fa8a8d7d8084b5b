export { checkSupply, safeCheckSupply } from './check-supply.js';
export {
  evaluateRequirements,
  safeEvaluateRequirements,
} from './evaluate-requirements.js';
export {
  parseParticipations,
  safeParseParticipations,
} from './parse-participations.js';
export type { Channel, Participation } from './participation.js';
export {
  CHANNELS,
  channelSchema,
  participationSchema,
} from './participation.js';
export type {
  EducatorVerdict,
  EvaluateOptions,
  GroupVerdict,
  RequirementAggregates,
  RequirementPeriod,
  RequirementStatus,
  RequirementsReport,
  RequirementUnit,
  RequirementVerdict,
} from './report-types.js';
export { REQUIREMENT_STATUSES } from './report-types.js';
export type {
  GroupRequirement,
  HoursPeriod,
  IndividualRequirement,
  Requirement,
  RequirementKind,
} from './rule-schema.js';
export { hoursPeriodSchema, requirementSchema } from './rule-schema.js';
export type { Exemption, RequirementScope } from './scope-schema.js';
export { exemptionSchema, requirementScopeSchema } from './scope-schema.js';
export type { StatusCounts } from './summarise.js';
export type {
  SchoolSupply,
  SupplyReport,
  SupplyRow,
} from './supply-types.js';
