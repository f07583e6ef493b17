import { useI18n } from '../../lib/i18n.tsx';

const KLEUREN = { groen: '#1e7b34', oranje: '#b45f00', rood: '#b4262a' } as const;

/** A progress colour as a dot and its words (the colour alone would fail WCAG 1.4.1). */
export function Kleur({ kleur, datum }: { kleur: 'groen' | 'oranje' | 'rood' | null; datum?: string | null }) {
  const { t } = useI18n();
  if (!kleur) return <span className="bv-muted">{t('programma.nogNiet')}</span>;
  const woord = t(`programma.kleur.${kleur}`);
  return (
    <span className="bv-kleur" data-kleur={kleur}>
      <svg width="12" height="12" aria-hidden="true">
        <circle cx="6" cy="6" r="5" fill={KLEUREN[kleur]} />
      </svg>{' '}
      {datum ? t('programma.kleurOp', { kleur: woord, datum }) : woord}
    </span>
  );
}
