import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../api/unit-tree';
import type { UnitAction } from './UnitsPage';

/** Nested lists: screen readers announce each level and how many items it holds. */
export function UnitTree({ nodes, onAction }: { nodes: UnitNode[]; onAction: (action: UnitAction) => void }) {
  const { t } = useTranslation();
  return (
    <ul className="unit-tree">
      {nodes.map((unit) => (
        <li key={unit.id}>
          <div className={`unit-row unit-${unit.kind}`}>
            <div className="unit-text">
              <span className="unit-name">{unit.name}</span>
              <span className="unit-meta">
                {t(`unitKinds.${unit.kind}`)} · {t('units.peopleCount', { count: unit.peopleCount })}
              </span>
            </div>
            <div className="row-actions">
              <Button id={`unit-rename-${unit.id}`} className="button button-small" aria-label={t('units.renameNamed', { name: unit.name })} onPress={() => onAction({ kind: 'rename', unit })}>
                {t('units.rename')}
              </Button>
              <Button id={`unit-move-${unit.id}`} className="button button-small" aria-label={t('units.moveNamed', { name: unit.name })} onPress={() => onAction({ kind: 'move', unit })}>
                {t('units.move')}
              </Button>
              <Button id={`unit-delete-${unit.id}`} className="button button-small" aria-label={t('units.deleteNamed', { name: unit.name })} onPress={() => onAction({ kind: 'delete', unit })}>
                {t('units.delete')}
              </Button>
            </div>
          </div>
          {unit.children.length > 0 ? <UnitTree nodes={unit.children} onAction={onAction} /> : null}
        </li>
      ))}
    </ul>
  );
}
