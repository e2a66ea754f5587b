import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MAP_LOCATIONS,
  isMidlineRegion,
  nearestInDirection,
  normaliseLocations,
  spaceContinuesTypeAhead,
  toggleLocation,
  typeAheadMatch,
  type MapDirection,
  type MapLocation,
} from '../../../shared/domain/body-locations';
import type { BodyLocation } from '../../../shared/domain/records';
import { BODY_REGIONS } from '../../../shared/domain/vocabulary';
import { BODY_MAP_FIGURES, VIEW_HEIGHT, VIEW_WIDTH, type MapFigure, type MapShape } from './body-map-shapes';
import { placeLabel } from './place-label';
import './body-map.css';

export interface BodyMapProps {
  readonly value: readonly BodyLocation[];
  readonly onChange: (next: BodyLocation[]) => void;
  /** The id of the element that names the map, e.g. the form's "Where you felt it". */
  readonly labelledBy?: string;
  /** Ids of a hint or an error message about the map. */
  readonly describedBy?: string;
}

/** Typed letters are put together into one search until the person pauses this long. */
const TYPE_AHEAD_RESET_MS = 700;

/** The back figure, placed to the right of the front one, for measuring where arrow keys go. */
const FIGURE_OFFSET_X = VIEW_WIDTH + 20;

const ARROW_DIRECTIONS: Readonly<Record<string, MapDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** The shapes the keyboard visits, in reading order: front figure first, top to bottom, left to right. */
const KEYBOARD_SHAPES: readonly MapShape[] = BODY_MAP_FIGURES.flatMap((figure) =>
  figure.parts.flatMap((part) => (part.kind === 'place' && part.shape.primary ? [part.shape] : [])),
).sort(
  (a, b) =>
    BODY_MAP_FIGURES.findIndex((figure) => figure.view === a.view) -
      BODY_MAP_FIGURES.findIndex((figure) => figure.view === b.view) ||
    a.centre.y - b.centre.y ||
    a.centre.x - b.centre.x,
);

const KEYBOARD_POINTS = KEYBOARD_SHAPES.map(({ view, centre }) => ({
  x: centre.x + (view === 'back' ? FIGURE_OFFSET_X : 0),
  y: centre.y,
}));

function placeKey({ region, side }: MapLocation): string {
  return `${region}:${side}`;
}

/** The names type-ahead searches: the place's own, and side plus region ("Left Below the knee"). */
function searchNames(t: TFunction, location: MapLocation): string[] {
  const own = placeLabel(t, location);
  if (location.side === 'both') return [own];
  return [own, `${t(`vocabulary.side.${location.side}`)} ${t(`vocabulary.region.${location.region}`)}`];
}

/**
 * Where a symptom was felt: a front and a back figure whose regions can be clicked, tapped or
 * reached with the keyboard, or the same choices as a plain list of checkboxes.
 */
export function BodyMap({ value, onChange, labelledBy, describedBy }: BodyMapProps) {
  const { t } = useTranslation();
  const [asList, setAsList] = useState(false);
  const instructionsId = useId();
  const selected = normaliseLocations(value);
  const selectedKeys = new Set(selected.map(placeKey));
  const toggle = ({ region, side }: MapLocation) => onChange(toggleLocation(value, region, side));
  const description = [describedBy, asList ? undefined : instructionsId].filter(Boolean).join(' ');

  return (
    <div
      role="group"
      className="body-map"
      {...(labelledBy === undefined ? {} : { 'aria-labelledby': labelledBy })}
      {...(description === '' ? {} : { 'aria-describedby': description })}
    >
      <button type="button" className="button button-small body-map-switch" onClick={() => setAsList(!asList)}>
        {asList ? t('bodyMap.showMap') : t('bodyMap.showList')}
      </button>
      {asList ? (
        <BodyMapList selectedKeys={selectedKeys} onToggle={toggle} />
      ) : (
        <>
          <BodyMapFigures selectedKeys={selectedKeys} onToggle={toggle} />
          <p id={instructionsId} className="field-hint body-map-instructions">
            {t('bodyMap.instructions')}
          </p>
        </>
      )}
      <p className="body-map-summary" aria-live="polite">
        {selected.length === 0
          ? t('bodyMap.nothingSelected')
          : t('bodyMap.selected', { list: selected.map((location) => placeLabel(t, location)) })}
      </p>
    </div>
  );
}

