import { useState } from 'react';
import { Dialog } from '../drive-kit/dialog';
import type { GdWords } from './gd-words';

/** « Nouveau dossier »: a name (« Dossier sans titre » ready to be typed over), « Annuler », « Créer ». */
export function GdNewFolder({ w, onCancel, onCreate }: { w: GdWords; onCancel(): void; onCreate(name: string): void }) {
  const [name, setName] = useState(w('untitled-folder'));
  return (
    <Dialog className="gd-dialog gd-small" titleClassName="gd-dialog-title" title={w('new.folder')} onClose={onCancel}>
      {() => (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            onCreate(name.trim() || w('untitled-folder'));
          }}
        >
          <input
            className="gd-field"
            aria-label={w('folder-name')}
            value={name}
            data-autofocus=""
            onFocus={(event) => event.target.select()}
            onChange={(event) => setName(event.target.value)}
          />
          <div className="gd-footer">
            <button type="button" className="gd-text-button" onClick={onCancel}>
              {w('cancel')}
            </button>
            <button type="submit" className="gd-text-button gd-strong">
              {w('create')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
