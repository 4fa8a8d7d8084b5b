/**
 * The HTML report with charts, kept out of the root entry because it
 * loads ECharts. Pure: it runs in Node and in the browser.
 *
 * @example
 * ```ts
 * import { renderReportHtml } from 'reachplan/report';
 * ```
 *
 * @packageDocumentation
 */
export { renderReportHtml } from './render-html.js';
export type { ChartSize } from './render-svg.js';
export { renderChartSvg } from './render-svg.js';
