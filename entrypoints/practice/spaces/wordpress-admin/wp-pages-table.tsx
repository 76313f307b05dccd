import type { MouseEvent } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import type { SitePage } from './wp-model';

/** A link of the imitation: it changes the screen in place, and goes nowhere. */
export const go = (action: () => void) => (event: MouseEvent) => {
  event.preventDefault();
  action();
};

/** « Toutes les pages »: the counts by status and the table, each title opening its page in the editor. */
export function PagesTable({ lang, pages, onEdit }: { lang: Lang; pages: SitePage[]; onEdit(id: number): void }) {
  const tr = (key: MessageKey) => t(lang, key);
  const drafts = pages.filter((p) => p.status === 'draft').length;
  return (
    <>
      <p className="wp-views">
        {tr('practice.wordpress-admin.view.all')} ({pages.length}) | {tr('practice.wordpress-admin.view.published')} (
        {pages.length - drafts}) | {tr('practice.wordpress-admin.view.drafts')} ({drafts})
      </p>
      <table className="wp-list-table widefat">
        <thead>
          <tr>
            <th scope="col">{tr('practice.wordpress-admin.col.title')}</th>
            <th scope="col">{tr('practice.wordpress-admin.col.author')}</th>
            <th scope="col">{tr('practice.wordpress-admin.col.date')}</th>
          </tr>
        </thead>
        <tbody>
          {pages.map((p) => (
            <tr key={p.id}>
              <td>
                <a className="row-title" href={`#post-${p.id}`} onClick={go(() => onEdit(p.id))}>
                  {p.title || tr('practice.wordpress-admin.no-title')}
                </a>
                {p.status === 'draft' && <strong> — {tr('practice.wordpress-admin.status.draft')}</strong>}
              </td>
              <td>{p.author}</td>
              <td>
                {tr(
                  p.status === 'draft'
                    ? 'practice.wordpress-admin.last-modified'
                    : 'practice.wordpress-admin.published',
                )}
                <br />
                {p.date}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
