import type { District } from '../model/district.js';
import { ADOPTER_SEGMENTS, ROLES } from '../model/educator.js';
import { WEEKDAYS } from '../model/primitives.js';
import type { CompiledRoster } from './compiled.js';

/**
 * The roster in typed arrays, with the ids behind each index.
 *
 * @internal
 */
export function compileRoster(
  district: District,
  peerScope: 'school' | 'department',
): CompiledRoster & {
  readonly schoolIds: readonly string[];
  readonly departmentIds: readonly string[];
} {
  const { educators, schools } = district;
  const n = educators.length;
  const schoolIndex = new Map(schools.map((s, k) => [s.id, k]));
  const departmentIndex = new Map<string, number>();
  for (const educator of educators) {
    for (const department of educator.departments ?? []) {
      if (!departmentIndex.has(department)) {
        departmentIndex.set(department, departmentIndex.size);
      }
    }
  }

  const school = new Int32Array(n);
  const roleBits = new Uint16Array(n);
  const segment = new Int8Array(n);
  const availability = new Uint8Array(n);
  const presence = new Float64Array(n);
  const departmentStart = new Int32Array(n + 1);
  const departments: number[] = [];

  const roleIndex = new Map<string, number>(ROLES.map((r, k) => [r, k]));
  const segmentIndex = new Map<string, number>(
    ADOPTER_SEGMENTS.map((g, k) => [g, k]),
  );
  for (let i = 0; i < n; i += 1) {
    const educator = educators[i] as District['educators'][number];
    school[i] = schoolIndex.get(educator.schoolId) ?? 0;
    let bits = 0;
    for (const role of educator.roles) bits |= 1 << (roleIndex.get(role) ?? 0);
    roleBits[i] = bits;
    segment[i] =
      educator.segment === undefined
        ? -1
        : (segmentIndex.get(educator.segment) ?? -1);
    availability[i] = weekdayBits(educator.availability);
    presence[i] = educator.availability ? 1 : (educator.fte ?? 1);
    for (const department of educator.departments ?? []) {
      departments.push(departmentIndex.get(department) ?? 0);
    }
    departmentStart[i + 1] = departments.length;
  }

  const peers = peerGroups(district, school, peerScope);
  return {
    size: n,
    school,
    roleBits,
    segment,
    availability,
    presence,
    departmentStart,
    departments: Int32Array.from(departments),
    peerGroup: peers.group,
    peerGroups: peers.count,
    schoolIds: schools.map((s) => s.id),
    departmentIds: [...departmentIndex.keys()],
  };
}

function weekdayBits(days: readonly string[] | undefined): number {
  if (days === undefined) return 0x7f;
  let bits = 0;
  for (const day of days) bits |= 1 << WEEKDAYS.indexOf(day as 'mon');
  return bits;
}

// Word of mouth spreads within a school, or within a school's department
// (by the educator's first department; those without one use the school).
function peerGroups(
  district: District,
  school: Int32Array,
  scope: 'school' | 'department',
): { group: Int32Array; count: number } {
  if (scope === 'school') {
    return { group: Int32Array.from(school), count: district.schools.length };
  }
  const keys = new Map<string, number>();
  const group = new Int32Array(school.length);
  district.educators.forEach((educator, i) => {
    const first = educator.departments?.[0];
    const key =
      first === undefined ? `${school[i]}` : `${school[i]}\u0000${first}`;
    let id = keys.get(key);
    if (id === undefined) {
      id = keys.size;
      keys.set(key, id);
    }
    group[i] = id;
  });
  return { group, count: keys.size };
}
