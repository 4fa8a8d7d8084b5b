// Validates the built-in example scenario and prints what it holds:
// schools, educators by role and segment, the catalogue and its sessions
// per term. Run with `npx tsx examples/summarize-example.ts`.
import {
  exampleScenario,
  formatScenarioSummary,
  parseScenario,
  summarizeScenario,
} from '../src/index.js';

const scenario = parseScenario(exampleScenario());
console.log(formatScenarioSummary(summarizeScenario(scenario)));
console.log(
  'The roster is synthetic: names and adopter segments are generated.',
);