interface ChoicesProps {
  readonly selectedKeys: ReadonlySet<string>;
  readonly onToggle: (location: MapLocation) => void;
}

function BodyMapFigures({ selectedKeys, onToggle }: ChoicesProps) {
  const { t } = useTranslation();
  const idPrefix = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ readonly key: string; readonly visible: boolean } | null>(null);
  const shapeElements = useRef(new Map<string, SVGGElement>());
  const typed = useRef({ text: '', timer: undefined as ReturnType<typeof setTimeout> | undefined });

  useEffect(() => () => clearTimeout(typed.current.timer), []);

  // One tab stop: the shape last moved to, else the first one selected, else the first one.
  const activeId =
    chosenId ?? (KEYBOARD_SHAPES.find((shape) => selectedKeys.has(placeKey(shape.location))) ?? KEYBOARD_SHAPES[0])?.id;
  const names = KEYBOARD_SHAPES.map((shape) => searchNames(t, shape.location));

  const moveTo = (index: number | null) => {
    const shape = index === null ? undefined : KEYBOARD_SHAPES[index];
    if (shape === undefined) return;
    setChosenId(shape.id);
    shapeElements.current.get(shape.id)?.focus();
  };

  const rememberTyped = (text: string) => {
    clearTimeout(typed.current.timer);
    typed.current.text = text;
    typed.current.timer = setTimeout(() => (typed.current.text = ''), TYPE_AHEAD_RESET_MS);
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, index: number, shape: MapShape) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = ARROW_DIRECTIONS[event.key];
    const soFar = typed.current.text;
    if (direction !== undefined) {
      rememberTyped('');
      moveTo(nearestInDirection(KEYBOARD_POINTS, index, direction));
    } else if (event.key === 'Home' || event.key === 'End') {
      rememberTyped('');
      moveTo(event.key === 'Home' ? 0 : KEYBOARD_SHAPES.length - 1);
    } else if (event.key === ' ' && spaceContinuesTypeAhead(names, soFar)) {
      rememberTyped(`${soFar} `);
    } else if (event.key === ' ' || event.key === 'Enter') {
      // Enter would otherwise submit the form the map sits in.
      rememberTyped('');
      onToggle(shape.location);
    } else if (event.key.length === 1) {
      rememberTyped(soFar + event.key);
      moveTo(typeAheadMatch(names, soFar + event.key, index));
    } else {
      return;
    }
    event.preventDefault();
  };

  return (
    <div className="body-map-figures">
      {BODY_MAP_FIGURES.map((figure) => (
        <Figure
          key={figure.view}
          figure={figure}
          patternId={`${idPrefix}-${figure.view}-selected`}
          selectedKeys={selectedKeys}
          focus={focus}
          render={(shape, content) => {
            const key = placeKey(shape.location);
            const checked = selectedKeys.has(key);
            const className = checked ? 'body-map-place body-map-place-selected' : 'body-map-place';
            if (!shape.primary) {
              // The same place as a shape on the other figure, which is the one announced and focused.
              return (
                <g key={shape.id} className={className} aria-hidden="true" onClick={() => onToggle(shape.location)}>
                  {content}
                </g>
              );
            }
            const index = KEYBOARD_SHAPES.indexOf(shape);
            return (
              <g
                key={shape.id}
                ref={(element) => {
                  if (element === null) shapeElements.current.delete(shape.id);
                  else shapeElements.current.set(shape.id, element);
                }}
                className={className}
                role="checkbox"
                aria-checked={checked}
                aria-label={placeLabel(t, shape.location)}
                tabIndex={shape.id === activeId ? 0 : -1}
                onClick={() => onToggle(shape.location)}
                onKeyDown={(event) => onKeyDown(event, index, shape)}
                onFocus={(event) => {
                  setChosenId(shape.id);
                  setFocus({ key, visible: event.currentTarget.matches(':focus-visible') });
                }}
                onBlur={() => setFocus(null)}
              >
                {content}
              </g>
            );
          }}
        />
      ))}
    </div>
  );
}

