import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactElement } from 'react';
import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { AanmeldenPage, AfmeldenPage, BevestigenPage } from '../features/buurtberichten/BuurtberichtenPages.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { BeheerPage } from '../features/beheer/BeheerPage.tsx';
import { GebruikersPage } from '../features/beheer/GebruikersPage.tsx';
import { BerichtenPage } from '../features/beheer/BerichtenPage.tsx';
import { VerwerkingenPage } from '../features/beheer/VerwerkingenPage.tsx';
import { CasusPage } from '../features/casussen/CasusPage.tsx';
import { CasussenPage } from '../features/casussen/CasussenPage.tsx';
import { GebiedenPage } from '../features/gebieden/GebiedenPage.tsx';
import { MeldPage } from '../features/melden/MeldPage.tsx';
import { StatusPage } from '../features/melden/StatusPage.tsx';
import { MeldingDetailPage } from '../features/meldingen/MeldingDetailPage.tsx';
import { MeldingenPage } from '../features/meldingen/MeldingenPage.tsx';
import { TakenPage } from '../features/taken/TakenPage.tsx';
import { AlertsPage } from '../features/analyse/AlertsPage.tsx';
import { CodePage, EnquetePage } from '../features/enquete/EnquetePage.tsx';
import { RondesPage } from '../features/enquete/RondesPage.tsx';
import { AnalysePage } from '../features/analyse/AnalysePage.tsx';
import { GemeentenPage } from '../features/monitor/GemeentenPage.tsx';
import { InlezenPage } from '../features/monitor/InlezenPage.tsx';
import { MonitorPage } from '../features/monitor/MonitorPage.tsx';
import { ProfielPage } from '../features/monitor/ProfielPage.tsx';
import { MaatregelPage } from '../features/programma/MaatregelPage.tsx';
import { ProgrammaPage } from '../features/programma/ProgrammaPage.tsx';
import { ThemaPage } from '../features/programma/ThemaPage.tsx';
import { BuurtagendaPage } from '../features/programma/BuurtagendaPage.tsx';
import { PubliekPage } from '../features/publiek/PubliekPage.tsx';
import { RapportagesPage } from '../features/rapportages/RapportagesPage.tsx';
import { ParticipatiePage } from '../features/participatie/ParticipatiePage.tsx';
import { OndermijningPage } from '../features/ondermijning/OndermijningPage.tsx';
import { ModulePage } from '../features/modules/ModulePage.tsx';
import { StartPage } from '../features/start/StartPage.tsx';
import { I18nProvider, useI18n } from '../lib/i18n.tsx';
import { SessionProvider, useSession } from '../lib/session.tsx';
import { Shell } from './Shell.tsx';
import { MODULES, PAGINA_PERMISSIES } from '../lib/modules.ts';

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <Heading1>{t('fout.titel')}</Heading1>
      <Paragraph>{t('fout.nietGevonden')}</Paragraph>
      <Link className="utrecht-link" to="/">
        {t('fout.terug')}
      </Link>
    </>
  );
}

const BUILT = new Set(['/meldingen', '/casussen', '/monitor', '/analyse', '/programma', '/rapportages', '/ondermijning']);

function GeenToegang() {
  const { t } = useI18n();
  return (
    <>
      <Heading1>{t('fout.geenToegangTitel')}</Heading1>
      <Alert type="warning" role="alert">
        <Paragraph>{t('fout.geenToegang')}</Paragraph>
      </Alert>
      <Link className="utrecht-link" to="/">
        {t('fout.terug')}
      </Link>
    </>
  );
}

/** A page behind its permissions (PAGINA_PERMISSIES): without one of them, the B1 refusal instead. */
function Bewaakt({ pad, children }: { pad: string; children: ReactElement }) {
  const { can } = useSession();
  const nodig = PAGINA_PERMISSIES[pad];
  return !nodig || nodig.some(can) ? children : <GeenToegang />;
}

const PAGINAS: { pad: string; element: ReactElement }[] = [
  { pad: '/meldingen', element: <MeldingenPage /> },
  { pad: '/meldingen/:id', element: <MeldingDetailPage /> },
  { pad: '/casussen', element: <CasussenPage /> },
  { pad: '/casussen/:id', element: <CasusPage /> },
  { pad: '/taken', element: <TakenPage /> },
  { pad: '/monitor', element: <MonitorPage /> },
  { pad: '/monitor/inlezen', element: <InlezenPage /> },
  { pad: '/monitor/enquete', element: <RondesPage /> },
  { pad: '/monitor/gebied/:code', element: <ProfielPage /> },
  { pad: '/monitor/gemeenten', element: <GemeentenPage /> },
  { pad: '/analyse', element: <AnalysePage /> },
  { pad: '/analyse/alerts', element: <AlertsPage /> },
  { pad: '/programma', element: <ProgrammaPage /> },
  { pad: '/programma/maatregelen/:id', element: <MaatregelPage /> },
  { pad: '/programma/thema/:code', element: <ThemaPage /> },
  { pad: '/programma/buurtagenda', element: <BuurtagendaPage /> },
  { pad: '/rapportages', element: <RapportagesPage /> },
  { pad: '/programma/participatie', element: <ParticipatiePage /> },
  { pad: '/ondermijning', element: <OndermijningPage /> },
  ...MODULES.filter((m) => !BUILT.has(m.path)).map((m) => ({ pad: m.path, element: <ModulePage module={m.path.slice(1)} /> })),
  { pad: '/gebieden', element: <GebiedenPage /> },
  { pad: '/beheer', element: <BeheerPage /> },
  { pad: '/beheer/verwerkingenlog', element: <VerwerkingenPage /> },
  { pad: '/beheer/gebruikers', element: <GebruikersPage /> },
  { pad: '/beheer/berichten', element: <BerichtenPage /> },
];

/** Every page but the login page needs a session; without one the login form takes its place. */
function Pages() {
  const { gebruiker, loading } = useSession();
  const { t } = useI18n();
  if (loading) return <Paragraph>{t('app.laden')}</Paragraph>;
  if (!gebruiker) return <LoginPage />;
  return (
    <Routes>
      <Route index element={<StartPage />} />
      {PAGINAS.map((p) => (
        <Route key={p.pad} path={p.pad.slice(1)} element={<Bewaakt pad={p.pad}>{p.element}</Bewaakt>} />
      ))}
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

export function App() {
  return (
    <I18nProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route element={<Shell />}>
              {/* Public pages for residents: no login. */}
              <Route path="melden" element={<MeldPage />} />
              <Route path="publiek" element={<PubliekPage niveau="gemeente" />} />
              <Route path="publiek/wijk/:code" element={<PubliekPage niveau="wijk" />} />
              <Route path="publiek/buurt/:code" element={<PubliekPage niveau="buurt" />} />
              <Route path="melding/status/:token" element={<StatusPage />} />
              <Route path="enquete/code" element={<CodePage />} />
              <Route path="enquete/:token" element={<EnquetePage />} />
              <Route path="buurtberichten" element={<AanmeldenPage />} />
              <Route path="buurtberichten/bevestigen/:token" element={<BevestigenPage />} />
              <Route path="buurtberichten/afmelden/:token" element={<AfmeldenPage />} />
              <Route path="*" element={<Pages />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </I18nProvider>
  );
}
