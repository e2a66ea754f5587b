import { MAP_LOCATIONS, normaliseLocations, type MapLocation } from '../domain/body-locations';
import type { BodyLocation } from '../domain/records';
import type { TrendSession, TrendSymptom } from './trend-rows';
import { BODY_REGIONS, BODY_SIDES } from '../domain/vocabulary';

/**
 * Trends: everything the Trends screen charts, aggregated from the journal by a pure function (no
 * clock, no DOM), so it can run in a Web Worker. Charts get buckets, never samples: every count in
 * the result adds up to the entries it was made from, and no series holds more than
 * `MAX_SERIES_POINTS` points.
 *
 * Rules:
 * - DAYS. Every entry lives on its own local day: its UTC instant shifted by its own
 *   `utcOffsetMinutes` (as `localDayOf`), never by the zone the app runs in. An entry at 23:30 in
 *   Berlin stays on that Berlin day across a clock change; one logged at +07:00 on a trip stays on
 *   the Jakarta day. A session is in the range by its start day, an episode by its own day.
 * - RANGE. `fromDay`..`toDay`, inclusive. An empty bound ('') means "from the first / up to the last
 *   day with data" (data after the other filters); with no data at all such a range is `null` and
 *   every series is empty. A malformed bound counts as ''; bounds given the wrong way round are
 *   swapped. A range longer than `MAX_SERIES_POINTS` months (only a mistyped year makes one) keeps
 *   the last `MAX_SERIES_POINTS` months up to `toDay` and says so in `range.clamped`.
 * - EPISODES. An episode is one symptom entry in the range that passes the filters: `sensation`
 *   (its `sensations` list holds exactly that label), `region` (one of its locations has that
 *   region, any side) and `activity` (it is linked to a session of that activity, whatever day that
 *   session was). Every chart counts the same episodes, so they always agree with `totals`.
 * - SESSIONS. Sessions in the range, narrowed only by `activity`: sensation and region narrow
 *   symptoms, never workouts, so "episodes per session" keeps its denominator.
 * - LINKS. An episode belongs to the session its `sessionId` names; an id that names no session
 *   given (deleted) counts as not linked. Near the range's edges an episode may be linked to a
 *   session just outside it: it still counts for that session's activity (and an activity filter).
 * - Entries whose timestamp cannot be read are ignored.
 * - Means are rounded to 2 decimals; severities are the stored whole numbers.
 *
 * Cost: O(sessions + symptoms + days in range). What each record contributes (its local day, links,
 * sensations, places) is read once per array of records and remembered for that array (see
 * "Preparation" below), so a range or filter change over the same arrays only scans typed columns.
 * Inputs are treated as immutable: pass new arrays when the journal changes.
 */

/** No series ever holds more points than this. */
export const MAX_SERIES_POINTS = 1000;
/** Day buckets up to this many days (a year, with room for a leap year and a little more). */
export const MAX_DAY_BUCKETS = 370;
/** Week buckets up to this many weeks (about seven years); month buckets beyond. */
export const MAX_WEEK_BUCKETS = 370;
/** The calendar has a cell per day up to this many days, then per week (per month over 1,000 weeks). */
export const MAX_CALENDAR_DAYS = 400;
/** How many sensations the severity chart draws at most. */
export const MAX_SEVERITY_SENSATIONS = 4;
/** Day buckets: the rolling line looks back this many calendar days, today included. */
export const ROLLING_DAYS = 7;
/** Week and month buckets: the rolling line looks back this many buckets, this one included. */
export const ROLLING_BUCKETS = 4;
/**
 * With more sessions with an intensity than this, the dose chart gets bins instead of points. A
 * few months of daily training is past it: by then a band's mean says more than a cloud of dots,
 * and hundreds of points were the slowest part of drawing the Trends screen.
 */
export const MAX_DOSE_POINTS = 250;
/** The dose chart has at most this many equal-width bins. */
export const MAX_DOSE_BINS = 50;

export interface TrendFilter {
  /** Inclusive local days, `YYYY-MM-DD`; '' for open-ended. */
  readonly fromDay: string;
  readonly toDay: string;
  /** '' = any. */
  readonly sensation: string;
  /** A body region id ('calf'), any side; '' = any. */
  readonly region: string;
  /** An activity id; '' = any. */
  readonly activity: string;
}

export type TrendBucket = 'day' | 'week' | 'month';

/**
 * What the Trends screen draws. Bucket keys (`bucket` fields) are always the local day a bucket
 * starts on, `YYYY-MM-DD`: the day itself, the Monday of its ISO week, or the 1st of its month. So
 * the first and last week or month may start before `fromDay` or end after `toDay` (partial).
 */
