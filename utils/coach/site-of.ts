/** The site key Déclic uses ("turn off on this site", per-tab state): `https://host`. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}
