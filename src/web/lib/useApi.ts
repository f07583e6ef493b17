import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './api.ts';

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

export function errorText(e: unknown): string {
  return e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : String(e);
}
