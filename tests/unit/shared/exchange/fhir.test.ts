import { beforeAll, describe, expect, it } from 'vitest';
import { NO_FACTORS_RECORDED, type ExerciseSession, type SymptomEntry } from '../../../../shared/domain/records';
import {
  FhirReadError,
  JOURNAL_CODE_SYSTEMS,
  SESSION_IDENTIFIER_SYSTEM,
  dateTimeWithOffset,
  fhirBundleToJournal,
  journalToFhirBundle,
  type FhirBundle,
  type FhirObservation,
  type FhirTextField,
  type FhirTextLabels,
  type JournalForFhir,
} from '../../../../shared/exchange/fhir';
import { generateSampleJournal, sixMonthSample } from '../../../../shared/sample-data';
import { en } from '../../../../renderer/i18n/en';
import { NOW, session, symptom } from '../fixtures';
import { compileFhirSchemaCheck, type FhirSchemaCheck } from '../../../support/fhir-schema';

let schemaErrors: FhirSchemaCheck;

beforeAll(() => {
  schemaErrors = compileFhirSchemaCheck();
}, 60_000);

/** The English the UI would pass, taken from its own translations. */
const ENGLISH: FhirTextLabels = {
  activity: (activity) => en.vocabulary.activity[activity],
  sensation: (sensation) => en.vocabulary.sensation[sensation],
  location: ({ region, side }) => `${en.vocabulary.side[side]} ${en.vocabulary.region[region]}`,
  onset: (kind) => (kind === 'after' ? en.journal.onset['minutes-after'] : en.journal.onset[kind]),
  warningSign: (sign) => en.vocabulary.warningSign[sign],
  relief: (relief) => en.vocabulary.relief[relief],
  field: (field: FhirTextField) => {
    const form = en.journal.symptomForm;
    switch (field) {
      case 'intensity':
        return en.journal.sessionForm.intensity;
      case 'location':
        return form.where;
      case 'onset':
        return form.onset;
      case 'onsetAfterMinutes':
        return form.onsetAmountMinutes;
      case 'durationMinutes':
        return form.duration;
      case 'ongoing':
        return form.ongoing;
      case 'worseWithActivity':
        return form.worse;
      case 'warningSign':
        return form.warningSigns;
      default:
        return en.journal.factor[field];
    }
  },
};

const GENERATED_AT = new Date('2026-03-29T12:30:00.000Z');

function observations(bundle: FhirBundle): FhirObservation[] {
  return (bundle.entry ?? []).flatMap((entry) =>
    entry.resource.resourceType === 'Observation' ? [entry.resource] : [],
  );
}

