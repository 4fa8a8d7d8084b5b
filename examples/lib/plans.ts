// The example city's plans, built from the built-in example so they stay
// valid as the library evolves. The scripts in examples/ import these; the
// JSON files in examples/scenarios/ are written from them by
// examples/lib/write-scenarios.ts, and a test fails when the two drift.
import type {
  CascadePlanInput,
  Offering,
  Requirement,
  Scenario,
} from '../../src/index.js';
import { exampleScenario } from '../../src/index.js';

/** Today's plan: the three central seminar series and nothing else. */
export function todaysPlan(): Scenario {
  return {
    ...exampleScenario(),
    name: "Today's plan: central seminars only",
    description:
      'Creative lesson design (4), ICT leadership (3) and digital ' +
      'citizenship (1), about three seats per school.',
  };
}

// Each lesson-design session trains about three educators per school, who
// lead a pod of colleagues back at school within two weeks (ten school
// days): the example city's "plus cascade pods".
function designPods(session: number): CascadePlanInput {
  return {
    kind: 'cascade',
    id: `design-pods-${session}`,
    name: `Lesson design pods after seminar ${session}`,
    sourceOfferingId: 'lesson-design',
    sourceSession: session,
    leaderSelection: { by: 'segment' },
    levels: [
      {
        id: 'pods',
        ledBy: 'source',
        audience: 'pod',
        podSize: { min: 3, max: 6 },
        sessionsPerLeader: 2,
        withinSchoolDays: 10,
        weekdays: ['tue', 'thu'],
        startTime: '16:00',
        durationMinutes: 45,
        fidelityKept: 0.75,
      },
    ],
  };
}

/** Today's plan, plus pods led by seminar attendees at their schools. */
export function cascadePods(): Scenario {
  return {
    ...todaysPlan(),
    name: 'Plus cascade pods',
    description:
      'Every lesson-design attendee leads a pod of 3 to 6 colleagues at ' +
      'school within two weeks: two 45-minute sessions.',
    cascades: [1, 2, 3, 4].map(designPods) as Scenario['cascades'],
  };
}

function followUps(): Offering[] {
  return [
    {
      id: 'design-bites',
      format: 'micro-learning',
      title: 'Lesson design in five minutes',
      description:
        'Short videos and prompts that follow each seminar: one idea to ' +
        'try in class this week.',
      categoryIds: ['teaching-learning'],
      durationMinutes: 5,
      venue: 'online',
      modules: 12,
      releaseEveryWeeks: 2,
      availableFrom: '2027-06-18',
      follows: 'lesson-design',
    },
    {
      id: 'design-course',
      format: 'async-course',
      title: 'Creative lesson design: the course',
      description:
        'A self-paced course on the citywide platform, six modules of ' +
        'about forty minutes.',
      categoryIds: ['teaching-learning'],
      durationMinutes: 40,
      venue: 'online',
      modules: 6,
      expectedWeeks: 8,
      availableFrom: '2027-07-01',
    },
  ];
}

/** Cascade pods, plus micro-learning follow-ups and an online course. */
export function podsMicroAsync(): Scenario {
  const base = cascadePods();
  return {
    ...base,
    name: 'Plus micro-learning and an asynchronous course',
    description:
      'Cascade pods, five-minute follow-ups every two weeks after the ' +
      'first seminar, and a self-paced course on the citywide platform.',
    catalogue: {
      ...base.catalogue,
      offerings: [...base.catalogue.offerings, ...followUps()],
    },
  };
}

