import type { RandomStream } from '../random/index.js';
import type { AdopterSegment, Educator, Role } from './educator.js';
import { ADOPTER_SEGMENTS } from './educator.js';
import { WEEKDAYS } from './primitives.js';
import type { School } from './school.js';
import { FAMILY_NAMES, GIVEN_NAMES } from './synthetic-names.js';

/** Share of classroom teachers who work part time. */
const PART_TIME_SHARE = 0.08;
const PART_TIME_FTE = [0.4, 0.6, 0.8] as const;

/** Staff counts from which a school has a vice principal or a specialist. */
const VICE_PRINCIPAL_FROM = 20;
const SPECIALIST_FROM = 15;

/** Where the next educator's number, segment and id come from. */
export interface StaffCursor {
  /** Index of the next educator in the district. */
  next: number;
  /** Digits in an educator id. */
  readonly width: number;
  /** Segment index per educator, already at Rogers' proportions. */
  readonly segments: Uint8Array;
}

/**
 * Appends the staff of one school: a principal, a vice principal in larger
 * schools, an ICT leader, a head for each department of a secondary
 * school, a specialist, then teachers, some of them part time.
 *
 * @internal
 */
export function addStaff(
  school: School,
  size: number,
  cursor: StaffCursor,
  stream: RandomStream,
  out: Educator[],
): void {
  const departments = school.departments ?? [];
  const leaders = leaderSlots(school, size);

  for (let k = 0; k < size; k += 1) {
    const slot = leaders[k];
    const roles: Role[] = slot?.roles ?? ['teacher'];
    const department =
      slot?.department ??
      (slot === undefined && departments.length > 0
        ? departments[stream.nextInt(departments.length)]
        : undefined);

    const id = `e${String(cursor.next + 1).padStart(cursor.width, '0')}`;
    const name = syntheticName(stream);
    const segment = segmentAt(cursor);
    // One literal per shape keeps a million objects cheap to build.
    const educator: Educator =
      department === undefined
        ? { id, name, schoolId: school.id, roles, segment }
        : {
            id,
            name,
            schoolId: school.id,
            roles,
            departments: [department],
            segment,
          };
    if (slot === undefined && stream.chance(PART_TIME_SHARE)) {
      addPartTime(educator, stream);
    }
    out.push(educator);
    cursor.next += 1;
  }
}

interface Slot {
  readonly roles: Role[];
  readonly department?: string;
}

function leaderSlots(school: School, size: number): Slot[] {
  // A one-person school: the principal is also the ICT leader.
  if (size === 1) return [{ roles: ['principal', 'ict-leader'] }];

  const slots: Slot[] = [{ roles: ['principal'] }];
  if (size >= VICE_PRINCIPAL_FROM) slots.push({ roles: ['vice-principal'] });

  const ictDepartment = school.departments?.includes('information')
    ? 'information'
    : school.departments?.includes('technology')
      ? 'technology'
      : undefined;
  slots.push({
    roles: ['teacher', 'ict-leader'],
    ...(ictDepartment ? { department: ictDepartment } : {}),
  });

  for (const department of school.departments ?? []) {
    slots.push({ roles: ['teacher', 'department-head'], department });
  }
  if (size >= SPECIALIST_FROM) slots.push({ roles: ['teacher', 'specialist'] });
  return slots.slice(0, size);
}

function syntheticName(stream: RandomStream): string {
  const family = FAMILY_NAMES[stream.nextInt(FAMILY_NAMES.length)];
  const given = GIVEN_NAMES[stream.nextInt(GIVEN_NAMES.length)];
  return `${family} ${given}`;
}

function segmentAt(cursor: StaffCursor): AdopterSegment {
  return ADOPTER_SEGMENTS[cursor.segments[cursor.next] ?? 0] ?? 'innovator';
}

/** Part-time staff work on consecutive weekdays in line with their FTE. */
function addPartTime(educator: Educator, stream: RandomStream): void {
  const fte = PART_TIME_FTE[stream.nextInt(PART_TIME_FTE.length)] ?? 0.6;
  const days = Math.round(fte * 5);
  const first = stream.nextInt(5 - days + 1);
  educator.fte = fte;
  educator.availability = WEEKDAYS.slice(first, first + days);
}
