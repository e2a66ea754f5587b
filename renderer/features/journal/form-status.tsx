import type { FormStatus } from './use-entry-form';

/** The save result under a form: announced politely when saved, assertively when it failed. */
export function FormStatusMessage({ status, savedText }: { status: FormStatus; savedText: string }) {
  if (status.kind === 'failed') {
    return (
      <p className="form-status form-status-error" role="alert">
        {status.message}
      </p>
    );
  }
  return (
    <p className="form-status" role="status">
      {status.kind === 'saved' ? savedText : ''}
    </p>
  );
}
