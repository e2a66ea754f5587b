import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptySymptomDraft, symptomInputFromDraft } from '../../../../shared/domain/drafts';
import type { BodyLocation, SymptomEntry } from '../../../../shared/domain/records';
import {
  BODY_REGIONS,
  ONSET_KINDS,
  SENSATIONS,
  WARNING_SIGNS,
  type OnsetKind,
  type WarningSign,
} from '../../../../shared/domain/vocabulary';
import {
  TRIAGE_REASONS,
  TRIAGE_REASON_CODES,
  TRIAGE_SOURCES,
  readTriageInput,
  triage,
  type TriageInput,
  type TriageLevel,
  type TriageResult,
} from '../../../../shared/guidance/triage';
import type { SectionRef } from '../../../../shared/guidance/types';
import { NOW, symptom } from '../fixtures';

const ARTICLES_DIR = join(__dirname, '../../../../shared/content/articles');
const S = TRIAGE_SOURCES;

/** The fixtures' entries are noted at 10:30 on NOW's day; history is counted back from there. */
const NOTED_AT = '2026-03-29T10:30:00.000Z';
function daysBefore(days: number): string {
  return new Date(Date.parse(NOTED_AT) - days * 24 * 60 * 60 * 1000).toISOString();
}

const left = (region: BodyLocation['region']): BodyLocation => ({ region, side: 'left' });
const right = (region: BodyLocation['region']): BodyLocation => ({ region, side: 'right' });

/** Ordinary soreness in a calf after a run: the baseline every single-sign test starts from. */
function calfSoreness(overrides: Partial<SymptomEntry> = {}): SymptomEntry {
  return symptom({
    sensations: ['soreness'],
    locations: [right('calf')],
    severity: 3,
    onset: { kind: 'right-after', afterMinutes: null },
    durationMinutes: 30,
    ...overrides,
  });
}

function legNumbness(overrides: Partial<SymptomEntry> = {}): SymptomEntry {
  return symptom({
    sensations: ['numbness'],
    locations: [left('thigh'), right('thigh')],
    severity: 3,
    onset: { kind: 'right-after', afterMinutes: null },
    durationMinutes: 10,
    ...overrides,
  });
}

function handTingling(overrides: Partial<SymptomEntry> = {}): SymptomEntry {
  return symptom({
    sensations: ['tingling'],
    locations: [left('hand'), right('hand')],
    severity: 3,
    onset: { kind: 'during', afterMinutes: null },
    durationMinutes: 15,
    ...overrides,
  });
}

function twitch(overrides: Partial<SymptomEntry> = {}): SymptomEntry {
  return symptom({
    sensations: ['twitching'],
    locations: [right('calf')],
    severity: 3,
    onset: { kind: 'after', afterMinutes: 30 },
    durationMinutes: 20,
    ...overrides,
  });
}

function codes(result: TriageResult): string[] {
  return result.reasons.map((reason) => reason.code);
}

function expectReason(result: TriageResult, level: TriageLevel, code: string, source: SectionRef): void {
  expect(result.level).toBe(level);
  const reason = result.reasons.find((r) => r.code === code);
  expect(reason, `reason ${code} in ${codes(result).join(', ')}`).toBeDefined();
  expect(reason?.level).toBe(level);
  expect(reason?.sources).toContainEqual(source);
}

function expectSelfCare(result: TriageResult): void {
  expect(result.level, `reasons: ${codes(result).join(', ')}`).toBe('self-care');
  for (const reason of result.reasons) expect(reason.level).toBe('self-care');
}

function slug(heading: string): string {
  return heading
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, '')
    .trim()
    .split(/[\s-]+/)
    .filter((word) => word !== '')
    .join('-');
}

