import type { Catalogue } from './catalogue.js';
import { findDuplicateIds, idSet } from './check-ids.js';
import type { District } from './district.js';
import type { ReachplanIssue } from './issues.js';
import type { Offering } from './offering.js';
import type { Scenario } from './scenario.js';

type Path = readonly (string | number)[];

/**
 * The checks inside a catalogue: duplicate ids, unknown categories,
 * seats per school that the capacity cannot hold, `follows` naming an
 * unknown offering or going round in a circle, and self-paced availability
 * that ends before it starts.
 *
 * @param catalogue - a catalogue whose shape is valid.
 * @param basePath - where the catalogue sits in the input.
 * @returns every issue found.
 * @internal
 */
export function checkCatalogue(
  catalogue: Catalogue,
  basePath: Path = [],
): ReachplanIssue[] {
  const offeringsPath = [...basePath, 'offerings'];
  const categories = idSet(catalogue.categories);
  const offerings = idSet(catalogue.offerings);
  const issues = [
    ...findDuplicateIds(
      catalogue.categories,
      [...basePath, 'categories'],
      'category',
    ),
    ...findDuplicateIds(catalogue.offerings, offeringsPath, 'offering'),
  ];

  catalogue.offerings.forEach((offering, index) => {
    const path = [...offeringsPath, index];
    issues.push(
      ...checkCategories(offering, path, categories),
      ...checkSeats(offering, path),
      ...checkFollows(offering, path, offerings),
      ...checkAvailability(offering, path),
    );
  });
  issues.push(...findFollowCycles(catalogue.offerings, offeringsPath));
  return issues;
}

/**
 * Checks that a catalogue's eligibility rules name schools and departments
 * the district has. A department is known when a school lists it or an
 * educator belongs to it.
 *
 * @param catalogue - a catalogue whose shape is valid.
 * @param district - the district it serves.
 * @param basePath - where the catalogue sits in the input.
 * @returns every issue found.
 * @internal
 */
export function checkEligibility(
  catalogue: Catalogue,
  district: District,
  basePath: Path = [],
): ReachplanIssue[] {
  const schools = idSet(district.schools);
  const departments = new Set<string>();
  for (const school of district.schools) {
    for (const name of school.departments ?? []) departments.add(name);
  }
  for (const educator of district.educators) {
    for (const name of educator.departments ?? []) departments.add(name);
  }

  const issues: ReachplanIssue[] = [];
  catalogue.offerings.forEach((offering, index) => {
    const path = [...basePath, 'offerings', index, 'eligibility'];
    const who = `offering ${JSON.stringify(offering.id)}`;
    offering.eligibility?.schoolIds?.forEach((id, at) => {
      if (schools.has(id)) return;
      issues.push({
        code: 'unknown_reference',
        path: [...path, 'schoolIds', at],
        message:
          `${who} is open to school ${JSON.stringify(id)}, ` +
          'which is not in the district',
      });
    });
    offering.eligibility?.departments?.forEach((name, at) => {
      if (departments.has(name)) return;
      issues.push({
        code: 'unknown_reference',
        path: [...path, 'departments', at],
        message:
          `${who} is open to department ${JSON.stringify(name)}, ` +
          'which no school or educator in the district has',
      });
    });
  });
  return issues;
}

/**
 * The catalogue checks, and eligibility against the district, as a
 * scenario check.
 *
 * @internal
 */
export function checkScenarioCatalogue(scenario: Scenario): ReachplanIssue[] {
  const path = ['catalogue'];
  return [
    ...checkCatalogue(scenario.catalogue, path),
    ...checkEligibility(scenario.catalogue, scenario.district, path),
  ];
}

function checkCategories(
  offering: Offering,
  path: Path,
  categories: ReadonlySet<string>,
): ReachplanIssue[] {
  return offering.categoryIds.flatMap((id, at) =>
    categories.has(id)
      ? []
      : [
          {
            code: 'unknown_reference',
            path: [...path, 'categoryIds', at],
            message:
              `offering ${JSON.stringify(offering.id)} names category ` +
              `${JSON.stringify(id)}, which is not in the catalogue`,
          },
        ],
  );
}

