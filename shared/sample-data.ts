import {
  NO_FACTORS_RECORDED,
  type BodyLocation,
  type ExerciseSession,
  type Onset,
  type SessionFactors,
  type SymptomEntry,
} from './domain/records';
import type { ActivityId, BodyRegionId, Relief, WarningSign } from './domain/vocabulary';

/**
 * A believable person's journal, made up from a seed: pure and deterministic (no clock, no
 * Math.random, no storage), so the same options always give the same rows, byte for byte.
 *
 * The story the rows tell, noisy but there for charts and insights to find: long yoga holds bring
 * numbness in the lower leg; a grip trainer or cold on a run brings tingling in the hands; lifting
 * with repeated movements on a long sitting day brings lower-back soreness the next morning; hard
 * sessions without electrolytes bring calf twitching hours later; tight clothing brings burning in
 * the outer thigh. Over the months warm-ups and stretching become habits, holds get shorter, and
 * symptoms get fewer and milder.
 */
export interface SampleOptions {
  /** The last moment entries may have (usually "now"); nothing is stamped after it. */
  readonly end: Date;
  /** How many local days the journal covers, ending with the local day of `end`. */
  readonly days: number;
  /** An integer; the same seed and options give byte-identical output. */
  readonly seed: number;
  /** The IANA zone the person lives in; offsets follow its daylight-saving changes. */
  readonly timeZone: string;
  /** Sessions per week on average: the journal holds exactly round(days × sessionsPerWeek / 7). */
  readonly sessionsPerWeek: number;
  /** Symptom entries per session on average: exactly round(sessions × symptomsPerSession) in all. */
  readonly symptomsPerSession: number;
  /** A stretch of days, counted from the journal's first day (0), lived and logged in another zone. */
  readonly trip?: { readonly startDay: number; readonly days: number; readonly timeZone: string };
}

export interface SampleJournal {
  /** Oldest first. */
  readonly sessions: ExerciseSession[];
  /** Oldest first. */
  readonly symptoms: SymptomEntry[];
}

/** Settings → "Load sample data": half a year of one person, with a week away in Jakarta. */
export function sixMonthSample(end: Date): SampleOptions {
  return {
    end,
    days: 182,
    seed: 20_260_329,
    timeZone: 'Europe/Berlin',
    sessionsPerWeek: 4.5,
    symptomsPerSession: 1.5,
    trip: { startDay: 120, days: 7, timeZone: 'Asia/Jakarta' },
  };
}

const BENCHMARK_DAYS = 3652;
const BENCHMARK_SESSIONS = 20_000;
const BENCHMARK_SYMPTOMS = 60_000;

/** Ten years, exactly 20,000 sessions and 60,000 symptom entries: what the app must stay instant with. */
export function benchmarkSample(end: Date): SampleOptions {
  return {
    end,
    days: BENCHMARK_DAYS,
    seed: 10_000,
    timeZone: 'Europe/Berlin',
    sessionsPerWeek: (BENCHMARK_SESSIONS * 7) / BENCHMARK_DAYS,
    symptomsPerSession: BENCHMARK_SYMPTOMS / BENCHMARK_SESSIONS,
    trip: { startDay: 2000, days: 14, timeZone: 'America/New_York' },
  };
}

// ---------------------------------------------------------------------------------------------
// Randomness: sfc32 seeded through splitmix32. Small, fast and the same on every engine.

class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(low: number, high: number) {
    let state = low >>> 0;
    const split = () => {
      state = (state + 0x9e3779b9) | 0;
      let z = state ^ (high >>> 0);
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4_294_967_296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  /** Up to `count` different items, in the order drawn. */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      chosen.push(pool.splice(index, 1)[0] as T);
    }
    return chosen;
  }

  /** A version-4, RFC 9562 variant UUID made of 122 random bits. */
  uuid(): string {
    const w0 = this.uint32();
    const w1 = (this.uint32() & 0xffff0fff) | 0x00004000;
    const w2 = (this.uint32() & 0x3fffffff) | 0x80000000;
    const w3 = this.uint32();
    const h0 = hex8(w0);
    const h1 = hex8(w1 >>> 0);
    const h2 = hex8(w2 >>> 0);
    return `${h0}-${h1.slice(0, 4)}-${h1.slice(4)}-${h2.slice(0, 4)}-${h2.slice(4)}${hex8(w3)}`;
  }
}

function hex8(word: number): string {
  return word.toString(16).padStart(8, '0');
}

// ---------------------------------------------------------------------------------------------
// Time zones: the real offset at an instant, and local wall-clock time to an instant.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

class ZoneClock {
  private readonly format: Intl.DateTimeFormat;
  /** Offset per UTC day; NaN where the offset changes during that day. */
  private readonly byDay = new Map<number, number>();
  private readonly byHour = new Map<number, number>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  }

  /** Minutes east of UTC at `ms`. */
  offsetAt(ms: number): number {
    const day = Math.floor(ms / DAY);
    let offset = this.byDay.get(day);
    if (offset === undefined) {
      const first = this.exact(day * DAY);
      offset = first === this.exact((day + 1) * DAY - 1) ? first : Number.NaN;
      this.byDay.set(day, offset);
    }
    if (!Number.isNaN(offset)) return offset;
    const hour = Math.floor(ms / HOUR);
    offset = this.byHour.get(hour);
    if (offset === undefined) {
      const first = this.exact(hour * HOUR);
      offset = first === this.exact((hour + 1) * HOUR - 1) ? first : Number.NaN;
      this.byHour.set(hour, offset);
    }
    return Number.isNaN(offset) ? this.exact(ms) : offset;
  }

  /** The instant at `minuteOfDay` on the local calendar day `dayNumber` (days since 1970-01-01). */
  instantAt(dayNumber: number, minuteOfDay: number): number {
    const wall = dayNumber * DAY + minuteOfDay * MINUTE;
    const offset = this.offsetAt(wall - this.offsetAt(wall) * MINUTE);
    const instant = wall - offset * MINUTE;
    const check = this.offsetAt(instant);
    // A wall time skipped or repeated by a clock change: take the reading on the other side.
    return check === offset ? instant : wall - check * MINUTE;
  }

  /** The local calendar day of an instant, as days since 1970-01-01. */
  dayNumberOf(ms: number): number {
    return Math.floor((ms + this.offsetAt(ms) * MINUTE) / DAY);
  }

  private exact(ms: number): number {
    const name = this.format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
    const match = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/.exec(name);
    if (!match?.[1]) return 0;
    const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0) + Math.round(Number(match[4] ?? 0) / 60);
    return match[1] === '-' ? -minutes : minutes;
  }
}

