import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveFileResult } from '../../../shared/ipc-contract';

export type FileNotice = { readonly kind: 'ok' | 'error'; readonly text: string };

/**
 * One export or import at a time, with its outcome in plain words beside the buttons that started
 * it. An action that finds nothing to do returns its own message instead of a file.
 */
export function useFileAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<FileNotice | null>(null);

  async function run(action: () => Promise<SaveFileResult | { status: 'print-dialog' } | FileNotice>): Promise<void> {
    setBusy(true);
    setNotice(null);
    try {
      const result = await action();
      if ('kind' in result) setNotice(result);
      else if (result.status === 'saved')
        setNotice({ kind: 'ok', text: t('exchange.export.saved', { file: result.location }) });
      else if (result.status === 'print-dialog') setNotice({ kind: 'ok', text: t('exchange.export.printDialog') });
      else setNotice({ kind: 'ok', text: t('exchange.export.cancelled') });
    } catch (error) {
      setNotice({
        kind: 'error',
        text: t('exchange.export.failed', { reason: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setBusy(false);
    }
  }

  return { busy, notice, run, setNotice };
}

/** The outcome line under a group of file buttons; announced politely, errors in the error style. */
export function FileStatus({ notice }: { notice: FileNotice | null }) {
  return (
    <p className={notice?.kind === 'error' ? 'form-status form-status-error' : 'form-status'} role="status">
      {notice?.text ?? ''}
    </p>
  );
}
