import { describe, expect, it } from 'vitest';
import {
  localDateTimeOf,
  localDayOf,
  localDayTest,
  stampFromDate,
  stampFromLocalInput,
  wallClockDate,
} from '../../../../shared/domain/local-time';

describe('localDayOf', () => {
  it.each([
    ['ahead of UTC', 120, '2026-03-29'],
    ['behind UTC', -300, '2026-03-28'],
    ['at UTC', 0, '2026-03-29'],
    ['a half-hour offset', 330, '2026-03-29'],
  ])('reads 2026-03-29T00:30Z in its own offset (%s)', (_name, utcOffsetMinutes, day) => {
    expect(localDayOf({ instant: '2026-03-29T00:30:00.000Z', utcOffsetMinutes })).toBe(day);
  });

  it('moves to the next day when the offset carries the time past midnight', () => {
    expect(localDayOf({ instant: '2026-03-28T23:30:00.000Z', utcOffsetMinutes: 60 })).toBe('2026-03-29');
    expect(localDayOf({ instant: '2026-03-28T22:59:59.999Z', utcOffsetMinutes: 60 })).toBe('2026-03-28');
  });

  it('keeps entries on either side of a European daylight-saving change on the same day', () => {
    // Central Europe went from +01:00 to +02:00 at 2026-03-29T01:00Z.
    const justAfterMidnight = { instant: '2026-03-28T23:10:00.000Z', utcOffsetMinutes: 60 };
    const beforeChange = { instant: '2026-03-29T00:45:00.000Z', utcOffsetMinutes: 60 };
    const afterChange = { instant: '2026-03-29T01:15:00.000Z', utcOffsetMinutes: 120 };
    const lateEvening = { instant: '2026-03-29T21:50:00.000Z', utcOffsetMinutes: 120 };
    for (const stamp of [justAfterMidnight, beforeChange, afterChange, lateEvening]) {
      expect(localDayOf(stamp)).toBe('2026-03-29');
    }
    expect(localDateTimeOf(beforeChange)).toBe('2026-03-29T01:45');
    expect(localDateTimeOf(afterChange)).toBe('2026-03-29T03:15');
    // Back to +01:00 at 2026-10-25T01:00Z: 02:30 happens twice that morning, both on the 25th.
    expect(localDayOf({ instant: '2026-10-25T00:30:00.000Z', utcOffsetMinutes: 120 })).toBe('2026-10-25');
    expect(localDayOf({ instant: '2026-10-25T01:30:00.000Z', utcOffsetMinutes: 60 })).toBe('2026-10-25');
  });

  it('keeps an entry logged while travelling on the day it was lived, whatever the zone it is read in', () => {
    // 01:30 in Tokyo is still the previous evening in UTC and Europe.
    const loggedInTokyo = { instant: '2026-03-28T16:30:00.000Z', utcOffsetMinutes: 540 };
    expect(localDayOf(loggedInTokyo)).toBe('2026-03-29');
    expect(localDateTimeOf(loggedInTokyo)).toBe('2026-03-29T01:30');
    // The stamp alone decides: the same instant logged at home in New York is on the 28th.
    expect(localDayOf({ instant: loggedInTokyo.instant, utcOffsetMinutes: -240 })).toBe('2026-03-28');
  });

  it('handles year and leap-day boundaries', () => {
    expect(localDayOf({ instant: '2026-12-31T23:30:00.000Z', utcOffsetMinutes: 60 })).toBe('2027-01-01');
    expect(localDayOf({ instant: '2028-03-01T02:00:00.000Z', utcOffsetMinutes: -180 })).toBe('2028-02-29');
  });
});

