export type { BranchingStep, LevelMoments } from './branching.js';
export { branchingMoments, cappedReach } from './branching.js';
export { checkCascades } from './check-cascades.js';
export {
  DEFAULT_CASCADE_BEHAVIOUR,
  LEADER_SEGMENT_ORDER,
  SOURCE_LEVEL,
} from './defaults.js';
export type { ExpectedReachOptions } from './expected-reach.js';
export { expectedReach, safeExpectedReach } from './expected-reach.js';
export type { UnplacedReason } from './form-pods.js';
export type { LeaderSelection } from './leader-selection-schema.js';
export { leaderSelectionSchema } from './leader-selection-schema.js';
export type { PlanCascadeOptions } from './plan-cascade.js';
export { planCascade, safePlanCascade } from './plan-cascade.js';
export type {
  CascadeLeader,
  CascadePlanResult,
  PlannedCascade,
  PlannedLevel,
  Pod,
  UnplacedEducator,
  UnscheduledPod,
} from './plan-result.js';
export type {
  Audience,
  CascadeBehaviour,
  CascadeLevel,
  CascadeLevelInput,
  CascadePlan,
  CascadePlanInput,
  CommunityPlan,
  PodSize,
  TrainTheTrainerPlan,
} from './plan-schema.js';
export {
  audienceSchema,
  cascadeBehaviourSchema,
  cascadeLevelSchema,
  cascadePlanSchema,
  podSizeSchema,
} from './plan-schema.js';
export type {
  CascadeExpectedReach,
  ExpectedLevelReach,
  ExpectedReachResult,
  ExpectedSchoolReach,
  ExpectedTermReach,
} from './reach-result.js';
export type {
  LeaderSelector,
  LeaderSelectorContext,
} from './select-leaders.js';
