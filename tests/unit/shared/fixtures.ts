import {
  NO_FACTORS_RECORDED,
  type ExerciseSession,
  type SessionInput,
  type SymptomEntry,
  type SymptomInput,
} from '../../../shared/domain/records';

/**
 * Valid records to start each test from; a test changes the one field it is about, so a failure
 * points at that field and nothing else.
 */

/** A fixed "now" for validation: every fixture below lies before it. */
export const NOW = new Date('2026-03-29T12:00:00.000Z');

export function sessionInput(overrides: Partial<SessionInput> = {}): SessionInput {
  return {
    activity: 'running',
    startedAt: '2026-03-29T09:15:00.000Z',
    utcOffsetMinutes: 120,
    durationMinutes: 45,
    intensity: null,
    factors: NO_FACTORS_RECORDED,
    notes: '',
    ...overrides,
  };
}

export function symptomInput(overrides: Partial<SymptomInput> = {}): SymptomInput {
  return {
    sessionId: null,
    notedAt: '2026-03-29T10:30:00.000Z',
    utcOffsetMinutes: 120,
    sensations: ['tingling'],
    locations: [{ region: 'foot', side: 'left' }],
    severity: 4,
    onset: null,
    durationMinutes: null,
    ongoing: false,
    worseWithActivity: null,
    warningSigns: [],
    helped: [],
    notes: '',
    ...overrides,
  };
}

const STORED_AT = '2026-03-29T11:00:00.000Z';

export function session(overrides: Partial<ExerciseSession> = {}): ExerciseSession {
  return {
    ...sessionInput(),
    id: crypto.randomUUID(),
    createdAt: STORED_AT,
    updatedAt: STORED_AT,
    source: 'person',
    ...overrides,
  };
}

export function symptom(overrides: Partial<SymptomEntry> = {}): SymptomEntry {
  return {
    ...symptomInput(),
    id: crypto.randomUUID(),
    createdAt: STORED_AT,
    updatedAt: STORED_AT,
    source: 'person',
    ...overrides,
  };
}
