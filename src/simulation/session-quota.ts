import type { Scenario } from '../model/scenario.js';
import { scopeMatcher } from '../requirements/scope.js';

/**
 * A sessions-per-term rule as the engine follows it: who it covers, how
 * many sessions each must attend (pro rata for part-time staff, 0 for
 * those out of scope or exempt), and which offerings count.
 *
 * @internal
 */
export interface CompiledSessionRule {
  readonly id: string;
  readonly members: Int32Array;
  /** Per educator: sessions needed this term; 0 when not covered. */
  readonly target: Uint16Array;
  /** Per offering: 1 when its sessions count; undefined when all do. */
  readonly counts: Uint8Array | undefined;
}

/**
 * The scenario's sessions-per-term rules, for the engine.
 *
 * @internal
 */
export function compileSessionRules(scenario: Scenario): CompiledSessionRule[] {
  const { educators, schools } = scenario.district;
  const schoolById = new Map(schools.map((s) => [s.id, s]));
  const { offerings } = scenario.catalogue;

  return (scenario.requirements ?? []).flatMap((rule) => {
    if (rule.kind !== 'sessions-per-term') return [];
    const matches = scopeMatcher(rule.scope);
    const exempt = new Set(
      (rule.exemptions ?? [])
        .filter((e) => e.from === undefined && e.to === undefined)
        .map((e) => e.educatorId),
    );
    const proRata = rule.proRata ?? true;
    const target = new Uint16Array(educators.length);
    const members: number[] = [];
    educators.forEach((educator, i) => {
      const school = schoolById.get(educator.schoolId);
      if (school === undefined || exempt.has(educator.id)) return;
      if (!matches(educator, school)) return;
      const fte = proRata ? (educator.fte ?? 1) : 1;
      members.push(i);
      target[i] = Math.ceil(rule.sessions * fte);
    });

    const categories = rule.categoryIds;
    const counts =
      categories === undefined
        ? undefined
        : Uint8Array.from(offerings, (o) =>
            o.categoryIds.some((c) => categories.includes(c)) ? 1 : 0,
          );
    return [{ id: rule.id, members: Int32Array.from(members), target, counts }];
  });
}

/**
 * One replication's progress on the sessions-per-term rules: sessions
 * attended this term per rule and educator, and on how many rules each
 * educator is still behind (what the deadline boost reads).
 *
 * @internal
 */
export class SessionQuota {
  /** Per rule, per educator: sessions that count, this term. */
  readonly attended: Uint16Array[];
  /** Per educator: rules on which they are behind this term. */
  readonly behind: Uint8Array;
  private readonly covering: Uint8Array;

  constructor(
    private readonly rules: readonly CompiledSessionRule[],
    educators: number,
  ) {
    this.attended = rules.map(() => new Uint16Array(educators));
    this.behind = new Uint8Array(educators);
    this.covering = new Uint8Array(educators);
    for (const rule of rules) {
      for (const i of rule.members) {
        if ((rule.target[i] ?? 0) > 0) {
          this.covering[i] = (this.covering[i] ?? 0) + 1;
        }
      }
    }
  }

  /** A new term: nothing attended, behind on every rule that asks. */
  startTerm(): void {
    for (const counts of this.attended) counts.fill(0);
    this.behind.set(this.covering);
  }

  /** Counts a session of offering `o` for educator i. */
  record(i: number, o: number): void {
    const { rules, attended, behind } = this;
    for (let r = 0; r < rules.length; r += 1) {
      const rule = rules[r];
      const counts = attended[r];
      if (rule === undefined || counts === undefined) continue;
      const target = rule.target[i] ?? 0;
      if (target === 0 || (rule.counts !== undefined && rule.counts[o] !== 1)) {
        continue;
      }

      const now = (counts[i] ?? 0) + 1;
      counts[i] = now;
      if (now === target) behind[i] = (behind[i] ?? 1) - 1;
    }
  }
}
