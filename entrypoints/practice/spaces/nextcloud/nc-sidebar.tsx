import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import type { PracticeEvent } from '../../space-api';
import type { NcItem } from './nc-data';
import { NcIcon } from './nc-icons';
import { NcLinkEntry } from './nc-link-entry';
import type { NcWords } from './nc-words';

interface Props {
  w: NcWords;
  item: NcItem;
  onChange(item: NcItem): void;
  record(event: PracticeEvent): void;
  onToast(text: string): void;
  onClose(): void;
}

const TABS = ['activity', 'sharing', 'versions'] as const;
type Tab = (typeof TABS)[number];

/** Files' sidebar, opened on its « Partage » tab as the share icon does; the other tabs say little. */
export function NcSidebar({ w, item, onChange, record, onToast, onClose }: Props) {
  const [tab, setTab] = useState<Tab>('sharing');
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // The sidebar takes the focus when it opens, on its « Partage » tab, as in Files.
    ref.current?.querySelector<HTMLElement>('[role=tab][aria-selected=true]')?.focus();
  }, []);
  const onKeys = (event: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const to = event.key === 'ArrowRight' ? at + 1 : event.key === 'ArrowLeft' ? at - 1 : null;
    if (to === null) return;
    const next = TABS[(to + TABS.length) % TABS.length] as Tab;
    setTab(next);
    ref.current?.querySelector<HTMLElement>(`#nc-tab-${next}`)?.focus();
  };
  return (
    <aside ref={ref} className="nc-sidebar" aria-labelledby="nc-sidebar-title">
      <div className="nc-sidebar-head">
        <span className={item.folder ? 'nc-thumb nc-thumb-folder' : 'nc-thumb'}>
          <NcIcon name={item.folder ? 'folder' : 'file'} size={40} />
        </span>
        <h3 id="nc-sidebar-title">{item.name}</h3>
        <button type="button" className="nc-icon-button" aria-label={w('sidebar.close')} onClick={onClose}>
          <NcIcon name="close" />
        </button>
      </div>
      <div role="tablist" className="nc-tabs" aria-label={w('sidebar.tabs')} onKeyDown={onKeys} tabIndex={-1}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`nc-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`nc-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="nc-tab"
            onClick={() => setTab(id)}
          >
            {w(`tab.${id}`)}
          </button>
        ))}
      </div>
      <div id={`nc-panel-${tab}`} role="tabpanel" aria-labelledby={`nc-tab-${tab}`} className="nc-panel">
        {tab === 'sharing' ? (
          <ul className="nc-shares">
            <NcLinkEntry w={w} item={item} onChange={onChange} record={record} onToast={onToast} />
          </ul>
        ) : (
          <p className="nc-empty">{w(tab === 'activity' ? 'tab.activity-empty' : 'tab.versions-empty')}</p>
        )}
      </div>
    </aside>
  );
}
