import { Alert, Paragraph } from '@utrecht/component-library-react';

/** An error message announced to screen readers; renders nothing without an error. */
export function Fout({ tekst }: { tekst: string | null }) {
  if (!tekst) return null;
  return (
    <Alert type="error" role="alert">
      <Paragraph>{tekst}</Paragraph>
    </Alert>
  );
}
