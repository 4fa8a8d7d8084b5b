import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParseScenario, summarizeScenario } from '../../src/index.js';

const page = readFileSync(
  resolve(import.meta.dirname, '../../docs/scenario-file.md'),
  'utf8',
);

/** The JSON blocks of the page that hold a whole scenario. */
function scenarioBlocks(): unknown[] {
  return [...page.matchAll(/```json\n([\s\S]*?)```/g)]
    .map((match) => match[1] ?? '')
    .filter((text) => text.includes('"catalogue"'))
    .map((text) => JSON.parse(text));
}

describe('docs/scenario-file.md', () => {
  it('shows an annotated example that parses as written', () => {
    const blocks = scenarioBlocks();
    expect(blocks).toHaveLength(1);
    const result = safeParseScenario(blocks[0]);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('keeps its seminar on four Thursdays, none on the Monday blackout', () => {
    const result = safeParseScenario(scenarioBlocks()[0]);
    if (!result.success) throw new Error('the example must parse');
    const summary = summarizeScenario(result.data);
    expect(summary.sessions).toEqual([
      {
        offeringId: 'lesson-design',
        title: 'Creative lesson design',
        perTerm: [1, 2, 1],
        outsideTerms: 0,
        total: 4,
      },
    ]);
  });
});
