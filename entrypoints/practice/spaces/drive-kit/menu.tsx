import {
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
  useEffect,
  useRef,
  useState,
} from 'react';

export interface MenuItem {
  id: string;
  label: string;
  icon?: ReactNode;
  /** Set for a choice among several (a role, a permission): the item is a menuitemradio. */
  checked?: boolean;
  /** Attributes the real tool puts on the item's list entry (data-cy-… hooks guides may use). */
  attrs?: Record<string, string>;
  separatorBefore?: boolean;
  /** Opens a second menu beside this one (Drive's « Partager › »). */
  submenu?: MenuItem[];
  onSelect?(): void;
}

interface Props {
  label: string;
  items: MenuItem[];
  className: string;
  style?: CSSProperties;
  /** The button that opened the menu: a press on it toggles, it is not "outside". */
  trigger?: RefObject<HTMLElement | null>;
  /** `refocus`: the menu was left with the keyboard or an item, the focus goes back to the trigger. */
  onClose(refocus: boolean): void;
}

const items = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLElement>(':scope > [role=none] > [role^="menuitem"]') ?? []),
];

/**
 * A menu as the tools draw theirs: focus on the first (or the chosen) item, arrows move, Escape
 * and Tab leave, a press outside closes it. Items are buttons, so a click and Enter do the same.
 */
export function Menu({ label, items: entries, className, style, trigger, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<string | null>(null);

  const latest = useRef({ onClose, trigger });
  latest.current = { onClose, trigger };

  useEffect(() => {
    const list = items(ref.current);
    (list.find((el) => el.getAttribute('aria-checked') === 'true') ?? list[0])?.focus();
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      const { onClose: close, trigger: opener } = latest.current;
      if (ref.current?.contains(target) || opener?.current?.contains(target)) return;
      close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys pressed in a submenu are that submenu's.
    if ((event.target as HTMLElement).closest('[role=menu]') !== ref.current) return;
    const list = items(ref.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => list[(to + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(list.length - 1);
    else if (event.key === 'Escape') onClose(true);
    else if (event.key === 'Tab') return onClose(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={ref} role="menu" aria-label={label} className={className} style={style} onKeyDown={onKeyDown}>
      {entries.map((item) => (
        <div key={item.id} role="none" className={item.separatorBefore ? 'kit-separated' : undefined} {...item.attrs}>
          <button
            type="button"
            {...(item.checked === undefined
              ? { role: 'menuitem' }
              : { role: 'menuitemradio', 'aria-checked': item.checked })}
            aria-haspopup={item.submenu ? 'menu' : undefined}
            aria-expanded={item.submenu ? open === item.id : undefined}
            onClick={() => {
              if (item.submenu) return setOpen(item.id);
              onClose(true);
              item.onSelect?.();
            }}
            onKeyDown={(event) => {
              if (item.submenu && event.key === 'ArrowRight') {
                event.preventDefault();
                setOpen(item.id);
              }
            }}
          >
            {item.icon}
            <span className="kit-label">{item.label}</span>
            {item.submenu ? <span aria-hidden="true">›</span> : null}
          </button>
          {item.submenu && open === item.id ? (
            <SubMenu label={item.label} items={item.submenu} className={className} close={onClose} back={setOpen} />
          ) : null}
        </div>
      ))}
    </div>
  );
}

function SubMenu(props: {
  label: string;
  items: MenuItem[];
  className: string;
  close(refocus: boolean): void;
  back(id: null): void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The menu that opened this one is not "outside": a press there leaves both open.
  const parent = useRef<HTMLElement | null>(null);
  useEffect(() => {
    parent.current = ref.current?.closest<HTMLElement>('[role=menu]') ?? null;
  }, []);
  const leave = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    (ref.current?.parentElement?.querySelector(':scope > button') as HTMLElement | null)?.focus();
    props.back(null);
  };
  return (
    // The keys are the menu's own (arrows, Escape); the items inside are the focusable ones.
    // biome-ignore lint/a11y/noStaticElementInteractions: a wrapper catching the menu's keys
    <div ref={ref} className="kit-submenu" onKeyDown={leave}>
      <Menu
        label={props.label}
        items={props.items}
        className={props.className}
        trigger={parent}
        onClose={props.close}
      />
    </div>
  );
}
