import { useHealth } from './use-health';

export function App() {
  const health = useHealth();
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '48px auto', padding: '0 16px' }}>
      <h1>Cascade</h1>
      <p>Journey automation for CRM marketing. The journey editor arrives with the builder issue.</p>
      <h2>System status</h2>
      {health === null && <p>Checking…</p>}
      {health === 'unreachable' && <p role="alert">The API does not answer.</p>}
      {health && health !== 'unreachable' && (
        <ul aria-label="services">
          <li>Postgres: {health.postgres}</li>
          <li>Temporal: {health.temporal}</li>
        </ul>
      )}
    </main>
  );
}
