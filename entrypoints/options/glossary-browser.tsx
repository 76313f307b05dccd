import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useStorageItem } from '../../hooks/use-storage-item';
import { glossaryTools, searchGlossary } from '../../utils/glossary/glossary-search';
import { type Lang, t, tn } from '../../utils/i18n';
import type { InstalledPack } from '../../utils/packs/installed-packs';
import { knownTermsItem } from '../../utils/storage/local-items';
import { toolById } from '../../utils/tools/registry';
import { GlossaryEntry } from './glossary-entry';

const toolName = (id: string, lang: Lang) => toolById(id)?.names[lang] ?? id;

/**
 * Every word the enabled packs explain, searchable in both languages. All matches are rendered
 * (a few hundred at most); the search runs on a deferred copy of the query so typing stays quick.
 */
export function GlossaryBrowser({ packs, lang }: { packs: InstalledPack[] | undefined; lang: Lang }) {
  const [query, setQuery] = useState('');
  const [tool, setTool] = useState('');
  const [known] = useStorageItem(knownTermsItem, {});
  const deferredQuery = useDeferredValue(query);
  const id = useId();

  const tools = useMemo(() => {
    const collator = new Intl.Collator(lang);
    return glossaryTools(packs ?? []).sort((a, b) => collator.compare(toolName(a, lang), toolName(b, lang)));
  }, [packs, lang]);
  // A tool whose pack was just turned off is no longer a choice: show everything again.
  const activeTool = tools.includes(tool) ? tool : '';
  const hits = useMemo(
    () => searchGlossary(packs ?? [], deferredQuery, lang, known, { tool: activeTool || undefined }),
    [packs, deferredQuery, lang, known, activeTool],
  );

  const count = tn(lang, 'glossary-browser.count', hits.length);
  const shownQuery = deferredQuery.trim();
  const status =
    hits.length || !shownQuery
      ? count
      : activeTool
        ? t(lang, 'glossary-browser.none-tool', { query: shownQuery, tool: toolName(activeTool, lang) })
        : t(lang, 'glossary-browser.none', { query: shownQuery });

  return (
    <section aria-labelledby={`${id}-title`} className="glossary">
      <h2 id={`${id}-title`}>{t(lang, 'glossary-browser.title')}</h2>
      <p>{t(lang, 'glossary-browser.intro')}</p>
      <search className="glossary-search">
        <label htmlFor={`${id}-query`}>{t(lang, 'glossary-browser.search')}</label>
        <input
          id={`${id}-query`}
          type="search"
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => setQuery(event.currentTarget.value)}
        />
        {tools.length ? (
          <>
            <label htmlFor={`${id}-tool`}>{t(lang, 'glossary-browser.tool')}</label>
            <select id={`${id}-tool`} value={activeTool} onChange={(event) => setTool(event.currentTarget.value)}>
              <option value="">{t(lang, 'glossary-browser.all-tools')}</option>
              {tools.map((toolId) => (
                <option key={toolId} value={toolId}>
                  {toolName(toolId, lang)}
                </option>
              ))}
            </select>
          </>
        ) : null}
      </search>
      <p role="status" className="glossary-count">
        {packs ? status : ''}
      </p>
      <ul className="plain-list" aria-busy={packs === undefined}>
        {hits.map((hit) => (
          <GlossaryEntry key={hit.key} hit={hit} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
