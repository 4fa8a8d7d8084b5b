import { runCli } from './run-cli.js';

// A reader that stops early (`reachplan schema | head`) closes the pipe;
// that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

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
