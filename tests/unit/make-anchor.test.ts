// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { locateAnchor } from '../../utils/anchors/locate';
import { cssPath, isGenerated } from '../../utils/studio/css-path';
import { makeAnchor } from '../../utils/studio/make-anchor';
import { looksPersonal } from '../../utils/studio/personal-text';

const page = (html: string) => {
  document.body.innerHTML = html;
};
const el = (selector: string) => document.querySelector(selector) as Element;

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the anchor made from an element a mentor points at', () => {
  it('keeps role and name, stable attributes and a CSS path without generated ids or hashed classes', () => {
    page(`<div id="yui_3_17_2_1_1712" class="toolbar sc-bdVaJa">
      <button id="rcmbtn102" class="compose css-1x2y3z" aria-label="Nouveau message" data-testid="compose">✎ Écrire</button>
      <button class="other">Autre</button></div>`);
    const { anchor } = makeAnchor(el('.compose'));
    expect(anchor).toEqual([
      { role: 'button', name: { fr: 'Nouveau message', en: 'Nouveau message' } },
      { attributes: { 'data-testid': 'compose' } },
      { attributes: { 'aria-label': 'Nouveau message' } },
      { text: { fr: '✎ Écrire', en: '✎ Écrire' } },
      { css: 'button.compose' },
    ]);
    // Every locator kept finds the element alone, as the coach will.
    for (const locator of anchor) expect(locateAnchor([locator])?.element).toBe(el('.compose'));
  });

  it('writes a name under the page’s language only, and the coach still finds it in either', () => {
    document.documentElement.lang = 'en-GB';
    page('<button aria-label="Compose">Write</button><button>Other</button>');
    try {
      const { anchor } = makeAnchor(el('button'));
      expect(anchor[0]).toEqual({ role: 'button', name: { en: 'Compose' } });
      expect(anchor.find((locator) => locator.text)).toEqual({ text: { en: 'Write' } });
      for (const locator of anchor) expect(locateAnchor([locator])?.element).toBe(el('button'));
      document.documentElement.lang = 'fr';
      expect(locateAnchor([anchor[0]!])?.element).toBe(el('button'));
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('drops a locator that finds several elements, and keeps one that finds this one', () => {
    page('<ul class="menu"><li><a href="#a">Envoyer</a></li><li><a href="#b">Envoyer</a></li></ul>');
    const made = makeAnchor(el('a[href="#b"]'));
    expect(made.tried.find((t) => t.locator.role)?.kept).toBe(false);
    expect(made.anchor).toEqual([{ css: 'li:nth-of-type(2) > a' }]);
  });

  it('never keeps text from a row of the volunteer’s data, nor what looks like an address', () => {
    page(`<table class="messages"><tr><td><span class="sender">Marie Dupont</span></td>
      <td><a href="#m1" title="Permanence de samedi">Permanence de samedi</a></td></tr></table>
      <p><a class="mail" href="#x">adherents@asso-velo.fr</a></p>`);
    const row = makeAnchor(el('.sender'));
    expect(row.anchor.some((l) => l.text || l.role)).toBe(false);
    expect(row.refused).toContain('Marie Dupont');
    const subject = makeAnchor(el('a[href="#m1"]'));
    expect(JSON.stringify(subject.anchor)).not.toContain('Permanence');
    const address = makeAnchor(el('a.mail'));
    expect(JSON.stringify(address.anchor)).not.toContain('adherents@');
    expect(address.anchor).toEqual([{ css: 'a.mail' }]);
  });

  it('never reads what the mentor typed: an editor’s content, a textarea’s text, a link typed in the body', () => {
    page(`<div contenteditable="true" role="textbox" aria-label="Corps du message">Bonjour Marie, à samedi</div>
      <textarea name="content">Compte rendu du bureau</textarea>
      <div contenteditable=""><p>Ordre du jour : <a href="#agm">Assemblée générale</a></p></div>`);
    const body = makeAnchor(el('[role=textbox]'));
    expect(JSON.stringify(body.anchor)).not.toContain('Bonjour');
    expect(body.anchor).toContainEqual({ role: 'textbox', name: { fr: 'Corps du message', en: 'Corps du message' } });
    expect(JSON.stringify(makeAnchor(el('textarea')).tried)).not.toContain('Compte rendu');
    expect(JSON.stringify(makeAnchor(el('a[href="#agm"]')).tried)).not.toContain('Assemblée');
  });

  it('keeps no name in a row even when it comes from a label (WordPress’s « “AG” (Modifier) »)', () => {
    page(`<table><tr id="post-5"><td><a class="row-title" href="#e5" aria-label="« Assemblée générale » (Modifier)">
      Assemblée générale</a></td></tr><tr id="post-6"><td><a class="row-title" href="#e6">Fête</a></td></tr></table>`);
    const made = makeAnchor(el('a[href="#e5"]'));
    expect(JSON.stringify(made.anchor)).not.toContain('Assemblée');
    expect(made.refused).toContain('« Assemblée générale » (Modifier)');
    expect(made.anchor.length).toBeGreaterThan(0);
  });
});

describe('what is personal or generated', () => {
  it.each([
    ['benevole@asso-velo-solidaire.fr', true],
    ['06 12 34 56 78', true],
    ['Dossier n° 2026001', true],
    ['Nouveau message', false],
    ['Cci', false],
  ])('%s personal: %s', (text, personal) => expect(looksPersonal(text)).toBe(personal));

  it.each([
    ['rcmbtn102', true],
    [':r4:', true],
    ['css-1x2y3z', true],
    ['sc-bdVaJa', true],
    ['Button_root__a1B2c', true],
    ['compose', false],
    ['mailboxlist', false],
    ['wp-admin-bar-site-name', false],
  ])('%s generated: %s', (name, generated) => expect(isGenerated(name)).toBe(generated));

  it('gives no CSS path when none finds the element alone', () => {
    page('<p><span>a</span></p><p><span>a</span></p>');
    expect(cssPath(el('p:nth-of-type(2) span'))).toBe('p:nth-of-type(2) > span');
    // Within one step, the second span is not told from the first.
    expect(cssPath(el('p:nth-of-type(2) span'), 1)).toBeNull();
    page('<div id="x1"></div>');
    expect(cssPath(el('#x1'))).toBe('#x1');
  });
});
