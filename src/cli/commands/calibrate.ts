import { basename, dirname } from 'node:path';
import type {
  BehaviourCalibration,
  EstimateGroup,
  RateEstimate,
  ReportTable,
  Scenario,
} from '../../index.js';
import {
  formatCount,
  formatTextTable,
  parseScenario,
  safeCalibrateBehaviour,
} from '../../index.js';
import { CliFailure, EXIT } from '../exit-codes.js';
import type { CliIo } from '../io.js';
import { formatIssues, loadScenario } from '../load-scenario.js';
import { readJsonFile } from '../read-json.js';
import { writeOutput } from '../write-output.js';

/** Options of `reachplan calibrate`. */
export interface CalibrateCommandOptions {
  /** Fewest educators with records for a group to be estimated. */
  readonly minEducators: number;
  /** Interval coverage, from 0 to 1. */
  readonly confidence: number;
  /** The plan to receive the estimates; the records' scenario when missing. */
  readonly plan?: string;
  /** Where to write the plan with its calibrated behaviour. */
  readonly out?: string;
}

function groupName(group: EstimateGroup): string {
  if (group.kind === 'all') return 'all educators';
  return group.kind === 'segment' ? group.segment : `role ${group.role}`;
}

const percent = (value: number | undefined): string =>
  value === undefined ? '–' : `${(value * 100).toFixed(1)}%`;

/**
 * The estimates as a table: one row per parameter and group that had any
 * records, with the interval, or a note that the default is kept.
 *
 * @param calibration - what {@link safeCalibrateBehaviour} returned.
 * @param confidence - the interval coverage, for the column header.
 * @returns the table.
 */
export function estimatesTable(
  calibration: BehaviourCalibration,
  confidence: number,
): ReportTable {
  const shown = calibration.estimates.filter((e) => e.educators > 0);
  const row = (e: RateEstimate): string[] => [
    e.parameter,
    groupName(e.group),
    formatCount(e.educators),
    formatCount(e.trials),
    percent(e.estimate),
    e.status === 'estimated'
      ? `${percent(e.low)}–${percent(e.high)}`
      : 'too few records: default kept',
  ];

  return {
    caption: "Behaviour estimated from last year's records",
    columns: [
      { header: 'parameter' },
      { header: 'group' },
      { header: 'educators', align: 'right' },
      { header: 'chances', align: 'right' },
      { header: 'estimate', align: 'right' },
      { header: `${Math.round(confidence * 100)}% interval` },
    ],
    rows: shown.map(row),
  };
}

function calibrate(
  scenario: Scenario,
  recordsFile: string,
  records: unknown,
  options: CalibrateCommandOptions,
): BehaviourCalibration {
  if (!Array.isArray(records)) {
    throw new CliFailure(
      EXIT.invalidScenario,
      `"${recordsFile}" must hold a list of participation records, ` +
        `not ${records === null ? 'null' : typeof records}`,
    );
  }

  const result = safeCalibrateBehaviour(scenario, records, {
    minEducators: options.minEducators,
    confidence: options.confidence,
  });
  if (result.success) return result.data;

  const count = result.issues.length;
  throw new CliFailure(
    EXIT.invalidScenario,
    `"${recordsFile}" holds invalid records (${count} ` +
      `${count === 1 ? 'issue' : 'issues'}):\n` +
      formatIssues(result.issues).trimEnd(),
  );
}

// What the table does not show: offerings nobody has a record of, and
// records that could not be placed.
function notes(calibration: BehaviourCalibration): string {
  const { unknownEducator, unknownOffering, unknownSession } =
    calibration.ignored;
  const missing = calibration.offeringsWithoutRecords;
  const lines: string[] = [];
  if (missing.length > 0) {
    lines.push(
      `no records of ${missing.map((id) => `"${id}"`).join(', ')}: ` +
        'the parameters they inform keep the default',
    );
  }
  if (unknownEducator + unknownOffering + unknownSession > 0) {
    lines.push(
      `records left out: ${unknownEducator} of educators not on the ` +
        `roster, ${unknownOffering} of offerings not in the catalogue, ` +
        `${unknownSession} of sessions not held`,
    );
  }
  return lines.map((line) => `${line}\n`).join('');
}

/**
 * `reachplan calibrate scenario.json records.json`: estimates attendance,
 * opt-in and completion rates per adopter segment and role from last
 * year's participation records and prints them with their intervals;
 * with `--out`, writes the plan (`--plan`, or the same scenario) with the
 * estimates in its `behaviour`, ready to simulate.
 *
 * @param io - where to write.
 * @param file - last year's scenario: the roster and catalogue the
 *   records refer to.
 * @param recordsFile - a JSON list of participation records.
 * @param options - thresholds, interval coverage, and where to write.
 * @throws CliFailure when a file is unreadable or invalid, or the output
 *   cannot be written.
 */
export function calibrateCommand(
  io: CliIo,
  file: string,
  recordsFile: string,
  options: CalibrateCommandOptions,
): void {
  if (options.plan !== undefined && options.out === undefined) {
    throw new CliFailure(EXIT.usage, '--plan needs --out to write it to');
  }
  const lastYear = loadScenario(io.cwd, file);
  const records = readJsonFile(io.cwd, recordsFile);
  const calibration = calibrate(lastYear, recordsFile, records, options);

  const count = Array.isArray(records) ? records.length : 0;
  io.stdout(`${lastYear.name}: ${formatCount(count)} records\n\n`);
  io.stdout(formatTextTable(estimatesTable(calibration, options.confidence)));
  io.stdout(notes(calibration));
  if (options.out === undefined) return;

  const plan = options.plan ? loadScenario(io.cwd, options.plan) : lastYear;
  const calibrated = parseScenario({
    ...plan,
    behaviour: { ...plan.behaviour, ...calibration.behaviour },
  });
  const [written] = writeOutput(io.cwd, dirname(options.out), {
    [basename(options.out)]: `${JSON.stringify(calibrated, null, 2)}\n`,
  });
  io.stdout(`\nwrote ${written ?? options.out}\n`);
}
