/**
 * The whole-site check: reads every note once, validates each one and then the site as a whole
 * (slugs, phases, prerequisites, aliases, links, anchors), and returns plain records plus every problem found.
 * Nothing is thrown and nothing is dropped: a note with problems still yields a record so other checks can
 * refer to it, and the caller decides to stop on errors.
 */
import { frontmatterDefaults, NOTE_FIELDS, noteFrontmatterSchema, type NoteFrontmatter } from '../schemas/note.ts';
import { ROADMAP_FIELDS, roadmapSchema, type Roadmap } from '../schemas/roadmap.ts';
import { SLUG_PATTERN } from '../schemas/fields.ts';
import type { FileUse } from './build-errors.ts';
import type { Diagnostic } from './diagnostics.ts';
import { parseYamlWithLines, splitFrontmatter, type ParsedYaml } from './frontmatter.ts';
import { buildSiteGraph, findPrerequisiteCycles, type SiteGraph } from './graph.ts';
import { buildLinkIndex, resolveHref, resolveWikilink, type LinkIndex, type Resolution } from './links.ts';
import { mdxSyntaxHint } from './mdx-hints.ts';
import { readNoteBody, type Embed, type FileReference, type NoteBody } from './note-body.ts';
import { checkContentFolder, checkFileLink, checkNoteFiles, checkPublicLink, type SiteFiles } from './note-files.ts';
import type { NoteRecord, SiteSources } from './note-record.ts';
import { checkNoteRules } from './note-rules.ts';
import { checkPermalinks, currentUrls, parseManifest } from './permalinks.ts';
import { didYouMean } from './suggest.ts';
import { resolveToday } from './today.ts';
import type { CalendarDate } from './calendar-date.ts';
import { fieldName, zodIssuesToDiagnostics } from './zod-diagnostics.ts';
import { slugOfNoteFile } from './note-slug.ts';

/**
 * The analysed site: what every consumer (pages, Markdown plugins, compiled-note cache, integrations, scripts) reads,
 * computed once per content state. Nobody rebuilds the alias map, the link index or the graph from it.
 */
export interface AnalyzedSite {
  roadmap: Roadmap | undefined;
  /** Every note, drafts included (each says whether it is one), in file order. */
  notes: NoteRecord[];
  diagnostics: Diagnostic[];
  /** Whether this analysis is for a production build, which leaves drafts out. */
  production: boolean;
  /** Former slug → current slug, for every alias that does not collide (collisions are diagnostics). */
  aliases: ReadonlyMap<string, string>;
  /** What link resolution needs: every note (drafts too, so links to them are recognised) and the aliases. */
  linkIndex: LinkIndex;
  /** The graph of the notes this build publishes (drafts too outside production); undefined without a roadmap. */
  graph: SiteGraph | undefined;
  /** The build's one today (see src/lib/today.ts). */
  today: CalendarDate;
  /** The files the check saw, when it was given them (the remark plugin resolves embeds with them). */
  files?: SiteFiles;
  /** Where notes use local files, so a build error about a file names the note's line. */
  uses: FileUse[];
}

function error(file: string, line: number, field: string, code: string, message: string, hint: string, column?: number): Diagnostic {
  return { severity: 'error', file, line, ...(column !== undefined ? { column } : {}), field, code, message, hint };
}

function warning(file: string, line: number, field: string, code: string, message: string, hint: string, column?: number): Diagnostic {
  return { ...error(file, line, field, code, message, hint, column), severity: 'warning' };
}

function unknownFieldWarnings(
  file: string,
  keys: { key: string; line: number }[],
  known: readonly string[],
  lineOffset: number,
): Diagnostic[] {
  return keys
    .filter(({ key }) => !known.includes(key))
    .map(({ key, line }) =>
      warning(
        file,
        line + lineOffset,
        key,
        'unknown-field',
        `unknown field "${key}" is ignored`,
        didYouMean(key, known, `Remove it, or use one of: ${known.join(', ')}.`),
      ),
    );
}

