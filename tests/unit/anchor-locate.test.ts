// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nameMatches } from '../../utils/anchors/accessible-name';
import { locateAnchor } from '../../utils/anchors/locate';
import { waitForAnchor } from '../../utils/anchors/wait-for-anchor';
import type { Anchor } from '../../utils/packs/pack-schema';

const page = (html: string) => {
  document.body.innerHTML = html;
};
const byId = (id: string) => document.getElementById(id);
const both = (text: string) => ({ fr: text, en: text });
const named = (role: string, fr: string, en = fr): Anchor[number] => ({ role, name: { fr, en } });

/** The id of the element the anchor finds, and which locator found it. */
function found(anchor: Anchor, root?: Document | Element) {
  const match = locateAnchor(anchor, root);
  return match && { id: match.element.id, locator: match.locator };
}

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('order of trial', () => {
  it('takes the first locator that finds one element, even when a later one matches too', () => {
    page('<button id="send" aria-label="Envoyer">Envoyer</button><button id="other" data-tooltip="x">x</button>');
    expect(found([{ attributes: { 'aria-label': 'Envoyer' } }, { css: '#other' }])).toEqual({ id: 'send', locator: 0 });
    expect(found([{ css: '#other' }, { attributes: { 'aria-label': 'Envoyer' } }])).toEqual({
      id: 'other',
      locator: 0,
    });
  });

  it('moves on when a locator finds nothing', () => {
    page('<button id="send">Envoyer</button>');
    expect(found([{ css: '#missing' }, { role: 'button' }])).toEqual({ id: 'send', locator: 1 });
  });

  it('moves on when a locator finds several visible elements', () => {
    page('<button id="a" class="b">Envoyer</button><button id="c" class="b">Archiver</button>');
    expect(found([{ css: '.b' }, named('button', 'Archiver', 'Archive')])).toEqual({ id: 'c', locator: 1 });
  });

  it('returns null when no locator finds exactly one element', () => {
    page('<button class="b">A</button><button class="b">B</button>');
    expect(locateAnchor([{ css: '.b' }, { css: '#nothing' }, { role: 'button' }])).toBeNull();
  });

  it('treats an invalid CSS selector as no match and goes on', () => {
    page('<button id="send">Envoyer</button>');
    const anchor: Anchor = [{ css: 'button[[[' }, { css: ':has(' }, { css: '#send' }];
    expect(() => locateAnchor(anchor)).not.toThrow();
    expect(found(anchor)).toEqual({ id: 'send', locator: 2 });
  });
});

