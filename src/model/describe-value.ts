const MAX_SHOWN = 40;

/**
 * Describes a value for an issue message without dumping it whole: a string
 * in quotes, a number as written, an array or object by its size. It never
 * throws, even for a revoked proxy or an object whose getters throw.
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
  if (typeof value === 'object') return describeObject(value);
  return `a ${typeof value}`;
}

/**
 * Like {@link describeValue}, with the type named before a primitive, so a
 * message can read "expected string, received number 42".
 *
 * @internal
 */
export function describeTyped(value: unknown): string {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
      return `${typeof value} ${describeValue(value)}`;
    default:
      return describeValue(value);
  }
}

function describeObject(value: object): string {
  // Array.isArray and length both run proxy traps, which may throw.
  try {
    if (!Array.isArray(value)) return 'an object';
    const noun = value.length === 1 ? 'item' : 'items';
    return `an array of ${value.length} ${noun}`;
  } catch {
    return 'an unreadable object';
  }
}

function quote(text: string): string {
  const cut = text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text;
  return JSON.stringify(cut);
}
