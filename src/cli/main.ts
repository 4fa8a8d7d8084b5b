import { runCli } from './run-cli.js';

// The executable: the real process around the in-process command line.
const code = await runCli(process.argv.slice(2), {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  stderrIsTerminal: process.stderr.isTTY === true,
  cwd: process.cwd(),
});
process.exitCode = code;
