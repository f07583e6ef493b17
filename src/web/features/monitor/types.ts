// Response shapes of the monitor API used by the monitor pages (to be replaced by the shared API contract).

export interface Indicator {
  code: string;
  naam: string;
  definitie: string;
  eenheid: string;
  bron: string;
  richting: 'lager_beter' | 'hoger_beter' | 'neutraal';
  doel: { operator: string; waarde: number; jaar?: number; bron?: string } | null;
  soort: 'objectief' | 'beleving';
}

export interface Observatie {
  gebied: { code: string; naam: string };
  periode: string;
  waarde: number | null;
  teller: number | null;
  noemer: number | null;
  interval: [number, number] | null;
  status: string;
  geheim: boolean;
  afgeleid: boolean;
  bron: string;
  doelStatus: 'op_koers' | 'niet_op_koers' | null;
  respondenten: number | null;
  waarschuwing: string | null;
}

/**
 * The analyst's and the board's picture: one indicator per buurt or wijk for a period, as a choropleth and as
 * a table (the accessible route to the same figures), with the trend of a chosen area and exports.
 */
