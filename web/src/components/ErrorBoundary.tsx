import { Component } from 'react';
import type { ReactNode } from 'react';
import { apiError } from '../relay/errors';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** ErrorBoundary shows a failed screen's error with a way to try again. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const api = apiError(error);
    const notFound = api?.has('NOT_FOUND');
    const forbidden = api?.has('FORBIDDEN');
    return (
      <div className="panel error-panel" role="alert">
        <h1>{notFound ? 'Not found' : forbidden ? 'Not allowed' : 'Something went wrong'}</h1>
        <p>{error.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
