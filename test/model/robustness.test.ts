import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  ReachplanError,
  safeParseScenario,
} from '../../src/index.js';
import { smallScenario } from './small-scenario.js';

// biome-ignore lint/suspicious/noExplicitAny: the input is hostile on purpose
type Loose = any;

/** parseScenario either returns or throws a ReachplanError, nothing else. */
function onlyReachplanErrors(input: unknown): void {
  try {
    parseScenario(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ReachplanError);
    expect((error as ReachplanError).issues.length).toBeGreaterThan(0);
  }
}

/** Every path (keys and indices) into a JSON-like value. */
function pathsOf(value: unknown, prefix: (string | number)[] = []) {
  const paths: (string | number)[][] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      paths.push(...pathsOf(item, [...prefix, i]));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      paths.push(...pathsOf(item, [...prefix, key]));
    }
  }
  return paths;
}

function replaceAt(root: Loose, path: (string | number)[], value: unknown) {
  if (path.length === 0) return value;
  let parent = root;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path.at(-1) as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return root;
}

const PATHS = pathsOf(smallScenario()).filter((p) => p.length > 0);

describe('hostile input', () => {
  it('never throws anything but ReachplanError for arbitrary values', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withObjectString: true,
        }),
        (input) => {
          onlyReachplanErrors(input);
          expect(safeParseScenario(input).success).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws anything but ReachplanError for a mutated scenario', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...PATHS),
            fc.oneof(fc.constant(undefined), fc.anything(), fc.string()),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (changes) => {
          let scenario: Loose = smallScenario();
          for (const [path, value] of changes) {
            try {
              scenario = replaceAt(scenario, path, value);
            } catch {
              // An earlier change removed this path's parent.
            }
          }
          onlyReachplanErrors(scenario);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('survives __proto__, constructor and prototype keys from JSON', () => {
    const text = JSON.stringify(smallScenario())
      .replace('"id":"s01"', '"__proto__":{"x":1},"id":"s01"')
      .replace(
        '"roles":["principal"]',
        '"roles":["principal"],"constructor":1',
      );
    const result = safeParseScenario(JSON.parse(text));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.message)).toEqual([
      'unknown key "__proto__"',
      'unknown key "constructor"',
    ]);
    expect(({} as Loose).x).toBeUndefined();
  });

  it('accepts "__proto__" and "constructor" as ids without harm', () => {
    const scenario: Loose = smallScenario();
    scenario.district.schools[0].id = '__proto__';
    scenario.district.educators[0].schoolId = '__proto__';
    scenario.district.educators[1].schoolId = '__proto__';
    scenario.district.educators[2].id = 'constructor';
    expect(safeParseScenario(scenario).success).toBe(true);
  });

  it('survives a cycle', () => {
    const scenario: Loose = smallScenario();
    scenario.district.self = scenario;
    scenario.catalogue.offerings.push(scenario.catalogue.offerings);
    const result = safeParseScenario(scenario);
    expect(result.success).toBe(false);
    onlyReachplanErrors(scenario);
  });

  it('reports a getter that throws as unreadable input', () => {
    const scenario: Loose = smallScenario();
    Object.defineProperty(scenario.district, 'name', {
      enumerable: true,
      get() {
        throw new Error('no access');
      },
    });
    expect(safeParseScenario(scenario)).toEqual({
      success: false,
      issues: [
        {
          code: 'unreadable_input',
          path: [],
          message: 'the input could not be read: no access',
        },
      ],
    });
  });

  it('survives thrown values that are not errors, or misbehave', () => {
    const nasty = new Proxy(
      {},
      {
        get() {
          throw nasty;
        },
        getPrototypeOf() {
          throw new Error('no prototype');
        },
      },
    );
    for (const thrown of [
      'a string',
      42,
      undefined,
      nasty,
      Object.create(null),
    ]) {
      const scenario: Loose = smallScenario();
      Object.defineProperty(scenario, 'name', {
        enumerable: true,
        get() {
          throw thrown;
        },
      });
      onlyReachplanErrors(scenario);
    }
  });

  it('survives proxies whose traps throw, and revoked proxies', () => {
    const traps = ['get', 'ownKeys', 'has', 'getOwnPropertyDescriptor'];
    for (const trap of traps) {
      const scenario: Loose = smallScenario();
      scenario.district.educators[1] = new Proxy(
        scenario.district.educators[1],
        {
          [trap]() {
            throw new TypeError(`trap ${trap}`);
          },
        },
      );
      onlyReachplanErrors(scenario);
    }
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    onlyReachplanErrors(proxy);
    onlyReachplanErrors({ ...smallScenario(), district: proxy });
  });

  it('stops listing issues past a thousand and says how many more', () => {
    const scenario: Loose = smallScenario();
    scenario.district.educators = new Array(5000).fill(7);
    const result = safeParseScenario(scenario);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1001);
    expect(result.issues[0]).toEqual({
      code: 'invalid_type',
      path: ['district', 'educators', 0],
      message: 'expected object, received number 7',
    });
    expect(result.issues.at(-1)).toEqual({
      code: 'too_many_issues',
      path: [],
      message: '4000 more issues were found and are not listed',
    });
  });

  it('stops listing issues from the checks across parts past a thousand', () => {
    const scenario: Loose = smallScenario();
    scenario.district.educators = new Array(5000).fill(
      scenario.district.educators[2],
    );
    const result = safeParseScenario(scenario);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1001);
    expect(result.issues[0]).toEqual({
      code: 'duplicate_id',
      path: ['district', 'educators', 1, 'id'],
      message:
        'educator id "e003" is used more than once (first at district.educators[0])',
    });
    expect(result.issues.at(-1)).toEqual({
      code: 'too_many_issues',
      path: [],
      message: '3999 more issues were found and are not listed',
    });
  });

  it('rejects a list longer than allowed without reading every item', () => {
    const scenario: Loose = smallScenario();
    scenario.district.schools = new Array(100_001).fill(7);
    expect(safeParseScenario(scenario)).toEqual({
      success: false,
      issues: [
        {
          code: 'too_big',
          path: ['district', 'schools'],
          message:
            'expected at most 100000 items, received an array of 100001 items',
        },
      ],
    });
  });

  it('accepts values that only look odd: NaN, Infinity, long strings', () => {
    const scenario: Loose = smallScenario();
    scenario.district.educators[2].fte = Number.NaN;
    scenario.district.educators[1].fte = Number.POSITIVE_INFINITY;
    scenario.name = 'x'.repeat(100_000);
    expect(safeParseScenario(scenario)).toEqual({
      success: false,
      issues: [
        {
          code: 'too_big',
          path: ['name'],
          message: `expected at most 300 characters, received string "${'x'.repeat(40)}…"`,
        },
        {
          code: 'invalid_type',
          path: ['district', 'educators', 1, 'fte'],
          message: 'expected number, received number Infinity',
        },
        {
          code: 'invalid_type',
          path: ['district', 'educators', 2, 'fte'],
          message: 'expected number, received number NaN',
        },
      ],
    });
  });
});

