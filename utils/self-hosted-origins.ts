import { browser } from 'wxt/browser';
import { saasMatchPatterns } from './tools/registry';

/** Origins granted beyond the SaaS hosts of the manifest: the association's own sites. */
export async function grantedSelfHostedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const saas = new Set(saasMatchPatterns());
  return origins.filter((origin) => /^(https?|\*):\/\//.test(origin) && !saas.has(origin)).sort();
}
