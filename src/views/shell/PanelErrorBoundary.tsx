import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelName } from './PanelLoading';

interface Props {
  /** What failed: its name is shown in the display language ("the map", 地图). */
  panel: PanelName;
  children: ReactNode;
}

/** What a failed panel shows: what failed, the error's own words (in English, as thrown), and a reload. */
function PanelFailure({ name, error }: { name: PanelName; error: Error }) {
  const { t } = useTranslation();
  return (
    <div className="panel panel-error" role="alert">
      <p>
        <strong>{t('shell.panel.failed', { name: t(`shell.panel.name.${name}`) })}</strong> {error.message && <span lang="en">{error.message}</span>}
      </p>
      <p>{t('shell.panel.stillWorks')}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t('shell.panel.reload')}
      </button>
    </div>
  );
}

/**
 * Keeps one panel's failure (a chunk that did not load, a render error) inside that panel: it says
 * what failed and offers a retry, and the rest of the dashboard keeps working. Never a blank screen.
 */
export class PanelErrorBoundary extends Component<Props, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    // For the developer's console, not the screen.
    console.error(`The ${this.props.panel} failed:`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return <PanelFailure name={this.props.panel} error={this.state.error} />;
  }
}
