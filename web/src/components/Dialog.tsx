import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Dialog is a modal <dialog>: the browser keeps focus inside it, Escape
 * closes it, and focus returns to where it was.
 */
export function Dialog({ title, open, onClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} aria-labelledby={titleId} onClose={onClose} onCancel={onClose}>
      <h2 id={titleId}>{title}</h2>
      {open && children}
    </dialog>
  );
}

interface ConfirmProps {
  title: string;
  open: boolean;
  /** What will happen, naming the object (the user, the key, ...). */
  message: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  pending?: boolean;
  error?: string[];
  onConfirm: () => void;
  onClose: () => void;
}

/** ConfirmDialog asks before a destructive action; Cancel has the focus. */
export function ConfirmDialog({ title, open, message, confirmLabel, danger, pending, error, onConfirm, onClose }: ConfirmProps) {
  return (
    <Dialog title={title} open={open} onClose={onClose}>
      <div>{message}</div>
      {error && error.length > 0 && (
        <div className="form-errors" role="alert">
          {error.map((m, i) => (
            <p key={i}>{m}</p>
          ))}
        </div>
      )}
      <div className="actions">
        <button type="button" autoFocus onClick={onClose}>
          Cancel
        </button>
        <button type="button" className={danger ? 'danger primary' : 'primary'} disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
