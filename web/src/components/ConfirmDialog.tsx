import { type ReactNode, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog';
import { Notice } from './Notice';
import { errorTitle } from './problem-text';

interface Props {
  isOpen: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Runs on confirm; the dialog closes when it resolves and shows the problem when it throws. */
  onConfirm: () => Promise<unknown>;
  /** the confirm button removes or ends something: styled as a warning, not as the way forward */
  destructive?: boolean;
}

/** "Are you sure?" with the consequence spelled out; nothing happens until the person confirms. */
export function ConfirmDialog({ isOpen, onClose, title, children, confirmLabel, onConfirm, destructive = false }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const close = () => {
    setProblem(null);
    onClose();
  };

  return (
    <ModalDialog isOpen={isOpen} onClose={close} title={title} role="alertdialog">
      <div className="dialog-body">{children}</div>
      {problem ? <Notice tone="error">{problem}</Notice> : null}
      <div className="button-row">
        <Button
          className={destructive ? 'button button-danger' : 'button button-primary'}
          isDisabled={busy}
          onPress={async () => {
            setBusy(true);
            setProblem(null);
            try {
              await onConfirm();
              close();
            } catch (error) {
              setProblem(errorTitle(t, error));
            } finally {
              setBusy(false);
            }
          }}
        >
          {confirmLabel}
        </Button>
        <Button className="button button-secondary" onPress={close}>
          {t('common.cancel')}
        </Button>
      </div>
    </ModalDialog>
  );
}
