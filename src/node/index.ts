/**
 * reachplan/node: the Node-only part of reachplan. Runs simulations on
 * worker threads; everything else lives in the pure root entry.
 *
 * @packageDocumentation
 */
export type { SimulateParallelOptions } from './simulate-parallel.js';
export { simulateParallel, splitRange } from './simulate-parallel.js';
