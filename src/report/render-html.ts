import type { EChartsCoreOption } from 'echarts/core';
import {
  channelMixOption,
  complianceOption,
  costOption,
  reachBySchoolOption,
  reachOverTimeOption,
} from './chart-options.js';
import type { ReportSection } from './html.js';
import { buildReportPage } from './html.js';
import { renderChartSvg } from './render-svg.js';
import type { ReportData } from './report-data.js';
import {
  channelTable,
  complianceTable,
  costTable,
  planSummaryTable,
  reachBySchoolTable,
  reachOverTimeTable,
} from './report-tables.js';

const WIDTH = 680;

function schoolChartHeight(data: ReportData): number {
  const schools = data.plans[0]?.reachBySchool.length ?? 0;
  return Math.max(240, 80 + schools * (8 + 9 * data.plans.length));
}

/**
 * Renders a self-contained HTML report: a summary table, then charts a
 * school board can read (reach over the year per plan, reach by school,
 * channel mix, cost against reach, compliance per term), each with the
 * table of its numbers beside it.
 *
 * The page has no scripts and fetches nothing: charts are inline SVG drawn
 * by ECharts on the server, fonts are the reader's own (a CJK font stack
 * for Japanese). Write the string to a `.html` file and open it offline.
 *
 * @param data - the plans to show.
 * @returns the HTML document.
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { renderReportHtml } from 'reachplan/report';
 * writeFileSync('report.html', renderReportHtml({ title: 'PD reach', plans }));
 * ```
 */
export function renderReportHtml(data: ReportData): string {
  const chart = (option: EChartsCoreOption, height = 360): string =>
    renderChartSvg(option, { width: WIDTH, height });

  const sections: ReportSection[] = [
    {
      id: 'reach-over-time',
      title: 'Reach over the year',
      lead: 'Share of educators with at least one exposure, by date.',
      svg: chart(reachOverTimeOption(data)),
      table: reachOverTimeTable(data),
    },
    {
      id: 'reach-by-school',
      title: 'Reach by school',
      lead: 'Schools with short bars are the ones left behind.',
      svg: chart(reachBySchoolOption(data), schoolChartHeight(data)),
      table: reachBySchoolTable(data),
    },
    {
      id: 'channel-mix',
      title: 'Channel mix',
      lead: 'Through which channels educators were reached.',
      svg: chart(channelMixOption(data)),
      table: channelTable(data),
    },
    {
      id: 'cost',
      title: 'Cost against reach',
      lead: 'Up and to the left is more reach for fewer facilitator hours.',
      svg: chart(costOption(data)),
      table: costTable(data),
    },
  ];

  const compliance = complianceTable(data);
  if (compliance.rows.length > 0) {
    sections.push({
      id: 'compliance',
      title: 'Compliance per term',
      lead: 'Share of educators meeting each requirement by the end of each term.',
      svg: chart(complianceOption(data)),
      table: compliance,
    });
  }

  return buildReportPage({
    lang: data.lang ?? 'en',
    title: data.title,
    ...(data.subtitle === undefined ? {} : { subtitle: data.subtitle }),
    summary: planSummaryTable(data),
    sections,
    notes: data.notes ?? [],
  });
}
