import type { MapLocation, MidlineRegionId, PairedRegionId } from '../../../shared/domain/body-locations';

/**
 * The body map's drawing, as data. Each figure is built from a few smooth "limbs": a centre line
 * through stations, each with a half-width. A region is a band of a limb between two stations, or
 * part of its width, so neighbouring regions share their edges exactly. Only the half of the figure
 * on the viewer's left is described; the other half is its mirror image.
 *
 * Coordinates are in a 120 × 258 box per figure, the figure standing about 238 units tall.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export type MapView = 'front' | 'back';

export const VIEW_WIDTH = 120;
export const VIEW_HEIGHT = 258;

/** One place on one view. */
export interface MapShape {
  /** Unique in the map: `${view}-${region}-${side}`. */
  readonly id: string;
  readonly view: MapView;
  readonly location: MapLocation;
  readonly d: string;
  /** A larger invisible target around a small shape, so a finger or a pointer can hit it. */
  readonly hitD: string | null;
  /** The middle of the shape's bounding box: where arrow keys measure from. */
  readonly centre: Point;
  /**
   * The shape a keyboard and a screen reader reach for this place. A place drawn on both views has
   * one primary shape; the other one mirrors its state and answers to the mouse and to touch.
   */
  readonly primary: boolean;
}

/** What one figure draws, back to front: outlines that are not places, and places. */
export type MapPart =
  | { readonly kind: 'base'; readonly id: string; readonly d: string }
  | { readonly kind: 'place'; readonly shape: MapShape };

export interface SideMarker {
  readonly side: 'left' | 'right';
  readonly x: number;
  readonly y: number;
}

export interface MapFigure {
  readonly view: MapView;
  readonly parts: readonly MapPart[];
  readonly markers: readonly SideMarker[];
}

/* Geometry helpers. */

interface Station {
  readonly x: number;
  readonly y: number;
  /** Half the limb's width at this station. */
  readonly w: number;
}

type Polygon = readonly Point[];

interface Limb {
  readonly stations: readonly Station[];
  /** Cut across horizontally, as for a trunk or a leg; otherwise square to the limb, as for an arm. */
  readonly upright: boolean;
}

const STEPS_PER_STATION = 12;

/** Catmull-Rom interpolation, so a limb passes smoothly through its stations. */
function interpolate(stations: readonly Station[], s: number): Station {
  const last = stations.length - 1;
  const clamped = Math.min(Math.max(s, 0), last);
  const index = Math.min(Math.floor(clamped), last - 1);
  const u = clamped - index;
  const at = (i: number): Station => stations[Math.min(Math.max(i, 0), last)] as Station;
  const [p0, p1, p2, p3] = [at(index - 1), at(index), at(index + 1), at(index + 2)];
  const blend = (a: number, b: number, c: number, d: number) =>
    0.5 * (2 * b + (-a + c) * u + (2 * a - 5 * b + 4 * c - d) * u * u + (-a + 3 * b - 3 * c + d) * u * u * u);
  return {
    x: blend(p0.x, p1.x, p2.x, p3.x),
    y: blend(p0.y, p1.y, p2.y, p3.y),
    w: blend(p0.w, p1.w, p2.w, p3.w),
  };
}

interface Frame {
  readonly centre: Point;
  readonly w: number;
  /** Unit vector along the limb, towards its end. */
  readonly along: Point;
  /** Unit vector across the limb, towards the viewer's right for a limb that points down. */
  readonly across: Point;
}

function frameAt({ stations, upright }: Limb, s: number): Frame {
  const here = interpolate(stations, s);
  if (upright) return { centre: { x: here.x, y: here.y }, w: here.w, along: { x: 0, y: 1 }, across: { x: 1, y: 0 } };
  const delta = 0.01;
  const before = interpolate(stations, s - delta);
  const after = interpolate(stations, s + delta);
  const dx = after.x - before.x;
  const dy = after.y - before.y;
  const length = Math.hypot(dx, dy) || 1;
  const along = { x: dx / length, y: dy / length };
  return { centre: { x: here.x, y: here.y }, w: here.w, along, across: { x: along.y, y: -along.x } };
}

