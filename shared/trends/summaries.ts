import type { ActivityRow, CalendarData, DoseData, EpisodeCounts, OnsetCount, RegionCount } from './aggregate';

/** The facts each chart's one-sentence summary states; the screen words them. */

export function busiestBucket(counts: EpisodeCounts): { bucket: string; episodes: number } | null {
  let best: { bucket: string; episodes: number } | null = null;
  for (const point of counts.points)
    if (point.episodes > 0 && (best === null || point.episodes > best.episodes)) best = point;
  return best;
}

export function topActivity(rows: readonly ActivityRow[]): ActivityRow | null {
  return rows.find((row) => row.activity !== null && row.episodes > 0) ?? null;
}

export function topRegion(regions: readonly RegionCount[]): RegionCount | null {
  return regions[0] ?? null;
}

export function commonestOnset(onset: readonly OnsetCount[]): OnsetCount | null {
  let best: OnsetCount | null = null;
  for (const count of onset) {
    if (count.bin === 'not-recorded' || count.episodes === 0) continue;
    if (best === null || count.episodes > best.episodes) best = count;
  }
  return best;
}

export function calendarCoverage(calendar: CalendarData): { cellsWithEpisodes: number; episodes: number } {
  return {
    cellsWithEpisodes: calendar.cells.length,
    episodes: calendar.cells.reduce((sum, cell) => sum + cell.episodes, 0),
  };
}

/**
 * Mean worst severity after the lower-dose half of the sessions and after the higher-dose half:
 * whether harder sessions are followed by worse symptoms. Null with fewer than 4 sessions.
 */
export function doseHalves(dose: DoseData): { lower: number; higher: number; sessions: number } | null {
  const pairs: { dose: number; worst: number; weight: number }[] =
    dose.mode === 'sessions'
      ? dose.points.map((point) => ({ dose: point.dose, worst: point.worst, weight: 1 }))
      : dose.bins
          .filter((bin) => bin.sessions > 0 && bin.meanWorst !== null)
          .map((bin) => ({ dose: (bin.from + bin.to) / 2, worst: bin.meanWorst ?? 0, weight: bin.sessions }));
  const sessions = pairs.reduce((sum, pair) => sum + pair.weight, 0);
  if (sessions < 4) return null;
  const sorted = [...pairs].sort((a, b) => a.dose - b.dose);
  let seen = 0;
  const lower = { sum: 0, weight: 0 };
  const higher = { sum: 0, weight: 0 };
  for (const pair of sorted) {
    const half = seen + pair.weight / 2 < sessions / 2 ? lower : higher;
    half.sum += pair.worst * pair.weight;
    half.weight += pair.weight;
    seen += pair.weight;
  }
  if (lower.weight === 0 || higher.weight === 0) return null;
  return {
    lower: Math.round((lower.sum / lower.weight) * 10) / 10,
    higher: Math.round((higher.sum / higher.weight) * 10) / 10,
    sessions,
  };
}