describe('visibility', () => {
  const hiders = [
    { name: 'display:none', html: '<button style="display:none">Envoyer</button>' },
    { name: 'a display:none ancestor', html: '<div style="display: none"><button>Envoyer</button></div>' },
    {
      name: 'a stylesheet rule',
      html: '<style>.closed{display:none}</style><div class="closed"><button>Envoyer</button></div>',
    },
    { name: 'the hidden attribute', html: '<button hidden>Envoyer</button>' },
    { name: 'a hidden ancestor', html: '<section hidden><p><button>Envoyer</button></p></section>' },
    { name: 'an aria-hidden ancestor', html: '<div aria-hidden="true"><button>Envoyer</button></div>' },
    { name: 'an inert ancestor', html: '<div inert><button>Envoyer</button></div>' },
    { name: 'visibility:hidden', html: '<button style="visibility:hidden">Envoyer</button>' },
    { name: 'a visibility:hidden ancestor', html: '<div style="visibility:hidden"><button>Envoyer</button></div>' },
  ];

  it.each(hiders)('ignores an element hidden by $name', ({ html }) => {
    page(`${html}<button id="visible">Envoyer</button>`);
    expect(found([named('button', 'Envoyer')])).toEqual({ id: 'visible', locator: 0 });
    expect(found([{ text: both('Envoyer') }])).toEqual({ id: 'visible', locator: 0 });
    byId('visible')!.remove();
    expect(locateAnchor([named('button', 'Envoyer')])).toBeNull();
  });

  it('keeps an element made transparent: tools fade toolbars in on hover', () => {
    page('<button id="send" style="opacity:0">Envoyer</button>');
    expect(found([named('button', 'Envoyer')])).toEqual({ id: 'send', locator: 0 });
  });

  it('uses computed styles where checkVisibility is missing', () => {
    page('<div style="display:none"><button>Envoyer</button></div><button style="visibility:hidden">Envoyer</button>');
    const check = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility');
    Object.defineProperty(Element.prototype, 'checkVisibility', { value: undefined, configurable: true });
    try {
      expect(locateAnchor([named('button', 'Envoyer')])).toBeNull();
      document.body.insertAdjacentHTML('beforeend', '<button id="send">Envoyer</button>');
      expect(found([named('button', 'Envoyer')])).toEqual({ id: 'send', locator: 0 });
    } finally {
      if (check) Object.defineProperty(Element.prototype, 'checkVisibility', check);
      else Reflect.deleteProperty(Element.prototype, 'checkVisibility');
    }
  });

  it('skips an empty box when the page has layout, and not without it', () => {
    page('<button id="ghost">Envoyer</button>');
    expect(found([named('button', 'Envoyer')])).toEqual({ id: 'ghost', locator: 0 });
    vi.spyOn(document.documentElement, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, 0, 1280, 800));
    expect(locateAnchor([named('button', 'Envoyer')])).toBeNull();
    vi.spyOn(byId('ghost')!, 'getBoundingClientRect').mockReturnValue(new DOMRect(10, 10, 80, 30));
    expect(found([named('button', 'Envoyer')])).toEqual({ id: 'ghost', locator: 0 });
  });

  it('skips Déclic’s own UI, in its light and its open shadow DOM', () => {
    page('<declic-coach><button>Envoyer</button></declic-coach><button id="send">Envoyer</button>');
    const coach = document.querySelector('declic-coach')!;
    coach.attachShadow({ mode: 'open' }).innerHTML = '<button aria-label="Envoyer">Envoyer</button>';
    expect(found([named('button', 'Envoyer')])).toEqual({ id: 'send', locator: 0 });
    expect(found([{ attributes: { 'aria-label': 'Envoyer' } }, { text: both('Envoyer') }])).toEqual({
      id: 'send',
      locator: 1,
    });
    byId('send')!.remove();
    expect(locateAnchor([named('button', 'Envoyer'), { text: both('Envoyer') }, { css: 'button' }])).toBeNull();
  });
});

describe('roles', () => {
  const implicit = [
    { role: 'button', html: '<button id="x">B</button>' },
    { role: 'button', html: '<input id="x" type="submit" value="OK">' },
    { role: 'button', html: '<input id="x" type="button" value="OK">' },
    { role: 'link', html: '<a id="x" href="/inbox">Inbox</a><a>no href</a>' },
    { role: 'textbox', html: '<input id="x">' },
    { role: 'textbox', html: '<input id="x" type="email">' },
    { role: 'textbox', html: '<textarea id="x"></textarea>' },
    { role: 'checkbox', html: '<input id="x" type="checkbox">' },
    { role: 'radio', html: '<input id="x" type="radio">' },
    { role: 'combobox', html: '<select id="x"><option>a</option></select><select multiple></select>' },
    { role: 'listbox', html: '<select id="x" multiple></select><select></select>' },
    { role: 'heading', html: '<h3 id="x">Titre</h3>' },
    { role: 'navigation', html: '<nav id="x"></nav>' },
    { role: 'img', html: '<img id="x" alt="Logo"><img alt="">' },
    { role: 'listitem', html: '<ul><li id="x">a</li></ul>' },
    { role: 'table', html: '<table id="x"></table>' },
    { role: 'form', html: '<form id="x" aria-label="Contact"></form><form></form>' },
  ];

  it.each(implicit)('finds the implicit role $role in $html', ({ role, html }) => {
    page(`${html}<div role="none"></div>`);
    expect(found([{ role }])).toEqual({ id: 'x', locator: 0 });
  });

  it('finds an explicit role, by its first token', () => {
    page('<div id="x" role="button">Envoyer</div><span role="tab button">Onglet</span>');
    expect(found([{ role: 'button' }])).toEqual({ id: 'x', locator: 0 });
  });

  it('lets an explicit role override the implicit one', () => {
    page('<button role="tab" id="tab">Onglet</button><a href="#" role="button" id="x">Lien</a>');
    expect(found([{ role: 'button' }])).toEqual({ id: 'x', locator: 0 });
    expect(found([{ role: 'tab' }])).toEqual({ id: 'tab', locator: 0 });
    expect(locateAnchor([{ role: 'link' }])).toBeNull();
  });

  it('does not throw on role names that are also object properties', () => {
    page('<button>B</button>');
    for (const role of ['constructor', 'tostring', 'proto', 'hasownproperty']) {
      expect(() => locateAnchor([{ role }])).not.toThrow();
      expect(locateAnchor([{ role }])).toBeNull();
    }
  });
});

