import { defineConfig } from 'vitest/config';

// rrule reads the host zone when given a tzid; pin it so a developer's
// machine and CI agree. The zone tests run again under other zones in CI.
process.env['TZ'] = process.env['TZ'] ?? 'UTC';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    testTimeout: 30_000,
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