// ---------------------------------------------------------------------------------------------
// Days: which zone, how free, how likely to hold a workout.

/** Sessions fit between these local times, and end at least this long before `end`. */
const WINDOW_START_MINUTE = 5 * 60 + 45;
const WINDOW_END_MINUTE = 22 * 60 + 30;
const LOGGING_ROOM = 30 * MINUTE;
const SLOT_MINUTES = 30;

interface DayPlan {
  readonly index: number;
  readonly dayNumber: number;
  /** 0 = Sunday. */
  readonly weekday: number;
  /** 1–12. */
  readonly month: number;
  readonly weekend: boolean;
  readonly onTrip: boolean;
  readonly clock: ZoneClock;
  readonly windowStart: number;
  readonly windowEnd: number;
  /** The most sessions that fit in the day's window. */
  readonly capacity: number;
  /** 0 on the first day, 1 on the last: how far the person has come. */
  readonly progress: number;
}

function planDays(options: SampleOptions, endMs: number, clocks: (zone: string) => ZoneClock): DayPlan[] {
  const home = clocks(options.timeZone);
  const lastDay = home.dayNumberOf(endMs);
  const firstDay = lastDay - (options.days - 1);
  const trip = options.trip;
  const days: DayPlan[] = [];
  for (let index = 0; index < options.days; index++) {
    const dayNumber = firstDay + index;
    const onTrip = trip !== undefined && index >= trip.startDay && index < trip.startDay + trip.days;
    const clock = onTrip ? clocks(trip.timeZone) : home;
    const date = new Date(dayNumber * DAY);
    const weekday = date.getUTCDay();
    const windowStart = clock.instantAt(dayNumber, WINDOW_START_MINUTE);
    const windowEnd = Math.min(clock.instantAt(dayNumber, WINDOW_END_MINUTE), endMs - LOGGING_ROOM);
    const capacity = Math.max(0, Math.floor((windowEnd - windowStart) / (SLOT_MINUTES * MINUTE)));
    days.push({
      index,
      dayNumber,
      weekday,
      month: date.getUTCMonth() + 1,
      weekend: weekday === 0 || weekday === 6,
      onTrip,
      clock,
      windowStart,
      windowEnd,
      capacity,
      progress: options.days > 1 ? index / (options.days - 1) : 1,
    });
  }
  return days;
}

/** How many sessions each day gets: a routine with skipped days, busy weeks and doubles, summing to `total`. */
function allocateSessions(days: readonly DayPlan[], total: number, rng: Random): Int32Array {
  const weights = new Float64Array(days.length);
  let weightSum = 0;
  let weekFactor = 1;
  for (const day of days) {
    // Now and then a busy or sick week; never in the last fortnight, so the journal looks alive today.
    if (day.index % 7 === 0) weekFactor = day.index < days.length - 14 && rng.chance(0.07) ? 0.3 : 1;
    const base = day.onTrip ? 0.7 : day.weekend ? 1.25 * weekFactor : 0.9 * weekFactor;
    const weight = day.capacity > 0 ? base : 0;
    weights[day.index] = weight;
    weightSum += weight;
  }
  const counts = new Int32Array(days.length);
  let capacitySum = 0;
  for (const day of days) capacitySum += day.capacity;
  if (total === 0) return counts;
  if (weightSum === 0 || capacitySum < total) {
    throw new RangeError(`No room for ${total} sessions in ${days.length} days before the end`);
  }

  let sum = 0;
  for (const day of days) {
    const expected = (total * (weights[day.index] as number)) / weightSum;
    if (expected === 0) continue;
    let count = Math.floor(expected + rng.next());
    if (rng.chance(0.08)) count += 1;
    if (count > 0 && rng.chance(0.08)) count -= 1;
    count = Math.min(count, day.capacity);
    counts[day.index] = count;
    sum += count;
  }

  const cumulative = new Float64Array(days.length);
  let running = 0;
  for (let i = 0; i < days.length; i++) {
    running += weights[i] as number;
    cumulative[i] = running;
  }
  while (sum < total) {
    const index = searchCumulative(cumulative, rng.next() * running);
    if ((counts[index] as number) < (days[index] as DayPlan).capacity) {
      counts[index] = (counts[index] as number) + 1;
      sum += 1;
    }
  }
  while (sum > total) {
    const index = rng.int(0, days.length - 1);
    if ((counts[index] as number) > 0) {
      counts[index] = (counts[index] as number) - 1;
      sum -= 1;
    }
  }
  return counts;
}

/** The first index whose cumulative weight exceeds `value`. */
function searchCumulative(cumulative: Float64Array, value: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cumulative[middle] as number) > value) high = middle;
    else low = middle + 1;
  }
  return low;
}

// ---------------------------------------------------------------------------------------------
// Sessions.

