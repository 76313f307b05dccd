import { useState } from 'react';
import { Dialog } from './dialog';

export interface SampleFile {
  name: string;
  size: string;
}

interface Props {
  files: SampleFile[];
  words: { title: string; folder: string; cancel: string; open: string };
  onOpen(file: SampleFile): void;
  onCancel(): void;
}

/**
 * The computer's « Ouvrir » window, pretended: a few sample files to choose from. There is no
 * real file input, so nothing of the volunteer's computer is read and nothing leaves.
 */
export function FilePicker({ files, words, onOpen, onCancel }: Props) {
  const [chosen, setChosen] = useState(files[0]?.name ?? '');
  const file = files.find((f) => f.name === chosen);
  return (
    <Dialog className="kit-picker" titleClassName="kit-picker-title" title={words.title} onClose={onCancel}>
      {() => (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (file) onOpen(file);
          }}
        >
          <fieldset className="kit-picker-files">
            <legend>{words.folder}</legend>
            {files.map((f, i) => (
              <label key={f.name} className="kit-picker-file">
                <input
                  type="radio"
                  name="kit-picker-file"
                  value={f.name}
                  checked={chosen === f.name}
                  onChange={() => setChosen(f.name)}
                  data-autofocus={i === 0 ? '' : undefined}
                />
                <span className="kit-picker-name">{f.name}</span>
                <span className="kit-picker-size">{f.size}</span>
              </label>
            ))}
          </fieldset>
          <div className="kit-picker-buttons">
            <button type="button" className="kit-button" onClick={onCancel}>
              {words.cancel}
            </button>
            <button type="submit" className="kit-button kit-button-primary">
              {words.open}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
