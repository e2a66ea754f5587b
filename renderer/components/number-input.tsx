import type { ControlProps } from './field';

interface NumberInputProps {
  readonly control: ControlProps;
  readonly value: string;
  readonly onChange: (text: string) => void;
  readonly min?: number;
  readonly max?: number;
  readonly disabled?: boolean;
  readonly className?: string;
}

/**
 * A whole-number field that keeps exactly what was typed: the text goes to the draft as it is, and
 * the shared schemas say what is wrong with it, so "-5" gets a message instead of vanishing.
 */
export function NumberInput({ control, value, onChange, min, max, disabled, className }: NumberInputProps) {
  return (
    <input
      {...control}
      type="number"
      inputMode="numeric"
      step={1}
      {...(min === undefined ? {} : { min })}
      {...(max === undefined ? {} : { max })}
      {...(disabled === undefined ? {} : { disabled })}
      {...(className === undefined ? {} : { className })}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
