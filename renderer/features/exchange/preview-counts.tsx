import type { BackupTablePreview } from '../../../shared/backup-preview';
import { formatCount } from './backup-file-messages';
import './file-preview.css';

export type PreviewCountColumn = keyof BackupTablePreview;

interface PreviewCountsProps<T extends string> {
  readonly caption: string;
  readonly kindHeader: string;
  readonly columns: readonly { readonly key: PreviewCountColumn; readonly label: string }[];
  readonly rows: readonly { readonly key: T; readonly label: string; readonly counts: BackupTablePreview }[];
}

/**
 * What a file holds against the journal, kind by kind: the dry-run counts shown before a backup or
 * an export is brought in.
 */
export function PreviewCounts<T extends string>({ caption, kindHeader, columns, rows }: PreviewCountsProps<T>) {
  return (
    <div className="preview-counts-scroll">
      <table className="numbers preview-counts">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{kindHeader}</th>
            {columns.map((column) => (
              <th key={column.key} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {columns.map((column) => (
                <td key={column.key}>{formatCount(row.counts[column.key])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
