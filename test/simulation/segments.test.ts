import { describe, expect, it } from 'vitest';
import { ROGERS_SHARES } from '../../src/index.js';
import { createStream } from '../../src/random/index.js';
import { drawSegments } from '../../src/simulation/replication.js';

describe('missing adopter segments', () => {
  it('are drawn at Rogers’ shares and known ones are kept', () => {
    const n = 100_000;
    const known = new Int8Array(n).fill(-1);
    known[0] = 4;
    const out = new Int8Array(n);
    drawSegments(known, out, createStream(1, 0, 'segments'));

    expect(out[0]).toBe(4);
    const counts = [0, 0, 0, 0, 0];
    for (const s of out) counts[s] = (counts[s] ?? 0) + 1;
    counts.forEach((count, s) => {
      // within four standard errors of a binomial share
      const share = ROGERS_SHARES[s] ?? 0;
      const error = Math.sqrt((share * (1 - share)) / n);
      expect(Math.abs(count / n - share)).toBeLessThan(4 * error);
    });
  });

  it('sum to one', () => {
    expect(ROGERS_SHARES.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
});
