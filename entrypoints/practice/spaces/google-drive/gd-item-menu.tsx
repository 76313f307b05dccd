import { useRef } from 'react';
import { Menu } from '../drive-kit/menu';
import type { Item } from './gd-data';
import { Icon } from './gd-icons';
import type { GdWords } from './gd-words';

/** Where a menu opens: at the pointer for a right click, under the button otherwise. */
export interface MenuAt {
  item: Item;
  x: number;
  y: number;
  opener: HTMLElement;
}

interface Props {
  w: GdWords;
  at: MenuAt;
  onClose(): void;
  onShare(): void;
  onToast(text: string): void;
}

/** An item's menu, as Drive's right click shows it; « Partager › » opens « Partager » and « Copier le lien ». */
export function GdItemMenu({ w, at, onClose, onShare, onToast }: Props) {
  const opener = useRef<HTMLElement>(at.opener);
  // Kept inside the window, even at 200 % zoom where the window is small.
  const left = Math.max(8, Math.min(at.x, window.innerWidth - 260));
  const top = Math.max(8, Math.min(at.y, window.innerHeight - 220));
  return (
    <Menu
      label={at.item.name}
      className="gd-menu gd-item-menu"
      style={{ left, top }}
      trigger={opener}
      onClose={(refocus) => {
        onClose();
        const button = at.opener.querySelector('button') ?? at.opener;
        if (refocus) (button as HTMLElement).focus();
      }}
      items={[
        { id: 'download', label: w('menu.download'), onSelect: () => onToast(w('toast.download')) },
        {
          id: 'share',
          label: w('menu.share'),
          icon: <Icon name="share" />,
          separatorBefore: true,
          submenu: [
            { id: 'share-people', label: w('menu.share'), icon: <Icon name="share" />, onSelect: onShare },
            {
              id: 'copy-link',
              label: w('copy-link'),
              icon: <Icon name="link" />,
              onSelect: () => onToast(w('toast.link-copied')),
            },
          ],
        },
        { id: 'trash', label: w('menu.trash'), separatorBefore: true, onSelect: () => onToast(w('toast.not-here')) },
      ]}
    />
  );
}
