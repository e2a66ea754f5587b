import type { BodyLocation, SymptomEntry } from '../domain/records';
import {
  BODY_REGIONS,
  BODY_SIDES,
  ONSET_KINDS,
  WARNING_SIGNS,
  type BodyRegionId,
  type OnsetKind,
  type WarningSign,
} from '../domain/vocabulary';
import type { SectionRef } from './types';

/**
 * Warning-sign triage: a symptom, read together with the person's recent entries, as "seek medical
 * attention now", "see a doctor soon" or "self-care", with the reasons and the article sections that
 * state them (domain brief, "Warning signs stated in the articles"). The app is not a diagnostic
 * tool: this only points at the text and at a doctor.
 *
 * Pure: the same input always gives the same answer. `now` is used only when the symptom has no
 * usable `notedAt` yet (or one in the future).
 *
 * History. The caller passes the person's other symptom entries from at least the
 * {@link HISTORY_WINDOW_DAYS} days before the symptom (8 weeks); older or later entries, and the
 * symptom itself (same `id` or the same object), are ignored, so passing more is harmless. Rules
 * read history as it stood when the symptom was noted, so a stored entry's triage does not change
 * as later entries are added.
 */

export const TRIAGE_LEVELS = ['urgent', 'see-doctor', 'self-care'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

export interface TriageReason {
  readonly level: TriageLevel;
  /** Stable id; the UI shows it through the i18n key `triage.reason.<code>`. */
  readonly code: string;
  /** The article sections that state it. */
  readonly sources: readonly SectionRef[];
}

export interface TriageResult {
  /** The highest level among the reasons; `self-care` when there are none. */
  readonly level: TriageLevel;
  /** Urgent first, then see-doctor, then self-care; one per code. */
  readonly reasons: readonly TriageReason[];
}

/**
 * What triage reads from a symptom: a stored {@link SymptomEntry} fits as it is, and so does the
 * symptom form's state while the person types (see {@link readTriageInput}). Every field may be
 * missing or null for "not given yet"; a missing field never raises a level.
 */
export interface TriageInput {
  /** The stored entry's id, so the entry is skipped if the caller's history holds it too. */
  readonly id?: string | null | undefined;
  /** Sensation ids (SENSATIONS) or the person's own words. */
  readonly sensations?: readonly string[] | null | undefined;
  readonly locations?: readonly BodyLocation[] | null | undefined;
  readonly severity?: number | null | undefined;
  readonly warningSigns?: readonly WarningSign[] | null | undefined;
  readonly worseWithActivity?: boolean | null | undefined;
  readonly durationMinutes?: number | null | undefined;
  readonly ongoing?: boolean | null | undefined;
  readonly onset?: { readonly kind: OnsetKind } | null | undefined;
  /** UTC instant (ISO 8601). */
  readonly notedAt?: string | null | undefined;
  /** Used to count distinct local days; 0 when unknown. */
  readonly utcOffsetMinutes?: number | null | undefined;
  readonly sessionId?: string | null | undefined;
}

/** How far back history is read. */
export const HISTORY_WINDOW_DAYS = 56;
/** "More than an hour" (001) and "numbness that persists" (000). */
export const LONG_EPISODE_MINUTES = 60;
/** "Getting worse over weeks": the same sensation in the same region in this many of the last 4 weeks… */
export const WORSENING_MIN_WEEKS = 3;
export const WORSENING_WEEKS = 4;
/** …and the latest of those weeks' mean severity at least this far above the earliest's. */
export const WORSENING_MIN_RISE = 1;
/** "Chronic numbness of the hands": hand or finger numbness on this many days, across this many weeks. */
export const CHRONIC_HAND_MIN_DAYS = 6;
export const CHRONIC_HAND_MIN_WEEKS = 3;
/** "Twitching again and again": twitching on this many days within the last 4 weeks. */
export const RECURRING_TWITCH_MIN_DAYS = 3;

const article = {
  legNumbness: '000_218928ff4468a13f',
  legNumbnessId: '001_cc73624b69ced6c8',
  twitching: '002_b99948eef4740e6e',
  waistAndLeg: '003_773af2f96a64051c',
  handNumbness: '004_73e5d8f0b1719137',
} as const;

/**
 * Every article section triage cites, in one place (another suite checks that each one exists in
 * the structured articles).
 */
export const TRIAGE_SOURCES = {
  /** 000: paralysis, bowel/bladder, slurred speech, vision, worse with activity, dizziness → right away. */
  legNumbnessCallTheDoctor: { articleId: article.legNumbness, sectionId: 'when-to-call-the-doctor' },
  /** 000: numbness that persists or also happens at other times; shorter holds as self-care. */
  legNumbnessTreatment: { articleId: article.legNumbness, sectionId: 'treatment' },
  /** 001: stop, legs raised, loosen clothing; nausea, breathing, severe leg pain, fainting → right away. */
  stopExercise: { articleId: article.legNumbnessId, sectionId: 'hentikan-aktivitas-latihan' },
  /** 001: tingling over an hour or with other symptoms; symptoms that persist or get worse. */
  tinglingWarnings: { articleId: article.legNumbnessId, sectionId: 'peringatan-dan-risiko' },
  /** 002: usually benign; persistent, or with weakness, clumsiness and cramps → a doctor. */
  twitchingProblem: { articleId: article.twitching, sectionId: 'is-this-a-problem' },
  /** 003: lower-back pain with leg pain or numbness, mostly below the knee. */
  waistAndLegSoreness: { articleId: article.waistAndLeg, sectionId: 'what-is-waist-and-leg-soreness' },
  /** 004: posture and blood flow; chronic numbness → a doctor; disturbed blood flow to the brain. */
  handNumbnessCauses: { articleId: article.handNumbness, sectionId: 'causes-of-hand-numbness' },
  /** 004: left hand numb while the heart hurts or the chest feels pressed. */
  leftHandAndHeart: { articleId: article.handNumbness, sectionId: 'signs-and-diagnosis' },
} as const satisfies Record<string, SectionRef>;

const S = TRIAGE_SOURCES;

/** Every reason triage can give, with its level and sources; the UI needs `triage.reason.<code>` for each. */
export const TRIAGE_REASONS = {
  // Seek medical attention now.
  'leg-paralysis': { level: 'urgent', sources: [S.legNumbnessCallTheDoctor] },
  'bowel-bladder-control': { level: 'urgent', sources: [S.legNumbnessCallTheDoctor] },
  'slurred-speech': { level: 'urgent', sources: [S.legNumbnessCallTheDoctor, S.handNumbnessCauses] },
  'vision-changes': { level: 'urgent', sources: [S.legNumbnessCallTheDoctor, S.handNumbnessCauses] },
  'numbness-worse-with-activity': { level: 'urgent', sources: [S.legNumbnessCallTheDoctor] },
  'dizziness-with-numbness': { level: 'urgent', sources: [S.legNumbnessCallTheDoctor] },
  nausea: { level: 'urgent', sources: [S.stopExercise] },
  'difficulty-breathing': { level: 'urgent', sources: [S.stopExercise] },
  'severe-leg-pain': { level: 'urgent', sources: [S.stopExercise] },
  'loss-of-consciousness': { level: 'urgent', sources: [S.stopExercise] },
  'left-arm-numbness-with-chest-pain': { level: 'urgent', sources: [S.leftHandAndHeart] },
  'chest-pain': { level: 'urgent', sources: [S.leftHandAndHeart] },
  // See a doctor soon.
  dizziness: { level: 'see-doctor', sources: [S.tinglingWarnings] },
  'loss-of-balance': { level: 'see-doctor', sources: [S.tinglingWarnings] },
  'difficulty-urinating': { level: 'see-doctor', sources: [S.tinglingWarnings] },
  rash: { level: 'see-doctor', sources: [S.tinglingWarnings] },
  'tingling-over-an-hour': { level: 'see-doctor', sources: [S.tinglingWarnings] },
  'tingling-with-pain': { level: 'see-doctor', sources: [S.tinglingWarnings] },
  'tingling-with-limited-range': { level: 'see-doctor', sources: [S.tinglingWarnings] },
  'worsening-over-weeks': { level: 'see-doctor', sources: [S.tinglingWarnings] },
  'numbness-persists': { level: 'see-doctor', sources: [S.legNumbnessTreatment] },
  'numbness-at-rest': { level: 'see-doctor', sources: [S.legNumbnessTreatment] },
  'muscle-weakness': { level: 'see-doctor', sources: [S.twitchingProblem] },
  clumsiness: { level: 'see-doctor', sources: [S.twitchingProblem] },
  'twitching-with-weakness': { level: 'see-doctor', sources: [S.twitchingProblem] },
  'twitching-with-clumsiness': { level: 'see-doctor', sources: [S.twitchingProblem] },
  'twitching-persists': { level: 'see-doctor', sources: [S.twitchingProblem] },
  'twitching-again-with-weakness': { level: 'see-doctor', sources: [S.twitchingProblem] },
  'back-pain-with-leg-symptoms-below-knee': { level: 'see-doctor', sources: [S.waistAndLegSoreness] },
  'chronic-hand-numbness': { level: 'see-doctor', sources: [S.handNumbnessCauses] },
  // What the articles suggest for the harmless kind (only when nothing above applies).
  'self-care-leg-numbness': { level: 'self-care', sources: [S.legNumbnessTreatment, S.stopExercise] },
  'self-care-hand-numbness': { level: 'self-care', sources: [S.handNumbnessCauses] },
  'self-care-twitching': { level: 'self-care', sources: [S.twitchingProblem] },
  'self-care-back-and-leg-soreness': { level: 'self-care', sources: [S.waistAndLegSoreness] },
} as const satisfies Record<string, { level: TriageLevel; sources: readonly SectionRef[] }>;

export type TriageReasonCode = keyof typeof TRIAGE_REASONS;
export const TRIAGE_REASON_CODES = Object.keys(TRIAGE_REASONS) as TriageReasonCode[];

const LEVEL_RANK: Record<TriageLevel, number> = { urgent: 0, 'see-doctor': 1, 'self-care': 2 };

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
/** Twitching that lasts a day or more has not "ceased when you resume activity" (002). */
const TWITCH_PERSISTS_MINUTES = 24 * 60;

const HAND_REGIONS: ReadonlySet<BodyRegionId> = new Set(['hand', 'fingers']);
const LEFT_ARM_REGIONS: ReadonlySet<BodyRegionId> = new Set(['hand', 'fingers', 'forearm']);
/** Where lumbar problems show in the leg: "mostly below the knee joint" (003). */
const BELOW_KNEE_REGIONS: ReadonlySet<BodyRegionId> = new Set(['below-knee', 'calf', 'foot', 'sole', 'toes']);
const LEG_REGIONS: ReadonlySet<BodyRegionId> = new Set([
  'hip',
  'outer-thigh',
  'thigh',
  'hamstring',
  'knee',
  'below-knee',
  'calf',
  'foot',
  'sole',
  'toes',
]);

/** One symptom as the rules read it: unknowns already resolved to "absent". */
interface Reading {
  readonly time: number;
  readonly day: number;
  readonly sensations: ReadonlySet<string>;
  readonly locations: readonly BodyLocation[];
  readonly regions: ReadonlySet<BodyRegionId>;
  readonly severity: number | null;
  readonly signs: ReadonlySet<WarningSign>;
  readonly worseWithActivity: boolean;
  readonly durationMinutes: number | null;
  readonly ongoing: boolean;
  readonly onset: OnsetKind | null;
}

const knownSigns: ReadonlySet<string> = new Set(WARNING_SIGNS);
const knownRegions: ReadonlySet<string> = new Set(BODY_REGIONS);
const knownSides: ReadonlySet<string> = new Set(BODY_SIDES);
const knownOnsets: ReadonlySet<string> = new Set(ONSET_KINDS);

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function isLocation(value: unknown): value is BodyLocation {
  if (typeof value !== 'object' || value === null) return false;
  const { region, side } = value as Record<string, unknown>;
  return typeof region === 'string' && knownRegions.has(region) && typeof side === 'string' && knownSides.has(side);
}

function read(input: TriageInput, time: number): Reading {
  const offset = finite(input.utcOffsetMinutes) ?? 0;
  const locations = (input.locations ?? []).filter(isLocation);
  const onsetKind: unknown = input.onset?.kind;
  return {
    time,
    day: Math.floor((time + offset * 60_000) / DAY_MS),
    sensations: new Set(
      (input.sensations ?? []).filter((s) => typeof s === 'string').map((s) => s.trim().toLowerCase()),
    ),
    locations,
    regions: new Set(locations.map((location) => location.region)),
    severity: finite(input.severity),
    signs: new Set((input.warningSigns ?? []).filter((sign) => knownSigns.has(sign))),
    worseWithActivity: input.worseWithActivity === true,
    durationMinutes: finite(input.durationMinutes),
    ongoing: input.ongoing === true,
    onset: typeof onsetKind === 'string' && knownOnsets.has(onsetKind) ? (onsetKind as OnsetKind) : null,
  };
}

function sharesRegion(a: Reading, b: Reading): boolean {
  for (const region of a.regions) if (b.regions.has(region)) return true;
  return false;
}

function hasRegionIn(reading: Reading, regions: ReadonlySet<BodyRegionId>): boolean {
  for (const region of reading.regions) if (regions.has(region)) return true;
  return false;
}

function weekOf(reading: Reading, anchor: number): number {
  return Math.floor((anchor - reading.time) / WEEK_MS);
}

function isLong(reading: Reading): boolean {
  return reading.durationMinutes !== null && reading.durationMinutes > LONG_EPISODE_MINUTES;
}

/**
 * An episode "lasting more than an hour": this one did, or it is still going on and the same
 * sensation in the same place has lasted more than an hour before.
 */
function lastsOverAnHour(entry: Reading, history: readonly Reading[], sensation: string): boolean {
  if (isLong(entry)) return true;
  return (
    entry.ongoing && history.some((past) => past.sensations.has(sensation) && isLong(past) && sharesRegion(entry, past))
  );
}

/** The same sensation in the same region in ≥ 3 of the last 4 weeks, mean severity rising by ≥ 1. */
function worseningOverWeeks(entry: Reading, history: readonly Reading[]): boolean {
  for (const sensation of entry.sensations) {
    for (const region of entry.regions) {
      const weeks = new Map<number, number[]>();
      for (const reading of [entry, ...history]) {
        const week = weekOf(reading, entry.time);
        if (week >= WORSENING_WEEKS || !reading.sensations.has(sensation) || !reading.regions.has(region)) continue;
        const severities = weeks.get(week) ?? [];
        if (reading.severity !== null) severities.push(reading.severity);
        weeks.set(week, severities);
      }
      if (weeks.size < WORSENING_MIN_WEEKS) continue;
      const means = [...weeks.entries()]
        .filter(([, severities]) => severities.length > 0)
        .sort(([a], [b]) => b - a) // earliest week (largest number) first
        .map(([, severities]) => severities.reduce((sum, s) => sum + s, 0) / severities.length);
      const earliest = means[0];
      const latest = means[means.length - 1];
      if (earliest !== undefined && latest !== undefined && latest - earliest >= WORSENING_MIN_RISE) return true;
    }
  }
  return false;
}

function isHandNumbness(reading: Reading): boolean {
  return reading.sensations.has('numbness') && hasRegionIn(reading, HAND_REGIONS);
}

function chronicHandNumbness(entry: Reading, history: readonly Reading[]): boolean {
  if (!isHandNumbness(entry)) return false;
  const numb = [entry, ...history.filter(isHandNumbness)];
  const days = new Set(numb.map((reading) => reading.day));
  const weeks = new Set(numb.map((reading) => weekOf(reading, entry.time)));
  return days.size >= CHRONIC_HAND_MIN_DAYS && weeks.size >= CHRONIC_HAND_MIN_WEEKS;
}

function hasWeakness(reading: Reading): boolean {
  return reading.sensations.has('weakness') || reading.signs.has('muscle-weakness') || reading.signs.has('clumsiness');
}

/** Twitching on ≥ 3 days in the last 4 weeks, with weakness or clumsiness on at least one of them. */
function twitchingAgainWithWeakness(entry: Reading, history: readonly Reading[]): boolean {
  const twitches = [entry, ...history].filter(
    (reading) => reading.sensations.has('twitching') && weekOf(reading, entry.time) < WORSENING_WEEKS,
  );
  const days = new Set(twitches.map((reading) => reading.day));
  return days.size >= RECURRING_TWITCH_MIN_DAYS && twitches.some(hasWeakness);
}

/** The reasons one ticked warning sign gives, read with the rest of the entry. */
function signReason(sign: WarningSign, entry: Reading): TriageReasonCode {
  const numb = entry.sensations.has('numbness');
  const twitching = entry.sensations.has('twitching');
  switch (sign) {
    case 'leg-paralysis':
    case 'bowel-bladder-control':
    case 'slurred-speech':
    case 'vision-changes':
    case 'nausea':
    case 'difficulty-breathing':
    case 'severe-leg-pain':
    case 'loss-of-consciousness':
    case 'loss-of-balance':
    case 'difficulty-urinating':
    case 'rash':
      return sign;
    case 'dizziness':
      // 000 lists dizziness with numbness as "right away"; 001 lists it with tingling as "see a doctor".
      return numb ? 'dizziness-with-numbness' : 'dizziness';
    case 'chest-pain': {
      const leftArm = entry.locations.some(
        (location) => location.side !== 'right' && LEFT_ARM_REGIONS.has(location.region),
      );
      const numbOrTingling = numb || entry.sensations.has('tingling');
      return leftArm && numbOrTingling ? 'left-arm-numbness-with-chest-pain' : 'chest-pain';
    }
    case 'muscle-weakness':
      return twitching ? 'twitching-with-weakness' : 'muscle-weakness';
    case 'clumsiness':
      return twitching ? 'twitching-with-clumsiness' : 'clumsiness';
    default: {
      const unhandled: never = sign;
      throw new Error(`No triage rule for warning sign ${String(unhandled)}`);
    }
  }
}

function selfCareReasons(entry: Reading): TriageReasonCode[] {
  const codes: TriageReasonCode[] = [];
  const has = (...sensations: string[]) => sensations.some((s) => entry.sensations.has(s));
  if (has('numbness', 'tingling', 'burning') && hasRegionIn(entry, LEG_REGIONS)) codes.push('self-care-leg-numbness');
  if (has('numbness', 'tingling') && hasRegionIn(entry, LEFT_ARM_REGIONS)) codes.push('self-care-hand-numbness');
  if (has('twitching', 'cramp')) codes.push('self-care-twitching');
  if (has('soreness', 'pain', 'stiffness') && (entry.regions.has('lower-back') || hasRegionIn(entry, LEG_REGIONS))) {
    codes.push('self-care-back-and-leg-soreness');
  }
  return codes;
}

function reasonCodes(entry: Reading, history: readonly Reading[]): TriageReasonCode[] {
  const codes: TriageReasonCode[] = [];
  const numb = entry.sensations.has('numbness');
  const tingling = entry.sensations.has('tingling');
  const twitching = entry.sensations.has('twitching');

  for (const sign of entry.signs) codes.push(signReason(sign, entry));

  // 000, "When to Call the Doctor".
  if (numb && entry.worseWithActivity) codes.push('numbness-worse-with-activity');

  // 001, "Peringatan dan Risiko".
  if (tingling) {
    if (lastsOverAnHour(entry, history, 'tingling')) codes.push('tingling-over-an-hour');
    if (entry.sensations.has('pain')) codes.push('tingling-with-pain');
    if (entry.sensations.has('limited-range')) codes.push('tingling-with-limited-range');
  }
  if (worseningOverWeeks(entry, history)) codes.push('worsening-over-weeks');

  // 000, "Treatment".
  if (numb) {
    if (lastsOverAnHour(entry, history, 'numbness')) codes.push('numbness-persists');
    const atRest = (reading: Reading) => reading.sensations.has('numbness') && reading.onset === 'at-rest';
    if (atRest(entry) || history.some(atRest)) codes.push('numbness-at-rest');
  }

  // 002, "Is This a Problem?".
  if (twitching) {
    if (entry.sensations.has('weakness')) codes.push('twitching-with-weakness');
    if (entry.durationMinutes !== null && entry.durationMinutes >= TWITCH_PERSISTS_MINUTES) {
      codes.push('twitching-persists');
    }
    if (twitchingAgainWithWeakness(entry, history)) codes.push('twitching-again-with-weakness');
  }

  // 003: lower-back pain with leg pain or numbness, mostly below the knee.
  if (
    entry.regions.has('lower-back') &&
    hasRegionIn(entry, BELOW_KNEE_REGIONS) &&
    (entry.sensations.has('pain') || entry.sensations.has('soreness')) &&
    (entry.sensations.has('pain') || numb)
  ) {
    codes.push('back-pain-with-leg-symptoms-below-knee');
  }

  // 004: chronic numbness of the hands.
  if (chronicHandNumbness(entry, history)) codes.push('chronic-hand-numbness');

  return codes.length > 0 ? codes : selfCareReasons(entry);
}

const codeOrder = new Map<string, number>(TRIAGE_REASON_CODES.map((code, index) => [code, index]));

/** Classifies one symptom, with the person's recent history (see the module note). */
export function triage(entry: TriageInput, history: readonly SymptomEntry[], now: Date): TriageResult {
  const nowMs = now.getTime();
  const notedAt = typeof entry.notedAt === 'string' ? Date.parse(entry.notedAt) : Number.NaN;
  const anchor = Number.isFinite(notedAt) && notedAt <= nowMs ? notedAt : nowMs;
  const reading = read(entry, anchor);

  const past: Reading[] = [];
  for (const other of history) {
    if (other === entry || (typeof entry.id === 'string' && other.id === entry.id)) continue;
    const time = Date.parse(other.notedAt);
    if (!Number.isFinite(time) || time > anchor || anchor - time >= HISTORY_WINDOW_DAYS * DAY_MS) continue;
    past.push(read(other, time));
  }

  const codes = [...new Set(reasonCodes(reading, past))].sort(
    (a, b) =>
      LEVEL_RANK[TRIAGE_REASONS[a].level] - LEVEL_RANK[TRIAGE_REASONS[b].level] ||
      (codeOrder.get(a) ?? 0) - (codeOrder.get(b) ?? 0),
  );
  const reasons: TriageReason[] = codes.map((code) => ({ code, ...TRIAGE_REASONS[code] }));
  return { level: reasons[0]?.level ?? 'self-care', reasons };
}

/**
 * Reads what the symptom form holds (for example `symptomInputFromDraft(...)`, before validation)
 * as a {@link TriageInput}: fields of the wrong type or with unknown ids are left out, never thrown on.
 */
export function readTriageInput(value: unknown): TriageInput {
  if (typeof value !== 'object' || value === null) return {};
  const record = value as Record<string, unknown>;
  const strings = (field: unknown) =>
    Array.isArray(field) ? field.filter((item): item is string => typeof item === 'string') : [];
  const onset = record['onset'];
  const onsetKind =
    typeof onset === 'object' && onset !== null ? (onset as Record<string, unknown>)['kind'] : undefined;
  const text = (field: unknown) => (typeof field === 'string' ? field : null);
  return {
    id: text(record['id']),
    sensations: strings(record['sensations']),
    locations: Array.isArray(record['locations']) ? record['locations'].filter(isLocation) : [],
    severity: finite(record['severity']),
    warningSigns: strings(record['warningSigns']).filter((sign): sign is WarningSign => knownSigns.has(sign)),
    worseWithActivity: typeof record['worseWithActivity'] === 'boolean' ? record['worseWithActivity'] : null,
    durationMinutes: finite(record['durationMinutes']),
    ongoing: record['ongoing'] === true,
    onset: typeof onsetKind === 'string' && knownOnsets.has(onsetKind) ? { kind: onsetKind as OnsetKind } : null,
    notedAt: text(record['notedAt']),
    utcOffsetMinutes: finite(record['utcOffsetMinutes']),
    sessionId: text(record['sessionId']),
  };
}