function byTimeThenId<T extends { readonly id: string }>(rows: readonly T[], instant: (row: T) => string): T[] {
  return [...rows].sort(
    (a, b) => Date.parse(instant(a)) - Date.parse(instant(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Exports, checks the schema, reads back, and expects exactly the rows that went in. */
function expectRoundTrip(input: JournalForFhir, labels?: FhirTextLabels): FhirBundle {
  const bundle = journalToFhirBundle(input, labels ? { labels } : {});
  expect(schemaErrors(bundle)).toEqual([]);
  const back = fhirBundleToJournal(JSON.parse(JSON.stringify(bundle)) as FhirBundle);
  expect(back.sessions).toEqual(byTimeThenId(input.sessions, (row) => row.startedAt));
  expect(back.symptoms).toEqual(byTimeThenId(input.symptoms, (row) => row.notedAt));
  return bundle;
}

describe('the FHIR R4 schema check', () => {
  const minimal = (observation: Record<string, unknown>) => ({
    resourceType: 'Bundle',
    type: 'collection',
    entry: [{ fullUrl: 'urn:uuid:1f0c8a4e-6a55-4a8f-9a43-6f4f2f1f3b10', resource: observation }],
  });
  const observation = { resourceType: 'Observation', status: 'final', code: { text: 'x' } };

  it('accepts a minimal valid Bundle', () => {
    expect(schemaErrors(minimal(observation))).toEqual([]);
  });

  it('rejects an Observation with a status FHIR does not have', () => {
    expect(schemaErrors(minimal({ ...observation, status: 'done' }))).not.toEqual([]);
  });

  it('rejects an Observation without its code, and one with an element FHIR does not have', () => {
    const { code: _code, ...withoutCode } = observation;
    expect(schemaErrors(minimal(withoutCode))).not.toEqual([]);
    expect(schemaErrors(minimal({ ...observation, severity: 4 }))).not.toEqual([]);
  });

  it('rejects a Bundle type FHIR does not have and a local time without an offset', () => {
    expect(schemaErrors({ ...minimal(observation), type: 'journal' })).not.toEqual([]);
    expect(schemaErrors(minimal({ ...observation, effectiveDateTime: '2026-03-01T18:30:00' }))).not.toEqual([]);
  });

  it('finds one broken Observation among the hundreds of a real export', () => {
    const bundle = journalToFhirBundle({ ...generateSampleJournal(sixMonthSample(NOW)), generatedAt: NOW });
    expect(schemaErrors(bundle)).toEqual([]);
    const entries = bundle.entry ?? [];
    const last = entries[entries.length - 1];
    const withLast = (resource: Record<string, unknown>) => ({
      ...bundle,
      entry: [...entries.slice(0, -1), { ...last, resource: { ...last?.resource, ...resource } }],
    });
    expect(schemaErrors(withLast({}))).toEqual([]);
    expect(schemaErrors(withLast({ status: 'done' }))).not.toEqual([]);
    expect(schemaErrors(withLast({ effectiveDateTime: '2026-03-01T18:30' }))).not.toEqual([]);
  });

  it('cannot see a missing status (the schema leaves it to `_status`), so the export checks its own', () => {
    const { status: _status, ...withoutStatus } = observation;
    expect(schemaErrors(minimal(withoutStatus))).toEqual([]);
    const bundle = journalToFhirBundle({ sessions: [session()], symptoms: [symptom()], generatedAt: GENERATED_AT });
    expect(observations(bundle).map((resource) => resource.status)).toEqual(['final', 'final']);
  });
});

describe('journalToFhirBundle', () => {
  it('writes an empty journal as a valid Bundle without entries', () => {
    const bundle = expectRoundTrip({ sessions: [], symptoms: [], generatedAt: GENERATED_AT });
    expect(bundle).toEqual({ resourceType: 'Bundle', type: 'collection', timestamp: '2026-03-29T12:30:00.000Z' });
  });

  it('writes a workout after the Physical Activity IG, every field somewhere', () => {
    const workout = session({
      id: '6f1d2b1c-3d4e-4f50-8a61-7b8c9d0e1f20',
      activity: 'running',
      startedAt: '2026-03-01T17:30:00.000Z',
      utcOffsetMinutes: 60,
      durationMinutes: 45,
      intensity: 7,
      factors: {
        ...NO_FACTORS_RECORDED,
        warmUp: true,
        cold: false,
        waterMl: 500,
        longestHoldMinutes: 3,
        sittingHours: 9,
      },
      notes: 'Hands tingled on the last kilometre.',
    });
    const bundle = expectRoundTrip({ sessions: [workout], symptoms: [], generatedAt: GENERATED_AT }, ENGLISH);
    const [entry] = bundle.entry ?? [];
    expect(entry?.fullUrl).toBe('urn:uuid:6f1d2b1c-3d4e-4f50-8a61-7b8c9d0e1f20');
    expect(entry?.resource).toEqual({
      resourceType: 'Observation',
      meta: {
        lastUpdated: workout.updatedAt,
        security: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
            code: 'PATRPT',
            display: 'patient reported',
          },
        ],
      },
      identifier: [{ system: 'urn:exercise-symptom-journal:session', value: workout.id }],
      status: 'final',
      category: [
        {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/observation-category',
              code: 'activity',
              display: 'Activity',
            },
          ],
        },
        {
          coding: [
            {
              system: 'http://hl7.org/fhir/us/physical-activity/CodeSystem/pa-temporary-codes',
              code: 'PhysicalActivity',
              display: 'Physical Activity',
            },
          ],
        },
      ],
      code: { coding: [{ system: 'http://loinc.org', code: '73985-4', display: 'Exercise activity' }] },
      subject: { type: 'Patient' },
      effectiveDateTime: '2026-03-01T18:30:00+01:00',
      issued: workout.createdAt,
      performer: [{ type: 'Patient' }],
      valueCodeableConcept: {
        coding: [
          { system: 'http://loinc.org', code: 'LA11836-6', display: 'Running' },
          { system: JOURNAL_CODE_SYSTEMS.activity, code: 'running' },
        ],
        text: 'Running',
      },
      note: [{ text: 'Hands tingled on the last kilometre.' }],
      component: [
        {
          code: { coding: [{ system: 'http://loinc.org', code: '55411-3', display: 'Exercise duration' }] },
          valueQuantity: { value: 45, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
        },
        {
          code: { coding: [{ system: JOURNAL_CODE_SYSTEMS.field, code: 'intensity' }], text: 'Intensity (RPE 1–10)' },
          valueInteger: 7,
        },
        {
          code: {
            coding: [{ system: JOURNAL_CODE_SYSTEMS.field, code: 'longestHoldMinutes' }],
            text: 'Longest hold (minutes)',
          },
          valueQuantity: { value: 3, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
        },
        {
          code: { coding: [{ system: JOURNAL_CODE_SYSTEMS.field, code: 'warmUp' }], text: 'Warm-up' },
          valueBoolean: true,
        },
        {
          code: { coding: [{ system: JOURNAL_CODE_SYSTEMS.field, code: 'waterMl' }], text: 'Water drunk (ml)' },
          valueQuantity: { value: 500, unit: 'mL', system: 'http://unitsofmeasure.org', code: 'mL' },
        },
        {
          code: {
            coding: [{ system: JOURNAL_CODE_SYSTEMS.field, code: 'cold' }],
            text: 'Cold, or dressed too lightly',
          },
          valueBoolean: false,
        },
        {
          code: {
            coding: [{ system: JOURNAL_CODE_SYSTEMS.field, code: 'sittingHours' }],
            text: 'Hours of sitting today',
          },
          valueQuantity: { value: 9, unit: 'h', system: 'http://unitsofmeasure.org', code: 'h' },
        },
      ],
    });
  });

  it('writes a symptom after the Symptoms IG and links it to its workout', () => {
    const workout = session({ id: '0b7c6a2e-1f4d-4c3b-9a8e-2d1c0b9a8f70' });
    const felt = symptom({
      id: 'a3e1c2d4-5b6f-4a7e-8c9d-0e1f2a3b4c5d',
      sessionId: workout.id,
      notedAt: '2026-03-29T10:30:00.000Z',
      utcOffsetMinutes: 120,
      sensations: ['numbness'],
      locations: [{ region: 'foot', side: 'left' }],
      severity: 6,
      onset: { kind: 'after', afterMinutes: 20 },
      durationMinutes: 15,
      worseWithActivity: true,
      warningSigns: ['dizziness'],
      helped: ['rest', 'legs-raised'],
      notes: 'Went away after sitting down.',
    });
    const bundle = expectRoundTrip({ sessions: [workout], symptoms: [felt], generatedAt: GENERATED_AT }, ENGLISH);
    const resource = observations(bundle)[1];
    expect(resource?.extension).toEqual([
      {
        url: 'http://hl7.org/fhir/StructureDefinition/workflow-supportingInfo',
        valueReference: { reference: `urn:uuid:${workout.id}`, type: 'Observation' },
      },
    ]);
    expect(resource?.category).toEqual([
      {
        coding: [
          {
            system: 'http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary',
            code: 'symptom',
            display: 'Symptom',
          },
        ],
      },
    ]);
    expect(resource?.code).toEqual({ coding: [{ system: 'http://loinc.org', code: '75325-1', display: 'Symptom' }] });
    expect(resource?.effectiveDateTime).toBe('2026-03-29T12:30:00+02:00');
    expect(resource?.valueCodeableConcept).toEqual({
      coding: [
        { system: 'http://snomed.info/sct', code: '44077006', display: 'Numbness' },
        { system: JOURNAL_CODE_SYSTEMS.sensation, code: 'numbness' },
      ],
      text: 'Numbness',
    });
    expect(resource?.bodySite).toEqual({
      coding: [{ system: JOURNAL_CODE_SYSTEMS.bodyLocation, code: 'foot:left' }],
      text: 'Left Foot',
    });
    const components = resource?.component ?? [];
    expect(components.find((component) => component.code.coding?.[0]?.code === '64750-3')?.valueInteger).toBe(6);
    expect(
      components
        .filter((component) => component.code.coding?.[0]?.code === '100753-3')
        .map((component) => component.valueCodeableConcept?.text),
    ).toEqual(['Rest', 'Legs raised']);
    expect(resource?.note).toEqual([{ text: 'Went away after sitting down.' }]);
  });

  it('keeps several sensations and places: a text summary, and each in a component of its own', () => {
    const felt = symptom({
      sensations: ['tingling', 'heavy legs'],
      locations: [
        { region: 'calf', side: 'both' },
        { region: 'toes', side: 'right' },
      ],
    });
    const bundle = expectRoundTrip({ sessions: [], symptoms: [felt], generatedAt: GENERATED_AT }, ENGLISH);
    const resource = observations(bundle)[0];
    expect(resource?.valueCodeableConcept).toEqual({ text: 'Tingling / pins and needles, heavy legs' });
    expect(resource?.bodySite).toEqual({ text: 'Both sides Calf, Right Toes' });
    const sensations = (resource?.component ?? []).filter(
      (component) => component.code.coding?.[0]?.code === '75325-1',
    );
    // Tingling has no verified SNOMED CT code, so it carries only the journal's own; a word the
    // person typed has none at all and travels as typed.
    expect(sensations.map((component) => component.valueCodeableConcept)).toEqual([
      { coding: [{ system: JOURNAL_CODE_SYSTEMS.sensation, code: 'tingling' }], text: 'Tingling / pins and needles' },
      { text: 'heavy legs' },
    ]);
  });

  it('writes a symptom without a workout, and names a workout outside the Bundle by its identifier', () => {
    const unlinked = symptom({ sessionId: null });
    const elsewhere = symptom({ sessionId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' });
    const bundle = expectRoundTrip({ sessions: [], symptoms: [unlinked, elsewhere], generatedAt: GENERATED_AT });
    const byId = new Map(observations(bundle).map((resource) => [resource.identifier?.[0]?.value, resource]));
    expect(byId.get(unlinked.id)?.extension).toBeUndefined();
    expect(byId.get(elsewhere.id)?.extension?.[0]?.valueReference).toEqual({
      type: 'Observation',
      identifier: { system: SESSION_IDENTIFIER_SYSTEM, value: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' },
    });
  });

  it('leaves out what was not recorded and reads it back as not recorded', () => {
    const workout = session({ intensity: null, factors: NO_FACTORS_RECORDED, notes: '' });
    const felt = symptom({ onset: null, durationMinutes: null, worseWithActivity: null, warningSigns: [], helped: [] });
    const bundle = expectRoundTrip({ sessions: [workout], symptoms: [felt], generatedAt: GENERATED_AT });
    const [sessionObservation, symptomObservation] = observations(bundle);
    expect(sessionObservation?.component?.map((component) => component.code.coding?.[0]?.code)).toEqual(['55411-3']);
    expect(sessionObservation?.note).toBeUndefined();
    expect(symptomObservation?.component?.map((component) => component.code.coding?.[0]?.code)).toEqual([
      '75325-1',
      'location',
      '64750-3',
      'ongoing',
    ]);
  });

  it('keeps false apart from not recorded for every yes/no', () => {
    const workout = session({
      factors: {
        ...NO_FACTORS_RECORDED,
        repeatedMovements: false,
        warmUp: false,
        stretching: false,
        electrolytes: false,
        tightClothing: false,
        cold: false,
        gripTrainer: false,
        longestHoldMinutes: 0,
        waterMl: 0,
        sittingHours: 0,
      },
    });
    const felt = symptom({ worseWithActivity: false, ongoing: true, onset: { kind: 'at-rest', afterMinutes: null } });
    expectRoundTrip({ sessions: [workout], symptoms: [felt], generatedAt: GENERATED_AT });
  });

  it('marks sample rows as synthetic and the person’s own rows not', () => {
    const bundle = journalToFhirBundle({
      sessions: [session({ source: 'sample' }), session({ source: 'person' })],
      symptoms: [],
      generatedAt: GENERATED_AT,
    });
    const tags = observations(bundle).map((resource) => resource.meta?.tag?.map((tag) => tag.code));
    expect(tags.sort()).toEqual([['HTEST'], undefined]);
  });

  it('adds one Patient only when a name is given, and points every Observation at it', () => {
    const input = { sessions: [session()], symptoms: [symptom()], generatedAt: GENERATED_AT };
    const anonymous = journalToFhirBundle({ ...input, patientName: '   ' });
    expect(anonymous.entry?.map((entry) => entry.resource.resourceType)).toEqual(['Observation', 'Observation']);

    const named = expectRoundTrip({ ...input, patientName: ' Dewi Lestari ' });
    const [patientEntry, ...rest] = named.entry ?? [];
    expect(patientEntry?.resource).toEqual({ resourceType: 'Patient', name: [{ text: 'Dewi Lestari' }] });
    expect(patientEntry?.fullUrl).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    for (const entry of rest) {
      const resource = entry.resource as FhirObservation;
      expect(resource.subject).toEqual({ reference: patientEntry?.fullUrl, type: 'Patient' });
      expect(resource.performer).toEqual([{ reference: patientEntry?.fullUrl, type: 'Patient' }]);
    }
    const again = journalToFhirBundle({ ...input, patientName: 'Dewi Lestari' });
    expect(again.entry?.[0]?.fullUrl).toBe(patientEntry?.fullUrl);
    const other = journalToFhirBundle({ ...input, patientName: 'Dewi Lestar' });
    expect(other.entry?.[0]?.fullUrl).not.toBe(patientEntry?.fullUrl);
  });

  it('is deterministic: the same journal in any order gives the same Bundle, ordered by time then id', () => {
    const sessions = [
      session({ startedAt: '2026-03-20T08:00:00.000Z' }),
      session({ startedAt: '2026-03-10T08:00:00.000Z' }),
      session({ startedAt: '2026-03-10T08:00:00.000Z' }),
    ];
    const symptoms = [
      symptom({ notedAt: '2026-03-21T08:00:00.000Z' }),
      symptom({ notedAt: '2026-03-11T08:00:00.000Z' }),
    ];
    const forward = journalToFhirBundle({ sessions, symptoms, generatedAt: GENERATED_AT }, { labels: ENGLISH });
    const backward = journalToFhirBundle(
      { sessions: [...sessions].reverse(), symptoms: [...symptoms].reverse(), generatedAt: GENERATED_AT },
      { labels: ENGLISH },
    );
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
    const expected = [
      ...byTimeThenId(sessions, (row) => row.startedAt),
      ...byTimeThenId(symptoms, (row) => row.notedAt),
    ].map((row) => `urn:uuid:${row.id}`);
    expect(forward.entry?.map((entry) => entry.fullUrl)).toEqual(expected);
  });

  it('writes local times with the person’s offset, west and east of UTC', () => {
    expect(dateTimeWithOffset('2026-03-01T17:30:00.000Z', 60)).toBe('2026-03-01T18:30:00+01:00');
    expect(dateTimeWithOffset('2026-03-01T02:15:00.000Z', -300)).toBe('2026-02-28T21:15:00-05:00');
    expect(dateTimeWithOffset('2026-03-01T10:00:00.250Z', 0)).toBe('2026-03-01T10:00:00.250+00:00');
    expect(dateTimeWithOffset('2026-03-01T10:00:00.000Z', 345)).toBe('2026-03-01T15:45:00+05:45');
  });
});

describe('a realistic journal', () => {
  const sample = generateSampleJournal(sixMonthSample(NOW));
  const people: { sessions: ExerciseSession[]; symptoms: SymptomEntry[] } = {
    sessions: sample.sessions.slice(0, 20).map((row) => ({ ...row, source: 'person' })),
    symptoms: sample.symptoms.slice(0, 30).map((row) => ({ ...row, source: 'person' })),
  };

  it('exports half a year of sample data as valid FHIR and reads every field back', () => {
    expect(sample.sessions.length).toBeGreaterThan(100);
    expect(sample.symptoms.some((row) => row.sessionId === null)).toBe(true);
    expect(sample.symptoms.some((row) => row.sensations.length > 1 && row.locations.length > 1)).toBe(true);
    const bundle = expectRoundTrip({ ...sample, generatedAt: NOW, patientName: 'Sample Person' }, ENGLISH);
    expect(bundle.entry).toHaveLength(1 + sample.sessions.length + sample.symptoms.length);
  });

  it('reads back the same rows whatever language the text was in', () => {
    expectRoundTrip({ ...people, generatedAt: NOW });
    expectRoundTrip({ ...people, generatedAt: NOW }, ENGLISH);
  });

  it('mixes fixtures and sample rows, with a symptom whose workout was left out', () => {
    const mixed = {
      sessions: [...people.sessions.slice(1), session()],
      symptoms: [...people.symptoms, symptom({ sessionId: people.sessions[0]?.id ?? null })],
      generatedAt: NOW,
    };
    expectRoundTrip(mixed, ENGLISH);
  });
});

describe('fhirBundleToJournal', () => {
  const bundle = journalToFhirBundle({ sessions: [session()], symptoms: [symptom()], generatedAt: GENERATED_AT });

  it('refuses what is not a collection Bundle', () => {
    expect(() => fhirBundleToJournal({ ...bundle, type: 'document' } as unknown as FhirBundle)).toThrow(FhirReadError);
  });

  it('refuses an Observation it did not write, and one missing a journal field', () => {
    const foreign = {
      ...bundle,
      entry: [
        { fullUrl: 'urn:uuid:x', resource: { resourceType: 'Observation', status: 'final', code: { text: 'x' } } },
      ],
    } as FhirBundle;
    expect(() => fhirBundleToJournal(foreign)).toThrow(FhirReadError);

    const [first, second] = bundle.entry ?? [];
    const withoutDuration = {
      ...bundle,
      entry: [{ ...first, resource: { ...(first?.resource as FhirObservation), component: [] } }, second],
    } as FhirBundle;
    expect(() => fhirBundleToJournal(withoutDuration)).toThrow(/entry 0: component 55411-3/);
  });
});
