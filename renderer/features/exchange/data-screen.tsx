import { useTranslation } from 'react-i18next';
import { BackupFilePanel } from './backup-file-panel';
import { ExportImportPanel } from './export-import-panel';
import { ExportPanel } from './export-panel';
import { WorkoutImportPanel } from './workout-import-panel';

export function DataScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">{t('exchange.title')}</h1>
        <p className="muted">{t('exchange.intro')}</p>
      </header>
      <div className="settings-layout">
        <ExportPanel />
        <ExportImportPanel />
        <BackupFilePanel />
        <WorkoutImportPanel />
      </div>
    </section>
  );
}
