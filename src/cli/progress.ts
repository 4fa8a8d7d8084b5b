import type { CliIo } from './io.js';

const WIDTH = 30;

/**
 * A progress bar on stderr, redrawn in place. It is drawn only when
 * stderr is a terminal, so piped or logged output never holds control
 * characters.
 *
 * @example
 * ```ts
 * const bar = progressBar(io, 'today');
 * simulate(scenario, { seed: 1, replications: 200, onProgress: bar.update });
 * bar.done();
 * ```
 */
export interface ProgressBar {
  /** Draws `done` of `total`; cheap to call after every replication. */
  readonly update: (progress: { done: number; total: number }) => void;
  /** Clears the bar's line. */
  readonly done: () => void;
}

/**
 * Creates a progress bar for one labelled task.
 *
 * @param io - where to draw, and whether it is a terminal.
 * @param label - what is running, shown before the bar.
 * @returns the bar; inert when stderr is not a terminal.
 */
export function progressBar(io: CliIo, label: string): ProgressBar {
  if (!io.stderrIsTerminal) return { update: () => {}, done: () => {} };

  let shown = -1;
  return {
    update: ({ done, total }) => {
      const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
      if (percent === shown) return;
      shown = percent;
      const filled = Math.round((percent / 100) * WIDTH);
      const bar = '#'.repeat(filled) + '-'.repeat(WIDTH - filled);
      io.stderr(`\r${label} [${bar}] ${percent}% ${done}/${total}`);
    },
    done: () => {
      if (shown >= 0) io.stderr('\r\u001b[2K');
    },
  };
}
