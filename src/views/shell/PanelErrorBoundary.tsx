import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** What failed, in words: "the map". */
  name: string;
  children: ReactNode;
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
    console.error(`The ${this.props.name} failed:`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel panel-error" role="alert">
        <p>
          <strong>The {this.props.name} could not be shown.</strong> {this.state.error.message}
        </p>
        <p>The rest of the dashboard still works. Your filters are in the address bar and are kept.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
