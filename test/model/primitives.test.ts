import { describe, expect, it } from 'vitest';
import { describeValue, isLocalDate, isTimeZone } from '../../src/index.js';

describe('isTimeZone', () => {
  it('accepts IANA names, aliases among them, and UTC', () => {
    for (const zone of [
      'Asia/Tokyo',
      'America/New_York',
      'Europe/London',
      'Asia/Kolkata',
      'America/Argentina/Buenos_Aires',
      'Etc/GMT+9',
      'UTC',
    ]) {
      expect(isTimeZone(zone)).toBe(true);
    }
  });

  it('refuses abbreviations, wrong case and made-up zones', () => {
    for (const zone of ['JST', 'PST', 'asia/tokyo', 'Mars/Olympus', '']) {
      expect(isTimeZone(zone)).toBe(false);
    }
  });
});

describe('isLocalDate', () => {
  it('accepts real days only', () => {
    expect(isLocalDate('2028-02-29')).toBe(true);
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2027-4-1')).toBe(false);
  });

  it('follows the Gregorian leap rule in every year it can be written in', () => {
    expect(isLocalDate('2000-02-29')).toBe(true);
    expect(isLocalDate('2100-02-29')).toBe(false);
    expect(isLocalDate('0099-12-31')).toBe(true);
    expect(isLocalDate('2027-04-31')).toBe(false);
    expect(isLocalDate('2027-13-01')).toBe(false);
    expect(isLocalDate('2027-01-00')).toBe(false);
  });
});

describe('describeValue', () => {
  it('describes values briefly, even a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(describeValue([1])).toBe('an array of 1 item');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(10n)).toBe('10n');
    expect(describeValue(proxy)).toBe('an unreadable object');
  });
});
