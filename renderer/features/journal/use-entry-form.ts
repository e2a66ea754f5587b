import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ValidationError } from '../../db/repository';

export type FormStatus =
  { readonly kind: 'idle' } | { readonly kind: 'saving' } | { readonly kind: 'failed'; readonly message: string };

/**
 * The draft, field errors and save status of an entry form. A failed save keeps the draft exactly
 * as typed, says what went wrong, and takes the keyboard to the first field that needs attention.
 */
export function useEntryForm<Draft extends object>(makeInitial: () => Draft) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(makeInitial);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [status, setStatus] = useState<FormStatus>({ kind: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save, take the keyboard to the first field that needs attention.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function update<K extends keyof Draft>(field: K, value: Draft[K]): void {
    setDraft((current) => ({ ...current, [field]: value }));
  }

  async function submit(save: (draft: Draft) => Promise<unknown>): Promise<boolean> {
    setStatus({ kind: 'saving' });
    try {
      await save(draft);
      setErrors({});
      setStatus({ kind: 'idle' });
      return true;
    } catch (error) {
      if (error instanceof ValidationError) {
        setErrors(error.fieldErrors);
        setStatus({ kind: 'idle' });
      } else {
        const reason = error instanceof Error ? error.message : String(error);
        setStatus({ kind: 'failed', message: t('journal.saveFailed', { reason }) });
      }
      return false;
    }
  }

  return { formRef, draft, update, replaceDraft: setDraft, errors, status, submit };
}
