import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exampleScenario,
  expandSessions,
  parseScenario,
  simulate,
} from '../../src/index.js';
import { launchChromium } from '../support/chromium.js';

// The core must run wherever JavaScript runs. Bundle the root entry the way
// a web app would (esbuild, browser platform) and run it in chromium.
interface BrowserAnswer {
  readonly schools: number;
  readonly sessions: number;
  readonly reached: number;
  readonly firstDay: number;
}

async function bundleForBrowser(): Promise<string> {
  const out = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'reachplan',
    write: false,
    logLevel: 'silent',
  });
  const file = out.outputFiles[0];
  if (file === undefined) throw new Error('esbuild wrote no bundle');
  return file.text;
}

describe('the core in a browser', () => {
  let bundle: string;
  let answer: BrowserAnswer;
  let pageErrors: string[];
  let closeBrowser: () => Promise<void>;

  beforeAll(async () => {
    bundle = await bundleForBrowser();
    const context = await launchChromium();
    closeBrowser = () => context.close();

    const page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addScriptTag({ content: bundle });

    answer = await page.evaluate(() => {
      const api = (
        globalThis as { reachplan?: typeof import('../../src/index.js') }
      ).reachplan;
      if (api === undefined) throw new Error('the bundle set no global');
      const scenario = api.parseScenario(api.exampleScenario());
      const result = api.simulate(scenario, { seed: 7, replications: 5 });
      return {
        schools: scenario.district.schools.length,
        sessions: api.expandSessions(scenario).length,
        reached: result.end.reached.mean,
        firstDay: result.daily.reached.mean[0] ?? -1,
      };
    });
  }, 120_000);

  afterAll(async () => closeBrowser?.());

  it('bundles without anything from Node', () => {
    expect(bundle).not.toMatch(/require\(["'](node:)?(fs|path|stream|os)/);
  });

  it('parses, expands and simulates the example with no page errors', () => {
    expect(pageErrors).toEqual([]);
    expect(answer.schools).toBe(21);
  });

  it('gives the same answers, bit for bit, as Node', () => {
    const scenario = parseScenario(exampleScenario());
    const result = simulate(scenario, { seed: 7, replications: 5 });

    expect(answer.sessions).toBe(expandSessions(scenario).length);
    expect(answer.reached).toBe(result.end.reached.mean);
    expect(answer.firstDay).toBe(result.daily.reached.mean[0]);
  });
});
