import { describe, expect, it } from 'vitest';
import { validateWith } from '../../../../shared/domain/records';
import {
  DEFAULT_REPORT_PREFERENCES,
  REPORT_NAME_MAX_LENGTH,
  REPORT_QUESTIONS_MAX_LENGTH,
  REPORT_SECTIONS,
  reportPreferencesSchema,
  type ReportPreferences,
} from '../../../../shared/report/report-preferences';

const saved: ReportPreferences = {
  sections: ['summary', 'log'],
  personName: 'Dewi Lestari',
  questions: 'Could the numbness in my left calf come from my back?\nShould I stop the long yoga holds?',
  lastReportDay: '2026-02-11',
};

const check = (overrides: Partial<Record<keyof ReportPreferences, unknown>>) =>
  validateWith(reportPreferencesSchema, { ...saved, ...overrides });

describe('reportPreferencesSchema', () => {
  it('accepts the defaults: every section, nothing typed, no report yet', () => {
    expect(DEFAULT_REPORT_PREFERENCES).toEqual({
      sections: ['summary', 'charts', 'log', 'questions'],
      personName: '',
      questions: '',
      lastReportDay: null,
    });
    expect(reportPreferencesSchema.parse(DEFAULT_REPORT_PREFERENCES)).toEqual(DEFAULT_REPORT_PREFERENCES);
  });

  it('keeps what the person saved, line breaks included', () => {
    expect(reportPreferencesSchema.parse(saved)).toEqual(saved);
  });

  it('accepts sections in any order, and none while the person is choosing', () => {
    expect(check({ sections: ['questions', 'summary'] }).ok).toBe(true);
    expect(check({ sections: [] }).ok).toBe(true);
    expect(check({ sections: [...REPORT_SECTIONS].reverse() }).ok).toBe(true);
  });

  it('rejects an unknown or repeated section', () => {
    expect(check({ sections: ['summary', 'billing'] })).toEqual({
      ok: false,
      fieldErrors: { sections: 'validation.invalid' },
    });
    expect(check({ sections: ['log', 'log'] })).toEqual({ ok: false, fieldErrors: { sections: 'validation.invalid' } });
  });

  it('takes a name of up to 100 characters', () => {
    expect(check({ personName: 'a'.repeat(REPORT_NAME_MAX_LENGTH) }).ok).toBe(true);
    expect(check({ personName: 'a'.repeat(REPORT_NAME_MAX_LENGTH + 1) })).toEqual({
      ok: false,
      fieldErrors: { personName: 'validation.reportNameTooLong' },
    });
  });

  it('takes questions of up to 2,000 characters', () => {
    expect(check({ questions: 'q'.repeat(REPORT_QUESTIONS_MAX_LENGTH) }).ok).toBe(true);
    expect(check({ questions: 'q'.repeat(REPORT_QUESTIONS_MAX_LENGTH + 1) })).toEqual({
      ok: false,
      fieldErrors: { questions: 'validation.reportQuestionsTooLong' },
    });
  });

  it('takes a real day or null as the last report day', () => {
    expect(check({ lastReportDay: null }).ok).toBe(true);
    expect(check({ lastReportDay: '2024-02-29' }).ok).toBe(true);
    for (const broken of ['2026-02-29', '2026-02-11T10:00:00.000Z', '', 20260211]) {
      expect(check({ lastReportDay: broken })).toEqual({
        ok: false,
        fieldErrors: { lastReportDay: 'validation.invalid' },
      });
    }
  });

  it('requires every field, so a half-written row is never taken for a choice', () => {
    const { questions: _dropped, ...partial } = saved;
    expect(validateWith(reportPreferencesSchema, partial).ok).toBe(false);
  });
});