function secondDistrictOfferings(): Offering[] {
  return [
    {
      id: 'open-sessions',
      format: 'opt-in-session',
      title: 'Open PD session',
      description:
        'Forty minutes after school on Tuesdays and Thursdays; the topic ' +
        'rotates through the current training.',
      categoryIds: ['teaching-learning', 'pastoral'],
      durationMinutes: 40,
      capacity: 40,
      venue: 'online',
      schedule: {
        kind: 'recurrence',
        startDate: '2027-04-13',
        startTime: '16:00',
        rule: {
          frequency: 'weekly',
          weekdays: ['tue', 'thu'],
          until: '2028-03-16',
        },
      },
    },
    {
      id: 'department-pd',
      format: 'department-pd',
      title: 'Monthly department PD',
      description:
        'Each department picks from the current training according to ' +
        'its own goals.',
      categoryIds: ['teaching-learning', 'pastoral'],
      durationMinutes: 60,
      venue: 'school',
      schedule: {
        kind: 'recurrence',
        startDate: '2027-04-14',
        startTime: '15:30',
        rule: {
          frequency: 'monthly',
          weekdays: ['wed'],
          setPosition: 2,
          until: '2028-03-15',
        },
        onClosure: 'next-school-day',
      },
    },
    {
      id: 'pod-meetings',
      format: 'community',
      title: 'School pod meeting',
      description:
        'A leader (early adopter, specialist or technology leader) and ' +
        'their pod try one idea from the resource site.',
      categoryIds: ['teaching-learning'],
      durationMinutes: 45,
      venue: 'school',
      groupSize: 6,
      schedule: {
        kind: 'recurrence',
        startDate: '2027-05-06',
        startTime: '16:00',
        rule: {
          frequency: 'monthly',
          weekdays: ['thu'],
          setPosition: 1,
          until: '2028-03-02',
        },
        onClosure: 'next-school-day',
      },
    },
    {
      id: 'resource-site',
      format: 'micro-learning',
      title: 'Resource site follow-ups',
      description:
        'Up-to-date resources that follow each session with self-paced ' +
        'learning.',
      categoryIds: ['teaching-learning', 'pastoral'],
      durationMinutes: 10,
      venue: 'online',
      modules: 20,
      releaseEveryWeeks: 2,
    },
  ];
}

const ONE_PER_TERM: Requirement = {
  kind: 'sessions-per-term',
  id: 'one-per-term',
  name: 'At least one session per term',
  sessions: 1,
};

const DEPARTMENT_MONTHLY: Requirement = {
  kind: 'department-monthly',
  id: 'department-monthly',
  name: 'Every department meets for PD each month',
};

/**
 * The second district's model: categories, opt-in sessions twice a week
 * with at least one per term for everyone, monthly department PD, a
 * resource site, and leaders who each work with a pod.
 */
export function secondDistrict(): Scenario {
  const base = todaysPlan();
  return {
    ...base,
    name: "The second district's model",
    description:
      'Opt-in sessions twice a week (one per term required), monthly ' +
      'department PD, a resource site, and leaders with pods.',
    catalogue: {
      categories: [
        ...base.catalogue.categories,
        {
          id: 'pastoral',
          name: 'Pastoral care / restorative practice',
        },
      ],
      offerings: [...base.catalogue.offerings, ...secondDistrictOfferings()],
    },
    requirements: [ONE_PER_TERM, DEPARTMENT_MONTHLY],
    cascades: [
      {
        kind: 'community',
        id: 'leader-pods',
        name: 'Leaders with pods',
        offeringId: 'pod-meetings',
        leaderSelection: {
          by: 'role',
          roles: ['ict-leader', 'specialist', 'department-head'],
        },
        audience: 'pod',
        podSize: { min: 3, max: 6 },
        fidelityKept: 0.75,
        maxPodsPerLeader: 2,
      },
    ],
  };
}

/** The plans compared by `npm run simulate`, today's plan first. */
export const PLANS = [
  { file: 'todays-plan.json', label: "Today's plan", build: todaysPlan },
  { file: 'cascade-pods.json', label: '+ cascade pods', build: cascadePods },
  {
    file: 'pods-micro-async.json',
    label: '+ micro-learning, course',
    build: podsMicroAsync,
  },
  {
    file: 'second-district.json',
    label: 'Second district model',
    build: secondDistrict,
  },
] as const;
