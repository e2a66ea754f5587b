import { useTranslation } from 'react-i18next';

/** Said wherever the articles are shown: they are web text, not medical advice. */
export function NotAdviceNote() {
  const { t, i18n } = useTranslation();
  return (
    <p className="not-advice" lang={i18n.language}>
      {t('guidance.notAdvice')}
    </p>
  );
}
