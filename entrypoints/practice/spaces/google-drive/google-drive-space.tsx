import './google-drive.css';
import { useMemo, useState } from 'react';
import type { SpaceProps } from '../../space-api';
import { FilePicker, type SampleFile } from '../drive-kit/file-picker';
import { type Item, sampleFiles, sampleItems } from './gd-data';
import { GdFileList } from './gd-file-list';
import { GdNewFolder } from './gd-new-folder';
import { GdShareDialog } from './gd-share-dialog';
import { GdTop } from './gd-top';
import { GdUploadBox } from './gd-upload-box';
import { gdWords } from './gd-words';

type Dialog = { kind: 'share'; id: string } | { kind: 'new-folder' } | { kind: 'picker' } | null;

/**
 * Google Drive, imitated offline: « Nouveau » and its menu, an association's folders, the
 * right-click menu and the share dialog. Sharing shares with nobody; uploading uploads nothing.
 */
export default function GoogleDriveSpace({ lang, record }: SpaceProps) {
  const w = useMemo(() => gdWords(lang), [lang]);
  const [items, setItems] = useState<Item[]>(() => sampleItems(w));
  const [folder, setFolder] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [upload, setUpload] = useState<SampleFile | null>(null);
  // Each upload is a new box, even of the same file twice.
  const [uploads, setUploads] = useState(0);
  const [toast, setToast] = useState('');
  const folderName = items.find((i) => i.id === folder)?.name ?? w('nav.my-drive');

  const change = (next: Item) => setItems((all) => all.map((i) => (i.id === next.id ? next : i)));
  const add = (item: Omit<Item, 'id' | 'parent' | 'modified' | 'shares' | 'link'>) =>
    setItems((all) => [
      ...all,
      {
        ...item,
        id: `new-${all.length}`,
        parent: folder,
        modified: new Date().toISOString().slice(0, 10),
        shares: [],
        link: { access: 'restricted', role: 'reader' },
      },
    ]);

  // The file is in the list once the upload is done, as in Drive.
  const uploaded = (file: string) => {
    const kind = /\.jpe?g$/i.test(file) ? 'image' : /\.xlsx$/i.test(file) ? 'sheet' : 'pdf';
    add({ name: file, kind, size: upload?.size ?? '' });
    record({ type: 'uploaded', item: file, folder: folderName });
  };
  const shared = items.find((i) => dialog?.kind === 'share' && i.id === dialog.id);

  return (
    <div className="gd-root" lang={lang}>
      <div className="gd-app" inert={!!dialog}>
        <GdTop
          w={w}
          onNewFolder={() => setDialog({ kind: 'new-folder' })}
          onUpload={() => setDialog({ kind: 'picker' })}
          onElse={() => setToast(w('toast.not-here'))}
        />
        <GdFileList
          w={w}
          lang={lang}
          items={items.filter((i) => i.parent === folder)}
          folder={folder ? folderName : ''}
          onOpen={(item) => (item.kind === 'folder' ? setFolder(item.id) : setToast(w('toast.not-here')))}
          onRoot={() => setFolder('')}
          onShare={(item) => setDialog({ kind: 'share', id: item.id })}
          onToast={setToast}
        />
      </div>
      {shared ? (
        <GdShareDialog w={w} item={shared} onChange={change} record={record} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'new-folder' ? (
        <GdNewFolder
          w={w}
          onCancel={() => setDialog(null)}
          onCreate={(name) => {
            add({ name, kind: 'folder', size: '' });
            record({ type: 'folder-created', name });
            setDialog(null);
          }}
        />
      ) : null}
      {dialog?.kind === 'picker' ? (
        <FilePicker
          files={sampleFiles(w)}
          words={{ title: w('picker.title'), folder: w('picker.folder'), cancel: w('cancel'), open: w('picker.open') }}
          onCancel={() => setDialog(null)}
          onOpen={(file) => {
            setDialog(null);
            setUpload(file);
            setUploads((n) => n + 1);
          }}
        />
      ) : null}
      <GdUploadBox key={uploads} w={w} file={upload?.name ?? null} onDone={uploaded} onClose={() => setUpload(null)} />
      <div className="gd-toast" role="status">
        {toast ? (
          <p>
            {toast}
            <button type="button" className="gd-toast-close" onClick={() => setToast('')}>
              {w('close')}
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}
