import {
  comparisonTable,
  formatTextTable,
  reportPlanFromSimulation,
} from '../../index.js';
import { renderReportHtml } from '../../report/entry.js';
import { compareScenarios } from '../../simulation/compare.js';
import { CliFailure, EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { loadScenario } from '../load-scenario.js';
import { progressBar } from '../progress.js';
import { writeOutput } from '../write-output.js';
import type { SimulateCommandOptions } from './simulate.js';

/**
 * `reachplan compare a.json b.json …`: runs every plan on the same random
 * numbers and prints them side by side; with `--out`, writes a report
 * comparing them.
 *
 * @param io - where to write.
 * @param files - two or more scenario files; the first is the base.
 * @param options - replications, seed and output directory.
 * @throws CliFailure when fewer than two files are given (exit 2), a file
 *   is unreadable or invalid, or the output cannot be written.
 */
export function compareCommand(
  io: CliIo,
  files: readonly string[],
  options: SimulateCommandOptions,
): void {
  if (files.length < 2) {
    throw new CliFailure(
      EXIT.usage,
      `compare needs two or more scenario files, got ${files.length} ` +
        `(${files.map((file) => `"${file}"`).join(', ')}); to run one ` +
        'plan, use reachplan simulate',
    );
  }

  const scenarios = files.map((file) => loadScenario(io.cwd, file));

  const bar = progressBar(io, 'comparing');
  let finished = 0;
  const comparison = compareScenarios(scenarios, {
    seed: options.seed,
    replications: options.replications,
    onProgress: ({ done, total }) => {
      if (done === total) finished += 1;
      bar.update({
        done: finished * total + (done === total ? 0 : done),
        total: total * scenarios.length,
      });
    },
  });
  bar.done();

  io.stdout(
    `${scenarios.length} plans, ${options.replications} replications each, ` +
      `seed ${options.seed}\n\n`,
  );
  io.stdout(formatTextTable(comparisonTable(scenarios, comparison)));
  if (options.out === undefined) return;

  const first = scenarios[0];
  const html = renderReportHtml({
    title: 'Plans compared',
    subtitle: first
      ? `${first.district.name}: ${first.district.educators.length} ` +
        `educators in ${first.district.schools.length} schools`
      : '',
    lang: first?.district.timeZone === 'Asia/Tokyo' ? 'ja' : 'en',
    plans: comparison.results.map((result, index) => {
      const scenario = scenarios[index] ?? first;
      if (!scenario) throw new Error('a result without its scenario');
      return reportPlanFromSimulation(scenario.name, scenario, result);
    }),
    notes: [
      'Figures are means over replications; plans share random numbers, ' +
        'so their differences come from the plans, not from luck.',
    ],
  });
  const written = writeOutput(io.cwd, options.out, { 'report.html': html });
  io.stdout(`\nwrote ${written.join(' and ')}\n`);
}
