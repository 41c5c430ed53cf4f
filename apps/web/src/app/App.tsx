import { QueryClientProvider } from '@tanstack/react-query';
import { lazy } from 'react';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { queryClient } from '../api/query-client';
import { AuthProvider, useAuth } from './auth';
import { Layout } from './Layout';
import { SignInPage } from './SignInPage';

// Each section loads when first opened: the editor (React Flow, forms) is most of the code.
const page = <K extends string>(load: () => Promise<Record<K, () => React.JSX.Element>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const EditorPage = page(() => import('../editor/EditorPage'), 'EditorPage');
const AnalyticsPage = page(() => import('../pages/analytics/AnalyticsPage'), 'AnalyticsPage');
const ContactPage = page(() => import('../pages/contacts/ContactPage'), 'ContactPage');
const ContactsPage = page(() => import('../pages/contacts/ContactsPage'), 'ContactsPage');
const ExperimentsPage = page(() => import('../pages/experiments/ExperimentsPage'), 'ExperimentsPage');
const InboxPage = page(() => import('../pages/inbox/InboxPage'), 'InboxPage');
const JourneysPage = page(() => import('../pages/journeys/JourneysPage'), 'JourneysPage');
const SegmentPage = page(() => import('../pages/segments/SegmentPage'), 'SegmentPage');
const SegmentsPage = page(() => import('../pages/segments/SegmentsPage'), 'SegmentsPage');

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <HashRouter>
          <SignedIn />
        </HashRouter>
      </AuthProvider>
    </QueryClientProvider>
  );
}

function SignedIn() {
  const { apiKey } = useAuth();
  if (!apiKey) return <SignInPage />;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/journeys" replace />} />
        <Route path="journeys" element={<JourneysPage />} />
        <Route path="journeys/:id" element={<EditorPage />} />
        <Route path="journeys/:id/experiments" element={<ExperimentsPage />} />
        <Route path="segments" element={<SegmentsPage />} />
        <Route path="segments/:id" element={<SegmentPage />} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="contacts/:id" element={<ContactPage />} />
        <Route path="analytics" element={<AnalyticsPage />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="*" element={<p>Nothing here. <a href="#/journeys">Back to journeys</a></p>} />
      </Route>
    </Routes>
  );
}
