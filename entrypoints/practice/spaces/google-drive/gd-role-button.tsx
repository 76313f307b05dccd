import { useRef, useState } from 'react';
import { Menu, type MenuItem } from '../drive-kit/menu';
import { ROLES, type Role } from './gd-data';
import { Icon } from './gd-icons';
import type { GdWords } from './gd-words';

interface Props {
  w: GdWords;
  role: Role;
  /** What the button says besides the role, for a reader (« Rôle de Marie Durand »). */
  label: string;
  onRole(role: Role): void;
  /** Entries after the roles (« Transférer la propriété », « Supprimer l'accès »). */
  extra?: MenuItem[];
  /** Shown instead of the role (« Propriétaire en attente »). */
  shown?: string;
}

/** Drive's role picker: a button with the role and a small arrow, opening the list of roles. */
export function GdRoleButton({ w, role, label, onRole, extra = [], shown }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const roles: MenuItem[] = ROLES.map((r) => ({
    id: r,
    label: w(`role.${r}`),
    checked: r === role,
    onSelect: () => onRole(r),
  }));
  return (
    <span className="gd-role-wrap">
      <button
        ref={button}
        type="button"
        className="gd-role"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`${shown ?? w(`role.${role}`)} – ${label}`}
        onClick={() => setOpen(!open)}
      >
        {shown ?? w(`role.${role}`)}
        <Icon name="down" />
      </button>
      {open ? (
        <Menu
          label={label}
          className="gd-menu gd-role-menu"
          trigger={button}
          onClose={(refocus) => {
            setOpen(false);
            if (refocus) button.current?.focus();
          }}
          items={[...roles, ...extra.map((item, i) => ({ ...item, separatorBefore: i === 0 }))]}
        />
      ) : null}
    </span>
  );
}
