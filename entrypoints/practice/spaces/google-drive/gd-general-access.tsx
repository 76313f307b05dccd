import { useRef, useState } from 'react';
import type { PracticeEvent } from '../../space-api';
import { Menu } from '../drive-kit/menu';
import { type Item, linkSetting, type Role } from './gd-data';
import { Icon } from './gd-icons';
import { GdRoleButton } from './gd-role-button';
import type { GdWords } from './gd-words';

interface Props {
  w: GdWords;
  item: Item;
  onChange(item: Item): void;
  record(event: PracticeEvent): void;
}

/** « Accès général »: « Limité » or « Tous les utilisateurs qui ont le lien », and then with what role. */
export function GdGeneralAccess({ w, item, onChange, record }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const link = item.link;
  const set = (next: Item['link']) => {
    onChange({ ...item, link: next });
    record({ type: 'shared', item: item.id, link: linkSetting(next) });
  };
  const anyone = link.access === 'anyone';
  return (
    <>
      <h3 className="gd-section">{w('access.title')}</h3>
      <div className="gd-general">
        <span className={anyone ? 'gd-general-icon gd-general-open' : 'gd-general-icon'}>
          <Icon name={anyone ? 'globe' : 'lock'} />
        </span>
        <span className="gd-general-text">
          <span className="gd-role-wrap">
            <button
              ref={button}
              type="button"
              className="gd-access"
              aria-haspopup="menu"
              aria-expanded={open}
              aria-label={`${w(`access.${link.access}`)} – ${w('access.title')}`}
              onClick={() => setOpen(!open)}
            >
              {w(`access.${link.access}`)}
              <Icon name="down" />
            </button>
            {open ? (
              <Menu
                label={w('access.title')}
                className="gd-menu gd-role-menu"
                trigger={button}
                onClose={(refocus) => {
                  setOpen(false);
                  if (refocus) button.current?.focus();
                }}
                items={(['restricted', 'anyone'] as const).map((access) => ({
                  id: access,
                  label: w(`access.${access}`),
                  checked: access === link.access,
                  onSelect: () => set({ ...link, access }),
                }))}
              />
            ) : null}
          </span>
          <span className="gd-general-help">
            {anyone ? w(`access.anyone-help.${link.role}`) : w('access.restricted-help')}
          </span>
        </span>
        {anyone ? (
          <GdRoleButton
            w={w}
            role={link.role}
            label={w('access.role')}
            onRole={(role: Role) => set({ ...link, role })}
          />
        ) : null}
      </div>
    </>
  );
}
