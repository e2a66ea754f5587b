import type { ExerciseSession, Onset, SymptomEntry } from '../domain/records';
import { ONSET_KINDS, RELIEFS, SENSATIONS, WARNING_SIGNS, type Relief, type WarningSign } from '../domain/vocabulary';
import { TRIAGE_LEVELS, TRIAGE_REASONS, triage, type TriageLevel } from '../guidance/triage';
import type { ActivityRow, RegionCount, TrendData, TrendSpan } from '../trends/aggregate';
import { compareText, type Dated } from './dated-entries';
import type { ReportRange } from './report-range';

/**
 * The report's first page: what a doctor reads in a minute (domain brief, "What a doctor wants from
 * a visit report"). Only ids, labels as logged, numbers and local days: the screen words them.
 *
 * Rules:
 * - An EPISODE is a symptom entry whose local day (its own UTC offset) is in the range. An entry
 *   with several sensations is an episode of each; the same label twice in one entry counts once.
 *   Sensations are the labels exactly as logged, so a person's own words ("heavy legs") are a
 *   sensation of their own, as on the Trends screen.
 * - Body places, activities and totals are the Trends numbers for the same range (the charts pages
 *   show them), so the first page and the charts always agree.
 * - Lists are sorted for printing as they are; every tie is broken by a fixed order (vocabulary
 *   order, then the label's code units), never by input order.
 */

/** How a sensation's count compares with the previous period of the same length. */
export const TREND_DIRECTIONS = ['more', 'fewer', 'same', 'new', 'none-before'] as const;
export type TrendDirection = (typeof TREND_DIRECTIONS)[number];

/** A change in count is claimed only when it is at least this many episodes… */
export const TREND_MIN_DIFFERENCE = 3;
/** …and at least this share of the larger of the two counts. */
export const TREND_MIN_SHARE = 0.25;

/** The delay a "next day" onset stands for, in minutes after the workout (see `onsetDelayMinutes`). */
export const NEXT_DAY_DELAY_MINUTES = 24 * 60;

/** The onset kinds, and the episodes logged without one. */
export const REPORT_ONSET_KINDS = [...ONSET_KINDS, 'not-recorded'] as const;
export type ReportOnsetKind = (typeof REPORT_ONSET_KINDS)[number];

export interface ReportSummary {
  readonly totals: ReportTotals;
  /** The previous period, as the trends were measured against it. */
  readonly comparison: ComparisonPeriod;
  /** Sensations with episodes in the range: most episodes first; ties in vocabulary order, then own words A–Z. */
  readonly sensations: readonly SensationSummary[];
  /** Sensations logged in the previous period but not in this one ("it stopped"), most episodes first. */
  readonly previousOnly: readonly PreviousOnlySensation[];
  /** Places on the body map, most episodes first (ties in body-map order); an episode counts once per place. */
  readonly regions: readonly RegionCount[];
  readonly exercise: ExerciseRelation;
  /** Most serious first (triage level, then vocabulary order). */
  readonly warningSigns: readonly WarningSignSummary[];
  /** What helped: most episodes first, ties in vocabulary order; reliefs never reported are left out. */
  readonly reliefs: readonly ReliefCount[];
}

export interface ReportTotals {
  /** Days in the range, both ends included. */
  readonly days: number;
  readonly sessions: number;
  readonly episodes: number;
  readonly daysWithEpisodes: number;
  /**
   * Workouts and symptoms in the range that are the app's removable sample data, not the person's:
   * the screen should say so before anything is given to a doctor.
   */
  readonly sampleEntries: number;
}

export interface ComparisonPeriod extends ReportRange {
  readonly sessions: number;
  readonly episodes: number;
  /** Its first local day with a workout or symptom: a journal begun part-way through compares less. */
  readonly firstDay: string | null;
}

export interface SensationSummary {
  /** A SENSATIONS id, or the person's own words. */
  readonly sensation: string;
  readonly episodes: number;
  /** Median severity (0–10); the mean of the middle two for an even count, so it may end in .5. */
  readonly medianSeverity: number;
  readonly worstSeverity: number;
  readonly previousEpisodes: number;
  /** null when there were none. */
  readonly previousMedianSeverity: number | null;
  /** See `trendDirection`. */
  readonly trend: TrendDirection;
}

