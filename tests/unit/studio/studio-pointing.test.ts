// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pickable, stepSentence } from '../../../entrypoints/picker.content/pick-target';
import { wordsOf } from '../../../entrypoints/picker.content/picker-words';
import { applyPicked } from '../../../utils/studio/apply-picked';
import { emptyDraft, emptyGuide, emptyTip } from '../../../utils/studio/draft-model';
import { makeAnchor } from '../../../utils/studio/make-anchor';
import { personalInAnchor } from '../../../utils/studio/personal-text';
import { pickerWords, stepSayings } from '../../../utils/studio/picker-words';
import { pickedSchema, pointRequestSchema } from '../../../utils/studio/pointing';
import { limits } from '../../../utils/studio/studio-limits';

afterEach(() => {
  document.body.innerHTML = '';
});

const sentence = { fr: 'Cliquez sur «\u202fEnvoyer\u202f».', en: 'Click "Send".' };
const anchor = [{ role: 'button', name: { fr: 'Envoyer' } }];

describe('a place chosen on the page, into the draft', () => {
  it('sets a tip’s place, and a step’s place keeping the text the mentor wrote', () => {
    const tip = emptyTip('gmail');
    const guide = emptyGuide('gmail');
    const step = guide.steps[0]!;
    step.text = { fr: 'Mon texte', en: '' };
    const draft = { ...emptyDraft(), tips: [tip], guides: [guide] };
    const withTip = applyPicked(draft, { id: 1, target: { kind: 'tip', key: tip.key }, anchor, sentence });
    expect(withTip.tips[0]?.anchor).toEqual(anchor);
    const target = { kind: 'step' as const, guideKey: guide.key, stepKey: step.key };
    const withStep = applyPicked(withTip, { id: 2, target, anchor, sentence });
    expect(withStep.guides[0]?.steps[0]).toMatchObject({ anchor, text: { fr: 'Mon texte', en: '' } });
  });

  it('fills a guide’s blank steps first when recording, then adds steps while the guide has room', () => {
    const guide = emptyGuide('gmail');
    let draft = { ...emptyDraft(), guides: [guide] };
    const target = { kind: 'guide' as const, guideKey: guide.key };
    for (let i = 0; i < limits.maxSteps + 3; i++) draft = applyPicked(draft, { id: i, target, anchor, sentence });
    const steps = draft.guides[0]!.steps;
    expect(steps).toHaveLength(limits.maxSteps);
    expect(steps.every((s) => s.text.fr === sentence.fr && s.anchor === anchor)).toBe(true);
    // The blank steps the form started with were used, not left empty at the top.
    expect(steps.slice(0, limits.minSteps).map((s) => s.key)).toEqual(guide.steps.map((s) => s.key));
  });

  it('gives nothing to an item removed meanwhile', () => {
    const draft = { ...emptyDraft(), tips: [emptyTip()] };
    expect(applyPicked(draft, { id: 1, target: { kind: 'tip', key: 'gone' }, anchor, sentence })).toEqual(draft);
  });
});

describe('a recorded step’s first sentence', () => {
  it('says to click a button or to type in a field, by its name, in both languages', () => {
    document.body.innerHTML = '<button>Envoyer</button><input aria-label="Objet">';
    const sayings = stepSayings();
    // The name is the page's own word, in both sentences: the mentor rewrites what they like.
    expect(stepSentence(makeAnchor(document.querySelector('button')!), sayings)).toEqual({
      fr: 'Cliquez sur «\u202fEnvoyer\u202f».',
      en: 'Click "Envoyer".',
    });
    expect(stepSentence(makeAnchor(document.querySelector('input')!), sayings)).toEqual({
      fr: 'Cliquez dans «\u202fObjet\u202f» et écrivez.',
      en: 'Click in "Objet" and type.',
    });
  });

  it('never takes its words from personal text: the ring says where', () => {
    document.body.innerHTML =
      '<table><tr><td><a href="#m1">Réunion avec Mme Dupont</a></td></tr><tr><td>x</td></tr></table>';
    const made = makeAnchor(document.querySelector('a')!);
    expect(made.refused).toContain('Réunion avec Mme Dupont');
    expect(stepSentence(made, stepSayings()).fr).toBe('Cliquez à l’endroit entouré.');
  });

  it('points at the control around an icon the mentor clicked', () => {
    document.body.innerHTML = '<div role="button" aria-label="Joindre"><svg><path></path></svg></div>';
    expect(pickable(document.querySelector('path')!)).toBe(document.querySelector('[role=button]'));
  });
});

describe('what the picker is given and says', () => {
  it('receives every word it uses from the studio, checked by the background’s schema', () => {
    const request = { mode: 'record', target: { kind: 'guide', guideKey: 'k1' }, toolId: 'gmail', lang: 'fr' };
    const full = { ...request, words: pickerWords('fr'), sayings: stepSayings() };
    expect(pointRequestSchema.safeParse(full).success).toBe(true);
    // Every key the studio hands over has its string (none falls back to the key itself).
    for (const [key, text] of Object.entries(full.words)) expect(text, key).not.toBe(`studio.${key}`);
    const words = wordsOf({ lang: 'fr', mode: 'record', recorded: 2, words: full.words, sayings: full.sayings });
    expect(words.sayCount('picker.recorded', 1)).toBe('1 étape enregistrée.');
    expect(words.sayCount('picker.recorded', 3)).toBe('3 étapes enregistrées.');
    expect(pointRequestSchema.safeParse({ ...full, words: { '<script>': 'x' } }).success).toBe(false);
  });

  it('has each tried locator in words, and a page-made anchor with personal text refused', () => {
    document.body.innerHTML = '<button id="compose-button">Nouveau message</button>';
    const view = {
      lang: 'fr' as const,
      mode: 'point' as const,
      recorded: 0,
      words: pickerWords('fr'),
      sayings: stepSayings(),
    };
    const lines = wordsOf(view).tried(makeAnchor(document.querySelector('button')!));
    expect(lines[0]).toBe('le bouton «\u202fNouveau message\u202f» — trouve 1 élément, gardé');
    const personal = [{ attributes: { 'aria-label': 'tresoriere@asso.fr' } }];
    expect(pickedSchema.safeParse({ anchor: personal, sentence }).success).toBe(true);
    expect(personalInAnchor(personal)).toBe('email');
    expect(personalInAnchor(anchor)).toBeNull();
  });
});