function checkRoadmap(sources: SiteSources): { roadmap: Roadmap | undefined; diagnostics: Diagnostic[] } {
  const file = sources.roadmapFile;
  if (sources.roadmapSource === undefined) {
    return {
      roadmap: undefined,
      diagnostics: [
        error(
          file,
          1,
          'roadmap',
          'missing-roadmap',
          'the roadmap file is missing',
          'Create it with `title:`, `description:` and a list of `phases:` (see the README).',
        ),
      ],
    };
  }
  const parsed = parseYamlWithLines(sources.roadmapSource);
  if (parsed.problems.length) {
    return {
      roadmap: undefined,
      diagnostics: parsed.problems.map((p) =>
        error(
          file,
          p.line,
          'yaml',
          'yaml-syntax',
          `invalid YAML: ${p.message}`,
          'Fix the YAML syntax (indentation, quotes, colons).',
          p.column,
        ),
      ),
    };
  }
  const diagnostics = unknownFieldWarnings(file, parsed.topLevelKeys, ROADMAP_FIELDS, 0);
  const result = roadmapSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    diagnostics.push(...zodIssuesToDiagnostics(result.error.issues, file, parsed.lineOf, 'error', 'roadmap'));
    return { roadmap: undefined, diagnostics };
  }
  const seen = new Map<string, number>();
  result.data.phases.forEach((phase, i) => {
    const first = seen.get(phase.id);
    if (first !== undefined) {
      diagnostics.push(
        error(
          file,
          parsed.lineOf(['phases', i, 'id']),
          fieldName(['phases', i, 'id']),
          'duplicate-phase',
          `phase id "${phase.id}" is already used by phases[${first}]`,
          'Give every phase its own id.',
        ),
      );
    } else {
      seen.set(phase.id, i);
    }
  });
  return { roadmap: result.data, diagnostics };
}

interface ReadNote {
  record: NoteRecord;
  lineOf: (path: readonly (string | number)[]) => number;
  /** False when the frontmatter did not validate: the record then holds what could be salvaged. */
  valid: boolean;
  files: FileReference[];
  embeds: Embed[];
}

/**
 * The frontmatter of a note whose fields did not validate (or that has none): the defaults, its title (else the slug)
 * and whether it is a draft. Only this much is salvaged, so links to the note do not cascade into more errors.
 */
function salvagedFrontmatter(raw: Record<string, unknown>, slug: string): NoteFrontmatter {
  const title = typeof raw['title'] === 'string' ? raw['title'] : slug;
  return { ...frontmatterDefaults(), title, summary: '', phase: '', draft: raw['draft'] === true };
}

