import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useI18n, type TextKey } from '../../lib/i18n.tsx';

/** A module that is planned but not built yet: says what it will do, nothing pretends to work. */
export function ModulePage({ module }: { module: string }) {
  const { t } = useI18n();
  return (
    <>
      <Heading1>{t(`nav.${module}` as TextKey)}</Heading1>
      <Paragraph lead>{t(`module.${module}` as TextKey)}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('module.inOntwikkeling')}</Paragraph>
      </Alert>
    </>
  );
}
