import { describe, expect, it } from 'vitest';
import {
  MAP_LOCATIONS,
  MIDLINE_REGIONS,
  hasLocation,
  isMidlineRegion,
  nearestInDirection,
  normaliseLocations,
  spaceContinuesTypeAhead,
  toggleLocation,
  typeAheadMatch,
  type MapPoint,
} from '../../../../shared/domain/body-locations';
import { bodyLocationSchema, type BodyLocation } from '../../../../shared/domain/records';
import { BODY_MAP_FIGURES, type MapShape } from '../../../../renderer/components/body-map/body-map-shapes';
import { BODY_REGIONS } from '../../../../shared/domain/vocabulary';

const leftCalf: BodyLocation = { region: 'calf', side: 'left' };
const rightCalf: BodyLocation = { region: 'calf', side: 'right' };
const neck: BodyLocation = { region: 'neck', side: 'both' };

describe('midline and paired regions', () => {
  it('keeps the neck and the lower back on the midline and pairs every other region', () => {
    expect(MIDLINE_REGIONS).toEqual(['neck', 'lower-back']);
    expect(BODY_REGIONS.filter(isMidlineRegion)).toEqual(['neck', 'lower-back']);
  });

  it('offers every region: paired ones left and right, midline ones once, all storable', () => {
    expect(MAP_LOCATIONS).toHaveLength(2 * BODY_REGIONS.length - MIDLINE_REGIONS.length);
    for (const region of BODY_REGIONS) {
      const sides = MAP_LOCATIONS.filter((location) => location.region === region).map((location) => location.side);
      expect(sides).toEqual(isMidlineRegion(region) ? ['both'] : ['left', 'right']);
    }
    for (const location of MAP_LOCATIONS) expect(bodyLocationSchema.parse(location)).toEqual(location);
  });

  it('lists places in BODY_REGIONS order, then left, right, both', () => {
    expect(MAP_LOCATIONS.slice(0, 7)).toEqual([
      { region: 'hand', side: 'left' },
      { region: 'hand', side: 'right' },
      { region: 'fingers', side: 'left' },
      { region: 'fingers', side: 'right' },
      { region: 'forearm', side: 'left' },
      { region: 'forearm', side: 'right' },
      { region: 'neck', side: 'both' },
    ]);
  });
});

describe('normaliseLocations', () => {
  it('sorts and removes duplicates', () => {
    expect(normaliseLocations([rightCalf, neck, leftCalf, rightCalf, neck])).toEqual([neck, leftCalf, rightCalf]);
  });

  it('reads a paired region stored with both sides, as older entries have it, as left and right', () => {
    expect(normaliseLocations([{ region: 'calf', side: 'both' }])).toEqual([leftCalf, rightCalf]);
    expect(normaliseLocations([{ region: 'calf', side: 'both' }, leftCalf])).toEqual([leftCalf, rightCalf]);
  });

  it('reads a midline region stored with one side as the region', () => {
    expect(
      normaliseLocations([
        { region: 'lower-back', side: 'left' },
        { region: 'lower-back', side: 'right' },
      ]),
    ).toEqual([{ region: 'lower-back', side: 'both' }]);
  });

  it('returns an empty list for an empty one, and never changes its input', () => {
    expect(normaliseLocations([])).toEqual([]);
    const stored: readonly BodyLocation[] = Object.freeze([rightCalf, leftCalf]);
    normaliseLocations(stored);
    expect(stored).toEqual([rightCalf, leftCalf]);
  });
});

describe('hasLocation', () => {
  it('finds a side that is in the list, and not the other side', () => {
    expect(hasLocation([leftCalf], 'calf', 'left')).toBe(true);
    expect(hasLocation([leftCalf], 'calf', 'right')).toBe(false);
    expect(hasLocation([leftCalf], 'knee', 'left')).toBe(false);
    expect(hasLocation([], 'calf', 'left')).toBe(false);
  });

  it('counts a paired region stored with both sides as each side', () => {
    const older: BodyLocation[] = [{ region: 'sole', side: 'both' }];
    expect(hasLocation(older, 'sole', 'left')).toBe(true);
    expect(hasLocation(older, 'sole', 'right')).toBe(true);
    expect(hasLocation(older, 'sole', 'both')).toBe(true);
  });

  it('asks for both sides of a paired region only when both are there', () => {
    expect(hasLocation([leftCalf], 'calf', 'both')).toBe(false);
    expect(hasLocation([leftCalf, rightCalf], 'calf', 'both')).toBe(true);
  });

  it('finds a midline region whatever side it was stored or asked with', () => {
    expect(hasLocation([neck], 'neck', 'both')).toBe(true);
    expect(hasLocation([neck], 'neck', 'left')).toBe(true);
    expect(hasLocation([{ region: 'neck', side: 'right' }], 'neck', 'both')).toBe(true);
  });
});