/** The point `a` of the way across the limb: -1 is its edge on the viewer's left, 1 the other edge. */
function edgePoint(frame: Frame, a: number): Point {
  return { x: frame.centre.x + frame.across.x * a * frame.w, y: frame.centre.y + frame.across.y * a * frame.w };
}

function range(from: number, to: number): number[] {
  const count = Math.max(1, Math.round(Math.abs(to - from) * STEPS_PER_STATION));
  return Array.from({ length: count + 1 }, (_, i) => from + ((to - from) * i) / count);
}

/** A place across a limb, from -1 (its edge on the viewer's left) to 1; beyond ±1 is outside it. */
type Across = number | ((s: number) => number);

interface BandOptions {
  readonly across?: readonly [Across, Across];
  /** Round the start or the end of the limb with a half-ellipse reaching this far. */
  readonly startCap?: number;
  readonly endCap?: number;
}

/** The part of a limb between stations `from` and `to`, as one closed outline. */
function band(limb: Limb, from: number, to: number, options: BandOptions = {}): Polygon {
  const [a0, a1] = (options.across ?? [-1, 1]).map((a) => (typeof a === 'number' ? () => a : a)) as [
    (s: number) => number,
    (s: number) => number,
  ];
  const points: Point[] = range(from, to).map((s) => edgePoint(frameAt(limb, s), a0(s)));
  if (options.endCap !== undefined) points.push(...cap(frameAt(limb, to), options.endCap, 1));
  points.push(
    ...range(to, from)
      .map((s) => edgePoint(frameAt(limb, s), a1(s)))
      .slice(options.endCap === undefined ? 0 : 1),
  );
  if (options.startCap !== undefined) points.push(...cap(frameAt(limb, from), options.startCap, -1).slice(1));
  return points;
}

/** A half-ellipse closing a limb's end, from one edge round to the other. */
function cap(frame: Frame, reach: number, direction: 1 | -1): Point[] {
  const count = 16;
  return Array.from({ length: count + 1 }, (_, i) => {
    const angle = direction === 1 ? Math.PI - (Math.PI * i) / count : (Math.PI * i) / count;
    const sideways = Math.cos(angle) * frame.w;
    const forwards = Math.sin(angle) * reach * direction;
    return {
      x: frame.centre.x + frame.across.x * sideways + frame.along.x * forwards,
      y: frame.centre.y + frame.across.y * sideways + frame.along.y * forwards,
    };
  });
}

function ellipse(centre: Point, rx: number, ry: number): Polygon {
  const count = 36;
  return Array.from({ length: count }, (_, i) => {
    const angle = (2 * Math.PI * i) / count;
    return { x: centre.x + Math.cos(angle) * rx, y: centre.y + Math.sin(angle) * ry };
  });
}

function mirror(polygon: Polygon): Polygon {
  return polygon.map(({ x, y }) => ({ x: VIEW_WIDTH - x, y }));
}

function signedArea(polygon: Polygon): number {
  return polygon.reduce((sum, point, i) => {
    const next = polygon[(i + 1) % polygon.length] as Point;
    return sum + point.x * next.y - next.x * point.y;
  }, 0);
}

const round = (value: number) => Math.round(value * 10) / 10;

/** SVG path data; every outline runs the same way round, so overlapping ones fill as one shape. */
function pathData(polygons: readonly Polygon[]): string {
  return polygons
    .map((polygon) => (signedArea(polygon) < 0 ? [...polygon].reverse() : polygon))
    .map((polygon) => `M${polygon.map(({ x, y }) => `${round(x)} ${round(y)}`).join('L')}Z`)
    .join('');
}

function boxCentre(polygons: readonly Polygon[]): Point {
  const points = polygons.flat();
  const xs = points.map((point) => point.x);
  const ys = points.map((point) => point.y);
  return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
}

/* The figure. Stations describe the limbs on the viewer's left. */

const CENTRE_X = VIEW_WIDTH / 2;

