import { useState, type FormEvent } from 'react';
import { api, ApiError } from '../api/client';
import type { Workspace } from './workspace';
import { useAuth } from './auth';

/** Sign in with a workspace API key: `npm start` prints one, `npm run cli -- workspace create <name>` makes more. */
export function SignInPage() {
  const { signIn } = useAuth();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    setError(null);
    try {
      await api<Workspace>('/api/v1/workspace', { key: key.trim() });
      signIn(key.trim());
    } catch (failure) {
      setError(failure instanceof ApiError && failure.status === 401 ? 'This key is not valid.' : `The API did not answer: ${(failure as Error).message}`);
    } finally {
      setChecking(false);
    }
  }

  return (
    <main className="sign-in">
      <form onSubmit={submit} className="card">
        <h1>Cascade</h1>
        <p className="muted">Journey automation for CRM marketing.</p>
        <label className="field">
          <span>Workspace API key</span>
          <input name="apiKey" type="password" autoComplete="off" value={key} onChange={(event) => setKey(event.target.value)} placeholder="csk_…" autoFocus />
        </label>
        {error && <p role="alert" className="error">{error}</p>}
        <button className="primary" type="submit" disabled={!key.trim() || checking}>{checking ? 'Checking…' : 'Sign in'}</button>
        <p className="muted small"><code>npm start</code> prints the Demo workspace's key; <code>npm run cli -- workspace create &lt;name&gt;</code> makes more.</p>
      </form>
    </main>
  );
}
