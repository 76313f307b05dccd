// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextNodes } from '../../utils/glossary/page-text';

describe('page text for the glossary', () => {
  it('reads prose and skips inputs, editable areas, code, hidden parts and Déclic itself', () => {
    document.body.innerHTML = `
      <p>Ajoutez une pièce jointe</p>
      <textarea>pièce jointe tapée</textarea>
      <input value="Cci">
      <div contenteditable="true"><p>brouillon en cours</p></div>
      <pre><code>lien de partage</code></pre>
      <div aria-hidden="true">spam caché</div>
      <declic-coach><span>Déclic</span></declic-coach>
      <ul><li>Mettez en <b>Cci</b></li></ul>`;
    const texts = collectTextNodes(document.body).map((node) => node.data.trim());
    expect(texts).toEqual(['Ajoutez une pièce jointe', 'Mettez en', 'Cci']);
  });

  it("skips the tool's own chrome: menus, toolbars, tabs and buttons", () => {
    document.body.innerHTML = `
      <nav><a href="#">Tableau de bord</a></nav>
      <ul role="menu"><li role="menuitem">Adhésions</li></ul>
      <div role="toolbar"><span>Pièce jointe</span></div>
      <div role="tablist"><span role="tab">Cotisations</span></div>
      <button>Enregistrer le brouillon</button>
      <a role="button" href="#">Aperçu</a>
      <article><p>Le reçu fiscal est prêt.</p></article>`;
    const texts = collectTextNodes(document.body).map((node) => node.data.trim());
    expect(texts).toEqual(['Le reçu fiscal est prêt.']);
  });

  it('stops once enough text has been read', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>paragraphe numéro ${i}</p>`).join('');
    expect(collectTextNodes(document.body, 100).length).toBeLessThan(10);
  });
});
