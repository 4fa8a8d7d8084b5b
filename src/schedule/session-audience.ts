import { weekdayOf } from '../calendar/local-date.js';
import type { Educator } from '../model/educator.js';
import { isEligible } from '../model/eligible.js';
import type { Offering } from '../model/offering.js';
import type { School } from '../model/school.js';
import type { Session } from './session.js';

/**
 * Whether an educator could attend a session: the offering's eligibility
 * admits them, a school-based session is at their own school, and the
 * session falls on a weekday they work.
 *
 * @internal
 */
export function isOpenTo(
  session: Session,
  offering: Offering,
  educator: Educator,
  school: School,
): boolean {
  if (session.schoolId !== undefined && session.schoolId !== school.id) {
    return false;
  }
  const works = educator.availability;
  if (works && !works.includes(weekdayOf(session.localDate))) return false;
  return isEligible(educator, school, offering.eligibility);
}

/**
 * Whether anyone at a school could attend a session, judged on the parts
 * of eligibility that describe schools (ids and levels).
 *
 * @internal
 */
export function isOpenToSchool(
  session: Session,
  offering: Offering,
  school: School,
): boolean {
  if (session.schoolId !== undefined) return session.schoolId === school.id;
  const { schoolIds, levels } = offering.eligibility ?? {};
  if (schoolIds && !schoolIds.includes(school.id)) return false;
  return !levels || levels.includes(school.level);
}