describe('TRIAGE_SOURCES', () => {
  const articleIds = readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.replace(/\.txt$/, ''));

  it.each(Object.entries(TRIAGE_SOURCES))('%s names a bundled article and one of its headings', (_name, ref) => {
    expect(articleIds).toContain(ref.articleId);
    expect(ref.sectionId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const lines = readFileSync(join(ARTICLES_DIR, `${ref.articleId}.txt`), 'utf8').split(/\r?\n/);
    expect(lines.some((line) => slug(line) === ref.sectionId)).toBe(true);
  });

  it('gives every reason a level and at least one source from the table', () => {
    const refs = Object.values(TRIAGE_SOURCES);
    for (const code of TRIAGE_REASON_CODES) {
      const reason = TRIAGE_REASONS[code];
      expect(reason.sources.length, code).toBeGreaterThan(0);
      for (const source of reason.sources) expect(refs).toContainEqual(source);
      expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    }
  });
});

/** What each warning sign means ticked on an otherwise ordinary entry (calf soreness after a run). */
const SIGN_ALONE: Record<WarningSign, { level: TriageLevel; code: string; source: SectionRef }> = {
  'leg-paralysis': { level: 'urgent', code: 'leg-paralysis', source: S.legNumbnessCallTheDoctor },
  'bowel-bladder-control': { level: 'urgent', code: 'bowel-bladder-control', source: S.legNumbnessCallTheDoctor },
  'slurred-speech': { level: 'urgent', code: 'slurred-speech', source: S.legNumbnessCallTheDoctor },
  'vision-changes': { level: 'urgent', code: 'vision-changes', source: S.legNumbnessCallTheDoctor },
  dizziness: { level: 'see-doctor', code: 'dizziness', source: S.tinglingWarnings },
  nausea: { level: 'urgent', code: 'nausea', source: S.stopExercise },
  'difficulty-breathing': { level: 'urgent', code: 'difficulty-breathing', source: S.stopExercise },
  'severe-leg-pain': { level: 'urgent', code: 'severe-leg-pain', source: S.stopExercise },
  'loss-of-consciousness': { level: 'urgent', code: 'loss-of-consciousness', source: S.stopExercise },
  'chest-pain': { level: 'urgent', code: 'chest-pain', source: S.leftHandAndHeart },
  'loss-of-balance': { level: 'see-doctor', code: 'loss-of-balance', source: S.tinglingWarnings },
  'difficulty-urinating': { level: 'see-doctor', code: 'difficulty-urinating', source: S.tinglingWarnings },
  rash: { level: 'see-doctor', code: 'rash', source: S.tinglingWarnings },
  'muscle-weakness': { level: 'see-doctor', code: 'muscle-weakness', source: S.twitchingProblem },
  clumsiness: { level: 'see-doctor', code: 'clumsiness', source: S.twitchingProblem },
};

