import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus, type AssessmentAction } from '../../api/assessments';
import { announce } from '../../components/announcer';
import { SelectField } from '../../components/fields';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';

interface StatusUpdate {
  mutate: (vars: { id: string; status: ActionStatus }, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  error: unknown;
}

/** An action's progress, changed where the action is shown; the new status is announced, a failure said beside it. */
export function ActionStatusSelect({ action, update, idPrefix = 'status' }: { action: AssessmentAction; update: StatusUpdate; idPrefix?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        id={`${idPrefix}-${action.id}`}
        label={t('assessments.actions.changeStatus', { title: action.title })}
        value={action.status}
        disabled={update.isPending}
        onChange={(value) =>
          update.mutate(
            { id: action.id, status: value as ActionStatus },
            { onSuccess: () => announce(t('assessments.actions.statusSaved', { title: action.title, status: t(`assessments.actions.statuses.${value}`) })) },
          )
        }
      >
        {ACTION_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`assessments.actions.statuses.${s}`)}
          </option>
        ))}
      </SelectField>
      {update.error ? <Notice tone="error">{errorTitle(t, update.error)}</Notice> : null}
    </>
  );
}