export interface TrendData {
  /** The days aggregated; null only when a bound was open and nothing matched. */
  readonly range: TrendSpan | null;
  /** Day up to 370 days, week up to 370 weeks (about 7 years), month beyond. */
  readonly bucket: TrendBucket;
  readonly severity: SeveritySeries;
  readonly weekly: EpisodeCounts;
  /** Activities by episodes (most first; ties by sessions, then name), then the not-linked row. */
  readonly byActivity: readonly ActivityRow[];
  /** Places with at least one episode, most first (ties in body-map order). */
  readonly regions: readonly RegionCount[];
  readonly calendar: CalendarData;
  /** Always all eight bins, in `ONSET_BINS` order. */
  readonly onset: readonly OnsetCount[];
  readonly dose: DoseData;
  readonly totals: TrendTotals;
  /** "Is it getting better?": the first third of the range against the last; null without a range. */
  readonly summary: TrendSummary | null;
}

export interface TrendSpan {
  readonly fromDay: string;
  readonly toDay: string;
  /** Days in the range, both ends included. */
  readonly days: number;
  /** True when a range over MAX_SERIES_POINTS months was cut to its last MAX_SERIES_POINTS months. */
  readonly clamped: boolean;
}

/**
 * Severity over time, one row per bucket of the range (dense: a bucket without data is there with
 * nulls), or no rows when no sensation is shown. `worst[i]` and `rolling[i]` belong to `sensations[i]`.
 *
 * - worst: the highest severity of that sensation's episodes in the bucket; null when none.
 * - rolling, day buckets: the mean of the daily worsts of the last 7 calendar days (this day and the
 *   6 before it, within the range) that have data; days without data are skipped, not counted as 0;
 *   null when none of the 7 has data. So on sparse data the line holds each value for a week, then stops.
 * - rolling, week/month buckets: the same over this bucket and the 3 before it (4 buckets).
 */
export interface SeveritySeries {
  /** The filtered sensation, or the (at most 4) with most episodes in range; ties by name. */
  readonly sensations: readonly string[];
  /** Episodes per sensation, aligned with `sensations`. */
  readonly episodes: readonly number[];
  /** What the rolling line spans: 7 days for day buckets, 4 buckets otherwise. */
  readonly rolling: { readonly unit: 'day' | 'bucket'; readonly size: number };
  readonly points: readonly SeverityPoint[];
}

export interface SeverityPoint {
  readonly bucket: string;
  readonly worst: readonly (number | null)[];
  readonly rolling: readonly (number | null)[];
}

/** Episodes per ISO week, or per calendar month when `bucket` is 'month'; dense (zeros included). */
export interface EpisodeCounts {
  readonly unit: 'week' | 'month';
  readonly points: readonly { readonly bucket: string; readonly episodes: number }[];
}

export interface ActivityRow {
  /** null: the episodes linked to no session (present only when there are some). */
  readonly activity: string | null;
  /** Sessions of the activity in range; 0 for the not-linked row. */
  readonly sessions: number;
  readonly episodes: number;
  /** episodes / sessions, 2 decimals; null without sessions. */
  readonly episodesPerSession: number | null;
}

/** A place as the body map offers it (`normaliseLocations`); an episode counts once per place. */
export type RegionCount = MapLocation & { readonly episodes: number };

/**
 * The heatmap: a cell per local day when the range has at most 400 days, else per ISO week, else
 * (over 1,000 weeks) per month. Only cells with episodes are listed, oldest first; the bounds let
 * the UI lay out the empty ones.
 */
export interface CalendarData {
  readonly unit: 'day' | 'week' | 'month';
  readonly fromDay: string | null;
  readonly toDay: string | null;
  readonly cells: readonly { readonly bucket: string; readonly episodes: number; readonly worst: number }[];
}

/**
 * Onset bins. 'after' entries go by `afterMinutes`: under 60 → 'under-1h', 60–359 → '1-6h',
 * 360–1439 → '6-24h', 1440 or more → 'next-day' (with the 'next-day' kind). No onset → 'not-recorded'.
 */
export const ONSET_BINS = [
  'during',
  'right-after',
  'under-1h',
  '1-6h',
  '6-24h',
  'next-day',
  'at-rest',
  'not-recorded',
] as const;
export type OnsetBin = (typeof ONSET_BINS)[number];

export interface OnsetCount {
  readonly bin: OnsetBin;
  readonly episodes: number;
}

/**
 * Session dose (durationMinutes × intensity, RPE) against the worst severity of the session's
 * episodes (0 when it has none). Sessions without an intensity are left out and counted.
 * Up to 250 sessions: a point each ('sessions', by dose, then by day, then in input order, so the
 * order rows were read in doesn't show). More: equal-width
 * bins ('bins', at most 50, from a multiple of `binWidth`, dense, `to` exclusive); their
 * `sessions` add up to `withIntensity`.
 */
export type DoseData =
  | {
      readonly mode: 'sessions';
      readonly withIntensity: number;
      readonly withoutIntensity: number;
      readonly points: readonly DosePoint[];
    }
  | {
      readonly mode: 'bins';
      readonly withIntensity: number;
      readonly withoutIntensity: number;
      readonly binWidth: number;
      readonly bins: readonly DoseBin[];
    };

export interface DosePoint {
  readonly day: string;
  readonly activity: string;
  readonly dose: number;
  /** 0 when the session has no episodes (or only severity-0 ones: see `episodes`). */
  readonly worst: number;
  readonly episodes: number;
}

