import type { TextKey } from './i18n.tsx';

/**
 * The modules in the navigation, with the permissions that show them (any of). Shared by the shell, the start
 * page and the router (modules still in development get a placeholder page).
 */
export const MODULES: { path: string; key: TextKey; permissie?: string[] }[] = [
  { path: '/meldingen', key: 'nav.meldingen', permissie: ['meldingen:lezen'] },
  { path: '/casussen', key: 'nav.casussen', permissie: ['casussen:lezen', 'taken:behandelen'] },
  { path: '/taken', key: 'nav.taken', permissie: ['taken:behandelen'] },
  { path: '/monitor', key: 'nav.monitor', permissie: ['monitor:lezen'] },
  { path: '/analyse', key: 'nav.analyse', permissie: ['analyse:uitvoeren'] },
  { path: '/programma', key: 'nav.programma' },
  { path: '/rapportages', key: 'nav.rapportages' },
];

export const NAV: { path: string; key: TextKey; permissie?: string[] }[] = [
  { path: '/', key: 'nav.start' },
  ...MODULES,
  { path: '/gebieden', key: 'nav.gebieden' },
  { path: '/beheer', key: 'nav.beheer', permissie: ['gebruikers:beheren', 'verwerkingenlog:lezen', 'berichten:beheren'] },
];