describe('triage: every warning sign', () => {
  it('starts from an entry that is self-care without any sign', () => {
    expectSelfCare(triage(calfSoreness(), [], NOW));
    expectSelfCare(triage(legNumbness(), [], NOW));
    expectSelfCare(triage(handTingling(), [], NOW));
    expectSelfCare(triage(twitch(), [], NOW));
  });

  it.each(WARNING_SIGNS)('has a rule for %s, which raises the level it states', (sign) => {
    const expected = SIGN_ALONE[sign] as (typeof SIGN_ALONE)[WarningSign] | undefined;
    expect(expected, `no expectation for the new warning sign "${sign}": add its rule and test`).toBeDefined();
    if (expected === undefined) return;
    const result = triage(calfSoreness({ warningSigns: [sign] }), [], NOW);
    expectReason(result, expected.level, expected.code, expected.source);
    expect(result.reasons).toHaveLength(1);
  });

  it.each(WARNING_SIGNS)('never lets %s be read as self-care, whatever the sensation', (sign) => {
    for (const base of [calfSoreness(), legNumbness(), handTingling(), twitch(), symptom({ sensations: [] })]) {
      const result = triage({ ...base, warningSigns: [sign] }, [], NOW);
      expect(result.level).not.toBe('self-care');
      expect(result.reasons[0]?.sources.length).toBeGreaterThan(0);
    }
  });

  it('has no sign the table of expectations does not know', () => {
    expect(Object.keys(SIGN_ALONE).sort()).toEqual([...WARNING_SIGNS].sort());
  });

  it('cites the brain-blood-flow paragraph of 004 for slurred speech and vision changes', () => {
    for (const sign of ['slurred-speech', 'vision-changes'] as const) {
      expectReason(triage(handTingling({ warningSigns: [sign] }), [], NOW), 'urgent', sign, S.handNumbnessCauses);
    }
  });

  describe('dizziness', () => {
    it('with numbness is urgent (000)', () => {
      const result = triage(legNumbness({ warningSigns: ['dizziness'] }), [], NOW);
      expectReason(result, 'urgent', 'dizziness-with-numbness', S.legNumbnessCallTheDoctor);
    });

    it('with tingling is see-doctor (001), not urgent', () => {
      const result = triage(handTingling({ warningSigns: ['dizziness'] }), [], NOW);
      expectReason(result, 'see-doctor', 'dizziness', S.tinglingWarnings);
    });
  });

  describe('chest pain', () => {
    it('with numbness in the left hand is urgent (004)', () => {
      const entry = symptom({ sensations: ['numbness'], locations: [left('hand')], warningSigns: ['chest-pain'] });
      const result = triage(entry, [], NOW);
      expectReason(result, 'urgent', 'left-arm-numbness-with-chest-pain', S.leftHandAndHeart);
      expect(codes(result)).not.toContain('chest-pain');
    });

    it.each([
      ['tingling in the left fingers', ['tingling'], [left('fingers')]],
      ['numbness in both forearms', ['numbness'], [{ region: 'forearm', side: 'both' } as BodyLocation]],
    ])('with %s is urgent (004)', (_name, sensations, locations) => {
      const result = triage(symptom({ sensations, locations, warningSigns: ['chest-pain'] }), [], NOW);
      expectReason(result, 'urgent', 'left-arm-numbness-with-chest-pain', S.leftHandAndHeart);
    });

    it('with numbness in the right hand only is still urgent, as chest pain', () => {
      const entry = symptom({ sensations: ['numbness'], locations: [right('hand')], warningSigns: ['chest-pain'] });
      expectReason(triage(entry, [], NOW), 'urgent', 'chest-pain', S.leftHandAndHeart);
    });

    it('left-hand numbness without it is not urgent', () => {
      const entry = symptom({ sensations: ['numbness'], locations: [left('hand')], durationMinutes: 10 });
      expectSelfCare(triage(entry, [], NOW));
    });
  });

  it('muscle weakness or clumsiness with twitching names the twitching (002)', () => {
    expectReason(
      triage(twitch({ warningSigns: ['muscle-weakness'] }), [], NOW),
      'see-doctor',
      'twitching-with-weakness',
      S.twitchingProblem,
    );
    expectReason(
      triage(twitch({ warningSigns: ['clumsiness'] }), [], NOW),
      'see-doctor',
      'twitching-with-clumsiness',
      S.twitchingProblem,
    );
  });
});

