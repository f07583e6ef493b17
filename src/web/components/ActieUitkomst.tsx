import { Alert, Paragraph } from '@utrecht/component-library-react';
import { Fout } from './Fout.tsx';

/** The outcome of the last action on a page: success announced politely, failure as an alert. */
export function ActieUitkomst({ gelukt, fout }: { gelukt: string | null; fout: string | null }) {
  return (
    <>
      <div aria-live="polite">
        {gelukt && (
          <Alert type="ok">
            <Paragraph>{gelukt}</Paragraph>
          </Alert>
        )}
      </div>
      <Fout tekst={fout} />
    </>
  );
}
