/**
 * The subset of FHIR R4 (4.0.1) that the journal export writes and reads back: only the elements
 * it uses, typed as narrowly as the export needs. Not a general FHIR model.
 */

export interface FhirCoding {
  readonly system: string;
  readonly code: string;
  readonly display?: string;
}

export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[];
  readonly text?: string;
}

/** A UCUM quantity: `unit` is the UCUM code too, so it reads the same in every language. */
export interface FhirQuantity {
  readonly value: number;
  readonly unit: string;
  readonly system: string;
  readonly code: string;
}

export interface FhirIdentifier {
  readonly system: string;
  readonly value: string;
}

/**
 * A reference by `urn:uuid:` to an entry of the same Bundle, by business identifier to a record
 * the Bundle does not hold, or by type alone ("the patient") when the export names no Patient.
 */
export interface FhirReference {
  readonly reference?: string;
  readonly type?: string;
  readonly identifier?: FhirIdentifier;
}

export interface FhirMeta {
  readonly lastUpdated?: string;
  readonly security?: readonly FhirCoding[];
  readonly tag?: readonly FhirCoding[];
}

export interface FhirExtension {
  readonly url: string;
  readonly valueReference: FhirReference;
}

export interface FhirAnnotation {
  readonly text: string;
}

/** One `component` of an Observation: a code and exactly one of the value elements. */
export interface FhirObservationComponent {
  readonly code: FhirCodeableConcept;
  readonly valueQuantity?: FhirQuantity;
  readonly valueCodeableConcept?: FhirCodeableConcept;
  readonly valueInteger?: number;
  readonly valueBoolean?: boolean;
}

export interface FhirObservation {
  readonly resourceType: 'Observation';
  readonly meta?: FhirMeta;
  readonly extension?: readonly FhirExtension[];
  readonly identifier?: readonly FhirIdentifier[];
  readonly status:
    'registered' | 'preliminary' | 'final' | 'amended' | 'corrected' | 'cancelled' | 'entered-in-error' | 'unknown';
  readonly category?: readonly FhirCodeableConcept[];
  readonly code: FhirCodeableConcept;
  readonly subject?: FhirReference;
  readonly effectiveDateTime?: string;
  readonly issued?: string;
  readonly performer?: readonly FhirReference[];
  readonly valueCodeableConcept?: FhirCodeableConcept;
  readonly bodySite?: FhirCodeableConcept;
  readonly note?: readonly FhirAnnotation[];
  readonly component?: readonly FhirObservationComponent[];
}

export interface FhirHumanName {
  readonly text: string;
}

export interface FhirPatient {
  readonly resourceType: 'Patient';
  readonly name?: readonly FhirHumanName[];
}

export type FhirResource = FhirObservation | FhirPatient;

export interface FhirBundleEntry {
  readonly fullUrl: string;
  readonly resource: FhirResource;
}

/** A `collection` Bundle; FHIR JSON has no empty arrays, so an empty journal has no `entry`. */
export interface FhirBundle {
  readonly resourceType: 'Bundle';
  readonly type: 'collection';
  readonly timestamp: string;
  readonly entry?: readonly FhirBundleEntry[];
}
