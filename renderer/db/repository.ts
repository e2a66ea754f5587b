import {
  exerciseSessionSchema,
  importedArticleSchema,
  settingSchema,
  symptomEntrySchema,
  validateSessionInput,
  validateSymptomInput,
  type ExerciseSession,
  type FieldErrors,
  type ImportedArticle,
  type Setting,
  type SymptomEntry,
} from '../../shared/domain/records';
import type { Table } from 'dexie';
import { BACKUP_TABLES, type BackupTableName, type JournalSnapshot } from '../../shared/backup-format';
import { chooseForMerge, MERGE_CHANGE_TIME } from '../../shared/backup-preview';
import type { JournalDatabase } from './database';
import { readTableInPages } from './queries';
import { journalStamp, storeTrendMonthsOf } from './trend-months';

/**
 * Rows per page when the journal is read for a backup: big enough that reading costs about what one
 * read of everything does, small enough that a page of objects is a few megabytes.
 */
const BACKUP_PAGE_ROWS = 5000;

/** A write refused because the input broke a rule; `fieldErrors` holds i18n keys per field. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super('The entry is not valid');
    this.name = 'ValidationError';
  }
}

/** A new record's id and timestamps; everything logged through the forms is the person's own. */
function newRecordMeta(now: Date) {
  const timestamp = now.toISOString();
  return { id: crypto.randomUUID(), createdAt: timestamp, updatedAt: timestamp, source: 'person' as const };
}

/** What a delete removed or changed, so Undo can put back exactly that. */
export interface DeletedEntries {
  readonly sessions: readonly ExerciseSession[];
  readonly symptoms: readonly SymptomEntry[];
}

/** What a merge did with one table's rows from the file. */
export interface TableMergeResult {
  /** Rows with an id the journal did not have. */
  readonly added: number;
  /** Rows that replaced the journal's, changed later in the file. */
  readonly updated: number;
  /** Rows the journal already held exactly. */
  readonly unchanged: number;
  /** Rows left out because the journal's row with that id was changed as late or later. */
  readonly keptJournal: number;
}

/** Settings are not here: a merge keeps the journal's. */
export interface JournalMergeResult {
  readonly sessions: TableMergeResult;
  readonly symptoms: TableMergeResult;
  readonly articles: TableMergeResult;
}

/**
 * Merges rows into one table by the rules of `chooseForMerge`, reading the journal's rows inside
 * the caller's transaction so nothing can change between the decision and the write.
 */
async function mergeRows<T extends { readonly id: string }, TInsert>(
  table: Table<T, string, TInsert>,
  rows: readonly (T & TInsert)[],
  changedAt: (row: T) => string,
): Promise<TableMergeResult> {
  const inJournal = await table.bulkGet(rows.map((row) => row.id));
  const added: TInsert[] = [];
  const updated: TInsert[] = [];
  let unchanged = 0;
  rows.forEach((row, index) => {
    const choice = chooseForMerge<T>(row, inJournal[index], changedAt);
    if (choice === 'add') added.push(row);
    else if (choice === 'take-file') updated.push(row);
    else if (choice === 'identical') unchanged += 1;
  });
  // `add`, not `put`: a new id that turns out to be taken (two rows with one id) fails the whole
  // merge instead of one row silently overwriting the other.
  await table.bulkAdd(added);
  await table.bulkPut(updated);
  return {
    added: added.length,
    updated: updated.length,
    unchanged,
    keptJournal: rows.length - added.length - updated.length - unchanged,
  };
}

/**
 * The only code that writes to the journal's database. Every record is checked against the schemas
 * in `shared/` first, so nothing malformed is ever stored, whichever screen or import it came from.
 */
export class JournalRepository {
  constructor(private readonly db: JournalDatabase) {}

  async addSession(input: unknown, now: Date = new Date()): Promise<ExerciseSession> {
    const checked = validateSessionInput(input, now);
    if (!checked.ok) throw new ValidationError(checked.fieldErrors);
    const session = exerciseSessionSchema.parse({ ...checked.value, ...newRecordMeta(now) });
    await this.db.transaction('rw', this.db.sessions, () => this.db.sessions.add(session));
    return session;
  }

