import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { I18nProvider, translate, useI18n } from './i18n.tsx';

describe('translate', () => {
  test('Dutch first, with placeholders', () => {
    expect(translate('nl', 'start.titel', { naam: 'Anna' })).toBe('Welkom, Anna');
  });
  test('English where available', () => {
    expect(translate('en', 'nav.casussen')).toBe('Cases');
  });
  test('an unknown placeholder stays visible instead of vanishing', () => {
    expect(translate('nl', 'start.titel')).toBe('Welkom, {naam}');
  });
});

function Probe() {
  const { t } = useI18n();
  return <p>{t('nav.gebieden')}</p>;
}

describe('I18nProvider', () => {
  test('renders Dutch by default and sets the document language', () => {
    localStorage.removeItem('bv-taal');
    render(
      <I18nProvider>
        <Probe />
      </I18nProvider>,
    );
    expect(screen.getByText('Gebieden')).toBeTruthy();
    expect(document.documentElement.lang).toBe('nl');
  });
});
