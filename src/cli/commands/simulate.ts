import type { Scenario } from '../../index.js';
import {
  channelReachTable,
  formatTextTable,
  reportPlanFromSimulation,
  schoolReachTable,
  simulate,
  termComplianceTable,
  termReachTable,
} from '../../index.js';
import { renderReportHtml } from '../../report/entry.js';
import type { CliIo } from '../io.js';
import { loadScenario } from '../load-scenario.js';
import { progressBar } from '../progress.js';
import { writeOutput } from '../write-output.js';
import { calendarText } from './calendar.js';

/** Options of `reachplan simulate`. */
export interface SimulateCommandOptions {
  /** Replications to run. */
  readonly replications: number;
  /** The seed; the same seed gives the same figures. */
  readonly seed: number;
  /** Where to write report.html and calendar.ics, if anywhere. */
  readonly out?: string;
}

function writeReport(
  io: CliIo,
  scenario: Scenario,
  result: ReturnType<typeof simulate>,
  out: string,
): void {
  const html = renderReportHtml({
    title: scenario.name,
    subtitle:
      `${scenario.district.name}: ${scenario.district.educators.length} ` +
      `educators in ${scenario.district.schools.length} schools, ` +
      `${result.replications} replications`,
    lang: scenario.district.timeZone === 'Asia/Tokyo' ? 'ja' : 'en',
    plans: [reportPlanFromSimulation(scenario.name, scenario, result)],
    notes: ['Figures are means over replications of a seeded simulation.'],
  });
  const ics = calendarText(
    scenario,
    { domain: 'reachplan.local' },
    new Date().toISOString(),
  );

  const written = writeOutput(io.cwd, out, {
    'report.html': html,
    'calendar.ics': ics,
  });
  io.stdout(`\nwrote ${written.join(' and ')}\n`);
}

/**
 * `reachplan simulate scenario.json`: runs the simulation and prints reach
 * by term, channel and school; with `--out`, writes the HTML report and
 * the shared calendar.
 *
 * @param io - where to write.
 * @param file - the scenario file.
 * @param options - replications, seed and output directory.
 * @throws CliFailure when the file is unreadable or invalid, or the output
 *   cannot be written.
 */
export function simulateCommand(
  io: CliIo,
  file: string,
  options: SimulateCommandOptions,
): void {
  const scenario = loadScenario(io.cwd, file);

  const bar = progressBar(io, 'simulating');
  const result = simulate(scenario, {
    seed: options.seed,
    replications: options.replications,
    onProgress: bar.update,
  });
  bar.done();

  io.stdout(`${scenario.name}: ${result.replications} replications, `);
  io.stdout(`seed ${options.seed}\n\n`);
  io.stdout(`${formatTextTable(termReachTable(scenario, result))}\n`);
  io.stdout(`${formatTextTable(channelReachTable(result))}\n`);
  io.stdout(formatTextTable(schoolReachTable(scenario, result)));
  const compliance = termComplianceTable(scenario, result);
  if (compliance.rows.length > 0) io.stdout(`\n${formatTextTable(compliance)}`);

  if (options.out !== undefined) writeReport(io, scenario, result, options.out);
}
