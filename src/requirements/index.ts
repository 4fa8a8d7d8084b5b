export type { Channel, Participation } from './participation.js';
export {
  CHANNELS,
  channelSchema,
  participationSchema,
} from './participation.js';
