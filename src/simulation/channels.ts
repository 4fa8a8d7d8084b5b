import { CHANNELS } from '../requirements/participation.js';

const at = (name: (typeof CHANNELS)[number]): number => CHANNELS.indexOf(name);

/**
 * Channel numbers, as the engine stores them (the order of CHANNELS).
 *
 * @internal
 */
export const CHANNEL = {
  seminar: at('seminar'),
  cascade: at('cascade'),
  community: at('community'),
  optIn: at('opt-in'),
  departmentPd: at('department-pd'),
  microLearning: at('micro-learning'),
  asyncCourse: at('async-course'),
  wordOfMouth: at('word-of-mouth'),
} as const;

/**
 * The channel of each offering format.
 *
 * @internal
 */
export const FORMAT_CHANNEL: Readonly<Record<string, number>> = {
  'seminar-series': CHANNEL.seminar,
  'opt-in-session': CHANNEL.optIn,
  'department-pd': CHANNEL.departmentPd,
  community: CHANNEL.community,
  'micro-learning': CHANNEL.microLearning,
  'async-course': CHANNEL.asyncCourse,
};
