import type { EChartsCoreOption } from 'echarts/core';
import type { ReachPoint, ReportData } from './report-data.js';
import { complianceRows, finalReach } from './report-tables.js';

/**
 * Fonts that carry Japanese glyphs on each platform, then the generic
 * family; used by the charts and the page alike.
 *
 * @internal
 */
export const FONT_STACK =
  "'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', " +
  "'Hiragino Kaku Gothic ProN', 'Yu Gothic', 'YuGothic', Meiryo, " +
  'system-ui, sans-serif';

// Okabe and Ito's palette: distinguishable with the common colour-vision
// deficiencies, and in greyscale print.
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

const percent = (share: number): number => Math.round(share * 1000) / 10;

const CHART_WIDTH = 680;

// The legend wraps onto more rows as names grow; leave the plot room for
// it. A Latin character is about 7 px at 13 px, a CJK one about 13 px.
function legendHeight(names: readonly string[]): number {
  let rows = 1;
  let used = 0;
  for (const name of names) {
    const wide = [...name].filter((c) => (c.codePointAt(0) ?? 0) > 0x2e80);
    const width = 40 + name.length * 7 + wide.length * 6;
    if (used > 0 && used + width > CHART_WIDTH - 40) {
      rows += 1;
      used = 0;
    }
    used += width;
  }
  return rows * 22;
}

function base(legend: readonly string[]): EChartsCoreOption {
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT_STACK, fontSize: 13 },
    legend: { top: 0, type: 'plain' },
    grid: { left: 8, right: 24, top: legendHeight(legend) + 24, bottom: 8 },
  };
}

const planNames = (data: ReportData): string[] =>
  data.plans.map((plan) => plan.name);

const percentAxis = {
  type: 'value',
  min: 0,
  max: 100,
  axisLabel: { formatter: '{value}%' },
};

/**
 * Reach over the year: a line per plan, in percent of educators, over a
 * faint band holding 90% of replications where the plan carries one.
 *
 * @internal
 */
export function reachOverTimeOption(data: ReportData): EChartsCoreOption {
  const dates = [
    ...new Set(data.plans.flatMap((p) => p.reachOverTime.map((r) => r.date))),
  ].sort();
  const names = planNames(data);
  const chart = base(names);

  return {
    ...chart,
    // Band series share the plan's name; the legend lists each plan once.
    legend: { ...(chart['legend'] as object), data: names },
    xAxis: { type: 'category', data: dates, boundaryGap: false },
    yAxis: percentAxis,
    series: data.plans.flatMap((plan, index) => {
      const colour = PALETTE[index % PALETTE.length];
      const byDate = new Map(plan.reachOverTime.map((r) => [r.date, r]));
      const at = (pick: (point: ReachPoint) => number | undefined) =>
        dates.map((date) => {
          const point = byDate.get(date);
          const value = point ? pick(point) : undefined;
          return value === undefined ? null : percent(value / plan.educators);
        });
      const line = {
        type: 'line',
        name: plan.name,
        color: colour,
        showSymbol: false,
        connectNulls: true,
        z: 3,
        data: at((point) => point.reached),
      };
      if (!plan.reachOverTime.some((point) => point.low !== undefined)) {
        return [line];
      }

      // A band is drawn as the low line, invisible, with the width of the
      // range stacked on it and filled.
      const low = at((point) => point.low);
      const high = at((point) => point.high);
      const band = {
        type: 'line',
        name: plan.name,
        stack: `range-${index}`,
        showSymbol: false,
        silent: true,
        connectNulls: true,
        lineStyle: { opacity: 0 },
      };
      return [
        { ...band, data: low },
        {
          ...band,
          areaStyle: { color: colour, opacity: 0.15 },
          data: high.map((value, day) => {
            const floor = low[day];
            return value === null || floor == null
              ? null
              : Math.round((value - floor) * 10) / 10;
          }),
        },
        line,
      ];
    }),
  };
}

/**
 * Reach by school: horizontal bars, one bar per plan in each school.
 *
 * @internal
 */
export function reachBySchoolOption(data: ReportData): EChartsCoreOption {
  const schools = data.plans[0]?.reachBySchool ?? [];

  return {
    ...base(planNames(data)),
    yAxis: {
      type: 'category',
      inverse: true,
      data: schools.map((school) => school.name),
    },
    xAxis: percentAxis,
    series: data.plans.map((plan) => {
      const bySchool = new Map(plan.reachBySchool.map((r) => [r.schoolId, r]));
      return {
        type: 'bar',
        name: plan.name,
        data: schools.map((school) => {
          const row = bySchool.get(school.schoolId);
          return row ? percent(row.reached / row.educators) : 0;
        }),
      };
    }),
  };
}

/**
 * Channel mix: a stacked bar per plan, one segment per channel.
 *
 * @internal
 */
export function channelMixOption(data: ReportData): EChartsCoreOption {
  const channels = [
    ...new Set(data.plans.flatMap((p) => p.channels.map((c) => c.channel))),
  ];

  const chart = base(channels);
  return {
    ...chart,
    grid: { ...(chart['grid'] as object), bottom: 24 },
    xAxis: {
      type: 'category',
      data: planNames(data),
      axisLabel: { interval: 0, width: 120, overflow: 'break' },
    },
    yAxis: { type: 'value' },
    series: channels.map((channel) => ({
      type: 'bar',
      name: channel,
      stack: 'channels',
      data: data.plans.map(
        (plan) => plan.channels.find((c) => c.channel === channel)?.reached,
      ),
    })),
  };
}

/**
 * Cost against reach: one point per plan, facilitator hours across,
 * reach up.
 *
 * @internal
 */
export function costOption(data: ReportData): EChartsCoreOption {
  const chart = base(planNames(data));
  return {
    ...chart,
    xAxis: {
      type: 'value',
      name: 'facilitator hours',
      nameLocation: 'middle',
      nameGap: 28,
    },
    yAxis: percentAxis,
    // Points are told apart by colour and the legend: labels beside
    // points collide when two plans cost about the same.
    grid: { ...(chart['grid'] as object), right: 32, bottom: 40 },
    series: data.plans.map((plan) => ({
      type: 'scatter',
      name: plan.name,
      symbolSize: 16,
      data: [
        [
          plan.cost.facilitatorHours,
          percent(finalReach(plan) / plan.educators),
        ],
      ],
    })),
  };
}

/**
 * Compliance per term: grouped bars, one per plan for each term and rule.
 *
 * @internal
 */
export function complianceOption(data: ReportData): EChartsCoreOption {
  const rows = [...complianceRows(data)];
  const several = new Set(rows.map(([, row]) => row.rule)).size > 1;

  return {
    ...base(planNames(data)),
    xAxis: {
      type: 'category',
      data: rows.map(([, row]) =>
        several ? `${row.term}\n${row.rule}` : row.term,
      ),
      axisLabel: { interval: 0, width: 110, overflow: 'break' },
    },
    yAxis: percentAxis,
    series: data.plans.map((plan) => {
      const byKey = new Map(
        plan.compliance.map((r) => [`${r.termId}/${r.ruleId}`, r.share]),
      );
      return {
        type: 'bar',
        name: plan.name,
        data: rows.map(([key]) => {
          const share = byKey.get(key);
          return share === undefined ? null : percent(share);
        }),
      };
    }),
  };
}
