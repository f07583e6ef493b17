import { Alert, Button, PageContent, PageFooter, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { useI18n } from '../lib/i18n.tsx';
import { NAV } from '../lib/modules.ts';
import { useSession } from '../lib/session.tsx';

/** The application frame: skip link, header with navigation, main content, footer. */
export function Shell() {
  const { t, taal, setTaal } = useI18n();
  const { gebruiker, logout, config, can } = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);

  // Move focus to the content after navigation, so screen reader users hear the new page.
  useEffect(() => {
    main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="bv-page">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {t('app.overslaan')}
      </a>
      <header className="bv-header">
        <div className="bv-header__top">
          <div>
            <span className="bv-logo">{t('app.naam')}</span>
            <span className="bv-gemeente">{config?.gemeente.naam}</span>
          </div>
          <div className="bv-header__user">
            {!gebruiker && (
              <>
                <NavLink className="bv-header__link" to="/melden">
                  {t('melden.titel')}
                </NavLink>
                <NavLink className="bv-header__link" to="/buurtberichten">
                  {t('bb.titel')}
                </NavLink>
              </>
            )}
            {gebruiker && (
              <span>
                {t('nav.ingelogdAls')} <strong>{gebruiker.naam}</strong>
              </span>
            )}
            <Button appearance="subtle-button" lang={taal === 'nl' ? 'en' : 'nl'} aria-label={t('app.taalLabel')} onClick={() => setTaal(taal === 'nl' ? 'en' : 'nl')}>
              {t('app.taal')}
            </Button>
            {gebruiker && (
              <Button appearance="secondary-action-button" onClick={() => void logout()}>
                {t('nav.uitloggen')}
              </Button>
            )}
          </div>
        </div>
        {gebruiker && (
        <nav aria-label={t('nav.label')} className="bv-nav">
          <ul className="bv-nav__list">
            {NAV.filter((n) => !n.permissie || n.permissie.some(can)).map((n) => (
              <li key={n.path}>
                <NavLink to={n.path} end={n.path === '/'} className={({ isActive }) => `bv-nav__link${isActive ? ' bv-nav__link--current' : ''}`}>
                  {t(n.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        )}
      </header>
      {config?.demo && (
        <div className="bv-demo-banner">
          <Alert type="warning">
            <Paragraph>{t('app.demo')}</Paragraph>
          </Alert>
        </div>
      )}
      <main id="inhoud" tabIndex={-1} ref={main} className="bv-main">
        <PageContent>
          <Outlet />
        </PageContent>
      </main>
      <PageFooter className="bv-footer">
        <Paragraph>
          {t('app.naam')} · {t('app.ondertitel')} · {t('app.bron')}
        </Paragraph>
      </PageFooter>
    </div>
  );
}
