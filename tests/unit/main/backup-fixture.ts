import { createBackup, serializeBackup } from '../../../shared/backup-format';
import { NO_FACTORS_RECORDED } from '../../../shared/domain/records';

/** A real, valid backup as the renderer would send it, with one workout and one symptom. */
export function backupJson(createdAt: string): string {
  const at = '2026-11-20T07:30:00.000Z';
  return serializeBackup(
    createBackup(
      {
        sessions: [
          {
            id: '0b6c4f1e-2d4e-4f57-9a53-0c1d2e3f4a5b',
            activity: 'running',
            startedAt: at,
            utcOffsetMinutes: 60,
            durationMinutes: 45,
            intensity: 6,
            factors: { ...NO_FACTORS_RECORDED, warmUp: true },
            notes: '',
            createdAt: at,
            updatedAt: at,
            source: 'person',
          },
        ],
        symptoms: [
          {
            id: '7d2a9c3b-1e4f-4a6b-8c9d-0e1f2a3b4c5d',
            sessionId: '0b6c4f1e-2d4e-4f57-9a53-0c1d2e3f4a5b',
            notedAt: at,
            utcOffsetMinutes: 60,
            sensations: ['tingling'],
            locations: [{ region: 'foot', side: 'left' }],
            severity: 3,
            onset: { kind: 'after', afterMinutes: 30 },
            durationMinutes: 20,
            ongoing: false,
            worseWithActivity: false,
            warningSigns: [],
            helped: ['rest'],
            notes: 'Left foot, after the long run',
            createdAt: at,
            updatedAt: at,
            source: 'person',
          },
        ],
        settings: [{ key: 'theme', value: 'dark' }],
        articles: [],
      },
      { schemaVersion: 1, appVersion: '0.1.0', createdAt: new Date(createdAt), reason: 'daily' },
    ),
  );
}
