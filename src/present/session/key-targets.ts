/** Where a key press belongs to the focused control rather than to the presentation. */

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'month', 'week', 'time', 'datetime-local']);

/** Typing in a field: no presentation shortcut applies (P must type a "p"). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && TEXT_INPUT_TYPES.has(target.type);
}

const ACTIVATION_KEYS = new Set([' ', 'Enter']);
const MOVE_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
const ARROW_ROLES = new Set(['slider', 'spinbutton', 'listbox', 'option', 'menu', 'menuitem', 'menuitemradio', 'menuitemcheckbox', 'tab', 'tablist', 'radio', 'radiogroup', 'grid', 'gridcell', 'tree', 'treeitem']);

/**
 * The focused element uses this key itself: Space/Enter press a button, arrows move a slider or
 * pan the focused map. Stepping then leaves the key alone.
 */
export function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (ACTIVATION_KEYS.has(key) && target.closest('button, a[href], summary, input, [role="button"], [role="link"], [role="checkbox"], [role="switch"]')) return true;
  if (!MOVE_KEYS.has(key)) return false;
  if (target instanceof HTMLInputElement && (target.type === 'range' || target.type === 'radio')) return true;
  const role = target.getAttribute('role');
  if (role && ARROW_ROLES.has(role)) return true;
  // Leaflet pans the focused map with the arrow keys.
  return key.startsWith('Arrow') && target.closest('.leaflet-container') !== null;
}
