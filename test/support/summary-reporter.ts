import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints the plain closing line `N passed, N failed` once the process
 * exits, so it comes after any coverage table and CI can read it.
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') this.passed += 1;
        else if (state === 'failed') this.failed += 1;
        else this.skipped += 1;
      }
      if (module.state() === 'failed' && module.children.size === 0) {
        this.failed += 1;
      }
    }
    process.once('exit', () => {
      const skipped = this.skipped > 0 ? `, ${this.skipped} skipped` : '';
      process.stdout.write(
        `${this.passed} passed, ${this.failed} failed${skipped}\n`,
      );
    });
  }
}
