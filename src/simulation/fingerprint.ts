import type { Scenario } from '../model/scenario.js';
import { mix32 } from '../random/hash.js';
import type { CompiledRoster } from './compiled.js';

/**
 * The fingerprint of what a simulation ran: the scenario but its roster,
 * walked as data, and the roster as the engine compiled it (schools,
 * roles, segments, working days, departments), read as numbers. Two runs
 * whose results may be merged have the same fingerprint.
 *
 * @internal
 */
export function scenarioFingerprint(
  scenario: Scenario,
  roster: CompiledRoster,
): string {
  const { educators: _roster, ...district } = scenario.district;
  const state = { h: 0x811c9dc5 };
  // Plain data walked in place: no JSON string the size of the scenario.
  walk({ ...scenario, district }, state);
  for (const array of [
    roster.school,
    roster.roleBits,
    roster.segment,
    roster.availability,
    new Uint32Array(roster.presence.buffer),
    roster.departmentStart,
    roster.departments,
  ]) {
    add(array.length, state);
    for (let k = 0; k < array.length; k += 1) add(array[k] ?? 0, state);
  }
  return finish(state);
}

function finish(state: HashState): string {
  return mix32(state.h, 0).toString(16).padStart(8, '0');
}

interface HashState {
  h: number;
}

// Each kind of value is tagged, so ['1'] and [1] or {a: []} and {a: {}}
// differ; object keys are taken in the order the data holds them.
function walk(value: unknown, state: HashState): void {
  if (typeof value === 'string') {
    text(1, value, state);
  } else if (typeof value === 'number') {
    text(2, String(value), state);
  } else if (typeof value === 'boolean') {
    add(value ? 3 : 4, state);
  } else if (value === null || value === undefined) {
    add(5, state);
  } else if (Array.isArray(value)) {
    add(6, state);
    add(value.length, state);
    for (const item of value) walk(item, state);
  } else if (typeof value === 'object') {
    add(7, state);
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      text(8, key, state);
      walk(item, state);
    }
  } else {
    add(9, state);
  }
}

// FNV-1a over the characters: one multiplication each.
function text(tag: number, value: string, state: HashState): void {
  add(tag, state);
  add(value.length, state);
  let h = state.h;
  for (let k = 0; k < value.length; k += 1) {
    h = Math.imul(h ^ value.charCodeAt(k), 0x01000193);
  }
  state.h = h;
}

function add(value: number, state: HashState): void {
  state.h = Math.imul(state.h ^ value, 0x01000193);
}