export interface PreviousOnlySensation {
  readonly sensation: string;
  readonly previousEpisodes: number;
  readonly previousMedianSeverity: number;
}

/** A Trends activity row of a real activity (the "not linked" row is `unlinkedEpisodes`). */
export type ReportActivityRow = ActivityRow & { readonly activity: string };

export interface ExerciseRelation {
  /** Episodes linked to a workout among the rows given (one before the range counts too). */
  readonly linkedEpisodes: number;
  /** Not linked, or linked to a workout that no longer exists. */
  readonly unlinkedEpisodes: number;
  /** linkedEpisodes / episodes as a whole percent; null without episodes. */
  readonly linkedPercent: number | null;
  /**
   * Per activity: workouts in the range, episodes linked to a workout of it, and episodes per
   * workout (2 decimals; null without workouts in the range). Most episodes first, then most
   * workouts, then by id. Activities with workouts but no episodes are listed too: "swam 12 times,
   * nothing followed" is worth the doctor's eye.
   */
  readonly activities: readonly ReportActivityRow[];
  /** Episodes per onset kind, always all six in REPORT_ONSET_KINDS order (zeros included). */
  readonly onset: readonly OnsetKindCount[];
  readonly delay: OnsetDelay;
}

export interface OnsetKindCount {
  readonly kind: ReportOnsetKind;
  readonly episodes: number;
}

/** The typical time from the end of the workout to the symptom (see `onsetDelayMinutes`). */
export interface OnsetDelay {
  /** The median, rounded to whole minutes; null when no episode has a delay. */
  readonly medianMinutes: number | null;
  /** The episodes the median was taken over. */
  readonly episodes: number;
}

export interface WarningSignSummary {
  readonly sign: WarningSign;
  /**
   * How serious triage finds the sign with what was logged with it (dizziness with numbness is
   * "urgent", without it "see a doctor"): the most serious of its episodes.
   */
  readonly level: TriageLevel;
  readonly episodes: number;
  /** The local days it was logged on, oldest first, each once. */
  readonly days: readonly string[];
}

export interface ReliefCount {
  readonly relief: Relief;
  readonly episodes: number;
}

/**
 * Whether a sensation came more or less often than in the previous period of the same length.
 *
 * - 'none-before': the previous period holds no workout and no symptom at all, so there is nothing
 *   to compare with (the journal is newer than that, or was not used then).
 * - 'new': the previous period has entries, but none of this sensation.
 * - 'more' / 'fewer': the counts differ by at least TREND_MIN_DIFFERENCE (3) episodes AND by at
 *   least TREND_MIN_SHARE (a quarter) of the larger count. So 1 → 3 is 'same' (too few to tell),
 *   2 → 5 is 'more', 40 → 50 is 'same' (within a quarter), 40 → 55 is 'more', 3 → 0 is 'fewer'.
 * - 'same': otherwise.
 */
export function trendDirection(
  episodes: number,
  previousEpisodes: number,
  previousHasEntries: boolean,
): TrendDirection {
  if (!previousHasEntries) return 'none-before';
  if (previousEpisodes === 0) return episodes > 0 ? 'new' : 'same';
  const difference = Math.abs(episodes - previousEpisodes);
  const clear =
    difference >= TREND_MIN_DIFFERENCE && difference >= TREND_MIN_SHARE * Math.max(episodes, previousEpisodes);
  if (!clear) return 'same';
  return episodes > previousEpisodes ? 'more' : 'fewer';
}

/**
 * Minutes from the end of the workout to the symptom's onset, or null when it has none:
 * - during, right after: 0 (it had begun by the time the workout ended; the onset counts keep the
 *   two apart);
 * - after N minutes: N;
 * - next day: 1,440 (a day: the hour is not recorded, and Trends bins "after" delays of 24 hours and
 *   more as "next day" too);
 * - at rest: none, it is not tied to a workout; not recorded: none.
 */
export function onsetDelayMinutes(onset: Onset | null): number | null {
  if (onset === null) return null;
  switch (onset.kind) {
    case 'during':
    case 'right-after':
      return 0;
    case 'after':
      return onset.afterMinutes;
    case 'next-day':
      return NEXT_DAY_DELAY_MINUTES;
    case 'at-rest':
      return null;
  }
}

