import { useEffect, useState } from 'react';
import { api, ApiError } from './api.ts';

/** Fetch a GET endpoint once per path; returns the data or a user-facing error text. */
export function useApiGet<T>(path: string): { data: T | null; fout: string | null } {
  const [state, setState] = useState<{ data: T | null; fout: string | null }>({ data: null, fout: null });
  useEffect(() => {
    let cancelled = false;
    api<T>(path)
      .then((data) => !cancelled && setState({ data, fout: null }))
      .catch((e: unknown) => !cancelled && setState({ data: null, fout: errorText(e) }));
    return () => {
      cancelled = true;
    };
  }, [path]);
  return state;
}

export function errorText(e: unknown): string {
  return e instanceof ApiError ? (e.problem.detail ?? e.problem.title) : String(e);
}
