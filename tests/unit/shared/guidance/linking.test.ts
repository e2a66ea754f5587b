import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../../shared/guidance/pipeline';
import { guidanceQueryFor, rankSections } from '../../../../shared/guidance/ranking';
import { TRIAGE_SOURCES } from '../../../../shared/guidance/triage';
import { generateSampleJournal, sixMonthSample } from '../../../../shared/sample-data';
import { BUNDLED_SOURCES } from './articles';

const articles = BUNDLED_SOURCES.map(({ id, sourceName, raw }) =>
  buildArticle(raw, { id, sourceName, origin: 'bundled' }),
);

describe('guidance for the sample journal', () => {
  const sample = generateSampleJournal(sixMonthSample(new Date('2026-11-21T12:00:00.000Z')));
  const sessions = new Map(sample.sessions.map((session) => [session.id, session]));

  it('finds relevant sections for every symptom, in both languages', () => {
    for (const language of ['en', 'id'] as const) {
      for (const symptom of sample.symptoms) {
        const session = symptom.sessionId === null ? undefined : sessions.get(symptom.sessionId);
        const ranked = rankSections(articles, guidanceQueryFor(symptom, session), language);
        expect(ranked.length, `${symptom.sensations.join(', ')} at ${symptom.notedAt}`).toBeGreaterThan(0);
        // Every section shown shares the symptom's sensation or where it was felt.
        for (const { reason } of ranked) {
          expect(reason.some((part) => part.kind === 'sensation' || part.kind === 'region')).toBe(true);
        }
      }
    }
  });

  it('explains numbness after a yoga class with long holds with the held-positions section first', () => {
    const yogaNumbness = sample.symptoms.find((symptom) => {
      const session = symptom.sessionId === null ? undefined : sessions.get(symptom.sessionId);
      return (
        symptom.sensations.includes('numbness') &&
        session?.activity === 'yoga' &&
        (session.factors.longestHoldMinutes ?? 0) >= 3
      );
    });
    expect(yogaNumbness).toBeDefined();
    if (yogaNumbness === undefined || yogaNumbness.sessionId === null) return;
    const ranked = rankSections(articles, guidanceQueryFor(yogaNumbness, sessions.get(yogaNumbness.sessionId)), 'en');
    expect(ranked[0]?.reason).toContainEqual({ kind: 'factor', id: 'held-positions' });
    expect(ranked[0]?.section.paragraphs.join(' ')).toMatch(/hold|posisi/i);
  });
});

describe('triage sources', () => {
  it('all point at sections the pipeline produces', () => {
    for (const ref of Object.values(TRIAGE_SOURCES)) {
      const article = articles.find((candidate) => candidate.id === ref.articleId);
      expect(
        article?.sections.map((section) => section.id),
        ref.articleId,
      ).toContain(ref.sectionId);
    }
  });
});
