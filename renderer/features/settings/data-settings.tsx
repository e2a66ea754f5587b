import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFileInfo } from '../../../shared/backup-files';
import type { AppInfo } from '../../../shared/ipc-contract';
import { useServices } from '../../app-services';
import { formattingLocale, translateKey } from '../../i18n';
import { formatInstant, formatKilobytes } from '../../i18n/format';
import { BackupRestoreError, NothingToBackUpError } from '../backups/backup-service';
import { ConfirmDialog } from '../shell/confirm-dialog';

type PendingAction = { readonly kind: 'restore'; readonly backup: BackupFileInfo } | { readonly kind: 'erase' };
type Notice = { readonly kind: 'ok' | 'error'; readonly text: string };

function errorText(error: unknown): string {
  if (error instanceof BackupRestoreError) return translateKey(`backup.problem.${error.problem}`);
  if (error instanceof NothingToBackUpError) return translateKey('settings.data.nothingToBackUp');
  return error instanceof Error ? error.message : String(error);
}

export function DataSettings({ appInfo }: { appInfo: AppInfo | null }) {
  const { t } = useTranslation();
  const { backups, bridge } = useServices();
  const [backupFiles, setBackupFiles] = useState<readonly BackupFileInfo[] | null>(null);
  const [pending, setPending] = useState<PendingAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);

  // Bumped after every action, so the list is read again from disk.
  const [listVersion, setListVersion] = useState(0);

  useEffect(() => {
    let current = true;
    bridge.listBackups().then(
      (files) => {
        if (current) setBackupFiles(files);
      },
      (error: unknown) => {
        if (!current) return;
        setBackupFiles([]);
        setNotice({ kind: 'error', text: t('settings.data.backupFailed', { reason: errorText(error) }) });
      },
    );
    return () => {
      current = false;
    };
  }, [bridge, t, listVersion]);

  async function run(action: () => Promise<void>, successText: string): Promise<void> {
    setBusy(true);
    setNotice(null);
    try {
      await action();
      setNotice({ kind: 'ok', text: successText });
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error) });
    } finally {
      setBusy(false);
      setPending(null);
      setListVersion((version) => version + 1);
    }
  }

  function confirmPending(): void {
    if (pending?.kind === 'restore') {
      const date = formatInstant(pending.backup.createdAt, formattingLocale());
      void run(() => backups.restore(pending.backup.fileName), t('backup.restored', { date }));
    } else if (pending?.kind === 'erase') {
      void run(() => backups.eraseJournal(), t('settings.data.erased'));
    }
  }

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('settings.data.title')}</h2>
      <p>{t('settings.data.privacy')}</p>
      <dl className="locations">
        <dt>{t('settings.data.profileLocation')}</dt>
        <dd>
          <code>{appInfo?.profileLocation ?? '…'}</code>
        </dd>
        <dt>{t('settings.data.backupLocation')}</dt>
        <dd>
          <code>{appInfo?.backupLocation ?? '…'}</code>
        </dd>
      </dl>
      <p className="muted">{t('settings.data.backupPolicy')}</p>

      <h3>{t('settings.data.backupsTitle')}</h3>
      {backupFiles !== null && backupFiles.length === 0 && <p className="muted">{t('settings.data.noBackups')}</p>}
      {backupFiles !== null && backupFiles.length > 0 && (
        <ul className="backup-list">
          {backupFiles.map((backup) => {
            const date = formatInstant(backup.createdAt, formattingLocale());
            return (
              <li key={backup.fileName} className="backup-row">
                <span>{date}</span>
                <span className="muted">
                  {t('settings.data.size', { size: formatKilobytes(backup.sizeBytes, formattingLocale()) })}
                </span>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={t('settings.data.restoreLabel', { date })}
                  disabled={busy}
                  onClick={() => setPending({ kind: 'restore', backup })}
                >
                  {t('settings.data.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await backups.takeBackup('manual');
            }, t('settings.data.backupDone'))
          }
        >
          {t('settings.data.backupNow')}
        </button>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => setPending({ kind: 'erase' })}
        >
          {t('settings.data.erase')}
        </button>
      </div>
      <p className={notice?.kind === 'error' ? 'form-status form-status-error' : 'form-status'} role="status">
        {notice?.text ?? ''}
      </p>

      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === 'erase' ? t('backup.confirmErase.title') : t('backup.confirmRestore.title')}
        confirmLabel={pending?.kind === 'erase' ? t('backup.confirmErase.confirm') : t('backup.confirmRestore.confirm')}
        destructive
        busy={busy}
        onConfirm={confirmPending}
        onCancel={() => setPending(null)}
      >
        <p>
          {pending?.kind === 'restore'
            ? t('backup.confirmRestore.body', { date: formatInstant(pending.backup.createdAt, formattingLocale()) })
            : t('backup.confirmErase.body')}
        </p>
      </ConfirmDialog>
    </section>
  );
}