function readNote(file: string, source: string, today: string, diagnostics: Diagnostic[], readers: Readers): ReadNote {
  const slug = slugOfNoteFile(file);
  const split = splitFrontmatter(source);
  const offset = split.yamlFirstLine - 1;
  let frontmatter = salvagedFrontmatter({}, slug);
  let lineOf: ReadNote['lineOf'] = () => 1;
  let valid = false;

  if (!SLUG_PATTERN.test(slug)) {
    diagnostics.push(
      error(
        file,
        1,
        'slug',
        'invalid-slug',
        `the file name "${slug}" is not a valid slug`,
        `Rename the file to lowercase letters, digits and single hyphens, e.g. ${
          slug
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'my-topic'
        }.mdx.`,
      ),
    );
  }

  if (split.yaml === undefined) {
    diagnostics.push(
      split.yamlFirstLine === 2
        ? error(
            file,
            1,
            'frontmatter',
            'unclosed-frontmatter',
            'the frontmatter opened with --- is never closed',
            'Add a line with --- after the last field.',
          )
        : error(
            file,
            1,
            'frontmatter',
            'missing-frontmatter',
            'the note has no frontmatter',
            'Start the file with ---, the fields title, summary and phase, and another ---.',
          ),
    );
  } else {
    const parsed = readers.readFrontmatter(split.yaml);
    if (parsed.problems.length) {
      for (const p of parsed.problems) {
        diagnostics.push(
          error(
            file,
            p.line + offset,
            'frontmatter',
            'yaml-syntax',
            `invalid YAML: ${p.message}`,
            'Fix the YAML syntax: indentation, a missing colon, or a value with ": " that needs quotes.',
            p.column,
          ),
        );
      }
    } else {
      lineOf = (path) => parsed.lineOf(path) + offset;
      diagnostics.push(...unknownFieldWarnings(file, parsed.topLevelKeys, NOTE_FIELDS, offset));
      const result = noteFrontmatterSchema.safeParse(parsed.data ?? {});
      if (result.success) {
        frontmatter = result.data;
        valid = true;
        diagnostics.push(...checkNoteRules(result.data, file, lineOf, today));
      } else {
        diagnostics.push(...zodIssuesToDiagnostics(result.error.issues, file, lineOf));
        frontmatter = salvagedFrontmatter((parsed.data ?? {}) as Record<string, unknown>, slug);
      }
    }
  }

  // Everything the body says about the note goes into its record; what is left is for the checks below.
  const { componentProblems, files, embeds, syntaxError, ...facts } = readers.readBody(split.bodyWithFileLines);
  if (syntaxError) {
    const { line, column, message } = syntaxError;
    diagnostics.push(
      error(
        file,
        line,
        'mdx',
        'mdx-syntax',
        `MDX syntax error: ${message
          .replace(/\s*\(note: .*\)$/, '')
          .replace(/\s{2,}/g, ' ')
          .replace(/\.$/, '')}`,
        mdxSyntaxHint(message, split.bodyWithFileLines.split('\n')[line - 1] ?? '', column),
        column,
      ),
    );
  }

  for (const problem of componentProblems) {
    const report = problem.severity === 'warning' ? warning : error;
    diagnostics.push(report(file, problem.line, problem.component, problem.code, problem.message, problem.hint, problem.column));
  }

  return {
    valid,
    lineOf,
    files,
    embeds,
    record: { ...frontmatter, slug, file, ...facts, linksTo: [] },
  };
}

function checkDuplicateSlugs(notes: readonly ReadNote[]): Diagnostic[] {
  const bySlug = Map.groupBy(notes, (n) => n.record.slug);
  const found: Diagnostic[] = [];
  for (const [slug, group] of bySlug) {
    if (group.length < 2) continue;
    for (const note of group) {
      const others = group.filter((g) => g !== note).map((g) => g.record.file);
      found.push(
        error(
          note.record.file,
          1,
          'slug',
          'duplicate-slug',
          `the slug "${slug}" is also used by ${others.join(', ')}`,
          'Slugs are unique across all folders: rename one of the files.',
        ),
      );
    }
  }
  return found;
}

