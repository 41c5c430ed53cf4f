import { createContext, useContext, useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { storeApiKey, storedApiKey } from '../api/client';

interface Auth {
  apiKey: string | null;
  signIn(key: string): void;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [apiKey, setApiKey] = useState(storedApiKey);
  const queries = useQueryClient();
  const auth: Auth = {
    apiKey,
    signIn(key) {
      storeApiKey(key);
      setApiKey(key);
    },
    signOut() {
      storeApiKey(null);
      setApiKey(null);
      queries.clear(); // nothing of one workspace shows in another
    },
  };
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}