describe('very long rosters', () => {
  it('stops early on two million broken educators', () => {
    const scenario: Loose = smallScenario();
    scenario.district.educators = new Array(2_000_000).fill(7);
    const result = safeParseScenario(scenario);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toHaveLength(1001);
    expect(result.issues[1000]).toEqual({
      code: 'too_many_issues',
      path: ['district', 'educators'],
      message:
        'only the first 1000 issues are listed; educators from index 10000 on were not checked',
    });
  });

  it('rejects a roster past two million educators without reading it', () => {
    const scenario: Loose = smallScenario();
    const template = scenario.district.educators[2];
    scenario.district.educators = new Array(2_000_001).fill(template);
    expect(issuesOfScenario(scenario)).toEqual([
      {
        code: 'too_big',
        path: ['district', 'educators'],
        message:
          'expected at most 2000000 items, received an array of 2000001 items',
      },
    ]);
  });

  it('parses a long roster in chunks with paths counted from its start', () => {
    const scenario: Loose = smallScenario();
    const template = scenario.district.educators[2];
    scenario.district.educators = Array.from({ length: 25_000 }, (_, i) => ({
      ...template,
      id: `e${i}`,
    }));
    const parsed = safeParseScenario(scenario);
    expect(parsed.success).toBe(true);
    if (parsed.success) {
      expect(parsed.data.district.educators).toEqual(
        scenario.district.educators,
      );
    }

    scenario.district.educators[21_234].fte = 2;
    scenario.district.educators[3].roles = ['pilot'];
    expect(issuesOfScenario(scenario).map((i) => i.path)).toEqual([
      ['district', 'educators', 3, 'roles', 0],
      ['district', 'educators', 21_234, 'fte'],
    ]);
  });
});

function issuesOfScenario(input: unknown) {
  const result = safeParseScenario(input);
  return result.success ? [] : result.issues;
}

describe('very long rosters behind proxies', () => {
  it('reports a proxy roster that throws as unreadable input', () => {
    const scenario: Loose = smallScenario();
    scenario.district.educators = new Proxy(new Array(20_000).fill(7), {
      get(target, key) {
        if (key === 'length') return target.length;
        throw new Error('locked');
      },
    });
    expect(issuesOfScenario(scenario)).toEqual([
      {
        code: 'unreadable_input',
        path: ['district', 'educators'],
        message: 'the input could not be read: locked',
      },
    ]);
    onlyReachplanErrors(scenario);
  });
});
