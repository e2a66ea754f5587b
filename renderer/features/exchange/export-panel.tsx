import { useTranslation } from 'react-i18next';
import { localDayOf, stampFromDate } from '../../../shared/domain/local-time';
import { journalToFhirBundle } from '../../../shared/exchange/fhir';
import { sessionsToCsv, symptomsToCsv } from '../../../shared/exchange/journal-csv';
import { useServices } from '../../app-services';
import { fhirLabels } from './fhir-labels';
import { FileStatus, useFileAction } from './use-file-action';

/** Every entry out, in open formats: spreadsheets and a FHIR R4 health record. */
export function ExportPanel() {
  const { t } = useTranslation();
  const { repository, bridge } = useServices();
  const { busy, notice, run } = useFileAction();
  const today = () => localDayOf(stampFromDate(new Date()));

  const exportCsv = (table: 'sessions' | 'symptoms') =>
    run(async () => {
      const snapshot = await repository.snapshot();
      if (snapshot.sessions.length === 0 && snapshot.symptoms.length === 0)
        return { kind: 'ok', text: t('exchange.export.empty') };
      return bridge.saveFile({
        suggestedName: `${table}-${today()}.csv`,
        contents: table === 'sessions' ? sessionsToCsv(snapshot.sessions) : symptomsToCsv(snapshot.symptoms),
        filter: { name: 'CSV', extensions: ['csv'] },
      });
    });

  const exportFhir = () =>
    run(async () => {
      const { sessions, symptoms } = await repository.snapshot();
      if (sessions.length === 0 && symptoms.length === 0) return { kind: 'ok', text: t('exchange.export.empty') };
      const bundle = journalToFhirBundle({ sessions, symptoms, generatedAt: new Date() }, { labels: fhirLabels(t) });
      return bridge.saveFile({
        suggestedName: `journal-fhir-${today()}.json`,
        contents: JSON.stringify(bundle, null, 2),
        filter: { name: 'FHIR JSON', extensions: ['json'] },
      });
    });

  return (
    <section className="card" aria-labelledby="export-title">
      <h2 id="export-title">{t('exchange.export.title')}</h2>
      <p className="muted">{t('exchange.export.intro')}</p>
      <div className="export-choice">
        <div className="form-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void exportCsv('sessions')}>
            {t('exchange.export.csvSessions')}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void exportCsv('symptoms')}>
            {t('exchange.export.csvSymptoms')}
          </button>
        </div>
        <p className="muted">{t('exchange.export.csvHint')}</p>
      </div>
      <div className="export-choice">
        <button type="button" className="button" disabled={busy} onClick={() => void exportFhir()}>
          {t('exchange.export.fhir')}
        </button>
        <p className="muted">{t('exchange.export.fhirHint')}</p>
      </div>
      <FileStatus notice={notice} />
    </section>
  );
}
