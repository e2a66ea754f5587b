import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseSession, SymptomEntry } from '../../../shared/domain/records';
import type { TimelineRow } from '../../../shared/domain/timeline';
import { formattingLocale } from '../../i18n';
import { formatDay } from '../../i18n/format';
import { SessionRow, SymptomRow, type TimelineEntry } from './entry-rows';

export type { TimelineEntry };

interface TimelineProps {
  readonly rows: readonly TimelineRow[];
  readonly emptyText: string;
  readonly onEdit: (entry: TimelineEntry) => void;
  readonly onDelete: (entry: TimelineEntry) => void;
  /** Called when the last rows come into view and older entries can be read. */
  readonly onReachEnd?: () => void;
  /** Workouts by id, for the guidance a symptom's workout brings. */
  readonly sessionsById: ReadonlyMap<string, ExerciseSession>;
  /** Recent symptoms, which triage reads as history. */
  readonly history: readonly SymptomEntry[];
  /**
   * The entry just saved: once it is among the rows it is scrolled into view, since an entry can land
   * out of sight (one logged for an earlier day, or moved by an edit). A new object for every save,
   * so saving the same entry again reveals it again.
   */
  readonly reveal?: { readonly id: string };
}

const ESTIMATED_HEIGHT: Record<TimelineRow['kind'], number> = { day: 44, session: 92, symptom: 64 };

/**
 * The journal, newest first, rendered as a virtual list: only the rows in view exist in the page,
 * so ten years of entries scroll as smoothly as ten days. Rows are measured as they render.
 */
/** How close to the end, in rows, older entries start loading. */
const LOAD_AHEAD_ROWS = 30;

export function Timeline({
  rows,
  emptyText,
  onEdit,
  onDelete,
  onReachEnd,
  sessionsById,
  history,
  reveal,
}: TimelineProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; nothing here is memoised on it
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => ESTIMATED_HEIGHT[rows[index]?.kind ?? 'symptom'],
    getItemKey: (index) => rows[index]?.key ?? index,
    overscan: 8,
  });
  const lastVisible = virtualizer.getVirtualItems().at(-1)?.index ?? 0;

  useEffect(() => {
    if (onReachEnd !== undefined && rows.length > 0 && lastVisible >= rows.length - LOAD_AHEAD_ROWS) onReachEnd();
  }, [lastVisible, rows.length, onReachEnd]);

  // Each saved entry is revealed once, in the first rows read after the save (an edited entry is
  // still at its old place before that): later writes leave the scroll alone.
  const pendingReveal = useRef<{
    readonly reveal: { readonly id: string };
    readonly rowsAtSave: readonly TimelineRow[];
    shown: boolean;
  }>(undefined);
  useEffect(() => {
    if (reveal === undefined) return;
    const pending = pendingReveal.current;
    if (pending?.reveal !== reveal) {
      pendingReveal.current = { reveal, rowsAtSave: rows, shown: false };
      return;
    }
    if (pending.shown || pending.rowsAtSave === rows) return;
    const index = rows.findIndex((row) => row.key === reveal.id);
    if (index < 0) return;
    pending.shown = true;
    // Left where it is when already in full view; otherwise brought to the middle, clear of the
    // "saved" message at the bottom of the window.
    const item = virtualizer.measurementsCache[index];
    const top = virtualizer.scrollOffset ?? 0;
    const height = virtualizer.scrollRect?.height ?? 0;
    if (item !== undefined && item.start >= top && item.end <= top + height) return;
    virtualizer.scrollToIndex(index, { align: 'center' });
  }, [reveal, rows, virtualizer]);

  return (
    <div ref={scrollRef} className="timeline" role="region" aria-label={t('journal.list.title')} tabIndex={0}>
      {rows.length === 0 ? (
        <p className="empty-state-inline">{emptyText}</p>
      ) : (
        <div className="timeline-inner" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (row === undefined) return null;
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                className="timeline-row"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                {row.kind === 'day' && <h3 className="day-heading">{formatDay(row.day, formattingLocale())}</h3>}
                {row.kind === 'session' && <SessionRow session={row.session} onEdit={onEdit} onDelete={onDelete} />}
                {row.kind === 'symptom' && (
                  <SymptomRow
                    symptom={row.symptom}
                    linked={row.linked}
                    session={row.symptom.sessionId === null ? undefined : sessionsById.get(row.symptom.sessionId)}
                    history={history}
                    onEdit={onEdit}
                    onDelete={onDelete}
                  />
                )}
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