describe('toggleLocation', () => {
  it('adds a place that is not there, in order, without changing the list it was given', () => {
    const before: readonly BodyLocation[] = Object.freeze([rightCalf]);
    expect(toggleLocation(before, 'calf', 'left')).toEqual([leftCalf, rightCalf]);
    expect(toggleLocation(before, 'hand', 'right')).toEqual([{ region: 'hand', side: 'right' }, rightCalf]);
    expect(before).toEqual([rightCalf]);
  });

  it('removes a place that is there and keeps the rest', () => {
    expect(toggleLocation([leftCalf, neck, rightCalf], 'calf', 'left')).toEqual([neck, rightCalf]);
  });

  it('toggling twice gives the list back', () => {
    const start = [neck, leftCalf];
    expect(toggleLocation(toggleLocation(start, 'toes', 'right'), 'toes', 'right')).toEqual(start);
  });

  it('stores a midline region with side both, whatever side it was toggled with', () => {
    expect(toggleLocation([], 'neck', 'both')).toEqual([neck]);
    expect(toggleLocation([], 'lower-back', 'left')).toEqual([{ region: 'lower-back', side: 'both' }]);
    expect(toggleLocation([neck], 'neck', 'right')).toEqual([]);
  });

  it('takes one side off a paired region stored with both sides and keeps the other', () => {
    expect(toggleLocation([{ region: 'calf', side: 'both' }], 'calf', 'left')).toEqual([rightCalf]);
  });

  it('toggles both sides of a paired region together', () => {
    expect(toggleLocation([], 'knee', 'both')).toEqual([
      { region: 'knee', side: 'left' },
      { region: 'knee', side: 'right' },
    ]);
    expect(toggleLocation([{ region: 'knee', side: 'left' }], 'knee', 'both')).toEqual([
      { region: 'knee', side: 'left' },
      { region: 'knee', side: 'right' },
    ]);
    expect(
      toggleLocation(
        [
          { region: 'knee', side: 'left' },
          { region: 'knee', side: 'right' },
        ],
        'knee',
        'both',
      ),
    ).toEqual([]);
  });

  it('can select every place the map offers, and the result passes the record schema', () => {
    const everything = MAP_LOCATIONS.reduce<BodyLocation[]>(
      (list, { region, side }) => toggleLocation(list, region, side),
      [],
    );
    expect(everything).toEqual(MAP_LOCATIONS);
    for (const location of everything) expect(bodyLocationSchema.safeParse(location).success).toBe(true);
  });
});

describe('nearestInDirection', () => {
  // A small figure: two knees side by side, a shin under each, a hip up and to the left.
  const points: MapPoint[] = [
    { x: 40, y: 100 }, // 0 right knee (viewer's left)
    { x: 80, y: 100 }, // 1 left knee
    { x: 40, y: 140 }, // 2 right shin
    { x: 80, y: 140 }, // 3 left shin
    { x: 30, y: 50 }, // 4 right hip
  ];

  it('moves to the nearest point the way asked', () => {
    expect(nearestInDirection(points, 0, 'down')).toBe(2);
    expect(nearestInDirection(points, 0, 'right')).toBe(1);
    expect(nearestInDirection(points, 3, 'left')).toBe(2);
    expect(nearestInDirection(points, 3, 'up')).toBe(1);
    expect(nearestInDirection(points, 0, 'up')).toBe(4);
  });

  it('prefers a point straight ahead to a nearer one off to the side', () => {
    // From the left knee, the right shin is as near going down as the left shin, but off to the side.
    expect(nearestInDirection(points, 1, 'down')).toBe(3);
  });

  it('returns null at an edge, and for an unknown start', () => {
    expect(nearestInDirection(points, 2, 'down')).toBeNull();
    expect(nearestInDirection(points, 4, 'left')).toBeNull();
    expect(nearestInDirection(points, 9, 'down')).toBeNull();
  });

  it('ignores points level with the start when moving up or down', () => {
    expect(nearestInDirection(points.slice(0, 2), 0, 'down')).toBeNull();
  });

  it('does not reach a point much further sideways than ahead', () => {
    // A foot just left of a shin and well below it is not "left" of the shin.
    const shinAndFoot = [
      { x: 42, y: 200 },
      { x: 41, y: 228 },
    ];
    expect(nearestInDirection(shinAndFoot, 0, 'left')).toBeNull();
    expect(nearestInDirection(shinAndFoot, 0, 'down')).toBe(1);
  });
});

