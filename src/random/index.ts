export type { RandomStream, StreamKey } from './stream.js';
export { createStream } from './stream.js';
