import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LINK_WINDOW_MS,
  OTHER_ACTIVITY,
  copyFromSession,
  defaultLinkedSessionId,
  emptySessionDraft,
  emptySymptomDraft,
  sessionDraftFromRecord,
  sessionInputFromDraft,
  symptomDraftFromRecord,
  symptomInputFromDraft,
  type SessionDraft,
  type SymptomDraft,
} from '../../../../shared/domain/drafts';
import { stampFromLocalInput } from '../../../../shared/domain/local-time';
import { validateSessionInput, validateSymptomInput } from '../../../../shared/domain/records';
import { session, symptom } from '../fixtures';

const HOUR_MS = 60 * 60 * 1000;
/** Later than every draft below in every time zone, so "in the future" never interferes. */
const LATER = new Date('2026-04-02T00:00:00.000Z');

function sessionDraft(overrides: Partial<SessionDraft> = {}): SessionDraft {
  return {
    ...emptySessionDraft(new Date('2026-03-29T10:15:00.000Z')),
    activity: 'walking',
    startedAt: '2026-03-29T10:15',
    durationMinutes: '40',
    notes: 'hilly',
    ...overrides,
  };
}

function symptomDraft(overrides: Partial<SymptomDraft> = {}): SymptomDraft {
  return {
    ...emptySymptomDraft(new Date('2026-03-29T11:00:00.000Z')),
    sensations: ['numbness'],
    locations: [{ region: 'toes', side: 'right' }],
    severity: '3',
    notedAt: '2026-03-29T11:00',
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
    expect(symptom).toMatchObject({ sensations: [], locations: [], severity: '', sessionId: null, notes: '' });
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
      intensity: null,
      factors: {
        longestHoldMinutes: null,
        repeatedMovements: null,
        warmUp: null,
        stretching: null,
        waterMl: null,
        electrolytes: null,
        tightClothing: null,
        cold: null,
        gripTrainer: null,
        sittingHours: null,
      },
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
    const input = symptomInputFromDraft(symptomDraft({ sensations: [], locations: [] }), '');
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

describe('the full workout draft', () => {
  it('uses the typed name for the person’s own activity, and refuses it empty', () => {
    const own = sessionInputFromDraft(sessionDraft({ activity: OTHER_ACTIVITY, customActivity: '  Padel ' }));
    expect(validateSessionInput(own, LATER)).toMatchObject({ ok: true, value: { activity: 'Padel' } });
    const empty = sessionInputFromDraft(sessionDraft({ activity: OTHER_ACTIVITY, customActivity: '   ' }));
    expect(validateSessionInput(empty, LATER)).toEqual({
      ok: false,
      fieldErrors: { activity: 'validation.activityRequired' },
    });
  });

  it('keeps factors that were not noted as null, never as "no"', () => {
    const input = sessionInputFromDraft(
      sessionDraft({
        intensity: '7',
        yesNo: { ...sessionDraft().yesNo, warmUp: 'no', gripTrainer: 'yes' },
        amounts: { ...sessionDraft().amounts, longestHoldMinutes: '4' },
      }),
    );
    const checked = validateSessionInput(input, LATER);
    expect(checked).toMatchObject({
      ok: true,
      value: {
        intensity: 7,
        factors: { warmUp: false, gripTrainer: true, stretching: null, longestHoldMinutes: 4, waterMl: null },
      },
    });
  });

  it('reports a bad factor amount on that factor’s own field', () => {
    const input = sessionInputFromDraft(sessionDraft({ amounts: { ...sessionDraft().amounts, waterMl: '-200' } }));
    expect(validateSessionInput(input, LATER)).toEqual({
      ok: false,
      fieldErrors: { 'factors.waterMl': 'validation.waterRange' },
    });
  });

  it('round-trips a stored workout through the edit form unchanged', () => {
    const stored = session({
      startedAt: '2026-03-20T23:30:00.000Z',
      utcOffsetMinutes: 420,
      intensity: 5,
      factors: { ...session().factors, warmUp: true, sittingHours: 8 },
    });
    const draft = sessionDraftFromRecord(stored);
    // Shown at the wall-clock time it was logged (Jakarta, +07:00), not this computer's.
    expect(draft.startedAt).toBe('2026-03-21T06:30');
    const checked = validateSessionInput(sessionInputFromDraft(draft), LATER);
    expect(checked.ok && checked.value).toEqual({
      activity: stored.activity,
      startedAt: stored.startedAt,
      utcOffsetMinutes: 420,
      durationMinutes: stored.durationMinutes,
      intensity: 5,
      factors: stored.factors,
      notes: stored.notes,
    });
  });

  it('"same as last time" copies duration, intensity and factors but keeps activity, start and notes', () => {
    const previous = session({
      durationMinutes: 62,
      intensity: 6,
      factors: { ...session().factors, longestHoldMinutes: 5, stretching: false },
    });
    const draft = sessionDraft({ activity: 'yoga', startedAt: '2026-03-29T18:00', notes: 'evening class' });
    expect(copyFromSession(previous, draft)).toMatchObject({
      activity: 'yoga',
      startedAt: '2026-03-29T18:00',
      notes: 'evening class',
      durationMinutes: '62',
      intensity: '6',
      yesNo: { stretching: 'no', warmUp: '' },
      amounts: { longestHoldMinutes: '5', waterMl: '' },
    });
  });
});

describe('the full symptom draft', () => {
  it.each([
    ['', null],
    ['during', { kind: 'during', afterMinutes: null }],
    ['next-day', { kind: 'next-day', afterMinutes: null }],
    ['minutes-after', { kind: 'after', afterMinutes: 20 }],
    ['hours-after', { kind: 'after', afterMinutes: 120 }],
  ] as const)('reads onset %j', (onset, expected) => {
    const amount = onset === 'minutes-after' ? '20' : onset === 'hours-after' ? '2' : '';
    const input = symptomInputFromDraft(symptomDraft({ onset, onsetAmount: amount }), '');
    expect(input['onset']).toEqual(expected);
    expect(validateSymptomInput(input, LATER).ok).toBe(true);
  });

  it('asks for the amount when onset is "minutes after" without one', () => {
    const input = symptomInputFromDraft(symptomDraft({ onset: 'minutes-after', onsetAmount: '' }), '');
    expect(validateSymptomInput(input, LATER)).toMatchObject({ ok: false });
  });

  it('drops a typed duration when the symptom is still going', () => {
    const input = symptomInputFromDraft(symptomDraft({ durationMinutes: '30', ongoing: true }), '');
    expect(input).toMatchObject({ durationMinutes: null, ongoing: true });
  });

  it('round-trips a stored symptom through the edit form unchanged', () => {
    const stored = symptom({
      notedAt: '2026-03-29T01:10:00.000Z',
      utcOffsetMinutes: -300,
      sensations: ['numbness', 'heavy legs'],
      locations: [
        { region: 'calf', side: 'left' },
        { region: 'lower-back', side: 'both' },
      ],
      onset: { kind: 'after', afterMinutes: 180 },
      durationMinutes: 25,
      worseWithActivity: false,
      warningSigns: ['dizziness'],
      helped: ['rest', 'legs-raised'],
    });
    const draft = symptomDraftFromRecord(stored);
    expect(draft).toMatchObject({ notedAt: '2026-03-28T20:10', onset: 'hours-after', onsetAmount: '3', sessionId: '' });
    const checked = validateSymptomInput(symptomInputFromDraft(draft, ''), LATER);
    const { id: _id, createdAt: _created, updatedAt: _updated, source: _source, ...input } = stored;
    expect(checked.ok && checked.value).toEqual(input);
  });
});
