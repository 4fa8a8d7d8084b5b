import type { ReportTable } from './table.js';

/**
 * How many terminal columns a text takes: East Asian wide and fullwidth
 * characters (kana, kanji, hangul, fullwidth forms) take two, so Japanese
 * school names line up with Latin ones.
 *
 * @param text - the text to measure.
 * @returns the width in monospace columns.
 * @example
 * ```ts
 * displayWidth('abc'); // 3
 * displayWidth('港中学校'); // 8
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : isZeroWidth(code) ? 0 : 1;
  }
  return width;
}

// The main wide ranges of Unicode's East Asian Width property; rarer ones
// (some symbols, emoji) are counted as one column.
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

function isZeroWidth(code: number): boolean {
  return (code >= 0x300 && code <= 0x36f) || code === 0x200b;
}

/**
 * Lays a table out as plain text for a terminal: the caption, a header, a
 * rule, and one line per row, columns padded to line up.
 *
 * @param table - the table to print.
 * @returns the lines joined with `\n`, ending with a newline.
 * @example
 * ```ts
 * formatTextTable({
 *   caption: 'Reach',
 *   columns: [{ header: 'plan' }, { header: 'reached', align: 'right' }],
 *   rows: [['Today', '61']],
 * });
 * // 'Reach\nplan   reached\n-----  -------\nToday       61\n'
 * ```
 */
export function formatTextTable(table: ReportTable): string {
  const headers = table.columns.map((column) => column.header);
  const widths = headers.map((header, index) =>
    Math.max(
      displayWidth(header),
      ...table.rows.map((row) => displayWidth(row[index] ?? '')),
    ),
  );

  const line = (cells: readonly string[]): string =>
    table.columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const gap = ' '.repeat((widths[index] ?? 0) - displayWidth(cell));
        return column.align === 'right' ? gap + cell : cell + gap;
      })
      .join('  ')
      .trimEnd();

  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const body = table.rows.map(line);
  return `${[table.caption, line(headers), rule, ...body].join('\n')}\n`;
}
