import { useEffect, useState } from 'react';
import { MarkupText } from '../../components/markup-text';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { useSettings } from '../../hooks/use-settings';
import { installedPacks } from '../../utils/packs/builtin-packs';
import { boldButtonWords } from '../../utils/packs/button-words';
import { otherLanguage } from '../../utils/packs/pack-languages';
import type { Guide } from '../../utils/packs/pack-schema';
import { toolById } from '../../utils/tools/registry';
import './handout.css';

/** The guide named by `?guide=packId/guideId`, among the packs the volunteer has (null: none such). */
async function findGuide(key: string): Promise<Guide | null> {
  const [packId, guideId] = key.split('/');
  const pack = (await installedPacks()).find((entry) => entry.pack.id === packId)?.pack;
  return pack?.guides?.find((guide) => guide.id === guideId) ?? null;
}

/**
 * A guide as a big-print handout for a training session: its title and tool, then one numbered
 * step a line, the words of the buttons in bold. Printing leaves out everything but the guide.
 */
export function HandoutApp() {
  const { lang, tr } = useLang();
  const { loaded } = useSettings();
  const [guide, setGuide] = useState<Guide | null | undefined>(undefined);
  useEffect(() => {
    void findGuide(new URLSearchParams(location.search).get('guide') ?? '').then(setGuide);
  }, []);
  const title = guide ? guide.title[lang] : tr('handout.page-title');
  useDocumentLang(lang, `${title} – Déclic`);

  return (
    <main lang={lang} aria-busy={!loaded || guide === undefined} className="handout">
      {guide === null ? (
        <>
          <h1>{tr('handout.page-title')}</h1>
          <p>{tr('handout.missing')}</p>
        </>
      ) : guide ? (
        <>
          <h1 lang={otherLanguage(guide.title, lang)}>{title}</h1>
          <p className="handout-tool">
            {tr('handout.tool', { tool: toolById(guide.tool)?.names[lang] ?? guide.tool })}
          </p>
          <div className="no-print">
            <p className="muted">{tr('handout.hint')}</p>
            <button type="button" className="primary" onClick={() => window.print()}>
              {tr('handout.print')}
            </button>
          </div>
          <ol className="handout-steps">
            {guide.steps.map((step, index) => (
              <li key={index} lang={otherLanguage(step.text, lang)}>
                <MarkupText source={step.text[lang]} emphasise={boldButtonWords} />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </main>
  );
}
