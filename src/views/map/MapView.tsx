import { useDashboard } from '../dashboard-context';

export function MapView() {
  const { filtered } = useDashboard();
  return (
    <div className="panel">
      <h2>Map</h2>
      <p className="muted">{filtered.length} initiatives to place.</p>
    </div>
  );
}
