import { formatScenarioSummary, summarizeScenario } from '../../index.js';
import type { CliIo } from '../io.js';
import { loadScenario } from '../load-scenario.js';

/**
 * `reachplan validate scenario.json`: reports every issue with its path
 * (exit 1), or says the file is valid and summarises what it holds.
 *
 * @param io - where to write.
 * @param file - the scenario file.
 * @throws CliFailure when the file is unreadable or invalid.
 */
export function validateCommand(io: CliIo, file: string): void {
  const scenario = loadScenario(io.cwd, file);
  const { schools, educators } = scenario.district;
  const offerings = scenario.catalogue.offerings.length;

  io.stdout(
    `"${file}" is valid: ${scenario.name}, ${schools.length} schools, ` +
      `${educators.length} educators, ${offerings} offerings\n\n`,
  );
  io.stdout(
    `${formatScenarioSummary(summarizeScenario(scenario)).trimEnd()}\n`,
  );
}
