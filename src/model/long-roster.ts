import { z } from 'zod';
import { MAX_EDUCATORS } from './district.js';
import type { Educator } from './educator.js';
import { educatorSchema } from './educator.js';
import type { ReachplanIssue, SafeResult } from './issues.js';
import { MAX_ISSUES, safeParseWith } from './zod-issues.js';

type Path = readonly (string | number)[];

/** Rosters longer than this are parsed in chunks. */
const LONG_ROSTER = 10_000;
const CHUNK = 10_000;

/**
 * Parses input that holds a district, taking a long educator list apart:
 * the rest is parsed as usual, the roster chunk by chunk, stopping once
 * {@link MAX_ISSUES} issues are found. A roster of two million broken rows
 * then costs a few chunks, not two million issues. Short rosters, and
 * input that cannot be taken apart, take the ordinary path.
 *
 * @param schema - the scenario or district schema.
 * @param input - anything.
 * @param districtPath - where the district is: `[]` or `['district']`.
 * @internal
 */
export function safeParseWithRoster<T>(
  schema: z.ZodType<T>,
  input: unknown,
  districtPath: readonly [] | readonly ['district'],
): SafeResult<T> {
  const split = splitRoster(input, districtPath);
  if (!split) return safeParseWith(schema, input);

  const rest = safeParseWith(schema, split.rest);
  const rosterPath = [...districtPath, 'educators'];
  const roster =
    split.educators.length > MAX_EDUCATORS
      ? tooLong(split.educators.length, rosterPath)
      : parseInChunks(split.educators, rosterPath);
  if (rest.success && roster.success) {
    // The rest was parsed with an empty roster: a fresh object of ours,
    // so the parsed roster can take its place.
    const data = rest.data as Record<string, unknown>;
    const district = (
      districtPath.length === 0 ? data : data['district']
    ) as Record<string, unknown>;
    district['educators'] = roster.data;
    return rest;
  }

  const issues = [
    ...(rest.success ? [] : rest.issues),
    ...(roster.success ? [] : roster.issues),
  ];
  return { success: false, issues };
}

function splitRoster(
  input: unknown,
  districtPath: readonly [] | readonly ['district'],
): { rest: unknown; educators: unknown[] } | undefined {
  // Any trouble reading the input (a getter, a proxy) is left to the
  // ordinary path, which reports it.
  try {
    const district =
      districtPath.length === 0 ? input : readKey(input, 'district');
    const educators = readKey(district, 'educators');
    if (!Array.isArray(educators) || educators.length <= LONG_ROSTER) {
      return undefined;
    }

    const withoutRoster = { ...(district as object), educators: [] };
    const rest =
      districtPath.length === 0
        ? withoutRoster
        : { ...(input as object), district: withoutRoster };
    return { rest, educators };
  } catch {
    return undefined;
  }
}

/** The roster's own length limit, which the rest was parsed without. */
function tooLong(length: number, path: Path): SafeResult<Educator[]> {
  const message =
    `expected at most ${MAX_EDUCATORS} items, ` +
    `received an array of ${length} items`;
  return {
    success: false,
    issues: [{ code: 'too_big', path: [...path], message }],
  };
}

function readKey(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as Record<string, unknown>)[key];
}

function parseInChunks(
  items: readonly unknown[],
  path: Path,
): SafeResult<Educator[]> {
  const chunkSchema = z.array(educatorSchema);
  const educators: Educator[] = [];
  const issues: ReachplanIssue[] = [];

  for (let start = 0; start < items.length; start += CHUNK) {
    const result = safeParseWith(chunkSchema, sliceOf(items, start), path);
    if (result.success) {
      for (const educator of result.data) educators.push(educator);
    } else {
      // A chunk's own "more issues" note is replaced by the one below.
      const listed = result.issues.filter((i) => i.code !== 'too_many_issues');
      issues.push(...listed.map((i) => shiftIndex(i, path, start)));
    }

    const end = start + CHUNK;
    // An unreadable roster reads no better in the next chunk.
    if (issues.some((i) => i.code === 'unreadable_input')) break;
    const chunkCut =
      !result.success &&
      result.issues.some((i) => i.code === 'too_many_issues');
    if (issues.length >= MAX_ISSUES || chunkCut) {
      issues.length = Math.min(issues.length, MAX_ISSUES);
      const unchecked =
        end < items.length
          ? `; educators from index ${end} on were not checked`
          : '';
      issues.push({
        code: 'too_many_issues',
        path: [...path],
        message: `only the first ${issues.length} issues are listed${unchecked}`,
      });
      break;
    }
  }

  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: educators };
}

/**
 * One chunk of the roster. Reading a proxy may throw; the chunk is then
 * the proxy itself, whose reading zod reports as unreadable input.
 */
function sliceOf(items: readonly unknown[], start: number): unknown {
  try {
    return items.slice(start, start + CHUNK);
  } catch {
    return items;
  }
}

/** A chunk's issues count from its own start; the roster's from 0. */
function shiftIndex(
  issue: ReachplanIssue,
  path: Path,
  offset: number,
): ReachplanIssue {
  const index = issue.path[path.length];
  if (typeof index !== 'number') return issue;
  const shifted = [...issue.path];
  shifted[path.length] = index + offset;
  return { ...issue, path: shifted };
}
