/**
 * The words beside the numbers, so that "4" means the same to the person today as next month.
 * Each returns an i18n key under `scales.*`.
 */
export type SeverityWord = 'none' | 'mild' | 'moderate' | 'severe' | 'worst';
export type IntensityWord = 'very-light' | 'light' | 'moderate' | 'hard' | 'very-hard' | 'maximal';

/** Severity 0–10: 0 nothing, 1–3 mild, 4–6 moderate, 7–9 severe, 10 the worst imaginable. */
export function severityWord(severity: number): SeverityWord | null {
  if (!Number.isInteger(severity) || severity < 0 || severity > 10) return null;
  if (severity === 0) return 'none';
  if (severity <= 3) return 'mild';
  if (severity <= 6) return 'moderate';
  if (severity <= 9) return 'severe';
  return 'worst';
}

/** Rate of perceived exertion 1–10 (the modified Borg scale's words). */
export function intensityWord(rpe: number): IntensityWord | null {
  if (!Number.isInteger(rpe) || rpe < 1 || rpe > 10) return null;
  if (rpe === 1) return 'very-light';
  if (rpe <= 3) return 'light';
  if (rpe <= 5) return 'moderate';
  if (rpe <= 7) return 'hard';
  if (rpe <= 9) return 'very-hard';
  return 'maximal';
}
