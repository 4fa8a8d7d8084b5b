/**
 * A table ready to print: a caption, headed columns and rows of text.
 * Numbers are formatted before they reach a table so that the text table
 * and the HTML table show exactly the same figures.
 *
 * @example
 * ```ts
 * const table: ReportTable = {
 *   caption: 'Reach by plan',
 *   columns: [{ header: 'plan' }, { header: 'reached', align: 'right' }],
 *   rows: [["Today's plan", '61 (11.9%)']],
 * };
 * ```
 */
export interface ReportTable {
  /** What the table shows, in one line. */
  readonly caption: string;
  /** Column headers and alignment. */
  readonly columns: readonly ReportColumn[];
  /** One array of cell texts per row, as many cells as columns. */
  readonly rows: readonly (readonly string[])[];
}

/**
 * A column of a {@link ReportTable}.
 *
 * @example
 * ```ts
 * const column: ReportColumn = { header: 'reached', align: 'right' };
 * ```
 */
export interface ReportColumn {
  /** The header text. */
  readonly header: string;
  /** `right` for figures; `left` when missing. */
  readonly align?: 'left' | 'right';
}

/**
 * Writes a share as a percentage with one decimal.
 *
 * @param share - a number from 0 to 1.
 * @returns the percentage, such as `'11.9%'`; `'–'` when not finite.
 * @example
 * ```ts
 * formatShare(0.1191); // '11.9%'
 * ```
 */
export function formatShare(share: number): string {
  if (!Number.isFinite(share)) return '–';
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * Writes a count of educators, rounded to a whole number, with thousands
 * separated by commas.
 *
 * @param count - a count, possibly a mean over replications.
 * @returns the rounded count, such as `'25,000'`.
 * @example
 * ```ts
 * formatCount(24999.6); // '25,000'
 * ```
 */
export function formatCount(count: number): string {
  if (!Number.isFinite(count)) return '–';
  const rounded = Math.round(count);
  return String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Writes a quantity such as hours or days with one decimal, dropping a
 * trailing `.0`.
 *
 * @param value - the quantity.
 * @returns the text, such as `'31.5'` or `'24'`.
 * @example
 * ```ts
 * formatQuantity(24.04); // '24'
 * ```
 */
export function formatQuantity(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const text = value.toFixed(1);
  return text.endsWith('.0') ? text.slice(0, -2) : text;
}