describe('accessible names', () => {
  it('matches the French or the English name', () => {
    page('<button id="fr">Envoyer</button><button id="en">Send later</button>');
    expect(found([named('button', 'Envoyer', 'Send')])).toEqual({ id: 'fr', locator: 0 });
    page('<button id="en">Send</button><button>Envoyer plus tard</button>');
    expect(found([named('button', 'Envoyer', 'Send')])).toEqual({ id: 'en', locator: 0 });
  });

  it('ignores case, extra spaces and the kind of apostrophe', () => {
    page('<button id="x">  Ajouter   à  l’agenda </button>');
    expect(found([named('button', "ajouter à L'AGENDA")])).toEqual({ id: 'x', locator: 0 });
  });

  it('reads aria-labelledby, then aria-label, before the content', () => {
    page(`<span id="l1">Nouveau</span><span id="l2">message</span>
      <div id="x" role="button" aria-labelledby="l1 l2" aria-label="Rédiger">Écrire</div>
      <div id="y" role="button" aria-label="Rédiger">Écrire</div>`);
    expect(found([named('button', 'Nouveau message')])).toEqual({ id: 'x', locator: 0 });
    expect(found([named('button', 'Rédiger')])).toEqual({ id: 'y', locator: 0 });
    expect(locateAnchor([named('button', 'Écrire')])).toBeNull();
  });

  it('names a field by its label, with for= or wrapping it', () => {
    page(`<label for="to">Destinataires</label><input id="to">
      <label>Objet <input id="subject"></label><input id="other" placeholder="Rechercher">`);
    expect(found([named('textbox', 'Destinataires', 'To')])).toEqual({ id: 'to', locator: 0 });
    expect(found([named('textbox', 'Objet', 'Subject')])).toEqual({ id: 'subject', locator: 0 });
    expect(found([named('textbox', 'Rechercher', 'Search')])).toEqual({ id: 'other', locator: 0 });
  });

  it('names images by alt, input buttons by value, and falls back to title', () => {
    page(`<img id="logo" alt="Logo de l'asso"><input id="ok" type="submit" value="Valider">
      <div id="menu" role="menu" title="Plus d'options"></div>
      <a id="icon" href="/new"><img alt="Nouveau"></a>`);
    expect(found([named('img', "Logo de l'asso")])).toEqual({ id: 'logo', locator: 0 });
    expect(found([named('button', 'Valider')])).toEqual({ id: 'ok', locator: 0 });
    expect(found([named('menu', "Plus d'options")])).toEqual({ id: 'menu', locator: 0 });
    expect(found([named('link', 'Nouveau')])).toEqual({ id: 'icon', locator: 0 });
  });

  it('does not take a name from content for roles that do not', () => {
    page('<nav id="x">Paramètres</nav>');
    expect(locateAnchor([named('navigation', 'Paramètres')])).toBeNull();
  });

  it('accepts a longer name only after a separator', () => {
    page(`<div id="send" role="button" aria-label="Envoyer \u202a(Ctrl-Entrée)\u202c">x</div>
      <div id="later" role="button">Envoyer plus tard</div>
      <a id="inbox" href="#inbox">Boîte de réception – 3 non lus</a>`);
    expect(found([named('button', 'Envoyer', 'Send')])).toEqual({ id: 'send', locator: 0 });
    expect(found([named('link', 'Boîte de réception', 'Inbox')])).toEqual({ id: 'inbox', locator: 0 });
    expect(locateAnchor([named('button', 'Envoyer plus')])).toBeNull();
    expect(locateAnchor([named('button', 'Env')])).toBeNull();
  });

  it.each([
    ['Envoyer (Ctrl-Entrée)', 'Envoyer', true],
    ['Send [Ctrl+Enter]', 'send', true],
    ['Corbeille: 3', 'Corbeille', true],
    ['Paramètres — compte', 'Paramètres', true],
    ['Partager - lien', 'Partager', true],
    ['Envoyer', 'Envoyer', true],
    ['Envoyer plus tard', 'Envoyer', false],
    ['Envoyer-plus', 'Envoyer', false],
    ['Envoyé', 'Envoyer', false],
    ['Envoyer', 'Envoyer (Ctrl-Entrée)', false],
    ['', 'Envoyer', false],
    ['Envoyer', '   ', false],
    ['✎ Nouveau message', 'Nouveau message', true],
    ['+ Nouveau', 'Nouveau', true],
    ['📎 Joindre un fichier', 'Joindre un fichier', true],
    ['Enregistrer ✓', 'Enregistrer', true],
    ['Nouveau message…', 'Nouveau message', true],
    ['Archiver ou supprimer ?', 'Archiver ou supprimer', true],
    ['✎ Nouveau dossier', 'Nouveau message', false],
    ['+', '+', true],
    ['✎', '+', false],
  ])('name %j matches %j: %s', (actual, wanted, expected) => {
    expect(nameMatches(actual, wanted)).toBe(expected);
  });
});

