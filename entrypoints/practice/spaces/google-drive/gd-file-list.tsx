import { useState } from 'react';
import { type Lang, localeOf } from '../../../../utils/i18n';
import type { Item } from './gd-data';
import { Icon } from './gd-icons';
import { GdItemMenu, type MenuAt } from './gd-item-menu';
import type { GdWords } from './gd-words';

interface Props {
  w: GdWords;
  lang: Lang;
  items: Item[];
  /** The open folder's name; '' at the top of « Mon Drive ». */
  folder: string;
  onOpen(item: Item): void;
  onRoot(): void;
  onShare(item: Item): void;
  onToast(text: string): void;
}

/**
 * « Mon Drive »'s list: a folder opens with a double click (or Enter), a right click or
 * « Plus d'actions » opens the item's menu (the keyboard's menu key and Shift+F10 too).
 */
export function GdFileList({ w, lang, items, folder, onOpen, onRoot, onShare, onToast }: Props) {
  const [selected, setSelected] = useState('');
  const [menu, setMenu] = useState<MenuAt | null>(null);
  const date = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', year: 'numeric' });
  const sorted = [...items].sort((a, b) => Number(b.kind === 'folder') - Number(a.kind === 'folder'));

  return (
    <section className="gd-main" aria-labelledby="gd-title">
      <h2 id="gd-title" className="gd-title">
        {folder ? (
          <>
            <button type="button" className="gd-crumb" onClick={onRoot}>
              {w('nav.my-drive')}
            </button>
            <span aria-hidden="true"> › </span>
            {folder}
          </>
        ) : (
          w('nav.my-drive')
        )}
      </h2>
      <table className="gd-table">
        <thead>
          <tr>
            <th scope="col">{w('col.name')}</th>
            <th scope="col">{w('col.owner')}</th>
            <th scope="col" className="gd-col-wide">
              {w('col.modified')}
            </th>
            <th scope="col" className="gd-col-wide">
              {w('col.size')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{w('col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((item) => (
            <tr
              key={item.id}
              className={selected === item.id ? 'gd-row gd-row-selected' : 'gd-row'}
              onContextMenu={(event) => {
                event.preventDefault();
                setSelected(item.id);
                setMenu({ item, x: event.clientX, y: event.clientY, opener: event.currentTarget });
              }}
            >
              <td>
                <button
                  type="button"
                  className="gd-name"
                  onClick={() => setSelected(item.id)}
                  onDoubleClick={() => onOpen(item)}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      onOpen(item);
                    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
                      event.preventDefault();
                      const box = event.currentTarget.getBoundingClientRect();
                      setMenu({ item, x: box.left + 24, y: box.bottom, opener: event.currentTarget });
                    }
                  }}
                >
                  <Icon name={item.kind} />
                  {item.name}
                </button>
              </td>
              <td>{w('owner.me')}</td>
              <td className="gd-col-wide">{date.format(new Date(item.modified))}</td>
              <td className="gd-col-wide">{item.size || '—'}</td>
              <td>
                <button
                  type="button"
                  className="gd-more"
                  aria-label={w('more', { name: item.name })}
                  aria-haspopup="menu"
                  onClick={(event) => {
                    const box = event.currentTarget.getBoundingClientRect();
                    setMenu({ item, x: box.left - 180, y: box.bottom, opener: event.currentTarget });
                  }}
                >
                  <Icon name="more" />
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {menu ? (
        <GdItemMenu
          w={w}
          at={menu}
          onClose={() => setMenu(null)}
          onShare={() => onShare(menu.item)}
          onToast={onToast}
        />
      ) : null}
    </section>
  );
}
