import { useEffect, useState } from 'react';

export interface Health {
  status: 'ok' | 'degraded';
  postgres: 'up' | 'down';
  temporal: 'up' | 'down';
}

/** The API's /health, refreshed every few seconds; null until the first answer. */
export function useHealth(intervalMs = 5_000): Health | 'unreachable' | null {
  const [health, setHealth] = useState<Health | 'unreachable' | null>(null);
  useEffect(() => {
    let cancelled = false;
    const load = () =>
      fetch('/health')
        .then((response) => response.json() as Promise<Health>)
        .then((body) => !cancelled && setHealth(body))
        .catch(() => !cancelled && setHealth('unreachable'));
    void load();
    const timer = setInterval(load, intervalMs);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, [intervalMs]);
  return health;
}
