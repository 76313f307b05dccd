import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { packSchema } from '../utils/packs/pack-schema';

export const PACK_JSON_SCHEMA_PATH = 'public/schema/pack.schema.json';

/** The JSON Schema pack authors point their editor at, generated from the zod schema. */
export function packJsonSchema(): string {
  const schema = z.toJSONSchema(packSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Déclic tip pack' }, null, 2)}\n`;
}

export async function writePackJsonSchema(): Promise<void> {
  await writeFile(PACK_JSON_SCHEMA_PATH, packJsonSchema());
}
