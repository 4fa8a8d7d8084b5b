import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { secondDistrict } from '../../examples/lib/plans.js';
import { expandSessions, parseScenario } from '../../src/index.js';
import { runInProcess } from './run.js';

const FILE = 'examples/scenarios/second-district.json';

function events(text: string): ICAL.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent');
}

describe('reachplan calendar', () => {
  it('writes every session of the district, each with its description', async () => {
    const run = await runInProcess(['calendar', FILE]);
    expect(run.code).toBe(0);
    const all = events(run.stdout);
    const sessions = expandSessions(parseScenario(secondDistrict()));
    expect(all).toHaveLength(sessions.length);
    for (const event of all) {
      expect(event.getFirstPropertyValue('description')).toBeTruthy();
    }
  });

  it("writes one school's calendar: a part of the district's", async () => {
    const district = await runInProcess(['calendar', FILE]);
    const school = await runInProcess(['calendar', FILE, '--school', 's01']);
    expect(school.code).toBe(0);
    const uids = (text: string) =>
      events(text).map((e) => String(e.getFirstPropertyValue('uid')));
    const ours = uids(school.stdout);
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.length).toBeLessThan(uids(district.stdout).length);
    expect(new Set(uids(district.stdout))).toEqual(
      new Set([...uids(district.stdout), ...ours]),
    );
  });

  it("writes one educator's calendar", async () => {
    const educator = secondDistrict().district.educators[0]?.id ?? '';
    const run = await runInProcess(['calendar', FILE, '--educator', educator]);
    expect(run.code).toBe(0);
    expect(events(run.stdout).length).toBeGreaterThan(0);
  });

  it('names an unknown school with exit code 2', async () => {
    const run = await runInProcess(['calendar', FILE, '--school', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'reachplan: cannot make the calendar:\n' +
        '  options.feed.schoolId: school "nope" is not in the scenario ' +
        '[unknown_reference]\n',
    );
  });

  it('refuses a school and an educator together', async () => {
    const run = await runInProcess([
      'calendar',
      FILE,
      '--school',
      's01',
      '--educator',
      'e0001',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot be used with');
  });
});
