import { type ReactNode, useEffect, useState } from 'react';
import { type Lang, t, tn } from '../../utils/i18n';
import type { Anchor } from '../../utils/packs/pack-schema';
import { describeLocator } from '../../utils/studio/describe-anchor';
import { type DraftAnchor, draftAnchors, personalAnchorError, withoutAnchor } from '../../utils/studio/draft-anchors';
import type { Localized, StudioDraft } from '../../utils/studio/draft-model';
import { nextVersion } from '../../utils/studio/draft-to-pack';
import { useStudioForm } from './studio-form';

interface Props {
  draft: StudioDraft;
  onChange(draft: StudioDraft): void;
}

/** Every locator of an anchor, in the order Déclic tries them: « le bouton « Envoyer », sinon le texte « Envoyer » ». */
const inWords = (anchor: Anchor, lang: Lang) =>
  anchor
    .map((locator) => describeLocator(locator, lang))
    .reduce((first, next) => t(lang, 'studio.review.or-else', { first, next }));

/**
 * Everything the file will hold, read before it is made: the pack, each text by its title, and
 * every place it points at in words. Open until the first export (and whenever a place holds
 * what looks like a person's text), so a mentor never saves what they have not seen.
 */
export function FileReview({ draft, onChange }: Props) {
  const { lang } = useStudioForm();
  const places = draftAnchors(draft);
  const risky = places.some((place) => place.personal);
  const fresh = !draft.version;
  const [open, setOpen] = useState(fresh || risky);
  useEffect(() => {
    if (fresh || risky) setOpen(true);
  }, [fresh, risky]);
  const titled = (text: Localized) => text[lang] || text.fr || text.en || t(lang, 'studio.review.unnamed');
  const placeOf = (itemKey: string, stepKey?: string) =>
    places.find((place) => place.itemKey === itemKey && place.stepKey === stepKey);

  const place = (found: DraftAnchor | undefined, label: (where: string) => string) =>
    found ? (
      <li key={found.field}>
        {label(inWords(found.anchor, lang))}
        {found.personal ? (
          <>
            <p id={`${found.field}-error`} className="field-error">
              {personalAnchorError(found, lang)}
            </p>
            <button
              type="button"
              id={found.field}
              className="danger"
              aria-describedby={`${found.field}-error`}
              onClick={() => onChange(withoutAnchor(draft, found))}
            >
              {t(lang, 'studio.review.remove')}
            </button>
          </>
        ) : null}
      </li>
    ) : null;
  const tipPlace = (key: string) => place(placeOf(key), (where) => t(lang, 'studio.review.tip-anchor', { where }));

  return (
    <details className="studio-review" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t(lang, 'studio.review')}</summary>
      <p>{t(lang, 'studio.review.private')}</p>
      <p>
        {t(lang, 'studio.review.pack', {
          name: titled(draft.name),
          author: draft.author.name.trim() || t(lang, 'studio.review.unnamed'),
          licence: draft.licence,
          version: nextVersion(draft.version),
        })}
      </p>
      <Group label={t(lang, 'studio.tips')}>
        {draft.tips.map((tip) => (
          <li key={tip.key}>
            {titled(tip.title)}
            {tip.anchor ? <ul>{tipPlace(tip.key)}</ul> : null}
          </li>
        ))}
      </Group>
      <Group label={t(lang, 'studio.words')}>
        {draft.words.map((word) => (
          <li key={word.key}>{titled(word.term)}</li>
        ))}
      </Group>
      <Group label={t(lang, 'studio.guides')}>
        {draft.guides.map((guide) => (
          <li key={guide.key}>
            {tn(lang, 'studio.review.steps', guide.steps.length, { title: titled(guide.title) })}
            {guide.steps.some((step) => step.anchor) ? (
              <ul>
                {guide.steps.map((step, index) =>
                  place(placeOf(guide.key, step.key), (where) =>
                    t(lang, 'studio.review.step-anchor', { m: index + 1, where }),
                  ),
                )}
              </ul>
            ) : null}
          </li>
        ))}
      </Group>
      {places.length ? null : <p>{t(lang, 'studio.review.no-places')}</p>}
    </details>
  );
}

/** « Astuces (3) », then the list; nothing at all when the list is empty. */
function Group({ label, children }: { label: string; children: ReactNode[] }) {
  if (!children.length) return null;
  return (
    <>
      <p>{`${label} (${children.length})`}</p>
      <ul>{children}</ul>
    </>
  );
}
