import type { ReactNode } from 'react';
import { removeAt, replaceAt } from './studio-form';

interface Props<T extends { key: string }> {
  id: string;
  title: string;
  intro?: string;
  items: T[];
  addLabel: string;
  /** A new, empty item. */
  make(): T;
  onChange(items: T[]): void;
  /** One item's editor, told how to change or remove that item. */
  editor(item: T, index: number, change: (next: T) => void, remove: () => void): ReactNode;
}

/** One part of the pack (tips, words, guides): its items' editors, then a button to add one. */
export function ItemSection<T extends { key: string }>({
  id,
  title,
  intro,
  items,
  addLabel,
  make,
  onChange,
  editor,
}: Props<T>) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro ? <p className="muted">{intro}</p> : null}
      {items.map((item, index) =>
        editor(
          item,
          index,
          (next) => onChange(replaceAt(items, index, next)),
          () => onChange(removeAt(items, index)),
        ),
      )}
      <button type="button" onClick={() => onChange([...items, make()])}>
        {addLabel}
      </button>
    </section>
  );
}
