import { match } from 'ts-pattern';
import type { ReachplanIssue } from '../model/issues.js';
import type { Scenario } from '../model/scenario.js';
import type { Requirement } from './rule-schema.js';
import { scopeMatcher } from './scope.js';

type Path = (string | number)[];

interface KnownIds {
  readonly schools: ReadonlySet<string>;
  readonly educators: ReadonlySet<string>;
  readonly departments: ReadonlySet<string>;
  readonly offerings: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
}

/**
 * Checks the scenario's requirement rules against the rest of the scenario:
 * duplicate rule ids, unknown offerings, categories, schools, departments
 * and educators, exemptions that end before they start, an
 * `offering-per-year` rule that names neither or both of its targets, and
 * a rule that reaches nobody (no educator matches its scope; for
 * `department-monthly`, none of them belongs to a department).
 *
 * Rules that the schedule cannot satisfy are not reported here: whether
 * enough sessions exist is a question for {@link checkSupply} and
 * {@link evaluateRequirements}, which see the expanded sessions.
 *
 * @internal
 */
export function checkRequirements(scenario: Scenario): ReachplanIssue[] {
  const rules = scenario.requirements ?? [];
  if (rules.length === 0) return [];

  const known = collectKnownIds(scenario);
  const issues: ReachplanIssue[] = [];
  const seen = new Set<string>();

  rules.forEach((rule, index) => {
    const at: Path = ['requirements', index];
    if (seen.has(rule.id)) {
      issues.push({
        code: 'duplicate_id',
        path: [...at, 'id'],
        message: `requirement id "${rule.id}" is used more than once`,
      });
    }
    seen.add(rule.id);
    const scopeIssues = checkScope(rule, at, known);
    issues.push(...scopeIssues);
    // A scope naming an unknown id is reported once, for the id.
    if (scopeIssues.length === 0)
      issues.push(...checkReach(scenario, rule, at));
    issues.push(...checkTargets(rule, at, known));
  });
  return issues;
}

/**
 * A rule that reaches nobody is almost always a slip (two lists that no
 * educator satisfies together), and would otherwise vanish from every
 * report without a word.
 */
function checkReach(
  scenario: Scenario,
  rule: Requirement,
  at: Path,
): ReachplanIssue[] {
  const { schools, educators } = scenario.district;
  const schoolOf = new Map(schools.map((school) => [school.id, school]));
  const matches = scopeMatcher(rule.scope);
  const inScope = educators.filter((educator) => {
    const school = schoolOf.get(educator.schoolId);
    return school !== undefined && matches(educator, school);
  });
  const shown = JSON.stringify(rule.scope ?? {});
  const path: Path = rule.scope === undefined ? at : [...at, 'scope'];

  if (inScope.length === 0) {
    return [
      {
        code: 'empty_scope',
        path,
        message: `requirement "${rule.id}" reaches no educator: none matches its scope ${shown}`,
      },
    ];
  }
  const grouped = inScope.some((e) => (e.departments ?? []).length > 0);
  if (rule.kind === 'department-monthly' && !grouped) {
    return [
      {
        code: 'empty_scope',
        path,
        message: `requirement "${rule.id}" reaches no department: no educator in its scope ${shown} belongs to one`,
      },
    ];
  }
  return [];
}

function collectKnownIds(scenario: Scenario): KnownIds {
  const { district, catalogue } = scenario;
  const departments = new Set<string>();
  for (const school of district.schools) {
    for (const department of school.departments ?? []) {
      departments.add(department);
    }
  }
  for (const educator of district.educators) {
    for (const department of educator.departments ?? []) {
      departments.add(department);
    }
  }
  return {
    schools: new Set(district.schools.map((school) => school.id)),
    educators: new Set(district.educators.map((educator) => educator.id)),
    departments,
    offerings: new Set(catalogue.offerings.map((offering) => offering.id)),
    categories: new Set(catalogue.categories.map((category) => category.id)),
  };
}

