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

  // Both files come from one snapshot, so every symptom's workout is in the workouts file and the
  // pair reads back in, whatever is logged in the meantime.
  const exportCsv = () =>
    run(async () => {
      const snapshot = await repository.snapshot();
      if (snapshot.sessions.length === 0 && snapshot.symptoms.length === 0)
        return { kind: 'ok', text: t('exchange.export.empty') };
      const filter = { name: 'CSV', extensions: ['csv'] };
      const sessions = await bridge.saveFile({
        suggestedName: `sessions-${today()}.csv`,
        contents: sessionsToCsv(snapshot.sessions),
        filter,
      });
      if (sessions.status === 'cancelled') return sessions;
      const symptoms = await bridge.saveFile({
        suggestedName: `symptoms-${today()}.csv`,
        contents: symptomsToCsv(snapshot.symptoms),
        filter,
      });
      return symptoms.status === 'cancelled'
        ? symptoms
        : {
            kind: 'ok',
            text: t('exchange.export.savedPair', { sessions: sessions.location, symptoms: symptoms.location }),
          };
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
        <button type="button" className="button" disabled={busy} onClick={() => void exportCsv()}>
          {t('exchange.export.csv')}
        </button>
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
