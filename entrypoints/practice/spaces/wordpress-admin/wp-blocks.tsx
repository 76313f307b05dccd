import { type KeyboardEvent, useRef, useState } from 'react';
import { type Lang, type MessageKey, t } from '../../../../utils/i18n';
import { MediaLibrary } from './wp-media';
import { type Block, emptyParagraph } from './wp-model';

interface ListProps {
  lang: Lang;
  blocks: Block[];
  selected: number | null;
  onSelect(id: number): void;
  onChange(blocks: Block[]): void;
}

/** Puts the caret in a block: a text block itself, an image block's first button. */
export const focusIn = (block: Element | null) =>
  (block?.matches('textarea') ? (block as HTMLElement) : block?.querySelector<HTMLElement>('button'))?.focus();

export const focusBlock = (id: number) =>
  requestAnimationFrame(() => focusIn(document.querySelector(`[data-block="${id}"]`)));

/** The page's blocks: text blocks are typed in (Enter starts a new paragraph), an image block asks for its picture. */
export function BlockList({ lang, blocks, selected, onSelect, onChange }: ListProps) {
  const tr = (key: MessageKey) => t(lang, key);
  const update = (id: number, patch: Partial<Block>) =>
    onChange(blocks.map((b) => (b.id === id ? { ...b, ...patch } : b)));
  const keys = (block: Block, index: number) => (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      const next = emptyParagraph();
      onChange([...blocks.slice(0, index + 1), next, ...blocks.slice(index + 1)]);
      focusBlock(next.id);
    } else if (e.key === 'Backspace' && !block.text && blocks.length > 1) {
      e.preventDefault();
      onChange(blocks.filter((b) => b.id !== block.id));
      const previous = blocks[index - 1] ?? blocks[index + 1];
      if (previous) focusBlock(previous.id);
    }
  };
  return (
    <div className="wp-blocks">
      {blocks.map((block, index) => {
        const className = `wp-block wp-block-${block.kind}${block.id === selected ? ' is-selected' : ''}`;
        if (block.kind === 'image') {
          return (
            // Focus anywhere in the block selects it, so the settings show its alternative text.
            <figure
              key={block.id}
              data-block={block.id}
              className={className}
              aria-label={tr('practice.wordpress-admin.block.image-label')}
              onFocus={() => onSelect(block.id)}
            >
              <ImageBlock lang={lang} block={block} onPick={(src, alt) => update(block.id, { src, alt })} />
            </figure>
          );
        }
        return (
          <textarea
            key={block.id}
            data-block={block.id}
            className={className}
            rows={1}
            aria-label={tr(`practice.wordpress-admin.block.${block.kind}`)}
            placeholder={tr('practice.wordpress-admin.block.placeholder')}
            value={block.text}
            onFocus={() => onSelect(block.id)}
            onChange={(e) => update(block.id, { text: e.target.value })}
            onKeyDown={keys(block, index)}
          />
        );
      })}
    </div>
  );
}

function ImageBlock({ lang, block, onPick }: { lang: Lang; block: Block; onPick(src: string, alt: string): void }) {
  const tr = (key: MessageKey) => t(lang, key);
  const file = useRef<HTMLInputElement>(null);
  const [library, setLibrary] = useState(false);
  if (block.src) {
    return (
      <button type="button" className="wp-image-select" aria-label={tr('practice.wordpress-admin.block.image-label')}>
        <img src={block.src} alt={block.alt ?? ''} />
      </button>
    );
  }
  return (
    <div className="wp-placeholder">
      <p className="wp-placeholder-label">{tr('practice.wordpress-admin.block.image')}</p>
      <p>{tr('practice.wordpress-admin.image.instructions')}</p>
      <div className="wp-placeholder-actions">
        <button type="button" className="wp-primary" onClick={() => file.current?.click()}>
          {tr('practice.wordpress-admin.image.upload')}
        </button>
        <button type="button" className="wp-secondary" onClick={() => setLibrary(true)}>
          {tr('practice.wordpress-admin.image.library')}
        </button>
      </div>
      {/* The picture is read in this page only: nothing is uploaded anywhere. */}
      <input
        ref={file}
        type="file"
        accept="image/*"
        hidden
        onChange={(e) => {
          const picked = e.target.files?.[0];
          if (picked) onPick(URL.createObjectURL(picked), '');
        }}
      />
      {library && <MediaLibrary lang={lang} onPick={(src) => onPick(src, '')} onClose={() => setLibrary(false)} />}
    </div>
  );
}
