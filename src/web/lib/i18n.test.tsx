import { render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { I18nProvider, TEKSTEN, translate, useI18n } from './i18n.tsx';

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

describe('English is complete', () => {
  const plek = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  test('every Dutch text has an English one, with the same placeholders', () => {
    const { nl, en } = TEKSTEN;
    const ontbreekt = Object.keys(nl).filter((k) => !en[k as keyof typeof en]?.trim());
    expect(ontbreekt).toEqual([]);
    const anders = Object.entries(nl).filter(([k, v]) => JSON.stringify(plek(v)) !== JSON.stringify(plek(en[k as keyof typeof en])));
    expect(anders.map(([k]) => k)).toEqual([]);
  });
  test('no English text is left in Dutch by mistake', () => {
    const { nl, en } = TEKSTEN;
    // Names, codes and patterns of placeholders may be the same in both languages; sentences may not.
    const woorden = (v: string) => v.replace(/\{\w+\}/g, ' ').match(/\p{L}{2,}/gu)?.length ?? 0;
    const zelfde = Object.entries(nl).filter(([k, v]) => woorden(v) >= 2 && en[k as keyof typeof en] === v);
    expect(zelfde.map(([k]) => k)).toEqual([]);
  });
});
