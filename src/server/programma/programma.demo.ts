import type { AppContext } from '../platform/context.ts';
import { SYSTEEM } from '../verwerkingenlog/verwerkingenlog.service.ts';
import type { DemoAgenda } from './programma.service.ts';

const SYSTEEM_CTX = { actor: SYSTEEM };

const MARIABERG = 'BU09350201';
const POTTENBERG = 'BU09350203';
const WITTEVROUWENVELD = 'BU09350402';
const NAZARETH = 'BU09350403';
const LIMMEL = 'BU09350404';
const BINNENSTAD = 'BU09350000';
const WYCK = 'BU09350006';

/**
 * A plausible uitvoeringsagenda 2025-2026 under MJP 2023-2026, invented for the demo and marked demo in every
 * screen and export. It shows the shape of the work (partners as owners, performance agreements with the
 * housing corporations, buurt-bound measures); it is not Maastricht's agenda.
 */
export const DEMO_AGENDA: DemoAgenda = {
  code: 'ua-2025-2026',
  programma: 'mjp-2023-2026',
  titel: 'Uitvoeringsagenda Veiligheid 2025-2026 (demo)',
  van: '2025-01-01',
  tot: '2026-12-31',
  status: 'in_uitvoering',
  actiepunten: [
    {
      code: 'ond-informatie', thema: 'ondermijning', titel: 'Informatiepositie ondermijning', afdeling: 'OOV',
      maatregelen: [
        { code: 'ond-1', titel: 'Actueel ondermijningsbeeld per wijk, samen met het RIEC', soort: 'bestuurlijk', eigenaar: 'gemeente-oov', partners: ['politie-limburg', 'om-limburg'], randvoorwaarden: ['informatiegestuurd', 'samenwerking'], start: '2025-02-01', eind: '2025-12-31', budget: 40000, status: 'afgerond', voortgang: [{ datum: '2025-12-15', kleur: 'groen', tekst: 'Ondermijningsbeeld opgeleverd en besproken in de driehoek.' }] },
        { code: 'ond-2', titel: 'Vastgoed in Beeld: screening van panden in de binnenstad', soort: 'bestuurlijk', eigenaar: 'gemeente-oov', partners: ['politie-limburg'], buurten: [BINNENSTAD, WYCK], randvoorwaarden: ['gebiedsgericht', 'informatiegestuurd'], start: '2025-03-01', eind: '2026-12-31', budget: 85000, status: 'lopend', voortgang: [{ datum: '2025-09-30', kleur: 'oranje', tekst: 'Eerste 120 panden gescreend; capaciteit bij de politie is krap.' }, { datum: '2026-03-31', kleur: 'groen', tekst: '310 panden gescreend, 6 Bibob-toetsen gestart.' }] },
      ],
    },
    {
      code: 'ond-weerbaar', thema: 'ondermijning', titel: 'Weerbaarheid van organisatie, inwoners en ondernemers', afdeling: 'OOV',
      maatregelen: [
        { code: 'ond-3', titel: 'Training "ondermijning herkennen" voor medewerkers vergunningen en toezicht', soort: 'preventie', eigenaar: 'gemeente-oov', randvoorwaarden: ['preventie_repressie'], start: '2025-04-01', eind: '2026-06-30', budget: 15000, status: 'lopend', voortgang: [{ datum: '2026-02-01', kleur: 'groen', tekst: 'Vier van de zes trainingen gegeven, 85 deelnemers.' }] },
      ],
    },
    {
      code: 'hic-inbraak', thema: 'vvc_hic', titel: 'Woninginbraak voorkomen', afdeling: 'OOV',
      maatregelen: [
        { code: 'hic-1', titel: 'Buurtberichten na een inbraak (near-repeat) met tips voor de buren', soort: 'preventie', eigenaar: 'gemeente-oov', partners: ['politie-limburg'], randvoorwaarden: ['informatiegestuurd', 'preventie_repressie'], start: '2025-01-01', eind: '2026-12-31', budget: 10000, status: 'lopend', publiek: true, voortgang: [{ datum: '2026-01-15', kleur: 'groen', tekst: 'Alerts lopen; 14 buurtberichten verstuurd in het najaar.' }] },
        { code: 'hic-2', titel: 'Inbraakpreventie-advies en hang-en-sluitwerk in huurwoningen', soort: 'preventie', eigenaar: 'woonpunt', eigenaarNaam: 'Team leefbaarheid', partners: ['gemeente-oov'], buurten: [MARIABERG, POTTENBERG], randvoorwaarden: ['gebiedsgericht', 'samenwerking'], start: '2025-05-01', eind: '2026-10-31', budget: 60000, status: 'lopend', publiek: true, voortgang: [{ datum: '2025-11-30', kleur: 'oranje', tekst: 'Levering van sloten vertraagd; planning schuift twee maanden.' }] },
      ],
    },
    {
      code: 'ovl-woon', thema: 'overlast', titel: 'Zware woonoverlast', afdeling: 'OOV',
      maatregelen: [
        { code: 'ovl-1', titel: 'Integrale aanpak zware woonoverlast met de ladder van art. 151d', soort: 'bestuurlijk', eigenaar: 'gemeente-oov', partners: ['woonpunt', 'servatius', 'maasvallei', 'veiligheidshuis'], randvoorwaarden: ['preventie_repressie', 'samenwerking'], start: '2025-01-01', eind: '2026-12-31', budget: 25000, status: 'lopend', voortgang: [{ datum: '2026-04-01', kleur: 'groen', tekst: 'Werkwijze vastgesteld; elke casus heeft een casushouder en een plan.' }] },
        { code: 'ovl-2', titel: 'Prestatieafspraak drugshandel vanuit huurwoningen', soort: 'civiel', eigenaar: 'woonpunt', partners: ['politie-limburg', 'gemeente-oov'], buurten: [WITTEVROUWENVELD, NAZARETH, LIMMEL], randvoorwaarden: ['gebiedsgericht', 'samenwerking'], start: '2025-01-01', eind: '2026-12-31', status: 'gestart', publiek: true },
        { code: 'ovl-3', titel: 'Prestatieafspraak drugshandel, Servatius', soort: 'civiel', eigenaar: 'servatius', partners: ['politie-limburg', 'gemeente-oov'], randvoorwaarden: ['samenwerking'], start: '2025-01-01', eind: '2026-12-31', status: 'gepland' },
      ],
    },
    {
      code: 'zv-verward', thema: 'zorg_veiligheid', titel: 'Verward en onbegrepen gedrag', afdeling: 'OOV / Sociaal domein',
      maatregelen: [
        { code: 'zv-1', titel: 'Niet-acuut meldpunt voor verward gedrag, met de ggz', soort: 'zorg', eigenaar: 'veiligheidshuis', partners: ['mondriaan', 'politie-limburg'], randvoorwaarden: ['samenwerking'], start: '2025-06-01', eind: '2026-12-31', budget: 120000, status: 'lopend', voortgang: [{ datum: '2026-03-01', kleur: 'rood', tekst: 'Bezetting van het meldpunt in de avond is niet rond.' }] },
      ],
    },
    {
      code: 'dig-bewust', thema: 'digitaal', titel: 'Digitaal bewustzijn', afdeling: 'OOV',
      maatregelen: [
        { code: 'dig-1', titel: 'Campagne tegen online fraude voor ouderen en kleine ondernemers', soort: 'preventie', eigenaar: 'gemeente-oov', partners: ['politie-limburg'], randvoorwaarden: ['preventie_repressie'], start: '2025-09-01', eind: '2026-03-31', budget: 20000, status: 'afgerond', publiek: true, voortgang: [{ datum: '2026-03-31', kleur: 'groen', tekst: 'Campagne afgerond; 9 voorlichtingen in buurtcentra.' }] },
      ],
    },
    {
      code: 'com-publiek', thema: 'communicatie', titel: 'Publieksversie en informeren', afdeling: 'Communicatie',
      maatregelen: [
        { code: 'com-1', titel: 'Publieksversie van het MJP en een veiligheidspagina per buurt', soort: 'preventie', eigenaar: 'gemeente-oov', randvoorwaarden: ['gebiedsgericht', 'samenwerking'], start: '2025-01-01', eind: '2026-12-31', status: 'lopend', publiek: true },
      ],
    },
  ],
};