describe('triage: rules read from the entry', () => {
  describe('numbness that gets worse with activity (000) is urgent', () => {
    it('raises', () => {
      const result = triage(legNumbness({ worseWithActivity: true }), [], NOW);
      expectReason(result, 'urgent', 'numbness-worse-with-activity', S.legNumbnessCallTheDoctor);
    });

    it.each([false, null])('does not when worse with activity is %s', (worseWithActivity) => {
      expectSelfCare(triage(legNumbness({ worseWithActivity }), [], NOW));
    });

    it('does not for tingling or soreness that gets worse with activity', () => {
      expect(triage(handTingling({ worseWithActivity: true }), [], NOW).level).not.toBe('urgent');
      expectSelfCare(triage(calfSoreness({ worseWithActivity: true }), [], NOW));
    });
  });

  describe('tingling that lasts more than an hour (001)', () => {
    it('raises at 61 minutes', () => {
      const result = triage(handTingling({ durationMinutes: 61 }), [], NOW);
      expectReason(result, 'see-doctor', 'tingling-over-an-hour', S.tinglingWarnings);
    });

    it('does not at 60 minutes, or when ongoing with no longer episode before', () => {
      expectSelfCare(triage(handTingling({ durationMinutes: 60 }), [], NOW));
      expectSelfCare(triage(handTingling({ durationMinutes: null, ongoing: true }), [], NOW));
    });
  });

  describe.each([
    ['pain', 'tingling-with-pain'],
    ['limited-range', 'tingling-with-limited-range'],
  ])('tingling with %s (001)', (sensation, code) => {
    it('raises', () => {
      const result = triage(handTingling({ sensations: ['tingling', sensation] }), [], NOW);
      expectReason(result, 'see-doctor', code, S.tinglingWarnings);
    });

    it('does not without the tingling', () => {
      expectSelfCare(triage(handTingling({ sensations: [sensation] }), [], NOW));
    });
  });

  describe('numbness that persists (000)', () => {
    it('raises past an hour', () => {
      const result = triage(legNumbness({ durationMinutes: 90 }), [], NOW);
      expectReason(result, 'see-doctor', 'numbness-persists', S.legNumbnessTreatment);
    });

    it('does not when brief', () => {
      expectSelfCare(triage(legNumbness({ durationMinutes: 60 }), [], NOW));
    });
  });

  describe('numbness at rest (000)', () => {
    it('raises', () => {
      const result = triage(legNumbness({ onset: { kind: 'at-rest', afterMinutes: null } }), [], NOW);
      expectReason(result, 'see-doctor', 'numbness-at-rest', S.legNumbnessTreatment);
    });

    it.each(ONSET_KINDS.filter((kind) => kind !== 'at-rest'))('does not when it began %s', (kind: OnsetKind) => {
      const onset = { kind, afterMinutes: kind === 'after' ? 20 : null };
      expectSelfCare(triage(legNumbness({ onset }), [], NOW));
    });

    it('does not for soreness at rest', () => {
      expectSelfCare(triage(calfSoreness({ onset: { kind: 'at-rest', afterMinutes: null } }), [], NOW));
    });
  });

  describe('twitching (002)', () => {
    it('with weakness raises', () => {
      const result = triage(twitch({ sensations: ['twitching', 'weakness'] }), [], NOW);
      expectReason(result, 'see-doctor', 'twitching-with-weakness', S.twitchingProblem);
    });

    it('that lasts a day raises', () => {
      const result = triage(twitch({ durationMinutes: 24 * 60 }), [], NOW);
      expectReason(result, 'see-doctor', 'twitching-persists', S.twitchingProblem);
    });

    it('with cramps alone, or weakness without twitching, does not', () => {
      expectSelfCare(triage(twitch({ sensations: ['twitching', 'cramp'] }), [], NOW));
      expectSelfCare(triage(twitch({ sensations: ['weakness'] }), [], NOW));
      expectSelfCare(triage(twitch({ durationMinutes: 23 * 60 }), [], NOW));
    });
  });

  describe('lower-back pain with leg pain or numbness below the knee (003)', () => {
    it.each([
      ['back pain and calf numbness', ['pain', 'numbness'], [right('calf')]],
      ['back and foot pain', ['pain'], [left('foot')]],
      ['back soreness and numbness below the knee', ['soreness', 'numbness'], [left('below-knee')]],
    ])('raises for %s', (_name, sensations, legs) => {
      const entry = calfSoreness({ sensations, locations: [{ region: 'lower-back', side: 'both' }, ...legs] });
      expectReason(
        triage(entry, [], NOW),
        'see-doctor',
        'back-pain-with-leg-symptoms-below-knee',
        S.waistAndLegSoreness,
      );
    });

    it.each([
      ['back pain alone', ['pain'], []],
      ['back and calf soreness', ['soreness'], [right('calf')]],
      ['back pain and thigh numbness, above the knee', ['pain', 'numbness'], [right('thigh')]],
    ])('does not for %s', (_name, sensations, legs) => {
      const entry = calfSoreness({ sensations, locations: [{ region: 'lower-back', side: 'both' }, ...legs] });
      expect(codes(triage(entry, [], NOW))).not.toContain('back-pain-with-leg-symptoms-below-knee');
      expect(triage(entry, [], NOW).level).not.toBe('urgent');
    });
  });
});

