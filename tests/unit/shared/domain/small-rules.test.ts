import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '../../../../shared/domain/language';
import { stampFromWallClock } from '../../../../shared/domain/local-time';
import { msUntilDue, reminderFor } from '../../../../shared/domain/reminders';
import { intensityWord, severityWord } from '../../../../shared/domain/scales';
import { buildTimeline, timelineRows } from '../../../../shared/domain/timeline';
import { session, symptom } from '../fixtures';

describe('resolveLanguage', () => {
  it('follows the system’s first language the app speaks, and a choice in Settings wins', () => {
    expect(resolveLanguage('system', ['id-ID', 'en-US'])).toBe('id');
    expect(resolveLanguage('system', ['fr-FR', 'en-GB'])).toBe('en');
    expect(resolveLanguage('system', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    expect(resolveLanguage('en', ['id-ID'])).toBe('en');
    expect(resolveLanguage('id', ['en-US'])).toBe('id');
  });
});

describe('scales', () => {
  it.each([
    [0, 'none'],
    [1, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [6, 'moderate'],
    [7, 'severe'],
    [9, 'severe'],
    [10, 'worst'],
    [11, null],
    [-1, null],
    [4.5, null],
  ])('severity %d reads as %s', (value, word) => {
    expect(severityWord(value)).toBe(word);
  });

  it.each([
    [1, 'very-light'],
    [3, 'light'],
    [5, 'moderate'],
    [7, 'hard'],
    [9, 'very-hard'],
    [10, 'maximal'],
    [0, null],
    [11, null],
  ])('intensity %d reads as %s', (value, word) => {
    expect(intensityWord(value)).toBe(word);
  });
});

describe('reminders', () => {
  const now = new Date('2026-03-29T10:00:00.000Z');
  it('are due the set delay after logging, and none when switched off', () => {
    const workout = session();
    const due = reminderFor(workout, { enabled: true, delayMinutes: 90 }, now);
    expect(due).toEqual({ sessionId: workout.id, dueAt: '2026-03-29T11:30:00.000Z' });
    expect(reminderFor(workout, { enabled: false, delayMinutes: 90 }, now)).toBeNull();
    if (due === null) return;
    expect(msUntilDue(due, now)).toBe(90 * 60_000);
    expect(msUntilDue(due, new Date('2026-03-29T12:00:00.000Z'))).toBeLessThan(0);
  });
});

describe('stampFromWallClock', () => {
  it('reads a wall-clock time at the entry’s own offset, whatever zone the computer is in', () => {
    expect(stampFromWallClock('2026-03-21T06:30', 420)).toEqual({
      instant: '2026-03-20T23:30:00.000Z',
      utcOffsetMinutes: 420,
    });
    expect(stampFromWallClock('2026-02-30T06:30', 60)).toBeNull();
    expect(stampFromWallClock('not a time', 60)).toBeNull();
  });
});

describe('timelineRows', () => {
  it('lists a day newest first, a symptom without a workout at the time it was felt', () => {
    const morningRun = session({ startedAt: '2026-03-25T06:00:00.000Z', utcOffsetMinutes: 0 });
    const eveningRide = session({ startedAt: '2026-03-25T18:00:00.000Z', utcOffsetMinutes: 0 });
    const afterRide = symptom({ sessionId: eveningRide.id, notedAt: '2026-03-25T19:00:00.000Z', utcOffsetMinutes: 0 });
    const late = symptom({ sessionId: null, notedAt: '2026-03-25T21:00:00.000Z', utcOffsetMinutes: 0 });
    const midday = symptom({ sessionId: null, notedAt: '2026-03-25T12:00:00.000Z', utcOffsetMinutes: 0 });
    const dawn = symptom({ sessionId: null, notedAt: '2026-03-25T05:00:00.000Z', utcOffsetMinutes: 0 });
    const sameMinute = symptom({ sessionId: null, notedAt: morningRun.startedAt, utcOffsetMinutes: 0 });
    const rows = timelineRows(buildTimeline([morningRun, eveningRide], [dawn, afterRide, midday, sameMinute, late]));
    expect(rows.map((row) => row.key)).toEqual([
      'day-2026-03-25',
      late.id,
      eveningRide.id,
      afterRide.id,
      midday.id,
      morningRun.id,
      sameMinute.id,
      dawn.id,
    ]);
    expect(rows.filter((row) => row.kind === 'symptom').map((row) => row.linked)).toEqual([
      false,
      true,
      false,
      false,
      false,
    ]);
  });
});
