import './nextcloud.css';
import { useMemo, useState } from 'react';
import type { SpaceProps } from '../../space-api';
import { FilePicker, type SampleFile } from '../drive-kit/file-picker';
import { type NcItem, sampleFiles, sampleItems } from './nc-data';
import { NcFileList } from './nc-file-list';
import { NcHeader } from './nc-header';
import { NcNewFolder } from './nc-new-folder';
import { NcSidebar } from './nc-sidebar';
import { NcUploadPicker } from './nc-upload-picker';
import { ncWords } from './nc-words';

type Dialog = 'picker' | 'new-folder' | null;

/**
 * Nextcloud Files, imitated offline: « Nouveau » (the upload picker) and its menu, an
 * association's folders, the share icon on each line and the sidebar's « Partage » tab with its
 * share link. The link leads nowhere; uploading uploads nothing.
 */
export default function NextcloudSpace({ lang, record }: SpaceProps) {
  const w = useMemo(() => ncWords(lang), [lang]);
  const [items, setItems] = useState<NcItem[]>(() => sampleItems(w));
  const [folder, setFolder] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [sidebar, setSidebar] = useState<string | null>(null);
  const [upload, setUpload] = useState<SampleFile | null>(null);
  const [uploads, setUploads] = useState(0);
  const [toast, setToast] = useState('');
  const folderName = items.find((i) => i.id === folder)?.name ?? w('nav.all');
  const open = items.find((i) => i.id === sidebar);

  const add = (name: string, isFolder: boolean, size: string) =>
    setItems((all) => [
      ...all,
      { id: `new-${all.length}`, name, folder: isFolder, parent: folder, modified: today(), size, link: null },
    ]);
  const change = (next: NcItem) => setItems((all) => all.map((i) => (i.id === next.id ? next : i)));

  return (
    <div className="nc-root" lang={lang}>
      <div className="nc-app" inert={!!dialog}>
        <NcHeader w={w} />
        <div className="nc-body">
          <nav className="nc-nav" aria-label={w('nav.label')}>
            <ul>
              {(['all', 'recent', 'favorites', 'shares', 'tags'] as const).map((place) => (
                <li key={place} className={place === 'all' ? 'nc-place-current' : undefined}>
                  {w(`nav.${place}`)}
                </li>
              ))}
            </ul>
            <p className="nc-quota">{w('nav.quota')}</p>
          </nav>
          <section className="nc-content" aria-labelledby="nc-title">
            <div className="nc-bar">
              <h2 id="nc-title" className="nc-crumbs">
                <button type="button" className="nc-crumb" onClick={() => setFolder('')}>
                  {w('nav.all')}
                </button>
                {folder ? <span> › {folderName}</span> : null}
              </h2>
              <NcUploadPicker
                w={w}
                key={uploads}
                uploading={upload?.name ?? null}
                onUpload={() => setDialog('picker')}
                onNewFolder={() => setDialog('new-folder')}
                onElse={() => setToast(w('toast.not-here'))}
                onDone={(name) => {
                  add(name, false, upload?.size ?? '');
                  record({ type: 'uploaded', item: name, folder: folderName });
                  setUpload(null);
                }}
              />
            </div>
            <NcFileList
              w={w}
              lang={lang}
              items={items.filter((i) => i.parent === folder)}
              onOpen={(item) => (item.folder ? setFolder(item.id) : setToast(w('toast.not-here')))}
              onShare={(item) => setSidebar(item.id)}
              onToast={setToast}
            />
          </section>
          {open ? (
            <NcSidebar
              w={w}
              item={open}
              onChange={change}
              record={record}
              onToast={setToast}
              onClose={() => setSidebar(null)}
            />
          ) : null}
        </div>
      </div>
      {dialog === 'new-folder' ? (
        <NcNewFolder
          w={w}
          onCancel={() => setDialog(null)}
          onCreate={(name) => {
            add(name, true, w('size.kb', { size: 0 }));
            record({ type: 'folder-created', name });
            setDialog(null);
          }}
        />
      ) : null}
      {dialog === 'picker' ? (
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
      <div className="nc-toast" role="status">
        {toast ? (
          <p>
            {toast}
            <button type="button" className="nc-toast-close" onClick={() => setToast('')}>
              {w('close')}
            </button>
          </p>
        ) : null}
      </div>
    </div>
  );
}

const today = () => new Date().toISOString().slice(0, 10);
