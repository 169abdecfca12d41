import { useDashboard } from '../dashboard-context';

export function ChartsView() {
  const { filtered } = useDashboard();
  return (
    <div className="panel">
      <h2>Charts</h2>
      <p className="muted">{filtered.length} initiatives to chart.</p>
    </div>
  );
}
