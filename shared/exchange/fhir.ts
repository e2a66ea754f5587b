import { wallClockDate } from '../domain/local-time';
import {
  NO_FACTORS_RECORDED,
  exerciseSessionSchema,
  symptomEntrySchema,
  type BodyLocation,
  type ExerciseSession,
  type SessionFactors,
  type SymptomEntry,
} from '../domain/records';
import {
  BODY_REGIONS,
  BODY_SIDES,
  ONSET_KINDS,
  RELIEFS,
  WARNING_SIGNS,
  isKnownActivity,
  isKnownSensation,
  type ActivityId,
  type AmountFactor,
  type OnsetKind,
  type Relief,
  type SensationId,
  type WarningSign,
} from '../domain/vocabulary';
import {
  ACTIVITY_ANSWER_CODES,
  ALLEVIATING_FACTORS,
  CATEGORY_ACTIVITY,
  CATEGORY_PHYSICAL_ACTIVITY,
  CATEGORY_SYMPTOM,
  EXERCISE_ACTIVITY,
  EXERCISE_DURATION,
  PATIENT_REPORTED,
  SENSATION_CODES,
  SEVERITY_OF_SYMPTOMS,
  SUPPORTING_INFO_EXTENSION,
  SYMPTOM,
  SYNTHETIC_DATA,
  UCUM,
  UCUM_HOURS,
  UCUM_MILLILITRES,
  UCUM_MINUTES,
} from './fhir-codes';
import type {
  FhirBundle,
  FhirBundleEntry,
  FhirCodeableConcept,
  FhirCoding,
  FhirMeta,
  FhirObservation,
  FhirObservationComponent,
  FhirPatient,
  FhirQuantity,
  FhirReference,
} from './fhir-types';

export type * from './fhir-types';

/**
 * The journal as a FHIR R4 `collection` Bundle, and back.
 *
 * Shape, one resource per journal row so nothing is split or merged:
 * - A workout is one Observation after the HL7 Physical Activity IG: code LOINC 73985-4 "Exercise
 *   activity", the activity as its value, the duration as a 55411-3 "Exercise duration" component
 *   in minutes, categories `activity` and `PhysicalActivity`. The IG groups separate measure
 *   Observations under a panel; here the measures are components of the one Observation, so each
 *   workout keeps its own id as `urn:uuid:<id>` and reads back whole. Intensity (RPE) and the
 *   factors are components coded by text (no verified standard code).
 * - A symptom entry is one Observation after the HL7 Symptoms IG: code LOINC 75325-1 "Symptom",
 *   category `symptom`, severity as a 64750-3 component, what helped as 100753-3 components. An
 *   entry can hold several sensations and places while `value` and `bodySite` hold one each: with
 *   one sensation (place) they carry it, with several they carry the list as text, and every
 *   sensation is also a 75325-1 component and every place a component of its own.
 * - The symptom's workout is linked with the core extension workflow-supportingInfo, as the
 *   Symptoms IG links related records: `derivedFrom` would say the symptom was computed from the
 *   workout, `partOf` cannot point at an Observation, and `focus` would say it is about the
 *   workout rather than the person. A workout outside the Bundle is named by its identifier.
 * - Everything is patient-reported: `performer` is the patient and each Observation carries the
 *   security label PATRPT. Sample rows carry the tag HTEST (synthetic data).
 * - `subject` and `performer` point at a Patient entry when a name is given, and otherwise say only
 *   "a Patient" (`type`), which keeps the Bundle valid without inventing a person.
 *
 * Field by field, for a workout: id → identifier (urn:exercise-symptom-journal:session) and
 * fullUrl; startedAt + utcOffsetMinutes → effectiveDateTime with the person's offset; createdAt →
 * issued; updatedAt → meta.lastUpdated; source → HTEST tag; notes → note; a null intensity or
 * factor → no component. For a symptom: id → identifier (urn:exercise-symptom-journal:symptom);
 * notedAt → effectiveDateTime; the rest in components as above, an empty list → no component.
 *
 * Words: codes come only from `fhir-codes.ts`, where each was checked against a published source.
 * The journal's own ids travel as codings in `urn:exercise-symptom-journal:*` systems, so a re-import
 * is exact in any language; they are local codes, not claims in a standard system. The words a
 * reader sees (`text`) come from `labels`, which the UI fills in the person's language; without
 * them the text is the journal's own ids. A word the person typed themselves travels as typed.
 *
 * Times: instants go out as given and come back through `Date#toISOString`, the form the journal
 * stores. Output order is workouts by start, then symptoms by time noted, ties by id.
 */

