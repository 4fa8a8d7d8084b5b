import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'report/index': 'src/report/entry.ts',
      'node/index': 'src/node/index.ts',
      'node/worker': 'src/node/worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: {
      entry: {
        index: 'src/index.ts',
        'report/index': 'src/report/entry.ts',
        'node/index': 'src/node/index.ts',
      },
      compilerOptions: { ignoreDeprecations: '6.0' },
    },
    sourcemap: true,
    // The command line below builds into dist/cli at the same time.
    clean: ['!cli/**'],
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
  {
    entry: { 'cli/main': 'src/cli/main.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    clean: false,
    target: 'node20',
    splitting: false,
    treeshake: true,
  },
]);