function checkReferences(
  notes: readonly ReadNote[],
  roadmap: Roadmap | undefined,
  aliases: ReadonlyMap<string, string>,
  production: boolean,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const bySlug = new Map(notes.map((n) => [n.record.slug, n]));
  const slugs = [...bySlug.keys()];
  const phaseIds = roadmap?.phases.map((p) => p.id) ?? [];
  const phaseIndex = new Map(phaseIds.map((id, i) => [id, i]));

  for (const note of notes) {
    if (!note.valid) continue;
    const { record, lineOf } = note;
    const file = record.file;

    if (roadmap && !phaseIndex.has(record.phase)) {
      found.push(
        error(
          file,
          lineOf(['phase']),
          'phase',
          'unknown-phase',
          `"${record.phase}" is not a phase of the roadmap`,
          didYouMean(record.phase, phaseIds, `Use one of: ${phaseIds.join(', ')}; or add the phase to the roadmap.`),
        ),
      );
    }

    for (const field of ['prerequisites', 'related'] as const) {
      record[field].forEach((target, i) => {
        const line = lineOf([field, i]);
        const name = fieldName([field, i]);
        if (target === record.slug) {
          found.push(
            error(
              file,
              line,
              name,
              `self-${field === 'related' ? 'related' : 'prerequisite'}`,
              `the note lists itself`,
              `Remove "${target}" from ${field}.`,
            ),
          );
          return;
        }
        if (field === 'related' && record.prerequisites.includes(target)) {
          found.push(
            warning(
              file,
              line,
              name,
              'related-is-prerequisite',
              `"${target}" is already a prerequisite`,
              'Remove it from related: the page shows prerequisites already.',
            ),
          );
        }
        const resolved = bySlug.get(target) ?? bySlug.get(aliases.get(target) ?? '');
        if (!resolved) {
          found.push(
            error(
              file,
              line,
              name,
              `unknown-${field === 'related' ? 'related' : 'prerequisite'}`,
              `unknown note "${target}"`,
              didYouMean(target, slugs, 'Check the slug: it is the note file name without .mdx.'),
            ),
          );
          return;
        }
        if (aliases.has(target) && !bySlug.has(target)) {
          found.push(
            warning(
              file,
              line,
              name,
              'alias-reference',
              `"${target}" is a former slug of "${resolved.record.slug}"`,
              `Write "${resolved.record.slug}" instead.`,
            ),
          );
        }
        if (production && resolved.record.draft && !record.draft) {
          found.push(
            warning(
              file,
              line,
              name,
              'draft-reference',
              `"${resolved.record.slug}" is a draft and is left out of this build`,
              'Publish it (remove `draft: true`) or remove it from the list.',
            ),
          );
        }
        if (field === 'prerequisites') {
          const mine = phaseIndex.get(record.phase);
          const theirs = phaseIndex.get(resolved.record.phase);
          if (mine !== undefined && theirs !== undefined && theirs > mine) {
            found.push(
              warning(
                file,
                line,
                name,
                'prerequisite-later-phase',
                `"${resolved.record.slug}" is in the later phase "${resolved.record.phase}"`,
                `Move one of the notes, or drop the prerequisite: a topic should not need one studied after it.`,
              ),
            );
          }
        }
      });
    }
  }
  return found;
}

/** Maps every alias to its note; collisions with slugs or other aliases are errors. */
function collectAliases(notes: readonly ReadNote[]): { aliases: Map<string, string>; diagnostics: Diagnostic[] } {
  const slugs = new Map(notes.map((n) => [n.record.slug, n.record.file]));
  const aliases = new Map<string, string>();
  const owners = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const { record, lineOf } of notes) {
    record.aliases.forEach((alias, i) => {
      const line = lineOf(['aliases', i]);
      const problem = (code: string, message: string, hint: string) =>
        diagnostics.push(error(record.file, line, fieldName(['aliases', i]), code, message, hint));
      if (alias === record.slug) {
        problem('alias-is-slug', `"${alias}" is this note's own slug`, 'Remove it: an alias is a former slug.');
      } else if (slugs.has(alias)) {
        problem(
          'alias-collision',
          `"${alias}" is the slug of ${slugs.get(alias)}`,
          'Remove the alias, or rename one of the notes: one URL can lead to only one note.',
        );
      } else if (owners.get(alias) === record.file) {
        // Listed twice on this note: the note rules warn about it.
      } else if (owners.has(alias)) {
        problem('alias-collision', `"${alias}" is already an alias of ${owners.get(alias)}`, 'Keep the alias on one note only.');
      } else {
        aliases.set(alias, record.slug);
        owners.set(alias, record.file);
      }
    });
  }
  return { aliases, diagnostics };
}