function checkScope(
  rule: Requirement,
  at: Path,
  known: KnownIds,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  const unknown = (path: Path, noun: string, id: string, where: string) =>
    issues.push({
      code: 'unknown_reference',
      path,
      message: `requirement "${rule.id}" names ${noun} "${id}", ${where}`,
    });
  const scope = rule.scope;
  const inDistrict = 'which is not in the district';

  scope?.schoolIds?.forEach((id, i) => {
    if (!known.schools.has(id)) {
      unknown([...at, 'scope', 'schoolIds', i], 'school', id, inDistrict);
    }
  });
  scope?.departments?.forEach((id, i) => {
    if (!known.departments.has(id)) {
      const where = 'which no school or educator has';
      unknown([...at, 'scope', 'departments', i], 'department', id, where);
    }
  });
  scope?.educatorIds?.forEach((id, i) => {
    if (!known.educators.has(id)) {
      unknown([...at, 'scope', 'educatorIds', i], 'educator', id, inDistrict);
    }
  });

  rule.exemptions?.forEach((exemption, i) => {
    const path: Path = [...at, 'exemptions', i];
    if (!known.educators.has(exemption.educatorId)) {
      const id = exemption.educatorId;
      unknown([...path, 'educatorId'], 'educator', id, inDistrict);
    }
    const { from, to } = exemption;
    if (from !== undefined && to !== undefined && to < from) {
      issues.push({
        code: 'invalid_range',
        path: [...path, 'to'],
        message: `exemption of educator "${exemption.educatorId}" ends on ${to}, before it starts on ${from}`,
      });
    }
  });
  return issues;
}

function checkTargets(
  rule: Requirement,
  at: Path,
  known: KnownIds,
): ReachplanIssue[] {
  const issues: ReachplanIssue[] = [];
  const offering = (id: string | undefined, path: Path) => {
    if (id === undefined || known.offerings.has(id)) return;
    issues.push({
      code: 'unknown_reference',
      path,
      message: `requirement "${rule.id}" names offering "${id}", which is not in the catalogue`,
    });
  };
  const category = (id: string | undefined, path: Path) => {
    if (id === undefined || known.categories.has(id)) return;
    issues.push({
      code: 'unknown_reference',
      path,
      message: `requirement "${rule.id}" names category "${id}", which is not in the catalogue`,
    });
  };
  const categories = (ids: readonly string[] | undefined) => {
    ids?.forEach((id, i) => {
      category(id, [...at, 'categoryIds', i]);
    });
  };

  match(rule)
    .with({ kind: 'sessions-per-term' }, (r) => categories(r.categoryIds))
    .with({ kind: 'hours-per-period' }, (r) => categories(r.categoryIds))
    .with({ kind: 'credits-per-period' }, (r) => categories(r.categoryIds))
    .with({ kind: 'category-coverage' }, (r) => categories(r.categoryIds))
    .with({ kind: 'department-monthly' }, (r) => categories(r.categoryIds))
    .with({ kind: 'certification' }, (r) =>
      offering(r.offeringId, [...at, 'offeringId']),
    )
    .with({ kind: 'trained-leaders' }, (r) =>
      offering(r.offeringId, [...at, 'offeringId']),
    )
    .with({ kind: 'offering-per-year' }, (r) => {
      offering(r.offeringId, [...at, 'offeringId']);
      category(r.categoryId, [...at, 'categoryId']);
      const named = Number(r.offeringId !== undefined);
      const total = named + Number(r.categoryId !== undefined);
      if (total !== 1) {
        issues.push({
          code: 'invalid_rule',
          path: at,
          message:
            total === 0
              ? `requirement "${rule.id}" names neither an offeringId nor a categoryId; name one`
              : `requirement "${rule.id}" names both an offeringId and a categoryId; name one`,
        });
      }
    })
    .exhaustive();
  return issues;
}
