/** The "Filter" button in a chart's table view: pressed when its value is the active filter. */
export function TableFilterButton({ label, pressed, title, onPress }: { label: string; pressed: boolean; title?: string; onPress: () => void }) {
  return (
    <button type="button" className="button small" aria-pressed={pressed} aria-label={label} title={title} onClick={onPress}>
      Filter
    </button>
  );
}