describe('attributes', () => {
  it('needs every given attribute to be equal', () => {
    page(`<div id="x" role="button" data-tooltip="Envoyer" aria-label="Envoyer"></div>
      <div role="button" data-tooltip="Envoyer" aria-label="Envoyer plus tard"></div>`);
    expect(found([{ attributes: { 'data-tooltip': 'Envoyer', 'aria-label': 'Envoyer' } }])).toEqual({
      id: 'x',
      locator: 0,
    });
    expect(locateAnchor([{ attributes: { 'data-tooltip': 'Envoyer' } }])).toBeNull();
  });

  it('compares values with quotes and backslashes literally', () => {
    page(`<a id="x" href="/a?b=&quot;c&quot;\\d" title="It's">x</a>`);
    expect(found([{ attributes: { href: '/a?b="c"\\d', title: "It's" } }])).toEqual({ id: 'x', locator: 0 });
  });
});

describe('visible text', () => {
  it('returns the control around the text, not the text span', () => {
    page('<div role="button" id="x" tabindex="0"><span class="icon"></span><span>Nouveau message</span></div>');
    expect(found([{ text: { fr: 'Nouveau message', en: 'Compose' } }])).toEqual({ id: 'x', locator: 0 });
    page('<label id="l"><input type="checkbox"> Garder une copie</label>');
    expect(found([{ text: { fr: 'Garder une copie', en: 'Keep a copy' } }])).toEqual({ id: 'l', locator: 0 });
  });

  it('returns the innermost element when no control is around it', () => {
    page('<main><section><p><strong id="x">Paramètres</strong></p></section></main>');
    expect(found([{ text: both('Paramètres') }])).toEqual({ id: 'x', locator: 0 });
  });

  it('matches text split across inline elements, in French or English', () => {
    page('<p>Voir <a id="x" href="#"><b>Com</b>pose</a></p>');
    expect(found([{ text: { fr: 'Rédiger', en: 'Compose' } }])).toEqual({ id: 'x', locator: 0 });
  });

  it('does not climb to a whole focusable pane around the text', () => {
    page(`<div id="pane" tabindex="0"><h2 id="x">Paramètres</h2><p>${'Beaucoup de texte. '.repeat(20)}</p></div>`);
    expect(found([{ text: both('Paramètres') }])).toEqual({ id: 'x', locator: 0 });
  });

  it('does not match a text that is only part of an element’s text', () => {
    page('<button>Envoyer plus tard</button>');
    expect(locateAnchor([{ text: both('Envoyer') }])).toBeNull();
  });

  it('counts two buttons with the same text as ambiguous', () => {
    page('<button>Supprimer</button><button>Supprimer</button>');
    expect(locateAnchor([{ text: both('Supprimer') }])).toBeNull();
  });
});

