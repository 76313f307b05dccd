import { useRef, useState } from 'react';
import type { PracticeEvent } from '../../space-api';
import { Dialog } from '../drive-kit/dialog';
import { CONTACTS, type Item, linkSetting, ME, type Person, type Role } from './gd-data';
import { GdGeneralAccess } from './gd-general-access';
import { GdPeopleInput } from './gd-people-input';
import { GdPeopleList } from './gd-people-list';
import { GdRoleButton } from './gd-role-button';
import type { GdWords } from './gd-words';

interface Props {
  w: GdWords;
  item: Item;
  onChange(item: Item): void;
  record(event: PracticeEvent): void;
  onClose(): void;
}

/**
 * Drive's « Partager » dialog. Choosing a person turns it into its "add" form (role, notify,
 * message); « Envoyer » adds them and comes back to the dialog, where « Accès général » and
 * « Copier le lien » are. « Envoyer » is always in the footer (greyed while nobody is chosen), so a
 * guide can point at it as soon as the dialog opens. Nobody receives anything: the people are fictional.
 */
export function GdShareDialog({ w, item, onChange, record, onClose }: Props) {
  const [adding, setAdding] = useState<Person[]>([]);
  const [role, setRole] = useState<Role>('editor');
  const [transfer, setTransfer] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const link = item.link;
  const back = (words: string) => {
    setSaid(words);
    // The form's buttons are gone: the focus goes back to the field at the top, as in Drive.
    setTimeout(() => input.current?.focus());
  };

  const send = () => {
    const kept = item.shares.filter((s) => !adding.some((p) => p.email === s.email));
    onChange({ ...item, shares: [...kept, ...adding.map((p) => ({ email: p.email, role }))] });
    for (const p of adding)
      record({ type: 'shared', item: item.id, person: { email: p.email, role }, link: linkSetting(link) });
    setAdding([]);
    back(w('share.sent'));
  };

  const title = transfer ? w('transfer.title') : w('share.title', { name: item.name });
  return (
    <Dialog className="gd-dialog gd-share" titleClassName="gd-dialog-title" title={title} onClose={onClose}>
      {() =>
        transfer ? (
          <>
            <p>{w('transfer.body', { name: CONTACTS.find((c) => c.email === transfer)?.name ?? transfer })}</p>
            <div className="gd-footer">
              <button type="button" className="gd-text-button" data-autofocus="" onClick={() => setTransfer(null)}>
                {w('cancel')}
              </button>
              <button
                type="button"
                className="gd-filled"
                onClick={() => {
                  const shares = item.shares.map((s) => (s.email === transfer ? { ...s, pendingOwner: true } : s));
                  onChange({ ...item, shares });
                  setTransfer(null);
                  back(w('transfer.sent'));
                }}
              >
                {w('transfer.send')}
              </button>
            </div>
          </>
        ) : (
          <>
            <div className="gd-add-row">
              <GdPeopleInput w={w} inputRef={input} chosen={adding} onChosen={setAdding} />
              {adding.length ? <GdRoleButton w={w} role={role} label={w('share.role-new')} onRole={setRole} /> : null}
            </div>
            {adding.length ? (
              <AddForm w={w} />
            ) : (
              <>
                <GdPeopleList w={w} item={item} me={ME} onChange={onChange} record={record} onTransfer={setTransfer} />
                <GdGeneralAccess w={w} item={item} onChange={onChange} record={record} />
              </>
            )}
            {/* One footer for both forms: « Envoyer » stays in its place, greyed until someone is chosen. */}
            <div className="gd-footer gd-footer-split">
              {adding.length ? (
                <button type="button" className="gd-text-button" onClick={() => setAdding([])}>
                  {w('cancel')}
                </button>
              ) : (
                <button type="button" className="gd-outlined" onClick={() => setSaid(w('toast.link-copied'))}>
                  {w('copy-link')}
                </button>
              )}
              <span className="gd-footer-end">
                <button type="button" className="gd-filled" disabled={!adding.length} onClick={send}>
                  {w('send')}
                </button>
                {adding.length ? null : (
                  <button type="button" className="gd-filled" onClick={onClose}>
                    {w('done')}
                  </button>
                )}
              </span>
            </div>
            <p className="gd-said" role="status">
              {said}
            </p>
          </>
        )
      }
    </Dialog>
  );
}

function AddForm({ w }: { w: GdWords }) {
  const [notify, setNotify] = useState(true);
  return (
    <>
      <label className="gd-check">
        <input type="checkbox" checked={notify} onChange={(event) => setNotify(event.target.checked)} />
        {w('share.notify')}
      </label>
      {notify ? (
        <label className="gd-message">
          <span>{w('share.message')}</span>
          <textarea rows={3} />
        </label>
      ) : null}
    </>
  );
}
