export { DEFAULT_BEHAVIOUR } from './behaviour-defaults.js';
export type { Behaviour, ChannelFidelity, Rate } from './behaviour-schema.js';
export {
  behaviourSchema,
  channelFidelitySchema,
  rateSchema,
} from './behaviour-schema.js';
export type { CheckpointSketch } from './checkpoint-sketch.js';
export type { ScenarioComparison, ScenarioDifference } from './compare.js';
export { compareScenarios, safeCompareScenarios } from './compare.js';
export type { CheckpointInfo, SimulationLayout } from './layout.js';
export { mergeResults } from './merge.js';
export type {
  SimulateOptions,
  SimulationHorizon,
  SimulationProgress,
} from './options.js';
export { simulateOptionsSchema } from './options.js';
export type {
  CheckpointResult,
  DailySeries,
  GroupDaily,
  ReachSeries,
  ReachSummary,
  SimulationResult,
  Summary,
} from './result.js';
export { safeSimulate, simulate } from './simulate.js';
export type { SimulationState, Trajectory } from './state.js';
export type { SweepOutcome, SweepResult, SweepTarget } from './sweep.js';
export { safeSweep, sweep } from './sweep.js';
export type { SweepGrid, SweepPoint } from './sweep-apply.js';
export { bassRecursion, bassStepProbability } from './word-of-mouth.js';