function checkCycles(notes: readonly ReadNote[]): Diagnostic[] {
  const byslug = new Map(notes.map((n) => [n.record.slug, n]));
  return findPrerequisiteCycles(notes.map((n) => n.record)).map((cycle) => {
    const first = byslug.get(cycle[0]!)!;
    const index = first.record.prerequisites.indexOf(cycle[1]!);
    return error(
      first.record.file,
      first.lineOf(['prerequisites', index]),
      fieldName(['prerequisites', index]),
      'prerequisite-cycle',
      `prerequisites form a cycle: ${cycle.join(' → ')}`,
      'Remove one prerequisite in the cycle so that an order of study exists.',
    );
  });
}

function checkPublishedUrls(
  permalinks: NonNullable<SiteSources['permalinks']>,
  published: readonly NoteRecord[],
  aliases: ReadonlyMap<string, string>,
): Diagnostic[] {
  const { file, source } = permalinks;
  if (source === undefined) {
    return [
      warning(
        file,
        1,
        'permalinks',
        'no-permalinks',
        'there is no manifest of published URLs yet, so no URL counts as published',
        'Once the site is online, run npm run permalinks and commit the file: from then on, a renamed note or heading cannot silently break a shared link.',
      ),
    ];
  }
  const { manifest, problem } = parseManifest(source);
  if (!manifest) {
    return [
      error(
        file,
        problem!.line,
        'permalinks',
        'invalid-permalinks',
        `the manifest ${problem!.message}`,
        'Fix the file, or delete it and run npm run permalinks to write it again.',
      ),
    ];
  }
  return checkPermalinks(file, source, manifest, currentUrls(published), aliases);
}

function linkTargetSlug(resolution: Resolution): string | undefined {
  return resolution.kind === 'note' ? resolution.target.slug : undefined;
}

function checkBodyLinks(
  notes: readonly ReadNote[],
  index: LinkIndex,
  production: boolean,
  files: SiteFiles | undefined,
  used: Set<string>,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const { record } of notes) {
    const linksTo: NoteRecord['linksTo'] = [];
    for (const link of record.links) {
      const resolution =
        link.kind === 'wikilink'
          ? resolveWikilink(index, link.target, link.anchor, record.slug)
          : resolveHref(index, link.href, record.file, record.slug);
      const written = link.kind === 'wikilink' ? `[[${link.target}${link.anchor !== undefined ? `#${link.anchor}` : ''}]]` : link.href;
      if (resolution.kind === 'broken') {
        found.push(
          error(record.file, link.line, 'link', resolution.code, `${written}: ${resolution.message}`, resolution.hint, link.column),
        );
        continue;
      }
      if (resolution.kind === 'asset' && files) {
        const problem = checkFileLink(record.file, resolution.href, files);
        if (problem.used) used.add(problem.used);
        found.push(error(record.file, link.line, 'link', problem.code, `${written}: ${problem.message}`, problem.hint, link.column));
        continue;
      }
      const publicProblem =
        resolution.kind === 'site-page' && files && /\.[a-z0-9]+$/i.test(resolution.path)
          ? checkPublicLink(`/${resolution.path}`, files)
          : undefined;
      if (publicProblem) {
        found.push(
          error(
            record.file,
            link.line,
            'link',
            publicProblem.code,
            `${written}: ${publicProblem.message}`,
            publicProblem.hint,
            link.column,
          ),
        );
        continue;
      }
      const target = linkTargetSlug(resolution);
      if (target === undefined || target === record.slug) continue;
      if (production && resolution.kind === 'note' && resolution.target.draft && !record.draft) {
        found.push(
          warning(
            record.file,
            link.line,
            'link',
            'draft-link',
            `${written}: "${target}" is a draft and is left out of this build`,
            'The link shows as plain text until the note is published.',
            link.column,
          ),
        );
      }
      if (!linksTo.some((l) => l.slug === target)) linksTo.push({ slug: target, context: link.context });
    }
    record.linksTo = linksTo;
  }
  return found;
}

/**
 * Checks the whole site in one pass. Drafts are checked and returned like every note (callers leave them out of
 * a production build); `production` only adds the warnings about published notes that point at drafts.
 */
