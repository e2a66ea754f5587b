import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';

interface ConfirmDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly cancelLabel?: string;
  readonly destructive?: boolean;
  readonly busy?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** A yes/no question in a modal; the safe answer comes first, so it has the focus. */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      open={props.open}
      title={props.title}
      onClose={() => {
        if (props.busy !== true) props.onCancel();
      }}
    >
      <div className="dialog-body">{props.children}</div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={props.onCancel} disabled={props.busy === true}>
          {props.cancelLabel ?? t('common.cancel')}
        </button>
        <button
          type="button"
          className={props.destructive === true ? 'button button-danger' : 'button button-primary'}
          onClick={props.onConfirm}
          disabled={props.busy === true}
        >
          {props.busy === true ? t('common.working') : props.confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
