import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HTML_LANG, type Locale } from '../../i18n/locale';
import { useFormatter } from '../../i18n/use-formatter';
import { initiativeTitle } from '../../model/localised';
import { useCore } from '../../store/dashboard-context';
import { useActions } from '../../store/use-controls';
import { LEAD_PANELS, type LeadPanel } from '../../store/view-state';
import { toFilterChips } from '../../filters/filter-chips';
import type { Scene } from '../deck/deck-schema';
import { sceneFilters, sceneFromView } from '../deck/scene-view';
import { sceneBaseLang, sceneWords } from '../deck/scene-words';
import { SceneWordsText } from './SceneWordsText';

/** What the edit form changes: the words in one language, the leading panel, and optionally the whole view. */
export interface SceneEdit {
  /** The language the words were written in: the scene's own, or a translation into the display language. */
  lang: Locale;
  title: string;
  caption: string;
  notes: string;
  lead: LeadPanel;
  view?: Pick<Scene, 'filters' | 'selected' | 'map'>;
}

interface Props {
  scene: Scene;
  position: number;
  count: number;
  isCurrent: boolean;
  editable: boolean;
  onPresent(): void;
  onMoveUp(): void;
  onMoveDown(): void;
  onDelete(): void;
  onSave(edit: SceneEdit): void;
}

/** The words the form starts from in the display language: its translation there, else the words as written. */
function editedWords(scene: Scene, locale: Locale): { title: string; caption: string; notes: string } {
  const own = sceneBaseLang(scene) === locale ? undefined : scene.translations?.[locale];
  return own ? { title: own.title, caption: own.caption ?? scene.caption, notes: own.notes ?? scene.notes } : { title: scene.title, caption: scene.caption, notes: scene.notes };
}

export function SceneItem({ scene, position, count, isCurrent, editable, onPresent, onMoveUp, onMoveDown, onDelete, onSave }: Props) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { locale } = format;
  const dashboard = useCore();
  const { read } = useActions();
  const [editing, setEditing] = useState(false);
  const formId = useId();
  const words = sceneWords(scene, locale);
  const title = words.title.text;
  const chips = toFilterChips(sceneFilters(scene), dashboard.dataset, format).map((chip) => chip.label);
  const initiative = scene.selected ? dashboard.index.byId.get(scene.selected)?.initiative : undefined;
  const selected = scene.selected ? (initiative ? initiativeTitle(initiative, locale).text : scene.selected) : null;
  const summary = [
    t('present.item.leadsWith', { panel: t(`present.lead.${scene.lead}`) }),
    chips.length ? chips.join(t('present.item.chipsJoin')) : t('present.item.noFilters'),
    selected ? t('present.item.selects', { title: selected }) : null,
  ]
    .filter(Boolean)
    .join(t('present.item.partsJoin'));
  const base = sceneBaseLang(scene);
  const writingOther = base !== locale;
  const start = editedWords(scene, locale);

  return (
    <li className={`scene-item${isCurrent ? ' current' : ''}`} data-scene={scene.id} aria-current={isCurrent ? 'step' : undefined}>
      <div className="scene-item-main">
        <span className="scene-number" aria-hidden="true">
          {position}
        </span>
        <div className="scene-text">
          <p className="scene-title">
            <SceneWordsText words={words.title} mark={!words.caption?.fallback} />
          </p>
          {words.caption && (
            <p className="scene-caption">
              <SceneWordsText words={words.caption} />
            </p>
          )}
          <p className="scene-summary muted">{summary}</p>
        </div>
        <div className="scene-actions">
          <button type="button" className="button small" data-action="present" onClick={onPresent} aria-label={t('present.item.presentFromLabel', { n: position, title })}>
            {t('present.item.presentFrom')}
          </button>
          {editable && (
            <>
              <button type="button" className="button small" data-action="up" onClick={onMoveUp} disabled={position === 1} aria-label={t('present.item.moveUp', { title })}>
                ↑
              </button>
              <button type="button" className="button small" data-action="down" onClick={onMoveDown} disabled={position === count} aria-label={t('present.item.moveDown', { title })}>
                ↓
              </button>
              <button type="button" className="button small" aria-expanded={editing} aria-controls={formId} onClick={() => setEditing(!editing)} aria-label={t('present.item.editLabel', { title })}>
                {t('present.item.edit')}
              </button>
              <button type="button" className="button small danger" onClick={onDelete} aria-label={t('present.item.deleteLabel', { title })}>
                {t('present.item.delete')}
              </button>
            </>
          )}
        </div>
      </div>
      {editable && editing && (
        <form
          id={formId}
          className="scene-edit"
          aria-label={t('present.item.editForm', { n: position })}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const text = (name: string) => String(data.get(name) ?? '');
            const edit: SceneEdit = { lang: locale, title: text('title'), caption: text('caption'), notes: text('notes'), lead: text('lead') as LeadPanel };
            if (data.get('replace-view')) {
              const now = read();
              const fresh = sceneFromView({ view: { filters: now.filters, selected: now.selected }, extent: now.map.camera?.bounds ?? null, lead: edit.lead }, scene.id, edit.title, locale);
              edit.view = { filters: fresh.filters, selected: fresh.selected, map: fresh.map };
            }
            onSave(edit);
            setEditing(false);
          }}
        >
          {writingOther && (
            <p className="scene-edit-language" role="note">
              {t('present.item.writingOther', { language: t(`present.language.${locale}`), original: t(`present.language.${base}`) })}
            </p>
          )}
          <label>
            <span>{t('present.item.name')}</span>
            <input name="title" type="text" required maxLength={120} defaultValue={start.title} lang={HTML_LANG[locale]} />
          </label>
          <label>
            <span>{t('present.item.caption')}</span>
            <textarea name="caption" rows={2} maxLength={600} defaultValue={start.caption} lang={HTML_LANG[locale]} />
          </label>
          <label>
            <span>{t('present.item.notes')}</span>
            <textarea name="notes" rows={3} maxLength={5000} defaultValue={start.notes} lang={HTML_LANG[locale]} />
          </label>
          <label>
            <span>{t('present.item.lead')}</span>
            <select name="lead" defaultValue={scene.lead}>
              {LEAD_PANELS.map((panel) => (
                <option key={panel} value={panel}>
                  {t(`present.lead.${panel}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="scene-edit-check">
            <input name="replace-view" type="checkbox" />
            <span>{t('present.item.replaceView')}</span>
          </label>
          <div className="scene-edit-buttons">
            <button type="submit" className="button primary small">
              {t('present.item.save')}
            </button>
            <button type="button" className="button small" onClick={() => setEditing(false)}>
              {t('present.item.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
