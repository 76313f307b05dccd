import { useRef, useState } from 'react';
import { type Lang, localeOf } from '../../../../utils/i18n';
import { Menu } from '../drive-kit/menu';
import type { NcItem } from './nc-data';
import { NcIcon } from './nc-icons';
import type { NcWords } from './nc-words';

interface Props {
  w: NcWords;
  lang: Lang;
  items: NcItem[];
  onOpen(item: NcItem): void;
  onShare(item: NcItem): void;
  onToast(text: string): void;
}

/** Files' list: a click opens a folder; on each line, the share icon and the « Actions » menu. */
export function NcFileList({ w, lang, items, onOpen, onShare, onToast }: Props) {
  const date = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'short', year: 'numeric' });
  const sorted = [...items].sort((a, b) => Number(b.folder) - Number(a.folder) || a.name.localeCompare(b.name));
  return (
    <table className="nc-table">
      <thead>
        <tr>
          <th scope="col">{w('col.name')}</th>
          <th scope="col">
            <span className="visually-hidden">{w('col.actions')}</span>
          </th>
          <th scope="col" className="nc-col-wide">
            {w('col.size')}
          </th>
          <th scope="col" className="nc-col-wide">
            {w('col.modified')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((item) => (
          <tr key={item.id} className="nc-row">
            <td>
              <button type="button" className="nc-name" onClick={() => onOpen(item)}>
                <span className={item.folder ? 'nc-thumb nc-thumb-folder' : 'nc-thumb'}>
                  <NcIcon name={item.folder ? 'folder' : 'file'} size={28} />
                </span>
                {item.name}
              </button>
            </td>
            <td className="nc-actions">
              <button
                type="button"
                className="nc-share-action"
                aria-label={
                  item.link ? w('share.status-shared', { name: item.name }) : w('share.status', { name: item.name })
                }
                title={
                  item.link ? w('share.status-shared', { name: item.name }) : w('share.status', { name: item.name })
                }
                onClick={() => onShare(item)}
              >
                <NcIcon name={item.link ? 'link' : 'share'} />
                {item.link ? <span>{w('share.shared')}</span> : null}
              </button>
              <RowMenu w={w} item={item} onShare={() => onShare(item)} onToast={onToast} />
            </td>
            <td className="nc-col-wide">{item.size}</td>
            <td className="nc-col-wide">{date.format(new Date(item.modified))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RowMenu({
  w,
  item,
  onShare,
  onToast,
}: {
  w: NcWords;
  item: NcItem;
  onShare(): void;
  onToast(t: string): void;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const notHere = () => onToast(w('toast.not-here'));
  return (
    <span className="nc-menu-wrap">
      <button
        ref={button}
        type="button"
        className="nc-more"
        aria-label={w('actions', { name: item.name })}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        <NcIcon name="more" />
      </button>
      {open ? (
        <Menu
          label={w('actions', { name: item.name })}
          className="nc-menu nc-row-menu"
          trigger={button}
          onClose={(refocus) => {
            setOpen(false);
            if (refocus) button.current?.focus();
          }}
          items={[
            { id: 'details', label: w('menu.details'), onSelect: onShare },
            { id: 'rename', label: w('menu.rename'), onSelect: notHere },
            { id: 'download', label: w('menu.download'), onSelect: () => onToast(w('toast.download')) },
            { id: 'delete', label: w(item.folder ? 'menu.delete-folder' : 'menu.delete-file'), onSelect: notHere },
          ]}
        />
      ) : null}
    </span>
  );
}
