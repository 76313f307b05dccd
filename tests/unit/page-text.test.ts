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

  it('stops once enough text has been read', () => {
    document.body.innerHTML = Array.from({ length: 50 }, (_, i) => `<p>paragraphe numéro ${i}</p>`).join('');
    expect(collectTextNodes(document.body, 100).length).toBeLessThan(10);
  });
});
