/**
 * Mixes a 32-bit state with one more value (a MurmurHash3-style finaliser
 * on top of a multiply-xor step). Used to derive independent stream seeds.
 *
 * @internal
 */
export function mix32(state: number, value: number): number {
  let h = Math.imul(state ^ value, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hashes a string key such as a purpose name to 32 bits (FNV-1a, then
 * mixed), so keys of any length give well-spread seeds.
 *
 * @internal
 */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h >>> 0, text.length);
}
