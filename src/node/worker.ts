import type { SafeResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import type { SimulateOptions } from '../simulation/options.js';
import type { SimulationResult } from '../simulation/result.js';
import { safeSimulate } from '../simulation/simulate.js';

/**
 * One task for a worker thread: a scenario and a replication range.
 *
 * @internal
 */
export interface ReplicationTask {
  readonly scenario: Scenario;
  readonly options: Omit<SimulateOptions, 'onProgress' | 'signal'>;
}

/**
 * Runs one range of replications on a worker thread. Issues come back as
 * data: an error thrown here would lose its issues crossing threads.
 *
 * @internal
 */
export default function runReplications(
  task: ReplicationTask,
): SafeResult<SimulationResult> {
  return safeSimulate(task.scenario, task.options);
}
