import { Suspense } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { Loading } from '../ui/Page';
import { useHealth } from '../use-health';
import { useAuth } from './auth';
import { useWorkspace } from './workspace';

const SECTIONS = [
  { to: '/journeys', label: 'Journeys' },
  { to: '/segments', label: 'Segments' },
  { to: '/contacts', label: 'Contacts' },
  { to: '/analytics', label: 'Analytics' },
  { to: '/inbox', label: 'Sandbox inbox' },
];

export function Layout() {
  const { signOut } = useAuth();
  const location = useLocation();
  const workspace = useWorkspace();
  const health = useHealth(15_000);
  const degraded = health === 'unreachable' || (health !== null && health.status !== 'ok');
  return (
    <div className="shell">
      <nav className="sidebar" aria-label="sections">
        <div className="brand">Cascade</div>
        <div className="workspace" data-testid="workspace-name">{workspace.data?.name ?? '…'}</div>
        {SECTIONS.map((section) => (
          <NavLink key={section.to} to={section.to} className={({ isActive }) => (isActive ? 'active' : undefined)}>{section.label}</NavLink>
        ))}
        <div className="sidebar-foot">
          {degraded && <p role="alert" className="error small">{health === 'unreachable' ? 'The API does not answer.' : 'Postgres or Temporal is down.'}</p>}
          <button type="button" className="link" onClick={signOut}>Sign out</button>
        </div>
      </nav>
      <main className="content">
        <ErrorBoundary key={location.pathname}>
          <Suspense fallback={<div className="page"><Loading what="the page" /></div>}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
