import { createHash } from 'node:crypto';

/**
 * Chrome's extension id for a manifest `key` (base64 DER public key): the first 32 hex
 * digits of its SHA-256, written with the letters a–p instead of 0–f.
 */
export function chromeExtensionId(publicKeyBase64: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKeyBase64, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}
