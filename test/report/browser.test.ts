import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/entry.js';
import { launchChromium } from '../support/chromium.js';
import { sampleReport } from './sample-report.js';

interface PageVisit {
  readonly consoleErrors: string[];
  readonly requests: string[];
  readonly svgCount: number;
  readonly headings: string[];
  readonly textWidths: number[];
}

describe('the HTML report in a headless browser', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reachplan-report-'));
  const file = join(dir, 'report.html');
  let visit: PageVisit;

  beforeAll(async () => {
    writeFileSync(file, renderReportHtml(sampleReport()));

    const context = await launchChromium();
    try {
      const page = await context.newPage();
      const consoleErrors: string[] = [];
      const requests: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(error.message));
      page.on('request', (request) => requests.push(request.url()));

      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      visit = {
        consoleErrors,
        requests,
        svgCount: await page.locator('figure svg').count(),
        headings: await page.locator('h2').allTextContents(),
        textWidths: await page
          .locator('#reach-by-school tbody td:first-child')
          .evaluateAll((cells) =>
            cells.map((cell) => cell.getBoundingClientRect().width),
          ),
      };
    } finally {
      await context.close();
    }
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens with no console errors', () => {
    expect(visit.consoleErrors).toEqual([]);
  });

  it('requests nothing but the page itself', () => {
    expect(visit.requests).toEqual([pathToFileURL(file).href]);
  });

  it('shows the five charts with their headings', () => {
    expect(visit.svgCount).toBe(5);
    expect(visit.headings).toEqual([
      'Reach over the year',
      'Reach by school',
      'Channel mix',
      'Cost against reach',
      'Compliance per term',
      'Notes',
    ]);
  });

  it('lays out the Japanese school names with real widths', () => {
    expect(visit.textWidths).toHaveLength(21);
    for (const width of visit.textWidths) expect(width).toBeGreaterThan(20);
  });
});
