import { FONT_STACK } from './chart-options.js';
import type { ReportTable } from './table.js';

/**
 * Escapes text for HTML content and attribute values.
 *
 * @param text - any text.
 * @returns the text with `& < > " '` replaced by entities.
 * @example
 * ```ts
 * escapeHtml('Teaching & Learning <2027>'); // 'Teaching &amp; Learning &lt;2027&gt;'
 * ```
 *
 * @internal
 */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/**
 * One part of the report: a chart (as SVG markup) with its numbers.
 *
 * @internal
 */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  /** One sentence saying what to look for. */
  readonly lead: string;
  /** SVG markup rendered ahead of time; trusted, inserted as is. */
  readonly svg: string;
  readonly table: ReportTable;
}

/**
 * The page around the sections.
 *
 * @internal
 */
export interface ReportPage {
  readonly lang: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly summary: ReportTable;
  readonly sections: readonly ReportSection[];
  readonly notes: readonly string[];
}

function htmlTable(table: ReportTable): string {
  // Figures and short labels stay on one line; long names may wrap.
  const cell = (tag: 'th' | 'td', text: string, index: number): string => {
    const right = table.columns[index]?.align === 'right';
    const kind = right ? ' class="n"' : text.length > 24 ? ' class="w"' : '';
    return `<${tag}${kind}>${escapeHtml(text)}</${tag}>`;
  };
  const head = table.columns.map((c, i) => cell('th', c.header, i)).join('');
  const body = table.rows
    .map(
      (row) => `<tr>${row.map((text, i) => cell('td', text, i)).join('')}</tr>`,
    )
    .join('\n');

  return [
    '<table>',
    `<caption>${escapeHtml(table.caption)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>\n${body}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function htmlSection(section: ReportSection): string {
  return [
    `<section id="${escapeHtml(section.id)}">`,
    `<h2>${escapeHtml(section.title)}</h2>`,
    `<p class="lead">${escapeHtml(section.lead)}</p>`,
    '<div class="pair">',
    `<figure role="img" aria-label="${escapeHtml(section.title)}">${section.svg}</figure>`,
    `<div class="numbers">${htmlTable(section.table)}</div>`,
    '</div>',
    '</section>',
  ].join('\n');
}

// Print-friendly and readable on a projector; no web fonts, so the page
// opens offline and shows Japanese with whichever CJK font the OS has.
const STYLE = `
body { font-family: ${FONT_STACK}; color: #1a1a1a; margin: 2rem auto;
  max-width: 1280px; padding: 0 1.5rem; line-height: 1.5; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 2px solid #0072B2; }
.subtitle, .lead { color: #444; }
.pair { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
figure { margin: 0; flex: 1 1 560px; max-width: 680px; }
figure svg { width: 100%; height: auto; }
.numbers { flex: 1 1 360px; overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.9rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3rem; }
th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; }
th { text-align: left; background: #f3f6f9; }
.n { text-align: right; font-variant-numeric: tabular-nums; }
td { white-space: nowrap; }
td.w { white-space: normal; min-width: 12em; }
.notes { margin-top: 2.5rem; color: #444; font-size: 0.9rem; }
@media print { section { break-inside: avoid; } }
`;

/**
 * Assembles the report page. Everything is inline: no scripts, no links,
 * and a content security policy that forbids fetching anything.
 *
 * @internal
 */
export function buildReportPage(page: ReportPage): string {
  const subtitle = page.subtitle
    ? `<p class="subtitle">${escapeHtml(page.subtitle)}</p>`
    : '';
  const notes =
    page.notes.length === 0
      ? ''
      : `<div class="notes"><h2>Notes</h2><ul>${page.notes
          .map((note) => `<li>${escapeHtml(note)}</li>`)
          .join('')}</ul></div>`;

  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(page.title)}</h1>
${subtitle}
</header>
<main>
<section id="summary">
${htmlTable(page.summary)}
</section>
${page.sections.map(htmlSection).join('\n')}
</main>
${notes}
</body>
</html>
`;
}
