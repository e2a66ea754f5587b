import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterJournal, isFiltering, NO_FILTER, type JournalFilter } from '../../../shared/domain/journal-filter';
import type { ExerciseSession, SymptomEntry } from '../../../shared/domain/records';
import { buildTimeline, timelineRows } from '../../../shared/domain/timeline';
import { useServices } from '../../app-services';
import { ModalDialog } from '../../components/modal-dialog';
import { entriesBetween, newestEntries, spanOfDays } from '../../db/queries';
import type { DeletedEntries } from '../../db/repository';
import { clearHashAction, useHashAction } from '../shell/use-hash-route';
import { FilterBar } from './filter-bar';
import { SessionForm } from './session-form';
import { ShortcutsHelp } from './shortcuts-help';
import { SymptomForm } from './symptom-form';
import { Timeline, type TimelineEntry } from './timeline';
import { useJournalWindow } from './use-journal-window';
import { useShortcuts, type ShortcutAction } from './use-shortcuts';

type OpenDialog =
  | { readonly kind: 'session'; readonly editing?: ExerciseSession }
  | { readonly kind: 'symptom'; readonly editing?: SymptomEntry }
  | { readonly kind: 'help' }
  | null;

type Notice = { readonly text: string; readonly undo?: DeletedEntries };

export const LOG_SYMPTOM_ACTION = 'log-symptom';

/** Workouts read at first, and added each time the person scrolls to the end. */
const TIMELINE_WINDOW = 300;

