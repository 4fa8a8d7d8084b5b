import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStream } from '../../src/index.js';

const draw = (count: number, ...key: (number | string)[]) => {
  const stream = createStream(...key);
  return Array.from({ length: count }, () => stream.next());
};

describe('createStream', () => {
  it('gives the same numbers for the same key', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(1000), fc.string(), (seed, rep, tag) => {
        expect(draw(20, seed, rep, tag)).toEqual(draw(20, seed, rep, tag));
      }),
    );
  });

  it('gives different numbers for a different purpose', () => {
    expect(draw(5, 1, 0, 'opt-in')).not.toEqual(draw(5, 1, 0, 'attendance'));
  });

  it('gives different numbers for neighbouring replications', () => {
    expect(draw(5, 1, 0, 'x')).not.toEqual(draw(5, 1, 1, 'x'));
  });

  it('keeps every draw inside [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        for (const value of draw(200, seed)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });

  it('spreads draws evenly over ten bins', () => {
    const bins = new Array<number>(10).fill(0);
    for (const value of draw(100_000, 7, 'uniformity')) {
      const bin = Math.floor(value * 10);
      bins[bin] = (bins[bin] ?? 0) + 1;
    }
    // Chi-square with 9 degrees of freedom: 27.88 is the 0.1% tail.
    const chiSquare = bins.reduce((sum, n) => sum + (n - 10_000) ** 2, 0);
    expect(chiSquare / 10_000).toBeLessThan(27.88);
  });

  it('draws integers below the bound with chance near the probability', () => {
    const stream = createStream(3, 'chance');
    let hits = 0;
    for (let i = 0; i < 100_000; i += 1) if (stream.chance(0.3)) hits += 1;
    // Standard error is about 0.00145; allow five of them.
    expect(Math.abs(hits / 100_000 - 0.3)).toBeLessThan(0.0073);

    for (let i = 0; i < 1000; i += 1) {
      const value = stream.nextInt(6);
      expect(Number.isInteger(value) && value >= 0 && value < 6).toBe(true);
    }
  });

  it('tells seeds apart beyond 32 bits', () => {
    expect(draw(3, 2 ** 32 + 1)).not.toEqual(draw(3, 1));
    expect(draw(3, 2 ** 32 + 5)).not.toEqual(draw(3, 4));
  });

  it('gives a negative seed a stream of its own', () => {
    expect(draw(3, -1)).not.toEqual(draw(3, 0));
    expect(draw(3, -2)).not.toEqual(draw(3, 1));
  });

  it('gives different numbers for any two different safe integer seeds', () => {
    const seed = fc.oneof(
      fc.integer({ min: -1000, max: 1000 }),
      fc.maxSafeInteger(),
      fc.maxSafeNat().map((n) => -n),
    );
    fc.assert(
      fc.property(seed, seed, (a, b) => {
        fc.pre(a !== b);
        expect(draw(2, a, 'x')).not.toEqual(draw(2, b, 'x'));
      }),
    );
  });

  it('gives these very numbers for these keys, on every machine', () => {
    // Pinned: a change here changes every seeded result of the library.
    expect(draw(3, 42, 0, 'attendance')).toEqual([
      0.14245156268589199, 0.8936111459042877, 0.1427750561852008,
    ]);
    expect(draw(3, 7)).toEqual([
      0.22373329452238977, 0.5034563099034131, 0.8183135113213211,
    ]);
  });
});
