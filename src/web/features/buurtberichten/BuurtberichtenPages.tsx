import { Alert, Button, FormFieldCheckbox, FormFieldTextbox, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { Fout } from '../../components/Fout.tsx';
import { SelectField } from '../../components/Form.tsx';
import { errorText } from '../../lib/useApi.ts';
import { useI18n } from '../../lib/i18n.tsx';
import * as bbApi from './api.ts';

/** Public: a resident asks for buurtberichten for a buurt; a confirmation mail follows (double opt-in). */
export function AanmeldenPage() {
  const { t } = useI18n();
  const [lijst, setLijst] = useState<{ code: string; naam: string }[]>([]);
  const [buurt, setBuurt] = useState('');
  const [email, setEmail] = useState('');
  const [toestemming, setToestemming] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const [dagen, setDagen] = useState<number | null>(null);
  const [bezig, setBezig] = useState(false);

  useEffect(() => {
    bbApi.buurten().then(setLijst, (e: unknown) => setFout(errorText(e)));
  }, []);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setFout(null);
    if (!buurt) return setFout(t('bb.kiesBuurt'));
    if (!toestemming) return setFout(t('bb.toestemmingNodig'));
    setBezig(true);
    try {
      const r = await bbApi.aanmelden({ buurt, email, toestemming: true });
      setDagen(r.bevestigenBinnenDagen);
    } catch (err) {
      setFout(errorText(err));
    } finally {
      setBezig(false);
    }
  };

  return (
    <>
      <Heading1>{t('bb.titel')}</Heading1>
      <Paragraph lead>{t('bb.intro')}</Paragraph>
      {dagen !== null ? (
        <Alert type="ok" data-testid="bb-controleer-mail">
          <Paragraph>{t('bb.controleerMail', { dagen })}</Paragraph>
        </Alert>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} className="bv-form" noValidate>
          <Fout tekst={fout} />
          <SelectField
            label={t('bb.buurt')}
            name="buurt"
            value={buurt}
            onChange={setBuurt}
            required
            options={[{ value: '', label: t('bb.kiesBuurt') }, ...lijst.map((b) => ({ value: b.code, label: b.naam }))]}
          />
          <FormFieldTextbox
            label={t('bb.email')}
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            value={email}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEmail(e.target.value)}
          />
          <FormFieldCheckbox
            label={t('bb.toestemming')}
            name="toestemming"
            checked={toestemming}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setToestemming(e.target.checked)}
          />
          <Paragraph className="bv-muted">{t('bb.privacy')}</Paragraph>
          <Button type="submit" appearance="primary-action-button" disabled={bezig}>
            {t('bb.aanmelden')}
          </Button>
        </form>
      )}
    </>
  );
}

/**
 * A page behind a link from an e-mail that does one thing when the resident clicks. Never on opening: mail
 * scanners open links on their own, and an opened link must not count as the resident's choice.
 */
function EenKlikPage(props: { titel: string; uitleg: string; knop: string; doe: () => Promise<ReactNode> }) {
  const [fout, setFout] = useState<string | null>(null);
  const [klaar, setKlaar] = useState<ReactNode>(null);
  const klik = async () => {
    try {
      setKlaar(await props.doe());
    } catch (err) {
      setFout(errorText(err));
    }
  };
  return (
    <>
      <Heading1>{props.titel}</Heading1>
      <Fout tekst={fout} />
      {klaar ??
        (!fout && (
          <>
            <Paragraph>{props.uitleg}</Paragraph>
            <Button appearance="primary-action-button" onClick={() => void klik()}>
              {props.knop}
            </Button>
          </>
        ))}
    </>
  );
}

/** Behind the link in the confirmation mail (double opt-in). */
export function BevestigenPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  return (
    <EenKlikPage
      titel={t('bb.bevestigTitel')}
      uitleg={t('bb.bevestigUitleg')}
      knop={t('bb.bevestigKnop')}
      doe={async () => {
        const r = await bbApi.bevestigen(token);
        return (
          <Alert type="ok" data-testid="bb-bevestigd">
            <Paragraph>{t('bb.bevestigd', { buurt: r.buurt.naam })}</Paragraph>
            <Paragraph>
              <RouterLink className="utrecht-link" to={r.afmeldUrl}>
                {t('bb.afmeldLink')}
              </RouterLink>
            </Paragraph>
          </Alert>
        );
      }}
    />
  );
}

/** Behind the unsubscribe link in every buurtbericht: one click, and the address is erased. */
export function AfmeldenPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  return (
    <EenKlikPage
      titel={t('bb.afmeldTitel')}
      uitleg={t('bb.afmeldUitleg')}
      knop={t('bb.afmeldKnop')}
      doe={async () => {
        await bbApi.afmelden(token);
        return (
          <Alert type="ok" data-testid="bb-afgemeld">
            <Paragraph>{t('bb.afgemeld')}</Paragraph>
          </Alert>
        );
      }}
    />
  );
}
