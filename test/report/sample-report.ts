import type { ReportData, ReportPlan } from '../../src/index.js';

const SCHOOL_NAMES = [
  '港中学校',
  '桜小学校',
  '緑ヶ丘小学校',
  '青葉中学校',
  '東小学校',
  '西小学校',
  '南中学校',
  '北小学校',
  '中央小学校',
  '若葉小学校',
  '山手中学校',
  '川辺小学校',
  '朝日小学校',
  '旭中学校',
  '本町小学校',
  '新町小学校',
  '栄中学校',
  '泉小学校',
  '松原小学校',
  '竹園中学校',
  '梅田小学校',
];

const TERMS = [
  { termId: '2027-t1', name: '1学期' },
  { termId: '2027-t2', name: '2学期' },
  { termId: '2027-t3', name: '3学期' },
];

const MONTH_ENDS = [
  '2027-04-30',
  '2027-05-31',
  '2027-06-30',
  '2027-07-31',
  '2027-08-31',
  '2027-09-30',
  '2027-10-31',
  '2027-11-30',
  '2027-12-31',
  '2028-01-31',
  '2028-02-29',
  '2028-03-31',
];

function plan(
  name: string,
  finalShare: number,
  channels: Record<string, number>,
  facilitatorHours: number,
  compliance: readonly number[],
): ReportPlan {
  const educators = 21 * 24;
  return {
    name,
    educators,
    reachOverTime: MONTH_ENDS.map((date, index) => ({
      date,
      reached: (educators * finalShare * (index + 1)) / MONTH_ENDS.length,
      effective: (educators * finalShare * 0.8 * (index + 1)) / 12,
    })),
    reachBySchool: SCHOOL_NAMES.map((schoolName, index) => ({
      schoolId: `s${String(index + 1).padStart(2, '0')}`,
      name: schoolName,
      educators: 24,
      reached: Math.min(24, 24 * finalShare * (0.6 + (index % 5) * 0.2)),
    })),
    channels: Object.entries(channels).map(([channel, reached]) => ({
      channel,
      reached,
    })),
    cost: { facilitatorHours, releaseDays: facilitatorHours / 2 },
    compliance: compliance.map((share, index) => ({
      ...(TERMS[index] ?? { termId: `t${index}`, name: `Term ${index}` }),
      ruleId: 'one-per-term',
      ruleName: '各学期1回以上',
      share,
    })),
  };
}

/** Four plans shaped like the example city's, with Japanese school names. */
export function sampleReport(): ReportData {
  return {
    title: '研修の到達 2027年度 / PD reach 2027',
    subtitle: 'Example City, 21 schools, 504 educators',
    lang: 'ja',
    plans: [
      plan("Today's plan", 0.12, { seminar: 60 }, 24, [0.05, 0.06, 0.04]),
      plan(
        'Cascade pods',
        0.55,
        { seminar: 60, cascade: 217 },
        90,
        [0.3, 0.4, 0.35],
      ),
      plan(
        'Pods + micro-learning + course',
        0.78,
        {
          seminar: 60,
          cascade: 217,
          'micro-learning': 250,
          'async-course': 52,
        },
        110,
        [0.45, 0.55, 0.5],
      ),
      plan(
        'Second district model <opt-in & pods>',
        0.95,
        { 'opt-in': 410, 'department-pd': 480, cascade: 150 },
        260,
        [0.9, 0.93, 0.95],
      ),
    ],
    notes: ['Figures are invented for the tests.'],
  };
}
