import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseLocations } from '../../../shared/domain/body-locations';
import { guidanceQueryFor } from '../../../shared/guidance/ranking';
import { triage } from '../../../shared/guidance/triage';
import { LinkedGuidance } from '../guidance/linked-guidance';
import { TriageAlert } from '../guidance/triage-alert';
import type { ExerciseSession, SymptomEntry } from '../../../shared/domain/records';
import { placeLabel } from '../../components/body-map/place-label';
import { formattingLocale } from '../../i18n';
import { formatTimeOfDay } from '../../i18n/format';
import { activityLabel, factorSummary, sensationLabel, symptomDetails } from './labels';

export type TimelineEntry = { kind: 'session'; session: ExerciseSession } | { kind: 'symptom'; symptom: SymptomEntry };

/** Stable across renders (the journal screen's own callbacks), so rows that didn't change don't render again. */
export interface EntryActions {
  readonly onEdit: (entry: TimelineEntry) => void;
  readonly onDelete: (entry: TimelineEntry) => void;
}

function RowActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <span className="row-actions">
      <button
        type="button"
        className="button button-small"
        aria-label={t('journal.list.editEntry', { name })}
        onClick={onEdit}
      >
        {t('journal.list.edit')}
      </button>
      <button
        type="button"
        className="button button-small button-quiet"
        aria-label={t('journal.list.deleteEntry', { name })}
        onClick={onDelete}
      >
        {t('journal.list.delete')}
      </button>
    </span>
  );
}

export const SessionRow = memo(function SessionRow({
  session,
  onEdit,
  onDelete,
}: { session: ExerciseSession } & EntryActions) {
  const { t } = useTranslation();
  const name = activityLabel(t, session.activity);
  const factors = factorSummary(t, session);
  return (
    <article className="timeline-entry timeline-session" aria-label={name}>
      <header className="entry-header">
        <strong className="entry-title">{name}</strong>
        {session.source === 'sample' && <span className="tag">{t('journal.list.sample')}</span>}
        <span className="muted entry-meta">
          <time dateTime={session.startedAt}>
            {formatTimeOfDay(
              { instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes },
              formattingLocale(),
            )}
          </time>
          {' · '}
          {t('journal.list.minutes', { count: session.durationMinutes })}
          {session.intensity !== null && ` · ${t('journal.list.intensity', { value: session.intensity })}`}
        </span>
        <RowActions
          name={name}
          onEdit={() => onEdit({ kind: 'session', session })}
          onDelete={() => onDelete({ kind: 'session', session })}
        />
      </header>
      {factors.length > 0 && <p className="entry-factors muted">{factors.join(' · ')}</p>}
      {session.notes !== '' && <p className="entry-notes">{session.notes}</p>}
    </article>
  );
});

interface SymptomRowProps extends EntryActions {
  readonly symptom: SymptomEntry;
  readonly linked: boolean;
  /** The workout it is linked to, for the guidance it brings. */
  readonly session: ExerciseSession | undefined;
  /** The person's other recent symptoms, which triage reads. */
  readonly history: readonly SymptomEntry[];
}

export const SymptomRow = memo(function SymptomRow({
  symptom,
  linked,
  session,
  history,
  onEdit,
  onDelete,
}: SymptomRowProps) {
  const { t } = useTranslation();
  const finding = triage(symptom, history, new Date());
  const [guidanceOpen, setGuidanceOpen] = useState(false);
  const sensations = symptom.sensations.map((sensation) => sensationLabel(t, sensation)).join(', ');
  const places = normaliseLocations(symptom.locations)
    .map((location) => placeLabel(t, location))
    .join(', ');
  const details = symptomDetails(t, symptom);
  return (
    <article
      className={linked ? 'timeline-entry timeline-symptom linked' : 'timeline-entry timeline-symptom'}
      aria-label={sensations}
    >
      <header className="entry-header">
        <span className="severity-badge" aria-hidden="true">
          {symptom.severity}
        </span>
        <span className="entry-title">
          <strong>{sensations}</strong>
          {' · '}
          {places}
          {' · '}
          {t('journal.list.severity', { value: symptom.severity })}
        </span>
        {finding.level !== 'self-care' && (
          <span className={`entry-badge entry-badge-${finding.level}`}>
            {finding.level === 'urgent' ? t('triage.badgeUrgent') : t('triage.badgeSeeDoctor')}
          </span>
        )}
        {symptom.source === 'sample' && <span className="tag">{t('journal.list.sample')}</span>}
        <time className="muted entry-meta" dateTime={symptom.notedAt}>
          {formatTimeOfDay(
            { instant: symptom.notedAt, utcOffsetMinutes: symptom.utcOffsetMinutes },
            formattingLocale(),
          )}
        </time>
        <RowActions
          name={sensations}
          onEdit={() => onEdit({ kind: 'symptom', symptom })}
          onDelete={() => onDelete({ kind: 'symptom', symptom })}
        />
      </header>
      {!linked && <p className="muted entry-factors">{t('journal.list.unlinked')}</p>}
      {details.length > 0 && <p className="muted entry-factors">{details.join(' · ')}</p>}
      {symptom.warningSigns.length > 0 && (
        <p className="entry-warning">
          {t('journal.list.warningSigns', {
            list: symptom.warningSigns.map((sign) => t(`vocabulary.warningSign.${sign}`)).join(', '),
          })}
        </p>
      )}
      {symptom.helped.length > 0 && (
        <p className="muted entry-factors">
          {t('journal.list.helped', {
            list: symptom.helped.map((relief) => t(`vocabulary.relief.${relief}`)).join(', '),
          })}
        </p>
      )}
      {symptom.notes !== '' && <p className="entry-notes">{symptom.notes}</p>}
      {finding.level === 'urgent' && <TriageAlert result={finding} linksToArticles announce={false} />}
      <details className="entry-guidance" onToggle={(event) => setGuidanceOpen(event.currentTarget.open)}>
        <summary>{t('guidance.linked.title')}</summary>
        {/* Ranked only when opened: a closed row costs nothing while the timeline scrolls. */}
        {guidanceOpen && finding.level === 'see-doctor' && (
          <TriageAlert result={finding} linksToArticles announce={false} />
        )}
        {guidanceOpen && <LinkedGuidance query={guidanceQueryFor(symptom, session)} linksToArticles />}
      </details>
    </article>
  );
});
