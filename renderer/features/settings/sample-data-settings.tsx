import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generateSampleJournal, sixMonthSample } from '../../../shared/sample-data';
import { useServices } from '../../app-services';
import { countSampleEntries } from '../../db/queries';

export function SampleDataSettings() {
  const { t } = useTranslation();
  const { db, repository, backups } = useServices();
  const sampleCount = useLiveQuery(() => countSampleEntries(db), [db]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');

  async function run(action: () => Promise<unknown>, doneText: string): Promise<void> {
    setBusy(true);
    try {
      await action();
      setNotice(doneText);
    } catch (error) {
      setNotice(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="sample-title">
      <h2 id="sample-title">{t('settings.sample.title')}</h2>
      <p>{t('settings.sample.body')}</p>
      {sampleCount !== undefined && sampleCount > 0 && (
        <p className="muted">{t('settings.sample.present', { count: sampleCount })}</p>
      )}
      <div className="form-actions">
        {sampleCount === 0 && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() =>
              void run(
                () => repository.addSampleEntries(generateSampleJournal(sixMonthSample(new Date()))),
                t('settings.sample.loaded'),
              )
            }
          >
            {t('settings.sample.load')}
          </button>
        )}
        {sampleCount !== undefined && sampleCount > 0 && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => backups.removeSampleData(), t('settings.sample.removed'))}
          >
            {t('settings.sample.remove')}
          </button>
        )}
        <p className="form-status" role="status">
          {notice}
        </p>
      </div>
    </section>
  );
}
