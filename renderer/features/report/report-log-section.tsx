import { useTranslation } from 'react-i18next';
import { normaliseLocations } from '../../../shared/domain/body-locations';
import type { ReportLogDay, ReportLogEntry } from '../../../shared/report/report-log';
import { placeLabel } from '../../components/body-map/place-label';
import { formattingLocale } from '../../i18n';
import { formatDay, formatShortDay } from '../../i18n/format';
import { activityLabel, factorSummary, sensationLabel, symptomDetails } from '../journal/labels';

function LogEntry({ entry, day }: { entry: ReportLogEntry; day: string }) {
  const { t } = useTranslation();
  if (entry.kind === 'session') {
    const { session } = entry;
    const factors = factorSummary(t, session);
    return (
      <li className="report-log-entry report-log-session">
        <span className="report-log-time">{entry.time}</span>
        <div>
          <strong>{activityLabel(t, session.activity)}</strong>
          {' · '}
          {t('journal.list.minutes', { count: session.durationMinutes })}
          {session.intensity !== null && ` · ${t('journal.list.intensity', { value: session.intensity })}`}
          {factors.length > 0 && <div className="report-log-detail">{factors.join(' · ')}</div>}
          {session.notes !== '' && <div className="report-log-notes">{session.notes}</div>}
        </div>
      </li>
    );
  }
  const { symptom, linkedSession } = entry;
  const details = symptomDetails(t, symptom);
  const linked =
    linkedSession === null
      ? t('report.document.unlinked')
      : linkedSession.day === day
        ? t('report.document.followed', {
            activity: activityLabel(t, linkedSession.activity),
            time: linkedSession.time,
          })
        : t('report.document.followedOtherDay', {
            activity: activityLabel(t, linkedSession.activity),
            date: formatShortDay(linkedSession.day, formattingLocale()),
            time: linkedSession.time,
          });
  return (
    <li className="report-log-entry report-log-symptom">
      <span className="report-log-time">{entry.time}</span>
      <div>
        <strong>{symptom.sensations.map((sensation) => sensationLabel(t, sensation)).join(', ')}</strong>
        {' · '}
        {normaliseLocations(symptom.locations)
          .map((location) => placeLabel(t, location))
          .join(', ')}
        {' · '}
        {t('journal.list.severity', { value: symptom.severity })}
        <div className="report-log-detail">{[linked, ...details].join(' · ')}</div>
        {symptom.warningSigns.length > 0 && (
          <div className="report-log-warning">
            {t('journal.list.warningSigns', {
              list: symptom.warningSigns.map((sign) => t(`vocabulary.warningSign.${sign}`)).join(', '),
            })}
          </div>
        )}
        {symptom.helped.length > 0 && (
          <div className="report-log-detail">
            {t('journal.list.helped', {
              list: symptom.helped.map((relief) => t(`vocabulary.relief.${relief}`)).join(', '),
            })}
          </div>
        )}
        {symptom.notes !== '' && <div className="report-log-notes">{symptom.notes}</div>}
      </div>
    </li>
  );
}

/** Every entry of the period, by local day: the detail behind the first page. */
export function ReportLogSection({ log }: { log: readonly ReportLogDay[] }) {
  const { t } = useTranslation();
  const locale = formattingLocale();
  return (
    <section className="report-section report-log" aria-labelledby="report-log-title">
      <h2 id="report-log-title">{t('report.document.logTitle')}</h2>
      <p className="report-note">{t('report.document.logIntro')}</p>
      {log.map((day) => (
        <div key={day.day} className="report-log-day">
          <h3>{formatDay(day.day, locale)}</h3>
          <ul>
            {day.entries.map((entry) => (
              <LogEntry
                key={entry.kind === 'session' ? entry.session.id : entry.symptom.id}
                entry={entry}
                day={day.day}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
