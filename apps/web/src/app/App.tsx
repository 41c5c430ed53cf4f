import { QueryClientProvider } from '@tanstack/react-query';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { queryClient } from '../api/query-client';
import { EditorPage } from '../editor/EditorPage';
import { AnalyticsPage } from '../pages/analytics/AnalyticsPage';
import { ContactPage } from '../pages/contacts/ContactPage';
import { ContactsPage } from '../pages/contacts/ContactsPage';
import { ExperimentsPage } from '../pages/experiments/ExperimentsPage';
import { InboxPage } from '../pages/inbox/InboxPage';
import { JourneysPage } from '../pages/journeys/JourneysPage';
import { SegmentPage } from '../pages/segments/SegmentPage';
import { SegmentsPage } from '../pages/segments/SegmentsPage';
import { AuthProvider, useAuth } from './auth';
import { Layout } from './Layout';
import { SignInPage } from './SignInPage';

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
