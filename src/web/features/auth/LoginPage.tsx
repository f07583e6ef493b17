import { Button, FormFieldTextbox, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useSession } from '../../lib/session.tsx';
import { Fout } from '../../components/Fout.tsx';
import { ApiError } from '../../lib/api.ts';
import { useI18n } from '../../lib/i18n.tsx';

export function LoginPage() {
  const { t } = useI18n();
  const { login, config } = useSession();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [tried, setTried] = useState(false);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!email || !wachtwoord) return;
    setBezig(true);
    setFout(null);
    try {
      await login(email, wachtwoord);
    } catch (err) {
      setFout(err instanceof ApiError ? (err.problem.title ?? err.message) : String(err));
    } finally {
      setBezig(false);
    }
  };

  return (
    <div className="bv-login">
      <Heading1>{t('login.titel')}</Heading1>
      <Paragraph>{t('login.intro')}</Paragraph>
      <Paragraph>
        Wilt u als inwoner iets melden? Dat kan zonder in te loggen:{' '}
        <RouterLink className="utrecht-link" to="/melden">
          melding doen
        </RouterLink>
        .
      </Paragraph>
      <Fout tekst={fout} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="bv-form">
        <FormFieldTextbox
          label={t('login.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          invalid={tried && !email}
          errorMessage={tried && !email ? t('login.verplicht') : undefined}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEmail(e.target.value)}
        />
        <FormFieldTextbox
          label={t('login.wachtwoord')}
          name="wachtwoord"
          type="password"
          autoComplete="current-password"
          required
          value={wachtwoord}
          invalid={tried && !wachtwoord}
          errorMessage={tried && !wachtwoord ? t('login.verplicht') : undefined}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setWachtwoord(e.target.value)}
        />
        <Button appearance="primary-action-button" type="submit" disabled={bezig}>
          {bezig ? t('login.bezig') : t('login.knop')}
        </Button>
      </form>
      {config?.demo && config.demoAccounts.length > 0 && (
        <section aria-labelledby="demo-accounts" className="bv-section">
          <Heading2 id="demo-accounts">{t('login.demoTitel')}</Heading2>
          <Paragraph>
            {t('login.demoIntro')} <code>{config.demoWachtwoord}</code>
          </Paragraph>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('login.rol')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('login.email')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {config.demoAccounts.map((a) => (
                <TableRow key={a.email}>
                  <TableCell>{a.rol}</TableCell>
                  <TableCell>
                    <code>{a.email}</code>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
    </div>
  );
}
