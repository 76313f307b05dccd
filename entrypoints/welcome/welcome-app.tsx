import { browser } from 'wxt/browser';
import { PracticeOffer } from '../../components/practice-offer';
import { useDocumentLang } from '../../hooks/use-document-lang';
import { useLang } from '../../hooks/use-lang';
import { useSettings } from '../../hooks/use-settings';
import { tools } from '../../utils/tools/registry';
import { toolCategories } from '../../utils/tools/tool-schema';
import { currentBrowser } from './browser-words';
import { DiagnosticOffer } from './diagnostic-offer';
import { ExplainFeature, OnPageFeatures } from './feature-sections';
import { PinIcon } from './pin-icon';
import { Practice } from './practice';
import './welcome.css';

/** First-run page: what Déclic does and never does, each feature drawn, a practice, plain words. */
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
    <main lang={lang} aria-busy={!loaded} className="welcome">
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

      <DiagnosticOffer lang={lang} />
      <PracticeOffer lang={lang} />

      <OnPageFeatures lang={lang} practice={<Practice lang={lang} />} />
      <ExplainFeature lang={lang} />
      <PinIcon lang={lang} browserKind={currentBrowser()} />

      <h2>{tr('welcome.tools.title')}</h2>
      <ul>
        {byCategory.map(({ category, names }) => (
          <li key={category}>
            {tr(`category.${category}`)}
            {lang === 'fr' ? '\u202f: ' : ': '}
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
