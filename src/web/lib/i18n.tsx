import * as melden from './teksten/melden.ts';
import * as start from './teksten/start.ts';
import * as enquete from './teksten/enquete.ts';
import * as taken from './teksten/taken.ts';
import * as casussen from './teksten/casussen.ts';
import * as meldingen from './teksten/meldingen.ts';
import * as melding from './teksten/melding.ts';
import * as monitor from './teksten/monitor.ts';
import * as trend from './teksten/trend.ts';
import * as profiel from './teksten/profiel.ts';
import * as gemeenten from './teksten/gemeenten.ts';
import * as alerts from './teksten/alerts.ts';
import * as rondes from './teksten/rondes.ts';
import * as inlezen from './teksten/inlezen.ts';
import * as casus from './teksten/casus.ts';
import * as analyse from './teksten/analyse.ts';
import * as programma from './teksten/programma.ts';
import * as publiek from './teksten/publiek.ts';
import * as rapportages from './teksten/rapportages.ts';
import * as participatie from './teksten/participatie.ts';
import * as ondermijning from './teksten/ondermijning.ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/**
 * UI text. Dutch first, written at B1 level; English complete (enforced by the type of `en` and by a test).
 * Keys are grouped by page; larger pages keep their texts in lib/teksten/.
 */
const basis = {
  'app.naam': 'Buurtveilig',
  'app.ondertitel': 'Samen werken aan een veilige buurt',
  'app.overslaan': 'Direct naar de inhoud',
  'app.laden': 'Bezig met laden…',
  'app.taal': 'English',
  'app.taalLabel': 'Switch to English',
  'app.demo': 'Demo-omgeving: alle gegevens zijn verzonnen.',
  'app.bron': 'Gebiedsgrenzen: Bron: CBS/PDOK (CC BY 4.0).',
  'nav.label': 'Hoofdmenu',
  'nav.start': 'Start',
  'nav.meldingen': 'Meldingen',
  'nav.casussen': 'Casussen',
  'nav.taken': 'Taken',
  'nav.monitor': 'Monitor',
  'nav.analyse': 'Analyse',
  'nav.programma': 'Programma',
  'nav.rapportages': 'Rapportages',
  'nav.ondermijning': 'Ondermijning',
  'nav.gebieden': 'Gebieden',
  'nav.beheer': 'Beheer',
  'nav.uitloggen': 'Uitloggen',
  'nav.ingelogdAls': 'Ingelogd als',
  'login.titel': 'Inloggen',
  'login.intro': 'Log in met uw e-mailadres en wachtwoord.',
  'login.email': 'E-mailadres',
  'login.wachtwoord': 'Wachtwoord',
  'login.knop': 'Inloggen',
  'login.bezig': 'Bezig met inloggen…',
  'login.demoTitel': 'Demo-accounts',
  'login.demoIntro': 'In deze demo kunt u inloggen met een van deze accounts. Het wachtwoord is voor allemaal:',
  'login.rol': 'Rol',
  'login.verplicht': 'Vul dit veld in.',
  'start.titel': 'Welkom, {naam}',
  'start.intro': 'Buurtveilig ondersteunt het Meerjarenprogramma Veiligheid van {gemeente}: gebiedsgericht, informatiegestuurd, preventief én repressief, en samen met partners.',
  'start.rollen': 'Uw rollen',
  'start.organisatie': 'Uw organisatie',
  'start.modules': 'Wat kunt u hier doen?',
  'gebieden.titel': 'Gebieden',
  'gebieden.intro': 'De wijken en buurten van {gemeente} volgens het CBS. Klik op een buurt op de kaart, of kies een buurt uit de lijst.',
  'gebieden.kaart': 'Kaart van de buurten van {gemeente}',
  'gebieden.gekozen': 'Gekozen buurt',
  'gebieden.niets': 'Nog geen buurt gekozen.',
  'gebieden.buurt': 'Buurt',
  'gebieden.code': 'Code',
  'gebieden.wijk': 'Wijk',
  'gebieden.lijst': 'Alle buurten',
  'gebieden.kies': 'Kies {naam}',
  'gebieden.aantal': '{aantal} buurten in {wijken} wijken',
  'beheer.titel': 'Beheer',
  'beheer.intro': 'Beheer van gebruikers en toezicht op de verwerking van persoonsgegevens.',
  'beheer.geenToegang': 'U heeft geen rechten voor beheer.',
  'beheer.backup': 'Backup',
  'beheer.backupUitleg': 'Download een volledige kopie van de database zoals die nu is. Daarin staan alle persoonsgegevens: bewaar het bestand versleuteld en apart van de sleutelmap. Het downloaden wordt vastgelegd in de verwerkingenlog.',
  'beheer.backupKnop': 'Backup downloaden',
  'log.titel': 'Verwerkingenlog',
  'log.intro': 'Elke verwerking van persoonsgegevens staat in deze log. Elke regel is met een hash aan de vorige gekoppeld, zodat wijzigen of verwijderen opvalt. Ook uw zoekopdracht wordt vastgelegd.',
  'log.zoek': 'Zoeken',
  'log.tekst': 'Zoekterm',
  'log.actie': 'Actie',
  'log.van': 'Vanaf (datum)',
  'log.tot': 'Tot en met (datum)',
  'log.alleenPersoonsgegevens': 'Alleen verwerkingen van persoonsgegevens',
  'log.controleer': 'Controleer de keten',
  'log.intact': 'De keten is intact: {aantal} regels gecontroleerd.',
  'log.ankers': '{aantal} ankers buiten de database gecontroleerd; het laatste zag regel {nummer}.',
  'log.geenAnkers': 'Er zijn nog geen ankers buiten de database; de keten is alleen van binnenuit gecontroleerd.',
  'log.doorbraken': 'Toon break-glass-inzages',
  'log.nietIntact': 'De keten is NIET intact. Eerste foute regel: #{nummer} ({reden}).',
  'log.nr': 'Nr.',
  'log.tijd': 'Tijdstip',
  'log.wie': 'Wie',
  'log.object': 'Object',
  'log.doel': 'Doel',
  'log.pg': 'Persoons\u00ADgegevens',
  'log.ja': 'ja',
  'log.nee': 'nee',
  'log.resultaten': '{totaal} regels gevonden',
  'log.vorige': 'Vorige',
  'log.volgende': 'Volgende',
  'log.pagina': 'Pagina {pagina} van {paginas}',
  'gebruikers.titel': 'Gebruikers',
  'gebruikers.naam': 'Naam',
  'gebruikers.email': 'E-mailadres',
  'gebruikers.organisatie': 'Organisatie',
  'gebruikers.rollen': 'Rollen',
  'gebruikers.laatst': 'Laatst ingelogd',
  'gebruikers.nooit': 'nooit',
  'gebruikers.nieuw': 'Nieuwe gebruiker',
  'gebruikers.wachtwoord': 'Eerste wachtwoord',
  'gebruikers.wachtwoordUitleg': 'Minstens 12 tekens. Geef het de gebruiker op een veilige manier door.',
  'gebruikers.kiesOrganisatie': 'Kies een organisatie',
  'gebruikers.aanmaken': 'Gebruiker aanmaken',
  'gebruikers.aangemaakt': 'Gebruiker {naam} is aangemaakt.',
  'gebruikers.status': 'Account',
  'gebruikers.actief': 'actief',
  'gebruikers.uit': 'uitgezet',
  'gebruikers.zetUit': 'Uitzetten',
  'gebruikers.zetAan': 'Weer aanzetten',
  'gebruikers.uitgezet': 'Het account van {naam} is uitgezet. Open sessies zijn beëindigd.',
  'gebruikers.aangezet': 'Het account van {naam} staat weer aan.',
  'gebruikers.rollenVan': 'Rollen van {naam}',
  'gebruikers.opslaan': 'Rollen opslaan',
  'gebruikers.rollenOpgeslagen': 'De rollen van {naam} zijn opgeslagen.',
  'gebruikers.acties': 'Wijzigen',
  'berichten.titel': 'Berichten en sjablonen',
  'berichten.intro': 'Alle e-mails en berichten die Buurtveilig verstuurt, gaan via een wachtrij. Hier ziet u wat wacht, wat verstuurd is en wat definitief niet aankwam, en past u de teksten aan.',
  'berichten.welke': 'Welke berichten',
  'berichten.alle': 'Alle',
  'berichten.wachtend': 'Wachtend',
  'berichten.verzonden': 'Verzonden',
  'berichten.dood': 'Niet aangekomen (definitief mislukt)',
  'berichten.aantal': '{totaal} berichten',
  'berichten.ontvanger': 'Ontvanger',
  'berichten.onderwerp': 'Onderwerp',
  'berichten.status': 'Status',
  'berichten.pogingen': 'Pogingen',
  'berichten.fout': 'Laatste fout',
  'berichten.aangemaakt': 'Aangemaakt',
  'berichten.opnieuw': 'Opnieuw versturen',
  'berichten.opnieuwGedaan': 'Het bericht staat weer in de wachtrij.',
  'berichten.sjablonen': 'Sjablonen',
  'berichten.sjabloonKies': 'Kies een sjabloon om aan te passen',
  'berichten.sjabloonVelden': 'U kunt deze velden gebruiken: {velden}',
  'berichten.sjabloonOnderwerp': 'Onderwerp',
  'berichten.sjabloonTekst': 'Tekst',
  'berichten.voorbeeld': 'Voorbeeld bekijken',
  'berichten.opslaan': 'Sjabloon opslaan',
  'berichten.opgeslagen': 'Het sjabloon is opgeslagen. Nieuwe berichten gebruiken de nieuwe tekst.',
  'berichten.aangepast': 'aangepast',
  'berichten.standaard': 'standaardtekst',
  'module.inOntwikkeling': 'Deze module is in ontwikkeling.',
  'module.meldingen': 'Meldingen van inwoners en partners ontvangen, beoordelen en doorzetten naar de juiste partner.',
  'module.casussen': 'Casussen met een casushouder, een dossier en de juridische stappen (zoals art. 151d Gemeentewet).',
  'module.monitor': 'Cijfers per buurt en wijk: criminaliteit, overlast, meldingen en veiligheidsbeleving, met doelen.',
  'module.analyse': 'Hotspots, near-repeat bij woninginbraak, trends en het effect van maatregelen.',
  'module.programma': "Het Meerjarenprogramma Veiligheid: thema's, ambities, uitvoeringsagenda en maatregelen.",
  'module.rapportages': 'Rapportages voor bestuur en raad: raadsrapportage, veiligheidsanalyse en voortgang, als PDF en HTML.',
  'module.ondermijning': 'Het signalenregister en het signaaloverleg van het ondermijningsteam (alleen voor het team).',
  'module.taken': 'Taken die naar uw organisatie zijn doorgezet.',
  'fout.titel': 'Er ging iets mis',
  'fout.nietGevonden': 'Deze pagina bestaat niet.',
  'fout.terug': 'Terug naar de startpagina',
  'fout.geenToegangTitel': 'Geen toegang',
  'fout.geenToegang': 'U mag deze pagina niet zien. Vraag uw beheerder om toegang.',
  'fout.geenRecht': 'U mag dit niet doen of zien. Vraag uw beheerder om toegang.',
  'fout.nietIngelogd': 'U bent niet meer ingelogd. Log opnieuw in.',
  'fout.netwerk': 'Er is geen verbinding met de server. Controleer uw internetverbinding en probeer het opnieuw.',
  'fout.server': 'Er ging bij ons iets mis. Probeer het later opnieuw.',
  'bb.titel': 'Buurtberichten over inbraak',
  'bb.intro': 'Na een inbraak is de kans op een volgende inbraak in de buurt een paar weken groter. Wilt u dan een bericht met tips? Meld u hier aan.',
  'bb.buurt': 'Uw buurt',
  'bb.kiesBuurt': 'Kies uw buurt',
  'bb.email': 'Uw e-mailadres',
  'bb.toestemming': 'Ik wil buurtberichten over inbraak in deze buurt ontvangen',
  'bb.toestemmingNodig': 'Geef aan dat u de berichten wilt ontvangen.',
  'bb.privacy': 'We gebruiken uw e-mailadres alleen voor deze berichten. In elk bericht staat een link om u af te melden; dan wissen we uw adres.',
  'bb.aanmelden': 'Aanmelden',
  'bb.controleerMail': 'Bijna klaar. We hebben u een e-mail gestuurd. Klik op de link in die e-mail om uw aanmelding te bevestigen. Dat kan {dagen} dagen. Zonder bevestiging krijgt u geen berichten.',
  'bb.bevestigTitel': 'Aanmelding bevestigen',
  'bb.bevestigUitleg': 'Klik op de knop om te bevestigen dat u buurtberichten wilt ontvangen.',
  'bb.bevestigKnop': 'Ja, ik wil buurtberichten',
  'bb.bevestigd': 'Bedankt. U krijgt voortaan buurtberichten over {buurt}.',
  'bb.afmeldLink': 'Toch niet? Meld u hier af.',
  'bb.afmeldTitel': 'Afmelden voor buurtberichten',
  'bb.afmeldUitleg': 'Klik op de knop om u af te melden. We wissen dan uw e-mailadres.',
  'bb.afmeldKnop': 'Afmelden',
  'bb.afgemeld': 'U bent afgemeld. Uw e-mailadres is gewist.',
} as const;

