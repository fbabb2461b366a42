/**
 * Curation: the user's corrections to the entities, in `content/entities.yaml`, applied last by
 * `resolve`. Each entry is keyed by an entity's name (or id) as the build found it:
 *
 *   Russian Federation: { merge: Russia }        # the same entity as Russia
 *   Rocket: { ignore: true }                      # not an entity: mentions are not linked
 *   Vladimir Putin:
 *     name: Vladimir V. Putin                     # rename
 *     type: person                                # person | organization | place | misc
 *     description: President of Russia.
 *   Johnson:                                      # two people with one surname
 *     split: { Boris Johnson: [Mr Johnson, Prime Minister Johnson] }
 *
 * `split` takes mentions written in the given ways (with or without their titles) off an entity
 * into another one. An entry that matches nothing is reported with its line, so a typo does not
 * go unnoticed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { slug } from 'github-slugger';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'zod';
import type { EntityType, Message } from './model.ts';

const EntrySchema = z.object({
  name: z.string().min(1).optional(),
  type: z.enum(['person', 'organization', 'place', 'misc']).optional(),
  description: z.string().min(1).optional(),
  merge: z.string().min(1).optional(),
  ignore: z.boolean().optional(),
  split: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).optional(),
}).strict();

const CurationSchema = z.record(z.string().min(1), EntrySchema);

export type CurationEntry = z.infer<typeof EntrySchema>;

export interface Curation {
  file: string;
  entries: Map<string, CurationEntry>;
  /** Line of each entry's key in the file, for messages. */
  lines: Map<string, number>;
}

export const entityId = (name: string) => slug(name.normalize('NFKD').replace(/\p{M}/gu, '')) || 'entity';

/** Reads and validates a curation file; null when there is none. Throws a message that says what to fix. */
export function loadCuration(path: string, file = path): Curation | null {
  if (!existsSync(path)) return null;
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (document.errors.length > 0) {
    const [error] = document.errors;
    throw new Error(`${file}:${error!.linePos?.[0].line ?? 1}: not valid YAML (${error!.message.split('\n')[0]})`);
  }
  const parsed = CurationSchema.safeParse(document.toJS() ?? {});
  const lines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const item of document.contents.items) {
      if (isScalar(item.key) && item.key.range) lines.set(String(item.key.value), lineCounter.linePos(item.key.range[0]).line);
    }
  }
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const entry = String(issue.path[0] ?? '');
      return `  ${file}:${lines.get(entry) ?? 1}: ${issue.path.join('.') || '(file)'}: ${issue.message}`;
    });
    throw new Error(`${file} has problems; fix them and build again:\n${problems.join('\n')}`);
  }
  return { file, entries: new Map(Object.entries(parsed.data)), lines };
}

/** Applies a curation to entity names, remembering which entries matched. */
export class Curator {
  private readonly used = new Set<string>();
  private readonly usedAliases = new Set<string>();
  private readonly curation: Curation | null;

  constructor(curation: Curation | null) {
    this.curation = curation;
  }

  private entryFor(name: string): [string, CurationEntry] | undefined {
    if (!this.curation) return undefined;
    for (const key of [name, entityId(name)]) {
      const entry = this.curation.entries.get(key);
      if (entry) {
        this.used.add(key);
        return [key, entry];
      }
    }
    return undefined;
  }

  /**
   * The final name of an entity found as `name` (written as `surfaces` in the text, when a
   * mention), or null when it is to be ignored. Follows merges, at most a few steps.
   */
  nameOf(name: string, surfaces: string[] = []): string | null {
    let current = name;
    for (let step = 0; step < 5; step += 1) {
      const found = this.entryFor(current);
      if (!found) return current;
      const [key, entry] = found;
      if (entry.ignore) return null;
      for (const [target, aliases] of Object.entries(entry.split ?? {})) {
        const written = surfaces.find((surface) => aliases.includes(surface));
        if (written) {
          this.usedAliases.add(`${key}\u0000${written}`);
          return target;
        }
      }
      if (entry.merge) {
        current = entry.merge;
        continue;
      }
      return entry.name ?? current;
    }
    return current;
  }

  /** Type and description set by the entry of a final name (or of the name it was renamed from). */
  overrides(finalName: string, originalNames: Iterable<string>): { type?: EntityType; description?: string } {
    for (const name of [finalName, ...originalNames]) {
      const found = this.entryFor(name);
      if (found && (found[1].type || found[1].description)) return { type: found[1].type, description: found[1].description };
    }
    return {};
  }

  /** Entries (and split aliases) that matched nothing, as warnings with their line. */
  unmatched(): Message[] {
    if (!this.curation) return [];
    const messages: Message[] = [];
    const { file, lines } = this.curation;
    for (const [key, entry] of this.curation.entries) {
      const line = lines.get(key) ?? 1;
      if (!this.used.has(key)) {
        messages.push({ file, line, column: 1, rule: 'curate:unmatched', reason: `No entity is named "${key}": the entry changes nothing; check the name on the entity's page` });
        continue;
      }
      for (const aliases of Object.values(entry.split ?? {})) {
        for (const alias of aliases) {
          if (!this.usedAliases.has(`${key}\u0000${alias}`)) messages.push({ file, line, column: 1, rule: 'curate:unmatched', reason: `"${key}" is never written "${alias}": nothing was split off` });
        }
      }
    }
    return messages;
  }
}
