import type { Lang } from '../utils/i18n';
import { safeUrl } from '../utils/packs/markup';
import { otherLanguage } from '../utils/packs/pack-languages';
import type { HelpLink } from '../utils/packs/pack-schema';

/** Help links of a tip, a word or a tool: each opens in a new tab, with its site shown beside it. */
export function HelpLinks({ links, lang, label }: { links: readonly HelpLink[]; lang: Lang; label?: string }) {
  return (
    <ul className="tip-links" aria-label={label}>
      {links.map((link) => (
        <li key={link.url}>
          <a href={link.url} target="_blank" rel="noopener noreferrer" lang={otherLanguage(link.label, lang)}>
            {link.label[lang]}
          </a>{' '}
          <span className="link-host">({safeUrl(link.url)?.host})</span>
        </li>
      ))}
    </ul>
  );
}
