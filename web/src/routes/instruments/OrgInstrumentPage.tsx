import { type FormEvent, useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { type OrgInstrument, useDeleteOrgInstrumentDraft, useMarkSafetyItems, useMoveOrgInstrument, useOrgInstrument } from '../../api/org-instruments';
import { localText } from '../../api/wellbeing';
import { announce } from '../../components/announcer';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SelectField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { Page } from '../../components/Page';
import { errorTitle } from '../../components/problem-text';
import { TableRegion } from '../../components/TableRegion';
import { InstrumentPreviewForm } from './InstrumentPreviewForm';

const NOT_SAFETY = 'none';
const marksOf = (i: OrgInstrument) => Object.fromEntries(i.safetyItems.map((s) => [s.itemId, String(s.supportAtOrAbove)]));

/**
 * One of the organisation's own instruments, for its admins: its questions (with the safety marks
 * a draft takes), how it is scored, what the import left out, a scoring preview, and publishing.
 */
export function OrgInstrumentPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const found = useOrgInstrument(id);
  const instrument = found.data;
  const title = instrument ? localText(instrument.title, i18n.language) : t('instruments.title');
  return (
    <Page title={title} lead={instrument ? <p>{t(`instruments.own.statusLead.${instrument.status}`, { id: instrument.instrumentId, version: instrument.version })}</p> : null}>
      <p>
        <Link to="/admin/instruments">{t('instruments.own.back')}</Link>
      </p>
      {found.isPending ? <Loading /> : null}
      {found.error ? <Notice tone="error">{errorTitle(t, found.error)}</Notice> : null}
      {instrument ? <InstrumentDetail instrument={instrument} /> : null}
    </Page>
  );
}