interface PlannedSession {
  readonly day: DayPlan;
  readonly activity: ActivityId;
  readonly startMs: number;
  readonly endMs: number;
  readonly intensity: number | null;
  readonly factors: SessionFactors;
  readonly record: ExerciseSession;
}

interface SessionStyle {
  readonly durationMinutes: number;
  readonly intensity: number;
  readonly hold: number | null;
  readonly note: string;
}

const OUTDOOR = new Set<ActivityId>(['running', 'trail-running', 'walking', 'cycling', 'power-hiking']);
const RUNS = new Set<ActivityId>(['running', 'trail-running']);

function chooseActivity(day: DayPlan, rng: Random): ActivityId {
  if (day.onTrip) {
    return rng.weighted<ActivityId>([
      ['running', 0.35],
      ['walking', 0.2],
      ['swimming', 0.2],
      ['yoga', 0.2],
      ['weight-lifting', 0.05],
    ]);
  }
  const summer = day.month >= 5 && day.month <= 9;
  const winter = day.month === 12 || day.month <= 2;
  const cycling = summer ? 0.1 : winter ? 0.03 : 0.06;
  if (day.weekend) {
    return rng.weighted<ActivityId>([
      ['running', 0.26],
      ['trail-running', 0.24],
      ['yoga', 0.2],
      ['cycling', cycling * 1.5],
      ['walking', 0.08],
      ['power-hiking', 0.04],
      ['weight-lifting', 0.05],
      ['swimming', 0.01],
    ]);
  }
  return rng.weighted<ActivityId>([
    ['running', 0.42],
    ['yoga', 0.22],
    ['weight-lifting', 0.15],
    ['cycling', cycling],
    ['walking', 0.06],
    ['stair-stepper', 0.04],
    ['squats-holds', 0.03],
    ['aerobics', 0.01],
  ]);
}

function styleOf(activity: ActivityId, day: DayPlan, rng: Random): SessionStyle {
  const style = (durationMinutes: number, intensity: number, note: string, hold: number | null = null) => ({
    durationMinutes,
    intensity,
    hold,
    note,
  });
  switch (activity) {
    case 'running': {
      if (day.onTrip) {
        return style(
          rng.int(25, 45),
          rng.int(4, 6),
          rng.pick(['Run along the beach', 'Hot and humid, cut it short', 'Early run before the heat']),
        );
      }
      const kind = rng.weighted([
        ['easy', 0.45],
        ['tempo', 0.2],
        ['intervals', 0.15],
        ['long', day.weekend ? 0.35 : 0.03],
      ] as const);
      if (kind === 'easy')
        return style(
          rng.int(25, 45),
          rng.int(3, 5),
          rng.pick(['Easy run', 'Recovery jog', 'Easy 5k', 'Slow and steady']),
        );
      if (kind === 'tempo')
        return style(rng.int(35, 55), rng.int(6, 7), rng.pick(['Tempo run', 'Steady 8k', 'Tempo through the park']));
      if (kind === 'intervals')
        return style(
          rng.int(35, 50),
          rng.int(8, 9),
          rng.pick(['Hill repeats', 'Intervals on the track', '6 x 800 m', 'Fartlek']),
        );
      return style(rng.int(55, 70), rng.int(5, 7), rng.pick(['Long run', 'Long run by the river', 'Long and slow']));
    }
    case 'trail-running':
      return style(
        rng.int(50, 110),
        rng.int(6, 9),
        rng.pick(['Forest trail, muddy', 'Ridge loop', 'Trail run with the club', 'Steep climbs today']),
      );
    case 'yoga': {
      if (rng.chance(0.25)) {
        return style(
          rng.int(45, 60),
          rng.int(2, 4),
          rng.pick(['Vinyasa flow', 'Quick flow class', 'Sun salutations']),
          rng.int(1, 2),
        );
      }
      // Early on the person stays in a pose for up to six minutes; later they come out sooner.
      const longest = Math.round(6 - 2.5 * day.progress);
      const hold = rng.int(2, Math.max(2, longest));
      const note =
        hold >= 4
          ? rng.pick(['Long pigeon holds', 'Yin class', 'Held lizard pose a long time', 'Deep hip openers'])
          : rng.pick(['Hatha at the studio', 'Gentle class', 'Shorter holds this time', 'Stretch and breathe']);
      return style(rng.int(45, 75), rng.int(2, 4), day.onTrip ? 'Yoga on the hotel balcony' : note, hold);
    }
    case 'weight-lifting':
      return style(
        rng.int(40, 60),
        rng.int(6, 9),
        day.onTrip
          ? 'Hotel gym'
          : rng.pick(['Deadlifts and rows', 'Squats 5x5', 'Leg day', 'Upper body', 'Full body circuit']),
      );
    case 'squats-holds':
      return style(
        rng.int(10, 25),
        rng.int(5, 7),
        rng.pick(['Wall sits', 'Squat holds after work', 'Isometric squats']),
        rng.int(1, 4),
      );
    case 'stair-stepper':
      return style(
        rng.int(15, 30),
        rng.int(6, 8),
        rng.pick(['20 min on the stepper', 'Stepper intervals', 'Stepper at the gym']),
      );
    case 'cycling':
      return style(
        rng.int(30, 90),
        rng.int(4, 7),
        rng.pick(['Bike commute', 'Hilly loop', 'Spin class', 'Ride along the canal']),
      );
    case 'walking':
      return style(
        rng.int(20, 60),
        rng.int(2, 3),
        day.onTrip
          ? rng.pick(['Walked around the old town', 'Beach walk'])
          : rng.pick(['Lunch walk', 'Walk with a friend', 'Evening walk', 'Brisk walk to work']),
      );
    case 'power-hiking':
      return style(rng.int(60, 120), rng.int(5, 7), rng.pick(['Hike up the hill', 'Power hike with poles']));
    case 'swimming':
      return style(rng.int(30, 50), rng.int(4, 6), day.onTrip ? 'Swim in the hotel pool' : 'Pool laps');
    case 'aerobics':
      return style(rng.int(45, 60), rng.int(5, 7), 'Aerobics class');
  }
}