/** Invented buurtagenda points (demo), some finished with their outcome for "u zei, wij deden". */
const DEMO_BUURTAGENDA = [
  { buurt: BINNENSTAD, titel: 'Minder overlast van uitgaanspubliek in de nacht', toelichting: 'Bewoners noemen geluid en vernielingen na sluitingstijd.', thema: 'overlast', prioriteit: 1, eigenaar: 'gemeente-oov', klaar: null },
  { buurt: BINNENSTAD, titel: 'Betere verlichting in de steegjes', toelichting: 'Donkere doorgangen voelen onveilig.', thema: 'vvc_hic', prioriteit: 2, eigenaar: 'gemeente-stadsbeheer', klaar: 'Twaalf lantaarns vervangen door heldere ledlampen en twee extra geplaatst.' },
  { buurt: MARIABERG, titel: 'Drugshandel rond het winkelcentrum', toelichting: 'Samen met de corporatie en de wijkagent.', thema: 'overlast', prioriteit: 1, eigenaar: 'gemeente-oov', klaar: null },
  { buurt: MARIABERG, titel: 'Veilig naar school', toelichting: 'Oversteken bij de school is gevaarlijk.', thema: 'overlast', prioriteit: 3, eigenaar: 'gemeente-stadsbeheer', klaar: 'Een zebrapad en drempels aangelegd; verkeersregelaars bij de start van het schooljaar.' },
  { buurt: WITTEVROUWENVELD, titel: 'Inbraken in de donkere maanden', toelichting: 'Tips en een buurtpreventieavond.', thema: 'vvc_hic', prioriteit: 2, eigenaar: 'gemeente-oov', klaar: null },
];

export async function demoProgramma(ctx: AppContext): Promise<void> {
  await ctx.programma.demoAgenda(DEMO_AGENDA);
  if ((await ctx.programma.buurtagenda()).length > 0) return;
  for (const p of DEMO_BUURTAGENDA) {
    const id = await ctx.programma.nieuwBuurtagendaPunt(SYSTEEM_CTX, { buurt: p.buurt, titel: p.titel, toelichting: p.toelichting, thema: p.thema, prioriteit: p.prioriteit, eigenaarOrganisatie: p.eigenaar, gepubliceerd: true }, { demo: true });
    if (p.klaar) await ctx.programma.rondAfAlsDemo(id, p.klaar);
  }
}
