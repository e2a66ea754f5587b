import { describe, expect, it } from 'vitest';
import { reuseUnchanged } from '../../../../shared/trends/reuse-unchanged';

describe('reuseUnchanged', () => {
  const previous = { counts: [1, 2, 3], totals: { episodes: 6 }, bucket: 'day' as string };

  it('keeps the previous parts that are equal and takes the new ones that differ', () => {
    const next = { counts: [1, 2, 3], totals: { episodes: 7 }, bucket: 'day' };
    const merged = reuseUnchanged(previous, next);
    expect(merged).toEqual(next);
    expect(merged.counts).toBe(previous.counts);
    expect(merged.totals).toBe(next.totals);
  });

  it('answers with the previous object itself when nothing changed', () => {
    expect(reuseUnchanged(previous, structuredClone(previous))).toBe(previous);
  });

  it('takes the new answer as it is without a previous one, and notices a part that went away', () => {
    const next = { counts: [1], totals: { episodes: 1 }, bucket: 'week' };
    expect(reuseUnchanged(undefined, next)).toBe(next);
    const fewer: Partial<typeof previous> = { counts: [1, 2, 3], totals: { episodes: 6 } };
    expect(reuseUnchanged<Partial<typeof previous>>(previous, fewer)).not.toBe(previous);
  });
});