export interface SummaryInput {
  /** The range as `aggregateTrends` read it (`charts.range`). */
  readonly range: TrendSpan;
  readonly previous: ReportRange;
  /** Every row given, dated; those outside both periods are skipped. */
  readonly sessions: readonly Dated<ExerciseSession>[];
  readonly symptoms: readonly Dated<SymptomEntry>[];
  /** `aggregateTrends` for the range over the same rows. */
  readonly charts: TrendData;
  /** For triage, which reads the time only when an entry has none. */
  readonly now: Date;
}

/** Linear in the rows given; sorting touches only the distinct labels, reliefs and signs. */
export function buildReportSummary(input: SummaryInput): ReportSummary {
  const { range, previous, charts } = input;
  const inRange = (day: string) => day >= range.fromDay && day <= range.toDay;
  const inPrevious = (day: string) => day >= previous.fromDay && day <= previous.toDay;

  let sampleEntries = 0;
  const comparison: { sessions: number; episodes: number; firstDay: string | null } = {
    sessions: 0,
    episodes: 0,
    firstDay: null,
  };
  const notePrevious = (day: string) => {
    if (comparison.firstDay === null || day < comparison.firstDay) comparison.firstDay = day;
  };
  for (const { entry, day } of input.sessions) {
    if (inRange(day)) {
      if (entry.source === 'sample') sampleEntries++;
    } else if (inPrevious(day)) {
      comparison.sessions++;
      notePrevious(day);
    }
  }

  const sensations = new Map<string, { now: Tally; before: Tally }>();
  const onsetCounts = new Map<ReportOnsetKind, number>(REPORT_ONSET_KINDS.map((kind) => [kind, 0]));
  const delays = new Tally();
  const signs = new Map<WarningSign, SignTally>();
  const reliefs = new Map<Relief, number>();

  for (const { entry, day } of input.symptoms) {
    const current = inRange(day);
    if (!current && !inPrevious(day)) continue;
    for (const sensation of new Set(entry.sensations)) {
      let tallies = sensations.get(sensation);
      if (tallies === undefined) {
        tallies = { now: new Tally(), before: new Tally() };
        sensations.set(sensation, tallies);
      }
      (current ? tallies.now : tallies.before).add(entry.severity);
    }
    if (!current) {
      comparison.episodes++;
      notePrevious(day);
      continue;
    }

    if (entry.source === 'sample') sampleEntries++;
    const kind: ReportOnsetKind = entry.onset?.kind ?? 'not-recorded';
    onsetCounts.set(kind, (onsetCounts.get(kind) ?? 0) + 1);
    const delay = onsetDelayMinutes(entry.onset);
    if (delay !== null) delays.add(delay);
    for (const relief of new Set(entry.helped)) reliefs.set(relief, (reliefs.get(relief) ?? 0) + 1);
    tallySigns(signs, entry, day, input.now);
  }

  const previousHasEntries = comparison.sessions > 0 || comparison.episodes > 0;
  const sensationRows: SensationSummary[] = [];
  const previousOnly: PreviousOnlySensation[] = [];
  for (const [sensation, { now, before }] of sensations) {
    const median = now.median();
    const previousMedianSeverity = before.median();
    if (median === null) {
      // Always true here (the label was seen in one of the two periods); the test tells the compiler.
      if (previousMedianSeverity !== null) {
        previousOnly.push({ sensation, previousEpisodes: before.count, previousMedianSeverity });
      }
      continue;
    }
    sensationRows.push({
      sensation,
      episodes: now.count,
      medianSeverity: median,
      worstSeverity: now.max,
      previousEpisodes: before.count,
      previousMedianSeverity,
      trend: trendDirection(now.count, before.count, previousHasEntries),
    });
  }
  sensationRows.sort((a, b) => b.episodes - a.episodes || compareSensations(a.sensation, b.sensation));
  previousOnly.sort((a, b) => b.previousEpisodes - a.previousEpisodes || compareSensations(a.sensation, b.sensation));

  const activities = charts.byActivity.filter((row): row is ReportActivityRow => row.activity !== null);
  const linkedEpisodes = activities.reduce((sum, row) => sum + row.episodes, 0);
  const episodes = charts.totals.episodes;

  return {
    totals: {
      days: range.days,
      sessions: charts.totals.sessions,
      episodes,
      daysWithEpisodes: charts.totals.daysWithEpisodes,
      sampleEntries,
    },
    comparison: { ...previous, ...comparison },
    sensations: sensationRows,
    previousOnly,
    regions: charts.regions,
    exercise: {
      linkedEpisodes,
      unlinkedEpisodes: episodes - linkedEpisodes,
      linkedPercent: episodes > 0 ? Math.round((linkedEpisodes / episodes) * 100) : null,
      activities,
      onset: REPORT_ONSET_KINDS.map((kind) => ({ kind, episodes: onsetCounts.get(kind) ?? 0 })),
      delay: { medianMinutes: roundOrNull(delays.median()), episodes: delays.count },
    },
    warningSigns: [...signs]
      .sort(
        ([a, left], [b, right]) =>
          levelRank(left.level) - levelRank(right.level) || WARNING_SIGNS.indexOf(a) - WARNING_SIGNS.indexOf(b),
      )
      .map(([sign, { level, episodes: count, days }]) => ({
        sign,
        level,
        episodes: count,
        days: [...days].sort(compareText),
      })),
    reliefs: [...reliefs]
      .sort(([a, left], [b, right]) => right - left || RELIEFS.indexOf(a) - RELIEFS.indexOf(b))
      .map(([relief, count]) => ({ relief, episodes: count })),
  };
}