  /**
   * Adds workouts imported from a file, each checked by the same rules as `addSession`, and saves
   * the activity the person chose for each type of workout (the `workoutImportMapping` setting)
   * with them, in one transaction: either every session is stored and the mapping remembered, or
   * the journal stays exactly as it was. Returns the stored sessions in the order given.
   */
  async addImportedSessions(
    inputs: readonly unknown[],
    mapping: Extract<Setting, { key: 'workoutImportMapping' }>['value'] | null = null,
    now: Date = new Date(),
  ): Promise<ExerciseSession[]> {
    const sessions = inputs.map((input) => {
      const checked = validateSessionInput(input, now);
      if (!checked.ok) throw new ValidationError(checked.fieldErrors);
      return exerciseSessionSchema.parse({ ...checked.value, ...newRecordMeta(now) });
    });
    const setting = mapping === null ? null : settingSchema.parse({ key: 'workoutImportMapping', value: mapping });
    await this.db.transaction('rw', this.db.sessions, this.db.settings, async () => {
      await this.db.sessions.bulkAdd(sessions);
      if (setting !== null) await this.db.settings.put(setting);
    });
    return sessions;
  }

  async addSymptom(input: unknown, now: Date = new Date()): Promise<SymptomEntry> {
    const checked = validateSymptomInput(input, now);
    if (!checked.ok) throw new ValidationError(checked.fieldErrors);
    const symptom = symptomEntrySchema.parse({ ...checked.value, ...newRecordMeta(now) });
    await this.db.transaction('rw', this.db.sessions, this.db.symptoms, async () => {
      if (symptom.sessionId !== null && (await this.db.sessions.get(symptom.sessionId)) === undefined) {
        throw new ValidationError({ sessionId: 'validation.sessionMissing' });
      }
      await this.db.symptoms.add(symptom);
    });
    return symptom;
  }

  /** Saves an edited workout; its id, creation time and source stay. */
  async updateSession(id: string, input: unknown, now: Date = new Date()): Promise<ExerciseSession> {
    const checked = validateSessionInput(input, now);
    if (!checked.ok) throw new ValidationError(checked.fieldErrors);
    return this.db.transaction('rw', this.db.sessions, async () => {
      const existing = await this.db.sessions.get(id);
      if (existing === undefined) throw new ValidationError({ form: 'validation.entryMissing' });
      const session = exerciseSessionSchema.parse({ ...existing, ...checked.value, updatedAt: now.toISOString() });
      await this.db.sessions.put(session);
      return session;
    });
  }

  /** Saves an edited symptom; its id, creation time and source stay. */
  async updateSymptom(id: string, input: unknown, now: Date = new Date()): Promise<SymptomEntry> {
    const checked = validateSymptomInput(input, now);
    if (!checked.ok) throw new ValidationError(checked.fieldErrors);
    return this.db.transaction('rw', this.db.sessions, this.db.symptoms, async () => {
      const existing = await this.db.symptoms.get(id);
      if (existing === undefined) throw new ValidationError({ form: 'validation.entryMissing' });
      const symptom = symptomEntrySchema.parse({ ...existing, ...checked.value, updatedAt: now.toISOString() });
      if (symptom.sessionId !== null && (await this.db.sessions.get(symptom.sessionId)) === undefined) {
        throw new ValidationError({ sessionId: 'validation.sessionMissing' });
      }
      await this.db.symptoms.put(symptom);
      return symptom;
    });
  }

  /**
   * Deletes a workout. Its symptoms are kept, no longer linked to it: what was felt still happened.
   * Returns what changed, for Undo.
   */
  async deleteSession(id: string): Promise<DeletedEntries> {
    return this.db.transaction('rw', this.db.sessions, this.db.symptoms, async () => {
      const session = await this.db.sessions.get(id);
      if (session === undefined) return { sessions: [], symptoms: [] };
      const linked = await this.db.symptoms.where('sessionId').equals(id).toArray();
      await this.db.symptoms.bulkPut(linked.map((symptom) => ({ ...symptom, sessionId: null })));
      await this.db.sessions.delete(id);
      return { sessions: [session], symptoms: linked };
    });
  }

