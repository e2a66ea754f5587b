import { useTranslation } from 'react-i18next';
import { BackupFileExport } from './backup-file-export';
import { BackupFileOpen } from './backup-file-open';
import './backup-file.css';

/** Backups the person saves and opens themselves: the whole journal in one file they keep. */
export function BackupFilePanel() {
  const { t } = useTranslation();
  return (
    <section className="card backup-file" aria-labelledby="backup-file-title">
      <h2 id="backup-file-title">{t('backupFile.title')}</h2>
      <p className="muted">{t('backupFile.intro')}</p>
      <BackupFileExport />
      <BackupFileOpen />
    </section>
  );
}
