import { formatteer } from '../../components/kaart.ts';
import { huidigeTaal, translate } from '../../lib/i18n.tsx';
import type { Indicator } from './api.ts';

/**
 * A programme target in words, in the user's language: the value when the gemeente set one, otherwise that it
 * did not (and the ambition, in the words of the programme).
 */
export function doelTekst(doel: Indicator['doel'], eenheid: string, kort = false): string {
  const taal = huidigeTaal();
  if (!doel) return kort ? '—' : '';
  if (doel.vastgesteld && doel.operator && doel.waarde !== null) {
    if (kort) return `${doel.operator === '<=' ? '≤' : '≥'} ${formatteer(doel.waarde, eenheid)} (${doel.programma.naam})`;
    const operator = translate(taal, doel.operator === '<=' ? 'doel.hoogstens' : 'doel.minstens');
    return translate(taal, 'doel.waarde', { programma: doel.programma.naam, operator, waarde: formatteer(doel.waarde, eenheid) });
  }
  const amb = doel.ambitie ? translate(taal, 'doel.ambitie', { ambitie: doel.ambitie }) : '';
  return `${translate(taal, 'doel.geen', { programma: doel.programma.naam })}${amb}`;
}
