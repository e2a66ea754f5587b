import { useId } from 'react';
import type { YesNoText } from '../../shared/domain/drafts';

interface YesNoToggleProps {
  readonly label: string;
  readonly value: YesNoText;
  readonly yesLabel: string;
  readonly noLabel: string;
  readonly onChange: (value: YesNoText) => void;
}

/**
 * Yes, no, or not recorded: pressing the chosen answer again clears it, so "I didn't note it"
 * never turns into a "no" that would skew the person's own comparisons later.
 */
export function YesNoToggle({ label, value, yesLabel, noLabel, onChange }: YesNoToggleProps) {
  const labelId = useId();
  const choice = (answer: 'yes' | 'no', text: string) => (
    <button
      type="button"
      className="segment"
      aria-pressed={value === answer}
      onClick={() => onChange(value === answer ? '' : answer)}
    >
      {text}
    </button>
  );
  return (
    <div className="yes-no" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="yes-no-label">
        {label}
      </span>
      <span className="segments">
        {choice('yes', yesLabel)}
        {choice('no', noLabel)}
      </span>
    </div>
  );
}
