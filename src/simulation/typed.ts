/**
 * Adds to one slot of a typed array (`+=` reads as possibly undefined under
 * noUncheckedIndexedAccess; V8 inlines this).
 *
 * @internal
 */
export function addAt(
  array: Float64Array | Int32Array | Uint32Array | Uint16Array,
  index: number,
  by: number,
): void {
  array[index] = (array[index] ?? 0) + by;
}
