import {
  Command,
  CommanderError,
  InvalidArgumentError,
  Option,
} from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { ReachplanError } from '../index.js';
import { calendarCommand } from './commands/calendar.js';
import { calibrateCommand } from './commands/calibrate.js';
import { compareCommand } from './commands/compare.js';
import { schemaCommand } from './commands/schema.js';
import { simulateCommand } from './commands/simulate.js';
import { validateCommand } from './commands/validate.js';
import { CliFailure, EXIT, type ExitCode } from './exit-codes.js';
import type { CliIo } from './io.js';
import { formatIssues } from './load-scenario.js';

const EXIT_CODES_HELP = `
Exit codes:
  0   success
  1   the scenario or records file is invalid (every issue, with its path)
  2   usage: unknown command, missing or bad argument
  3   a file cannot be read or written, or is not JSON
  4   the scenario's schemaVersion is not one this build reads
  70  unexpected internal error
`;

/** Parses a whole number from `min` to `max` for an option. */
export function wholeNumber(
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^\d+$/.test(text.trim()) || value < min || value > max) {
      const upper = max === Number.MAX_SAFE_INTEGER ? '' : ` and <= ${max}`;
      throw new InvalidArgumentError(
        `expected a whole number >= ${min}${upper}`,
      );
    }
    return value;
  };
}

/** Parses a number strictly between 0 and 1 for an option. */
export function share(text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !(value > 0 && value < 1)) {
    throw new InvalidArgumentError('expected a number between 0 and 1');
  }
  return value;
}

function buildProgram(io: CliIo): Command {
  const program = new Command('reachplan')
    .description(
      "Plan a district's professional learning and forecast who it reaches.",
    )
    .version(packageJson.version)
    .exitOverride()
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(text),
    })
    .showHelpAfterError('(run reachplan --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP);

  program
    .command('simulate')
    .description(
      'simulate a plan: reach by term, channel and school; with --out, ' +
        'write report.html and calendar.ics',
    )
    .argument('<scenario>', 'scenario JSON file')
    .option(
      '--replications <n>',
      'replications to run',
      wholeNumber(1, 100_000),
      200,
    )
    .option(
      '--seed <s>',
      'seed; the same seed gives the same figures',
      wholeNumber(0),
      1,
    )
    .option('--out <dir>', 'write report.html and calendar.ics here')
    .action(
      (
        file: string,
        options: { replications: number; seed: number; out?: string },
      ) => simulateCommand(io, file, options),
    );

  program
    .command('compare')
    .description('simulate plans on the same random numbers, side by side')
    .argument('<scenarios...>', 'two or more scenario JSON files')
    .option(
      '--replications <n>',
      'replications to run',
      wholeNumber(1, 100_000),
      200,
    )
    .option(
      '--seed <s>',
      'seed; the same seed gives the same figures',
      wholeNumber(0),
      1,
    )
    .option('--out <dir>', 'write report.html comparing the plans here')
    .action(
      (
        files: string[],
        options: { replications: number; seed: number; out?: string },
      ) => compareCommand(io, files, options),
    );

  program
    .command('validate')
    .description('check a scenario file and list every issue with its path')
    .argument('<scenario>', 'scenario JSON file')
    .action((file: string) => validateCommand(io, file));

  program
    .command('calendar')
    .description('write the shared calendar as iCalendar (.ics) to stdout')
    .argument('<scenario>', 'scenario JSON file')
    .addOption(
      new Option('--school <id>', "only this school's sessions").conflicts(
        'educator',
      ),
    )
    .option('--educator <id>', 'only the sessions open to this educator')
    .option('--domain <domain>', 'domain of the event UIDs', 'reachplan.local')
    .action(
      (
        file: string,
        options: { school?: string; educator?: string; domain: string },
      ) => calendarCommand(io, file, options),
    );

  program
    .command('calibrate')
    .description(
      "estimate behaviour from last year's participation records; with " +
        '--out, write the plan with those estimates',
    )
    .argument('<scenario>', "last year's scenario JSON file")
    .argument('<records>', 'JSON list of participation records')
    .option(
      '--min-educators <n>',
      'fewest educators with records for a group to be estimated',
      wholeNumber(1),
      20,
    )
    .option(
      '--confidence <c>',
      'interval coverage, such as 0.9 or 0.95',
      share,
      0.9,
    )
    .option('--plan <file>', 'the plan to receive the estimates')
    .option('--out <file>', 'write the calibrated plan here')
    .action(
      (
        file: string,
        records: string,
        options: {
          minEducators: number;
          confidence: number;
          plan?: string;
          out?: string;
        },
      ) => calibrateCommand(io, file, records, options),
    );

  program
    .command('schema')
    .description("print the scenario file's JSON Schema")
    .action(() => schemaCommand(io));

  return program;
}

function usageCode(error: CommanderError): ExitCode {
  const quiet = ['commander.helpDisplayed', 'commander.version'];
  return quiet.includes(error.code) ? EXIT.ok : EXIT.usage;
}

/**
 * Runs the `reachplan` command line in-process and returns its exit code.
 * Nothing is thrown and the process is never exited: failures become one
 * clear message on `io.stderr` and a documented exit code.
 *
 * @param argv - the arguments after the program name.
 * @param io - where to read and write.
 * @returns the exit code (see {@link EXIT}).
 * @example
 * ```ts
 * const code = await runCli(['validate', 'scenario.json'], io); // 0 or 1
 * ```
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  try {
    await buildProgram(io).parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return usageCode(error);
    if (error instanceof CliFailure) {
      io.stderr(`reachplan: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ReachplanError) {
      io.stderr(`reachplan: invalid input:\n${formatIssues(error.issues)}`);
      return EXIT.invalidScenario;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`reachplan: unexpected error: ${message}\n`);
    return EXIT.internal;
  }
}
