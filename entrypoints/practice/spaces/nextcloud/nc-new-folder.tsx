import { useState } from 'react';
import { Dialog } from '../drive-kit/dialog';
import type { NcWords } from './nc-words';

/** « Créer un nouveau dossier »: a name (« Nouveau dossier », ready to be typed over); Enter creates it. */
export function NcNewFolder({ w, onCancel, onCreate }: { w: NcWords; onCancel(): void; onCreate(name: string): void }) {
  const [name, setName] = useState(w('new.folder'));
  return (
    <Dialog className="nc-dialog" titleClassName="nc-dialog-title" title={w('folder.title')} onClose={onCancel}>
      {() => (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onCreate(name.trim() || w('new.folder'));
          }}
        >
          <label className="nc-field">
            <span>{w('folder.name')}</span>
            <input
              value={name}
              data-autofocus=""
              onFocus={(event) => event.target.select()}
              onChange={(event) => setName(event.target.value)}
            />
          </label>
          <div className="nc-dialog-buttons">
            <button type="button" className="nc-button" onClick={onCancel}>
              {w('cancel')}
            </button>
            <button type="submit" className="nc-button nc-button-primary">
              {w('create')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
