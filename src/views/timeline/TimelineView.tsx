import { useDashboard } from '../dashboard-context';

export function TimelineView() {
  const { filtered } = useDashboard();
  return (
    <div className="panel">
      <h2>Timeline</h2>
      <p className="muted">{filtered.length} initiatives in time.</p>
    </div>
  );
}