function maybe<T>(rng: Random, nullChance: number, value: T): T | null {
  return rng.chance(nullChance) ? null : value;
}

function factorsFor(activity: ActivityId, style: SessionStyle, day: DayPlan, rng: Random): SessionFactors {
  if (rng.chance(0.05)) return { ...NO_FACTORS_RECORDED };
  const t = day.progress;
  const workday = !day.weekend && !day.onTrip;
  const repeated =
    activity === 'weight-lifting' || activity === 'stair-stepper'
      ? rng.chance(0.9)
      : activity === 'squats-holds'
        ? rng.chance(0.5)
        : false;
  const coldChance =
    !OUTDOOR.has(activity) || day.onTrip
      ? 0
      : ([0.55, 0.55, 0.3, 0.1, 0, 0, 0, 0, 0, 0.1, 0.3, 0.55][day.month - 1] ?? 0);
  const tightChance = activity === 'yoga' || RUNS.has(activity) || activity === 'cycling' ? 0.17 - 0.09 * t : 0.04;
  const water = 200 + style.durationMinutes * 7 + (day.onTrip ? 300 : 0) + rng.int(-150, 250);
  return {
    longestHoldMinutes: style.hold,
    repeatedMovements: maybe(rng, 0.15, repeated),
    warmUp: maybe(rng, 0.12, rng.chance((activity === 'yoga' ? 0.55 : 0.25) + 0.5 * t)),
    stretching: maybe(rng, 0.15, rng.chance(0.25 + 0.5 * t)),
    waterMl: maybe(rng, 0.25, Math.max(0, Math.round(water / 50) * 50)),
    electrolytes: maybe(rng, 0.2, rng.chance(0.12 + 0.35 * t + (style.durationMinutes > 60 ? 0.15 : 0))),
    tightClothing: maybe(rng, 0.2, rng.chance(tightChance)),
    cold: maybe(rng, 0.15, rng.chance(coldChance)),
    gripTrainer: RUNS.has(activity) ? maybe(rng, 0.1, rng.chance(0.3)) : null,
    sittingHours: maybe(rng, 0.15, workday ? rng.int(6, 10) : rng.int(1, 3)),
  };
}

/** Local start minutes for a day's sessions when they fit the usual routine, or null. */
function routineStarts(day: DayPlan, activities: readonly ActivityId[], rng: Random): number[] | null {
  if (activities.length > 2) return null;
  const morning = () => (day.weekend ? rng.int(8 * 60, 10 * 60 + 30) : rng.int(6 * 60, 8 * 60));
  const evening = () => (day.weekend || day.onTrip ? rng.int(16 * 60, 18 * 60) : rng.int(17 * 60, 20 * 60));
  if (activities.length === 2) return [morning(), evening()];
  const activity = activities[0] as ActivityId;
  if (day.onTrip) return [rng.chance(0.6) ? rng.int(6 * 60, 8 * 60 + 30) : evening()];
  if (day.weekend) return [rng.chance(0.7) ? morning() : evening()];
  if (activity === 'walking' && rng.chance(0.5)) return [rng.int(12 * 60, 13 * 60)];
  const eveningChance = activity === 'yoga' ? 0.7 : 0.55;
  return [rng.chance(eveningChance) ? evening() : morning()];
}

function planSessionsOfDay(day: DayPlan, count: number, rng: Random, ids: Random, endMs: number): PlannedSession[] {
  const activities: ActivityId[] = [];
  for (let i = 0; i < count; i++) {
    let activity = chooseActivity(day, rng);
    for (let retry = 0; retry < 3 && count <= 3 && activities.includes(activity); retry++) {
      activity = chooseActivity(day, rng);
    }
    activities.push(activity);
  }
  const styles = activities.map((activity) => styleOf(activity, day, rng));

  let starts: number[] = [];
  let durations = styles.map((style) => style.durationMinutes);
  const routine = routineStarts(day, activities, rng);
  const fits =
    routine !== null &&
    routine.every((minute, i) => {
      const start = day.clock.instantAt(day.dayNumber, minute);
      return start >= day.windowStart && start + (durations[i] as number) * MINUTE <= day.windowEnd;
    });
  if (routine !== null && fits) {
    starts = routine.map((minute) => day.clock.instantAt(day.dayNumber, minute));
  } else {
    // Spread the day's sessions over its window, each in its own stretch.
    const stretch = (day.windowEnd - day.windowStart) / count;
    const stretchMinutes = Math.floor(stretch / MINUTE);
    durations = durations.map((minutes) => Math.max(1, Math.min(minutes, stretchMinutes - 5)));
    starts = durations.map((minutes, i) => {
      const slack = Math.max(0, stretch - minutes * MINUTE - MINUTE);
      const start = day.windowStart + i * stretch + rng.next() * slack;
      return Math.floor(start / MINUTE) * MINUTE;
    });
  }

  return activities.map((activity, i) => {
    const style = styles[i] as SessionStyle;
    const startMs = starts[i] as number;
    const durationMinutes = durations[i] as number;
    const sessionEnd = startMs + durationMinutes * MINUTE;
    const factors = factorsFor(activity, style, day, rng);
    const intensity = rng.chance(0.06) ? null : style.intensity;
    const createdMs = Math.min(endMs, sessionEnd + rng.int(1, 45) * MINUTE + rng.int(0, 59_999));
    const updatedMs = rng.chance(0.1) ? Math.min(endMs, createdMs + rng.int(1, 180) * MINUTE) : createdMs;
    const record: ExerciseSession = {
      id: ids.uuid(),
      activity,
      startedAt: new Date(startMs).toISOString(),
      utcOffsetMinutes: day.clock.offsetAt(startMs),
      durationMinutes,
      intensity,
      factors,
      notes: rng.chance(0.5) ? '' : style.note,
      createdAt: new Date(createdMs).toISOString(),
      updatedAt: new Date(updatedMs).toISOString(),
      source: 'sample',
    };
    return { day, activity, startMs, endMs: sessionEnd, intensity, factors, record };
  });
}

