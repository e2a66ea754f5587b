import { useTranslation } from 'react-i18next';
import { EntryList } from './entry-list';
import { SessionForm } from './session-form';
import { SymptomForm } from './symptom-form';

export function JournalScreen() {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="screen-title">
      <header className="screen-header">
        <h1 id="screen-title">{t('journal.title')}</h1>
        <p className="muted">{t('journal.intro')}</p>
      </header>
      <div className="journal-layout">
        <div className="journal-forms">
          <SessionForm />
          <SymptomForm />
        </div>
        <EntryList />
      </div>
    </section>
  );
}
