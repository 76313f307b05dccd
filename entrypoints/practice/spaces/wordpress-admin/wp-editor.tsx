import { useEffect, useRef, useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { BlockList, focusBlock, focusIn } from './wp-blocks';
import { Inserter } from './wp-inserter';
import { type Block, newId, type SitePage } from './wp-model';
import { PublishPanel, Sidebar } from './wp-panels';
import { PostActions } from './wp-post-actions';

interface Props {
  lang: Lang;
  page: SitePage;
  onSave(page: SitePage): void;
  onExit(): void;
}

/** The block editor: its top bar (inserter, save, publish, settings), the page's title and blocks. */
export function Editor({ lang, page, onSave, onExit }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  const [draft, setDraft] = useState(page);
  const [selected, setSelected] = useState<number | null>(null);
  const [panel, setPanel] = useState<'inserter' | 'publish' | 'published' | null>(null);
  const [settings, setSettings] = useState(false);
  const [saved, setSaved] = useState(false);
  const title = useRef<HTMLTextAreaElement>(null);
  // A new page starts with the caret in its title, as in WordPress.
  useEffect(() => {
    if (!page.title) title.current?.focus();
  }, []);

  const change = (blocks: Block[]) => {
    setDraft((d) => ({ ...d, blocks }));
    setSaved(false);
  };
  const save = (status: SitePage['status']) => {
    const next = { ...draft, status };
    setDraft(next);
    onSave(next);
    setSaved(status === 'draft');
    if (status === 'publish') setPanel(panel === 'publish' ? 'published' : panel);
  };
  const insert = (kind: Block['kind']) => {
    const block: Block = { id: newId(), kind, text: '' };
    const at = draft.blocks.findIndex((b) => b.id === selected);
    const blocks = [...draft.blocks];
    blocks.splice(at < 0 ? blocks.length : at + 1, 0, block);
    change(blocks);
    setSelected(block.id);
    setPanel(null);
    focusBlock(block.id);
  };
  const image = draft.blocks.find((b) => b.id === selected && b.kind === 'image');
  const published = draft.status === 'publish';

  return (
    <div className="wp-editor edit-post-layout">
      <section className="editor-header" aria-label={tr('practice.wordpress-admin.editor.toolbar')}>
        <button
          type="button"
          className="wp-back"
          aria-label={tr('practice.wordpress-admin.editor.back')}
          onClick={onExit}
        >
          <span aria-hidden="true">W</span>
        </button>
        <div className="editor-document-tools">
          <button
            type="button"
            className="components-button editor-document-tools__inserter-toggle is-primary"
            aria-label={tr('practice.wordpress-admin.editor.inserter')}
            aria-expanded={panel === 'inserter'}
            onClick={() => setPanel(panel === 'inserter' ? null : 'inserter')}
          >
            <span aria-hidden="true">{panel === 'inserter' ? '×' : '+'}</span>
          </button>
        </div>
        <p className="wp-doc-title">{draft.title || tr('practice.wordpress-admin.no-title')}</p>
        <div className="editor-header__settings">
          <PostActions
            lang={lang}
            saved={saved}
            published={published}
            panelOpen={panel === 'publish'}
            onSave={save}
            onPanel={() => setPanel(panel === 'publish' ? null : 'publish')}
          />
          <button
            type="button"
            className="wp-gear"
            aria-label={tr('practice.wordpress-admin.editor.settings')}
            aria-expanded={settings}
            onClick={() => setSettings(!settings)}
          >
            <span aria-hidden="true">⚙</span>
          </button>
        </div>
      </section>
      <div className="wp-editor-body">
        {panel === 'inserter' && <Inserter lang={lang} onInsert={insert} onClose={() => setPanel(null)} />}
        <div className="editor-styles-wrapper wp-canvas">
          <textarea
            ref={title}
            className="editor-post-title wp-title"
            rows={1}
            aria-label={tr('practice.wordpress-admin.editor.add-title')}
            placeholder={tr('practice.wordpress-admin.editor.add-title')}
            value={draft.title}
            onChange={(e) => {
              setDraft({ ...draft, title: e.target.value.replace(/\n/g, ' ') });
              setSaved(false);
            }}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              focusIn(document.querySelector('.wp-space .wp-block'));
            }}
          />
          <BlockList lang={lang} blocks={draft.blocks} selected={selected} onSelect={setSelected} onChange={change} />
        </div>
        {settings && (
          <Sidebar
            lang={lang}
            page={draft}
            image={image}
            onAlt={(alt) => change(draft.blocks.map((b) => (b.id === image?.id ? { ...b, alt } : b)))}
            onClose={() => setSettings(false)}
          />
        )}
        {(panel === 'publish' || panel === 'published') && (
          <PublishPanel
            lang={lang}
            page={draft}
            done={panel === 'published'}
            onPublish={() => save('publish')}
            onClose={() => setPanel(null)}
          />
        )}
      </div>
    </div>
  );
}