export interface DoseBin {
  /** Dose range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly sessions: number;
  /** Sessions in the bin with at least one episode. */
  readonly sessionsWithEpisodes: number;
  /** Mean of the sessions' worst severities (0 for none), 2 decimals; null for an empty bin. */
  readonly meanWorst: number | null;
  readonly maxWorst: number | null;
}

export interface TrendTotals {
  readonly sessions: number;
  readonly episodes: number;
  readonly daysWithEpisodes: number;
  /** The first and last local day in range with a session or an episode; null when none. */
  readonly firstDay: string | null;
  readonly lastDay: string | null;
}

/**
 * The range's first and last thirds (each ceil(days / 3) days long, so equal; they overlap only in
 * ranges under 3 days). Compare `meanSeverity` and `episodes` to say whether it is getting better.
 */
export interface TrendSummary {
  readonly firstThird: ThirdSummary;
  readonly lastThird: ThirdSummary;
  /** lastThird.meanSeverity − firstThird.meanSeverity (negative: milder); null if either has none. */
  readonly severityChange: number | null;
  /** lastThird.episodes − firstThird.episodes (negative: fewer). */
  readonly episodeChange: number;
}

export interface ThirdSummary {
  readonly fromDay: string;
  readonly toDay: string;
  readonly episodes: number;
  /** Mean severity of its episodes, 2 decimals; null when none. */
  readonly meanSeverity: number | null;
  readonly worst: number | null;
}

// ---------------------------------------------------------------------------------------------

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

