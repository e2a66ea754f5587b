import type { ExerciseSession } from '../domain/records';
import type { ActivityId, BodyRegionId, SensationId } from '../domain/vocabulary';
import { isKnownActivity, isKnownSensation } from '../domain/vocabulary';
import { INSIGHT_FACTORS, factorExposure } from '../trends/insights';
import type { Article, ArticleLanguage, ArticleSection, FactorTag, SectionKind, SectionRef } from './types';

/** What a symptom entry (saved or still being typed) brings to the search for guidance. */
export interface GuidanceQuery {
  readonly sensations: readonly string[];
  readonly regions: readonly BodyRegionId[];
  /** The linked workout's activity, if any. */
  readonly activity: string | null;
  /** Factors of the linked workout that the articles name as causes. */
  readonly factors: readonly FactorTag[];
  /** A warning sign was ticked: sections that say when to see a doctor come first. */
  readonly hasWarningSigns: boolean;
}

/** One part of the one-line reason a section is shown: "numbness · calf · after yoga · held positions". */
export type ReasonPart =
  | { readonly kind: 'sensation'; readonly id: SensationId }
  | { readonly kind: 'region'; readonly id: BodyRegionId }
  | { readonly kind: 'activity'; readonly id: ActivityId }
  | { readonly kind: 'factor'; readonly id: FactorTag }
  | { readonly kind: 'section-kind'; readonly id: SectionKind };

export interface RankedSection {
  readonly ref: SectionRef;
  readonly article: Article;
  readonly section: ArticleSection;
  readonly score: number;
  readonly reason: readonly ReasonPart[];
}

/**
 * The factors of a workout that the articles name as causes: the same exposures the insights compare
 * (a long hold, repeated movements, a skipped warm-up, little water, …), so guidance and insights agree.
 */
export function factorTagsOf(session: ExerciseSession): FactorTag[] {
  return INSIGHT_FACTORS.filter((factor) => factorExposure(factor, session.factors) === true);
}

const WEIGHT = { sensation: 4, region: 3, activity: 2, factor: 2, warning: 3, ownLanguage: 1.5 } as const;

/**
 * The sections most worth reading for an entry, best first. A section must share a sensation or a
 * body region with the entry to be shown at all; then workouts' activity and factors lift it, and a
 * section in the person's own language scores half as much again, so the other language's sections
 * show when they match clearly better or when there are too few in the person's own.
 */
export function rankSections(
  articles: readonly Article[],
  query: GuidanceQuery,
  language: ArticleLanguage,
  limit = 3,
): RankedSection[] {
  const sensations = query.sensations.filter(isKnownSensation);
  const activity = query.activity !== null && isKnownActivity(query.activity) ? query.activity : null;
  const ranked: RankedSection[] = [];
  for (const article of articles) {
    for (const section of article.sections) {
      const { tags } = section;
      const reason: ReasonPart[] = [];
      let score = 0;
      for (const id of sensations) {
        if (tags.sensations.includes(id)) {
          score += WEIGHT.sensation;
          reason.push({ kind: 'sensation', id });
        }
      }
      for (const id of query.regions) {
        if (tags.regions.includes(id) && !reason.some((part) => part.kind === 'region' && part.id === id)) {
          score += WEIGHT.region;
          reason.push({ kind: 'region', id });
        }
      }
      if (score === 0) continue;
      if (activity !== null && tags.activities.includes(activity)) {
        score += WEIGHT.activity;
        reason.push({ kind: 'activity', id: activity });
      }
      for (const id of query.factors) {
        if (tags.factors.includes(id)) {
          score += WEIGHT.factor;
          reason.push({ kind: 'factor', id });
        }
      }
      if (query.hasWarningSigns && tags.kinds.includes('warning-signs')) {
        score += WEIGHT.warning;
        reason.push({ kind: 'section-kind', id: 'warning-signs' });
      }
      if (article.language === language) score *= WEIGHT.ownLanguage;
      ranked.push({ ref: { articleId: article.id, sectionId: section.id }, article, section, score, reason });
    }
  }
  return ranked
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.article.id.localeCompare(b.article.id) ||
        a.article.sections.indexOf(a.section) - b.article.sections.indexOf(b.section),
    )
    .slice(0, limit);
}

/** The query for a symptom (saved, or as typed so far) and the workout it is linked to. */
export function guidanceQueryFor(
  symptom: {
    readonly sensations: readonly string[];
    readonly locations: readonly { readonly region: BodyRegionId }[];
    readonly warningSigns: readonly string[];
  },
  session: ExerciseSession | undefined,
): GuidanceQuery {
  return {
    sensations: symptom.sensations,
    regions: [...new Set(symptom.locations.map((location) => location.region))],
    activity: session?.activity ?? null,
    factors: session === undefined ? [] : factorTagsOf(session),
    hasWarningSigns: symptom.warningSigns.length > 0,
  };
}