function InstrumentDetail({ instrument }: { instrument: OrgInstrument }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const report = (message: string) => {
    announce(message);
    setDone(message);
  };
  return (
    <>
      {done ? (
        <Notice tone="success" focusOnMount>
          <p>{done}</p>
        </Notice>
      ) : null}
      <QuestionsSection instrument={instrument} onSaved={() => report(t('instruments.own.safety.saved'))} />
      <ScoringSection instrument={instrument} />
      <section className="panel" aria-labelledby="own-notes-heading">
        <h2 id="own-notes-heading">{t('instruments.own.notesHeading')}</h2>
        {instrument.notes.length === 0 ? (
          <p>{t('instruments.own.noNotes')}</p>
        ) : (
          <ul>
            {instrument.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </section>
      <InstrumentPreviewForm instrument={instrument} />
      <StatusSection instrument={instrument} onMoved={report} />
    </>
  );
}

/** The questions with their answers; a draft's safety marks are chosen here, item by item. */
function QuestionsSection({ instrument, onSaved }: { instrument: OrgInstrument; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const save = useMarkSafetyItems(instrument.id);
  const [marks, setMarks] = useState<Record<string, string>>(() => marksOf(instrument));
  const [problem, setProblem] = useState<{ title: string; fields: Record<string, string> } | null>(null);
  useEffect(() => setMarks(marksOf(instrument)), [instrument]);
  const editable = instrument.status === 'draft';
  const sets = new Map(instrument.instrument.answerSets.map((s) => [s.id, s.options]));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = Object.fromEntries(instrument.instrument.items.map((item) => [item.id, marks[item.id] && marks[item.id] !== NOT_SAFETY ? Number(marks[item.id]) : null]));
    try {
      await save.mutateAsync(chosen);
      setProblem(null);
      onSaved();
    } catch (error) {
      const fields = error instanceof ApiError ? Object.fromEntries(error.problems.map((p) => [p.field.replace(/^marks\./, ''), p.problem])) : {};
      setProblem({ title: errorTitle(t, error), fields });
    }
  };

  return (
    <section className="panel" aria-labelledby="own-questions-heading">
      <h2 id="own-questions-heading">{t('instruments.own.questionsHeading')}</h2>
      <p>{editable ? t('instruments.own.safety.leadDraft') : t('instruments.own.safety.leadFixed')}</p>
      <form className="form" onSubmit={submit} noValidate>
        {problem ? (
          <Notice tone="error" focusOnMount title={problem.title} />
        ) : null}
        <ol className="own-questions">
          {instrument.instrument.items.map((item) => {
            const options = sets.get(item.answerSet) ?? [];
            const mark = instrument.safetyItems.find((s) => s.itemId === item.id);
            const text = item.text ? localText(item.text, lng) : t('wellbeing.checkIn.noText');
            return (
              <li key={item.id}>
                <p>
                  {text} <span className="hint">({item.id})</span>
                </p>
                <p className="hint">{options.map((o) => `${o.value}: ${localText(o.text, lng)}`).join(' · ')}</p>
                {editable ? (
                  <SelectField
                    id={`safety-${item.id}`}
                    label={t('instruments.own.safety.label', { text })}
                    value={marks[item.id] ?? NOT_SAFETY}
                    error={problem?.fields[item.id]}
                    onChange={(value) => setMarks((m) => ({ ...m, [item.id]: value }))}
                  >
                    <option value={NOT_SAFETY}>{t('instruments.own.safety.none')}</option>
                    {options.map((o) => (
                      <option key={o.value} value={String(o.value)}>
                        {t('instruments.own.safety.from', { answer: localText(o.text, lng) })}
                      </option>
                    ))}
                  </SelectField>
                ) : mark ? (
                  <p>{t('instruments.own.safety.marked', { answer: localText(options.find((o) => o.value === mark.supportAtOrAbove)?.text ?? {}, lng) })}</p>
                ) : null}
              </li>
            );
          })}
        </ol>
        {editable ? (
          <div className="button-row">
            <Button type="submit" className="button button-primary" isDisabled={save.isPending}>
              {t('instruments.own.safety.save')}
            </Button>
          </div>
        ) : null}
      </form>
    </section>
  );
}

/** How each scale is scored: which questions, sum or mean, how many answers it needs. */
function ScoringSection({ instrument }: { instrument: OrgInstrument }) {
  const { t, i18n } = useTranslation();
  const names = new Map(instrument.instrument.scales.map((s) => [s.id, localText(s.name, i18n.language)]));
  return (
    <section className="panel" aria-labelledby="own-scoring-heading">
      <h2 id="own-scoring-heading">{t('instruments.own.scoringHeading')}</h2>
      {instrument.scaleRules.length === 0 ? (
        <p>{t('instruments.own.noScales')}</p>
      ) : (
        <TableRegion captionId="own-scoring-caption">
          <table>
            <caption id="own-scoring-caption">{t('instruments.own.scoringCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('instruments.own.scoring.scale')}</th>
                <th scope="col">{t('instruments.own.scoring.method')}</th>
                <th scope="col">{t('instruments.own.scoring.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {instrument.scaleRules.map((rule) => (
                <tr key={rule.id}>
                  <th scope="row">{names.get(rule.id) ?? rule.id}</th>
                  <td>{t(`instruments.own.scoring.${rule.method}`, { count: rule.items.length })}</td>
                  <td>
                    {rule.missing === 'prorate'
                      ? t('instruments.own.scoring.prorate', { min: rule.minAnswered, count: rule.items.length })
                      : t('instruments.own.scoring.none', { min: rule.minAnswered, count: rule.items.length })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

/** Publish (a draft, or a withdrawn instrument again), withdraw, or delete a draft; each said plainly first. */
function StatusSection({ instrument, onMoved }: { instrument: OrgInstrument; onMoved: (message: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const move = useMoveOrgInstrument(instrument.id);
  const remove = useDeleteOrgInstrumentDraft(instrument.id);
  const [asking, setAsking] = useState<'publish' | 'withdraw' | 'delete' | null>(null);
  const act = async () => {
    if (asking === 'delete') {
      await remove.mutateAsync(undefined);
      announce(t('instruments.own.deleted'));
      navigate('/admin/instruments');
      return;
    }
    if (asking) {
      await move.mutateAsync(asking);
      onMoved(t(`instruments.own.moved.${asking}`));
    }
  };
  const offered: Array<'publish' | 'withdraw' | 'delete'> = instrument.status === 'draft' ? ['publish', 'delete'] : instrument.status === 'published' ? ['withdraw'] : ['publish'];
  return (
    <section className="panel" aria-labelledby="own-status-heading">
      <h2 id="own-status-heading">{t('instruments.own.statusHeading')}</h2>
      <p>{t(`instruments.own.statusLead.${instrument.status}`, { id: instrument.instrumentId, version: instrument.version })}</p>
      <div className="button-row">
        {offered.map((action) => (
          <Button key={action} className={action === 'publish' ? 'button button-primary' : 'button button-secondary'} onPress={() => setAsking(action)}>
            {t(`instruments.own.actions.${action}`)}
          </Button>
        ))}
      </div>
      <ConfirmDialog
        isOpen={asking !== null}
        onClose={() => setAsking(null)}
        title={asking ? t(`instruments.own.confirm.${asking}.title`) : ''}
        confirmLabel={asking ? t(`instruments.own.actions.${asking}`) : ''}
        onConfirm={act}
      >
        <p>{asking ? t(`instruments.own.confirm.${asking}.body`) : null}</p>
      </ConfirmDialog>
    </section>
  );
}