const nl = { ...basis, ...melden.nl, ...start.nl, ...enquete.nl, ...taken.nl, ...casussen.nl, ...meldingen.nl, ...melding.nl, ...monitor.nl, ...trend.nl, ...profiel.nl, ...gemeenten.nl, ...alerts.nl, ...rondes.nl, ...inlezen.nl, ...casus.nl, ...analyse.nl, ...programma.nl, ...publiek.nl, ...rapportages.nl, ...participatie.nl, ...ondermijning.nl } as const;

export type TextKey = keyof typeof nl;

// Complete by type: a Dutch text without its English one does not compile (and the unit test names it).
const en: Record<TextKey, string> = {
  ...melden.en,
  ...start.en,
  ...enquete.en,
  ...taken.en,
  ...casussen.en,
  ...meldingen.en,
  ...melding.en,
  ...monitor.en,
  ...trend.en,
  ...profiel.en,
  ...gemeenten.en,
  ...alerts.en,
  ...rondes.en,
  ...inlezen.en,
  ...casus.en,
  ...analyse.en,
  ...programma.en,
  ...publiek.en,
  ...rapportages.en,
  ...participatie.en,
  ...ondermijning.en,
  'bb.titel': 'Neighbourhood burglary alerts',
  'bb.intro': 'After a burglary, the risk of another one nearby is higher for a few weeks. Would you like a message with tips then? Sign up here.',
  'bb.buurt': 'Your neighbourhood',
  'bb.kiesBuurt': 'Choose your neighbourhood',
  'bb.email': 'Your e-mail address',
  'bb.toestemming': 'I want to receive burglary alerts for this neighbourhood',
  'bb.toestemmingNodig': 'Please confirm that you want to receive the alerts.',
  'bb.privacy': 'We use your e-mail address only for these alerts. Every alert has a link to unsubscribe; we then erase your address.',
  'bb.aanmelden': 'Sign up',
  'bb.controleerMail': 'Almost done. We have sent you an e-mail. Click the link in it to confirm your sign-up, within {dagen} days. Without confirmation you receive nothing.',
  'bb.bevestigTitel': 'Confirm your sign-up',
  'bb.bevestigUitleg': 'Click the button to confirm that you want to receive neighbourhood alerts.',
  'bb.bevestigKnop': 'Yes, I want the alerts',
  'bb.bevestigd': 'Thank you. From now on you will receive alerts about {buurt}.',
  'bb.afmeldLink': 'Changed your mind? Unsubscribe here.',
  'bb.afmeldTitel': 'Unsubscribe from neighbourhood alerts',
  'bb.afmeldUitleg': 'Click the button to unsubscribe. We will erase your e-mail address.',
  'bb.afmeldKnop': 'Unsubscribe',
  'bb.afgemeld': 'You have been unsubscribed. Your e-mail address has been erased.',
  'app.ondertitel': 'Working together for a safe neighbourhood',
  'app.overslaan': 'Skip to content',
  'app.laden': 'Loading…',
  'app.taal': 'Nederlands',
  'app.taalLabel': 'Naar het Nederlands',
  'app.demo': 'Demo environment: all data is fictional.',
  'app.bron': 'Area boundaries: Source: CBS/PDOK (CC BY 4.0).',
  'nav.label': 'Main menu',
  'nav.start': 'Home',
  'nav.meldingen': 'Reports',
  'nav.casussen': 'Cases',
  'nav.taken': 'Tasks',
  'nav.monitor': 'Monitor',
  'nav.analyse': 'Analysis',
  'nav.programma': 'Programme',
  'nav.rapportages': 'Reporting',
  'nav.ondermijning': 'Subversive crime',
  'nav.gebieden': 'Areas',
  'nav.beheer': 'Administration',
  'nav.uitloggen': 'Log out',
  'nav.ingelogdAls': 'Logged in as',
  'login.titel': 'Log in',
  'login.intro': 'Log in with your e-mail address and password.',
  'login.email': 'E-mail address',
  'login.wachtwoord': 'Password',
  'login.knop': 'Log in',
  'login.bezig': 'Logging in…',
  'login.demoTitel': 'Demo accounts',
  'login.demoIntro': 'In this demo you can log in with one of these accounts. The password for all of them is:',
  'login.rol': 'Role',
  'login.verplicht': 'Please fill in this field.',
  'start.titel': 'Welcome, {naam}',
  'start.intro': 'Buurtveilig supports the multi-year safety programme of {gemeente}: area-based, information-driven, preventive and repressive, together with partners.',
  'start.rollen': 'Your roles',
  'start.organisatie': 'Your organisation',
  'start.modules': 'What can you do here?',
  'gebieden.titel': 'Areas',
  'gebieden.intro': 'The districts and neighbourhoods of {gemeente} (CBS). Click a neighbourhood on the map, or pick one from the list.',
  'gebieden.kaart': 'Map of the neighbourhoods of {gemeente}',
  'gebieden.gekozen': 'Selected neighbourhood',
  'gebieden.niets': 'No neighbourhood selected yet.',
  'gebieden.buurt': 'Neighbourhood',
  'gebieden.code': 'Code',
  'gebieden.wijk': 'District',
  'gebieden.lijst': 'All neighbourhoods',
  'gebieden.kies': 'Select {naam}',
  'gebieden.aantal': '{aantal} neighbourhoods in {wijken} districts',
  'beheer.titel': 'Administration',
  'beheer.intro': 'Manage users and oversee the processing of personal data.',
  'beheer.geenToegang': 'You do not have administration rights.',
  'beheer.backup': 'Backup',
  'beheer.backupUitleg': 'Download a complete copy of the database as it is now. It holds all personal data: store the file encrypted and apart from the key folder. The download is recorded in the verwerkingenlog.',
  'beheer.backupKnop': 'Download backup',
  'log.titel': 'Processing log',
  'log.intro': 'Every processing of personal data is recorded here. Each entry is hash-linked to the previous one, so changes or deletions are detected. Your search is recorded too.',
  'log.zoek': 'Search',
  'log.tekst': 'Search term',
  'log.actie': 'Action',
  'log.van': 'From (date)',
  'log.tot': 'Up to and including (date)',
  'log.alleenPersoonsgegevens': 'Only processing of personal data',
  'log.controleer': 'Verify the chain',
  'log.intact': 'The chain is intact: {aantal} entries checked.',
  'log.ankers': '{aantal} checkpoints outside the database checked; the last one saw entry {nummer}.',
  'log.geenAnkers': 'There are no checkpoints outside the database yet; the chain was only checked from the inside.',
  'log.doorbraken': 'Show break-glass reads',
  'log.nietIntact': 'The chain is NOT intact. First bad entry: #{nummer} ({reden}).',
  'log.tijd': 'Time',
  'log.wie': 'Who',
  'log.doel': 'Purpose',
  'log.pg': 'Personal data',
  'log.ja': 'yes',
  'log.nee': 'no',
  'log.resultaten': '{totaal} entries found',
  'log.vorige': 'Previous',
  'log.volgende': 'Next',
  'log.pagina': 'Page {pagina} of {paginas}',
  'gebruikers.titel': 'Users',
  'gebruikers.naam': 'Name',
  'gebruikers.email': 'E-mail address',
  'gebruikers.organisatie': 'Organisation',
  'gebruikers.rollen': 'Roles',
  'gebruikers.laatst': 'Last login',
  'gebruikers.nooit': 'never',
  'gebruikers.nieuw': 'New user',
  'gebruikers.wachtwoord': 'First password',
  'gebruikers.wachtwoordUitleg': 'At least 12 characters. Pass it on to the user in a safe way.',
  'gebruikers.kiesOrganisatie': 'Choose an organisation',
  'gebruikers.aanmaken': 'Create user',
  'gebruikers.aangemaakt': 'User {naam} has been created.',
  'gebruikers.status': 'Account',
  'gebruikers.actief': 'active',
  'gebruikers.uit': 'switched off',
  'gebruikers.zetUit': 'Switch off',
  'gebruikers.zetAan': 'Switch on again',
  'gebruikers.uitgezet': 'The account of {naam} has been switched off. Open sessions have ended.',
  'gebruikers.aangezet': 'The account of {naam} is on again.',
  'gebruikers.rollenVan': 'Roles of {naam}',
  'gebruikers.opslaan': 'Save roles',
  'gebruikers.rollenOpgeslagen': 'The roles of {naam} have been saved.',
  'gebruikers.acties': 'Change',
  'berichten.titel': 'Messages and templates',
  'berichten.intro': 'Every e-mail and message Buurtveilig sends goes through a queue. Here you see what is waiting, what was sent and what finally failed, and you adjust the texts.',
  'berichten.welke': 'Which messages',
  'berichten.alle': 'All',
  'berichten.wachtend': 'Waiting',
  'berichten.verzonden': 'Sent',
  'berichten.dood': 'Not delivered (finally failed)',
  'berichten.aantal': '{totaal} messages',
  'berichten.ontvanger': 'Recipient',
  'berichten.onderwerp': 'Subject',
  'berichten.status': 'Status',
  'berichten.pogingen': 'Attempts',
  'berichten.fout': 'Last error',
  'berichten.aangemaakt': 'Created',
  'berichten.opnieuw': 'Send again',
  'berichten.opnieuwGedaan': 'The message is back in the queue.',
  'berichten.sjablonen': 'Templates',
  'berichten.sjabloonKies': 'Choose a template to adjust',
  'berichten.sjabloonVelden': 'You can use these fields: {velden}',
  'berichten.sjabloonOnderwerp': 'Subject',
  'berichten.sjabloonTekst': 'Text',
  'berichten.voorbeeld': 'Show a preview',
  'berichten.opslaan': 'Save template',
  'berichten.opgeslagen': 'The template has been saved. New messages use the new text.',
  'berichten.aangepast': 'adjusted',
  'berichten.standaard': 'standard text',
  'module.inOntwikkeling': 'This module is being developed.',
  'module.meldingen': 'Receive, assess and refer reports from residents and partners.',
  'module.casussen': 'Cases with a case holder, a file and the legal steps (such as art. 151d Municipalities Act).',
  'module.monitor': 'Figures per neighbourhood and district: crime, nuisance, reports and perceived safety, with targets.',
  'module.analyse': 'Hotspots, near-repeat burglary, trends and the effect of measures.',
  'module.programma': 'The multi-year safety programme: themes, ambitions, agenda and measures.',
  'module.rapportages': 'Reports for the board and council: council report, safety analysis and progress, as PDF and HTML.',
  'module.ondermijning': "The subversive-crime team's register of signals and signal meeting (for the team only).",
  'app.naam': 'Buurtveilig',
  'log.nr': 'No.',
  'log.object': 'Object',
  'module.taken': 'Tasks referred to your organisation.',
  'fout.titel': 'Something went wrong',
  'fout.nietGevonden': 'This page does not exist.',
  'fout.terug': 'Back to the home page',
  'fout.geenToegangTitel': 'No access',
  'fout.geenToegang': 'You may not see this page. Ask your administrator for access.',
  'fout.geenRecht': 'You may not do or see this. Ask your administrator for access.',
  'fout.nietIngelogd': 'You are no longer logged in. Please log in again.',
  'fout.netwerk': 'There is no connection with the server. Check your internet connection and try again.',
  'fout.server': 'Something went wrong on our side. Please try again later.',
};