// ---------------------------------------------------------------------------------------------
// Symptoms: what each factor tends to bring on, weighted per session, drawn to an exact count.

const DRIVERS = [
  'hold-numbness',
  'hand-tingling',
  'back-next-day',
  'twitching',
  'thigh-burning',
  'stepper-feet',
  'soreness',
] as const;
type Driver = (typeof DRIVERS)[number];

/** How strongly a session invites each kind of symptom; relative weights, not probabilities. */
function driverWeights(session: PlannedSession, into: Float64Array, at: number): void {
  const { activity, factors } = session;
  const rpe = session.intensity ?? 5;
  const hold = factors.longestHoldMinutes;
  const holdWeight = hold === null ? 0 : hold >= 3 ? 1.3 + 0.35 * (hold - 3) : hold === 2 ? 0.16 : 0.05;

  let tingling = 0;
  if (RUNS.has(activity) || activity === 'walking' || activity === 'cycling') {
    tingling = 0.05 + (factors.gripTrainer === true ? 1.4 : 0) + (factors.cold === true ? 0.7 : 0);
  }

  let back = (factors.sittingHours ?? 0) >= 8 ? 0.06 : 0;
  if (activity === 'weight-lifting' && factors.repeatedMovements === true) {
    back = 0.45 + 0.1 * Math.max(0, (factors.sittingHours ?? 5) - 5) + (factors.warmUp === false ? 0.2 : 0);
  } else if (activity === 'weight-lifting') {
    back = 0.15;
  }

  const twitching =
    rpe >= 8
      ? factors.electrolytes === false
        ? 1.0
        : factors.electrolytes === null
          ? 0.6
          : 0.2
      : rpe >= 6
        ? 0.06
        : 0.02;
  const burning = factors.tightClothing === true ? 0.9 : activity === 'cycling' || RUNS.has(activity) ? 0.03 : 0.01;
  const stepper = activity === 'stair-stepper' ? 0.7 : 0;
  const soreness = 0.12 + 0.04 * Math.max(0, rpe - 5) + (factors.warmUp === false ? 0.08 : 0);

  // Gentle improvement: the same session troubles the person less as the months go by.
  const trend = 1.2 - 0.45 * session.day.progress;
  const weights = [holdWeight, tingling, back, twitching, burning, stepper, soreness];
  for (let i = 0; i < weights.length; i++) into[at + i] = (weights[i] as number) * trend;
}

const MIDLINE = new Set<BodyRegionId>(['neck', 'lower-back']);

function located(region: BodyRegionId, rng: Random, bothChance = 0.15): BodyLocation[] {
  if (MIDLINE.has(region)) return [{ region, side: 'both' }];
  if (rng.chance(bothChance)) {
    return [
      { region, side: 'left' },
      { region, side: 'right' },
    ];
  }
  return [{ region, side: rng.chance(0.55) ? 'left' : 'right' }];
}

type OnsetPlan =
  { readonly kind: 'during' | 'right-after' | 'next-day' } | { readonly kind: 'after'; readonly minutes: number };

interface SymptomShape {
  readonly sensations: string[];
  readonly locations: BodyLocation[];
  readonly severity: number;
  readonly onset: OnsetPlan;
  readonly duration: readonly [number, number];
  readonly helped: readonly Relief[];
  readonly notes: readonly string[];
}

