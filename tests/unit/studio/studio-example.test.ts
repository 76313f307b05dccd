// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { locateAnchor } from '../../../utils/anchors/locate';
import { parsePackBytes } from '../../../utils/packs/pack-loader';
import type { Anchor } from '../../../utils/packs/pack-schema';
import { toolById } from '../../../utils/tools/registry';

// The example made with the studio points at Gmail's controls: each place must find its control,
// and only it, in the Gmail-like page the end-to-end tests use (its compose window open).
const file = readFileSync('docs/examples/packs/studio-example.json');
const gmail = readFileSync('tests/e2e/sites/mail.google.com/mail/u/5/index.html', 'utf8');

function openGmail() {
  document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(gmail)?.[1] ?? '';
  const compose = document.getElementById('compose') as HTMLTemplateElement;
  document.body.append(compose.content.cloneNode(true));
}
/** What a place finds, said the way a person would check it on the page. */
function found(anchor: Anchor | undefined) {
  const element = anchor && locateAnchor(anchor)?.element;
  if (!element) return null;
  return [element.localName, element.getAttribute('aria-label'), element.textContent].filter(Boolean).join(' ');
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the example pack made with the studio', () => {
  const loaded = parsePackBytes(new Uint8Array(file), 'fr');
  const pack = loaded.ok ? loaded.pack : null;

  it('loads through the loader every import goes through, for Gmail, in both languages', () => {
    expect(loaded.ok ? [] : loaded.errors).toEqual([]);
    expect(pack?.tips).toHaveLength(3);
    expect(pack?.glossary).toHaveLength(2);
    expect(pack?.guides?.[0]?.steps).toHaveLength(4);
    const tools = [...(pack?.tips ?? []), ...(pack?.guides ?? [])].map((item) => item.tool);
    expect(new Set(tools)).toEqual(new Set(['gmail']));
    expect(toolById('gmail')).toBeDefined();
  });

  it('finds the control of each place in the Gmail-like page', () => {
    openGmail();
    const [step1, step2, step3, step4] = pack?.guides?.[0]?.steps ?? [];
    expect(found(step1?.anchor)).toBe('button Nouveau message');
    expect(found(step2?.anchor)).toBe('span Ajouter des destinataires en Cci (Ctrl-Maj-B) Cci');
    expect(found(step3?.anchor)).toBe('input Destinataires À');
    expect(found(step4?.anchor)).toBe('div Envoyer (Ctrl-Entrée) Envoyer');
    expect(found(pack?.tips.find((tip) => tip.anchor)?.anchor)).toBe(found(step2?.anchor));
  });
});