const JOURNAL = 'urn:exercise-symptom-journal';
export const SESSION_IDENTIFIER_SYSTEM = `${JOURNAL}:session`;
export const SYMPTOM_IDENTIFIER_SYSTEM = `${JOURNAL}:symptom`;
/** Local code systems for the journal's own ids; see the module comment. */
export const JOURNAL_CODE_SYSTEMS = {
  field: `${JOURNAL}:field`,
  activity: `${JOURNAL}:activity`,
  sensation: `${JOURNAL}:sensation`,
  bodyLocation: `${JOURNAL}:body-location`,
  onset: `${JOURNAL}:onset`,
  warningSign: `${JOURNAL}:warning-sign`,
  relief: `${JOURNAL}:relief`,
} as const;

/** The journal fields that become components coded by text: their names come from `labels.field`. */
export type FhirTextField =
  | 'intensity'
  | keyof SessionFactors
  | 'location'
  | 'onset'
  | 'onsetAfterMinutes'
  | 'durationMinutes'
  | 'ongoing'
  | 'worseWithActivity'
  | 'warningSign';

/** The words a reader of the export sees, in the person's language; the UI passes its translations. */
export interface FhirTextLabels {
  readonly activity: (activity: ActivityId) => string;
  readonly sensation: (sensation: SensationId) => string;
  readonly location: (location: BodyLocation) => string;
  readonly onset: (kind: OnsetKind) => string;
  readonly warningSign: (sign: WarningSign) => string;
  readonly relief: (relief: Relief) => string;
  readonly field: (field: FhirTextField) => string;
}

/** Without labels, the text is the journal's own ids: exact, and in no particular language. */
export const JOURNAL_ID_LABELS: FhirTextLabels = {
  activity: (activity) => activity,
  sensation: (sensation) => sensation,
  location: ({ region, side }) => `${region}:${side}`,
  onset: (kind) => kind,
  warningSign: (sign) => sign,
  relief: (relief) => relief,
  field: (field) => field,
};

export interface JournalForFhir {
  readonly sessions: readonly ExerciseSession[];
  readonly symptoms: readonly SymptomEntry[];
  /** The Bundle's timestamp. */
  readonly generatedAt: Date;
  /** The person's name as they want it on the export; blank or absent means no Patient entry. */
  readonly patientName?: string | undefined;
}

export interface FhirExportOptions {
  readonly labels?: FhirTextLabels;
}

export interface JournalFromFhir {
  readonly sessions: ExerciseSession[];
  readonly symptoms: SymptomEntry[];
}

const FACTOR_ORDER = Object.keys(NO_FACTORS_RECORDED) as (keyof SessionFactors)[];
const AMOUNT_UNITS: Readonly<Record<AmountFactor, string>> = {
  longestHoldMinutes: UCUM_MINUTES,
  waterMl: UCUM_MILLILITRES,
  sittingHours: UCUM_HOURS,
};

// ---------------------------------------------------------------------------------------------
// Export

export function journalToFhirBundle(input: JournalForFhir, options: FhirExportOptions = {}): FhirBundle {
  const labels = options.labels ?? JOURNAL_ID_LABELS;
  const entries: FhirBundleEntry[] = [];

  const name = input.patientName?.trim() ?? '';
  let patient: FhirReference = { type: 'Patient' };
  if (name !== '') {
    const fullUrl = `urn:uuid:${nameBasedUuid(name)}`;
    const resource: FhirPatient = { resourceType: 'Patient', name: [{ text: name }] };
    entries.push({ fullUrl, resource });
    patient = { reference: fullUrl, type: 'Patient' };
  }

  const sessions = [...input.sessions].sort(byTime((session) => session.startedAt));
  const symptoms = [...input.symptoms].sort(byTime((symptom) => symptom.notedAt));
  const exportedSessions = new Set(sessions.map((session) => session.id));

  for (const session of sessions) {
    entries.push({ fullUrl: `urn:uuid:${session.id}`, resource: sessionObservation(session, patient, labels) });
  }
  for (const symptom of symptoms) {
    entries.push({
      fullUrl: `urn:uuid:${symptom.id}`,
      resource: symptomObservation(symptom, patient, labels, exportedSessions),
    });
  }

  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: input.generatedAt.toISOString(),
    ...(entries.length > 0 ? { entry: entries } : {}),
  };
}