const HEAD = { centre: { x: CENTRE_X, y: 20 }, rx: 12.5, ry: 15.5 };

/** Shoulders to waist; the hips belong to the legs, which meet the trunk at its last station. */
const TRUNK: Limb = {
  upright: true,
  stations: [
    { x: CENTRE_X, y: 51, w: 26.5 },
    { x: CENTRE_X, y: 60, w: 24 },
    { x: CENTRE_X, y: 72, w: 20 },
    { x: CENTRE_X, y: 82, w: 19 },
    { x: CENTRE_X, y: 90, w: 19 },
    { x: CENTRE_X, y: 98, w: 21.5 },
  ],
};
const TRUNK_AT = { shoulders: 0, lowerBack: 3, waist: 5 };
const SHOULDER_CAP = 8;

/**
 * The neck fills exactly the gap between the chin and the shoulders, so that its outline, drawn
 * bold when it is selected, never crosses the head or the trunk.
 */
function neckOutline(): Polygon {
  const shoulders = TRUNK.stations[TRUNK_AT.shoulders] as Station;
  const chinY = (x: number) => HEAD.centre.y + HEAD.ry * Math.sqrt(Math.max(0, 1 - ((x - CENTRE_X) / HEAD.rx) ** 2));
  const shoulderY = (x: number) =>
    shoulders.y - SHOULDER_CAP * Math.sqrt(Math.max(0, 1 - ((x - CENTRE_X) / shoulders.w) ** 2)) + 0.4;
  const halfWidth = (t: number) => 5.3 + 1.9 * t * t;
  const count = 12;
  const steps = Array.from({ length: count + 1 }, (_, i) => i / count);
  const side = (sign: -1 | 1) => {
    const top = chinY(CENTRE_X + sign * halfWidth(0));
    const bottom = shoulderY(CENTRE_X + sign * halfWidth(1));
    return steps.map((t) => ({ x: CENTRE_X + sign * halfWidth(t), y: top + (bottom - top) * t }));
  };
  const across = (y: (x: number) => number, w: number, fromSign: -1 | 1) =>
    steps.map((t) => {
      const x = CENTRE_X + fromSign * w * (1 - 2 * t);
      return { x, y: y(x) };
    });
  return [
    ...side(-1),
    ...across(shoulderY, halfWidth(1), -1).slice(1, -1),
    ...side(1).reverse(),
    ...across(chinY, halfWidth(0), 1).slice(1, -1),
  ];
}

const ARM: Limb = {
  upright: false,
  stations: [
    { x: 29.5, y: 57, w: 7 },
    { x: 26.5, y: 74, w: 6.6 },
    { x: 23, y: 96, w: 5.6 },
    { x: 20.5, y: 112, w: 5.8 },
    { x: 17.5, y: 132, w: 4.2 },
    { x: 16.3, y: 142, w: 5.6 },
    { x: 15.6, y: 150, w: 5.8 },
    { x: 15, y: 160, w: 5 },
  ],
};
const ARM_AT = { shoulder: 0, wrist: 4, knuckles: 6, fingertips: 7 };

/** The thumb: the outer edge of the hand bulges out between the wrist and the knuckles. */
function thumbEdge(s: number): number {
  const u = (s - 4.15) / 1.6;
  return u <= 0 || u >= 1 ? -1 : -1 - 0.8 * Math.sin(Math.PI * u) ** 1.5;
}