function shapeOf(driver: Driver, session: PlannedSession, rng: Random): SymptomShape {
  switch (driver) {
    case 'hold-numbness': {
      const region = rng.weighted<BodyRegionId>([
        ['calf', 0.3],
        ['foot', 0.3],
        ['toes', 0.25],
        ['below-knee', 0.15],
      ]);
      return {
        sensations: rng.chance(0.3) ? ['numbness', 'tingling'] : ['numbness'],
        locations: located(region, rng),
        severity: rng.int(2, 5),
        onset: rng.chance(0.6) ? { kind: 'right-after' } : { kind: 'after', minutes: rng.int(10, 40) },
        duration: [5, 25],
        helped: ['changed-position', 'massage', 'stretching', 'rest'],
        notes: [
          'Foot fell asleep in pigeon',
          'Went away after walking it off',
          'Toes numb after the long hold',
          'Shook it out',
        ],
      };
    }
    case 'hand-tingling':
      return {
        sensations: rng.chance(0.25) ? ['tingling', 'numbness'] : ['tingling'],
        locations: located(rng.chance(0.6) ? 'fingers' : 'hand', rng, 0.4),
        severity: rng.int(1, 4),
        onset: { kind: 'during' },
        duration: [5, 40],
        helped: session.factors.cold === true ? ['warmth', 'rest', 'massage'] : ['changed-position', 'rest', 'massage'],
        notes:
          session.factors.gripTrainer === true
            ? ['Pins and needles in the fingers', 'Put the grip trainer away halfway', 'Hands buzzing']
            : ['Fingers cold and tingly', 'Forgot my gloves', 'Hands buzzing'],
      };
    case 'back-next-day': {
      const leg = rng.chance(0.2);
      const locations = located('lower-back', rng);
      if (leg) locations.push(...located('below-knee', rng, 0));
      return {
        sensations: leg ? ['soreness', 'numbness'] : rng.chance(0.5) ? ['soreness', 'stiffness'] : ['soreness'],
        locations,
        severity: leg ? rng.int(3, 6) : rng.int(2, 5),
        onset: { kind: 'next-day' },
        duration: [60, 600],
        helped: ['stretching', 'warmth', 'rest', 'changed-position', 'massage'],
        notes: leg
          ? ['Back stiff and the leg felt numb below the knee', 'Numb patch on the shin again']
          : ['Stiff getting out of bed', 'Lower back tight after a long desk day', 'Eased off by lunch'],
      };
    }
    case 'twitching':
      return {
        sensations: rng.chance(0.2) ? ['twitching', 'cramp'] : ['twitching'],
        locations: located(rng.chance(0.85) ? 'calf' : 'thigh', rng, 0.1),
        severity: rng.int(1, 3),
        onset: { kind: 'after', minutes: rng.int(90, 360) },
        duration: [5, 30],
        helped: ['water', 'electrolytes', 'massage', 'stretching', 'rest'],
        notes: ['Calf twitching on the sofa', 'Little flickers in the calf', 'Twitchy in bed'],
      };
    case 'thigh-burning':
      return {
        sensations: rng.chance(0.3) ? ['burning', 'numbness'] : ['burning'],
        locations: located('outer-thigh', rng, 0.05),
        severity: rng.int(2, 4),
        onset: rng.chance(0.6) ? { kind: 'during' } : { kind: 'right-after' },
        duration: [10, 60],
        helped: ['loosened-clothing', 'rest', 'changed-position'],
        notes: ['Burning on the side of the thigh', 'Leggings too tight again', 'Better once I changed'],
      };
    case 'stepper-feet':
      return {
        sensations: rng.chance(0.5) ? ['numbness', 'burning'] : ['numbness'],
        locations: located(rng.chance(0.6) ? 'sole' : 'foot', rng, 0.5),
        severity: rng.int(2, 4),
        onset: { kind: 'during' },
        duration: [5, 30],
        helped: ['rest', 'legs-raised', 'massage', 'changed-position'],
        notes: ['Soles went numb on the stepper', 'Hot feet', 'Wiggled my toes and it passed'],
      };
    case 'soreness': {
      const region = rng.weighted<BodyRegionId>([
        ['thigh', 0.3],
        ['hamstring', 0.2],
        ['calf', 0.3],
        ['knee', 0.1],
        ['hip', 0.1],
      ]);
      const custom = rng.chance(0.04);
      const onset: OnsetPlan = rng.weighted<OnsetPlan>([
        [{ kind: 'next-day' }, 0.4],
        [{ kind: 'right-after' }, 0.35],
        [{ kind: 'after', minutes: rng.int(60, 240) }, 0.25],
      ]);
      return {
        sensations: custom
          ? ['heavy legs']
          : [
              rng.weighted([
                ['soreness', 0.6],
                ['stiffness', 0.2],
                ['cramp', 0.15],
                ['pain', 0.05],
              ] as const),
            ],
        locations: located(region, rng, 0.35),
        severity: rng.int(2, 5),
        onset,
        duration: [30, 480],
        helped: ['stretching', 'massage', 'rest', 'warmth', 'legs-raised', 'water'],
        notes: ['Legs heavy on the stairs', 'Normal post-run soreness', 'Foam rolled it', 'Knee a bit achy'],
      };
    }
  }
}

interface AtRestShape {
  readonly sensations: string[];
  readonly locations: BodyLocation[];
  readonly minute: number;
  readonly helped: readonly Relief[];
  readonly notes: readonly string[];
}

function atRestShape(day: DayPlan, rng: Random): AtRestShape {
  const kind = rng.weighted([
    ['night-hand', 0.35],
    ['desk-neck', day.weekend || day.onTrip ? 0.05 : 0.3],
    ['evening-twitch', 0.2],
    ['desk-thigh', 0.15],
  ] as const);
  switch (kind) {
    case 'night-hand':
      return {
        sensations: rng.chance(0.5) ? ['numbness'] : ['tingling'],
        locations: located(rng.chance(0.5) ? 'hand' : 'fingers', rng, 0.1),
        minute: rng.chance(0.5) ? rng.int(6 * 60, 7 * 60) : rng.int(22 * 60 + 30, 23 * 60 + 45),
        helped: ['changed-position', 'massage'],
        notes: ['Woke up with it', 'Slept on my arm', 'Hand asleep in bed'],
      };
    case 'desk-neck':
      return {
        sensations: rng.chance(0.5) ? ['stiffness'] : ['stiffness', 'soreness'],
        locations: located('neck', rng),
        minute: rng.int(14 * 60, 18 * 60),
        helped: ['stretching', 'changed-position', 'warmth'],
        notes: ['Long day at the desk', 'Neck stiff after a meeting marathon', 'Need a better chair'],
      };
    case 'evening-twitch':
      return {
        sensations: ['twitching'],
        locations: located('calf', rng, 0.05),
        minute: rng.int(20 * 60, 22 * 60 + 30),
        helped: ['water', 'stretching'],
        notes: ['Calf twitching while reading', 'Random twitch, no workout today'],
      };
    case 'desk-thigh':
      return {
        sensations: rng.chance(0.5) ? ['tingling'] : ['numbness'],
        locations: located(rng.chance(0.6) ? 'outer-thigh' : 'foot', rng, 0.05),
        minute: rng.int(10 * 60, 17 * 60),
        helped: ['changed-position', 'rest'],
        notes: ['Sat too long', 'Leg went to sleep at the desk'],
      };
  }
}

