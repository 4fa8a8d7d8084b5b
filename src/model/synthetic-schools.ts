import type { RandomStream } from '../random/index.js';
import { apportion } from './apportion.js';
import type { School, SchoolLevel } from './school.js';
import { PLACE_NAMES } from './synthetic-names.js';

/** Shares of schools by level, roughly those of a Japanese city. */
const LEVEL_SHARES: readonly [SchoolLevel, number][] = [
  ['elementary', 0.6],
  ['lower-secondary', 0.3],
  ['upper-secondary', 0.1],
];

/** Secondary schools have more staff per school than elementary ones. */
const LEVEL_SIZE: Readonly<Record<SchoolLevel, number>> = {
  elementary: 1,
  'lower-secondary': 1.2,
  'upper-secondary': 1.6,
  'special-needs': 0.8,
  other: 1,
};

const SUFFIX: Readonly<Record<SchoolLevel, string>> = {
  elementary: '小学校',
  'lower-secondary': '中学校',
  'upper-secondary': '高等学校',
  'special-needs': '特別支援学校',
  other: '学園',
};

/**
 * The subject departments of a lower secondary school, as in the Japanese
 * course of study; upper secondary schools add information studies.
 *
 * @internal
 */
export const SECONDARY_DEPARTMENTS = [
  'japanese',
  'maths',
  'science',
  'social-studies',
  'english',
  'arts',
  'pe',
  'technology',
] as const;

/**
 * Builds the schools of a synthetic district: levels in fixed shares, names
 * from a list of neighbourhoods, and a size weight for each school.
 *
 * @internal
 */
export function syntheticSchools(
  count: number,
  stream: RandomStream,
): { schools: School[]; weights: number[] } {
  const counts = apportion(
    count,
    LEVEL_SHARES.map(([, share]) => share),
  );
  const width = Math.max(2, String(count).length);
  const schools: School[] = [];
  const weights: number[] = [];

  LEVEL_SHARES.forEach(([level], levelIndex) => {
    for (let k = 0; k < (counts[levelIndex] ?? 0); k += 1) {
      const id = `s${String(schools.length + 1).padStart(width, '0')}`;
      const departments = departmentsOf(level);
      schools.push({
        id,
        name: schoolName(level, k),
        level,
        ...(departments ? { departments } : {}),
      });
      weights.push(LEVEL_SIZE[level] * sizeFactor(stream));
    }
  });
  return { schools, weights };
}

function departmentsOf(level: SchoolLevel): string[] | undefined {
  if (level === 'lower-secondary') return [...SECONDARY_DEPARTMENTS];
  if (level === 'upper-secondary') {
    return [...SECONDARY_DEPARTMENTS, 'information'];
  }
  return undefined;
}

function schoolName(level: SchoolLevel, k: number): string {
  const place = PLACE_NAMES[k % PLACE_NAMES.length] ?? '';
  const round = Math.floor(k / PLACE_NAMES.length);
  // Past the end of the list, names repeat with a number: 青葉第2小学校.
  return round === 0
    ? `${place}${SUFFIX[level]}`
    : `${place}第${round + 1}${SUFFIX[level]}`;
}

/**
 * A right-skewed size factor near 1 (about ±30%), like the spread of real
 * school sizes. It uses only additions and multiplications, so every
 * JavaScript engine gives the same bits (Math.exp and Math.log need not).
 */
function sizeFactor(stream: RandomStream): number {
  // Irwin–Hall: the sum of 12 uniforms minus 6 is close to a standard
  // normal and lies within ±6; clip to ±3.
  let z = -6;
  for (let i = 0; i < 12; i += 1) z += stream.next();
  z = Math.max(-3, Math.min(3, z));
  const root = 1 + 0.15 * z;
  return root * root;
}
