import { browser } from 'wxt/browser';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { useSettings } from '../../hooks/use-settings';
import { tools } from '../../utils/tools/registry';
import { toolCategories } from '../../utils/tools/tool-schema';

/** First-run page: what Déclic does, what it never does, how to use it. Plain words. */
export function WelcomeApp() {
  const { lang, tr } = useLang();
  const { loaded } = useSettings();
  useDocumentLang(lang, tr('welcome.title'));
  const byCategory = toolCategories
    .map((category) => ({
      category,
      names: tools.filter((tool) => tool.category === category).map((tool) => tool.names[lang]),
    }))
    .filter((group) => group.names.length);

  return (
    <main lang={lang} aria-busy={!loaded}>
      <h1>{tr('welcome.title')}</h1>
      <p className="lead">{tr('welcome.lead')}</p>

      <h2>{tr('welcome.does.title')}</h2>
      <ul>
        <li>{tr('welcome.does.1')}</li>
        <li>{tr('welcome.does.2')}</li>
        <li>{tr('welcome.does.3')}</li>
      </ul>

      <h2>{tr('welcome.never.title')}</h2>
      <ul>
        <li>{tr('welcome.never.1')}</li>
        <li>{tr('welcome.never.2')}</li>
        <li>{tr('welcome.never.3')}</li>
      </ul>

      <h2>{tr('welcome.how.title')}</h2>
      <ol>
        <li>{tr('welcome.how.1')}</li>
        <li>{tr('welcome.how.2')}</li>
        <li>{tr('welcome.how.3')}</li>
        <li>{tr('welcome.how.4')}</li>
      </ol>

      <h2>{tr('welcome.tools.title')}</h2>
      <ul>
        {byCategory.map(({ category, names }) => (
          <li key={category}>
            {tr(`category.${category}`)}
            {lang === 'fr' ? ' : ' : ': '}
            {names.join(', ')}
          </li>
        ))}
      </ul>
      <p>{tr('welcome.self-hosted')}</p>
      <p>
        <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {tr('welcome.settings')}
        </button>
      </p>
    </main>
  );
}
