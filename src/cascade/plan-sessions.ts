import type { SafeResult } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import { safeExpandSessions } from '../schedule/expand-sessions.js';
import type { Session } from '../schedule/session.js';

/**
 * The sessions of the offerings the scenario's plans hang on (sources and
 * community meetings), expanded once by the scheduling module.
 *
 * @internal
 */
export function planSessions(scenario: Scenario): SafeResult<Session[]> {
  const wanted = new Set(
    (scenario.cascades ?? []).map((plan) =>
      plan.kind === 'cascade' ? plan.sourceOfferingId : plan.offeringId,
    ),
  );
  const expanded = safeExpandSessions(scenario);
  if (!expanded.success) return expanded;
  return {
    success: true,
    data: expanded.data.filter((s) => wanted.has(s.offeringId)),
  };
}
