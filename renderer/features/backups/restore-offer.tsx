import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupFileInfo } from '../../../shared/backup-files';
import { useServices } from '../../app-services';
import { formattingLocale, translateKey } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { ConfirmDialog } from '../shell/confirm-dialog';
import { BackupRestoreError } from './backup-service';

/** Offered at start when the journal is empty but backups exist on disk. */
export function RestoreOffer({ newest }: { newest: BackupFileInfo }) {
  const { t } = useTranslation();
  const { backups } = useServices();
  const [open, setOpen] = useState(true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; kind: 'ok' | 'error' } | null>(null);
  const date = formatInstant(newest.createdAt, formattingLocale());

  async function restore(): Promise<void> {
    setBusy(true);
    try {
      await backups.restore(newest.fileName);
      setMessage({ text: t('backup.restored', { date }), kind: 'ok' });
      setOpen(false);
    } catch (error) {
      const text =
        error instanceof BackupRestoreError
          ? translateKey(`backup.problem.${error.problem}`)
          : error instanceof Error
            ? error.message
            : String(error);
      setMessage({ text, kind: 'error' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <ConfirmDialog
        open={open}
        title={t('backup.offer.title')}
        confirmLabel={t('backup.offer.restore')}
        cancelLabel={t('backup.offer.startEmpty')}
        busy={busy}
        onConfirm={() => void restore()}
        onCancel={() => setOpen(false)}
      >
        <p>{t('backup.offer.body', { date })}</p>
        {message?.kind === 'error' && (
          <p className="field-error" role="alert">
            {message.text}
          </p>
        )}
      </ConfirmDialog>
      {message?.kind === 'ok' && (
        <p className="toast" role="status">
          {message.text}
        </p>
      )}
    </>
  );
}
