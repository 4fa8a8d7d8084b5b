import { describe, expect, it } from 'vitest';
import { renderChartSvg, renderReportHtml } from '../../src/report/entry.js';
import { sampleReport } from './sample-report.js';

describe('renderReportHtml', () => {
  const html = renderReportHtml(sampleReport());

  it('draws the five charts as inline SVG, each beside a table', () => {
    expect(html.match(/<svg /g)).toHaveLength(5);
    expect(html.match(/<section id="/g)).toHaveLength(6);
    for (const id of [
      'reach-over-time',
      'reach-by-school',
      'channel-mix',
      'cost',
      'compliance',
    ]) {
      expect(html).toContain(`<section id="${id}">`);
    }
    expect(html.match(/<table>/g)).toHaveLength(6);
  });

  it('declares the language and a font stack with Japanese fonts', () => {
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain("'Noto Sans CJK JP'");
    expect(html).toContain("'Hiragino Sans'");
    expect(html).toContain("'Yu Gothic'");
    expect(html).toContain('港中学校');
  });

  it('loads nothing: no scripts, no links, no external sources', () => {
    expect(html).not.toMatch(/<script|<link|<iframe|@import|url\((?!#)/i);
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes plan names in tables and in the charts', () => {
    expect(html).not.toContain('<opt-in & pods>');
    expect(html).toContain('&lt;opt-in &amp; pods&gt;');
  });

  it('leaves the compliance chart out when no plan has requirements', () => {
    const data = sampleReport();
    const plans = data.plans.map((plan) => ({ ...plan, compliance: [] }));
    const page = renderReportHtml({ ...data, plans });
    expect(page).not.toContain('<section id="compliance">');
    expect(page.match(/<svg /g)).toHaveLength(4);
  });

  it('uses English as the page language by default', () => {
    const page = renderReportHtml({
      ...sampleReport(),
      lang: undefined as unknown as string,
    });
    expect(page).toContain('<html lang="en">');
  });
});

describe('renderChartSvg', () => {
  it('renders an option to standalone SVG of the given size', () => {
    const svg = renderChartSvg(
      {
        animation: false,
        xAxis: { type: 'category', data: ['T1', 'T2'] },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', data: [3, 5] }],
      },
      { width: 400, height: 240 },
    );
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('width="400"');
    expect(svg).toContain('height="240"');
  });
});
