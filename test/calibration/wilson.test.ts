import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalQuantile, wilsonInterval } from '../../src/index.js';

describe('normalQuantile', () => {
  it('gives the familiar z values', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 5);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 9);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });
});

describe('wilsonInterval', () => {
  it('matches a hand calculation for 12 successes in 40 trials', () => {
    // centre (0.3 + z²/2n) / (1 + z²/n) = 0.31753, half-width 0.13678
    const { low, high } = wilsonInterval(12, 40, 0.95);
    expect(low).toBeCloseTo(0.18075, 4);
    expect(high).toBeCloseTo(0.45431, 4);
  });

  it('stays inside 0 and 1 at the extremes', () => {
    expect(wilsonInterval(0, 10, 0.95).low).toBe(0);
    expect(wilsonInterval(0, 10, 0.95).high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10, 0.95).high).toBe(1);
    expect(wilsonInterval(0, 0, 0.9)).toEqual({ low: 0, high: 1 });
  });

  it('always holds the observed rate, and widens with confidence', () => {
    const counts = fc
      .tuple(fc.nat(500), fc.integer({ min: 1, max: 500 }))
      .map(([a, b]) => [Math.min(a, b), b] as const);
    fc.assert(
      fc.property(counts, ([successes, trials]) => {
        const rate = successes / trials;
        const narrow = wilsonInterval(successes, trials, 0.8);
        const wide = wilsonInterval(successes, trials, 0.99);
        expect(narrow.low).toBeLessThanOrEqual(rate + 1e-12);
        expect(narrow.high).toBeGreaterThanOrEqual(rate - 1e-12);
        expect(wide.low).toBeLessThanOrEqual(narrow.low + 1e-12);
        expect(wide.high).toBeGreaterThanOrEqual(narrow.high - 1e-12);
      }),
    );
  });
});
