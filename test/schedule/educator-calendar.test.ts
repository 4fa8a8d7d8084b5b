import { describe, expect, it } from 'vitest';
import type { Scenario, Session } from '../../src/index.js';
import {
  educatorCalendar,
  expandSessions,
  ReachplanError,
} from '../../src/index.js';
import { makeScenario, optIn } from './scenario-fixtures.js';

const scenario = makeScenario({
  offerings: [
    optIn('open', {
      kind: 'dates',
      dates: ['2027-04-13', '2027-04-14', '2027-04-15'],
      startTime: '16:00',
    }),
    optIn(
      'ict',
      { kind: 'dates', dates: ['2027-04-16'], startTime: '16:00' },
      { eligibility: { roles: ['ict-leader'] } },
    ),
  ],
});
const sessions = expandSessions(scenario);

describe('educatorCalendar', () => {
  it('lists booked, waitlisted and eligible sessions', () => {
    const cancelled: Session[] = sessions.map((s) =>
      s.localDate === '2027-04-15' ? { ...s, status: 'cancelled' } : s,
    );
    const view = educatorCalendar(scenario, cancelled, 'e1', [
      {
        educatorId: 'e1',
        sessionId: 'open@2027-04-13T16:00',
        status: 'booked',
      },
      {
        educatorId: 'e2',
        sessionId: 'open@2027-04-14T16:00',
        status: 'waitlisted',
      },
      {
        educatorId: 'e1',
        sessionId: 'open@2027-04-14T16:00',
        status: 'waitlisted',
      },
    ]);

    expect(view.schoolId).toBe('s1');
    expect(
      view.entries.map((e) => [e.sessionId, e.place, e.waitlistPosition]),
    ).toEqual([
      ['open@2027-04-13T16:00', 'booked', undefined],
      ['open@2027-04-14T16:00', 'waitlisted', 2],
    ]);
    expect(view.entries[0]).toMatchObject({
      title: 'Opt-in open',
      categories: ['Teaching & Learning'],
      start: '2027-04-13T20:00:00.000Z',
      localStart: '16:00',
      sessionStatus: 'scheduled',
    });
  });

  it('offers sessions only to educators their eligibility admits', () => {
    const ictLeader = educatorCalendar(scenario, sessions, 'e2');
    const teacher = educatorCalendar(scenario, sessions, 'e1');
    expect(ictLeader.entries.map((e) => e.sessionId)).toContain(
      'ict@2027-04-16T16:00',
    );
    expect(teacher.entries.map((e) => e.sessionId)).not.toContain(
      'ict@2027-04-16T16:00',
    );
  });

  it('leaves out sessions on weekdays the educator does not work', () => {
    const partTime: Scenario = {
      ...scenario,
      district: {
        ...scenario.district,
        educators: scenario.district.educators.map((e) =>
          e.id === 'e1' ? { ...e, availability: ['tue', 'thu'] } : e,
        ),
      },
    };
    // 13 April 2027 is a Tuesday, the 14th a Wednesday, the 15th a Thursday.
    const view = educatorCalendar(partTime, sessions, 'e1', [
      { educatorId: 'e1', sessionId: 'open@2027-04-14T16:00' },
    ]);
    expect(view.entries.map((e) => [e.sessionId, e.place])).toEqual([
      ['open@2027-04-13T16:00', 'eligible'],
      ['open@2027-04-14T16:00', 'booked'],
      ['open@2027-04-15T16:00', 'eligible'],
    ]);
  });

  it('refuses an educator who is not in the district', () => {
    expect(() => educatorCalendar(scenario, sessions, 'ghost')).toThrow(
      ReachplanError,
    );
    try {
      educatorCalendar(scenario, sessions, 'ghost');
    } catch (error) {
      expect((error as ReachplanError).issues).toEqual([
        {
          code: 'unknown_reference',
          path: ['educatorId'],
          message: 'educator "ghost" is not in the district',
        },
      ]);
    }
  });
});
