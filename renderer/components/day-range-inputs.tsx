import { useTranslation } from 'react-i18next';

interface DayRangeInputsProps {
  /** Prefix of the two inputs' ids: `<prefix>-from`, `<prefix>-to`. */
  readonly idPrefix: string;
  readonly fromDay: string;
  readonly toDay: string;
  readonly onChange: (range: { fromDay: string; toDay: string }) => void;
}

/** A "From" and a "To" day, side by side; each picker opens within the other's bound. */
export function DayRangeInputs({ idPrefix, fromDay, toDay, onChange }: DayRangeInputsProps) {
  const { t } = useTranslation();
  return (
    <div className="custom-range">
      <div className="filter">
        <label htmlFor={`${idPrefix}-from`}>{t('journal.filters.from')}</label>
        <input
          id={`${idPrefix}-from`}
          type="date"
          value={fromDay}
          max={toDay === '' ? undefined : toDay}
          onChange={(event) => onChange({ fromDay: event.target.value, toDay })}
        />
      </div>
      <div className="filter">
        <label htmlFor={`${idPrefix}-to`}>{t('journal.filters.to')}</label>
        <input
          id={`${idPrefix}-to`}
          type="date"
          value={toDay}
          min={fromDay === '' ? undefined : fromDay}
          onChange={(event) => onChange({ fromDay, toDay: event.target.value })}
        />
      </div>
    </div>
  );
}
