import type { ReactNode } from 'react';
import { translateKey } from '../i18n';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby'?: string;
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  /** An i18n key from validation, shown in plain words under the control. */
  readonly errorKey?: string | undefined;
  readonly children: (control: ControlProps) => ReactNode;
}

/** A labelled control with its hint and its validation message, wired for screen readers. */
export function Field({ id, label, hint, errorKey, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint === undefined ? null : hintId, errorKey === undefined ? null : errorId]
    .filter((part) => part !== null)
    .join(' ');
  const control: ControlProps = {
    id,
    'aria-invalid': errorKey !== undefined,
    ...(describedBy === '' ? {} : { 'aria-describedby': describedBy }),
  };
  return (
    <div className={errorKey === undefined ? 'field' : 'field field-invalid'}>
      <label htmlFor={id}>{label}</label>
      {children(control)}
      {hint !== undefined && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errorKey !== undefined && (
        <p id={errorId} className="field-error">
          {translateKey(errorKey)}
        </p>
      )}
    </div>
  );
}
