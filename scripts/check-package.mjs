// Checks the package as users receive it: the packed tarball's exports and
// types (publint, arethetypeswrong), then plain `node` importing and
// requiring the package unpacked from that tarball, where packaging
// mistakes actually show (a file left out of `files`, a named ESM import
// that only a bundler accepts).
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', ...options });

/**
 * An app folder whose node_modules holds the unpacked tarball as
 * `reachplan`, and links to the installed dependencies, so the probe reads
 * only what the tarball ships.
 */
function installTarball(tarball, packDir) {
  const app = join(packDir, 'app');
  const modules = join(app, 'node_modules');
  mkdirSync(modules, { recursive: true });
  run('tar', ['-xzf', tarball, '-C', packDir]);
  renameSync(join(packDir, 'package'), join(modules, 'reachplan'));

  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const link = join(modules, name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), link, 'dir');
  }
  return app;
}

const packDir = mkdtempSync(join(tmpdir(), 'reachplan-pack-'));
try {
  const out = execFileSync(
    'npm',
    ['pack', '--json', '--pack-destination', packDir],
    { cwd: root, encoding: 'utf8' },
  );
  const tarball = join(packDir, JSON.parse(out)[0].filename);

  run('npx', ['publint', '--strict', tarball]);
  run('npx', ['attw', '--profile', 'node16', tarball]);

  const app = installTarball(tarball, packDir);
  const probe = `
    // Not the checkout's own build, found through the package's name.
    if (!require.resolve('reachplan').startsWith(process.cwd())) {
      throw new Error('reachplan resolved outside the unpacked tarball');
    }
    const api = await import('reachplan');
    const cjs = require('reachplan');
    for (const [name, mod] of [['import', api], ['require', cjs]]) {
      const scenario = mod.parseScenario(mod.exampleScenario());
      const sessions = mod.expandSessions(scenario);
      if (sessions.length === 0) throw new Error(name + ': no sessions');
      console.log(name + ': ok,', sessions.length, 'sessions');
    }
    const entries = [
      ['reachplan/node', 'simulateParallel'],
      ['reachplan/report', 'renderReportHtml'],
    ];
    for (const [entry, name] of entries) {
      const viaImport = (await import(entry))[name];
      const viaRequire = require(entry)[name];
      if (typeof viaImport !== 'function' || typeof viaRequire !== 'function') {
        throw new Error(entry + ' does not export ' + name);
      }
      console.log(entry + ': ok (import and require)');
    }
    const schemaEntry = 'reachplan/scenario.schema.json';
    const shipped = [
      (await import(schemaEntry, { with: { type: 'json' } })).default,
      require(schemaEntry),
    ];
    const expected = JSON.stringify(api.scenarioJsonSchema());
    if (shipped.some((schema) => JSON.stringify(schema) !== expected)) {
      throw new Error(schemaEntry + ' differs from scenarioJsonSchema()');
    }
    console.log(schemaEntry + ': ok, the same as scenarioJsonSchema()');
  `;
  run(
    'node',
    [
      '--input-type=module',
      '-e',
      `import { createRequire } from 'node:module';
       const require = createRequire(import.meta.url);
       ${probe}`,
    ],
    { cwd: app },
  );
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
