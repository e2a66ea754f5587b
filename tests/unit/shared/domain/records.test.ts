import { describe, expect, it } from 'vitest';
import {
  NOTES_MAX_LENGTH,
  settingSchema,
  validateSessionInput,
  validateSymptomInput,
  type SessionInput,
} from '../../../../shared/domain/records';
import { NOW, sessionInput, symptomInput } from '../fixtures';

const ONE_MINUTE_MS = 60_000;

describe('validateSessionInput', () => {
  it('accepts a valid session and returns it', () => {
    expect(validateSessionInput(sessionInput(), NOW)).toEqual({ ok: true, value: sessionInput() });
  });

  it('trims the activity it stores', () => {
    const result = validateSessionInput(sessionInput({ activity: '  yoga  ' }), NOW);
    expect(result).toEqual({ ok: true, value: sessionInput({ activity: 'yoga' }) });
  });

  it.each([
    ['a negative duration', -5, 'validation.durationRange'],
    ['a zero duration', 0, 'validation.durationRange'],
    ['more than a day', 1441, 'validation.durationRange'],
    ['fractional minutes', 30.5, 'validation.durationWhole'],
    ['NaN (an empty field)', Number.NaN, 'validation.durationRange'],
    ['Infinity', Number.POSITIVE_INFINITY, 'validation.durationRange'],
  ])('refuses %s on durationMinutes', (_name, durationMinutes, key) => {
    expect(validateSessionInput(sessionInput({ durationMinutes }), NOW)).toEqual({
      ok: false,
      fieldErrors: { durationMinutes: key },
    });
  });

  it('refuses a duration given as text', () => {
    expect(validateSessionInput({ ...sessionInput(), durationMinutes: '45' }, NOW)).toEqual({
      ok: false,
      fieldErrors: { durationMinutes: 'validation.durationRange' },
    });
  });

  it.each([1, 1440])('accepts %i minutes', (durationMinutes) => {
    expect(validateSessionInput(sessionInput({ durationMinutes }), NOW).ok).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['whitespace only', ' \t\n '],
  ])('refuses an %s activity', (_name, activity) => {
    expect(validateSessionInput(sessionInput({ activity }), NOW)).toEqual({
      ok: false,
      fieldErrors: { activity: 'validation.activityRequired' },
    });
  });

  it('refuses a missing activity with the same key', () => {
    const withoutActivity: Partial<SessionInput> = sessionInput();
    delete withoutActivity.activity;
    expect(validateSessionInput(withoutActivity, NOW)).toEqual({
      ok: false,
      fieldErrors: { activity: 'validation.activityRequired' },
    });
  });

  it('refuses an activity longer than 60 characters', () => {
    expect(validateSessionInput(sessionInput({ activity: 'a'.repeat(61) }), NOW)).toEqual({
      ok: false,
      fieldErrors: { activity: 'validation.labelTooLong' },
    });
  });

  it('refuses a start in the future', () => {
    const startedAt = new Date(NOW.getTime() + ONE_MINUTE_MS).toISOString();
    expect(validateSessionInput(sessionInput({ startedAt }), NOW)).toEqual({
      ok: false,
      fieldErrors: { startedAt: 'validation.inFuture' },
    });
  });

  it('accepts a start at exactly now', () => {
    expect(validateSessionInput(sessionInput({ startedAt: NOW.toISOString() }), NOW).ok).toBe(true);
  });

  it('reports a future start next to other errors, keeping every field', () => {
    const startedAt = new Date(NOW.getTime() + ONE_MINUTE_MS).toISOString();
    expect(validateSessionInput(sessionInput({ startedAt, durationMinutes: 0 }), NOW)).toEqual({
      ok: false,
      fieldErrors: { startedAt: 'validation.inFuture', durationMinutes: 'validation.durationRange' },
    });
  });

  it.each([
    ['plain text', 'yesterday'],
    ['a date without time', '2026-03-29'],
    ['an instant with an offset instead of Z', '2026-03-29T10:00:00+02:00'],
    ['February 30', '2026-02-30T10:00:00.000Z'],
    ['empty', ''],
  ])('refuses %s as the start instant', (_name, startedAt) => {
    expect(validateSessionInput(sessionInput({ startedAt }), NOW)).toEqual({
      ok: false,
      fieldErrors: { startedAt: 'validation.dateInvalid' },
    });
  });

  it('accepts notes of exactly 10,000 characters and refuses 10,001', () => {
    expect(NOTES_MAX_LENGTH).toBe(10_000);
    expect(validateSessionInput(sessionInput({ notes: 'x'.repeat(10_000) }), NOW).ok).toBe(true);
    expect(validateSessionInput(sessionInput({ notes: 'x'.repeat(10_001) }), NOW)).toEqual({
      ok: false,
      fieldErrors: { notes: 'validation.notesTooLong' },
    });
  });

  it.each([
    ['beyond +14:00', 841],
    ['beyond −14:00', -841],
    ['a fraction of a minute', 60.5],
    ['NaN', Number.NaN],
  ])('refuses a UTC offset %s', (_name, utcOffsetMinutes) => {
    expect(validateSessionInput(sessionInput({ utcOffsetMinutes }), NOW)).toEqual({
      ok: false,
      fieldErrors: { utcOffsetMinutes: 'validation.invalid' },
    });
  });

  it.each([-720, -300, 0, 330, 545, 840])('accepts the real UTC offset %i', (utcOffsetMinutes) => {
    expect(validateSessionInput(sessionInput({ utcOffsetMinutes }), NOW).ok).toBe(true);
  });

  it.each([null, undefined, 'running', 42, []])('returns errors rather than throwing for %j', (input) => {
    expect(validateSessionInput(input, NOW).ok).toBe(false);
  });
});

