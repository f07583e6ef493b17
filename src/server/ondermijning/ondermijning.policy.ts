import type { Gebruiker } from '../toegang/toegang.service.ts';
import type { Vertrouwelijkheid } from './ondermijning.tables.ts';

/**
 * The compartment's one access rule (ADR 0010), in two forms that must agree: for one record (magLezen), and
 * as the confidentiality levels a query may return (leesbareNiveaus), so lists and counts never include what the
 * reader may not see. confidentieel: the compartment
 * (ondermijning:lezen); geheim: only who handles signals (ondermijning:behandelen). Nobody else, whatever
 * other permission they hold.
 */
export function magLezen(g: Gebruiker, r: { vertrouwelijkheid: Vertrouwelijkheid }): boolean {
  if (!g.permissies.includes('ondermijning:lezen')) return false;
  return r.vertrouwelijkheid === 'confidentieel' || g.permissies.includes('ondermijning:behandelen');
}

export function leesbareNiveaus(g: Gebruiker): Vertrouwelijkheid[] {
  if (!g.permissies.includes('ondermijning:lezen')) return [];
  return g.permissies.includes('ondermijning:behandelen') ? ['confidentieel', 'geheim'] : ['confidentieel'];
}
