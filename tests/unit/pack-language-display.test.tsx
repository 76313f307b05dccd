// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TipCard } from '../../components/tip-card';
import { packLanguageNote } from '../../entrypoints/options/pack-language';
import type { Pack } from '../../utils/packs/pack-schema';
import { inOneLanguage, load, richPack } from './helpers/one-language';
import { samplePack } from './helpers/sample-pack';

describe('the pack list says the languages in words', () => {
  const french = load(inOneLanguage(richPack(), 'fr'));
  it('to a volunteer of the pack’s language', () => {
    expect(packLanguageNote(french, 'fr')).toBe('Écrit en français seulement');
    expect(packLanguageNote(load(richPack()), 'en')).toBe('French and English');
  });

  it('to a volunteer whose language the pack lacks, and which language they will read', () => {
    expect(packLanguageNote(french, 'en')).toBe('Written in French only: its tips show in French.');
    const english = load(inOneLanguage(richPack(), 'en'));
    expect(packLanguageNote(english, 'fr')).toBe(
      'Écrit en anglais seulement\u202f: ses astuces s’affichent en anglais.',
    );
  });

  it('when a translation is partial', () => {
    const pack = samplePack();
    pack.tips[1] = { ...pack.tips[1]!, title: { fr: 'Partager' } as Pack['tips'][0]['title'] };
    expect(packLanguageNote(load(pack), 'en')).toBe('Partly translated into English: the rest shows in French.');
    expect(packLanguageNote(load(pack), 'fr')).toBe('Écrit en français, traduit en partie en anglais');
  });
});

describe('a tip shown in the pack’s language', () => {
  it('carries that language for screen readers (WCAG 3.1.2), and none when it is the volunteer’s', () => {
    const tip = load(inOneLanguage(richPack(), 'fr')).tips[0]!;
    const { unmount } = render(<TipCard tip={tip} lang="en" status={undefined} onStatus={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Cacher les adresses' }).getAttribute('lang')).toBe('fr');
    expect(screen.getByText('Mettez les adresses en Cci.').closest('[lang]')?.getAttribute('lang')).toBe('fr');
    expect(screen.getByRole('link', { name: 'Aide Gmail' }).getAttribute('lang')).toBe('fr');
    unmount();
    render(<TipCard tip={tip} lang="fr" status={undefined} onStatus={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Cacher les adresses' }).hasAttribute('lang')).toBe(false);
  });
});