function sessionObservation(session: ExerciseSession, patient: FhirReference, labels: FhirTextLabels): FhirObservation {
  const activityCodings: FhirCoding[] = [];
  let activityText = session.activity;
  if (isKnownActivity(session.activity)) {
    const answer = ACTIVITY_ANSWER_CODES[session.activity];
    if (answer) activityCodings.push(answer);
    activityCodings.push({ system: JOURNAL_CODE_SYSTEMS.activity, code: session.activity });
    activityText = labels.activity(session.activity);
  }

  const component: FhirObservationComponent[] = [
    { code: { coding: [EXERCISE_DURATION] }, valueQuantity: minutes(session.durationMinutes) },
  ];
  if (session.intensity !== null) {
    component.push({ code: fieldCode('intensity', labels), valueInteger: session.intensity });
  }
  for (const factor of FACTOR_ORDER) {
    const value = session.factors[factor];
    if (value === null) continue;
    if (typeof value === 'boolean') {
      component.push({ code: fieldCode(factor, labels), valueBoolean: value });
    } else {
      const unit = AMOUNT_UNITS[factor as AmountFactor];
      component.push({ code: fieldCode(factor, labels), valueQuantity: quantity(value, unit) });
    }
  }

  return {
    resourceType: 'Observation',
    meta: recordMeta(session),
    identifier: [{ system: SESSION_IDENTIFIER_SYSTEM, value: session.id }],
    status: 'final',
    category: [{ coding: [CATEGORY_ACTIVITY] }, { coding: [CATEGORY_PHYSICAL_ACTIVITY] }],
    code: { coding: [EXERCISE_ACTIVITY] },
    subject: patient,
    effectiveDateTime: dateTimeWithOffset(session.startedAt, session.utcOffsetMinutes),
    issued: session.createdAt,
    performer: [patient],
    valueCodeableConcept: concept(activityCodings, activityText),
    ...(session.notes !== '' ? { note: [{ text: session.notes }] } : {}),
    component,
  };
}

function symptomObservation(
  symptom: SymptomEntry,
  patient: FhirReference,
  labels: FhirTextLabels,
  exportedSessions: ReadonlySet<string>,
): FhirObservation {
  const sensations = symptom.sensations.map((sensation) => sensationConcept(sensation, labels));
  const places = symptom.locations.map((location) =>
    concept(
      [{ system: JOURNAL_CODE_SYSTEMS.bodyLocation, code: `${location.region}:${location.side}` }],
      labels.location(location),
    ),
  );

  const component: FhirObservationComponent[] = [];
  for (const sensation of sensations) component.push({ code: { coding: [SYMPTOM] }, valueCodeableConcept: sensation });
  for (const place of places) component.push({ code: fieldCode('location', labels), valueCodeableConcept: place });
  component.push({ code: { coding: [SEVERITY_OF_SYMPTOMS] }, valueInteger: symptom.severity });
  if (symptom.onset !== null) {
    const { kind, afterMinutes } = symptom.onset;
    component.push({
      code: fieldCode('onset', labels),
      valueCodeableConcept: concept([{ system: JOURNAL_CODE_SYSTEMS.onset, code: kind }], labels.onset(kind)),
    });
    if (afterMinutes !== null) {
      component.push({ code: fieldCode('onsetAfterMinutes', labels), valueQuantity: minutes(afterMinutes) });
    }
  }
  if (symptom.durationMinutes !== null) {
    component.push({ code: fieldCode('durationMinutes', labels), valueQuantity: minutes(symptom.durationMinutes) });
  }
  component.push({ code: fieldCode('ongoing', labels), valueBoolean: symptom.ongoing });
  if (symptom.worseWithActivity !== null) {
    component.push({ code: fieldCode('worseWithActivity', labels), valueBoolean: symptom.worseWithActivity });
  }
  for (const sign of symptom.warningSigns) {
    component.push({
      code: fieldCode('warningSign', labels),
      valueCodeableConcept: concept(
        [{ system: JOURNAL_CODE_SYSTEMS.warningSign, code: sign }],
        labels.warningSign(sign),
      ),
    });
  }
  for (const relief of symptom.helped) {
    component.push({
      code: { coding: [ALLEVIATING_FACTORS] },
      valueCodeableConcept: concept([{ system: JOURNAL_CODE_SYSTEMS.relief, code: relief }], labels.relief(relief)),
    });
  }

  let workout: FhirReference | null = null;
  if (symptom.sessionId !== null) {
    workout = exportedSessions.has(symptom.sessionId)
      ? { reference: `urn:uuid:${symptom.sessionId}`, type: 'Observation' }
      : { type: 'Observation', identifier: { system: SESSION_IDENTIFIER_SYSTEM, value: symptom.sessionId } };
  }

  return {
    resourceType: 'Observation',
    meta: recordMeta(symptom),
    ...(workout ? { extension: [{ url: SUPPORTING_INFO_EXTENSION, valueReference: workout }] } : {}),
    identifier: [{ system: SYMPTOM_IDENTIFIER_SYSTEM, value: symptom.id }],
    status: 'final',
    category: [{ coding: [CATEGORY_SYMPTOM] }],
    code: { coding: [SYMPTOM] },
    subject: patient,
    effectiveDateTime: dateTimeWithOffset(symptom.notedAt, symptom.utcOffsetMinutes),
    issued: symptom.createdAt,
    performer: [patient],
    valueCodeableConcept: summary(sensations),
    bodySite: summary(places),
    ...(symptom.notes !== '' ? { note: [{ text: symptom.notes }] } : {}),
    component,
  };
}

