import { Component, type ReactNode } from 'react';

/** A page that crashes shows what happened instead of blanking the whole app; navigating away resets it (keyed by route). */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <section className="page">
        <div role="alert" className="banner error">
          <strong>This page failed: {this.state.error.message}</strong>
          <p>Your saved work is safe. <button type="button" className="link" onClick={() => this.setState({ error: null })}>Try again</button></p>
        </div>
      </section>
    );
  }
}
