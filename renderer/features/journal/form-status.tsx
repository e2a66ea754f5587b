import type { FormStatus } from './use-entry-form';

/** The save result beside a form's button: announced politely when saved, assertively when it failed. */
function FormStatusMessage({ status, savedText }: { status: FormStatus; savedText: string }) {
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

/** A form's submit button, disabled while saving, with the save result beside it. */
export function SaveRow({ label, savedText, status }: { label: string; savedText: string; status: FormStatus }) {
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={status.kind === 'saving'}>
        {label}
      </button>
      <FormStatusMessage status={status} savedText={savedText} />
    </div>
  );
}
