import { useEffect, useRef } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import type { SitePage } from './wp-model';
import { go, PagesTable } from './wp-pages-table';

const MENU = [
  'dashboard',
  'posts',
  'media',
  'pages',
  'comments',
  'appearance',
  'plugins',
  'users',
  'tools',
  'settings',
];
export type AdminView = { name: 'dashboard' } | { name: 'pages' } | { name: 'other'; item: string };

interface Props {
  lang: Lang;
  view: AdminView;
  pages: SitePage[];
  onView(view: AdminView): void;
  onNewPage(): void;
  onEdit(pageId: number): void;
}

/** The admin screens around the editor: the black bar, the left menu, the dashboard and the Pages list. */
export function AdminScreen({ lang, view, pages, onView, onNewPage, onEdit }: Props) {
  const tr = (key: MessageKey) => t(lang, key);
  const current = view.name === 'other' ? view.item : view.name;
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  // A new screen takes the focus to its title, as a page load would bring it to the top.
  useEffect(() => {
    if (first.current) first.current = false;
    else heading.current?.focus();
  }, [current]);

  const open = (item: string) =>
    onView(item === 'dashboard' || item === 'pages' ? { name: item } : { name: 'other', item });
  const submenu: Record<string, [MessageKey, () => void][]> = {
    dashboard: [
      ['practice.wordpress-admin.menu.home', () => open('dashboard')],
      ['practice.wordpress-admin.menu.updates', () => open('updates')],
    ],
    pages: [
      ['practice.wordpress-admin.menu.all-pages', () => open('pages')],
      ['practice.wordpress-admin.add-page', onNewPage],
    ],
  };
  return (
    <div className="wp-admin">
      <div id="wpadminbar" className="wp-adminbar">
        <span className="wp-adminbar-site">{tr('practice.wordpress-admin.site-name')}</span>
        <span>{tr('practice.wordpress-admin.howdy')}</span>
      </div>
      <div className="wp-admin-body">
        <nav className="wp-menu" aria-label={tr('practice.wordpress-admin.menu.label')}>
          <ul id="adminmenu">
            {MENU.map((item) => (
              <li key={item} id={`menu-${item}`} className={item === current ? 'wp-menu-current' : undefined}>
                <a
                  href={`#${item}`}
                  onClick={go(() => open(item))}
                  aria-current={item === current ? 'page' : undefined}
                >
                  <span className={`wp-menu-icon wp-icon-${item}`} aria-hidden="true" />
                  <span className="wp-menu-name">{tr(`practice.wordpress-admin.menu.${item}` as MessageKey)}</span>
                </a>
                {item === current && submenu[item] && (
                  <ul className="wp-submenu">
                    {submenu[item].map(([key, action]) => (
                      <li key={key}>
                        <a href={`#${key}`} onClick={go(action)}>
                          {tr(key)}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <div id="wpbody-content" className="wp-content">
          {view.name === 'pages' ? (
            <>
              <div className="wp-heading">
                <h2 ref={heading} tabIndex={-1}>
                  {tr('practice.wordpress-admin.menu.pages')}
                </h2>
                <a href="post-new.php?post_type=page" className="page-title-action" onClick={go(onNewPage)}>
                  {tr('practice.wordpress-admin.add-page')}
                </a>
              </div>
              <PagesTable lang={lang} pages={pages} onEdit={onEdit} />
            </>
          ) : (
            <>
              <h2 ref={heading} tabIndex={-1}>
                {tr(`practice.wordpress-admin.menu.${current}` as MessageKey)}
              </h2>
              <div className="wp-box">
                <p>
                  {tr(
                    view.name === 'dashboard'
                      ? 'practice.wordpress-admin.welcome'
                      : 'practice.wordpress-admin.not-here',
                  )}
                </p>
              </div>
            </>
          )}
        </div>
      </div>
    </div>
  );
}