describe('localDayTest', () => {
  const byLocalDay = (fromDay: string, toDay: string) => (instant: string, utcOffsetMinutes: number) => {
    const day = localDayOf({ instant, utcOffsetMinutes });
    return (fromDay === '' || day >= fromDay) && (toDay === '' || day <= toDay);
  };

  it('agrees with the local day for every offset, every quarter hour around both edges of a period', () => {
    const periods: [string, string][] = [
      ['2026-03-28', '2026-03-30'],
      ['2026-03-29', '2026-03-29'],
      ['', '2026-03-29'],
      ['2026-03-29', ''],
    ];
    const offsets = [-12 * 60, -5 * 60, -30, 0, 60, 120, 330, 545, 13 * 60, 14 * 60];
    for (const [fromDay, toDay] of periods) {
      const test = localDayTest(fromDay, toDay);
      const expected = byLocalDay(fromDay, toDay);
      const results = new Set<boolean>();
      for (let t = Date.parse('2026-03-26T00:00:00.000Z'); t < Date.parse('2026-04-02T00:00:00.000Z'); t += 900_000) {
        const instant = new Date(t).toISOString();
        for (const offset of offsets) {
          expect(test(instant, offset), `${instant} ${offset} in ${fromDay}..${toDay}`).toBe(expected(instant, offset));
          results.add(test(instant, offset));
        }
      }
      expect(results).toEqual(new Set([true, false]));
    }
  });

  it('takes instants deep inside a period as in it, whatever their offset', () => {
    const test = localDayTest('2026-03-28', '2026-03-30');
    expect(test('2026-03-28T15:00:00.000Z', -12 * 60)).toBe(true);
    expect(test('2026-03-30T08:59:59.999Z', 14 * 60)).toBe(true);
    expect(test('2026-03-28T11:59:00.000Z', -12 * 60)).toBe(false);
    expect(test('2026-03-30T10:00:00.000Z', 14 * 60)).toBe(false);
  });

  it('lets everything through without bounds', () => {
    expect(localDayTest('', '')('1999-12-31T23:59:59.999Z', -720)).toBe(true);
  });
});

describe('localDateTimeOf and wallClockDate', () => {
  it('gives the wall-clock time in the stamp offset, as a datetime-local value', () => {
    expect(localDateTimeOf({ instant: '2026-03-29T00:30:00.000Z', utcOffsetMinutes: 120 })).toBe('2026-03-29T02:30');
    expect(localDateTimeOf({ instant: '2026-03-29T00:30:00.000Z', utcOffsetMinutes: -300 })).toBe('2026-03-28T19:30');
    expect(localDateTimeOf({ instant: '2026-03-29T00:30:59.999Z', utcOffsetMinutes: 345 })).toBe('2026-03-29T06:15');
  });

  it('puts the wall-clock fields in the UTC fields of the date', () => {
    const wall = wallClockDate({ instant: '2026-03-29T00:30:00.000Z', utcOffsetMinutes: -300 });
    expect([wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours()]).toEqual([
      2026, 2, 28, 19,
    ]);
  });
});

describe('stampFromDate', () => {
  it("records the instant and this computer's offset at that instant", () => {
    const date = new Date('2026-07-15T11:45:00.000Z');
    expect(stampFromDate(date)).toEqual({
      instant: '2026-07-15T11:45:00.000Z',
      utcOffsetMinutes: -date.getTimezoneOffset(),
    });
  });
});

// stampFromLocalInput reads the text in the process's own zone, so these tests assert what holds in
// every zone rather than setting TZ (which Node ignores once a Date has been used).
describe('stampFromLocalInput', () => {
  it.each(['2026-07-15T13:45', '2026-01-05T08:00', '2028-02-29T12:00', '2026-12-31T16:59'])(
    'round-trips %s through the stamp it returns',
    (value) => {
      const stamp = stampFromLocalInput(value);
      expect(stamp).not.toBeNull();
      if (stamp === null) return;
      expect(localDateTimeOf(stamp)).toBe(value);
      expect(stamp.instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000Z$/);
      expect(stamp.utcOffsetMinutes).toBe(-new Date(stamp.instant).getTimezoneOffset());
    },
  );

  it('equals the stamp of the local Date with the same fields', () => {
    expect(stampFromLocalInput('2026-07-15T13:45')).toEqual(stampFromDate(new Date(2026, 6, 15, 13, 45)));
  });

  it.each([
    ['empty', ''],
    ['a date only', '2026-03-29'],
    ['a space instead of T', '2026-03-29 10:15'],
    ['seconds', '2026-03-29T10:15:00'],
    ['an offset', '2026-03-29T10:15Z'],
    ['single-digit fields', '2026-3-9T1:05'],
    ['month 13', '2026-13-01T10:00'],
    ['month 0', '2026-00-10T10:00'],
    ['day 0', '2026-03-00T10:00'],
    ['February 30', '2026-02-30T10:00'],
    ['February 29 of a common year', '2026-02-29T10:00'],
    ['April 31', '2026-04-31T10:00'],
    ['hour 24', '2026-03-29T24:00'],
    ['minute 60', '2026-03-29T10:60'],
    ['garbage', 'not a date'],
  ])('returns null for %s', (_name, value) => {
    expect(stampFromLocalInput(value)).toBeNull();
  });
});