function sensationConcept(sensation: string, labels: FhirTextLabels): FhirCodeableConcept {
  if (!isKnownSensation(sensation)) return { text: sensation };
  const codings: FhirCoding[] = [];
  const finding = SENSATION_CODES[sensation];
  if (finding) codings.push(finding);
  codings.push({ system: JOURNAL_CODE_SYSTEMS.sensation, code: sensation });
  return concept(codings, labels.sensation(sensation));
}

/** One item carries its codes; several are different concepts, so together they are text only. */
function summary(items: readonly FhirCodeableConcept[]): FhirCodeableConcept {
  if (items.length === 1) return items[0] as FhirCodeableConcept;
  return { text: items.map((item) => item.text ?? '').join(', ') };
}

function recordMeta(record: ExerciseSession | SymptomEntry): FhirMeta {
  return {
    lastUpdated: record.updatedAt,
    security: [PATIENT_REPORTED],
    ...(record.source === 'sample' ? { tag: [SYNTHETIC_DATA] } : {}),
  };
}

function fieldCode(field: FhirTextField, labels: FhirTextLabels): FhirCodeableConcept {
  return concept([{ system: JOURNAL_CODE_SYSTEMS.field, code: field }], labels.field(field));
}

function concept(coding: readonly FhirCoding[], text: string): FhirCodeableConcept {
  return coding.length > 0 ? { coding, text } : { text };
}

function quantity(value: number, ucumCode: string): FhirQuantity {
  return { value, unit: ucumCode, system: UCUM, code: ucumCode };
}

function minutes(value: number): FhirQuantity {
  return quantity(value, UCUM_MINUTES);
}

function byTime<T extends { readonly id: string }>(instant: (row: T) => string) {
  return (a: T, b: T): number => {
    const diff = Date.parse(instant(a)) - Date.parse(instant(b));
    if (diff !== 0) return diff;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

const pad2 = (value: number) => String(value).padStart(2, '0');

/** `2026-03-01T18:30:00+01:00`: the wall-clock time the person saw, with their UTC offset. */
export function dateTimeWithOffset(instant: string, utcOffsetMinutes: number): string {
  const wall = wallClockDate({ instant, utcOffsetMinutes }).toISOString();
  const local = wall.endsWith('.000Z') ? wall.slice(0, 19) : wall.slice(0, 23);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(utcOffsetMinutes);
  return `${local}${sign}${pad2(Math.floor(offset / 60))}:${pad2(offset % 60)}`;
}

/**
 * A stable UUID for the Patient entry, made from the name (RFC 9562 version 8, a name-based
 * layout of our own): the same name always gives the same fullUrl, and no clock or random source
 * is needed. It identifies the entry inside this Bundle, not the person anywhere else.
 */
function nameBasedUuid(name: string): string {
  const bytes = new TextEncoder().encode(`${JOURNAL}:patient:${name}`);
  const words = [0, 1, 2, 3].map((seed) => {
    let hash = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b9)) >>> 0;
    for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b) >>> 0;
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
    hash ^= hash >>> 16;
    return hash >>> 0;
  });
  const hex = words.map((word) => word.toString(16).padStart(8, '0')).join('');
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

// ---------------------------------------------------------------------------------------------
// Reading an export back

