import type { SessionFactors } from '../domain/records';
import type { TrendSession, TrendSymptom } from './trend-rows';
import { ACTIVITIES } from '../domain/vocabulary';
import type { FactorTag } from '../guidance/types';

/**
 * Insights: for each factor the articles name, and for each activity, how often symptoms follow a
 * session with it against a session without it, in three lag windows after the session. These are
 * counts and rates from the person's own log and nothing more; the UI words them ("numbness
 * followed 6 of 8 sessions with long holds, and 1 of 12 without") and never claims a cause.
 *
 * Rules:
 * - A session ENDS at `startedAt + durationMinutes`. A symptom FOLLOWS a session in a window when
 *   `notedAt − end` lies in `[fromHours, toHours)`; so a symptom exactly 6 h after the end belongs
 *   to 6–24 h, not 0–6 h. A symptom noted during the session (from `startedAt` on) counts for 0–6 h.
 * - Whether the symptom is linked to the session (`sessionId`) does not matter: people don't always
 *   link. A symptom that lies in the windows of several (e.g. overlapping) sessions follows each of
 *   them. A symptom noted before every session, or far from any, follows nothing and is harmless.
 * - A session IS FOLLOWED in a window when at least one symptom follows it there; several symptoms
 *   in the same window still make it one followed session. Rate = followed sessions / sessions.
 * - `options.sensation` restricts the symptoms that count to those whose `sensations` list holds
 *   exactly that label; without it, every symptom counts.
 * - Subjects: every factor in `INSIGHT_FACTORS` (a session "has" it per `factorExposure`, in the
 *   articles' direction of risk), and every activity in the sessions (that activity vs all others).
 *   A session whose factor is NOT RECORDED (null) is on neither side: never counted as "without".
 * - An insight is shown only when both sides hold at least `MIN_SESSIONS_EACH_SIDE` sessions;
 *   otherwise it is listed in `notEnoughData` with the two session counts, so the UI can say why.
 * - Shown insights are sorted by `difference` (rate with − rate without), largest first; equal
 *   differences keep their natural order: factors in `INSIGHT_FACTORS` order, then activities, and
 *   within a subject the windows in `LAG_WINDOWS` order.
 * - Sessions or symptoms whose timestamps cannot be read are ignored.
 *
 * Pure: no clock, no DOM. Symptom times are parsed and sorted once; each session window is then two
 * binary searches, so the whole computation is O((sessions + symptoms) log symptoms).
 */

export const LAG_WINDOWS = [
  { id: '0-6h', fromHours: 0, toHours: 6 },
  { id: '6-24h', fromHours: 6, toHours: 24 },
  { id: '24-72h', fromHours: 24, toHours: 72 },
] as const;
export type LagWindowId = (typeof LAG_WINDOWS)[number]['id'];

export const MIN_SESSIONS_EACH_SIDE = 3;

/** A hold at least this long (minutes) is a "long hold" (`held-positions`). */
export const LONG_HOLD_MINUTES = 2;
/** At least this many hours of sitting that day is "long sitting" (`sitting`). */
export const LONG_SITTING_HOURS = 6;
/** Less than this much water (ml) is "little water" (`water`). */
export const LOW_WATER_ML = 500;

/** The factor tags a session records; the other FACTOR_TAGS (sleep posture, rest days, massage) are not per session. */
export const INSIGHT_FACTORS = [
  'held-positions',
  'repeated-movements',
  'warm-up',
  'stretching',
  'water',
  'electrolytes',
  'tight-clothing',
  'cold',
  'grip-trainer',
  'sitting',
] as const satisfies readonly FactorTag[];
export type InsightFactor = (typeof INSIGHT_FACTORS)[number];

/**
 * Whether a session is on the "with" side (true) or the "without" side (false) of a factor, or on
 * neither (null: not recorded). "With" is the side the articles name as the risk:
 * - held-positions: longest hold ≥ LONG_HOLD_MINUTES, against a recorded shorter hold;
 * - warm-up, stretching: SKIPPED (false), against done (true);
 * - electrolytes: NOT replaced (false), against replaced (true);
 * - water: less than LOW_WATER_ML, against at least that;
 * - sitting: at least LONG_SITTING_HOURS, against fewer;
 * - repeated-movements, tight-clothing, cold, grip-trainer: yes (true), against no (false).
 */
