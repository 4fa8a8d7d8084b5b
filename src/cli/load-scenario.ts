import type { ReachplanIssue, Scenario } from '../index.js';
import { formatPath, SCHEMA_VERSION, safeParseScenario } from '../index.js';
import { CliFailure, EXIT } from './exit-codes.js';
import { readJsonFile } from './read-json.js';

/**
 * Writes issues one per line: the path, then the message and its code.
 *
 * @param issues - the problems found.
 * @returns lines ending with a newline.
 */
export function formatIssues(issues: readonly ReachplanIssue[]): string {
  return issues
    .map((i) => `  ${formatPath(i.path)}: ${i.message} [${i.code}]\n`)
    .join('');
}

/**
 * Throws when the file declares a schema version this build cannot read.
 * A missing version, or one that is not a number (`"1"`), is left to
 * validation, which reports it with its path.
 */
function checkVersion(path: string, input: unknown): void {
  if (typeof input !== 'object' || input === null) return;
  const version = (input as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version !== 'number' || version === SCHEMA_VERSION) return;

  throw new CliFailure(
    EXIT.unsupportedVersion,
    `"${path}" has schemaVersion ${JSON.stringify(version)}; this reachplan ` +
      `reads schemaVersion ${SCHEMA_VERSION}`,
  );
}

/**
 * Reads, parses and validates a scenario file.
 *
 * @param cwd - the directory to resolve `path` against.
 * @param path - the path the user typed.
 * @returns the validated scenario.
 * @throws {@link CliFailure}: file errors (3), a foreign schema version
 *   (4), or every validation issue (1).
 */
export function loadScenario(cwd: string, path: string): Scenario {
  const input = readJsonFile(cwd, path);
  checkVersion(path, input);

  const result = safeParseScenario(input);
  if (result.success) return result.data;

  const count = result.issues.length;
  const noun = count === 1 ? 'issue' : 'issues';
  throw new CliFailure(
    EXIT.invalidScenario,
    `"${path}" is not a valid scenario (${count} ${noun}):\n` +
      formatIssues(result.issues).trimEnd(),
  );
}
