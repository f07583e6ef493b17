/**
 * The permission catalogue. Permissions are what the code checks; which role holds which permission is data
 * per gemeente (config/gemeenten/<naam>/toegang.json), validated against this list when it is loaded.
 */
export const PERMISSIES = {
  'gebruikers:beheren': 'Gebruikers en hun rollen beheren',
  'organisaties:beheren': 'Organisaties beheren',
  'gebieden:beheren': 'Gebiedsindelingen importeren',
  'verwerkingenlog:lezen': 'De verwerkingenlog doorzoeken en controleren',
  'berichten:beheren': 'Uitgaande berichten en sjablonen beheren',
  'meldingen:lezen': 'Meldingen inzien',
  'meldingen:beoordelen': 'Meldingen beoordelen, doorzetten en afhandelen',
  'casussen:lezen': 'Casussen inzien waarvan men lid is',
  'casussen:behandelen': 'Casussen behandelen als casushouder',
  'taken:behandelen': 'Doorverwezen taken van de eigen organisatie behandelen',
  'monitor:lezen': 'Monitor en indicatoren inzien',
  'monitor:importeren': 'Cijfers en enquêtes importeren',
  'analyse:uitvoeren': 'Analyses uitvoeren en alerts goedkeuren',
  'programma:lezen': 'Het meerjarenprogramma inzien',
  'programma:beheren': 'Het meerjarenprogramma en de uitvoeringsagenda beheren',
  'rapportages:lezen': 'Rapportages en dashboards inzien',
} as const;

export type Permissie = keyof typeof PERMISSIES;

export const isPermissie = (p: string): p is Permissie => Object.hasOwn(PERMISSIES, p);