export function JournalScreen() {
  const { t } = useTranslation();
  const { db, repository, reminders } = useServices();
  const [filter, setFilter] = useState<JournalFilter>(NO_FILTER);
  const [chosenDialog, setDialog] = useState<OpenDialog>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  /** The entry saved last, which the timeline scrolls into view. */
  const [saved, setSaved] = useState<{ readonly id: string }>();
  const searchRef = useRef<HTMLInputElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const hashAction = useHashAction();

  // Unfiltered, the timeline reads the newest workouts and grows as the person scrolls back; a
  // filter searches the whole journal (or the chosen days).
  const [windowSize, setWindowSize] = useState(TIMELINE_WINDOW);
  const filtering = isFiltering(filter);
  const loadOlder = useCallback(() => setWindowSize((size) => size + TIMELINE_WINDOW), []);
  const entries = useJournalWindow(
    db,
    () =>
      filtering
        ? entriesBetween(db, filter.fromDay, filter.toDay).then((found) => ({
            ...found,
            hasOlder: false,
            span: spanOfDays(filter.fromDay, filter.toDay),
          }))
        : newestEntries(db, windowSize),
    [filtering, filter.fromDay, filter.toDay, windowSize],
  );
  const filtered = useMemo(
    () => (entries === undefined ? undefined : filterJournal(entries.sessions, entries.symptoms, filter)),
    [entries, filter],
  );
  const sessionsById = useMemo(
    () => new Map((entries?.sessions ?? []).map((session) => [session.id, session])),
    [entries],
  );
  const rows = useMemo(
    () => (filtered === undefined ? [] : timelineRows(buildTimeline(filtered.sessions, filtered.symptoms))),
    [filtered],
  );

  // The follow-up reminder's "Log a symptom" arrives as #/journal/log-symptom and opens the form
  // until it is closed.
  const dialog: OpenDialog = chosenDialog ?? (hashAction === LOG_SYMPTOM_ACTION ? { kind: 'symptom' } : null);

  const onShortcut = useCallback((action: ShortcutAction) => {
    if (action === 'new-session') setDialog({ kind: 'session' });
    else if (action === 'new-symptom') setDialog({ kind: 'symptom' });
    else if (action === 'help') setDialog({ kind: 'help' });
    else searchRef.current?.focus();
  }, []);
  useShortcuts(dialog === null, onShortcut);

  const editEntry = useCallback(
    (entry: TimelineEntry) =>
      setDialog(
        entry.kind === 'session'
          ? { kind: 'session', editing: entry.session }
          : { kind: 'symptom', editing: entry.symptom },
      ),
    [],
  );

  const onDeleteEntry = useCallback(
    (entry: TimelineEntry) => {
      const deleting =
        entry.kind === 'session'
          ? repository.deleteSession(entry.session.id)
          : repository.deleteSymptom(entry.symptom.id);
      deleting.then(
        (deleted) => setNotice({ text: t('journal.list.deleted'), undo: deleted }),
        (error: unknown) =>
          setNotice({
            text: t('journal.list.failed', { reason: error instanceof Error ? error.message : String(error) }),
          }),
      );
    },
    [repository, t],
  );

  async function undo(deleted: DeletedEntries): Promise<void> {
    try {
      await repository.restoreDeleted(deleted);
      setNotice({ text: t('journal.list.restored') });
    } catch (error) {
      setNotice({ text: t('journal.list.failed', { reason: error instanceof Error ? error.message : String(error) }) });
    }
  }

  const pendingUndo = notice?.undo;

  // The deleted row is gone, and focus with it: Undo is where the keyboard should be.
  useEffect(() => {
    if (pendingUndo !== undefined) undoRef.current?.focus();
  }, [pendingUndo]);
  const closeDialog = () => {
    setDialog(null);
    if (hashAction !== '') clearHashAction('journal');
  };
  const emptyText = isFiltering(filter) ? t('journal.filters.noMatches') : t('journal.list.empty');

  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header journal-header">
        <div>
          <h1 id="screen-title">{t('journal.title')}</h1>
          <p className="muted">{t('journal.intro')}</p>
        </div>
        <div className="toolbar">
          <button
            type="button"
            className="button button-primary"
            aria-keyshortcuts="n"
            onClick={() => setDialog({ kind: 'session' })}
          >
            {t('journal.toolbar.logWorkout')}
          </button>
          <button
            type="button"
            className="button button-primary"
            aria-keyshortcuts="s"
            onClick={() => setDialog({ kind: 'symptom' })}
          >
            {t('journal.toolbar.logSymptom')}
          </button>
          <button type="button" className="button" aria-keyshortcuts="?" onClick={() => setDialog({ kind: 'help' })}>
            {t('journal.toolbar.shortcuts')}
          </button>
        </div>
      </header>
      <div className="search-row">
        <div className="filter filter-search">
          <label htmlFor="journal-search">{t('journal.toolbar.search')}</label>
          <input
            id="journal-search"
            ref={searchRef}
            type="search"
            aria-keyshortcuts="/"
            placeholder={t('journal.toolbar.searchPlaceholder')}
            value={filter.text}
            onChange={(event) => setFilter({ ...filter, text: event.target.value })}
          />
        </div>
      </div>
      <FilterBar
        filter={filter}
        onChange={setFilter}
        matchCount={(filtered?.sessions.length ?? 0) + (filtered?.symptoms.length ?? 0)}
      />
      {entries !== undefined && (
        <Timeline
          rows={rows}
          emptyText={emptyText}
          onEdit={editEntry}
          onDelete={onDeleteEntry}
          sessionsById={sessionsById}
          history={entries.symptoms}
          {...(saved === undefined ? {} : { reveal: saved })}
          {...(entries.hasOlder ? { onReachEnd: loadOlder } : {})}
        />
      )}

      <ModalDialog
        open={dialog?.kind === 'session'}
        wide
        title={
          dialog?.kind === 'session' && dialog.editing !== undefined
            ? t('journal.sessionForm.titleEdit')
            : t('journal.sessionForm.titleNew')
        }
        onClose={closeDialog}
      >
        {dialog?.kind === 'session' && (
          <SessionForm
            editing={dialog.editing}
            onCancel={closeDialog}
            onSaved={(session, isNew) => {
              closeDialog();
              setSaved({ id: session.id });
              setNotice({ text: isNew ? t('journal.sessionForm.saved') : t('journal.sessionForm.updated') });
              if (isNew) void reminders.scheduleAfter(session);
            }}
          />
        )}
      </ModalDialog>
      <ModalDialog
        open={dialog?.kind === 'symptom'}
        wide
        title={
          dialog?.kind === 'symptom' && dialog.editing !== undefined
            ? t('journal.symptomForm.titleEdit')
            : t('journal.symptomForm.titleNew')
        }
        onClose={closeDialog}
      >
        {dialog?.kind === 'symptom' && (
          <SymptomForm
            editing={dialog.editing}
            onCancel={closeDialog}
            onSaved={(symptom, isNew) => {
              closeDialog();
              setSaved({ id: symptom.id });
              setNotice({ text: isNew ? t('journal.symptomForm.saved') : t('journal.symptomForm.updated') });
            }}
          />
        )}
      </ModalDialog>
      <ShortcutsHelp open={dialog?.kind === 'help'} onClose={closeDialog} />

      <div className="toast-area" role="status">
        {notice !== null && (
          <p className="toast">
            <span>{notice.text}</span>
            {pendingUndo !== undefined && (
              <button
                ref={undoRef}
                type="button"
                className="button button-small"
                onClick={() => void undo(pendingUndo)}
              >
                {t('journal.list.undo')}
              </button>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
