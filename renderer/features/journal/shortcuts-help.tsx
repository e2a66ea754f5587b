import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { SHORTCUT_KEYS, type ShortcutAction } from './use-shortcuts';

const DESCRIPTION_KEYS = {
  'new-session': 'journal.shortcuts.newSession',
  'new-symptom': 'journal.shortcuts.newSymptom',
  search: 'journal.shortcuts.search',
  help: 'journal.shortcuts.help',
} as const satisfies Record<ShortcutAction, string>;

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ModalDialog open={open} title={t('journal.shortcuts.title')} onClose={onClose}>
      <p className="muted">{t('journal.shortcuts.outsideFields')}</p>
      <dl className="shortcut-list">
        {(Object.keys(SHORTCUT_KEYS) as ShortcutAction[]).map((action) => (
          <div key={action} className="shortcut">
            <dt>
              <kbd>{SHORTCUT_KEYS[action]}</kbd>
            </dt>
            <dd>{t(DESCRIPTION_KEYS[action])}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
          {t('journal.shortcuts.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
