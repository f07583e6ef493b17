import { useMemo } from 'react';
import { useApiGet } from './useApi.ts';

type Buurten = GeoJSON.FeatureCollection<GeoJSON.Geometry, { code: string; naam: string }>;

/** The gemeente's buurten, code → name (for filters and labels); the area file is cached by the browser. */
export function useBuurtNamen(): Map<string, string> {
  const { data } = useApiGet<Buurten>('/api/gebieden?niveau=buurt');
  return useMemo(() => new Map((data?.features ?? []).map((b) => [b.properties.code, b.properties.naam])), [data]);
}
