import { useLang } from '../../hooks/use-lang';

/** Placeholder shell: replaced by the practice list and space page. */
export function PracticeApp() {
  const { lang, tr } = useLang();
  return <main lang={lang}>{tr('options.title')}</main>;
}
