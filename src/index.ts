/**
 * reachplan: plan a school district's professional learning and forecast
 * who it reaches.
 *
 * The root entry is pure and runs anywhere JavaScript runs. Node-only
 * helpers (worker threads, files) live in `reachplan/node`.
 *
 * @packageDocumentation
 */
export * from './calendar/index.js';
export * from './calibration/index.js';
export * from './cascade/index.js';
export * from './model/index.js';
export * from './random/index.js';
export * from './report/index.js';
export * from './requirements/index.js';
export * from './schedule/index.js';
export * from './simulation/index.js';
