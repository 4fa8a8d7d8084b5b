// `npm run simulate`: the brief's plans for the built-in example district,
// side by side. Each plan is a scenario file in examples/scenarios/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  expandSessions,
  formatTextTable,
  parseScenario,
} from '../src/index.js';
import { PLANS } from './lib/plans.js';

const dir = join(import.meta.dirname, 'scenarios');

const rows = PLANS.map(({ file }) => {
  const text = readFileSync(join(dir, file), 'utf8');
  const scenario = parseScenario(JSON.parse(text));
  const sessions = expandSessions(scenario);
  return [
    scenario.name,
    String(scenario.district.educators.length),
    String(scenario.catalogue.offerings.length),
    String(sessions.length),
    String(scenario.cascades?.length ?? 0),
    String(scenario.requirements?.length ?? 0),
  ];
});

process.stdout.write(
  formatTextTable({
    caption: 'The plans for Example City, 2027-28',
    columns: [
      { header: 'plan' },
      { header: 'educators', align: 'right' },
      { header: 'offerings', align: 'right' },
      { header: 'sessions', align: 'right' },
      { header: 'cascades', align: 'right' },
      { header: 'rules', align: 'right' },
    ],
    rows,
  }),
);
