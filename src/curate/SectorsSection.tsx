import { useTranslation } from 'react-i18next';
import { problemsAt } from './check-draft';
import type { JsonObject } from './curate-types';
import { fieldId, useCurate } from './curate-context';
import { toggleInList } from './draft-updaters';
import { listAt } from './json-path';
import { FieldProblems } from './ProblemText';

/** The sectors of sectors.json as checkboxes, in the display language. */
export function SectorsSection() {
  const { t, i18n } = useTranslation();
  const { base, draft, update, check } = useCurate();
  const sectors = listAt(base.files.sectors.json, ['sectors']) as JsonObject[];
  const chosen = listAt(draft.initiative, ['sectors']);
  const problems = problemsAt(check.initiative, 'sectors');
  const id = fieldId('sectors');
  return (
    <section className="curate-section" aria-labelledby="curate-sectors-title">
      <h2 id="curate-sectors-title">{t('curate.sectors.title')}</h2>
      <fieldset className="curate-checks" id={id} aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}>
        <legend>{t('curate.sectors.legend', { file: base.paths.sectors })}</legend>
        {sectors.map((sector) => {
          const value = String(sector.id);
          const label = String((i18n.language === 'zh' ? sector.labelZh : sector.label) ?? sector.label ?? value);
          return (
            <label key={value}>
              <input type="checkbox" checked={chosen.includes(value)} onChange={() => update((d) => toggleInList(d, 'sectors', value))} /> {label}
            </label>
          );
        })}
      </fieldset>
      <FieldProblems id={`${id}-problems`} problems={problems} />
    </section>
  );
}
