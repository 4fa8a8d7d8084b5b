import * as rruleModule from 'rrule';

/*
 * rrule 2.8 ships without an `exports` map or a module type. Node's ESM
 * loader then sees only a default export, esbuild browser bundles only the
 * named ones, and tsc accepts both. A namespace import that prefers
 * `default` when present works in all three; every other file reaches rrule
 * through this one.
 */
type RRuleModule = typeof rruleModule;

const resolved: RRuleModule =
  (rruleModule as RRuleModule & { default?: RRuleModule }).default ??
  rruleModule;

/**
 * rrule's `RRule` class, resolved so that it loads in Node ESM, CommonJS
 * and browser bundles alike.
 *
 * @internal
 */
export const RRule: RRuleModule['RRule'] = resolved.RRule;

/**
 * rrule's option shape.
 *
 * @internal
 */
export type RRuleOptions = rruleModule.Options;
