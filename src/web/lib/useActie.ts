import { useCallback, useState } from 'react';
import { veldFouten } from '../components/Form.tsx';
import { ApiError } from './api.ts';
import { errorText } from './useApi.ts';

export interface ActieStand {
  /** What succeeded, in words for the user; null before the first action or after a failure. */
  gelukt: string | null;
  /** Why the last action failed (B1, in the user's language); null otherwise. */
  fout: string | null;
  /** Per-field messages of a refused form (field name → message). */
  velden: Record<string, string>;
}

/**
 * One action on a page (save, next step, retry): clears the previous outcome, runs the call, then shows
 * what happened (a fixed text, or one made from the call's answer) and refreshes the page's data. Resolves to
 * whether it worked, so a form can reset itself.
 */
export function useActie(naSucces?: () => void) {
  const [stand, setStand] = useState<ActieStand>({ gelukt: null, fout: null, velden: {} });
  const doe = useCallback(
    async <T,>(f: () => Promise<T>, gelukt: string | ((uitkomst: T) => string)): Promise<boolean> => {
      setStand({ gelukt: null, fout: null, velden: {} });
      try {
        const uitkomst = await f();
        setStand({ gelukt: typeof gelukt === 'string' ? gelukt : gelukt(uitkomst), fout: null, velden: {} });
        naSucces?.();
        return true;
      } catch (e) {
        setStand({ gelukt: null, fout: errorText(e), velden: e instanceof ApiError ? veldFouten(e.problem.fouten) : {} });
        return false;
      }
    },
    [naSucces],
  );
  return { ...stand, doe };
}
