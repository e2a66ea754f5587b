import {
  exerciseSessionSchema,
  settingSchema,
  symptomEntrySchema,
  validateSessionInput,
  validateSymptomInput,
  type ExerciseSession,
  type FieldErrors,
  type Setting,
  type SymptomEntry,
} from '../../shared/domain/records';
import type { JournalSnapshot } from '../../shared/backup-format';
import type { JournalDatabase } from './database';

/** A write refused because the input broke a rule; `fieldErrors` holds i18n keys per field. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: FieldErrors<Record<string, unknown>>) {
    super('The entry is not valid');
    this.name = 'ValidationError';
  }
}

/** A new record's id and timestamps. */
function newRecordMeta(now: Date) {
  const timestamp = now.toISOString();
  return { id: crypto.randomUUID(), createdAt: timestamp, updatedAt: timestamp };
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

  async saveSetting(setting: Setting): Promise<void> {
    const checked = settingSchema.parse(setting);
    await this.db.transaction('rw', this.db.settings, () => this.db.settings.put(checked));
  }

  /** A consistent copy of every table, read in one transaction. */
  async snapshot(): Promise<JournalSnapshot> {
    return this.db.transaction('r', this.db.sessions, this.db.symptoms, this.db.settings, async () => ({
      sessions: await this.db.sessions.toArray(),
      symptoms: await this.db.symptoms.toArray(),
      settings: await this.db.settings.toArray(),
    }));
  }

  async isEmpty(): Promise<boolean> {
    const [sessions, symptoms] = await Promise.all([this.db.sessions.count(), this.db.symptoms.count()]);
    return sessions === 0 && symptoms === 0;
  }

  /**
   * Replaces the whole journal with a snapshot (a restore), in one transaction: either every row of
   * the snapshot is stored, or the journal stays exactly as it was.
   */
  async replaceAll(snapshot: JournalSnapshot): Promise<void> {
    const sessions = snapshot.sessions.map((row) => exerciseSessionSchema.parse(row));
    const symptoms = snapshot.symptoms.map((row) => symptomEntrySchema.parse(row));
    const settings = snapshot.settings.map((row) => settingSchema.parse(row));
    await this.db.transaction('rw', this.db.sessions, this.db.symptoms, this.db.settings, async () => {
      await Promise.all([this.db.sessions.clear(), this.db.symptoms.clear(), this.db.settings.clear()]);
      await this.db.sessions.bulkAdd(sessions);
      await this.db.symptoms.bulkAdd(symptoms);
      await this.db.settings.bulkAdd(settings);
    });
  }

  /** Removes every workout and symptom; settings such as the theme stay. */
  async eraseJournal(): Promise<void> {
    await this.db.transaction('rw', this.db.sessions, this.db.symptoms, async () => {
      await Promise.all([this.db.sessions.clear(), this.db.symptoms.clear()]);
    });
  }
}
