import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import { MODULES } from '../../lib/modules.ts';
import { useSession } from '../../lib/session.tsx';
import { useI18n, type TextKey } from '../../lib/i18n.tsx';
import { Vandaag } from './Vandaag.tsx';

export function StartPage() {
  const { t } = useI18n();
  const { gebruiker, config, can } = useSession();
  if (!gebruiker) return null;
  return (
    <>
      <Heading1>{t('start.titel', { naam: gebruiker.naam })}</Heading1>
      <Paragraph lead>{t('start.intro', { gemeente: config?.gemeente.naam ?? '' })}</Paragraph>
      <Vandaag />
      <dl className="bv-facts">
        <dt>{t('start.organisatie')}</dt>
        <dd>{gebruiker.organisatie.naam}</dd>
        <dt>{t('start.rollen')}</dt>
        <dd>{gebruiker.rollen.join(', ')}</dd>
      </dl>
      <Heading2>{t('start.modules')}</Heading2>
      <UnorderedList>
        {MODULES.filter((m) => !m.permissie || m.permissie.some(can)).map((m) => (
          <UnorderedListItem key={m.path}>
            <RouterLink className="utrecht-link" to={m.path}>
              {t(m.key)}
            </RouterLink>
            : {t(m.uitleg)}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </>
  );
}
