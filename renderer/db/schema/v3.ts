import type { SchemaVersion } from '../schema';

/** Version 3: articles the person imports into the guidance library, newest first. */
export const schemaV3: SchemaVersion = {
  version: 3,
  stores: {
    articles: 'id, importedAt',
  },
};
