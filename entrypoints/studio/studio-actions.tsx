import { useRef, useState } from 'react';
import { ProblemList } from '../../components/problem-list';
import { t } from '../../utils/i18n';
import { parsePackBytes } from '../../utils/packs/pack-loader';
import { emptyDraft, type StudioDraft } from '../../utils/studio/draft-model';
import { localDate } from '../../utils/studio/draft-to-pack';
import { type DraftExport, exportDraft } from '../../utils/studio/export-draft';
import { packToDraft } from '../../utils/studio/pack-to-draft';
import { downloadFile } from '../options/download-file';
import { FileReview } from './file-review';
import { useStudioForm } from './studio-form';

interface Props {
  draft: StudioDraft;
  onChange(draft: StudioDraft): void;
  /** Every attempt to export, so the page can show (or clear) the mistakes. */
  onChecked(result: DraftExport): void;
  /** The form now holds another pack: its mistakes wait for its own first export. */
  onReplaced(): void;
}

/** Start a new pack or open a pack file, review what the file will hold, export it or copy its text. */
export function StudioActions({ draft, onChange, onChecked, onReplaced }: Props) {
  const { lang } = useStudioForm();
  const [status, setStatus] = useState('');
  const [openErrors, setOpenErrors] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

  const make = () => {
    const result = exportDraft(draft, lang, localDate(new Date()));
    onChecked(result);
    if (!result.ok) {
      setStatus('');
      return null;
    }
    // The ids and the version just made are the draft's from now on.
    onChange(result.draft);
    return result;
  };
  const download = () => {
    const made = make();
    if (!made) return;
    downloadFile(`${made.pack.id}.json`, new Blob([made.json], { type: 'application/json' }));
    setStatus(t(lang, 'studio.exported', { file: `${made.pack.id}.json`, version: made.pack.version }));
  };
  const copy = async () => {
    const made = make();
    if (!made) return;
    const copied = await navigator.clipboard.writeText(made.json).then(
      () => true,
      () => false,
    );
    setStatus(t(lang, copied ? 'studio.copied' : 'studio.copy-failed', { version: made.pack.version }));
  };
  // Opening a pack or starting a new one replaces the form: work not exported yet is asked about first.
  const mayReplace = (question: 'studio.open-confirm' | 'studio.new-confirm') =>
    draft.tips.length + draft.words.length + draft.guides.length === 0 || window.confirm(t(lang, question));
  const replace = (next: StudioDraft, message: string) => {
    setOpenErrors([]);
    onReplaced();
    onChange(next);
    setStatus(message);
  };
  const startNew = () => {
    if (mayReplace('studio.new-confirm')) replace(emptyDraft(), t(lang, 'studio.new-started'));
  };
  const open = async (file: File | undefined) => {
    if (!file) return;
    if (!mayReplace('studio.open-confirm')) {
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    // The same loader as any import: a file Déclic refuses is not opened either.
    const result = parsePackBytes(new Uint8Array(await file.arrayBuffer()), lang);
    if (fileInput.current) fileInput.current.value = '';
    if (!result.ok) {
      setOpenErrors(result.errors);
      return;
    }
    replace(
      packToDraft(result.pack),
      t(lang, 'studio.opened', { name: result.pack.name[lang], version: result.pack.version }),
    );
  };

  return (
    <section aria-labelledby="studio-file">
      <h2 id="studio-file">{t(lang, 'studio.file')}</h2>
      <p className="muted">{t(lang, 'studio.file-intro')}</p>
      <FileReview draft={draft} onChange={onChange} />
      <div className="row">
        <button type="button" className="primary" onClick={download}>
          {t(lang, 'studio.export')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t(lang, 'studio.copy')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-label={t(lang, 'studio.open')}
          // Reached through the button beside it, as on the settings page.
          tabIndex={-1}
          className="visually-hidden"
          onChange={(event) => void open(event.currentTarget.files?.[0])}
        />
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t(lang, 'studio.open')}
        </button>
        <button type="button" onClick={startNew}>
          {t(lang, 'studio.new')}
        </button>
      </div>
      <p className="muted">{t(lang, 'studio.open-hint')}</p>
      {openErrors.length ? (
        <div role="alert" className="alert">
          <ProblemList title={t(lang, 'studio.open-refused')} problems={openErrors} />
        </div>
      ) : null}
      <p role="status">{status}</p>
    </section>
  );
}