describe('typeAheadMatch', () => {
  const names = [
    ['Left hand'],
    ['Right hand'],
    ['Neck'],
    ['Left calf'],
    ['Right calf'],
    ['Below the left knee', 'Left below the knee'],
  ];

  it('finds a name by a word in it, or by its start', () => {
    expect(typeAheadMatch(names, 'calf', 0)).toBe(3);
    expect(typeAheadMatch(names, 'left c', 0)).toBe(3);
    expect(typeAheadMatch(names, 'right c', 0)).toBe(4);
    expect(typeAheadMatch(names, 'neck', 0)).toBe(2);
  });

  it('ignores case and extra spaces', () => {
    expect(typeAheadMatch(names, 'LEFT  CALF', 0)).toBe(3);
    expect(typeAheadMatch(names, ' calf', 0)).toBe(3);
  });

  it('matches any of an item’s names', () => {
    expect(typeAheadMatch(names, 'left b', 0)).toBe(5);
    expect(typeAheadMatch(names, 'below', 0)).toBe(5);
  });

  it('stays on the current item while a longer text still matches it, and wraps around', () => {
    expect(typeAheadMatch(names, 'calf', 3)).toBe(3);
    expect(typeAheadMatch(names, 'hand', 5)).toBe(0);
  });

  it('cycles through the matches of a single letter, typed once or over and over', () => {
    expect(typeAheadMatch(names, 'r', 0)).toBe(1);
    expect(typeAheadMatch(names, 'r', 1)).toBe(4);
    expect(typeAheadMatch(names, 'rr', 1)).toBe(4);
    expect(typeAheadMatch(names, 'rrr', 4)).toBe(1);
  });

  it('returns null when nothing matches or nothing was typed', () => {
    expect(typeAheadMatch(names, 'elbow', 0)).toBeNull();
    expect(typeAheadMatch(names, '', 0)).toBeNull();
    expect(typeAheadMatch([], 'calf', 0)).toBeNull();
  });
});

describe('spaceContinuesTypeAhead', () => {
  const names = [['Left calf'], ['Neck']];

  it('is true when the typed text is followed by a space in a name', () => {
    expect(spaceContinuesTypeAhead(names, 'left')).toBe(true);
    expect(spaceContinuesTypeAhead(names, 'Le')).toBe(false);
  });

  it('is false after a whole name, and when nothing was typed, so Space selects', () => {
    expect(spaceContinuesTypeAhead(names, 'calf')).toBe(false);
    expect(spaceContinuesTypeAhead(names, 'neck')).toBe(false);
    expect(spaceContinuesTypeAhead(names, '')).toBe(false);
  });
});

// The body map's drawing is plain data, so what it offers is checked here without a browser.
describe('the body map drawing', () => {
  const shapes: MapShape[] = BODY_MAP_FIGURES.flatMap((figure) =>
    figure.parts.flatMap((part) => (part.kind === 'place' ? [part.shape] : [])),
  );
  const regionsOn = (view: string) =>
    new Set(shapes.filter((shape) => shape.view === view).map((shape) => shape.location.region));

  it('gives every place exactly one shape a keyboard and a screen reader reach', () => {
    const primary = shapes.filter((shape) => shape.primary).map((shape) => shape.location);
    const key = (location: { region: string; side: string }) => `${location.region}:${location.side}`;
    expect(primary.map(key).sort()).toEqual(MAP_LOCATIONS.map(key).sort());
    expect(new Set(primary.map(key)).size).toBe(primary.length);
  });

  it('draws each region on the view where a person would look for it', () => {
    expect([...regionsOn('front')].sort()).toEqual(
      ['below-knee', 'fingers', 'foot', 'forearm', 'hand', 'hip', 'knee', 'outer-thigh', 'thigh', 'toes'].sort(),
    );
    expect([...regionsOn('back')].sort()).toEqual(
      ['calf', 'fingers', 'forearm', 'hamstring', 'hand', 'hip', 'lower-back', 'neck', 'outer-thigh', 'sole'].sort(),
    );
  });

  it('puts the person’s left on the viewer’s right on the front, and on the viewer’s left on the back', () => {
    const centreX = (view: string, side: string) =>
      shapes.find((shape) => shape.view === view && shape.location.region === 'hand' && shape.location.side === side)
        ?.centre.x ?? NaN;
    expect(centreX('front', 'left')).toBeGreaterThan(centreX('front', 'right'));
    expect(centreX('back', 'left')).toBeLessThan(centreX('back', 'right'));
  });

  it('has unique shape ids and path data for every shape', () => {
    expect(new Set(shapes.map((shape) => shape.id)).size).toBe(shapes.length);
    for (const shape of shapes) expect(shape.d).toMatch(/^M[\d. L-]+Z$/);
  });
});
