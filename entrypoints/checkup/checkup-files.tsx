import { useRef, useState } from 'react';
import { checkupFile, readCheckupFile } from '../../utils/checkup/checkup-file';
import type { Checkup } from '../../utils/checkup/checkup-record';
import { type Lang, t, tn } from '../../utils/i18n';
import { sendMessage } from '../../utils/messaging/protocol';
import { downloadFile } from '../options/download-file';

/**
 * The check-ups in a file, for the référent or the « maison des associations », and a file
 * they send back. A file that cannot be read changes nothing: what is kept stays as it was.
 */
export function CheckupFiles({ lang, checkups }: { lang: Lang; checkups: Checkup[] }) {
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  const save = () => {
    const file = checkupFile(checkups, Date.now());
    downloadFile(file.name, new Blob([file.text], { type: 'application/json' }));
    setProblem('');
    setStatus(t(lang, 'checkup.export.done', { file: file.name }));
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    setStatus('');
    setProblem('');
    // A check-up file is a few kilobytes: anything much larger is not one.
    const read =
      file.size > 512_000 ? ({ ok: false, problem: 'damaged' } as const) : readCheckupFile(await file.text());
    if (input.current) input.current.value = '';
    if (!read.ok) {
      setProblem(t(lang, `checkup.import.${read.problem}`, { file: file.name }));
      return;
    }
    const changed = await sendMessage('saveCheckups', { checkups: read.checkups, from: 'file' }).catch(() => -1);
    if (changed > 0) setStatus(tn(lang, 'checkup.import.done', changed, { file: file.name }));
    else if (changed === 0) setStatus(t(lang, 'checkup.import.nothing-new', { file: file.name }));
    else setProblem(t(lang, 'checkup.import.damaged', { file: file.name }));
  };

  return (
    <section aria-labelledby="checkup-files-title" className="checkup-files">
      <h2 id="checkup-files-title">{t(lang, 'checkup.files.title')}</h2>
      <p>{t(lang, 'checkup.files.hint')}</p>
      <p className="row">
        <button type="button" onClick={save} disabled={!checkups.length}>
          {t(lang, 'checkup.export')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          // Reached through the button below; kept out of the tab order to avoid a double stop.
          tabIndex={-1}
          className="visually-hidden"
          aria-label={t(lang, 'checkup.import')}
          onChange={(event) => void open(event.currentTarget.files?.[0])}
        />
        <button type="button" onClick={() => input.current?.click()}>
          {t(lang, 'checkup.import')}
        </button>
      </p>
      <p role="status" className="muted">
        {status}
      </p>
      <div role="alert">{problem ? <p className="alert">{problem}</p> : null}</div>
    </section>
  );
}
