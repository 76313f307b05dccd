import { type Lang, t, tn } from '../../utils/i18n';
import { handoutPath } from '../../utils/packs/handout-path';
import type { Pack } from '../../utils/packs/pack-schema';
import { hasPracticeSpace, practicePath } from '../../utils/practice/spaces';
import { toolById } from '../../utils/tools/registry';

/**
 * The pack's own texts before it is installed: the title of each tip with its tool, each word,
 * each guide with its number of steps. Counts alone do not tell a volunteer or a mentor whether
 * this is the pack they were sent, nor whether its words are plain. Once it is installed
 * (`printable`), each guide can be printed in large type for a training session, and practised
 * first on its tool's practice space when Déclic imitates that tool.
 */
export function PackContents({ pack, lang, printable }: { pack: Pack; lang: Lang; printable?: boolean }) {
  const toolName = (id: string) => toolById(id)?.names[lang] ?? id;
  const terms = pack.glossary ?? [];
  const guides = pack.guides ?? [];
  return (
    <details className="pack-contents">
      <summary>{t(lang, printable ? 'handout.contents-show' : 'packs.contents-show')}</summary>
      {pack.tips.length ? (
        <>
          <h4>{t(lang, 'packs.contents-tips')}</h4>
          <ul>
            {pack.tips.map((tip) => (
              <li key={tip.id}>
                {tip.title[lang]} <span className="muted">({toolName(tip.tool)})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {terms.length ? (
        <>
          <h4>{t(lang, 'packs.contents-terms')}</h4>
          <ul>
            {terms.map((term) => (
              <li key={term.id}>{term.term[lang]}</li>
            ))}
          </ul>
        </>
      ) : null}
      {guides.length ? (
        <>
          <h4>{t(lang, 'packs.contents-guides')}</h4>
          <ul>
            {guides.map((guide) => (
              <li key={guide.id}>
                {guide.title[lang]} <span className="muted">{tn(lang, 'guide.steps', guide.steps.length)}</span>
                {printable ? (
                  <>
                    {' '}
                    <a href={handoutPath(`${pack.id}/${guide.id}`)}>
                      {t(lang, 'handout.link')}
                      <span className="visually-hidden">
                        {' '}
                        ({guide.title[lang]}, {toolName(guide.tool)})
                      </span>
                    </a>
                    {hasPracticeSpace(guide.tool) ? (
                      <>
                        {' · '}
                        <a href={practicePath(guide.tool, `${pack.id}/${guide.id}`)}>
                          {t(lang, 'guide.practice-first')}
                          <span className="visually-hidden">
                            {' '}
                            ({guide.title[lang]}, {toolName(guide.tool)})
                          </span>
                        </a>
                      </>
                    ) : null}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}