  async deleteSymptom(id: string): Promise<DeletedEntries> {
    return this.db.transaction('rw', this.db.symptoms, async () => {
      const symptom = await this.db.symptoms.get(id);
      if (symptom === undefined) return { sessions: [], symptoms: [] };
      await this.db.symptoms.delete(id);
      return { sessions: [], symptoms: [symptom] };
    });
  }

  /** Undo: puts deleted rows back exactly as they were, links included, in one transaction. */
  async restoreDeleted(deleted: DeletedEntries): Promise<void> {
    const sessions = deleted.sessions.map((row) => exerciseSessionSchema.parse(row));
    const symptoms = deleted.symptoms.map((row) => symptomEntrySchema.parse(row));
    await this.db.transaction('rw', this.db.sessions, this.db.symptoms, async () => {
      await this.db.sessions.bulkPut(sessions);
      await this.db.symptoms.bulkPut(symptoms);
    });
  }

  /** Adds generated sample entries (marked `source: 'sample'`) in one transaction. */
  async addSampleEntries(entries: { sessions: readonly unknown[]; symptoms: readonly unknown[] }): Promise<void> {
    const sessions = entries.sessions.map((row) => exerciseSessionSchema.parse(row));
    const symptoms = entries.symptoms.map((row) => symptomEntrySchema.parse(row));
    if ([...sessions, ...symptoms].some((row) => row.source !== 'sample')) {
      throw new Error('Sample data must be marked as sample data');
    }
    await this.db.transaction('rw', this.db.sessions, this.db.symptoms, async () => {
      await this.db.sessions.bulkAdd(sessions);
      await this.db.symptoms.bulkAdd(symptoms);
    });
  }

  /**
   * Removes every sample entry and nothing else. A symptom the person logged against a sample
   * workout is kept, unlinked.
   */
  async removeSampleEntries(): Promise<number> {
    return this.db.transaction('rw', this.db.sessions, this.db.symptoms, async () => {
      const sampleSessionIds = await this.db.sessions.where('source').equals('sample').primaryKeys();
      const ownLinked = (await this.db.symptoms.where('sessionId').anyOf(sampleSessionIds).toArray()).filter(
        (symptom) => symptom.source === 'person',
      );
      await this.db.symptoms.bulkPut(ownLinked.map((symptom) => ({ ...symptom, sessionId: null })));
      const removedSymptoms = await this.db.symptoms.where('source').equals('sample').delete();
      await this.db.sessions.bulkDelete(sampleSessionIds);
      return sampleSessionIds.length + removedSymptoms;
    });
  }

  async saveSetting(setting: Setting): Promise<void> {
    const checked = settingSchema.parse(setting);
    await this.db.transaction('rw', this.db.settings, () => this.db.settings.put(checked));
  }

  /** Keeps an article the person imported; its text was checked and reduced to plain text first. */
  async addArticle(article: ImportedArticle): Promise<void> {
    const checked = importedArticleSchema.parse(article);
    await this.db.transaction('rw', this.db.articles, () => this.db.articles.add(checked));
  }

