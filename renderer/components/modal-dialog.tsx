import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalDialogProps {
  readonly open: boolean;
  readonly title: string;
  readonly children: ReactNode;
  /** Escape, or the dialog being closed any other way than by its own buttons. */
  readonly onClose: () => void;
  readonly wide?: boolean;
}

/**
 * A modal built on the native <dialog>: focus moves into it (to the element marked
 * `data-autofocus`, else the first control) and stays there, Escape closes it,
 * focus returns where it was, and screen readers announce it by its title.
 */
export function ModalDialog({ open, title, children, onClose, wide }: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      // React doesn't render the `autofocus` attribute the dialog would look for, so the field a
      // form wants focused first marks itself with data-autofocus.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={dialogRef}
      className={wide === true ? 'dialog dialog-wide' : 'dialog'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  );
}
