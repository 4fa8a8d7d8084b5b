export type { Channel, Participation } from './participation.js';
export {
  CHANNELS,
  channelSchema,
  participationSchema,
} from './participation.js';
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