export type Taal = 'nl' | 'en';

/** Every text in both languages, for the completeness test. */
export const TEKSTEN = { nl, en } as const;

export function translate(taal: Taal, key: TextKey, vars: Record<string, string | number> = {}): string {
  const template = taal === 'en' ? en[key] : nl[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

interface I18n {
  taal: Taal;
  t: (key: TextKey, vars?: Record<string, string | number>) => string;
  setTaal: (t: Taal) => void;
}

const I18nContext = createContext<I18n | null>(null);

// The language outside React (error texts made in API helpers); kept in step by the provider.
let actueleTaal: Taal = 'nl';
/**
 * A code from a fixed set (a task status, a member role) in words: the text `prefix.code`; a code this
 * version has no text for (a newer server) is shown as it is rather than as a broken key.
 */
export function codeInWoorden(t: (k: TextKey) => string, prefix: string, code: string): string {
  const key = `${prefix}.${code}`;
  return key in nl ? t(key as TextKey) : code;
}

export const huidigeTaal = (): Taal => actueleTaal;

function initialTaal(): Taal {
  try {
    return localStorage.getItem('bv-taal') === 'en' ? 'en' : 'nl';
  } catch {
    return 'nl';
  }
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [taal, setTaalState] = useState<Taal>(initialTaal);
  actueleTaal = taal;
  useEffect(() => {
    document.documentElement.lang = taal;
  }, [taal]);
  const setTaal = useCallback((t: Taal) => {
    setTaalState(t);
    try {
      localStorage.setItem('bv-taal', t);
    } catch {
      /* private mode: the choice lasts for this page only */
    }
  }, []);
  const value = useMemo<I18n>(() => ({ taal, setTaal, t: (k, v) => translate(taal, k, v) }), [taal, setTaal]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
