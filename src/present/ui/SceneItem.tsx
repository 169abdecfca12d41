import { useId, useState } from 'react';
import { useCore } from '../../store/dashboard-context';
import { useActions } from '../../store/use-controls';
import { LEAD_PANELS, type LeadPanel } from '../../store/view-state';
import { toFilterChips } from '../../filters/filter-chips';
import type { Scene } from '../deck/deck-schema';
import { sceneFilters, sceneFromView } from '../deck/scene-view';

/** What the edit form changes: text, leading panel, and optionally the whole view. */
export interface SceneEdit {
  title: string;
  caption: string;
  notes: string;
  lead: LeadPanel;
  view?: Pick<Scene, 'filters' | 'selected' | 'map'>;
}

const LEAD_LABELS: Record<LeadPanel, string> = { map: 'Map', timeline: 'Timeline', charts: 'Charts', details: 'Details' };

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

export function SceneItem({ scene, position, count, isCurrent, editable, onPresent, onMoveUp, onMoveDown, onDelete, onSave }: Props) {
  const dashboard = useCore();
  const { read } = useActions();
  const [editing, setEditing] = useState(false);
  const formId = useId();
  const chips = toFilterChips(sceneFilters(scene), dashboard.dataset).map((chip) => chip.label);
  const selected = scene.selected ? (dashboard.index.byId.get(scene.selected)?.initiative.title ?? scene.selected) : null;
  const summary = [`leads with ${LEAD_LABELS[scene.lead]}`, chips.length ? chips.join('; ') : 'no filters', selected ? `selects “${selected}”` : null].filter(Boolean).join(' · ');

  return (
    <li className={`scene-item${isCurrent ? ' current' : ''}`} data-scene={scene.id} aria-current={isCurrent ? 'step' : undefined}>
      <div className="scene-item-main">
        <span className="scene-number" aria-hidden="true">
          {position}
        </span>
        <div className="scene-text">
          <p className="scene-title">{scene.title}</p>
          {scene.caption && <p className="scene-caption">{scene.caption}</p>}
          <p className="scene-summary muted">{summary}</p>
        </div>
        <div className="scene-actions">
          <button type="button" className="button small" data-action="present" onClick={onPresent} aria-label={`Present from scene ${position}: ${scene.title}`}>
            Present from here
          </button>
          {editable && (
            <>
              <button type="button" className="button small" data-action="up" onClick={onMoveUp} disabled={position === 1} aria-label={`Move “${scene.title}” up`}>
                ↑
              </button>
              <button type="button" className="button small" data-action="down" onClick={onMoveDown} disabled={position === count} aria-label={`Move “${scene.title}” down`}>
                ↓
              </button>
              <button type="button" className="button small" aria-expanded={editing} aria-controls={formId} onClick={() => setEditing(!editing)} aria-label={`Edit “${scene.title}”`}>
                Edit
              </button>
              <button type="button" className="button small danger" onClick={onDelete} aria-label={`Delete “${scene.title}”`}>
                Delete
              </button>
            </>
          )}
        </div>
      </div>
      {editable && editing && (
        <form
          id={formId}
          className="scene-edit"
          aria-label={`Edit scene ${position}`}
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const text = (name: string) => String(data.get(name) ?? '');
            const edit: SceneEdit = { title: text('title'), caption: text('caption'), notes: text('notes'), lead: text('lead') as LeadPanel };
            if (data.get('replace-view')) {
              const now = read();
              const fresh = sceneFromView({ view: { filters: now.filters, selected: now.selected }, extent: now.map.camera?.bounds ?? null, lead: edit.lead }, scene.id, edit.title);
              edit.view = { filters: fresh.filters, selected: fresh.selected, map: fresh.map };
            }
            onSave(edit);
            setEditing(false);
          }}
        >
          <label>
            <span>Name</span>
            <input name="title" type="text" required maxLength={120} defaultValue={scene.title} />
          </label>
          <label>
            <span>Caption (on screen)</span>
            <textarea name="caption" rows={2} maxLength={600} defaultValue={scene.caption} />
          </label>
          <label>
            <span>Speaker notes (presenter view only)</span>
            <textarea name="notes" rows={3} maxLength={5000} defaultValue={scene.notes} />
          </label>
          <label>
            <span>Leading panel</span>
            <select name="lead" defaultValue={scene.lead}>
              {LEAD_PANELS.map((panel) => (
                <option key={panel} value={panel}>
                  {LEAD_LABELS[panel]}
                </option>
              ))}
            </select>
          </label>
          <label className="scene-edit-check">
            <input name="replace-view" type="checkbox" />
            <span>Replace its view with the current one (filters, selection, map extent)</span>
          </label>
          <div className="scene-edit-buttons">
            <button type="submit" className="button primary small">
              Save
            </button>
            <button type="button" className="button small" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