/** The legs start at the waist, meet on the midline down to the crotch, and carry the hips. */
const LEG_UPPER: readonly Station[] = [
  { x: 49.25, y: 98, w: 10.75 },
  { x: 46.5, y: 110, w: 13.5 },
  { x: 45.5, y: 126, w: 14.5 },
  { x: 44, y: 146, w: 12 },
  { x: 43, y: 164, w: 9 },
  { x: 42.5, y: 174, w: 8.5 },
  { x: 42.5, y: 184, w: 8.2 },
  { x: 42.5, y: 198, w: 8.5 },
  { x: 43, y: 222, w: 4.6 },
];
/** Seen from the front the feet point out towards the viewer; from behind only the heel shows. */
const LEG_FRONT: Limb = {
  upright: true,
  stations: [...LEG_UPPER, { x: 41.5, y: 232, w: 6.5 }, { x: 40.5, y: 239, w: 6 }],
};
const LEG_BACK: Limb = { upright: true, stations: [...LEG_UPPER, { x: 43.4, y: 231, w: 5.4 }] };
const LEG_AT = {
  waist: 0,
  crotch: 2,
  buttockFold: 2.3,
  aboveKnee: 4,
  belowKnee: 6,
  ankle: 8,
  toes: 9.4,
  end: 10,
  heel: 9,
};
/** How far across the thigh the outer thigh reaches, from the outside edge (-1). */
const OUTER_THIGH_EDGE = -0.3;

/* Building the figures. */

interface HalfPlace {
  readonly region: PairedRegionId;
  readonly polygons: readonly Polygon[];
  readonly hit?: readonly Polygon[];
  readonly primary: boolean;
}

type Piece =
  | { readonly kind: 'base'; readonly id: string; readonly polygons: readonly Polygon[]; readonly paired: boolean }
  | { readonly kind: 'paired'; readonly place: HalfPlace }
  | {
      readonly kind: 'midline';
      readonly region: MidlineRegionId;
      readonly polygons: readonly Polygon[];
      readonly primary: boolean;
    };

function base(id: string, polygons: readonly Polygon[], paired = true): Piece {
  return { kind: 'base', id, polygons, paired };
}

function paired(
  region: PairedRegionId,
  polygons: readonly Polygon[],
  primary: boolean,
  hit?: readonly Polygon[],
): Piece {
  return { kind: 'paired', place: { region, polygons, primary, ...(hit === undefined ? {} : { hit }) } };
}

function arm(primary: boolean): Piece[] {
  const fingertips = interpolate(ARM.stations, ARM_AT.fingertips);
  return [
    paired('forearm', [band(ARM, ARM_AT.shoulder, ARM_AT.wrist, { startCap: 6 })], primary),
    paired('hand', [band(ARM, ARM_AT.wrist, ARM_AT.knuckles, { across: [thumbEdge, 1] })], primary, [
      ellipse({ x: 15.5, y: 141 }, 12, 10),
    ]),
    paired('fingers', [band(ARM, ARM_AT.knuckles, ARM_AT.fingertips, { endCap: 3.5 })], primary, [
      ellipse({ x: fingertips.x, y: fingertips.y + 1 }, 12.5, 12.5),
    ]),
  ];
}

/** The thigh, with the outer thigh as a strip along its outside edge and a wider target beside it. */
function thigh(leg: Limb, from: number, inner: 'thigh' | 'hamstring', outerPrimary: boolean): Piece[] {
  return [
    paired('outer-thigh', [band(leg, from, LEG_AT.aboveKnee, { across: [-1, OUTER_THIGH_EDGE] })], outerPrimary, [
      band(leg, from, LEG_AT.aboveKnee, { across: [-1.75, OUTER_THIGH_EDGE] }),
    ]),
    paired(inner, [band(leg, from, LEG_AT.aboveKnee, { across: [OUTER_THIGH_EDGE, 1] })], true),
  ];
}

const HEAD_OUTLINE = ellipse(HEAD.centre, HEAD.rx, HEAD.ry);
const TRUNK_OUTLINE = band(TRUNK, TRUNK_AT.shoulders, TRUNK_AT.waist, { startCap: SHOULDER_CAP });

const FRONT_PIECES: readonly Piece[] = [
  base('head', [HEAD_OUTLINE], false),
  base('neck', [neckOutline()], false),
  base('trunk', [TRUNK_OUTLINE], false),
  ...arm(true),
  paired('hip', [band(LEG_FRONT, LEG_AT.waist, LEG_AT.crotch)], true),
  ...thigh(LEG_FRONT, LEG_AT.crotch, 'thigh', true),
  paired('knee', [band(LEG_FRONT, LEG_AT.aboveKnee, LEG_AT.belowKnee)], true),
  paired('below-knee', [band(LEG_FRONT, LEG_AT.belowKnee, LEG_AT.ankle)], true),
  paired('foot', [band(LEG_FRONT, LEG_AT.ankle, LEG_AT.toes)], true, [
    band(LEG_FRONT, LEG_AT.ankle - 0.2, LEG_AT.toes, { across: [-1.9, 1.9] }),
  ]),
  paired('toes', [band(LEG_FRONT, LEG_AT.toes, LEG_AT.end, { endCap: 4 })], true, [
    ellipse({ x: 40.5, y: 245 }, 12.5, 12.5),
  ]),
];