/** A symptom record before it is frozen; warning signs are added to a few at the end. */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function severityOf(base: number, progress: number, warmUp: boolean | null, rng: Random): number {
  let severity = base;
  if (rng.chance(0.7 * progress)) severity -= 1;
  if (warmUp === true && rng.chance(0.3)) severity -= 1;
  if (rng.chance(0.04)) severity += 2;
  return Math.max(1, Math.min(10, severity));
}

function worseWithActivity(sensations: readonly string[], rng: Random): boolean | null {
  const nerve = sensations.some((s) => s === 'numbness' || s === 'tingling' || s === 'burning');
  if (nerve) return rng.chance(0.55) ? false : null;
  return rng.weighted<boolean | null>([
    [true, 0.04],
    [false, 0.56],
    [null, 0.4],
  ]);
}

function timesOf(
  notedMs: number,
  loggedFrom: number,
  endMs: number,
  rng: Random,
): { createdAt: string; updatedAt: string } {
  const created = Math.min(endMs, Math.max(notedMs, loggedFrom) + rng.int(1, 40) * MINUTE + rng.int(0, 59_999));
  const updated = rng.chance(0.08) ? Math.min(endMs, created + rng.int(1, 240) * MINUTE) : created;
  return { createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString() };
}

function linkedSymptom(
  session: PlannedSession,
  driver: Driver,
  days: readonly DayPlan[],
  endMs: number,
  rng: Random,
  ids: Random,
): Mutable<SymptomEntry> {
  const shape = shapeOf(driver, session, rng);
  const durationMinutes = Math.round((session.endMs - session.startMs) / MINUTE);
  let plan: OnsetPlan = shape.onset;
  let clock = session.day.clock;
  let notedMs: number;
  switch (plan.kind) {
    case 'during':
      notedMs = session.startMs + Math.floor(durationMinutes * (0.2 + 0.7 * rng.next())) * MINUTE;
      break;
    case 'right-after':
      notedMs = session.endMs + rng.int(0, 15) * MINUTE;
      break;
    case 'after':
      notedMs = session.endMs + plan.minutes * MINUTE;
      break;
    case 'next-day': {
      const next = days[session.day.index + 1];
      notedMs = next ? next.clock.instantAt(next.dayNumber, rng.int(7 * 60, 9 * 60 + 30)) : Number.POSITIVE_INFINITY;
      if (next) clock = next.clock;
      break;
    }
  }
  if (notedMs > endMs - MINUTE) {
    // Not felt yet by `end`: it showed up right after the workout instead.
    plan = { kind: 'right-after' };
    clock = session.day.clock;
    notedMs = Math.min(endMs - MINUTE, session.endMs + rng.int(0, 15) * MINUTE);
  }
  const onset: Onset | null = rng.chance(0.04)
    ? null
    : { kind: plan.kind, afterMinutes: plan.kind === 'after' ? plan.minutes : null };
  const ongoing = rng.chance(0.025);
  const loggedFrom = plan.kind === 'during' ? session.endMs : notedMs;
  return {
    id: ids.uuid(),
    sessionId: session.record.id,
    notedAt: new Date(notedMs).toISOString(),
    utcOffsetMinutes: clock.offsetAt(notedMs),
    sensations: shape.sensations,
    locations: shape.locations,
    severity: severityOf(shape.severity, session.day.progress, session.factors.warmUp, rng),
    onset,
    durationMinutes: ongoing || rng.chance(0.12) ? null : rng.int(shape.duration[0], shape.duration[1]),
    ongoing,
    worseWithActivity: worseWithActivity(shape.sensations, rng),
    warningSigns: [],
    helped: rng.some(
      shape.helped,
      rng.weighted([
        [0, 0.3],
        [1, 0.5],
        [2, 0.2],
      ] as const),
    ),
    notes: rng.chance(0.55) ? '' : rng.pick(shape.notes),
    ...timesOf(notedMs, loggedFrom, endMs, rng),
    source: 'sample',
  };
}

function atRestSymptom(days: readonly DayPlan[], endMs: number, rng: Random, ids: Random): Mutable<SymptomEntry> {
  let day = rng.pick(days);
  let shape = atRestShape(day, rng);
  let notedMs = day.clock.instantAt(day.dayNumber, shape.minute);
  const previous = days[day.index - 1];
  if (notedMs > endMs - MINUTE && previous) {
    day = previous;
    shape = atRestShape(day, rng);
    notedMs = day.clock.instantAt(day.dayNumber, shape.minute);
  }
  notedMs = Math.min(notedMs, endMs - MINUTE);
  return {
    id: ids.uuid(),
    sessionId: null,
    notedAt: new Date(notedMs).toISOString(),
    utcOffsetMinutes: day.clock.offsetAt(notedMs),
    sensations: shape.sensations,
    locations: shape.locations,
    severity: severityOf(rng.int(1, 3), day.progress, null, rng),
    onset: { kind: 'at-rest', afterMinutes: null },
    durationMinutes: rng.chance(0.15) ? null : rng.int(5, 45),
    ongoing: false,
    worseWithActivity: rng.chance(0.5) ? false : null,
    warningSigns: [],
    helped: rng.some(shape.helped, rng.int(0, 1)),
    notes: rng.chance(0.5) ? '' : rng.pick(shape.notes),
    ...timesOf(notedMs, notedMs, endMs, rng),
    source: 'sample',
  };
}

/** The see-a-doctor signs a few entries carry; the urgent ones never appear in sample data. */
const WARNING_FOR: Partial<Record<Driver, readonly WarningSign[]>> = {
  twitching: ['muscle-weakness', 'clumsiness'],
  'hold-numbness': ['loss-of-balance'],
};
const WARNING_NOTES: Record<string, string> = {
  'muscle-weakness': 'Calf felt weak on the stairs afterwards',
  clumsiness: 'Tripped twice, foot felt clumsy',
  'loss-of-balance': 'Wobbly for a minute when I stood up',
};
/** One entry in about ninety carries a warning sign: a couple in half a year. */
const SYMPTOMS_PER_WARNING = 90;
/** Symptoms felt at rest, on no workout: one in twenty. */
const AT_REST_SHARE = 0.05;

