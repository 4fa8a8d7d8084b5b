import { hashString, mix32 } from './hash.js';

/**
 * A seeded pseudo-random stream (sfc32: small, fast, and passes
 * PractRand to large sizes). The core never uses `Math.random`.
 *
 * @example
 * ```ts
 * const stream = createStream(42, 0, 'attendance');
 * stream.next(); // a number in [0, 1), the same for the same keys
 * ```
 */
export interface RandomStream {
  /** A uniform number in [0, 1) with 32 bits of randomness. */
  next(): number;
  /** A uniform integer in [0, n). */
  nextInt(n: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/**
 * A key that identifies one stream: a seed, then any mix of numbers
 * (replication, educator index) and strings (purpose). Numbers are read
 * as whole numbers: any safe integer, negative ones included, names its
 * own stream; a fraction is cut to its whole part.
 *
 * @example
 * ```ts
 * const key: StreamKey = [42, 7, 'word-of-mouth'];
 * ```
 */
export type StreamKey = readonly (number | string)[];

/**
 * Derives a 128-bit state from a key, so streams keyed by
 * (seed, replication, purpose) are independent: adding a purpose never
 * moves another purpose's draws.
 *
 * @internal
 */
export function seedState(key: StreamKey): [number, number, number, number] {
  let h = 0x6a09e667;
  for (const part of key) {
    h =
      typeof part === 'string'
        ? mix32(h, hashString(part))
        : mixNumber(h, part);
  }
  return [mix32(h, 1), mix32(h, 2), mix32(h, 3), mix32(h, 4)];
}

const TWO_32 = 4294967296;

/** Marks the high word, so it never reads as a key part of its own. */
const HIGH_WORD = 0x5bd1e995;

/**
 * Mixes in a number by its low and high 32-bit words, which together tell
 * every safe integer apart. A number in [0, 2^32) has no high word and is
 * mixed in one step.
 */
function mixNumber(h: number, part: number): number {
  const whole = Math.trunc(part);
  const low = whole >>> 0;
  const high = Math.floor(whole / TWO_32) >>> 0;
  const mixed = mix32(h, low);
  return high === 0 ? mixed : mix32(mixed, high ^ HIGH_WORD);
}

/**
 * Reduces a key to 32 bits, for draws keyed further by numbers alone (see
 * {@link keyedUniform}).
 *
 * @internal
 */
export function hashKey(key: StreamKey): number {
  return seedState(key)[0];
}

/**
 * A uniform number in [0, 1) for a 32-bit key and one more whole number,
 * with no state: the same pair always gives the same number. Used where a
 * draw must belong to one educator at one session, so that two plans
 * compared on common random numbers give that educator the same draw
 * whatever else differs.
 *
 * @internal
 */
export function keyedUniform(key: number, part: number): number {
  return mix32(key, part) / TWO_32;
}

/**
 * Creates a random stream for a key: the same key gives the same numbers,
 * bit for bit, on every machine.
 *
 * @param key - the seed and any further parts, e.g. `(seed, replication, 'opt-in')`.
 * @returns a stream of uniform numbers.
 * @example
 * ```ts
 * const a = createStream(1, 'roster');
 * const b = createStream(1, 'roster');
 * a.next() === b.next(); // true
 * ```
 */
export function createStream(...key: StreamKey): RandomStream {
  let [a, b, c, d] = seedState(key);

  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };

  // Discard the first outputs: sfc32 mixes its state in the first rounds.
  for (let i = 0; i < 12; i += 1) nextUint32();

  const next = (): number => nextUint32() / TWO_32;
  return {
    next,
    nextInt: (n) => Math.floor(next() * n),
    chance: (p) => next() < p,
  };
}
