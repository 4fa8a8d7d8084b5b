// Checks the package as users receive it: the packed tarball's exports and
// types (publint, arethetypeswrong), then plain `node` importing and
// requiring the built outputs, where packaging mistakes actually show.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: root, stdio: 'inherit', ...options });

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

  const probe = `
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
  `;
  run('node', [
    '--input-type=module',
    '-e',
    `import { createRequire } from 'node:module';
     const require = createRequire(import.meta.url);
     ${probe}`,
  ]);
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
