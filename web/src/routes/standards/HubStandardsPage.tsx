import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/session';
import { type HubRecognition, useHubStandards, useWithdrawRecognition } from '../../api/standards';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDate, formatDateTime } from '../../components/format';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { PublishVersionForm } from './PublishVersionForm';
import { RecogniseForm } from './RecogniseForm';

/**
 * The hub's standards: each with its versions and the hub's note of what changed in each, the
 * member organisations recognised as meeting them, and for the hub's admins publishing a version
 * and recognising a member. Analysts read.
 */
export function HubStandardsPage() {
  const { t, i18n } = useTranslation();
  const list = useHubStandards();
  const { me } = useSession();
  const admin = me?.roles.includes('hub_admin') ?? false;
  const withdraw = useWithdrawRecognition();
  const [withdrawing, setWithdrawing] = useState<HubRecognition | null>(null);
  const standards = list.data?.standards ?? [];
  const recognitions = list.data?.recognitions ?? [];
  return (
    <Page title={t('standards.hub.title')} lead={<p>{t('standards.hub.lead')}</p>}>
      {list.isPending ? <Loading /> : null}
      {list.error ? <Notice tone="error">{errorTitle(t, list.error)}</Notice> : null}
      {list.data && standards.length === 0 ? <p>{t('standards.hub.none')}</p> : null}
      {standards.map((s) => (
        <section key={s.id} className="panel" aria-labelledby={`standard-${s.id}`}>
          <h2 id={`standard-${s.id}`}>{s.name}</h2>
          <p>{t('standards.hub.backedBy', { title: s.title?.[i18n.language] ?? s.title?.en ?? s.packId, id: s.packId, kind: t(`standards.kind.${s.kind}`) })}</p>
          <TableRegion captionId={`standard-${s.id}-versions`}>
            <table>
              <caption id={`standard-${s.id}-versions`}>{t('standards.hub.versionsCaption', { name: s.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('standards.hub.version')}</th>
                  <th scope="col">{t('standards.hub.published')}</th>
                  <th scope="col">{t('standards.hub.whatChanged')}</th>
                </tr>
              </thead>
              <tbody>
                {s.versions.map((v) => (
                  <tr key={v.packVersion}>
                    <th scope="row">{v.packVersion}</th>
                    <td>{formatDateTime(v.publishedAt, i18n.language)}</td>
                    <td>{v.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </section>
      ))}
      <section className="panel" aria-labelledby="recognitions-heading">
        <h2 id="recognitions-heading">{t('standards.hub.recognitionsHeading')}</h2>
        {list.data && recognitions.length === 0 ? <p>{t('standards.hub.noRecognitions')}</p> : null}
        {recognitions.length > 0 ? (
          <TableRegion captionId="recognitions-caption">
            <table>
              <caption id="recognitions-caption">{t('standards.hub.recognitionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('standards.hub.organisation')}</th>
                  <th scope="col">{t('standards.hub.standard')}</th>
                  <th scope="col">{t('standards.hub.metOn')}</th>
                  <th scope="col">{t('standards.hub.note')}</th>
                  {admin ? <th scope="col">{t('standards.hub.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {recognitions.map((r) => (
                  <tr key={`${r.standardId}-${r.packVersion}-${r.orgId}`}>
                    <th scope="row">{r.orgName}</th>
                    <td>{t('standards.hub.standardVersion', { name: r.standardName, version: r.packVersion })}</td>
                    <td>{formatDate(r.metOn, i18n.language)}</td>
                    <td>{r.note}</td>
                    {admin ? (
                      <td>
                        <Button className="button" onPress={() => setWithdrawing(r)}>
                          {t('standards.hub.withdraw', { name: r.orgName })}
                        </Button>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        ) : null}
      </section>
      {admin && list.data ? (
        <>
          <PublishVersionForm standards={standards} />
          {standards.length > 0 ? <RecogniseForm standards={standards} /> : null}
        </>
      ) : null}
      <ConfirmDialog
        destructive
        isOpen={withdrawing !== null}
        onClose={() => setWithdrawing(null)}
        title={withdrawing ? t('standards.hub.withdrawTitle', { name: withdrawing.orgName }) : ''}
        confirmLabel={t('standards.hub.withdrawConfirm')}
        onConfirm={async () => {
          if (!withdrawing) return;
          await withdraw.mutateAsync({ standardId: withdrawing.standardId, orgId: withdrawing.orgId, packVersion: withdrawing.packVersion });
          announce(t('standards.hub.withdrawn', { name: withdrawing.orgName }));
        }}
      >
        <p>{t('standards.hub.withdrawBody')}</p>
      </ConfirmDialog>
    </Page>
  );
}