describe('triage: rules read from history', () => {
  describe('tingling over an hour, ongoing now and longer than an hour before', () => {
    const now = handTingling({ durationMinutes: null, ongoing: true });

    it('raises', () => {
      const history = [handTingling({ notedAt: daysBefore(6), durationMinutes: 90 })];
      expectReason(triage(now, history, NOW), 'see-doctor', 'tingling-over-an-hour', S.tinglingWarnings);
    });

    it.each([
      ['the earlier episode was brief', handTingling({ notedAt: daysBefore(6), durationMinutes: 30 })],
      ['it was elsewhere', handTingling({ notedAt: daysBefore(6), durationMinutes: 90, locations: [left('foot')] })],
      ['it was over eight weeks ago', handTingling({ notedAt: daysBefore(60), durationMinutes: 90 })],
      ['it was numbness', handTingling({ notedAt: daysBefore(6), durationMinutes: 90, sensations: ['numbness'] })],
    ])('does not when %s', (_name, past) => {
      expectSelfCare(triage(now, [past], NOW));
    });

    it('does not when this episode is over and brief', () => {
      const history = [handTingling({ notedAt: daysBefore(6), durationMinutes: 90 })];
      expectSelfCare(triage(handTingling(), history, NOW));
    });
  });

  describe('numbness that persists, ongoing now and longer than an hour before', () => {
    it('raises', () => {
      const history = [legNumbness({ notedAt: daysBefore(3), durationMinutes: 120 })];
      const result = triage(legNumbness({ durationMinutes: null, ongoing: true }), history, NOW);
      expectReason(result, 'see-doctor', 'numbness-persists', S.legNumbnessTreatment);
    });

    it('does not without that history', () => {
      const history = [legNumbness({ notedAt: daysBefore(3), durationMinutes: 15 })];
      expectSelfCare(triage(legNumbness({ durationMinutes: null, ongoing: true }), history, NOW));
    });
  });

  describe('numbness also at rest', () => {
    const atRest = { kind: 'at-rest', afterMinutes: null } as const;

    it('raises for numbness after exercise when numbness at rest was logged before', () => {
      const history = [legNumbness({ notedAt: daysBefore(12), onset: atRest, locations: [left('hand')] })];
      expectReason(triage(legNumbness(), history, NOW), 'see-doctor', 'numbness-at-rest', S.legNumbnessTreatment);
    });

    it.each([
      ['it was over eight weeks ago', legNumbness({ notedAt: daysBefore(70), onset: atRest })],
      ['it was tingling', handTingling({ notedAt: daysBefore(12), onset: atRest })],
      ['it was after exercise', legNumbness({ notedAt: daysBefore(12) })],
    ])('does not when %s', (_name, past) => {
      expectSelfCare(triage(legNumbness(), [past], NOW));
    });

    it('does not for a symptom that is not numbness', () => {
      const history = [legNumbness({ notedAt: daysBefore(12), onset: atRest })];
      expectSelfCare(triage(calfSoreness(), history, NOW));
    });
  });

  describe('getting worse over weeks (001)', () => {
    const weekly = (severities: readonly number[], make = calfSoreness) =>
      severities.map((severity, index) => make({ notedAt: daysBefore(7 * (severities.length - index)), severity }));

    it('raises for the same sensation in the same place over 3 of 4 weeks with rising severity', () => {
      const result = triage(calfSoreness({ severity: 5 }), weekly([2, 3, 4]), NOW);
      expectReason(result, 'see-doctor', 'worsening-over-weeks', S.tinglingWarnings);
    });

    it('raises with a gap week', () => {
      const history = [
        calfSoreness({ notedAt: daysBefore(22), severity: 2 }),
        calfSoreness({ notedAt: daysBefore(8), severity: 3 }),
      ];
      const result = triage(calfSoreness({ severity: 4 }), history, NOW);
      expectReason(result, 'see-doctor', 'worsening-over-weeks', S.tinglingWarnings);
    });

    it.each([
      ['severity stays the same', [3, 3, 3], 3],
      ['severity falls', [6, 5, 4], 3],
      ['it rises by less than a point', [3, 3, 3], 3.5],
    ])('does not when %s', (_name, severities, current) => {
      expectSelfCare(triage(calfSoreness({ severity: current }), weekly(severities), NOW));
    });

    it('does not over only two weeks', () => {
      const history = [
        calfSoreness({ notedAt: daysBefore(1), severity: 2 }),
        calfSoreness({ notedAt: daysBefore(8), severity: 2 }),
      ];
      expectSelfCare(triage(calfSoreness({ severity: 6 }), history, NOW));
    });

    it('does not when the earlier weeks were elsewhere or another sensation', () => {
      const elsewhere = weekly([2, 3, 4], (o) => calfSoreness({ ...o, locations: [left('hamstring')] }));
      expectSelfCare(triage(calfSoreness({ severity: 5 }), elsewhere, NOW));
      const other = weekly([2, 3, 4], (o) => calfSoreness({ ...o, sensations: ['stiffness'] }));
      expectSelfCare(triage(calfSoreness({ severity: 5 }), other, NOW));
    });
  });

  describe('twitching again and again with weakness (002)', () => {
    it('raises when weakness came with an earlier episode', () => {
      const history = [
        twitch({ notedAt: daysBefore(5), sensations: ['twitching', 'weakness'] }),
        twitch({ notedAt: daysBefore(11) }),
      ];
      expectReason(triage(twitch(), history, NOW), 'see-doctor', 'twitching-again-with-weakness', S.twitchingProblem);
    });

    it('does not for twitching again and again without weakness', () => {
      const history = [
        twitch({ notedAt: daysBefore(2) }),
        twitch({ notedAt: daysBefore(5) }),
        twitch({ notedAt: daysBefore(9) }),
      ];
      expectSelfCare(triage(twitch(), history, NOW));
    });

    it('does not for twitching on only two days', () => {
      const history = [twitch({ notedAt: daysBefore(5), sensations: ['twitching', 'weakness'] })];
      expect(codes(triage(twitch(), history, NOW))).not.toContain('twitching-again-with-weakness');
    });
  });

  describe('chronic numbness of the hands (004)', () => {
    const handNumbness = (overrides: Partial<SymptomEntry> = {}) =>
      handTingling({ sensations: ['numbness'], durationMinutes: 10, ...overrides });
    const days = (list: readonly number[]) => list.map((d) => handNumbness({ notedAt: daysBefore(d) }));

    it('raises on six days across three weeks', () => {
      const result = triage(handNumbness(), days([3, 6, 10, 13, 17]), NOW);
      expectReason(result, 'see-doctor', 'chronic-hand-numbness', S.handNumbnessCauses);
    });

    it.each([
      ['five days', [3, 10, 17, 24]],
      ['six days in two weeks', [1, 2, 3, 8, 9]],
      ['six entries on two days', [0, 0, 7, 7, 7]],
    ])('does not on %s', (_name, list) => {
      expectSelfCare(triage(handNumbness(), days(list), NOW));
    });

    it('does not count hand tingling', () => {
      const history = [3, 6, 10, 13, 17].map((d) => handTingling({ notedAt: daysBefore(d) }));
      expectSelfCare(triage(handNumbness(), history, NOW));
    });
  });

  it('reads history as it stood when the entry was noted, and skips the entry itself', () => {
    const entry = legNumbness();
    const later = legNumbness({ notedAt: '2026-03-29T11:30:00.000Z', onset: { kind: 'at-rest', afterMinutes: null } });
    expectSelfCare(triage(entry, [later], NOW));
    const sameIdAtRest = { ...entry, onset: { kind: 'at-rest', afterMinutes: null } } as const;
    expectSelfCare(triage(entry, [entry, sameIdAtRest], NOW));
  });
});

