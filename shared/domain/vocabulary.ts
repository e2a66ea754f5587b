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
