/**
 * A new answer with every top-level part that equals the previous answer's replaced by that
 * previous part, and the previous answer itself when nothing changed. Components memoised on a
 * part then skip drawing again: one new symptom changes some of the Trends charts, not all seven.
 * Parts are compared by their JSON, which is all a worker's answer is made of.
 */
export function reuseUnchanged<T extends object>(previous: T | undefined, next: T): T {
  if (previous === undefined) return next;
  const merged: Partial<Record<keyof T, unknown>> = {};
  let changed = false;
  for (const key of Object.keys(next) as (keyof T)[]) {
    const same = JSON.stringify(previous[key]) === JSON.stringify(next[key]);
    merged[key] = same ? previous[key] : next[key];
    if (!same) changed = true;
  }
  if (!changed && Object.keys(previous).length === Object.keys(next).length) return previous;
  return merged as T;
}
