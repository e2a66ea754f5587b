import { afterEach } from 'vitest';
import { createJournalDatabase, type JournalDatabase } from '../../renderer/db/database';

const opened: JournalDatabase[] = [];

// Registered once by every test file that imports this module: each test's databases are deleted after it.
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** A new, empty journal database of its own name (fake-indexeddb), deleted after the test. */
export function testDatabase(): JournalDatabase {
  const db = createJournalDatabase({ name: `test-${crypto.randomUUID()}` });
  opened.push(db);
  return db;
}