interface FigureProps {
  readonly figure: MapFigure;
  readonly patternId: string;
  readonly selectedKeys: ReadonlySet<string>;
  readonly focus: { readonly key: string; readonly visible: boolean } | null;
  readonly render: (shape: MapShape, content: ReactNode) => ReactNode;
}

/**
 * One figure. Every outline is drawn twice: first all of them with a wide stroke, then all of them
 * filled; the fills cover the inner half of the wide strokes, so the figure gets one bold outer
 * contour while the lines between regions stay thin.
 */
function Figure({ figure, patternId, selectedKeys, focus, render }: FigureProps) {
  const { t } = useTranslation();
  const places = figure.parts.flatMap((part) => (part.kind === 'place' ? [part.shape] : []));
  const outlined = places.filter(
    (shape) =>
      selectedKeys.has(placeKey(shape.location)) || (focus?.visible === true && focus.key === placeKey(shape.location)),
  );
  return (
    <figure className="body-map-figure">
      <svg className="body-map-svg" viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}>
        <defs>
          <pattern id={patternId} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <line className="body-map-hatch-line" x1="0" y1="0" x2="0" y2="4" />
          </pattern>
        </defs>
        <g className="body-map-contour" aria-hidden="true">
          {figure.parts.map((part) =>
            part.kind === 'base' ? <path key={part.id} d={part.d} /> : <path key={part.shape.id} d={part.shape.d} />,
          )}
        </g>
        {figure.parts.map((part) =>
          part.kind === 'base' ? (
            <path key={part.id} className="body-map-base" d={part.d} aria-hidden="true" />
          ) : (
            render(
              part.shape,
              <>
                {part.shape.hitD !== null && <path className="body-map-hit" d={part.shape.hitD} />}
                <path className="body-map-shape" d={part.shape.d} />
                {selectedKeys.has(placeKey(part.shape.location)) && (
                  <path className="body-map-hatch" d={part.shape.d} fill={`url(#${patternId})`} />
                )}
              </>,
            )
          ),
        )}
        <g className="body-map-overlay" aria-hidden="true">
          {outlined.map((shape) =>
            focus?.visible === true && focus.key === placeKey(shape.location) ? (
              <g key={shape.id} className="body-map-focus-ring">
                <path className="body-map-focus-halo" d={shape.d} />
                <path className="body-map-focus-line" d={shape.d} />
              </g>
            ) : (
              <path key={shape.id} className="body-map-selected-outline" d={shape.d} />
            ),
          )}
        </g>
        <g className="body-map-markers" aria-hidden="true">
          {figure.markers.map((marker) => (
            <text key={marker.side} className="body-map-marker" x={marker.x} y={marker.y} textAnchor="middle">
              {marker.side === 'left' ? t('bodyMap.leftMarker') : t('bodyMap.rightMarker')}
            </text>
          ))}
        </g>
      </svg>
      <figcaption className="body-map-caption">{t(`bodyMap.${figure.view}`)}</figcaption>
    </figure>
  );
}

function BodyMapList({ selectedKeys, onToggle }: ChoicesProps) {
  const { t } = useTranslation();
  const checkbox = (location: MapLocation, visibleLabel: string) => (
    <label key={placeKey(location)} className="choice body-map-list-choice">
      <input
        type="checkbox"
        checked={selectedKeys.has(placeKey(location))}
        aria-label={placeLabel(t, location)}
        onChange={() => onToggle(location)}
        onKeyDown={(event) => {
          // As on the map: Enter ticks the box instead of submitting the form.
          if (event.key !== 'Enter') return;
          event.preventDefault();
          onToggle(location);
        }}
      />
      {visibleLabel}
    </label>
  );
  return (
    <div className="body-map-list">
      {BODY_REGIONS.map((region) => {
        const places = MAP_LOCATIONS.filter((location) => location.region === region);
        if (isMidlineRegion(region)) {
          return (
            <div key={region} className="body-map-list-row">
              {places.map((location) => checkbox(location, t(`vocabulary.region.${region}`)))}
            </div>
          );
        }
        return (
          <fieldset key={region} className="body-map-list-row">
            <legend className="body-map-list-region">{t(`vocabulary.region.${region}`)}</legend>
            {places.map((location) => checkbox(location, t(`vocabulary.side.${location.side}`)))}
          </fieldset>
        );
      })}
    </div>
  );
}
