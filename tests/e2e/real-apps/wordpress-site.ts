import { expect, type Page } from '@playwright/test';
import { apps, type Lang, originOf } from './apps';
import type { Screen } from './screen-tests';

/** WordPress 6.1 as its admin volunteer uses it: the login form, the main admin screens. */
export const wordpress = (lang: Lang) => {
  const site = apps.wordpress[lang];
  const url = (path: string) => `${originOf(site.host)}${path}`;
  return { site, url };
};

export const loginPage = (lang: Lang) => wordpress(lang).url('/wp-login.php');

export async function signIn(page: Page, lang: Lang): Promise<void> {
  const { site, url } = wordpress(lang);
  await page.goto(url('/wp-login.php'));
  // The login page's own scripts run after load: one focuses the name field 200 ms later, one
  // (user-profile.js) may disable the password field. Typing before they ran lost the password
  // now and then ("the password field is empty"): the focus is the sign they are done.
  await expect(page.locator('#user_login')).toBeFocused();
  await page.locator('#user_login').fill(site.admin.login);
  await page.locator('#user_pass').fill(site.admin.password);
  await expect(page.locator('#user_pass')).toHaveValue(site.admin.password);
  await page.locator('#wp-submit').click();
  // Either the dashboard or the form again with WordPress's reason, which the failure shows.
  await expect(page.locator('#wpadminbar, #login_error').first()).toBeVisible();
  expect(await page.locator('#login_error').allInnerTexts(), 'WordPress refused the login').toEqual([]);
  await expect(page).toHaveURL(url('/wp-admin/'));
}

export function screens(lang: Lang): Screen[] {
  const { site, url } = wordpress(lang);
  const page0 = site.pages[0]!;
  // Glossary words of the seeded posts' titles and of the first page's text.
  const words =
    lang === 'fr'
      ? { titles: ['assemblée générale'], page: ['adhésion'] }
      : { titles: ['general meeting'], page: ['membership'] };
  return [
    {
      name: 'dashboard',
      context: null,
      async open(page) {
        await page.goto(url('/wp-admin/'));
        await expect(page.locator('#dashboard-widgets')).toBeVisible();
      },
    },
    {
      name: 'posts list',
      context: null,
      words: words.titles,
      async open(page) {
        // Oldest first: the seeded posts, whatever the tests published since.
        await page.goto(url('/wp-admin/edit.php?orderby=date&order=asc'));
        await expect(
          page.locator('#the-list a.row-title').getByText(site.posts[0]!.title, { exact: true }),
        ).toBeVisible();
      },
    },
    {
      name: 'block editor (new post)',
      context: 'edit-page',
      async open(page) {
        await page.goto(url('/wp-admin/post-new.php'));
        await expect(titleField(page)).toBeVisible();
      },
    },
    {
      name: 'media library',
      context: null,
      async open(page) {
        await page.goto(url('/wp-admin/upload.php'));
        // The grid is drawn by script from the REST answer: the seeded picture in it.
        await expect(page.locator('.attachments .attachment').first()).toBeVisible();
      },
    },
    {
      name: 'users',
      context: null,
      async open(page) {
        await page.goto(url('/wp-admin/users.php'));
        await expect(page.locator('#the-list').getByText(site.editor.login, { exact: true })).toBeVisible();
      },
    },
    {
      name: 'a page of the site seen while logged in',
      context: null,
      words: words.page,
      async open(page) {
        await page.goto(url(`/?pagename=${page0.slug}`));
        await expect(page.getByRole('heading', { name: page0.title })).toBeVisible();
        await expect(page.locator('#wpadminbar')).toBeVisible();
      },
    },
  ];
}

export const titleField = (page: Page) => page.locator('.editor-post-title__input');

/** Writes and publishes a post in the block editor; resolves once WordPress says it is live. */
export async function publishPost(page: Page, lang: Lang, title: string, text: string): Promise<void> {
  const { url } = wordpress(lang);
  await page.goto(url('/wp-admin/post-new.php'));
  await titleField(page).click();
  await page.keyboard.type(title);
  // Enter in the title starts the first paragraph block.
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await page.locator('.editor-post-publish-panel__toggle').click();
  await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
  await expect(page.locator('.post-publish-panel__postpublish')).toBeVisible();
}

/**
 * WordPress's own chrome: the admin menu and bar, status filters, list headers and actions, the
 * editor's top bar, breadcrumb and popovers. Headings and field labels are read on purpose: they
 * hold the words the volunteer meets (« Tableau de bord », « Publier »).
 */
export const chrome = [
  '#adminmenumain',
  '#wpadminbar',
  '#screen-meta-links',
  '.subsubsub',
  '.tablenav',
  '.wp-list-table thead',
  '.wp-list-table tfoot',
  '.row-actions',
  '.interface-interface-skeleton__header',
  '.interface-interface-skeleton__footer',
  '.components-popover',
].join(', ');
