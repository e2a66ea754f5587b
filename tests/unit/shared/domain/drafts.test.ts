import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LINK_WINDOW_MS,
  defaultLinkedSessionId,
  emptySessionDraft,
  emptySymptomDraft,
  sessionInputFromDraft,
  symptomInputFromDraft,
  type SessionDraft,
  type SymptomDraft,
} from '../../../../shared/domain/drafts';
import { stampFromLocalInput } from '../../../../shared/domain/local-time';
import { validateSessionInput, validateSymptomInput } from '../../../../shared/domain/records';
import { session } from '../fixtures';

const HOUR_MS = 60 * 60 * 1000;
/** Later than every draft below in every time zone, so "in the future" never interferes. */
const LATER = new Date('2026-04-02T00:00:00.000Z');

function sessionDraft(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return { activity: 'walking', startedAt: '2026-03-29T10:15', durationMinutes: '40', notes: 'hilly', ...overrides };
}

function symptomDraft(overrides: Partial<SymptomDraft> = {}): SymptomDraft {
  return {
    sensation: 'numbness',
    region: 'toes',
    side: 'right',
    severity: '3',
    notedAt: '2026-03-29T11:00',
    sessionId: null,
    notes: '',
    ...overrides,
  };
}

describe('empty drafts', () => {
  it('start blank, at the current local time, following the default workout', () => {
    const now = new Date('2026-03-29T10:15:00.000Z');
    const session = emptySessionDraft(now);
    expect(session).toMatchObject({ activity: '', durationMinutes: '', notes: '' });
    expect(stampFromLocalInput(session.startedAt)?.instant).toBe('2026-03-29T10:15:00.000Z');
    const symptom = emptySymptomDraft(now);
    expect(symptom).toMatchObject({ sensation: '', region: '', side: '', severity: '', sessionId: null, notes: '' });
    expect(stampFromLocalInput(symptom.notedAt)?.instant).toBe('2026-03-29T10:15:00.000Z');
  });
});

describe('sessionInputFromDraft', () => {
  it('turns a complete draft into a valid session in the local time it was typed in', () => {
    const input = sessionInputFromDraft(sessionDraft());
    const stamp = stampFromLocalInput('2026-03-29T10:15');
    expect(input).toEqual({
      activity: 'walking',
      startedAt: stamp?.instant,
      utcOffsetMinutes: stamp?.utcOffsetMinutes,
      durationMinutes: 40,
      notes: 'hilly',
    });
    expect(validateSessionInput(input, LATER).ok).toBe(true);
  });

  it.each(['', '   '])(
    'reads an empty duration (%j) as not given, so it fails validation instead of being 0',
    (text) => {
      const input = sessionInputFromDraft(sessionDraft({ durationMinutes: text }));
      expect(input['durationMinutes']).toBeNaN();
      expect(validateSessionInput(input, LATER)).toEqual({
        ok: false,
        fieldErrors: { durationMinutes: 'validation.durationRange' },
      });
    },
  );

  it('reads a typed number with surrounding spaces', () => {
    expect(sessionInputFromDraft(sessionDraft({ durationMinutes: ' 45 ' }))['durationMinutes']).toBe(45);
  });

  it('leaves a typed 0 as 0, which validation refuses', () => {
    const input = sessionInputFromDraft(sessionDraft({ durationMinutes: '0' }));
    expect(input['durationMinutes']).toBe(0);
    expect(validateSessionInput(input, LATER).ok).toBe(false);
  });

  it('turns an impossible start time into an invalid instant', () => {
    const input = sessionInputFromDraft(sessionDraft({ startedAt: '2026-02-30T10:00' }));
    expect(validateSessionInput(input, LATER)).toEqual({
      ok: false,
      fieldErrors: { startedAt: 'validation.dateInvalid' },
    });
  });
});