export function factorExposure(factor: InsightFactor, factors: SessionFactors): boolean | null {
  switch (factor) {
    case 'held-positions':
      return atLeast(factors.longestHoldMinutes, LONG_HOLD_MINUTES);
    case 'repeated-movements':
      return factors.repeatedMovements;
    case 'warm-up':
      return negate(factors.warmUp);
    case 'stretching':
      return negate(factors.stretching);
    case 'water':
      return factors.waterMl === null ? null : factors.waterMl < LOW_WATER_ML;
    case 'electrolytes':
      return negate(factors.electrolytes);
    case 'tight-clothing':
      return factors.tightClothing;
    case 'cold':
      return factors.cold;
    case 'grip-trainer':
      return factors.gripTrainer;
    case 'sitting':
      return atLeast(factors.sittingHours, LONG_SITTING_HOURS);
  }
}

function atLeast(value: number | null, threshold: number): boolean | null {
  return value === null ? null : value >= threshold;
}

function negate(value: boolean | null): boolean | null {
  return value === null ? null : !value;
}

/** What is compared: sessions with a factor against without it, or one activity against all others. */
export type InsightSubject =
  | { readonly kind: 'factor'; readonly factor: InsightFactor }
  | { readonly kind: 'activity'; readonly activity: string };

/** `followed` of `total` sessions had at least one symptom follow them in the window. */
export interface FollowCounts {
  readonly followed: number;
  readonly total: number;
}

export interface Insight {
  readonly subject: InsightSubject;
  readonly window: LagWindowId;
  /** The sensation counted, or null when every symptom counted. */
  readonly sensation: string | null;
  readonly with: FollowCounts;
  readonly without: FollowCounts;
  /** with.followed / with.total. */
  readonly rateWith: number;
  /** without.followed / without.total. */
  readonly rateWithout: number;
  /** rateWith − rateWithout; negative when symptoms followed the "without" side more often. */
  readonly difference: number;
}

/** A subject × window hidden because a side has fewer than MIN_SESSIONS_EACH_SIDE sessions. */
export interface NotEnoughData {
  readonly subject: InsightSubject;
  readonly window: LagWindowId;
  readonly sensation: string | null;
  /** Sessions on the "with" side. */
  readonly withSessions: number;
  /** Sessions on the "without" side (those with the factor not recorded are on neither side). */
  readonly withoutSessions: number;
}

