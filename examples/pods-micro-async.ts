// Cascade pods, plus micro-learning follow-ups and a self-paced course on the citywide platform.
// Copy this script, point it at your own scenario file, and run it with
// `npx tsx pods-micro-async.ts`. In your own project, import from 'reachplan'.
import { readFileSync } from 'node:fs';
import {
  channelReachTable,
  formatTextTable,
  parseScenario,
  schoolReachTable,
  simulate,
  termReachTable,
} from '../src/index.js';

const file = new URL('./scenarios/pods-micro-async.json', import.meta.url);
const scenario = parseScenario(JSON.parse(readFileSync(file, 'utf8')));

const result = simulate(scenario, { seed: 1, replications: 100 });

const print = (text: string) => process.stdout.write(`${text}\n`);
print(`${scenario.name} (${result.replications} replications)\n`);
print(formatTextTable(termReachTable(scenario, result)));
print(formatTextTable(channelReachTable(result)));
print(formatTextTable(schoolReachTable(scenario, result)));