export function aggregateTrends(
  sessions: readonly TrendSession[],
  symptoms: readonly TrendSymptom[],
  filter: TrendFilter,
): TrendData {
  let fromBound = parseDay(filter.fromDay);
  let toBound = parseDay(filter.toDay);
  if (fromBound !== null && toBound !== null && fromBound > toBound) [fromBound, toBound] = [toBound, fromBound];
  const lowest = fromBound ?? -Infinity;
  const highest = toBound ?? Infinity;

  const sessionCols = prepareSessions(sessions);
  const symptomCols = prepareSymptoms(symptoms, sessionCols);
  const activityId = filter.activity === '' ? -1 : (sessionCols.activities.find(filter.activity) ?? -2);
  const sensationId = filter.sensation === '' ? -1 : (symptomCols.sensationNames.find(filter.sensation) ?? -2);
  const placeInRegion = Uint8Array.from(MAP_LOCATIONS, (place) => (place.region === filter.region ? 1 : 0));

  // Pass 1: the filters, over the prepared columns.
  const keptSessions: number[] = [];
  let dataFirst = Infinity;
  let dataLast = -Infinity;
  for (let i = 0; i < sessionCols.count; i++) {
    const day = sessionCols.day[i] as number;
    if (!(day >= lowest && day <= highest)) continue; // NaN (unreadable) fails too
    if (activityId !== -1 && sessionCols.activity[i] !== activityId) continue;
    keptSessions.push(i);
    if (day < dataFirst) dataFirst = day;
    if (day > dataLast) dataLast = day;
  }
  const kept = new Int32Array(symptomCols.count);
  let keptCount = 0;
  for (let k = 0; k < symptomCols.count; k++) {
    const day = symptomCols.day[k] as number;
    if (!(day >= lowest && day <= highest)) continue;
    if (sensationId !== -1 && !holds(symptomCols.sensations, symptomCols.sensationsEnd, k, sensationId)) continue;
    if (filter.region !== '' && !holdsAny(symptomCols.places, symptomCols.placesEnd, k, placeInRegion)) continue;
    if (activityId !== -1) {
      const linked = symptomCols.session[k] as number;
      if (linked < 0 || sessionCols.activity[linked] !== activityId) continue;
    }
    kept[keptCount++] = k;
    if (day < dataFirst) dataFirst = day;
    if (day > dataLast) dataLast = day;
  }

  let from = fromBound ?? (Number.isFinite(dataFirst) ? dataFirst : null);
  const to = toBound ?? (Number.isFinite(dataLast) ? dataLast : null);
  if (from === null || to === null || from > to) return emptyTrends(filter);

  let clamped = false;
  if (monthIndex(to) - monthIndex(from) + 1 > MAX_SERIES_POINTS) {
    from = monthStartDay(monthIndex(to) - MAX_SERIES_POINTS + 1);
    clamped = true;
  }
  const days = to - from + 1;

  // The bucket grids: for each day of the range, which bucket it falls in.
  const weekCount = (weekStart(to) - weekStart(from)) / 7 + 1;
  const bucket: TrendBucket = days <= MAX_DAY_BUCKETS ? 'day' : weekCount <= MAX_WEEK_BUCKETS ? 'week' : 'month';
  const grid = bucketGrid(bucket, from, to);
  const weeklyGrid = bucketGrid(bucket === 'month' ? 'month' : 'week', from, to);
  const calendarUnit = days <= MAX_CALENDAR_DAYS ? 'day' : weekCount <= MAX_SERIES_POINTS ? 'week' : 'month';
  const calendarGrid = bucketGrid(calendarUnit, from, to);

  // Pass 2 over the kept sessions. Per session: the worst severity of its episodes (0 when none;
  // -1 marks a session outside the range) and how many it has.
  const activitySessions = new Int32Array(sessionCols.activities.names.length);
  const activityEpisodes = new Int32Array(sessionCols.activities.names.length);
  const sessionWorst = new Int8Array(sessionCols.count).fill(-1);
  const sessionEpisodes = new Int32Array(sessionCols.count);
  const inRange: number[] = [];
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (const i of keptSessions) {
    const day = sessionCols.day[i] as number;
    if (day < from) continue;
    inRange.push(i);
    sessionWorst[i] = 0;
    increment(activitySessions, sessionCols.activity[i] as number);
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
  }

  // Which sensations the severity chart shows.
  const sensationCounts = new Int32Array(symptomCols.sensationNames.names.length);
  for (let n = 0; n < keptCount; n++) {
    const k = kept[n] as number;
    if ((symptomCols.day[k] as number) < from) continue;
    for (
      let j = k === 0 ? 0 : (symptomCols.sensationsEnd[k - 1] as number);
      j < (symptomCols.sensationsEnd[k] as number);
      j++
    ) {
      increment(sensationCounts, symptomCols.sensations[j] as number);
    }
  }
  const countOf = (name: string) => {
    const id = symptomCols.sensationNames.find(name);
    return id === undefined ? 0 : (sensationCounts[id] as number);
  };
  const shown =
    filter.sensation !== ''
      ? [filter.sensation]
      : symptomCols.sensationNames.names
          .filter((name) => countOf(name) > 0)
          .sort((a, b) => countOf(b) - countOf(a) || (a < b ? -1 : a > b ? 1 : 0))
          .slice(0, MAX_SEVERITY_SENSATIONS);
  const shownSlot = new Int32Array(symptomCols.sensationNames.names.length).fill(-1);
  shown.forEach((name, slot) => {
    const id = symptomCols.sensationNames.find(name);
    if (id !== undefined) shownSlot[id] = slot;
  });
  // For day buckets these are also the daily worsts the rolling line needs.
  const worstBySensation = shown.map(() => new Int8Array(grid.count).fill(-1));

  // Pass 2 over the kept episodes: every chart at once.
  const weeklyEpisodes = new Int32Array(weeklyGrid.count);
  const calendarEpisodes = new Int32Array(calendarGrid.count);
  const calendarWorst = new Int8Array(calendarGrid.count).fill(-1);
  const dayHasEpisode = new Uint8Array(days);
  const onsetCounts = new Int32Array(ONSET_BINS.length);
  const placeCounts = new Int32Array(MAP_LOCATIONS.length);
  const third = Math.ceil(days / 3);
  const firstThirdEnd = from + third - 1;
  const lastThirdStart = to - third + 1;
  const thirds = { first: newThirdTally(), last: newThirdTally() };
  let notLinked = 0;
  let episodeCount = 0;
  let daysWithEpisodes = 0;

  for (let n = 0; n < keptCount; n++) {
    const k = kept[n] as number;
    const day = symptomCols.day[k] as number;
    if (day < from) continue;
    const severity = symptomCols.severity[k] as number;
    const offset = day - from;
    episodeCount++;
    if (day < firstDay) firstDay = day;
    if (day > lastDay) lastDay = day;
    if (dayHasEpisode[offset] === 0) {
      dayHasEpisode[offset] = 1;
      daysWithEpisodes++;
    }

    const b = grid.of[offset] as number;
    for (
      let j = k === 0 ? 0 : (symptomCols.sensationsEnd[k - 1] as number);
      j < (symptomCols.sensationsEnd[k] as number);
      j++
    ) {
      const slot = shownSlot[symptomCols.sensations[j] as number] as number;
      if (slot < 0) continue;
      const worst = worstBySensation[slot] as Int8Array;
      if (severity > (worst[b] as number)) worst[b] = severity;
    }

    increment(weeklyEpisodes, weeklyGrid.of[offset] as number);
    const cell = calendarGrid.of[offset] as number;
    increment(calendarEpisodes, cell);
    if (severity > (calendarWorst[cell] as number)) calendarWorst[cell] = severity;

    increment(onsetCounts, symptomCols.onset[k] as number);

    for (
      let j = k === 0 ? 0 : (symptomCols.placesEnd[k - 1] as number);
      j < (symptomCols.placesEnd[k] as number);
      j++
    ) {
      increment(placeCounts, symptomCols.places[j] as number);
    }

    const linked = symptomCols.session[k] as number;
    if (linked < 0) notLinked++;
    else {
      increment(activityEpisodes, sessionCols.activity[linked] as number);
      increment(sessionEpisodes, linked);
      if (severity > (sessionWorst[linked] as number)) sessionWorst[linked] = severity;
    }

    if (day <= firstThirdEnd) tallyThird(thirds.first, severity);
    if (day >= lastThirdStart) tallyThird(thirds.last, severity);
  }

  const range: TrendSpan = { fromDay: dayString(from), toDay: dayString(to), days, clamped };
  const firstThird = thirdSummary(from, firstThirdEnd, thirds.first);
  const lastThird = thirdSummary(lastThirdStart, to, thirds.last);

  return {
    range,
    bucket,
    severity: severitySeries(bucket, grid, shown, shown.map(countOf), worstBySensation),
    weekly: {
      unit: bucket === 'month' ? 'month' : 'week',
      points: Array.from(weeklyEpisodes, (episodes, i) => ({
        bucket: dayString(weeklyGrid.starts[i] as number),
        episodes,
      })),
    },
    byActivity: activityTable(sessionCols.activities.names, activitySessions, activityEpisodes, notLinked),
    regions: regionTable(placeCounts),
    calendar: {
      unit: calendarUnit,
      fromDay: range.fromDay,
      toDay: range.toDay,
      cells: calendarCells(calendarGrid, calendarEpisodes, calendarWorst),
    },
    onset: ONSET_BINS.map((bin, i) => ({ bin, episodes: onsetCounts[i] as number })),
    dose: doseData(sessionCols, inRange, sessionWorst, sessionEpisodes),
    totals: {
      sessions: inRange.length,
      episodes: episodeCount,
      daysWithEpisodes,
      firstDay: Number.isFinite(firstDay) ? dayString(firstDay) : null,
      lastDay: Number.isFinite(lastDay) ? dayString(lastDay) : null,
    },
    summary: {
      firstThird,
      lastThird,
      severityChange:
        firstThird.meanSeverity === null || lastThird.meanSeverity === null
          ? null
          : round2(lastThird.meanSeverity - firstThird.meanSeverity),
      episodeChange: lastThird.episodes - firstThird.episodes,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Preparation: what each record contributes, worked out once per array of records.
//
// Reading 80,000 records (their timestamps, ids and lists) costs far more than aggregating them, and
// the worker asks again with the same arrays on every range or filter change. So each array's
// columns are kept in a WeakMap keyed by the array: the records are treated as immutable (pass new
// arrays when the journal changes, as the worker does). A length or end-record change is noticed
// and the columns are rebuilt; editing a record in place in a reused array is not supported.

interface PreparedSessions {
  readonly count: number;
  readonly first: TrendSession | undefined;
  readonly last: TrendSession | undefined;
  /** Local day number; NaN when the start cannot be read. */
  readonly day: Float64Array;
  readonly activity: Int32Array;
  readonly activities: Interned;
  /** durationMinutes × intensity; -1 without an intensity. */
  readonly dose: Int32Array;
  readonly indexById: ReadonlyMap<string, number>;
}

interface PreparedSymptoms {
  readonly sessions: PreparedSessions;
  readonly count: number;
  readonly first: TrendSymptom | undefined;
  readonly last: TrendSymptom | undefined;
  readonly day: Float64Array;
  readonly severity: Int8Array;
  readonly onset: Int8Array;
  /** Index of the linked session, -1 when none (or an id that names no session). */
  readonly session: Int32Array;
  /** Each episode's sensation ids, deduplicated; episode k's end at `sensationsEnd[k]`. */
  readonly sensations: Int32Array;
  readonly sensationsEnd: Int32Array;
  readonly sensationNames: Interned;
  /** Each episode's places (MAP_LOCATIONS indices), as `normaliseLocations` gives them. */
  readonly places: Int8Array;
  readonly placesEnd: Int32Array;
}

const preparedSessions = new WeakMap<readonly TrendSession[], PreparedSessions>();
const preparedSymptoms = new WeakMap<readonly TrendSymptom[], PreparedSymptoms>();

function prepareSessions(sessions: readonly TrendSession[]): PreparedSessions {
  const known = preparedSessions.get(sessions);
  if (known && known.count === sessions.length && known.first === sessions[0] && known.last === sessions.at(-1)) {
    return known;
  }
  const count = sessions.length;
  const day = new Float64Array(count);
  const activity = new Int32Array(count);
  const dose = new Int32Array(count);
  const activities = new Interned();
  const indexById = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const session = sessions[i] as TrendSession;
    day[i] = dayNumberOf(session.startedAt, session.utcOffsetMinutes);
    activity[i] = activities.id(session.activity);
    dose[i] = session.intensity === null ? -1 : session.durationMinutes * session.intensity;
    if (!Number.isNaN(day[i])) indexById.set(session.id, i);
  }
  const prepared = {
    count,
    first: sessions[0],
    last: sessions.at(-1),
    day,
    activity,
    activities,
    dose,
    indexById,
  };
  preparedSessions.set(sessions, prepared);
  return prepared;
}

function prepareSymptoms(symptoms: readonly TrendSymptom[], sessions: PreparedSessions): PreparedSymptoms {
  const known = preparedSymptoms.get(symptoms);
  if (
    known &&
    known.sessions === sessions &&
    known.count === symptoms.length &&
    known.first === symptoms[0] &&
    known.last === symptoms.at(-1)
  ) {
    return known;
  }
  const count = symptoms.length;
  const day = new Float64Array(count);
  const severity = new Int8Array(count);
  const onset = new Int8Array(count);
  const session = new Int32Array(count);
  const sensationsEnd = new Int32Array(count);
  const placesEnd = new Int32Array(count);
  const sensationNames = new Interned();
  let sensations = new Int32Array(count * 2 + 8);
  let sensationCount = 0;
  let places = new Int8Array(count * 2 + 8);
  let placeCount = 0;
  const seenBy = new Int32Array(MAP_LOCATIONS.length).fill(-1);
  for (let k = 0; k < count; k++) {
    const symptom = symptoms[k] as TrendSymptom;
    day[k] = dayNumberOf(symptom.notedAt, symptom.utcOffsetMinutes);
    severity[k] = symptom.severity;
    onset[k] = onsetBinIndex(symptom);
    session[k] = symptom.sessionId === null ? -1 : (sessions.indexById.get(symptom.sessionId) ?? -1);

    const names = symptom.sensations;
    if (sensationCount + names.length > sensations.length) sensations = grown(sensations, names.length);
    const start = sensationCount;
    for (let j = 0; j < names.length; j++) {
      const id = sensationNames.id(names[j] as string);
      let seen = false;
      for (let m = start; m < sensationCount && !seen; m++) seen = sensations[m] === id;
      if (!seen) sensations[sensationCount++] = id;
    }
    sensationsEnd[k] = sensationCount;

    const locations = symptom.locations;
    for (let i = 0; i < locations.length; i++) {
      const location = locations[i] as BodyLocation;
      const meant = PLACES_MEANT.get(location.region)?.get(location.side);
      if (meant === undefined) continue;
      if (placeCount + meant.length > places.length) places = grown(places, meant.length);
      for (let j = 0; j < meant.length; j++) {
        const place = meant[j] as number;
        if (seenBy[place] === k) continue;
        seenBy[place] = k;
        places[placeCount++] = place;
      }
    }
    placesEnd[k] = placeCount;
  }
  const prepared: PreparedSymptoms = {
    sessions,
    count,
    first: symptoms[0],
    last: symptoms.at(-1),
    day,
    severity,
    onset,
    session,
    sensations: sensations.subarray(0, sensationCount),
    sensationsEnd,
    sensationNames,
    places: places.subarray(0, placeCount),
    placesEnd,
  };
  preparedSymptoms.set(symptoms, prepared);
  return prepared;
}

function grown<T extends Int32Array | Int8Array>(array: T, atLeast: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(array.length * 2 + atLeast);
  bigger.set(array);
  return bigger;
}

/** Whether episode k's slice of a flat list holds `id`. */
function holds(list: Int32Array, ends: Int32Array, k: number, id: number): boolean {
  for (let j = k === 0 ? 0 : (ends[k - 1] as number); j < (ends[k] as number); j++) if (list[j] === id) return true;
  return false;
}

/** Whether episode k's slice of a flat list holds an id marked in `wanted`. */
function holdsAny(list: Int8Array, ends: Int32Array, k: number, wanted: Uint8Array): boolean {
  for (let j = k === 0 ? 0 : (ends[k - 1] as number); j < (ends[k] as number); j++) {
    if (wanted[list[j] as number] === 1) return true;
  }
  return false;
}

function emptyTrends(filter: TrendFilter): TrendData {
  return {
    range: null,
    bucket: 'day',
    severity: {
      sensations: filter.sensation !== '' ? [filter.sensation] : [],
      episodes: filter.sensation !== '' ? [0] : [],
      rolling: { unit: 'day', size: ROLLING_DAYS },
      points: [],
    },
    weekly: { unit: 'week', points: [] },
    byActivity: [],
    regions: [],
    calendar: { unit: 'day', fromDay: null, toDay: null, cells: [] },
    onset: ONSET_BINS.map((bin) => ({ bin, episodes: 0 })),
    dose: { mode: 'sessions', withIntensity: 0, withoutIntensity: 0, points: [] },
    totals: { sessions: 0, episodes: 0, daysWithEpisodes: 0, firstDay: null, lastDay: null },
    summary: null,
  };
}

// ---------------------------------------------------------------------------------------------
// Days as whole numbers: days since 1970-01-01 of the local calendar.

/**
 * The local day number of a stamp, or NaN when the instant cannot be read. The stored form
 * `YYYY-MM-DDTHH:mm:ss.sssZ` is read by hand (Date.parse is most of the cost at 80,000 rows);
 * seconds cannot move a whole-minute offset across midnight, so only minutes count.
 */
function dayNumberOf(instant: string, utcOffsetMinutes: number): number {
  if (instant.length === 24 && instant.charCodeAt(10) === 84 /* T */ && instant.charCodeAt(23) === 90 /* Z */) {
    const year = digits(instant, 0, 4);
    const month = digits(instant, 5, 2);
    const date = digits(instant, 8, 2);
    const hour = digits(instant, 11, 2);
    const minute = digits(instant, 14, 2);
    if (year >= 0 && month >= 1 && month <= 12 && date >= 1 && date <= 31 && hour <= 23 && minute <= 59) {
      const minutes = hour * 60 + minute + utcOffsetMinutes;
      return daysFromCivil(year, month, date) + Math.floor(minutes / 1440);
    }
  }
  return Math.floor((Date.parse(instant) + utcOffsetMinutes * MS_PER_MINUTE) / MS_PER_DAY);
}

/** The number written by `length` ASCII digits from `start`; NaN if any is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** `YYYY-MM-DD` as a day number, or null when it is empty or not a real date. */
function parseDay(text: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  const ms = Date.parse(`${text}T00:00:00.000Z`);
  if (Number.isNaN(ms)) return null;
  const day = ms / MS_PER_DAY;
  return dayString(day) === text ? day : null;
}

function dayString(day: number): string {
  const { year, month, date } = civilFromDays(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The Monday starting the ISO week of a day (1970-01-01 was a Thursday). */
function weekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** Months since year 0, for a day. */
function monthIndex(day: number): number {
  const { year, month } = civilFromDays(day);
  return year * 12 + month - 1;
}

function monthStartDay(index: number): number {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return daysFromCivil(year, month, 1);
}

/** Proleptic Gregorian calendar arithmetic (H. Hinnant's algorithms), exact for any day number. */
function civilFromDays(day: number): { year: number; month: number; date: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, date };
}

function daysFromCivil(year: number, month: number, date: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** For each day of the range (by offset from `from`), the index of its bucket; and where each bucket starts. */
interface BucketGrid {
  readonly count: number;
  readonly of: Int32Array;
  readonly starts: readonly number[];
}

function bucketGrid(unit: TrendBucket, from: number, to: number): BucketGrid {
  const of = new Int32Array(to - from + 1);
  const starts: number[] = [];
  let current = Number.NaN;
  for (let day = from; day <= to; day++) {
    const start = unit === 'day' ? day : unit === 'week' ? weekStart(day) : day - civilFromDays(day).date + 1;
    if (start !== current) {
      starts.push(start);
      current = start;
    }
    of[day - from] = starts.length - 1;
  }
  return { count: starts.length, of, starts };
}

// ---------------------------------------------------------------------------------------------
// The charts.

function severitySeries(
  bucket: TrendBucket,
  grid: BucketGrid,
  shown: readonly string[],
  episodes: readonly number[],
  worstBySensation: readonly Int8Array[],
): SeveritySeries {
  // Days are buckets for 'day', so a 7-day window is 7 buckets; otherwise 4 buckets.
  const window = bucket === 'day' ? ROLLING_DAYS : ROLLING_BUCKETS;
  const rolling = worstBySensation.map((worst) => {
    const line: (number | null)[] = new Array<number | null>(worst.length);
    let sum = 0;
    let withData = 0;
    for (let i = 0; i < worst.length; i++) {
      const entering = worst[i] as number;
      if (entering >= 0) {
        sum += entering;
        withData++;
      }
      const leaving = i >= window ? (worst[i - window] as number) : -1;
      if (leaving >= 0) {
        sum -= leaving;
        withData--;
      }
      line[i] = withData > 0 ? round2(sum / withData) : null;
    }
    return line;
  });
  const points: SeverityPoint[] =
    shown.length === 0
      ? []
      : grid.starts.map((start, i) => ({
          bucket: dayString(start),
          worst: worstBySensation.map((worst) => {
            const value = worst[i] as number;
            return value >= 0 ? value : null;
          }),
          rolling: rolling.map((line) => line[i] ?? null),
        }));
  return {
    sensations: shown,
    episodes,
    rolling: { unit: bucket === 'day' ? 'day' : 'bucket', size: window },
    points,
  };
}

function activityTable(
  names: readonly string[],
  sessionCounts: Int32Array,
  episodeCounts: Int32Array,
  notLinked: number,
): ActivityRow[] {
  const table: ActivityRow[] = names
    .map((activity, id) => {
      const sessions = sessionCounts[id] as number;
      const episodes = episodeCounts[id] as number;
      return { activity, sessions, episodes, episodesPerSession: sessions > 0 ? round2(episodes / sessions) : null };
    })
    .filter((row) => row.sessions > 0 || row.episodes > 0)
    .sort(
      (a, b) =>
        b.episodes - a.episodes ||
        b.sessions - a.sessions ||
        ((a.activity as string) < (b.activity as string) ? -1 : 1),
    );
  if (notLinked > 0) table.push({ activity: null, sessions: 0, episodes: notLinked, episodesPerSession: null });
  return table;
}

/**
 * For each stored region and side, the indices in MAP_LOCATIONS of the places it means, worked out
 * once with `normaliseLocations` itself, so counting an episode's places is a few lookups.
 */
const PLACES_MEANT: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>> = new Map(
  BODY_REGIONS.map((region) => [
    region,
    new Map(
      BODY_SIDES.map((side) => [
        side,
        normaliseLocations([{ region, side }]).map((place) =>
          MAP_LOCATIONS.findIndex((each) => each.region === place.region && each.side === place.side),
        ),
      ]),
    ),
  ]),
);

/** Strings as small whole numbers, in order of first sight. */
class Interned {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  find(name: string): number | undefined {
    return this.ids.get(name);
  }
}

function regionTable(counts: Int32Array): RegionCount[] {
  const table: RegionCount[] = [];
  MAP_LOCATIONS.forEach((location, index) => {
    const episodes = counts[index] as number;
    if (episodes > 0) table.push({ ...location, episodes });
  });
  // Array.prototype.sort is stable, so equal counts keep body-map order.
  return table.sort((a, b) => b.episodes - a.episodes);
}

function calendarCells(grid: BucketGrid, episodes: Int32Array, worst: Int8Array): CalendarData['cells'] {
  const cells: { bucket: string; episodes: number; worst: number }[] = [];
  for (let i = 0; i < grid.count; i++) {
    const count = episodes[i] as number;
    if (count > 0)
      cells.push({ bucket: dayString(grid.starts[i] as number), episodes: count, worst: worst[i] as number });
  }
  return cells;
}

function onsetBinIndex(symptom: TrendSymptom): number {
  const onset = symptom.onset;
  let bin: OnsetBin;
  if (onset === null) bin = 'not-recorded';
  else if (onset.kind === 'after') {
    const minutes = onset.afterMinutes ?? 0;
    bin = minutes < 60 ? 'under-1h' : minutes < 360 ? '1-6h' : minutes < 1440 ? '6-24h' : 'next-day';
  } else bin = onset.kind;
  return ONSET_BINS.indexOf(bin);
}

function doseData(
  sessionCols: PreparedSessions,
  inRange: readonly number[],
  sessionWorst: Int8Array,
  sessionEpisodes: Int32Array,
): DoseData {
  const doses: { index: number; dose: number; worst: number; episodes: number }[] = [];
  let withoutIntensity = 0;
  for (const i of inRange) {
    const dose = sessionCols.dose[i] as number;
    if (dose < 0) withoutIntensity++;
    else doses.push({ index: i, dose, worst: sessionWorst[i] as number, episodes: sessionEpisodes[i] as number });
  }
  const withIntensity = doses.length;
  if (withIntensity <= MAX_DOSE_POINTS) {
    const points = doses
      .sort((a, b) => a.dose - b.dose || (sessionCols.day[a.index] as number) - (sessionCols.day[b.index] as number))
      .map(({ index, dose, worst, episodes }) => ({
        day: dayString(sessionCols.day[index] as number),
        activity: sessionCols.activities.names[sessionCols.activity[index] as number] as string,
        dose,
        worst,
        episodes,
      }));
    return { mode: 'sessions', withIntensity, withoutIntensity, points };
  }

  let low = Infinity;
  let high = -Infinity;
  for (const { dose } of doses) {
    if (dose < low) low = dose;
    if (dose > high) high = dose;
  }
  // A width of ceil(span / (bins − 1)) leaves room for starting at a round multiple of it.
  const binWidth = Math.max(1, Math.ceil((high - low + 1) / (MAX_DOSE_BINS - 1)));
  const start = Math.floor(low / binWidth) * binWidth;
  const binCount = Math.floor((high - start) / binWidth) + 1;
  const counts = new Int32Array(binCount);
  const withEpisodes = new Int32Array(binCount);
  const sums = new Float64Array(binCount);
  const maxes = new Int8Array(binCount).fill(-1);
  for (const { dose, worst, episodes } of doses) {
    const bin = Math.floor((dose - start) / binWidth);
    increment(counts, bin);
    sums[bin] = (sums[bin] as number) + worst;
    if (episodes > 0) increment(withEpisodes, bin);
    if (worst > (maxes[bin] as number)) maxes[bin] = worst;
  }
  const bins: DoseBin[] = Array.from(counts, (sessionsInBin, bin) => ({
    from: start + bin * binWidth,
    to: start + (bin + 1) * binWidth,
    sessions: sessionsInBin,
    sessionsWithEpisodes: withEpisodes[bin] as number,
    meanWorst: sessionsInBin > 0 ? round2((sums[bin] as number) / sessionsInBin) : null,
    maxWorst: sessionsInBin > 0 ? (maxes[bin] as number) : null,
  }));
  return { mode: 'bins', withIntensity, withoutIntensity, binWidth, bins };
}

interface ThirdTally {
  episodes: number;
  sum: number;
  worst: number;
}

function newThirdTally(): ThirdTally {
  return { episodes: 0, sum: 0, worst: -1 };
}

function tallyThird(tally: ThirdTally, severity: number): void {
  tally.episodes++;
  tally.sum += severity;
  if (severity > tally.worst) tally.worst = severity;
}

function thirdSummary(from: number, to: number, tally: ThirdTally): ThirdSummary {
  return {
    fromDay: dayString(from),
    toDay: dayString(to),
    episodes: tally.episodes,
    meanSeverity: tally.episodes > 0 ? round2(tally.sum / tally.episodes) : null,
    worst: tally.worst >= 0 ? tally.worst : null,
  };
}

function increment(array: Int32Array, index: number): void {
  array[index] = (array[index] as number) + 1;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
