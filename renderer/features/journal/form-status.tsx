import { translateKey } from '../../i18n';
import type { FormStatus } from './use-entry-form';

/**
 * A form's submit button, disabled while saving, and beside it why a save failed, announced at
 * once. Success is announced by the journal itself, since the form closes.
 */
export function SaveRow({
  label,
  status,
  formError,
}: {
  label: string;
  status: FormStatus;
  /** A refusal about the whole entry rather than one field (it was deleted meanwhile). */
  formError?: string | undefined;
}) {
  return (
    <>
      {formError !== undefined && (
        <p className="form-status form-status-error" role="alert">
          {translateKey(formError)}
        </p>
      )}
      {status.kind === 'failed' && (
        <p className="form-status form-status-error" role="alert">
          {status.message}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={status.kind === 'saving'}>
        {label}
      </button>
    </>
  );
}