/** Reads a note body (frontmatter blanked); the default parses it, a caller may serve it from a cache. */
export type BodyReader = (bodyWithFileLines: string) => NoteBody;
/** Parses a note's frontmatter YAML; the default parses it, a caller may serve it from a cache. */
export type FrontmatterReader = (yaml: string) => ParsedYaml;

interface Readers {
  readBody: BodyReader;
  readFrontmatter: FrontmatterReader;
}

export function analyzeSite(
  sources: SiteSources,
  options: { production: boolean; readBody?: BodyReader; readFrontmatter?: FrontmatterReader },
): AnalyzedSite {
  const readers: Readers = { readBody: options.readBody ?? readNoteBody, readFrontmatter: options.readFrontmatter ?? parseYamlWithLines };
  const { roadmap, diagnostics } = checkRoadmap(sources);
  const today = resolveToday({ date: sources.today, pinned: sources.todayPinned ?? false }, roadmap?.asOf);
  const notes = sources.notes.map(({ file, source }) => readNote(file, source, today, diagnostics, readers));
  diagnostics.push(...checkDuplicateSlugs(notes));
  const { aliases, diagnostics: aliasProblems } = collectAliases(notes);
  diagnostics.push(...aliasProblems);
  diagnostics.push(...checkReferences(notes, roadmap, aliases, options.production));
  diagnostics.push(...checkCycles(notes.filter((n) => n.valid)));

  const index = buildLinkIndex(
    notes.map(({ record }) => ({
      slug: record.slug,
      title: record.title,
      file: record.file,
      headingIds: record.headings.map((h) => h.id),
      draft: record.draft,
    })),
    aliases,
  );
  const used = new Set<string>();
  const uses: FileUse[] = [];
  diagnostics.push(...checkBodyLinks(notes, index, options.production, sources.files, used));
  if (sources.files) {
    for (const note of notes) {
      const checked = checkNoteFiles(note.record.file, note.files, note.embeds, sources.files);
      diagnostics.push(...checked.diagnostics);
      for (const use of checked.used) used.add(use.file);
      uses.push(...checked.used);
    }
    diagnostics.push(...checkContentFolder(sources.files, used));
  }
  if (sources.permalinks) {
    const published = notes.map((n) => n.record).filter((r) => !r.draft);
    diagnostics.push(...checkPublishedUrls(sources.permalinks, published, aliases));
  }

  const records = notes.map((n) => n.record);
  const visible = records.filter((n) => !(options.production && n.draft));
  return {
    roadmap,
    notes: records,
    diagnostics,
    production: options.production,
    aliases,
    linkIndex: index,
    graph: roadmap
      ? buildSiteGraph(
          visible,
          roadmap.phases.map((p) => p.id),
        )
      : undefined,
    today,
    uses,
    ...(sources.files ? { files: sources.files } : {}),
  };
}

/**
 * Checks every note's Mermaid diagrams with Mermaid's own parser. Separate from `analyzeSite` because the parser is
 * asynchronous (it loads each kind of diagram on demand); the content check runs both and reports them together.
 */
export async function checkDiagrams(notes: readonly NoteRecord[]): Promise<Diagnostic[]> {
  // Mermaid's parser, beautiful-mermaid and ELK load only for a site that has diagrams.
  if (notes.every((note) => note.diagrams.length === 0)) return [];
  const { checkMermaidBlocks } = await import('./mermaid.ts');
  const found: Diagnostic[] = [];
  for (const note of notes) {
    for (const problem of await checkMermaidBlocks(note.diagrams)) {
      found.push(
        error(
          note.file,
          problem.line,
          'mermaid',
          problem.message.startsWith('Mermaid syntax error') ? 'mermaid-syntax' : 'mermaid-unsupported',
          problem.message,
          problem.hint,
        ),
      );
    }
  }
  return found;
}
