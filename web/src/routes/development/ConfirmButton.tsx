import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useConfirm, type Version } from '../../api/development';
import { announce } from '../../components/announcer';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

/** Confirms the current version for my side; says what is still waiting once I have. */
export function ConfirmButton({ personId, version, side }: { personId: string; version: Version; side: 'worker' | 'manager' }) {
  const { t } = useTranslation();
  const confirm = useConfirm(personId);
  const mine = side === 'worker' ? version.workerConfirmedAt : version.managerConfirmedAt;
  if (version.status === 'agreed') return <Notice tone="success">{t('development.confirm.agreed', { version: version.version })}</Notice>;
  if (mine) return <Notice>{t(`development.confirm.waitingFor.${side}`)}</Notice>;
  return (
    <>
      {confirm.error ? <Notice tone="error">{errorTitle(t, confirm.error)}</Notice> : null}
      <p className="hint">{t(`development.confirm.hint.${side}`)}</p>
      <Button
        className="button button-primary"
        isDisabled={confirm.isPending}
        onPress={() => confirm.mutate(undefined, { onSuccess: (h) => announce(t(h.versions[0]?.status === 'agreed' ? 'development.confirm.agreedShort' : 'development.confirm.done')) })}
      >
        {t('development.confirm.button', { version: version.version })}
      </Button>
    </>
  );
}
