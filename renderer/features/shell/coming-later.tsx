import { useTranslation } from 'react-i18next';
import { NavIcon } from './nav-icons';

type LaterScreen = 'report';

/** An honest empty state for a screen this version doesn't have yet. */
export function ComingLater({ screen }: { screen: LaterScreen }) {
  const { t } = useTranslation();
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title">{t(`placeholder.${screen}.title`)}</h1>
      <div className="empty-state">
        <NavIcon screen={screen} />
        <p>{t(`placeholder.${screen}.body`)}</p>
        <p className="muted">{t('placeholder.notYet')}</p>
      </div>
    </section>
  );
}
