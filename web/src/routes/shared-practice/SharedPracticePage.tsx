import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useCollaborative, useMyCollaborative } from '../../api/collaboratives';
import { hubPracticeBase, orgPracticeBase } from '../../api/shared-practice';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { PracticeBoard } from './PracticeBoard';
import { PracticeLibrary } from './PracticeLibrary';
import './shared-practice.css';

/**
 * A collaborative's shared practice: its library and its discussion board, the same page on both
 * sides. The hub's people reach it from the collaborative's page, an organisation's admins from
 * their collaboratives page; the server decides who reads, writes and moderates.
 */
function SharedPractice({ base, name, pending, error, back }: { base: string; name: string | undefined; pending: boolean; error: unknown; back: { to: string; label: string } }) {
  const { t } = useTranslation();
  return (
    <Page title={name ? t('sharedPractice.title', { name }) : t('sharedPractice.titlePlain')} lead={<p>{t('sharedPractice.lead')}</p>}>
      <p>
        <Link to={back.to}>{back.label}</Link>
      </p>
      {pending ? <Loading /> : null}
      {error ? <Notice tone="error">{errorTitle(t, error)}</Notice> : null}
      {name ? (
        <>
          <PracticeLibrary base={base} />
          <PracticeBoard base={base} />
        </>
      ) : null}
    </Page>
  );
}

/** The hub's side: `/region/collaboratives/:id/practice`. */
export function HubSharedPracticePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const collaborative = useCollaborative(id);
  return (
    <SharedPractice
      base={hubPracticeBase(id)}
      name={collaborative.data?.name}
      pending={collaborative.isPending}
      error={collaborative.error}
      back={{ to: `/region/collaboratives/${id}`, label: t('sharedPractice.backToCollaborative') }}
    />
  );
}

/** An organisation's admins' side: `/collaboratives/:hubId/practice`. */
export function OrgSharedPracticePage() {
  const { t } = useTranslation();
  const { hubId = '' } = useParams();
  const collaborative = useMyCollaborative(hubId);
  return (
    <SharedPractice
      base={orgPracticeBase(hubId)}
      name={collaborative.data?.name}
      pending={collaborative.isPending}
      error={collaborative.error}
      back={{ to: '/collaboratives', label: t('sharedPractice.backToMine') }}
    />
  );
}