/** Why `fhirBundleToJournal` refused a Bundle: it was not written by `journalToFhirBundle`. */
export class FhirReadError extends Error {
  override readonly name = 'FhirReadError';
  constructor(
    /** The entry it stopped at, or null for the Bundle itself. */
    readonly entryIndex: number | null,
    /** What was missing or wrong, for a developer: `component warningSign`, `identifier`. */
    readonly detail: string,
  ) {
    super(entryIndex === null ? `Bundle: ${detail}` : `entry ${entryIndex}: ${detail}`);
  }
}

/**
 * Reads a Bundle made by `journalToFhirBundle` back into journal rows, in Bundle order. Every row
 * passes the journal's own schemas; anything else throws FhirReadError. The Patient entry is
 * skipped: the journal has no place for the name.
 */
export function fhirBundleToJournal(bundle: FhirBundle): JournalFromFhir {
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'collection') {
    throw new FhirReadError(null, 'not a collection Bundle');
  }
  const sessions: ExerciseSession[] = [];
  const symptoms: SymptomEntry[] = [];
  (bundle.entry ?? []).forEach((entry, index) => {
    const resource = entry.resource;
    if (resource.resourceType !== 'Observation') return;
    const identifier = resource.identifier?.[0];
    if (identifier?.system === SESSION_IDENTIFIER_SYSTEM) {
      sessions.push(readSession(resource, identifier.value, index));
    } else if (identifier?.system === SYMPTOM_IDENTIFIER_SYSTEM) {
      symptoms.push(readSymptom(resource, identifier.value, index));
    } else {
      throw new FhirReadError(index, 'identifier');
    }
  });
  return { sessions, symptoms };
}

