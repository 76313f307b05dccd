import type { Risk } from '../../utils/checkup/checkup-report';
import { type GuideInfo, type NextLink, nextStepLinks } from '../../utils/checkup/next-step-links';
import { type Lang, t } from '../../utils/i18n';
import { toolById } from '../../utils/tools/registry';

/**
 * What to do, in the order of the risks: a few plain words, then Déclic's guides and practice
 * spaces and the public pages that explain more. On paper a link is followed by its address;
 * Déclic's own pages have none worth writing, so they say where to find them instead.
 */
export function NextSteps({
  lang,
  risks,
  guides,
}: {
  lang: Lang;
  risks: Risk[];
  guides: ReadonlyMap<string, GuideInfo>;
}) {
  const inDeclic = t(lang, 'checkup.link.in-declic');
  return (
    <section aria-labelledby="checkup-next">
      <h2 id="checkup-next">{t(lang, 'checkup.next.title')}</h2>
      <ol className="checkup-items checkup-next">
        {risks.map(({ question }) => (
          <li key={question.id}>
            <p>{question.next.text[lang]}</p>
            <ul className="checkup-links">
              {nextStepLinks(question, guides, lang).map((link) => (
                <li key={`${link.kind}-${link.href ?? ''}-${'title' in link ? link.title : ''}`}>
                  <LinkItem link={link} lang={lang} inDeclic={inDeclic} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      <p>
        <a href="/options.html" target="_blank" rel="noopener" data-print-note={inDeclic}>
          {t(lang, 'checkup.next.packs')}
        </a>
      </p>
    </section>
  );
}

function LinkItem({ link, lang, inDeclic }: { link: NextLink; lang: Lang; inDeclic: string }) {
  if (link.kind === 'public') {
    return (
      <a href={link.href} target="_blank" rel="noopener noreferrer" className="checkup-public-link">
        {link.label}
      </a>
    );
  }
  if (link.kind === 'practice') {
    const tool = toolById(link.tool)?.names[lang] ?? link.tool;
    return (
      <a href={link.href} target="_blank" rel="noopener" data-print-note={inDeclic}>
        {t(lang, 'checkup.link.practice', { tool })}
      </a>
    );
  }
  const words = { title: link.title, tool: link.toolName };
  return link.href ? (
    <a href={link.href} target="_blank" rel="noopener" data-print-note={inDeclic}>
      {t(lang, 'checkup.link.guide-practice', words)}
    </a>
  ) : (
    <span>{t(lang, 'checkup.link.guide', words)}</span>
  );
}