describe('validateSymptomInput', () => {
  it('accepts a valid symptom, unlinked or linked to a workout', () => {
    expect(validateSymptomInput(symptomInput(), NOW)).toEqual({ ok: true, value: symptomInput() });
    const linked = symptomInput({ sessionId: crypto.randomUUID() });
    expect(validateSymptomInput(linked, NOW)).toEqual({ ok: true, value: linked });
  });

  it.each([0, 10])('accepts severity %i', (severity) => {
    expect(validateSymptomInput(symptomInput({ severity }), NOW).ok).toBe(true);
  });

  it.each([
    ['11', 11],
    ['-1', -1],
    ['4.5', 4.5],
    ['NaN', Number.NaN],
  ])('refuses severity %s', (_name, severity) => {
    expect(validateSymptomInput(symptomInput({ severity }), NOW)).toEqual({
      ok: false,
      fieldErrors: { severity: 'validation.severityRange' },
    });
  });

  it('refuses a symptom with no sensation', () => {
    expect(validateSymptomInput(symptomInput({ sensations: [] }), NOW)).toEqual({
      ok: false,
      fieldErrors: { sensations: 'validation.sensationRequired' },
    });
  });

  it('refuses a blank sensation among the sensations', () => {
    expect(validateSymptomInput(symptomInput({ sensations: ['numbness', '  '] }), NOW)).toEqual({
      ok: false,
      fieldErrors: { sensations: 'validation.sensationRequired' },
    });
  });

  it('refuses a symptom with no location', () => {
    expect(validateSymptomInput(symptomInput({ locations: [] }), NOW)).toEqual({
      ok: false,
      fieldErrors: { locations: 'validation.locationRequired' },
    });
  });

  it.each([
    ['an unknown region', { region: 'elbow', side: 'left' }],
    ['an unknown side', { region: 'foot', side: 'middle' }],
  ])('refuses %s', (_name, location) => {
    expect(validateSymptomInput({ ...symptomInput(), locations: [location] }, NOW)).toEqual({
      ok: false,
      fieldErrors: { locations: 'validation.locationRequired' },
    });
  });

  it('refuses a session id that is not a UUID', () => {
    expect(validateSymptomInput({ ...symptomInput(), sessionId: 'session-1' }, NOW)).toEqual({
      ok: false,
      fieldErrors: { sessionId: 'validation.invalid' },
    });
  });

  it('refuses a symptom felt in the future', () => {
    const notedAt = new Date(NOW.getTime() + ONE_MINUTE_MS).toISOString();
    expect(validateSymptomInput(symptomInput({ notedAt }), NOW)).toEqual({
      ok: false,
      fieldErrors: { notedAt: 'validation.inFuture' },
    });
  });

  it('refuses an invalid instant', () => {
    expect(validateSymptomInput(symptomInput({ notedAt: '29/03/2026 10:30' }), NOW)).toEqual({
      ok: false,
      fieldErrors: { notedAt: 'validation.dateInvalid' },
    });
  });

  it('refuses a bad UTC offset', () => {
    expect(validateSymptomInput(symptomInput({ utcOffsetMinutes: 24 * 60 }), NOW)).toEqual({
      ok: false,
      fieldErrors: { utcOffsetMinutes: 'validation.invalid' },
    });
  });

  it('accepts notes of exactly 10,000 characters and refuses 10,001', () => {
    expect(validateSymptomInput(symptomInput({ notes: 'x'.repeat(10_000) }), NOW).ok).toBe(true);
    expect(validateSymptomInput(symptomInput({ notes: 'x'.repeat(10_001) }), NOW)).toEqual({
      ok: false,
      fieldErrors: { notes: 'validation.notesTooLong' },
    });
  });
});

describe('settingSchema', () => {
  it('accepts a known theme and refuses an unknown key or value', () => {
    expect(settingSchema.safeParse({ key: 'theme', value: 'dark' }).success).toBe(true);
    expect(settingSchema.safeParse({ key: 'theme', value: 'sepia' }).success).toBe(false);
    expect(settingSchema.safeParse({ key: 'font', value: 'dark' }).success).toBe(false);
  });
});