function checkSeats(offering: Offering, path: Path): ReachplanIssue[] {
  const { capacity, seatsPerSchool } = offering;
  if (capacity === undefined || seatsPerSchool === undefined) return [];
  if (seatsPerSchool <= capacity) return [];
  return [
    {
      code: 'seats_exceed_capacity',
      path: [...path, 'seatsPerSchool'],
      message:
        `offering ${JSON.stringify(offering.id)} gives ${seatsPerSchool} ` +
        `seats per school, more than its capacity of ${capacity}`,
    },
  ];
}

function checkFollows(
  offering: Offering,
  path: Path,
  offerings: ReadonlySet<string>,
): ReachplanIssue[] {
  const { follows } = offering;
  if (follows === undefined || offerings.has(follows)) return [];
  return [
    {
      code: 'unknown_reference',
      path: [...path, 'follows'],
      message:
        `offering ${JSON.stringify(offering.id)} follows ` +
        `${JSON.stringify(follows)}, which is not in the catalogue`,
    },
  ];
}

function checkAvailability(offering: Offering, path: Path): ReachplanIssue[] {
  if (!('modules' in offering)) return [];
  const { availableFrom: from, availableUntil: until } = offering;
  // Local dates written YYYY-MM-DD compare correctly as strings.
  if (from === undefined || until === undefined || from <= until) return [];
  return [
    {
      code: 'invalid_range',
      path: [...path, 'availableUntil'],
      message:
        `offering ${JSON.stringify(offering.id)} is available until ` +
        `${until}, before it opens on ${from}`,
    },
  ];
}

/**
 * Reports each chain of `follows` that comes back to where it started
 * (including an offering that follows itself), once per cycle, at the
 * cycle's first offering in catalogue order.
 */
function findFollowCycles(
  offerings: readonly Offering[],
  offeringsPath: Path,
): ReachplanIssue[] {
  const indexOf = new Map<string, number>();
  offerings.forEach((o, index) => {
    if (!indexOf.has(o.id)) indexOf.set(o.id, index);
  });

  // 0 = unvisited, 1 = on the current walk, 2 = done. Each offering has at
  // most one `follows`, so a walk is a path and the whole pass is linear.
  const state = new Uint8Array(offerings.length);
  const issues: ReachplanIssue[] = [];
  for (let start = 0; start < offerings.length; start += 1) {
    const walk: number[] = [];
    let at: number | undefined = start;
    while (at !== undefined && state[at] === 0) {
      state[at] = 1;
      walk.push(at);
      const next: string | undefined = offerings[at]?.follows;
      at = next === undefined ? undefined : indexOf.get(next);
    }
    if (at !== undefined && state[at] === 1) {
      const cycle = walk.slice(walk.indexOf(at));
      issues.push(cycleIssue(cycle, offerings, offeringsPath));
    }
    for (const visited of walk) state[visited] = 2;
  }
  return issues;
}

function cycleIssue(
  cycle: readonly number[],
  offerings: readonly Offering[],
  offeringsPath: Path,
): ReachplanIssue {
  const first = cycle.reduce((a, b) => Math.min(a, b));
  const ids = cycle.map((i) => JSON.stringify(offerings[i]?.id));
  const path = [...offeringsPath, first, 'follows'];
  if (ids.length === 1) {
    const message = `offering ${ids[0]} follows itself`;
    return { code: 'cyclic_reference', path, message };
  }
  const shown = ids.length > 10 ? [...ids.slice(0, 10), '…'] : ids;
  const loop = [...shown, ids[0]].join(' → ');
  return {
    code: 'cyclic_reference',
    path,
    message: `offerings follow each other in a circle: ${loop}`,
  };
}