export interface InsightSet {
  readonly sensation: string | null;
  /** Shown insights, largest difference first. */
  readonly insights: readonly Insight[];
  readonly notEnoughData: readonly NotEnoughData[];
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
const WINDOW_COUNT = LAG_WINDOWS.length;

/** The digits of `text` from `at`, `length` long, as a number; -1 when one is not a digit. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Milliseconds of a UTC instant. The stored form (`2026-03-29T09:15:00.000Z`) is read by hand,
 * several times faster than Date.parse over tens of thousands of rows; any other form, and years
 * before 100 (which Date.UTC would move to the 1900s), goes to Date.parse. NaN when unreadable.
 */
function instantOf(text: string): number {
  if (text.length === 24 && text[4] === '-' && text[7] === '-' && text[10] === 'T' && text[13] === ':') {
    if (text[16] === ':' && text[19] === '.' && text[23] === 'Z') {
      const year = digits(text, 0, 4);
      const month = digits(text, 5, 2);
      const day = digits(text, 8, 2);
      const hour = digits(text, 11, 2);
      const minute = digits(text, 14, 2);
      const second = digits(text, 17, 2);
      const ms = digits(text, 20, 3);
      const fits = month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour >= 0 && hour <= 23;
      if (fits && year >= 100 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && ms >= 0) {
        return Date.UTC(year, month - 1, day, hour, minute, second, ms);
      }
    }
  }
  return Date.parse(text);
}

/** The first index in `sorted` whose value is ≥ `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** True when some time in `sorted` lies in [from, to). */
function anyIn(sorted: Float64Array, from: number, to: number): boolean {
  if (!(to > from)) return false;
  return lowerBound(sorted, to) > lowerBound(sorted, from);
}

/** The activities to compare: known ones in vocabulary order, then the person's own labels sorted. */
function activitiesOf(sessions: readonly TrendSession[]): string[] {
  const present = new Set<string>();
  for (const session of sessions) present.add(session.activity);
  const known = ACTIVITIES.filter((activity) => present.has(activity));
  const knownSet = new Set<string>(known);
  const custom = [...present].filter((activity) => !knownSet.has(activity)).sort();
  return [...known, ...custom];
}

export function computeInsights(
  sessions: readonly TrendSession[],
  symptoms: readonly TrendSymptom[],
  options: { readonly sensation?: string | undefined } = {},
): InsightSet {
  const sensation = options.sensation ?? null;

  // Symptom times that count, sorted once.
  const times: number[] = [];
  for (const symptom of symptoms) {
    if (sensation !== null && !symptom.sensations.includes(sensation)) continue;
    const time = instantOf(symptom.notedAt);
    if (Number.isFinite(time)) times.push(time);
  }
  const sortedTimes = Float64Array.from(times).sort();

  // Per readable session, a bit per window: was it followed there?
  const counted: TrendSession[] = [];
  const followedBits: number[] = [];
  for (const session of sessions) {
    const start = instantOf(session.startedAt);
    const end = start + session.durationMinutes * MINUTE_MS;
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    let bits = 0;
    LAG_WINDOWS.forEach((window, w) => {
      // Symptoms noted during the session belong to the first window.
      const from = w === 0 ? start : end + window.fromHours * HOUR_MS;
      if (anyIn(sortedTimes, from, end + window.toHours * HOUR_MS)) bits |= 1 << w;
    });
    counted.push(session);
    followedBits.push(bits);
  }

  const subjects: { readonly subject: InsightSubject; readonly side: (s: TrendSession) => boolean | null }[] = [
    ...INSIGHT_FACTORS.map((factor) => ({
      subject: { kind: 'factor', factor } as const,
      side: (s: TrendSession) => factorExposure(factor, s.factors),
    })),
    ...activitiesOf(counted).map((activity) => ({
      subject: { kind: 'activity', activity } as const,
      side: (s: TrendSession) => s.activity === activity,
    })),
  ];

  const insights: Insight[] = [];
  const notEnoughData: NotEnoughData[] = [];
  const withFollowed = new Array<number>(WINDOW_COUNT);
  const withoutFollowed = new Array<number>(WINDOW_COUNT);
  for (const { subject, side } of subjects) {
    withFollowed.fill(0);
    withoutFollowed.fill(0);
    let withTotal = 0;
    let withoutTotal = 0;
    counted.forEach((session, i) => {
      const exposed = side(session);
      if (exposed === null) return;
      const bits = followedBits[i] as number;
      const into = exposed ? withFollowed : withoutFollowed;
      if (exposed) withTotal += 1;
      else withoutTotal += 1;
      for (let w = 0; w < WINDOW_COUNT; w++) if (bits & (1 << w)) into[w] = (into[w] as number) + 1;
    });
    const enough = withTotal >= MIN_SESSIONS_EACH_SIDE && withoutTotal >= MIN_SESSIONS_EACH_SIDE;
    LAG_WINDOWS.forEach((window, w) => {
      if (!enough) {
        notEnoughData.push({
          subject,
          window: window.id,
          sensation,
          withSessions: withTotal,
          withoutSessions: withoutTotal,
        });
        return;
      }
      const withCounts = { followed: withFollowed[w] as number, total: withTotal };
      const withoutCounts = { followed: withoutFollowed[w] as number, total: withoutTotal };
      const rateWith = withCounts.followed / withCounts.total;
      const rateWithout = withoutCounts.followed / withoutCounts.total;
      insights.push({
        subject,
        window: window.id,
        sensation,
        with: withCounts,
        without: withoutCounts,
        rateWith,
        rateWithout,
        difference: rateWith - rateWithout,
      });
    });
  }

  // Array.prototype.sort is stable, so equal differences keep the natural order.
  insights.sort((a, b) => b.difference - a.difference);
  return { sensation, insights, notEnoughData };
}
