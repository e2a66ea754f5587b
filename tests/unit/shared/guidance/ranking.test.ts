import { describe, expect, it } from 'vitest';
import { emergencyNumberFor } from '../../../../shared/guidance/emergency';
import { factorTagsOf, rankSections, type GuidanceQuery } from '../../../../shared/guidance/ranking';
import type { Article, ArticleSection, SectionTags } from '../../../../shared/guidance/types';
import { session } from '../fixtures';

const noTags: SectionTags = { sensations: [], regions: [], activities: [], factors: [], kinds: [] };

function section(id: string, tags: Partial<SectionTags>): ArticleSection {
  return { id, heading: id, paragraphs: ['…'], tags: { ...noTags, ...tags } };
}

function article(id: string, language: 'en' | 'id', sections: ArticleSection[]): Article {
  return { id, title: id, titleGenerated: false, language, sections, sourceName: `${id}.txt`, origin: 'bundled' };
}

const holds = section('holds', {
  sensations: ['numbness'],
  regions: ['calf', 'thigh'],
  activities: ['yoga', 'squats-holds'],
  factors: ['held-positions'],
  kinds: ['causes'],
});
const doctor = section('doctor', { sensations: ['numbness'], regions: ['calf'], kinds: ['warning-signs'] });
const hands = section('hands', { sensations: ['numbness', 'tingling'], regions: ['hand'], activities: ['running'] });
const unrelated = section('unrelated', { activities: ['yoga'], factors: ['held-positions'] });
const english = article('en-legs', 'en', [holds, doctor, hands, unrelated]);
const indonesian = article('id-legs', 'id', [
  section('betis', { sensations: ['numbness'], regions: ['calf'], activities: ['yoga'], factors: ['held-positions'] }),
]);

const numbCalvesAfterYoga: GuidanceQuery = {
  sensations: ['numbness'],
  regions: ['calf'],
  activity: 'yoga',
  factors: ['held-positions'],
  hasWarningSigns: false,
};

describe('rankSections', () => {
  it('puts the section about held positions first for numb calves after a yoga class with long holds', () => {
    const ranked = rankSections([english], numbCalvesAfterYoga, 'en');
    expect(ranked.map((entry) => entry.section.id)).toEqual(['holds', 'doctor', 'hands']);
    expect(ranked[0]?.reason).toEqual([
      { kind: 'sensation', id: 'numbness' },
      { kind: 'region', id: 'calf' },
      { kind: 'activity', id: 'yoga' },
      { kind: 'factor', id: 'held-positions' },
    ]);
  });

  it('never shows a section that shares neither a sensation nor a body region', () => {
    const ranked = rankSections([english], numbCalvesAfterYoga, 'en', 10);
    expect(ranked.map((entry) => entry.section.id)).not.toContain('unrelated');
    expect(
      rankSections([english], { ...numbCalvesAfterYoga, sensations: ['burning'], regions: ['neck'] }, 'en'),
    ).toEqual([]);
  });

  it('lifts warning-sign sections when a warning sign was ticked', () => {
    const ranked = rankSections(
      [english],
      { ...numbCalvesAfterYoga, activity: null, factors: [], hasWarningSigns: true },
      'en',
    );
    expect(ranked[0]?.section.id).toBe('doctor');
    expect(ranked[0]?.reason).toContainEqual({ kind: 'section-kind', id: 'warning-signs' });
  });

  it('prefers the person’s own language and falls back to the other', () => {
    expect(rankSections([english, indonesian], numbCalvesAfterYoga, 'id')[0]?.article.id).toBe('id-legs');
    expect(rankSections([english, indonesian], numbCalvesAfterYoga, 'en')[0]?.article.id).toBe('en-legs');
    expect(rankSections([indonesian], numbCalvesAfterYoga, 'en').map((entry) => entry.article.id)).toEqual(['id-legs']);
  });

  it('shows three by default, and is stable for equal scores', () => {
    const many = article(
      'many',
      'en',
      ['a', 'b', 'c', 'd'].map((id) => section(id, { sensations: ['numbness'] })),
    );
    expect(rankSections([many], numbCalvesAfterYoga, 'en').map((entry) => entry.section.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('factorTagsOf', () => {
  it('reads the factors the articles name as causes from a workout, and ignores what was not recorded', () => {
    const workout = session({
      factors: {
        longestHoldMinutes: 4,
        repeatedMovements: true,
        warmUp: false,
        stretching: null,
        waterMl: 300,
        electrolytes: null,
        tightClothing: false,
        cold: true,
        gripTrainer: null,
        sittingHours: 9,
      },
    });
    expect(factorTagsOf(workout)).toEqual([
      'held-positions',
      'repeated-movements',
      'warm-up',
      'water',
      'cold',
      'sitting',
    ]);
    expect(factorTagsOf(session())).toEqual([]);
  });
});

describe('emergencyNumberFor', () => {
  it('names the number of the region the locale states, and none when it states none', () => {
    expect(emergencyNumberFor('id-ID')).toBe('112');
    expect(emergencyNumberFor('en-US')).toBe('911');
    expect(emergencyNumberFor('en-GB')).toBe('999');
    expect(emergencyNumberFor('de-DE')).toBe('112');
    expect(emergencyNumberFor('en-AU')).toBe('000');
    expect(emergencyNumberFor('en')).toBeNull();
    expect(emergencyNumberFor('not a locale!')).toBeNull();
  });
});
