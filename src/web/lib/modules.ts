import type { TextKey } from './i18n.tsx';

/**
 * The modules in the navigation, with the permissions that show them (any of). Shared by the shell, the start
 * page and the router (modules still in development get a placeholder page).
 */
export const MODULES: { path: string; key: TextKey; uitleg: TextKey; permissie?: string[] }[] = [
  { path: '/meldingen', key: 'nav.meldingen', uitleg: 'module.meldingen', permissie: ['meldingen:lezen'] },
  { path: '/casussen', key: 'nav.casussen', uitleg: 'module.casussen', permissie: ['casussen:lezen', 'taken:behandelen'] },
  { path: '/taken', key: 'nav.taken', uitleg: 'module.taken', permissie: ['taken:behandelen'] },
  { path: '/monitor', key: 'nav.monitor', uitleg: 'module.monitor', permissie: ['monitor:lezen'] },
  { path: '/analyse', key: 'nav.analyse', uitleg: 'module.analyse', permissie: ['analyse:uitvoeren'] },
  { path: '/programma', key: 'nav.programma', uitleg: 'module.programma', permissie: ['programma:lezen'] },
  { path: '/rapportages', key: 'nav.rapportages', uitleg: 'module.rapportages', permissie: ['rapportages:lezen'] },
  { path: '/ondermijning', key: 'nav.ondermijning', uitleg: 'module.ondermijning', permissie: ['ondermijning:lezen'] },
];

export const NAV: { path: string; key: TextKey; permissie?: string[] }[] = [
  { path: '/', key: 'nav.start' },
  ...MODULES,
  { path: '/gebieden', key: 'nav.gebieden' },
  { path: '/beheer', key: 'nav.beheer', permissie: ['gebruikers:beheren', 'verwerkingenlog:lezen', 'berichten:beheren', 'backup:maken'] },
];

/**
 * Which permissions (any of) open a page. A page a role may not use is neither in the menu nor reachable by
 * its address: the router shows "U mag deze pagina niet zien" instead (the API refuses the data anyway).
 * Pages not listed here are open to every logged-in user.
 */
export const PAGINA_PERMISSIES: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(MODULES.filter((m) => m.permissie).map((m) => [m.path, m.permissie!])),
  '/meldingen/:id': ['meldingen:lezen'],
  '/casussen/:id': ['casussen:lezen', 'taken:behandelen'],
  '/monitor/inlezen': ['monitor:importeren'],
  '/monitor/enquete': ['monitor:importeren'],
  '/monitor/gebied/:code': ['monitor:lezen'],
  '/monitor/gemeenten': ['monitor:lezen'],
  '/analyse/alerts': ['analyse:uitvoeren'],
  '/programma/maatregelen/:id': ['programma:lezen'],
  '/programma/thema/:code': ['programma:lezen'],
  '/programma/buurtagenda': ['programma:lezen'],
  '/programma/participatie': ['programma:lezen'],
  '/beheer': ['gebruikers:beheren', 'verwerkingenlog:lezen', 'berichten:beheren', 'backup:maken'],
  '/beheer/verwerkingenlog': ['verwerkingenlog:lezen'],
  '/beheer/gebruikers': ['gebruikers:beheren'],
  '/beheer/berichten': ['berichten:beheren'],
};
