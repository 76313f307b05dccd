import { t } from '../../utils/i18n';
import { useStudioForm } from './studio-form';

/**
 * Buttons that write the tiny markup of tip texts (utils/packs/markup.ts) around the selected
 * words, so a mentor never has to remember `**…**` or `[…](https://…)`.
 */
export function MarkupButtons({
  target,
  value,
  onChange,
  label,
}: {
  target: string;
  value: string;
  onChange(value: string): void;
  label: string;
}) {
  const { lang } = useStudioForm();
  const wrap = (make: (selected: string) => { text: string; select: [number, number] }) => {
    const field = document.getElementById(target) as HTMLTextAreaElement | null;
    const start = field?.selectionStart ?? value.length;
    const end = field?.selectionEnd ?? value.length;
    const made = make(value.slice(start, end));
    onChange(value.slice(0, start) + made.text + value.slice(end));
    // Back in the text, with what the mentor should type next selected.
    requestAnimationFrame(() => {
      field?.focus();
      field?.setSelectionRange(start + made.select[0], start + made.select[1]);
    });
  };
  const bold = () =>
    wrap((selected) => {
      const words = selected || t(lang, 'studio.markup.bold-sample');
      return { text: `**${words}**`, select: [2, 2 + words.length] };
    });
  const link = () =>
    wrap((selected) => {
      const words = selected || t(lang, 'studio.markup.link-sample');
      const address = 'https://';
      return { text: `[${words}](${address})`, select: [words.length + 3, words.length + 3 + address.length] };
    });
  return (
    <div className="row markup-buttons">
      <button
        type="button"
        aria-label={t(lang, 'studio.markup.for', { action: t(lang, 'studio.markup.bold'), label })}
        onClick={bold}
      >
        <strong>{t(lang, 'studio.markup.bold')}</strong>
      </button>
      <button
        type="button"
        aria-label={t(lang, 'studio.markup.for', { action: t(lang, 'studio.markup.link'), label })}
        onClick={link}
      >
        {t(lang, 'studio.markup.link')}
      </button>
    </div>
  );
}
