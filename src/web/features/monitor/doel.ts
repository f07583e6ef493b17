import { formatteer } from '../../components/kaart.ts';
import type { Indicator } from './api.ts';

/** A programme target in words: the value when the gemeente set one, otherwise that it did not (and the ambition). */
export function doelTekst(doel: Indicator['doel'], eenheid: string, kort = false): string {
  if (!doel) return kort ? '—' : '';
  if (doel.vastgesteld && doel.operator && doel.waarde !== null) {
    const w = `${kort ? (doel.operator === '<=' ? '≤' : '≥') : doel.operator === '<=' ? 'hoogstens' : 'minstens'} ${formatteer(doel.waarde, eenheid)}`;
    return kort ? `${w} (${doel.programma.naam})` : `Doel ${doel.programma.naam}: ${w}.`;
  }
  const amb = doel.ambitie ? ` Ambitie: ${doel.ambitie}.` : '';
  return `${doel.programma.naam}: geen streefwaarde vastgesteld.${amb}`;
}