describe('open shadow roots', () => {
  const host = (html: string, outer = document.body) => {
    const el = document.createElement('app-toolbar');
    outer.append(el);
    el.attachShadow({ mode: 'open' }).innerHTML = html;
    return el;
  };

  it('finds elements inside open shadow roots, nested too', () => {
    page('<p>page</p>');
    const outer = host('<div><slot></slot></div>');
    host('<button id="x" aria-label="Partager">Partager</button>', outer.shadowRoot as unknown as HTMLElement);
    expect(found([named('button', 'Partager', 'Share')])).toEqual({ id: 'x', locator: 0 });
    expect(found([{ attributes: { 'aria-label': 'Partager' } }])).toEqual({ id: 'x', locator: 0 });
    expect(found([{ text: both('Partager') }])).toEqual({ id: 'x', locator: 0 });
    expect(found([{ css: 'button#x' }])).toEqual({ id: 'x', locator: 0 });
  });

  it('names a shadow element by an aria-labelledby id in its own shadow root', () => {
    page('');
    host('<span id="lab">Joindre</span><div id="x" role="button" aria-labelledby="lab"></div>');
    expect(found([named('button', 'Joindre', 'Attach')])).toEqual({ id: 'x', locator: 0 });
  });

  it('counts a page copy and a shadow copy as two matches', () => {
    page('<button>Partager</button>');
    host('<button>Partager</button>');
    expect(locateAnchor([named('button', 'Partager')])).toBeNull();
  });

  it('ignores the content of a hidden host', () => {
    page('');
    host('<button>Partager</button>').setAttribute('hidden', '');
    expect(locateAnchor([named('button', 'Partager')])).toBeNull();
  });

  it('does not enter closed shadow roots', () => {
    page('');
    document.body.append(document.createElement('x-closed'));
    document.body.lastElementChild!.attachShadow({ mode: 'closed' }).innerHTML = '<button>Partager</button>';
    expect(locateAnchor([named('button', 'Partager')])).toBeNull();
  });
});

describe('search root', () => {
  it('searches only under the given root', () => {
    page('<div id="a"><button id="x">OK</button></div><div id="b"><button>OK</button></div>');
    expect(locateAnchor([{ role: 'button' }])).toBeNull();
    expect(found([{ role: 'button' }], byId('a')!)).toEqual({ id: 'x', locator: 0 });
  });
});

