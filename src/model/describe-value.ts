const MAX_SHOWN = 40;

/**
 * Describes a value for an issue message without dumping it whole: a string
 * in quotes, a number as written, an array or object by its size.
 *
 * @param value - anything found in input.
 * @returns a short phrase such as `"s-99"`, `42`, `an array of 3 items`.
 * @example
 * ```ts
 * describeValue('s-99'); // '"s-99"'
 * describeValue([1, 2]); // 'an array of 2 items'
 * ```
 */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) {
    const noun = value.length === 1 ? 'item' : 'items';
    return `an array of ${value.length} ${noun}`;
  }
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function quote(text: string): string {
  const cut = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return JSON.stringify(cut);
}
