import { useFakeUpload } from '../drive-kit/fake-upload';
import type { GdWords } from './gd-words';

interface Props {
  w: GdWords;
  file: string | null;
  onDone(file: string): void;
  onClose(): void;
}

/** The small box at the bottom right: « Importation d'un élément », then « 1 importation terminée ». */
export function GdUploadBox({ w, file, onDone, onClose }: Props) {
  const progress = useFakeUpload(file, onDone);
  const done = progress >= 100;
  return (
    <div className="gd-upload" role="status">
      {file ? (
        <>
          <p className="gd-upload-head">
            {done ? w('upload.done') : w('upload.running')}
            {done ? (
              <button type="button" className="gd-upload-close" onClick={onClose}>
                {w('close')}
              </button>
            ) : null}
          </p>
          <p className="gd-upload-file">
            {file}
            <progress max={100} value={progress} aria-label={file} />
          </p>
        </>
      ) : null}
    </div>
  );
}