function readSession(observation: FhirObservation, id: string, index: number): ExerciseSession {
  const fail = (detail: string): never => {
    throw new FhirReadError(index, detail);
  };
  const components = observation.component ?? [];
  const stamp = readDateTime(observation.effectiveDateTime) ?? fail('effectiveDateTime');
  const duration = components.find((component) => hasCoding(component.code, EXERCISE_DURATION));
  const factors: Record<string, boolean | number | null> = { ...NO_FACTORS_RECORDED };
  for (const factor of FACTOR_ORDER) {
    const component = fieldComponent(components, factor);
    if (component) factors[factor] = component.valueBoolean ?? component.valueQuantity?.value ?? fail(factor);
  }
  const row = {
    id,
    activity: ownCode(observation.valueCodeableConcept, JOURNAL_CODE_SYSTEMS.activity) ?? fail('valueCodeableConcept'),
    startedAt: stamp.instant,
    utcOffsetMinutes: stamp.utcOffsetMinutes,
    durationMinutes: duration?.valueQuantity?.value ?? fail('component 55411-3'),
    intensity: fieldComponent(components, 'intensity')?.valueInteger ?? null,
    factors,
    notes: observation.note?.[0]?.text ?? '',
    ...readRecordMeta(observation, fail),
  };
  const parsed = exerciseSessionSchema.safeParse(row);
  return parsed.success ? parsed.data : fail(`invalid workout: ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
}

function readSymptom(observation: FhirObservation, id: string, index: number): SymptomEntry {
  const fail = (detail: string): never => {
    throw new FhirReadError(index, detail);
  };
  const components = observation.component ?? [];
  const stamp = readDateTime(observation.effectiveDateTime) ?? fail('effectiveDateTime');
  const fields = (field: FhirTextField) =>
    components.filter((component) => hasCoding(component.code, { system: JOURNAL_CODE_SYSTEMS.field, code: field }));
  const codesIn = <T extends string>(found: readonly FhirObservationComponent[], system: string, known: readonly T[]) =>
    found.map((component) => {
      const code = component.valueCodeableConcept?.coding?.find((coding) => coding.system === system)?.code;
      return code !== undefined && (known as readonly string[]).includes(code) ? (code as T) : fail(system);
    });

  const onsetKind = codesIn(fields('onset'), JOURNAL_CODE_SYSTEMS.onset, ONSET_KINDS)[0] ?? null;
  const row = {
    id,
    sessionId: readWorkoutLink(observation) ?? null,
    notedAt: stamp.instant,
    utcOffsetMinutes: stamp.utcOffsetMinutes,
    sensations: components
      .filter((component) => hasCoding(component.code, SYMPTOM))
      .map((component) => ownCode(component.valueCodeableConcept, JOURNAL_CODE_SYSTEMS.sensation) ?? fail('sensation')),
    locations: fields('location').map((component) => {
      const code = ownCode(component.valueCodeableConcept, JOURNAL_CODE_SYSTEMS.bodyLocation, false);
      const [region, side] = code?.split(':') ?? [];
      const known =
        (BODY_REGIONS as readonly string[]).includes(region ?? '') &&
        (BODY_SIDES as readonly string[]).includes(side ?? '');
      return known ? { region, side } : fail('location');
    }),
    severity:
      components.find((component) => hasCoding(component.code, SEVERITY_OF_SYMPTOMS))?.valueInteger ??
      fail('component 64750-3'),
    onset:
      onsetKind === null
        ? null
        : { kind: onsetKind, afterMinutes: fields('onsetAfterMinutes')[0]?.valueQuantity?.value ?? null },
    durationMinutes: fields('durationMinutes')[0]?.valueQuantity?.value ?? null,
    ongoing: fields('ongoing')[0]?.valueBoolean ?? fail('ongoing'),
    worseWithActivity: fields('worseWithActivity')[0]?.valueBoolean ?? null,
    warningSigns: codesIn(fields('warningSign'), JOURNAL_CODE_SYSTEMS.warningSign, WARNING_SIGNS),
    helped: codesIn(
      components.filter((component) => hasCoding(component.code, ALLEVIATING_FACTORS)),
      JOURNAL_CODE_SYSTEMS.relief,
      RELIEFS,
    ),
    notes: observation.note?.[0]?.text ?? '',
    ...readRecordMeta(observation, fail),
  };
  const parsed = symptomEntrySchema.safeParse(row);
  return parsed.success ? parsed.data : fail(`invalid symptom: ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
}

function readRecordMeta(observation: FhirObservation, fail: (detail: string) => never) {
  const sample = observation.meta?.tag?.some((tag) => sameCoding(tag, SYNTHETIC_DATA)) ?? false;
  return {
    createdAt: observation.issued ?? fail('issued'),
    updatedAt: observation.meta?.lastUpdated ?? fail('meta.lastUpdated'),
    source: sample ? ('sample' as const) : ('person' as const),
  };
}

function readWorkoutLink(observation: FhirObservation): string | undefined {
  const link = observation.extension?.find((extension) => extension.url === SUPPORTING_INFO_EXTENSION);
  if (!link) return undefined;
  const { reference, identifier } = link.valueReference;
  if (reference?.startsWith('urn:uuid:')) return reference.slice('urn:uuid:'.length);
  return identifier?.system === SESSION_IDENTIFIER_SYSTEM ? identifier.value : undefined;
}

/**
 * The journal's value of a concept: its own-system code when it has one, otherwise the text the
 * person typed (a word of their own has no code). `textAllowed` false for fields with no free text.
 */
function ownCode(value: FhirCodeableConcept | undefined, system: string, textAllowed = true): string | undefined {
  const code = value?.coding?.find((coding) => coding.system === system)?.code;
  if (code !== undefined) return code;
  return textAllowed ? value?.text : undefined;
}

function fieldComponent(
  components: readonly FhirObservationComponent[],
  field: FhirTextField,
): FhirObservationComponent | undefined {
  return components.find((component) => hasCoding(component.code, { system: JOURNAL_CODE_SYSTEMS.field, code: field }));
}

function hasCoding(value: FhirCodeableConcept, wanted: FhirCoding): boolean {
  return value.coding?.some((coding) => sameCoding(coding, wanted)) ?? false;
}

function sameCoding(a: FhirCoding, b: FhirCoding): boolean {
  return a.system === b.system && a.code === b.code;
}

const DATE_TIME_WITH_OFFSET = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(?:Z|([+-])(\d{2}):(\d{2}))$/;

function readDateTime(value: string | undefined): { instant: string; utcOffsetMinutes: number } | null {
  const match = value === undefined ? null : DATE_TIME_WITH_OFFSET.exec(value);
  if (!match) return null;
  const [, local, sign, hours, minutesPart] = match;
  const magnitude = sign === undefined ? 0 : Number(hours) * 60 + Number(minutesPart);
  const utcOffsetMinutes = sign === '-' && magnitude !== 0 ? -magnitude : magnitude;
  const wall = Date.parse(`${local}Z`);
  if (Number.isNaN(wall)) return null;
  return { instant: new Date(wall - utcOffsetMinutes * 60_000).toISOString(), utcOffsetMinutes };
}