  async removeArticle(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.articles, () => this.db.articles.delete(id));
  }

  /** A consistent copy of every table, read in one transaction. */
  async snapshot(): Promise<JournalSnapshot> {
    const { sessions, symptoms, settings, articles } = this.db;
    return this.db.transaction('r', [sessions, symptoms, settings, articles], async () => ({
      sessions: await sessions.toArray(),
      symptoms: await symptoms.toArray(),
      settings: await settings.toArray(),
      articles: await articles.toArray(),
    }));
  }

  /**
   * Every row of the journal, a page at a time and table by table in `BACKUP_TABLES` order, all in
   * one read transaction, so the pages are one consistent copy. `visit` must be done with a page
   * when it returns: a backup of ten years of entries is then written without ever holding all of
   * its rows as objects.
   */
  async readInPages(visit: (table: BackupTableName, rows: readonly unknown[]) => void): Promise<void> {
    const tables: Table[] = BACKUP_TABLES.map((name) => this.db[name]);
    await this.db.transaction('r', tables, async () => {
      for (const name of BACKUP_TABLES) {
        await readTableInPages(this.db[name] as Table, BACKUP_PAGE_ROWS, (rows) => {
          if (rows.length > 0) visit(name, rows);
        });
      }
    });
  }

  /**
   * No workout, symptom or imported article: nothing the person made. Settings don't count. Asks
   * each table for one key rather than counting: IndexedDB counts by walking every row, which at ten
   * years of entries held up every other read of the journal for half a second after each start.
   */
  async isEmpty(): Promise<boolean> {
    const { sessions, symptoms, articles } = this.db;
    const firstKeys = await Promise.all([sessions, symptoms, articles].map((table) => table.limit(1).primaryKeys()));
    return firstKeys.every((keys) => keys.length === 0);
  }

  /**
   * Replaces the whole journal with a snapshot (a restore), in one transaction: either every row of
   * the snapshot is stored, or the journal stays exactly as it was. The Trends copy of the journal
   * is stored right after, from the rows in hand (`storeTrendMonthsOf`).
   */
  async replaceAll(snapshot: JournalSnapshot): Promise<void> {
    const sessions = snapshot.sessions.map((row) => exerciseSessionSchema.parse(row));
    const symptoms = snapshot.symptoms.map((row) => symptomEntrySchema.parse(row));
    const settings = snapshot.settings.map((row) => settingSchema.parse(row));
    const articles = snapshot.articles.map((row) => importedArticleSchema.parse(row));
    const tables = [this.db.sessions, this.db.symptoms, this.db.settings, this.db.articles];
    const epoch = await this.db.transaction('rw', [...tables, this.db.trendMonths], async () => {
      await Promise.all(tables.map((table) => table.clear()));
      await this.db.sessions.bulkAdd(sessions);
      await this.db.symptoms.bulkAdd(symptoms);
      await this.db.settings.bulkAdd(settings);
      await this.db.articles.bulkAdd(articles);
      return journalStamp(this.db);
    });
    await storeTrendMonthsOf(this.db, { sessions, symptoms }, epoch);
  }

  /**
   * Merges a snapshot into the journal, in one transaction: either every row the rules take is
   * stored, or the journal stays exactly as it was. A row with a new id is added; one the journal
   * holds identically is left; of two different rows with one id, the one changed later stays, the
   * journal's on a tie. Nothing is deleted, so an entry deleted since the backup comes back.
   * Settings are the journal's own and stay as they are.
   */
  async mergeAll(snapshot: JournalSnapshot): Promise<JournalMergeResult> {
    const sessions = snapshot.sessions.map((row) => exerciseSessionSchema.parse(row));
    const symptoms = snapshot.symptoms.map((row) => symptomEntrySchema.parse(row));
    const articles = snapshot.articles.map((row) => importedArticleSchema.parse(row));
    // Settings are in scope though never written, as in `replaceAll`: no other write to the
    // journal interleaves with a merge.
    const tables = [this.db.sessions, this.db.symptoms, this.db.settings, this.db.articles];
    return this.db.transaction('rw', tables, async () => ({
      sessions: await mergeRows(this.db.sessions, sessions, MERGE_CHANGE_TIME.sessions),
      symptoms: await mergeRows(this.db.symptoms, symptoms, MERGE_CHANGE_TIME.symptoms),
      articles: await mergeRows(this.db.articles, articles, MERGE_CHANGE_TIME.articles),
    }));
  }

  /** Removes every workout and symptom; settings such as the theme stay. */
  async eraseJournal(): Promise<void> {
    await this.db.transaction('rw', this.db.sessions, this.db.symptoms, async () => {
      await Promise.all([this.db.sessions.clear(), this.db.symptoms.clear()]);
    });
  }
}
