import { useEffect, useRef, useState } from 'react';
import type { PracticeEvent } from '../../space-api';
import { Menu } from '../drive-kit/menu';
import { type LinkPermission, linkOf, type NcItem } from './nc-data';
import { NcIcon } from './nc-icons';
import type { NcWords } from './nc-words';

interface Props {
  w: NcWords;
  item: NcItem;
  onChange(item: NcItem): void;
  record(event: PracticeEvent): void;
  onToast(text: string): void;
}

const CHOICES: LinkPermission[] = ['view', 'edit', 'file-request', 'custom'];

/** What a permission lets people do, as an exercise sees it. */
const roleOf = (permission: LinkPermission) => (permission === 'view' ? 'reader' : 'editor');

/**
 * « Lien de partage »: the « + » (« Créer un nouveau lien de partage ») makes the link and copies
 * it; under it, the quick share choice (« Afficher seulement », « Peut modifier »…). The link is
 * fictional, on a name kept for examples: it leads nowhere.
 */
export function NcLinkEntry({ w, item, onChange, record, onToast }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The « + » is gone once the link is made: the focus goes on to the choice under the link.
  const made = useRef(false);
  useEffect(() => {
    if (made.current && item.link) button.current?.focus();
    made.current = false;
  }, [item.link]);
  const copy = () => {
    // Only the fictional link is written, to the volunteer's own clipboard; nothing is sent.
    void navigator.clipboard?.writeText(linkOf(item)).catch(() => undefined);
    onToast(w('toast.link-copied'));
  };
  const set = (link: LinkPermission) => {
    onChange({ ...item, link });
    record({ type: 'shared', item: item.id, link: { access: 'anyone', role: roleOf(link) } });
  };
  return (
    <li className="nc-share-entry">
      <span className="nc-link-avatar">
        <NcIcon name="link" />
      </span>
      <span className="nc-share-desc">
        <span className="nc-share-title">{w('share.link')}</span>
        {item.link ? (
          <span className="nc-quick">
            <button
              ref={button}
              type="button"
              className="nc-quick-button"
              aria-haspopup="menu"
              aria-expanded={open}
              onClick={() => setOpen(!open)}
            >
              {w(`permission.${item.link}`)}
              <NcIcon name="down" size={16} />
            </button>
            {open ? (
              <Menu
                label={w('share.quick')}
                className="nc-menu nc-quick-menu"
                trigger={button}
                onClose={(refocus) => {
                  setOpen(false);
                  if (refocus) button.current?.focus();
                }}
                items={CHOICES.map((choice) => ({
                  id: choice,
                  label: w(`permission.${choice}`),
                  checked: item.link === choice,
                  icon: <NcIcon name={choice === 'view' ? 'eye' : choice === 'edit' ? 'pencil' : 'file'} />,
                  onSelect: () => (choice === 'view' || choice === 'edit' ? set(choice) : onToast(w('toast.not-here'))),
                }))}
              />
            ) : null}
          </span>
        ) : null}
      </span>
      {item.link ? (
        <button
          type="button"
          className="nc-icon-button"
          aria-label={w('share.copy', { name: item.name })}
          title={w('share.copy', { name: item.name })}
          onClick={copy}
        >
          <NcIcon name="copy" />
        </button>
      ) : (
        <button
          type="button"
          className="nc-icon-button nc-new-link"
          aria-label={w('share.create')}
          title={w('share.create')}
          onClick={() => {
            made.current = true;
            set('view');
            copy();
          }}
        >
          <NcIcon name="plus" />
        </button>
      )}
    </li>
  );
}
