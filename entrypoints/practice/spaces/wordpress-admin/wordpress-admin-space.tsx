import { useEffect, useState } from 'react';
import type { SpaceProps } from '../../space-api';
import { AdminScreen, type AdminView } from './wp-admin';
import { Editor } from './wp-editor';
import { draftToEdit, emptyParagraph, newId, type SitePage, seedPages } from './wp-model';
import './wordpress-admin.css';
import './wp-admin.css';
import './wp-editor.css';
import './wp-panels.css';
import './wp-media.css';

type Screen = AdminView | { name: 'editor'; pageId: number };

/**
 * An imitation of a WordPress site's administration (6.x): the dashboard, the Pages list and the
 * block editor. Real ids and classes (#menu-pages, a.page-title-action, editor-post-publish-…)
 * stay as WordPress writes them so the built-in guides' anchors find them; nothing is put online.
 */
export default function WordPressAdminSpace({ lang, record, context }: SpaceProps) {
  const [pages, setPages] = useState(() => seedPages(lang));
  const [screen, setScreen] = useState<Screen>(() =>
    context === 'edit-page' ? { name: 'editor', pageId: draftToEdit(pages)?.id ?? 1 } : { name: 'dashboard' },
  );
  // A guide about the editor (« Ajouter une image ») starts there, on the draft with some text.
  useEffect(() => {
    if (context === 'edit-page') {
      setScreen((now) => (now.name === 'editor' ? now : { name: 'editor', pageId: draftToEdit(pages)?.id ?? 1 }));
    }
  }, [context]);

  const newPage = () => {
    const page: SitePage = {
      id: newId(),
      title: '',
      status: 'draft',
      blocks: [emptyParagraph()],
      author: 'Camille',
      date: '',
    };
    // Like WordPress's auto-draft: the page exists once opened, and the list shows it once saved.
    setPages((all) => [...all, page]);
    setScreen({ name: 'editor', pageId: page.id });
  };

  const save = (page: SitePage) => {
    const date = new Date().toLocaleDateString(lang === 'fr' ? 'fr-FR' : 'en-CA');
    setPages((all) => all.map((p) => (p.id === page.id ? { ...page, date } : p)));
    record({ type: 'page-saved', title: page.title, status: page.status, blocks: page.blocks.map((b) => b.kind) });
  };

  const editing = screen.name === 'editor' ? pages.find((p) => p.id === screen.pageId) : undefined;
  return (
    <div className="wp-space" lang={lang}>
      {editing ? (
        <Editor key={editing.id} lang={lang} page={editing} onSave={save} onExit={() => setScreen({ name: 'pages' })} />
      ) : (
        <AdminScreen
          lang={lang}
          view={screen.name === 'editor' ? { name: 'pages' } : screen}
          pages={pages.filter((p) => p.date || p.title)}
          onView={setScreen}
          onNewPage={newPage}
          onEdit={(pageId) => setScreen({ name: 'editor', pageId })}
        />
      )}
    </div>
  );
}
