import { describe, expect, it } from 'vitest';
import { markerPath, SERIES_STYLES, tickInterval } from '../../../renderer/features/trends/chart-style';

/** The corners of a path made of absolute M/L and relative h/v commands. */
function corners(path: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MLhv])([^MLhvZ]*)/g)) {
    const values = (args ?? '').split(',').map(Number);
    if (command === 'M' || command === 'L') [x, y] = [values[0] ?? NaN, values[1] ?? NaN];
    else if (command === 'h') x += values[0] ?? NaN;
    else y += values[0] ?? NaN;
    points.push([x, y]);
  }
  return points;
}

function area(points: readonly [number, number][]): number {
  let twice = 0;
  points.forEach(([x1, y1], index) => {
    const [x2, y2] = points[(index + 1) % points.length] ?? [0, 0];
    twice += x1 * y2 - x2 * y1;
  });
  return Math.abs(twice) / 2;
}

describe('markerPath', () => {
  it('draws every series shape as one closed path of the same area, centred on the point', () => {
    for (const { shape } of SERIES_STYLES.filter((style) => style.shape !== 'circle')) {
      const path = markerPath(shape, 100, 50);
      expect(path.endsWith('Z')).toBe(true);
      const points = corners(path);
      expect(area(points)).toBeCloseTo(64, 0);
      const centre = points.reduce(([sx, sy], [x, y]) => [sx + x / points.length, sy + y / points.length], [0, 0]);
      expect(centre[0]).toBeCloseTo(100, 1);
      expect(centre[1]).toBeCloseTo(50, 1);
    }
  });

  it('draws the circle as two arcs across its diameter, of the same area', () => {
    const radius = Math.sqrt(64 / Math.PI);
    expect(markerPath('circle', 10, 20)).toBe(
      `M${(10 - radius).toFixed(2)},20a4.51,4.51 0 1,0 9.03,0a4.51,4.51 0 1,0 -9.03,0Z`,
    );
  });
});

describe('tickInterval', () => {
  it('labels about the number asked for, evenly, and every bucket of a short axis', () => {
    expect(tickInterval(90, 10)).toBe(8);
    expect(tickInterval(13, 6)).toBe(2);
    expect(tickInterval(5, 6)).toBe(0);
    expect(tickInterval(0, 6)).toBe(0);
  });
});