describe('triage: benign entries never raise urgent', () => {
  it('ordinary post-run calf soreness, severity 3, is self-care', () => {
    const result = triage(calfSoreness(), [], NOW);
    expectSelfCare(result);
    expectReason(result, 'self-care', 'self-care-back-and-leg-soreness', S.waistAndLegSoreness);
  });

  it('brief numbness (10 minutes) after a long squat hold is self-care, pointing at shorter holds', () => {
    const result = triage(legNumbness({ durationMinutes: 10 }), [], NOW);
    expectSelfCare(result);
    expectReason(result, 'self-care', 'self-care-leg-numbness', S.legNumbnessTreatment);
  });

  it('twitching once after a hard session is self-care', () => {
    expectSelfCare(triage(twitch(), [], NOW));
  });

  it('hand tingling during a run that stopped after 15 minutes is self-care', () => {
    const result = triage(handTingling({ durationMinutes: 15 }), [], NOW);
    expectSelfCare(result);
    expect(codes(result)).toContain('self-care-hand-numbness');
  });

  it('mild post-yoga numbness on several days is self-care', () => {
    const yoga = (notedAt: string) =>
      legNumbness({ notedAt, severity: 2, durationMinutes: 8, locations: [left('hamstring'), right('hamstring')] });
    const history = [2, 5, 9, 12, 16, 20, 23].map((d) => yoga(daysBefore(d)));
    expectSelfCare(triage(yoga(NOTED_AT), history, NOW));
  });

  it('ordinary post-run soreness every week at the same severity is self-care', () => {
    const history = [1, 4, 8, 11, 15, 18, 22, 25].map((d) => calfSoreness({ notedAt: daysBefore(d) }));
    expectSelfCare(triage(calfSoreness(), history, NOW));
  });

  it('nothing but a ticked sign or numbness getting worse with activity is ever urgent', () => {
    const onsets = [null, ...ONSET_KINDS.map((kind) => ({ kind, afterMinutes: kind === 'after' ? 30 : null }))];
    let checked = 0;
    for (const sensation of SENSATIONS) {
      for (const region of BODY_REGIONS) {
        for (const durationMinutes of [5, 30, 120, null]) {
          for (const onset of onsets) {
            for (const worseWithActivity of [null, false, sensation === 'numbness' ? false : true]) {
              const entry = symptom({
                sensations: [sensation],
                locations: [left(region)],
                durationMinutes,
                ongoing: durationMinutes === null,
                onset,
                worseWithActivity,
              });
              expect(triage(entry, [], NOW).level, `${sensation} ${region}`).not.toBe('urgent');
              checked += 1;
            }
          }
        }
      }
    }
    expect(checked).toBe(SENSATIONS.length * BODY_REGIONS.length * 4 * onsets.length * 3);
  });
});

