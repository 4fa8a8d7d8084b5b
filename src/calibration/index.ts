export {
  calibrateBehaviour,
  safeCalibrateBehaviour,
} from './calibrate-behaviour.js';
export type {
  BehaviourCalibration,
  CalibratedBehaviour,
  CalibratedParameter,
  CalibratedRate,
  CalibrateOptions,
  EstimateGroup,
  IgnoredRecords,
  RateEstimate,
} from './calibration-types.js';
export { CALIBRATED_PARAMETERS } from './calibration-types.js';
export type { ProportionInterval } from './wilson.js';
export { normalQuantile, wilsonInterval } from './wilson.js';
