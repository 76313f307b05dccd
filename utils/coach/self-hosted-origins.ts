import { browser } from 'wxt/browser';
import { saasMatchPatterns } from '../tools/registry';

/** Origins granted beyond the SaaS hosts of the manifest: the association's own sites. */
export async function grantedSelfHostedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const saas = new Set(saasMatchPatterns());
  // An association build may grant every site; content scripts then match every web page.
  const expanded = origins.flatMap((origin) => (origin === '<all_urls>' ? ['https://*/*', 'http://*/*'] : [origin]));
  return [...new Set(expanded)].filter((origin) => /^(https?|\*):\/\//.test(origin) && !saas.has(origin)).sort();
}
