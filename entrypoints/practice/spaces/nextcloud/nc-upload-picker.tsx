import { useRef, useState } from 'react';
import { useFakeUpload } from '../drive-kit/fake-upload';
import { Menu } from '../drive-kit/menu';
import { NcIcon } from './nc-icons';
import type { NcWords } from './nc-words';

interface Props {
  w: NcWords;
  /** The file being sent, while its bar fills. */
  uploading: string | null;
  onUpload(): void;
  onNewFolder(): void;
  onElse(): void;
  onDone(file: string): void;
}

/**
 * The upload picker of @nextcloud/upload, as Files shows it: a « Nouveau » button opening a menu
 * (« Téléverser des fichiers », « Nouveau dossier »…), with the same data-cy-upload-picker hooks,
 * and a progress bar while a file goes up. There is no real file input: the picker is pretended.
 */
export function NcUploadPicker({ w, uploading, onUpload, onNewFolder, onElse, onDone }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const progress = useFakeUpload(uploading, onDone);
  return (
    <form className="nc-upload-picker" data-cy-upload-picker="" onSubmit={(event) => event.preventDefault()}>
      <span className="nc-new-wrap">
        <button
          ref={button}
          type="button"
          className="nc-new"
          aria-haspopup="menu"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          <NcIcon name="plus" />
          {w('new')}
        </button>
        {open ? (
          <Menu
            label={w('new')}
            className="nc-menu nc-new-menu"
            trigger={button}
            onClose={(refocus) => {
              setOpen(false);
              if (refocus) button.current?.focus();
            }}
            items={[
              {
                id: 'upload',
                label: w('new.upload-files'),
                icon: <NcIcon name="upload" />,
                attrs: { 'data-cy-upload-picker-add': '', 'data-cy-upload-picker-menu-entry': 'upload-file' },
                onSelect: onUpload,
              },
              { id: 'upload-folder', label: w('new.upload-folder'), icon: <NcIcon name="upload" />, onSelect: onElse },
              {
                id: 'folder',
                label: w('new.folder'),
                icon: <NcIcon name="folder" />,
                separatorBefore: true,
                attrs: { 'data-cy-upload-picker-menu-entry': 'newFolder' },
                onSelect: onNewFolder,
              },
              { id: 'text', label: w('new.text'), icon: <NcIcon name="file" />, onSelect: onElse },
            ]}
          />
        ) : null}
      </span>
      <span className="nc-progress" role="status">
        {uploading && progress < 100 ? (
          <>
            <progress max={100} value={progress} aria-label={w('upload.progress', { name: uploading })} />
            {w('upload.progress', { name: uploading })}
          </>
        ) : null}
      </span>
    </form>
  );
}
