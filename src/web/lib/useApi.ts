import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './api.ts';
import { huidigeTaal, translate } from './i18n.tsx';

/** Fetch a GET endpoint per path (null: nothing yet); `opnieuw()` fetches again (after a change). */
export function useApiGet<T>(path: string | null): { data: T | null; fout: string | null; opnieuw: () => void } {
  const [state, setState] = useState<{ data: T | null; fout: string | null }>({ data: null, fout: null });
  const [teller, setTeller] = useState(0);
  useEffect(() => {
    if (path === null) {
      setState({ data: null, fout: null });
      return;
    }
    let cancelled = false;
    api<T>(path)
      .then((data) => !cancelled && setState({ data, fout: null }))
      .catch((e: unknown) => !cancelled && setState({ data: null, fout: errorText(e) }));
    return () => {
      cancelled = true;
    };
  }, [path, teller]);
  const opnieuw = useCallback(() => setTeller((t) => t + 1), []);
  return { ...state, opnieuw };
}

/**
 * What the user reads when a call fails, in B1 and in her language: session, connection and server failures
 * in fixed words (never a status number); a refusal with the server's B1 reason in Dutch ("U bent geen lid
 * van deze casus") or the fixed text; otherwise the server's explanation.
 */
export function errorText(e: unknown): string {
  const taal = huidigeTaal();
  if (!(e instanceof ApiError)) return translate(taal, 'fout.server');
  const { code, status } = e.problem;
  if (code === 'geen_toegang') return taal === 'nl' && e.problem.detail ? e.problem.detail : translate(taal, 'fout.geenRecht');
  if (code === 'niet_ingelogd') return translate(taal, 'fout.nietIngelogd');
  if (code === 'netwerk') return translate(taal, 'fout.netwerk');
  if (status >= 500) return translate(taal, 'fout.server');
  return e.problem.detail ?? e.problem.title;
}
