import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../platform/db-schema.ts';
import { AppError, GEEN_RECHT } from '../platform/errors.ts';
import type { Kijker, Zichtbaarheid } from '../platform/zichtbaarheid.ts';
import { hasPermissie, type Gebruiker } from '../toegang/toegang.service.ts';
import type { ZaaktypenInstellingen } from './casussen.config.ts';
import * as repo from './casussen.repository.ts';
import type { ZaakRow } from './casussen.tables.ts';

export type Toegang = 'volledig' | 'partner';

/** How one user may look at one casus; the only source of a {@link Kijker} in this module. */
export interface CasusToegang {
  zaak: ZaakRow;
  toegang: Toegang;
  kijker: Kijker;
  /** An ended membership inside its read-only window, or a break-glass read. */
  alleenLezen: boolean;
  doorbraak: boolean;
}

const DAG = 86_400_000;

/**
 * Need-to-know for casussen: permission ∧ membership, and the membership's period. Personal members with
 * `casussen:lezen` read as the owning team (`volledig`); users of a member organisation read as a partner.
 * An ended membership reads nothing, or — within the configured read-only window — only what was recorded
 * before it ended. Item visibility is then decided by the platform policy (`platform/zichtbaarheid.ts`).
 */
export async function casusToegang(
  db: Kysely<DB> | Transaction<DB>,
  cfg: ZaaktypenInstellingen,
  zaakId: string,
  g: Gebruiker | null,
  now = new Date(),
): Promise<CasusToegang> {
  if (!g) throw new AppError('niet_ingelogd');
  const zaak = await repo.findById(db, zaakId);
  const rijen = zaak ? await repo.lidmaatschappen(db, zaakId, g.id, g.organisatie.id) : [];
  const persoonlijk = rijen.filter((r) => r.gebruiker_id === g.id);
  const viaOrganisatie = rijen.filter((r) => r.organisatie_id === g.organisatie.id);
  const magPersoonlijk = hasPermissie(g, 'casussen:lezen');
  const magPartner = hasPermissie(g, 'taken:behandelen') || hasPermissie(g, 'casussen:lezen');
  const rollen = [...new Set([...g.rollen, ...rijen.filter((r) => r.tot === null).map((r) => r.rol)])];
  const kijker = (intern: boolean, tot: Date | null): Kijker => ({ gebruikerId: g.id, intern, organisatieId: g.organisatie.id, rollen, tot });

  if (zaak) {
    if (magPersoonlijk && persoonlijk.some((r) => r.tot === null)) return { zaak, toegang: 'volledig', kijker: kijker(true, null), alleenLezen: false, doorbraak: false };
    if (magPartner && viaOrganisatie.some((r) => r.tot === null)) return { zaak, toegang: 'partner', kijker: kijker(false, null), alleenLezen: false, doorbraak: false };
    // Ended: the most recent end decides, and only inside the read-only window.
    const venster = cfg.lidmaatschap.leesvensterDagen * DAG;
    const laatste = (rs: typeof rijen) => rs.reduce<Date | null>((m, r) => (r.tot && (!m || r.tot > m) ? r.tot : m), null);
    const eindP = magPersoonlijk ? laatste(persoonlijk) : null;
    const eindO = magPartner ? laatste(viaOrganisatie) : null;
    if (venster > 0 && eindP && now.getTime() - eindP.getTime() <= venster) return { zaak, toegang: 'volledig', kijker: kijker(true, eindP), alleenLezen: true, doorbraak: false };
    if (venster > 0 && eindO && now.getTime() - eindO.getTime() <= venster) return { zaak, toegang: 'partner', kijker: kijker(false, eindO), alleenLezen: true, doorbraak: false };
  }
  // Same answer whether the zaak exists or not: its existence is itself need-to-know.
  throw new AppError('geen_toegang', 'U bent geen lid van deze casus (of uw lidmaatschap is beëindigd).');
}

/**
 * Break-glass: a named role (`casussen:doorbreken`) reads a casus it is not a member of, read-only, with a
 * mandatory reason; the caller logs it as `casus.doorbreken` so the FG sees it in the verwerkingenlog.
 */
export async function doorbraakToegang(db: Kysely<DB> | Transaction<DB>, zaakId: string, g: Gebruiker | null, reden: string): Promise<CasusToegang> {
  if (!g) throw new AppError('niet_ingelogd');
  if (!hasPermissie(g, 'casussen:doorbreken')) throw new AppError('geen_toegang', GEEN_RECHT);
  if (reden.trim().length < 10) throw new AppError('validatie', 'Geef een reden van minstens 10 tekens.', [{ veld: 'reden', melding: 'minstens 10 tekens' }]);
  const zaak = await repo.findById(db, zaakId);
  if (!zaak) throw new AppError('niet_gevonden');
  return {
    zaak,
    toegang: 'volledig',
    kijker: { gebruikerId: g.id, intern: true, organisatieId: g.organisatie.id, rollen: g.rollen, tot: null },
    alleenLezen: true,
    doorbraak: true,
  };
}

/** Who may change a casus: a current personal member with `casussen:behandelen`; locks the row. */
export async function alsBehandelaar(trx: Transaction<DB>, cfg: ZaaktypenInstellingen, zaakId: string, g: Gebruiker | null): Promise<ZaakRow> {
  const t = await casusToegang(trx, cfg, zaakId, g);
  if (t.toegang !== 'volledig' || t.alleenLezen || !hasPermissie(g, 'casussen:behandelen')) {
    throw new AppError('geen_toegang', 'Alleen leden met de rol casushouder kunnen deze casus wijzigen.');
  }
  const locked = await repo.findById(trx, zaakId, true);
  if (!locked) throw new AppError('niet_gevonden');
  if (locked.einddatum) throw new AppError('conflict', 'Deze casus is afgesloten.');
  return locked;
}

/** The default visibility of an item kind, from the case-type config. */
export function standaardZichtbaarheid(cfg: ZaaktypenInstellingen, item: keyof ZaaktypenInstellingen['zichtbaarheid'], organisatieId?: string): Zichtbaarheid {
  const soort = cfg.zichtbaarheid[item];
  // Without a named organisation an `organisatie` default falls back to the narrower `intern`.
  if (soort === 'organisatie') return organisatieId ? { soort, voor: organisatieId } : { soort: 'intern', voor: null };
  return { soort, voor: null };
}
