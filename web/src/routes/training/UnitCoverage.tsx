import { type FormEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useTeamCoverage } from '../../api/training';
import { unitOptions } from '../../api/unit-tree';
import { useUnits } from '../../api/units';
import { announce } from '../../components/announcer';
import { SelectField } from '../../components/fields';
import { Loading } from '../../components/Loading';
import { Notice } from '../../components/Notice';
import { errorTitle } from '../../components/problem-text';
import { TeamCoverageView } from './TeamCoverageView';

/**
 * For org admins: choose a service or team and see its people by name (the API counts the units
 * inside it too). Nothing loads until the admin asks, since each person shown is a logged read.
 */
export function UnitCoverage() {
  const { t } = useTranslation();
  const units = useUnits();
  const options = unitOptions(units.data?.units ?? []);
  const [choice, setChoice] = useState('');
  const [shown, setShown] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const coverage = useTeamCoverage(shown, shown !== null);
  const shownLabel = options.find((o) => o.id === shown)?.label ?? '';
  const d = shown ? coverage.data : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return setProblem(t('training.unit.chooseFirst'));
    setProblem(undefined);
    setShown(choice);
    announce(t('training.unit.showing', { unit: options.find((o) => o.id === choice)?.label ?? '' }));
  };

  return (
    <>
      <form className="form narrow" onSubmit={submit} noValidate>
        <SelectField id="unit-coverage-unit" label={t('training.unit.unit')} hint={t('training.unit.unitHint')} value={choice} onChange={setChoice} error={problem} required>
          <option value="">{t('training.unit.choose')}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={units.isPending}>
            {t('training.unit.show')}
          </Button>
        </div>
      </form>
      {units.error ? <Notice tone="error">{errorTitle(t, units.error)}</Notice> : null}
      {shown && coverage.isPending ? <Loading /> : null}
      {shown && coverage.error ? <Notice tone="error">{errorTitle(t, coverage.error)}</Notice> : null}
      {d ? (
        <div className="unit-coverage" data-testid="unit-coverage">
          <p className="unit-coverage-title">{t('training.unit.resultTitle', { unit: shownLabel })}</p>
          {d.people.length === 0 ? <p>{t('training.unit.nobody')}</p> : <TeamCoverageView data={d} id="unit" headingLevel={3} />}
        </div>
      ) : null}
    </>
  );
}
