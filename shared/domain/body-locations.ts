import type { BodyLocation } from './records';
import { BODY_REGIONS, type BodyRegionId, type BodySide } from './vocabulary';

/**
 * Where on the body a symptom was felt, as the body map offers it: one side of a paired region
 * ("left calf"), or a region on the body's midline as a whole ("neck", stored with side `both`).
 */

export const MIDLINE_REGIONS = ['neck', 'lower-back'] as const satisfies readonly BodyRegionId[];
export type MidlineRegionId = (typeof MIDLINE_REGIONS)[number];
export type PairedRegionId = Exclude<BodyRegionId, MidlineRegionId>;
export type PairedSide = 'left' | 'right';

/** A place the map offers. Every stored location reads as one or more of these. */
export type MapLocation =
  | { readonly region: PairedRegionId; readonly side: PairedSide }
  | { readonly region: MidlineRegionId; readonly side: 'both' };

export function isMidlineRegion(region: BodyRegionId): region is MidlineRegionId {
  return (MIDLINE_REGIONS as readonly BodyRegionId[]).includes(region);
}

const PAIRED_SIDES: readonly PairedSide[] = ['left', 'right'];

/** Every place the map offers, in the order they are listed and announced. */
export const MAP_LOCATIONS: readonly MapLocation[] = BODY_REGIONS.flatMap((region): MapLocation[] =>
  isMidlineRegion(region) ? [{ region, side: 'both' }] : PAIRED_SIDES.map((side) => ({ region, side })),
);

/**
 * The places a stored list means, deduplicated and in order. Older entries were picked from a region
 * and a side list, so they may hold a paired region with side `both` (left and right) or a midline
 * region with one side; the map has a single choice for a midline region, so that reads as the region.
 */
export function normaliseLocations(list: readonly BodyLocation[]): MapLocation[] {
  const wanted = new Set<string>();
  for (const { region, side } of list) {
    if (isMidlineRegion(region)) wanted.add(key(region, 'both'));
    else if (side === 'both') PAIRED_SIDES.forEach((paired) => wanted.add(key(region, paired)));
    else wanted.add(key(region, side));
  }
  return MAP_LOCATIONS.filter((location) => wanted.has(key(location.region, location.side)));
}

/**
 * Whether the list includes the place. Asking for `both` sides of a paired region is true only when
 * both are in it; a midline region is in it whatever side it was stored with.
 */
export function hasLocation(list: readonly BodyLocation[], region: BodyRegionId, side: BodySide): boolean {
  const places = normaliseLocations(list);
  return sidesMeant(region, side).every((meant) =>
    places.some((place) => place.region === region && place.side === meant),
  );
}

/**
 * The list with the place added, or removed when it is already there; normalised and in order.
 * Toggling `both` sides of a paired region removes both when both are there, else adds both.
 */
export function toggleLocation(list: readonly BodyLocation[], region: BodyRegionId, side: BodySide): MapLocation[] {
  const places = normaliseLocations(list);
  const meant = sidesMeant(region, side);
  const isIn = (place: MapLocation) => place.region === region && meant.includes(place.side);
  if (hasLocation(places, region, side)) return places.filter((place) => !isIn(place));
  const added = meant.map((each) => ({ region, side: each }));
  return normaliseLocations([...places, ...added]);
}

function sidesMeant(region: BodyRegionId, side: BodySide): readonly BodySide[] {
  if (isMidlineRegion(region)) return ['both'];
  return side === 'both' ? PAIRED_SIDES : [side];
}

function key(region: BodyRegionId, side: BodySide): string {
  return `${region}:${side}`;
}

/*
 * Moving around the map from the keyboard. Kept here, away from the component, so the rules can be
 * tested without a browser.
 */

export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

export type MapDirection = 'up' | 'down' | 'left' | 'right';

const DIRECTION_VECTORS: Readonly<Record<MapDirection, MapPoint>> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** How much a sideways step counts against a candidate, compared with a step the way asked. */
const SIDEWAYS_WEIGHT = 2;
/** A point further sideways than twice its distance ahead (about 63°) is not "that way" at all. */
const MAX_SIDEWAYS_PER_AHEAD = 2;

/**
 * The index of the point nearest to `points[from]` in the direction, or null when nothing lies that
 * way. Distance sideways counts double, so "down" from a knee picks the shin below it rather than
 * the other knee's shin; a point almost level with the start is not reached by "left" or "right".
 */
export function nearestInDirection(points: readonly MapPoint[], from: number, direction: MapDirection): number | null {
  const origin = points[from];
  if (origin === undefined) return null;
  const { x: dx, y: dy } = DIRECTION_VECTORS[direction];
  let best: number | null = null;
  let bestScore = Infinity;
  points.forEach((point, index) => {
    const along = (point.x - origin.x) * dx + (point.y - origin.y) * dy;
    const sideways = Math.abs((point.x - origin.x) * dy - (point.y - origin.y) * dx);
    if (index === from || along <= 0 || sideways > along * MAX_SIDEWAYS_PER_AHEAD) return;
    const score = along + SIDEWAYS_WEIGHT * sideways;
    if (score < bestScore) {
      best = index;
      bestScore = score;
    }
  });
  return best;
}

function normaliseTyped(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/g, ' ').trimStart();
}

function nameMatches(names: readonly string[], query: string): boolean {
  return names.some((name) => {
    const lower = normaliseTyped(name);
    return lower.startsWith(query) || lower.includes(` ${query}`);
  });
}

/**
 * Type-ahead: the index of the next item one of whose names starts with what was typed, or has a word
 * that does ("calf" and "left c" both find "Left calf"); null when none does. A single letter moves
 * past the current item, so pressing it again cycles through the matches, as does the same letter
 * typed over and over; a longer text stays on the current item while it still matches.
 */
export function typeAheadMatch(names: readonly (readonly string[])[], typed: string, current: number): number | null {
  const query = normaliseTyped(typed);
  if (query === '') return null;
  const sameLetter = [...query].every((letter) => letter === query[0]);
  const found = searchFrom(names, query, query.length === 1 ? current + 1 : current);
  if (found !== null || !sameLetter) return found;
  return searchFrom(names, query.slice(0, 1), current + 1);
}

function searchFrom(names: readonly (readonly string[])[], query: string, start: number): number | null {
  for (let step = 0; step < names.length; step++) {
    const index = (((start + step) % names.length) + names.length) % names.length;
    if (nameMatches(names[index] ?? [], query)) return index;
  }
  return null;
}

/**
 * Whether a space typed after `typed` continues a name ("left " on the way to "left calf") rather
 * than selecting the focused place.
 */
export function spaceContinuesTypeAhead(names: readonly (readonly string[])[], typed: string): boolean {
  const query = normaliseTyped(typed);
  return query !== '' && names.some((each) => nameMatches(each, `${query} `));
}
