/**
 * The words the journal records, taken from the domain brief. Ids are stable and stored in the
 * database; what a person reads comes from the i18n layer (`vocabulary.<kind>.<id>`).
 */
export const ACTIVITIES = [
  'running',
  'walking',
  'trail-running',
  'power-hiking',
  'aerobics',
  'yoga',
  'squats-holds',
  'weight-lifting',
  'stair-stepper',
  'cycling',
  'swimming',
] as const;
export type ActivityId = (typeof ACTIVITIES)[number];

export const SENSATIONS = [
  'numbness',
  'tingling',
  'burning',
  'twitching',
  'cramp',
  'soreness',
  'pain',
  'weakness',
  'stiffness',
  'pallor-coldness',
  'limited-range',
  'loss-fine-movement',
] as const;
export type SensationId = (typeof SENSATIONS)[number];

export const BODY_REGIONS = [
  'hand',
  'fingers',
  'forearm',
  'neck',
  'lower-back',
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
] as const;
export type BodyRegionId = (typeof BODY_REGIONS)[number];

export const BODY_SIDES = ['left', 'right', 'both'] as const;
export type BodySide = (typeof BODY_SIDES)[number];

export const SEVERITY_MIN = 0;
export const SEVERITY_MAX = 10;

export function isKnownActivity(activity: string): activity is ActivityId {
  return (ACTIVITIES as readonly string[]).includes(activity);
}

export function isKnownSensation(sensation: string): sensation is SensationId {
  return (SENSATIONS as readonly string[]).includes(sensation);
}

/** Rate of perceived exertion: 1 (very light) to 10 (maximal). */
export const RPE_MIN = 1;
export const RPE_MAX = 10;

/**
 * Yes/no factors the articles name as causes or remedies, recorded per workout so a person can
 * test them against their own log. Each is yes, no, or not recorded.
 */
export const YES_NO_FACTORS = [
  'repeatedMovements',
  'warmUp',
  'stretching',
  'electrolytes',
  'tightClothing',
  'cold',
  'gripTrainer',
] as const;
export type YesNoFactor = (typeof YES_NO_FACTORS)[number];

/** Measured factors, each with the largest value the journal accepts. */
export const AMOUNT_FACTORS = {
  longestHoldMinutes: 600,
  waterMl: 10_000,
  sittingHours: 24,
} as const;
export type AmountFactor = keyof typeof AMOUNT_FACTORS;

/** When a symptom began, relative to the workout it is linked to. */
export const ONSET_KINDS = ['during', 'right-after', 'after', 'next-day', 'at-rest'] as const;
export type OnsetKind = (typeof ONSET_KINDS)[number];

/** The warning signs the articles state (domain brief); triage decides what each one means. */
export const WARNING_SIGNS = [
  'leg-paralysis',
  'bowel-bladder-control',
  'slurred-speech',
  'vision-changes',
  'dizziness',
  'nausea',
  'difficulty-breathing',
  'severe-leg-pain',
  'loss-of-consciousness',
  'chest-pain',
  'loss-of-balance',
  'difficulty-urinating',
  'rash',
  'muscle-weakness',
  'clumsiness',
] as const;
export type WarningSign = (typeof WARNING_SIGNS)[number];

/** What the articles suggest for the harmless kind, and what people report trying. */
export const RELIEFS = [
  'rest',
  'legs-raised',
  'loosened-clothing',
  'massage',
  'water',
  'electrolytes',
  'stretching',
  'warmth',
  'changed-position',
] as const;
export type Relief = (typeof RELIEFS)[number];

/** Entries the person made, and the removable sample data that shows a new user the app alive. */
export const ENTRY_SOURCES = ['person', 'sample'] as const;
export type EntrySource = (typeof ENTRY_SOURCES)[number];
