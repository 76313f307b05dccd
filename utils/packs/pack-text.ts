import { type Lang, translate } from '../i18n';

/**
 * Turns the bytes of a file or a download into text before any parsing: UTF-8 (with or without
 * a byte-order mark) and UTF-16 with a byte-order mark are read; anything else is refused in
 * plain words instead of being parsed as garbage.
 */
export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

export function decodePackBytes(bytes: Uint8Array, lang: Lang, maxBytes: number): DecodeResult {
  if (bytes.byteLength > maxBytes) {
    return { ok: false, error: translate(lang, 'pack.error.too-big', { max: '1 MiB' }) };
  }
  if (bytes.byteLength === 0) return { ok: false, error: translate(lang, 'pack.error.empty') };
  const [a, b] = [bytes[0], bytes[1]];
  try {
    if (a === 0xff && b === 0xfe) return { ok: true, text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) };
    if (a === 0xfe && b === 0xff) return { ok: true, text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes) };
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL byte means a binary file
    if (/\u0000/.test(text)) return { ok: false, error: translate(lang, 'pack.error.binary') };
    return { ok: true, text };
  } catch {
    return { ok: false, error: translate(lang, 'pack.error.binary') };
  }
}
