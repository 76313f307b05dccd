import { describe, expect, it } from 'vitest';
import type { Pack } from '../../utils/packs/pack-schema';
import { summarisePack } from '../../utils/packs/pack-summary';
import { samplePack } from './helpers/sample-pack';

const link = (url: string) => ({ url, label: { fr: 'Aide', en: 'Help' } });

describe('what a pack shows before it is installed', () => {
  it('lists every place its links go, guides and "Learn more" included', () => {
    const pack: Pack = {
      ...samplePack(),
      guides: [
        {
          id: 'g',
          tool: 'nextcloud',
          title: { fr: 'Partager', en: 'Share' },
          steps: [
            {
              text: {
                fr: 'Voir [ici](https://docs.nextcloud.com/x).',
                en: 'See [here](https://docs.nextcloud.com/x).',
              },
            },
            { text: { fr: 'Fini.', en: 'Done.' } },
          ],
          links: [link('https://lesbonsclics.fr/')],
        },
      ],
      resources: [{ tool: 'roundcube', links: [link('https://docs.roundcube.net/')] }],
    };
    const summary = summarisePack(pack, 'fr');
    expect(summary.linkHosts).toEqual(
      expect.arrayContaining(['docs.nextcloud.com', 'lesbonsclics.fr', 'docs.roundcube.net', 'support.google.com']),
    );
    expect(summary.tools).toEqual(expect.arrayContaining(['Nextcloud', 'Roundcube']));
    expect(summary.guides).toBe(1);
  });
});