describe('waiting for an anchor', () => {
  const anchor: Anchor = [{ css: '#late' }, named('dialog', 'Nouveau message', 'New message')];
  const addLater = (ms: number, html: string) =>
    setTimeout(() => document.body.insertAdjacentHTML('beforeend', html), ms);

  it('resolves at once when the element is already there', async () => {
    page('<button id="late">x</button>');
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    await expect(waitForAnchor(anchor, { timeoutMs: 1000 })).resolves.toMatchObject({
      element: byId('late'),
      locator: 0,
    });
    expect(observe).not.toHaveBeenCalled();
  });

  /** Runs `body` with fake timers: "later" means timers the test moves on, never the machine's speed. */
  const withFakeTimers = async (body: () => Promise<void>) => {
    vi.useFakeTimers();
    try {
      await body();
    } finally {
      vi.useRealTimers();
    }
  };
  /** Whether a promise has settled by now (after the timers the test advanced). */
  const settledWith = async <T>(promise: Promise<T>) => {
    let value: { done: boolean; result?: T } = { done: false };
    void promise.then((result) => {
      value = { done: true, result };
    });
    await vi.advanceTimersByTimeAsync(0);
    return value;
  };

  it('finds an element added later, and disconnects', () =>
    withFakeTimers(async () => {
      page('<p>inbox</p>');
      const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
      addLater(30, '<div role="dialog" id="compose" aria-label="Nouveau message"></div>');
      const match = waitForAnchor(anchor, { timeoutMs: 2000 });
      // Found within one search gap of its arrival, long before the timeout.
      await vi.advanceTimersByTimeAsync(30 + 100);
      const now = await settledWith(match);
      expect(now.done).toBe(true);
      expect(now.result?.element.id).toBe('compose');
      expect(now.result?.locator).toBe(1);
      expect(disconnect).toHaveBeenCalled();
    }));

  it('finds an element that becomes visible later', () =>
    withFakeTimers(async () => {
      page('<button id="late" hidden>x</button>');
      setTimeout(() => byId('late')!.removeAttribute('hidden'), 20);
      const match = waitForAnchor(anchor, { timeoutMs: 2000 });
      await vi.advanceTimersByTimeAsync(20 + 100);
      expect((await settledWith(match)).result).toMatchObject({ locator: 0 });
    }));

  it('finds an element rendered later inside an existing shadow root', () =>
    withFakeTimers(async () => {
      page('<app-shell></app-shell>');
      const shadow = document.querySelector('app-shell')!.attachShadow({ mode: 'open' });
      setTimeout(() => {
        shadow.innerHTML = '<button id="late">x</button>';
      }, 20);
      const match = waitForAnchor(anchor, { timeoutMs: 2000 });
      await vi.advanceTimersByTimeAsync(20 + 100);
      expect((await settledWith(match)).result).toMatchObject({ locator: 0 });
    }));

  it('finds an element rendered later inside a web component added later', () =>
    withFakeTimers(async () => {
      page('<p>inbox</p>');
      setTimeout(() => {
        const shell = document.createElement('app-shell');
        const shadow = shell.attachShadow({ mode: 'open' });
        document.body.append(shell);
        // Rendered well after the host arrived: only an observer on the shadow root sees it.
        setTimeout(() => {
          shadow.innerHTML = '<button id="late">x</button>';
        }, 250);
      }, 20);
      const match = waitForAnchor(anchor, { timeoutMs: 2000 });
      await vi.advanceTimersByTimeAsync(20 + 250 + 200);
      expect((await settledWith(match)).result).toMatchObject({ locator: 0 });
    }));

  it('resolves null at the timeout when the element never comes', async () => {
    vi.useFakeTimers();
    try {
      page('<p>inbox</p>');
      const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
      const result = waitForAnchor(anchor, { timeoutMs: 5000 });
      let settled = false;
      void result.then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(4900);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(100);
      await expect(result).resolves.toBeNull();
      expect(disconnect).toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('resolves null when aborted, and leaves nothing running', async () => {
    vi.useFakeTimers();
    try {
      page('<p>inbox</p>');
      const controller = new AbortController();
      const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
      const result = waitForAnchor(anchor, { timeoutMs: 60_000, signal: controller.signal });
      controller.abort();
      await expect(result).resolves.toBeNull();
      expect(disconnect).toHaveBeenCalled();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('resolves null for an already aborted signal without searching', async () => {
    page('<button id="late">x</button>');
    const controller = new AbortController();
    controller.abort();
    await expect(waitForAnchor(anchor, { timeoutMs: 1000, signal: controller.signal })).resolves.toBeNull();
  });

  it('searches at most once per 100 ms while the page churns', async () => {
    vi.useFakeTimers();
    try {
      page('<p>inbox</p>');
      const search = vi.spyOn(document, 'createTreeWalker');
      const result = waitForAnchor([{ text: both('Absent') }], { timeoutMs: 1000 });
      for (let i = 0; i < 50; i++) {
        document.body.append(document.createElement('span'));
        await vi.advanceTimersByTimeAsync(10);
      }
      // 500 ms of constant changes: the first search, then at most one per 100 ms.
      expect(search.mock.calls.length).toBeLessThanOrEqual(7);
      expect(search.mock.calls.length).toBeGreaterThanOrEqual(3);
      await vi.advanceTimersByTimeAsync(1000);
      await expect(result).resolves.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
