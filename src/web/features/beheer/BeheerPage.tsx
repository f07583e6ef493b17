import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { useI18n } from '../../lib/i18n.tsx';

export function BeheerPage() {
  const { t } = useI18n();
  const { can } = useSession();
  const links = [
    ...(can('verwerkingenlog:lezen') ? [{ to: '/beheer/verwerkingenlog', label: t('log.titel') }] : []),
    ...(can('gebruikers:beheren') ? [{ to: '/beheer/gebruikers', label: t('gebruikers.titel') }] : []),
    ...(can('berichten:beheren') ? [{ to: '/beheer/berichten', label: t('berichten.titel') }] : []),
  ];
  return (
    <>
      <Heading1>{t('beheer.titel')}</Heading1>
      <Paragraph>{t('beheer.intro')}</Paragraph>
      {links.length === 0 ? (
        <Paragraph>{t('beheer.geenToegang')}</Paragraph>
      ) : (
        <UnorderedList>
          {links.map((l) => (
            <UnorderedListItem key={l.to}>
              <Link className="utrecht-link" to={l.to}>
                {l.label}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {can('backup:maken') && (
        <section className="bv-section" aria-label={t('beheer.backup')}>
          <Heading2>{t('beheer.backup')}</Heading2>
          <Paragraph>{t('beheer.backupUitleg')}</Paragraph>
          <a className="utrecht-button utrecht-button--secondary-action" href="/api/backup" download>
            {t('beheer.backupKnop')}
          </a>
        </section>
      )}
    </>
  );
}
