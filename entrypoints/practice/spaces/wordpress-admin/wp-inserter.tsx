import { useEffect, useRef, useState } from 'react';
import { normalise } from '../../../../utils/anchors/accessible-name';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import type { Block } from './wp-model';

const KINDS = ['paragraph', 'heading', 'quote', 'image'] as const;

/** The inserter panel: a search and the blocks it finds, each named as WordPress names it. */
export function Inserter({
  lang,
  onInsert,
  onClose,
}: {
  lang: Lang;
  onInsert(kind: Block['kind']): void;
  onClose(): void;
}) {
  const tr = (key: MessageKey) => t(lang, key);
  const [search, setSearch] = useState('');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => field.current?.focus(), []);
  const found = KINDS.filter((kind) =>
    normalise(tr(`practice.wordpress-admin.block.${kind}`)).includes(normalise(search)),
  );
  return (
    <section
      className="wp-inserter"
      aria-label={tr('practice.wordpress-admin.inserter.label')}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <input
        ref={field}
        type="search"
        className="wp-search"
        aria-label={tr('practice.wordpress-admin.inserter.search')}
        placeholder={tr('practice.wordpress-admin.inserter.search')}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      <div className="wp-block-types">
        {found.map((kind) => (
          <button
            key={kind}
            type="button"
            className={`block-editor-block-types-list__item editor-block-list-item-${kind}`}
            onClick={() => onInsert(kind)}
          >
            <span className={`wp-block-icon wp-icon-${kind}`} aria-hidden="true" />
            {tr(`practice.wordpress-admin.block.${kind}`)}
          </button>
        ))}
        {!found.length && <p>{tr('practice.wordpress-admin.inserter.none')}</p>}
      </div>
    </section>
  );
}
