import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Registering is idempotent; doing it on first use rather than at import
// keeps the module free of side effects for bundlers.
let registered = false;

function register(): void {
  if (registered) return;
  use([BarChart, LineChart, ScatterChart, GridComponent, LegendComponent]);
  use([SVGRenderer]);
  registered = true;
}

/**
 * The size of a chart in CSS pixels.
 *
 * @example
 * ```ts
 * const size: ChartSize = { width: 640, height: 360 };
 * ```
 */
export interface ChartSize {
  /** Width in CSS pixels. */
  readonly width: number;
  /** Height in CSS pixels. */
  readonly height: number;
}

/**
 * Renders an ECharts option to SVG markup without a browser, using
 * ECharts' server-side rendering. Line, bar and scatter series with grid
 * and legend components are available.
 *
 * @param option - an ECharts option; set `animation: false`.
 * @param size - the chart's size.
 * @returns standalone `<svg>` markup.
 * @example
 * ```ts
 * const svg = renderChartSvg(
 *   { xAxis: { type: 'category', data: ['T1'] }, yAxis: {}, series: [{ type: 'bar', data: [3] }] },
 *   { width: 400, height: 240 },
 * );
 * svg.startsWith('<svg'); // true
 * ```
 */
export function renderChartSvg(
  option: EChartsCoreOption,
  size: ChartSize,
): string {
  register();
  const chart = init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: size.width,
    height: size.height,
  });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
