import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, setCsrfToken } from './api.ts';
import type { GebruikerApi, PubliekeConfig } from '../../contract/api/toegang.ts';
import { INGELOGD_COOKIE } from '../../contract/cookies.ts';

export type Gebruiker = GebruikerApi;
export type PublicConfig = PubliekeConfig;

interface SessionState {
  config: PublicConfig | null;
  gebruiker: Gebruiker | null;
  loading: boolean;
  login: (email: string, wachtwoord: string) => Promise<void>;
  logout: () => Promise<void>;
  can: (permissie: string) => boolean;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [config, setConfig] = useState<PublicConfig | null>(null);
  const [gebruiker, setGebruiker] = useState<Gebruiker | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const cfg = await api<PublicConfig>('/api/config').catch(() => null);
      // Only ask when the marker cookie says there is a session: no 401 on a resident's public page.
      const sessie = !document.cookie.split('; ').includes(`${INGELOGD_COOKIE}=1`)
        ? null
        : await api<{ gebruiker: Gebruiker; csrfToken: string }>('/api/sessie').catch((e: unknown) => {
            if (e instanceof ApiError && e.problem.status === 401) return null;
            throw e;
          });
      if (cancelled) return;
      setConfig(cfg);
      setCsrfToken(sessie?.csrfToken ?? null);
      setGebruiker(sessie?.gebruiker ?? null);
      setLoading(false);
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const login = useCallback(async (email: string, wachtwoord: string) => {
    const sessie = await api<{ gebruiker: Gebruiker; csrfToken: string }>('/api/sessie', { method: 'POST', body: { email, wachtwoord } });
    setCsrfToken(sessie.csrfToken);
    setGebruiker(sessie.gebruiker);
  }, []);

  const logout = useCallback(async () => {
    await api('/api/sessie', { method: 'DELETE' }).catch(() => undefined);
    setCsrfToken(null);
    setGebruiker(null);
  }, []);

  const can = useCallback((p: string) => !!gebruiker?.permissies.includes(p), [gebruiker]);

  return <SessionContext.Provider value={{ config, gebruiker, loading, login, logout, can }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside SessionProvider');
  return ctx;
}