interface SignTally {
  level: TriageLevel;
  episodes: number;
  readonly days: Set<string>;
}

function levelRank(level: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(level);
}

/**
 * Each warning sign of an episode with the level triage gives it there. Triage is asked about the
 * episode's sensations and places with and without the sign; the most serious reason the sign adds
 * is its level. When it adds none (the same reason already follows from the sensations, as for
 * muscle weakness logged with twitching and weakness), the sign's own level in the triage table.
 */
function tallySigns(signs: Map<WarningSign, SignTally>, entry: SymptomEntry, day: string, now: Date): void {
  if (entry.warningSigns.length === 0) return;
  const context = { sensations: entry.sensations, locations: entry.locations };
  const without = new Set(triage(context, [], now).reasons.map((reason) => reason.code));
  for (const sign of new Set(entry.warningSigns)) {
    // Reasons come most serious first, so the first one the sign adds is its level.
    const added = triage({ ...context, warningSigns: [sign] }, [], now).reasons.find(
      (reason) => !without.has(reason.code),
    );
    const level = added?.level ?? TRIAGE_REASONS[sign].level;
    const tally = signs.get(sign);
    if (tally === undefined) signs.set(sign, { level, episodes: 1, days: new Set([day]) });
    else {
      if (levelRank(level) < levelRank(tally.level)) tally.level = level;
      tally.episodes++;
      tally.days.add(day);
    }
  }
}

const SENSATION_RANK = new Map<string, number>(SENSATIONS.map((sensation, index) => [sensation, index]));

/** Vocabulary order first, then the person's own words in code-unit order. */
function compareSensations(a: string, b: string): number {
  const rankA = SENSATION_RANK.get(a) ?? SENSATIONS.length;
  const rankB = SENSATION_RANK.get(b) ?? SENSATIONS.length;
  return rankA - rankB || compareText(a, b);
}

function roundOrNull(value: number | null): number | null {
  return value === null ? null : Math.round(value);
}

/**
 * Whole numbers counted by value, for medians in time linear in the values: sorting touches only
 * the distinct values (11 severities; at most a week of minutes).
 */
class Tally {
  private readonly counts = new Map<number, number>();
  count = 0;
  max = -Infinity;

  add(value: number): void {
    this.counts.set(value, (this.counts.get(value) ?? 0) + 1);
    this.count++;
    if (value > this.max) this.max = value;
  }

  /** The middle value; the mean of the middle two for an even count; null when empty. */
  median(): number | null {
    const lowIndex = Math.floor((this.count - 1) / 2);
    const highIndex = Math.floor(this.count / 2);
    let seen = 0;
    let low: number | null = null;
    for (const value of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(value) ?? 0;
      if (low === null && seen > lowIndex) low = value;
      if (seen > highIndex) return ((low ?? value) + value) / 2;
    }
    return null; // empty
  }
}
