import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { policyItems, policyKeys } from '../utils/policy/policy-schema';

export const MANAGED_SCHEMA_PATH = 'public/managed_schema.json';

/** What Chrome's managed_schema dialect understands; everything else zod writes is left out. */
const KEPT = ['description', 'type', 'properties', 'items', 'enum'] as const;
type ChromeSchema = { [K in (typeof KEPT)[number]]?: unknown };

function toChrome(input: Record<string, unknown>): ChromeSchema {
  const node = recordAsProperties(input);
  const out: Record<string, unknown> = {};
  for (const key of KEPT) {
    const value = node[key];
    if (value === undefined) continue;
    if (key === 'properties') {
      const props = value as Record<string, Record<string, unknown>>;
      out.properties = Object.fromEntries(Object.entries(props).map(([name, prop]) => [name, toChrome(prop)]));
    } else if (key === 'items') out.items = toChrome(value as Record<string, unknown>);
    else out[key] = value;
  }
  return out;
}

/** A record keyed by an enum (the policy's categories) is written as its named properties. */
function recordAsProperties(node: Record<string, unknown>): Record<string, unknown> {
  const names = (node.propertyNames as { enum?: string[] } | undefined)?.enum;
  const value = node.additionalProperties as Record<string, unknown> | undefined;
  if (!names || !value || node.properties) return node;
  return { ...node, properties: Object.fromEntries(names.map((name) => [name, value])) };
}

/**
 * public/managed_schema.json, generated from the policy schema (whose lockable settings come
 * from settings-fields.ts): the browser uses it to check an admin's policy before Déclic sees it.
 */
export function managedSchemaJson(): string {
  const shape = {
    ...policyKeys,
    packs: z.array(policyItems.packs).describe(policyKeys.packs.description ?? ''),
    sites: z.array(policyItems.sites).describe(policyKeys.sites.description ?? ''),
  };
  const json = z.toJSONSchema(z.object(shape), { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify(toChrome(json), null, 2)}\n`;
}

export function writeManagedSchema(): void {
  writeFileSync(MANAGED_SCHEMA_PATH, managedSchemaJson());
}

if (process.argv[1]?.endsWith('managed-schema.ts')) writeManagedSchema();
