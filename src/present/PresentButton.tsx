import { useDashboard } from '../views/dashboard-context';

/** The header's "Present" button; key P does the same. */
export function PresentButton() {
  const { setPresenting } = useDashboard();
  return (
    <button type="button" className="button" onClick={() => setPresenting(true)}>
      Present
    </button>
  );
}
