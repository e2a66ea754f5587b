import { createContext, use, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrendData } from '../../../shared/trends/aggregate';

/**
 * True inside the visit report, where paper can't unfold a disclosure: the numbers are printed
 * under every chart instead of behind "Show the numbers".
 */
export const PrintedChartsContext = createContext(false);

interface ChartCardProps {
  readonly title: string;
  /** One plain sentence saying what the chart shows, for everyone and for screen readers. */
  readonly summary: string;
  readonly chart: ReactNode;
  /** The numbers behind the chart, as a table. */
  readonly numbers: ReactNode;
  readonly wide?: boolean;
}

export function ChartCard({ title, summary, chart, numbers, wide }: ChartCardProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const summaryId = useId();
  const printed = use(PrintedChartsContext);
  // A closed table is not built: at a year or more they are the larger part of the screen's elements.
  const [numbersOpen, setNumbersOpen] = useState(false);
  return (
    <section
      className={wide === true ? 'card chart-card chart-card-wide' : 'card chart-card'}
      aria-labelledby={titleId}
      aria-describedby={summaryId}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={summaryId} className="chart-summary">
        {summary}
      </p>
      {/* The drawing repeats the table below; assistive technology reads the table, so the charts take no focus. */}
      <div className="chart-area" aria-hidden="true">
        {chart}
      </div>
      {printed ? (
        <div className="chart-numbers">{numbers}</div>
      ) : (
        <details className="chart-numbers" onToggle={(event) => setNumbersOpen(event.currentTarget.open)}>
          <summary>{t('trends.showNumbers')}</summary>
          {numbersOpen && numbers}
        </details>
      )}
    </section>
  );
}

export function NumbersTable({
  headers,
  rows,
}: {
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}) {
  return (
    <div className="numbers-scroll">
      <table className="numbers">
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 ? (
                  <th key={column} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={column}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A chart's `memo` comparison: it draws again only when a part of the answer it reads is a new
 * object. Each chart is typed to see only those parts, so one it reads can't be left out here.
 */
export function sameParts<K extends keyof TrendData>(...keys: readonly K[]) {
  return (before: { readonly data: Pick<TrendData, K> }, after: { readonly data: Pick<TrendData, K> }): boolean =>
    keys.every((key) => before.data[key] === after.data[key]);
}
