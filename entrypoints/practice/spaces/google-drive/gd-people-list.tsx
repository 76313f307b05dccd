import type { PracticeEvent } from '../../space-api';
import { CONTACTS, type Item, linkSetting, type Person } from './gd-data';
import { GdRoleButton } from './gd-role-button';
import type { GdWords } from './gd-words';

interface Props {
  w: GdWords;
  item: Item;
  me: Person;
  onChange(item: Item): void;
  record(event: PracticeEvent): void;
  onTransfer(email: string): void;
}

/** « Personnes ayant accès »: the owner (the volunteer), then each person added, with their role. */
export function GdPeopleList({ w, item, me, onChange, record, onTransfer }: Props) {
  const nameOf = (email: string) => CONTACTS.find((c) => c.email === email)?.name ?? email;
  return (
    <>
      <h3 className="gd-section">{w('share.people')}</h3>
      <ul className="gd-access-list">
        <li className="gd-person">
          <span className="gd-person-avatar" aria-hidden="true">
            {me.name[0]}
          </span>
          <span className="gd-person-text">
            <span>{w('share.you', { name: me.name })}</span>
            <span className="gd-person-mail">{me.email}</span>
          </span>
          <span className="gd-owner">{w('share.owner')}</span>
        </li>
        {item.shares.map((share) => (
          <li key={share.email} className="gd-person">
            <span className="gd-person-avatar" aria-hidden="true">
              {nameOf(share.email)[0]?.toUpperCase()}
            </span>
            <span className="gd-person-text">
              <span>{nameOf(share.email)}</span>
              <span className="gd-person-mail">{share.email}</span>
            </span>
            <GdRoleButton
              w={w}
              role={share.role}
              label={w('share.role-of', { name: nameOf(share.email) })}
              shown={share.pendingOwner ? w('share.pending-owner') : undefined}
              onRole={(role) => {
                onChange({ ...item, shares: item.shares.map((s) => (s.email === share.email ? { ...s, role } : s)) });
                record({
                  type: 'shared',
                  item: item.id,
                  person: { email: share.email, role },
                  link: linkSetting(item.link),
                });
              }}
              extra={[
                ...(share.pendingOwner
                  ? []
                  : [{ id: 'transfer', label: w('transfer.title-menu'), onSelect: () => onTransfer(share.email) }]),
                {
                  id: 'remove',
                  label: w('share.remove-access'),
                  onSelect: () => onChange({ ...item, shares: item.shares.filter((s) => s.email !== share.email) }),
                },
              ]}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