// ---------------------------------------------------------------------------------------------

function checkOptions(options: SampleOptions): number {
  const endMs = options.end.getTime();
  if (!Number.isFinite(endMs)) throw new RangeError('end must be a valid date');
  if (!Number.isInteger(options.days) || options.days < 1) throw new RangeError('days must be a whole number ≥ 1');
  if (!Number.isSafeInteger(options.seed)) throw new RangeError('seed must be an integer');
  if (!Number.isFinite(options.sessionsPerWeek) || options.sessionsPerWeek < 0) {
    throw new RangeError('sessionsPerWeek must be ≥ 0');
  }
  if (!Number.isFinite(options.symptomsPerSession) || options.symptomsPerSession < 0) {
    throw new RangeError('symptomsPerSession must be ≥ 0');
  }
  const trip = options.trip;
  if (
    trip &&
    (!Number.isInteger(trip.startDay) || !Number.isInteger(trip.days) || trip.startDay < 0 || trip.days < 0)
  ) {
    throw new RangeError('trip days must be whole numbers ≥ 0');
  }
  return endMs;
}

const byTime =
  <T extends { readonly id: string }>(key: (row: T) => string) =>
  (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };

/**
 * Makes the journal. Exactly round(days × sessionsPerWeek / 7) sessions and
 * round(sessions × symptomsPerSession) symptoms, nothing stamped after `end`, all marked `sample`.
 * Throws RangeError for options it cannot honour (an unknown zone, more sessions than fit).
 */
export function generateSampleJournal(options: SampleOptions): SampleJournal {
  const endMs = checkOptions(options);
  const seedLow = options.seed >>> 0;
  const seedHigh = Math.floor(options.seed / 4_294_967_296) >>> 0;
  const rng = new Random(seedLow, seedHigh);
  const ids = new Random(seedLow ^ 0x5eed1d5, seedHigh ^ 0x1d);

  const zoneClocks = new Map<string, ZoneClock>();
  const clocks = (zone: string) => {
    let clock = zoneClocks.get(zone);
    if (!clock) {
      clock = new ZoneClock(zone);
      zoneClocks.set(zone, clock);
    }
    return clock;
  };

  const days = planDays(options, endMs, clocks);
  const sessionCount = Math.round((options.days * options.sessionsPerWeek) / 7);
  const symptomCount = Math.round(sessionCount * options.symptomsPerSession);

  const perDay = allocateSessions(days, sessionCount, rng);
  const sessions: PlannedSession[] = [];
  for (const day of days) {
    const count = perDay[day.index] as number;
    if (count > 0) sessions.push(...planSessionsOfDay(day, count, rng, ids, endMs));
  }

  // Each (session, kind of symptom) pair is a cell; symptoms are drawn over cells by weight.
  const atRestCount = sessions.length > 0 ? Math.round(symptomCount * AT_REST_SHARE) : 0;
  const linkedCount = sessions.length > 0 ? symptomCount - atRestCount : 0;
  const cellCount = sessions.length * DRIVERS.length;
  const cumulative = new Float64Array(cellCount);
  sessions.forEach((session, i) => driverWeights(session, cumulative, i * DRIVERS.length));
  let total = 0;
  for (let i = 0; i < cellCount; i++) {
    total += cumulative[i] as number;
    cumulative[i] = total;
  }
  const drawn = new Uint32Array(cellCount);
  for (let i = 0; i < linkedCount; i++) {
    const cell = searchCumulative(cumulative, rng.next() * total);
    drawn[cell] = (drawn[cell] as number) + 1;
  }

  const symptoms: Mutable<SymptomEntry>[] = [];
  const warningCandidates: { readonly index: number; readonly signs: readonly WarningSign[] }[] = [];
  const warningSessions = new Set<number>();
  for (let cell = 0; cell < cellCount; cell++) {
    const session = sessions[Math.floor(cell / DRIVERS.length)] as PlannedSession;
    const driver = DRIVERS[cell % DRIVERS.length] as Driver;
    for (let n = drawn[cell] as number; n > 0; n--) {
      const symptom = linkedSymptom(session, driver, days, endMs, rng, ids);
      const signs = WARNING_FOR[driver];
      const sessionIndex = Math.floor(cell / DRIVERS.length);
      if (signs && symptom.severity >= 3 && !warningSessions.has(sessionIndex)) {
        // At most one entry per workout is a candidate, so the few warnings fall on different days.
        warningSessions.add(sessionIndex);
        warningCandidates.push({ index: symptoms.length, signs });
      }
      symptoms.push(symptom);
    }
  }
  for (let i = 0; i < atRestCount; i++) symptoms.push(atRestSymptom(days, endMs, rng, ids));

  const warningCount = Math.min(
    warningCandidates.length,
    symptomCount > 0 ? Math.max(1, Math.round(symptomCount / SYMPTOMS_PER_WARNING)) : 0,
  );
  for (const candidate of rng.some(warningCandidates, warningCount)) {
    const symptom = symptoms[candidate.index] as Mutable<SymptomEntry>;
    const sign = rng.pick(candidate.signs);
    symptom.warningSigns = [sign];
    symptom.severity = Math.max(symptom.severity, 5);
    symptom.notes = WARNING_NOTES[sign] ?? symptom.notes;
  }

  return {
    sessions: sessions.map((session) => session.record).sort(byTime((row) => row.startedAt)),
    symptoms: (symptoms as SymptomEntry[]).sort(byTime((row) => row.notedAt)),
  };
}