describe('triage: the result', () => {
  it('is the highest level, reasons urgent first and each once', () => {
    const entry = handTingling({
      sensations: ['tingling', 'pain'],
      durationMinutes: 90,
      warningSigns: ['rash', 'slurred-speech', 'vision-changes'],
    });
    const result = triage(entry, [], NOW);
    expect(result.level).toBe('urgent');
    expect(codes(result)).toEqual([
      'slurred-speech',
      'vision-changes',
      'rash',
      'tingling-over-an-hour',
      'tingling-with-pain',
    ]);
  });

  it('gives a reason once even when two things state it', () => {
    const entry = twitch({ sensations: ['twitching', 'weakness'], warningSigns: ['muscle-weakness'] });
    expect(codes(triage(entry, [], NOW))).toEqual(['twitching-with-weakness']);
  });

  it('gives no self-care reasons when a doctor is needed', () => {
    const result = triage(legNumbness({ durationMinutes: 90 }), [], NOW);
    expect(result.reasons.every((reason) => reason.level !== 'self-care')).toBe(true);
  });
});

describe('triage: the form while it is being filled in', () => {
  it('does not throw on an empty form, and says self-care with no reasons', () => {
    expect(triage({}, [], NOW)).toEqual({ level: 'self-care', reasons: [] });
  });

  it('flags a ticked urgent sign before anything else is filled in', () => {
    const result = triage({ warningSigns: ['slurred-speech'] }, [calfSoreness()], NOW);
    expectReason(result, 'urgent', 'slurred-speech', S.legNumbnessCallTheDoctor);
  });

  it('reads the unvalidated form state: empty numbers, no time, half an onset', () => {
    const draft = {
      ...emptySymptomDraft(NOW),
      notedAt: '',
      sensations: ['numbness'],
      onset: 'minutes-after' as const,
      onsetAmount: '',
      warningSigns: ['leg-paralysis' as const],
    };
    const input = readTriageInput(symptomInputFromDraft(draft, ''));
    expect(input.severity).toBeNull();
    expectReason(triage(input, [], NOW), 'urgent', 'leg-paralysis', S.legNumbnessCallTheDoctor);
  });

  it('leaves out what it cannot read, and never throws', () => {
    const input = readTriageInput({
      sensations: 'numbness',
      locations: [{ region: 'moon', side: 'left' }, null, { region: 'calf', side: 'right' }],
      warningSigns: ['not-a-sign', 'nausea', 4],
      severity: Number.NaN,
      durationMinutes: '90',
      onset: { kind: 'someday' },
      notedAt: 12,
    });
    expect(input.sensations).toEqual([]);
    expect(input.locations).toEqual([right('calf')]);
    expect(input.warningSigns).toEqual(['nausea']);
    expect(input.durationMinutes).toBeNull();
    expect(input.onset).toBeNull();
    expectReason(triage(input, [], NOW), 'urgent', 'nausea', S.stopExercise);
    for (const value of [null, undefined, 'text', 3, []])
      expect(() => triage(readTriageInput(value), [], NOW)).not.toThrow();
  });

  it('tolerates odd values passed straight in', () => {
    const odd = {
      sensations: ['Numbness '],
      locations: [left('calf')],
      severity: Number.NaN,
      durationMinutes: Number.POSITIVE_INFINITY,
      notedAt: 'not a date',
      warningSigns: [],
    } satisfies TriageInput;
    expectSelfCare(triage(odd, [calfSoreness({ notedAt: 'broken' })], NOW));
  });

  it('counts history back from now when the time is missing or in the future', () => {
    const atRest = legNumbness({ notedAt: '2026-03-20T10:00:00.000Z', onset: { kind: 'at-rest', afterMinutes: null } });
    const input: TriageInput = { sensations: ['numbness'], locations: [left('thigh')] };
    expect(codes(triage(input, [atRest], NOW))).toContain('numbness-at-rest');
    const future: TriageInput = { ...input, notedAt: '2027-01-01T00:00:00.000Z' };
    expect(codes(triage(future, [atRest], NOW))).toContain('numbness-at-rest');
  });
});