describe('symptomInputFromDraft', () => {
  const linked = crypto.randomUUID();
  const chosen = crypto.randomUUID();

  it('turns a complete draft into a valid symptom', () => {
    const input = symptomInputFromDraft(symptomDraft(), linked);
    expect(input).toMatchObject({
      sessionId: linked,
      sensations: ['numbness'],
      locations: [{ region: 'toes', side: 'right' }],
      severity: 3,
      notes: '',
    });
    expect(validateSymptomInput(input, LATER).ok).toBe(true);
  });

  it.each([
    ['null follows the default workout', null, linked, linked],
    ['null with no default is unlinked', null, '', null],
    ["'' means no workout, whatever the default", '', linked, null],
    ['a chosen workout wins over the default', chosen, linked, chosen],
  ])('sessionId: %s', (_name, sessionId, defaultId, expected) => {
    expect(symptomInputFromDraft(symptomDraft({ sessionId }), defaultId)['sessionId']).toBe(expected);
  });

  it('reads an empty severity as not given, so it fails validation instead of being 0', () => {
    const input = symptomInputFromDraft(symptomDraft({ severity: '' }), '');
    expect(input['severity']).toBeNaN();
    expect(validateSymptomInput(input, LATER)).toEqual({
      ok: false,
      fieldErrors: { severity: 'validation.severityRange' },
    });
  });

  it('keeps a typed 0 severity, which is valid', () => {
    const input = symptomInputFromDraft(symptomDraft({ severity: '0' }), '');
    expect(input['severity']).toBe(0);
    expect(validateSymptomInput(input, LATER).ok).toBe(true);
  });

  it('gives no sensation or location for blank choices, so validation asks for them', () => {
    const input = symptomInputFromDraft(symptomDraft({ sensation: '', side: '' }), '');
    expect(input).toMatchObject({ sensations: [], locations: [] });
    expect(validateSymptomInput(input, LATER)).toEqual({
      ok: false,
      fieldErrors: { sensations: 'validation.sensationRequired', locations: 'validation.locationRequired' },
    });
  });
});

describe('defaultLinkedSessionId', () => {
  const now = new Date('2026-03-29T12:00:00.000Z');
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('is the newest workout when it started within the last 24 hours', () => {
    const newest = session({ startedAt: ago(2 * HOUR_MS) });
    const older = session({ startedAt: ago(5 * HOUR_MS) });
    expect(defaultLinkedSessionId([newest, older], now)).toBe(newest.id);
  });

  it('still links a workout exactly 24 hours old', () => {
    expect(DEFAULT_LINK_WINDOW_MS).toBe(24 * HOUR_MS);
    const newest = session({ startedAt: ago(24 * HOUR_MS) });
    expect(defaultLinkedSessionId([newest], now)).toBe(newest.id);
  });

  it('is none when the newest workout is older than 24 hours', () => {
    expect(defaultLinkedSessionId([session({ startedAt: ago(24 * HOUR_MS + 1) })], now)).toBe('');
    expect(defaultLinkedSessionId([session({ startedAt: ago(72 * HOUR_MS) })], now)).toBe('');
  });

  it('skips a workout dated in the future and links the newest that has happened', () => {
    const future = session({ startedAt: new Date(now.getTime() + HOUR_MS).toISOString() });
    const past = session({ startedAt: ago(HOUR_MS) });
    expect(defaultLinkedSessionId([future, past], now)).toBe(past.id);
    expect(defaultLinkedSessionId([future], now)).toBe('');
  });

  it('of two workouts that started the same minute, links the one logged last, in any order', () => {
    const startedAt = ago(HOUR_MS);
    const first = session({ startedAt, createdAt: ago(30 * 60_000) });
    const second = session({ startedAt, createdAt: ago(10 * 60_000) });
    expect(defaultLinkedSessionId([first, second], now)).toBe(second.id);
    expect(defaultLinkedSessionId([second, first], now)).toBe(second.id);
  });

  it('is none when there are no workouts', () => {
    expect(defaultLinkedSessionId([], now)).toBe('');
  });

  it('honours a custom window', () => {
    const newest = session({ startedAt: ago(3 * HOUR_MS) });
    expect(defaultLinkedSessionId([newest], now, 2 * HOUR_MS)).toBe('');
    expect(defaultLinkedSessionId([newest], now, 4 * HOUR_MS)).toBe(newest.id);
  });
});
