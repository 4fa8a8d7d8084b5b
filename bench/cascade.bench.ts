import type { Educator, Scenario } from 'reachplan';
import {
  exampleScenario,
  expectedReach,
  generateDistrict,
  parseScenario,
  planCascade,
} from 'reachplan';
import { bench, describe } from 'vitest';

// Los Angeles Unified has about 25,000 teachers; 1,000 schools of about
// 25 is that order of size. Three seminar seats per school, two levels of
// pods of six, any adopter segment may lead.
function district(schools: number, educators: number): Scenario {
  const example = exampleScenario();
  const level = (id: string, ledBy: string) => ({
    id,
    ledBy,
    audience: 'pod' as const,
    podSize: { min: 2, max: 6 },
    sessionsPerLeader: 1,
    withinSchoolDays: 10,
    startTime: '16:00',
    durationMinutes: 45,
    fidelityKept: 0.75,
  });
  return parseScenario({
    ...example,
    district: generateDistrict({ schools, educators, seed: 7 }),
    cascades: [
      {
        kind: 'cascade',
        id: 'design-cascade',
        name: 'Lesson design back at school',
        sourceOfferingId: 'lesson-design',
        leaderSelection: { by: 'segment', includeUnknown: true },
        levels: [level('l1', 'source'), level('l2', 'l1')],
      },
    ],
  });
}

// The plain baseline: deal each school's staff into pods of six in roster
// order, three leaders a school, no departments, dates or sessions.
function chunkPods(educators: readonly Educator[]): number {
  const bySchool = new Map<string, Educator[]>();
  for (const e of educators) {
    const list = bySchool.get(e.schoolId) ?? [];
    list.push(e);
    bySchool.set(e.schoolId, list);
  }
  let pods = 0;
  for (const staff of bySchool.values()) {
    pods += Math.ceil(Math.max(staff.length - 3, 0) / 6);
  }
  return pods;
}

// The plain baseline for the forecast: n0 · m^l capped, in one loop.
function closedForm(headcounts: readonly number[]): number {
  let total = 0;
  for (const h of headcounts) {
    let left = h - 3;
    let previous = 3;
    for (let l = 0; l < 2; l += 1) {
      const reached = Math.min(previous * 4.32, left);
      left -= reached;
      previous = reached;
    }
    total += h - left;
  }
  return total;
}

const city = district(21, 512);
const large = district(1_000, 25_000);
const headcounts = [...new Set(large.district.schools.map((s) => s.id))].map(
  (id) => large.district.educators.filter((e) => e.schoolId === id).length,
);

describe('planCascade, 21 schools and 512 educators', () => {
  bench('planCascade', () => {
    planCascade(city);
  });
  bench('baseline: chunk staff into pods of six', () => {
    chunkPods(city.district.educators);
  });
});

describe('planCascade, 1,000 schools and 25,000 educators', () => {
  bench('planCascade', () => {
    planCascade(large);
  });
  bench('baseline: chunk staff into pods of six', () => {
    chunkPods(large.district.educators);
  });
});

describe('expectedReach, 1,000 schools and 25,000 educators', () => {
  bench('expectedReach', () => {
    expectedReach(large);
  });
  bench('baseline: capped closed form in one loop', () => {
    closedForm(headcounts);
  });
});