const BACK_PIECES: readonly Piece[] = [
  base('head', [HEAD_OUTLINE], false),
  { kind: 'midline', region: 'neck', polygons: [neckOutline()], primary: true },
  base('trunk', [TRUNK_OUTLINE], false),
  {
    kind: 'midline',
    region: 'lower-back',
    polygons: [band(TRUNK, TRUNK_AT.lowerBack, TRUNK_AT.waist)],
    primary: true,
  },
  ...arm(false),
  paired('hip', [band(LEG_BACK, LEG_AT.waist, LEG_AT.buttockFold)], false),
  ...thigh(LEG_BACK, LEG_AT.buttockFold, 'hamstring', false),
  base('knee-back', [band(LEG_BACK, LEG_AT.aboveKnee, LEG_AT.belowKnee)]),
  paired('calf', [band(LEG_BACK, LEG_AT.belowKnee, LEG_AT.ankle)], true),
  base('heel', [band(LEG_BACK, LEG_AT.ankle, LEG_AT.heel, { endCap: 4.5 })]),
  paired('sole', [ellipse({ x: 43.4, y: 236.5 }, 7, 3.6)], true, [ellipse({ x: 43.4, y: 243 }, 12.5, 12.5)]),
];

/** On the front view the person's right is on the viewer's left; on the back view it is the other way. */
function viewerLeftSide(view: MapView): 'left' | 'right' {
  return view === 'front' ? 'right' : 'left';
}

function placeShape(
  view: MapView,
  location: MapLocation,
  polygons: readonly Polygon[],
  primary: boolean,
  hit?: readonly Polygon[],
): MapShape {
  return {
    id: `${view}-${location.region}-${location.side}`,
    view,
    location,
    d: pathData(polygons),
    hitD: hit === undefined ? null : pathData(hit),
    centre: boxCentre(polygons),
    primary,
  };
}

function buildFigure(view: MapView, pieces: readonly Piece[]): MapFigure {
  const nearSide = viewerLeftSide(view);
  const farSide = nearSide === 'left' ? 'right' : 'left';
  const parts = pieces.flatMap((piece): MapPart[] => {
    switch (piece.kind) {
      case 'base':
        return piece.paired
          ? [
              { kind: 'base', id: `${piece.id}-${nearSide}`, d: pathData(piece.polygons) },
              { kind: 'base', id: `${piece.id}-${farSide}`, d: pathData(piece.polygons.map(mirror)) },
            ]
          : [{ kind: 'base', id: piece.id, d: pathData(piece.polygons) }];
      case 'midline':
        return [
          {
            kind: 'place',
            shape: placeShape(view, { region: piece.region, side: 'both' }, piece.polygons, piece.primary),
          },
        ];
      case 'paired': {
        const { region, polygons, hit, primary } = piece.place;
        return [
          {
            kind: 'place',
            shape: placeShape(view, { region, side: nearSide }, polygons, primary, hit),
          },
          {
            kind: 'place',
            shape: placeShape(view, { region, side: farSide }, polygons.map(mirror), primary, hit?.map(mirror)),
          },
        ];
      }
    }
  });
  return {
    view,
    parts,
    markers: [
      { side: nearSide, x: 7, y: 14 },
      { side: farSide, x: VIEW_WIDTH - 7, y: 14 },
    ],
  };
}

export const BODY_MAP_FIGURES: readonly MapFigure[] = [
  buildFigure('front', FRONT_PIECES),
  buildFigure('back', BACK_PIECES),
];
