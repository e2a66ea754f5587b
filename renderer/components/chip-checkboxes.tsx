interface ChipCheckboxesProps<T extends string> {
  readonly legend: string;
  readonly hint?: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly selected: readonly T[];
  readonly onChange: (selected: T[]) => void;
}

/** A set of checkboxes drawn as chips: quick to scan and to tick with mouse, touch or Space. */
export function ChipCheckboxes<T extends string>({
  legend,
  hint,
  options,
  selected,
  onChange,
}: ChipCheckboxesProps<T>) {
  return (
    <fieldset className="chip-group">
      <legend>{legend}</legend>
      {hint !== undefined && <p className="field-hint">{hint}</p>}
      <div className="chips">
        {options.map((option) => (
          <label key={option.value} className="chip">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((value) => value !== option.value),
                )
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
