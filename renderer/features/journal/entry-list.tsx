import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { SymptomEntry } from '../../../shared/domain/records';
import { buildTimeline } from '../../../shared/domain/timeline';
import { useServices } from '../../app-services';
import { recentEntries } from '../../db/queries';
import { formattingLocale } from '../../i18n';
import { formatDay, formatTimeOfDay } from '../../i18n/format';
import { activityLabel, sensationLabel } from './labels';

/** How many of each kind the list shows until the virtualised timeline replaces it. */
const RECENT_LIMIT = 200;

function SymptomLine({ symptom }: { symptom: SymptomEntry }) {
  const { t } = useTranslation();
  const places = symptom.locations
    .map((location) => `${t(`vocabulary.region.${location.region}`)} (${t(`vocabulary.side.${location.side}`)})`)
    .join(', ');
  return (
    <li className="symptom-line">
      <span className="severity-badge" aria-hidden="true">
        {symptom.severity}
      </span>
      <span className="symptom-text">
        <strong>{symptom.sensations.map((sensation) => sensationLabel(t, sensation)).join(', ')}</strong>
        {' · '}
        {places}
        {' · '}
        {t('journal.list.severity', { value: symptom.severity })}
      </span>
      <time className="muted" dateTime={symptom.notedAt}>
        {formatTimeOfDay({ instant: symptom.notedAt, utcOffsetMinutes: symptom.utcOffsetMinutes }, formattingLocale())}
      </time>
    </li>
  );
}

export function EntryList() {
  const { t } = useTranslation();
  const { db } = useServices();
  const entries = useLiveQuery(() => recentEntries(db, RECENT_LIMIT), [db]);
  const days = useMemo(() => (entries ? buildTimeline(entries.sessions, entries.symptoms) : []), [entries]);
  const truncated =
    entries !== undefined && (entries.sessions.length === RECENT_LIMIT || entries.symptoms.length === RECENT_LIMIT);

  return (
    <section className="entry-list" aria-labelledby="entries-title">
      <h2 id="entries-title">{t('journal.list.title')}</h2>
      {entries !== undefined && days.length === 0 && <p className="empty-state-inline">{t('journal.list.empty')}</p>}
      {days.map((day) => (
        <section key={day.day} className="day-group" aria-labelledby={`day-${day.day}`}>
          <h3 id={`day-${day.day}`} className="day-heading">
            {formatDay(day.day, formattingLocale())}
          </h3>
          {day.sessions.map(({ session, symptoms }) => (
            <article key={session.id} className="card session-card" aria-label={activityLabel(t, session.activity)}>
              <header className="session-header">
                <strong>{activityLabel(t, session.activity)}</strong>
                <span className="muted">
                  <time dateTime={session.startedAt}>
                    {formatTimeOfDay(
                      { instant: session.startedAt, utcOffsetMinutes: session.utcOffsetMinutes },
                      formattingLocale(),
                    )}
                  </time>
                  {' · '}
                  {t('journal.list.minutes', { count: session.durationMinutes })}
                </span>
              </header>
              {session.notes !== '' && <p className="entry-notes">{session.notes}</p>}
              {symptoms.length > 0 && (
                <ul className="symptom-list">
                  {symptoms.map((symptom) => (
                    <SymptomLine key={symptom.id} symptom={symptom} />
                  ))}
                </ul>
              )}
            </article>
          ))}
          {day.unlinkedSymptoms.length > 0 && (
            <div className="card session-card unlinked">
              <header className="session-header">
                <span className="muted">{t('journal.list.unlinked')}</span>
              </header>
              <ul className="symptom-list">
                {day.unlinkedSymptoms.map((symptom) => (
                  <SymptomLine key={symptom.id} symptom={symptom} />
                ))}
              </ul>
            </div>
          )}
        </section>
      ))}
      {truncated && <p className="muted">{t('journal.list.showingRecent', { count: RECENT_LIMIT })}</p>}
    </section>
  );
}
