import { useSettings } from '../../hooks/use-settings';
import { type Lang, type MessageKey, t, tn } from '../../utils/i18n';
import { toolById } from '../../utils/tools/registry';

/**
 * What the association set for this computer, in plain words, and any value Déclic could not
 * use (ignored, with the reason): a broken policy is never a broken extension.
 */
export function PolicySection({ lang }: { lang: Lang }) {
  const { policy, notes } = useSettings();
  const lines: string[] = [];
  if (policy.sharedComputer) {
    lines.push(tn(lang, 'policy.shared', policy.idleResetMinutes ?? 30));
  }
  if (policy.lockedSettings && Object.keys(policy.lockedSettings).length) lines.push(t(lang, 'policy.some-locked'));
  const off = Object.entries(policy.lockedSettings?.categories ?? {}).filter(([, on]) => on === false);
  if (off.length) {
    lines.push(
      t(lang, 'policy.categories-off', {
        list: off.map(([category]) => t(lang, `category.${category}` as MessageKey)).join(', '),
      }),
    );
  }
  if (policy.packs?.length) lines.push(tn(lang, 'policy.packs', policy.packs.length));
  if (policy.allowUserPacks === false) lines.push(t(lang, 'policy.no-user-packs'));
  if (policy.allowedPackSources?.length) {
    lines.push(t(lang, 'policy.sources', { list: policy.allowedPackSources.join(', ') }));
  }
  for (const site of policy.sites ?? []) {
    lines.push(t(lang, 'policy.site', { site: site.origin, tool: toolById(site.tool)?.names[lang] ?? site.tool }));
  }
  if (!lines.length && !notes.length) return null;
  return (
    <section aria-labelledby="policy-title" className="card">
      <h2 id="policy-title">{t(lang, 'policy.title')}</h2>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {notes.length ? (
        <div className="policy-notes">
          <p>{t(lang, 'policy.notes')}</p>
          <ul>
            {notes.map((note) => (
              <li key={`${note.key}-${note.problem}`}>
                <code>{note.key}</code> : {t(lang, note.problem as MessageKey)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
