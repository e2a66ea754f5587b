import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDayOf, stampFromDate } from '../../../shared/domain/local-time';
import { validateWith } from '../../../shared/domain/records';
import { paperSizeForLocale } from '../../../shared/paper-size';
import {
  REPORT_SECTIONS,
  reportPreferencesSchema,
  type ReportPreferences,
  type ReportSection,
} from '../../../shared/report/report-preferences';
import { defaultReportRange, type ReportRange } from '../../../shared/report/report-range';
import { useServices } from '../../app-services';
import { DayRangeInputs } from '../../components/day-range-inputs';
import { Field } from '../../components/field';
import { formattingLocale } from '../../i18n';
import { formatShortDay } from '../../i18n/format';
import { FileStatus, useFileAction } from '../exchange/use-file-action';
import { ReportDocument } from './report-document';
import { useReport, useReportPreferences } from './use-report';

export function ReportScreen() {
  const preferences = useReportPreferences();
  return preferences === undefined ? null : <ReportBuilder initial={preferences} />;
}

function ReportBuilder({ initial }: { initial: ReportPreferences }) {
  const { t } = useTranslation();
  const { repository, bridge } = useServices();
  const locale = formattingLocale();
  const paper = paperSizeForLocale(locale);
  const [preferences, setPreferences] = useState(initial);
  /** What the person chose last, for an action that finishes after they changed it. */
  const latestPreferences = useRef(preferences);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [range, setRange] = useState<ReportRange>(() =>
    defaultReportRange(localDayOf(stampFromDate(new Date())), initial.lastReportDay),
  );
  const sinceLastReport = initial.lastReportDay !== null && range.fromDay === initial.lastReportDay;
  const state = useReport(range);
  const { busy, notice, run } = useFileAction();

  // Remembered as the person types, once it passes the same rules as the saved setting.
  const update = (next: ReportPreferences) => {
    latestPreferences.current = next;
    setPreferences(next);
    const checked = validateWith(reportPreferencesSchema, next);
    setErrors(checked.ok ? {} : checked.fieldErrors);
    if (checked.ok) void repository.saveSetting({ key: 'reportPreferences', value: checked.value });
  };
  const toggleSection = (section: ReportSection, on: boolean) =>
    update({
      ...preferences,
      sections: REPORT_SECTIONS.filter((each) => (each === section ? on : preferences.sections.includes(each))),
    });

  const exportPdf = () =>
    run(async () => {
      const result = await bridge.saveReportPdf({
        suggestedName: `visit-report-${range.toDay}.pdf`,
        paperSize: paper,
        fromDay: range.fromDay,
        toDay: range.toDay,
      });
      // The next report starts where this one ended, unless this one was cancelled. Drawing the PDF
      // takes a while; what the person typed meanwhile is kept.
      if (result.status !== 'cancelled') update({ ...latestPreferences.current, lastReportDay: range.toDay });
      return result;
    });

  return (
    <section className="screen report-screen" aria-labelledby="screen-title">
      <header className="screen-header report-controls">
        <h1 id="screen-title">{t('report.title')}</h1>
        <p className="muted">{t('report.intro')}</p>
      </header>
      <section className="card report-controls report-builder" aria-labelledby="report-builder-title">
        <h2 id="report-builder-title">{t('report.builder.title')}</h2>
        <div className="report-builder-grid">
          <div>
            <DayRangeInputs
              idPrefix="report"
              fromDay={range.fromDay}
              toDay={range.toDay}
              onChange={(next) => setRange(next)}
            />
            <p className="field-hint">
              {sinceLastReport && initial.lastReportDay !== null
                ? t('report.builder.sinceLast', { date: formatShortDay(initial.lastReportDay, locale) })
                : t('report.builder.defaultRange')}
            </p>
            {state.kind === 'invalid-range' && (
              <p className="field-error" role="alert">
                {t('report.builder.rangeInvalid')}
              </p>
            )}
            <fieldset className="report-sections">
              <legend>{t('report.builder.sections')}</legend>
              {REPORT_SECTIONS.map((section) => (
                <label key={section} className="choice">
                  <input
                    type="checkbox"
                    checked={preferences.sections.includes(section)}
                    onChange={(event) => toggleSection(section, event.target.checked)}
                  />
                  <span>{t(`report.builder.section.${section}`)}</span>
                </label>
              ))}
            </fieldset>
          </div>
          <div>
            <Field
              id="report-name"
              label={t('report.builder.name')}
              hint={t('report.builder.nameHint')}
              errorKey={errors.personName}
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  autoComplete="name"
                  value={preferences.personName}
                  onChange={(event) => update({ ...preferences, personName: event.target.value })}
                />
              )}
            </Field>
            <Field
              id="report-questions"
              label={t('report.builder.questions')}
              hint={t('report.builder.questionsHint')}
              errorKey={errors.questions}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={4}
                  value={preferences.questions}
                  onChange={(event) => update({ ...preferences, questions: event.target.value })}
                />
              )}
            </Field>
          </div>
        </div>
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy || state.kind !== 'ready' || Object.keys(errors).length > 0}
            onClick={() => void exportPdf()}
          >
            {t('report.builder.export')}
          </button>
        </div>
        <p className="field-hint">{t('report.builder.exportHint')}</p>
        <FileStatus notice={notice} />
      </section>
      {/* Focusable, so that a keyboard can scroll the page-wide preview on a narrow window. */}
      <section
        className="report-preview"
        aria-labelledby="report-preview-title"
        data-report-state={state.kind}
        tabIndex={0}
      >
        <h2 id="report-preview-title" className="report-controls">
          {t('report.builder.preview')}
        </h2>
        {state.kind === 'loading' && <p className="muted report-controls">{t('report.builder.building')}</p>}
        {state.kind === 'failed' && (
          <p className="banner banner-warning report-controls" role="alert">
            {t('report.builder.failed', { reason: state.message })}
          </p>
        )}
        {state.kind === 'ready' && <ReportDocument model={state.model} preferences={preferences} paper={paper} />}
      </section>
    </section>
  );
}
