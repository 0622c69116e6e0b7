/**
 * Files the build will need, checked against the files that exist: every local image and import of a note,
 * Obsidian embeds, links to files, and the content folder itself (files that would silently never become a page).
 * Pure: the caller lists the files (project-relative paths with forward slashes).
 */
import type { FileUse } from './build-errors.ts';
import type { Diagnostic } from './diagnostics.ts';
import { relativePathTo, resolveRelativePath } from './links.ts';
import type { Embed, FileReference } from './note-body.ts';
import { parseRoute, routeDefinition } from './routes.ts';
import { closestMatch, editDistance } from './suggest.ts';
import { slugOfNoteFile } from './note-slug.ts';

/** The files a check can see: the content folder's and `public/`'s. */
export interface SiteFiles {
  /** Every file under the content folder, project-relative: `content/notes/x/chart.png`. */
  content: readonly string[];
  /** The content folder, project-relative: `content`. */
  contentDir: string;
  /** Every file under `public/`, relative to it: `img/chart.png`. */
  public: readonly string[];
  /** Whether a file outside the content folder exists (an import of `../../src/components/X.astro`). */
  exists?: (projectPath: string) => boolean;
  /** The project's own dependencies (package.json), which notes may import by name. */
  packages?: readonly string[];
  /** JSON files under the content folder that do not parse, with the parser's reason. */
  brokenJson?: readonly { file: string; reason: string }[];
  /** Content files named as images whose first bytes are no image of that kind (see `looksLikeImage`). */
  damagedImages?: readonly string[];
}

/** Lookups every note's check makes in the site's file lists. */
interface FileIndex {
  content: ReadonlySet<string>;
  public: ReadonlySet<string>;
  /** Files under the notes folder by their file name, in the order listed: where `![[name]]` may point. */
  notesByName: ReadonlyMap<string, readonly string[]>;
}

// One index per file listing: every note is checked against the same one, so no note scans every file.
const fileIndexes = new WeakMap<SiteFiles, FileIndex>();

function fileIndex(files: SiteFiles): FileIndex {
  let index = fileIndexes.get(files);
  if (index) return index;
  const notesDir = `${files.contentDir}/notes/`;
  const notesByName = new Map<string, string[]>();
  for (const file of files.content) {
    if (!file.startsWith(notesDir)) continue;
    const list = notesByName.get(baseName(file));
    if (list) list.push(file);
    else notesByName.set(baseName(file), [file]);
  }
  index = { content: new Set(files.content), public: new Set(files.public), notesByName };
  fileIndexes.set(files, index);
  return index;
}

// The first bytes of each image format, for `looksLikeImage`.
const SIGNATURES: readonly [RegExp, (bytes: Uint8Array, text: string) => boolean][] = [
  [/\.png$/i, (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47],
  [/\.jpe?g$/i, (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  [/\.gif$/i, (_b, t) => t.startsWith('GIF8')],
  [/\.webp$/i, (_b, t) => t.startsWith('RIFF') && t.slice(8, 12) === 'WEBP'],
  [/\.avif$/i, (_b, t) => t.slice(4, 8) === 'ftyp'],
  [/\.svg$/i, (_b, t) => /<svg[\s>]/i.test(t)],
];

/**
 * Whether the start of a file (its first kilobyte) fits the image format its name says. A text file saved as
 * `chart.png`, or an HTML error page downloaded as an image, would otherwise fail the build in Vite.
 */
export function looksLikeImage(name: string, start: Uint8Array): boolean {
  const signature = SIGNATURES.find(([pattern]) => pattern.test(name));
  if (!signature) return true; // formats without a check here are left to the build
  return signature[1](start, String.fromCharCode(...start));
}

const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|svg|tiff?|bmp|ico)$/i;
// Markdown that is not MDX: the glob loader reads only .mdx, so these would never become pages.
const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkdn?|mdwn|mdx)$/i;
// `https:`, `data:`, `mailto:` … and protocol-relative `//host/x`.
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Whether a path names an image the build can optimise. */
export function isImagePath(path: string): boolean {
  return IMAGE_EXTENSIONS.test(path);
}

function folderOf(file: string): string {
  return file.split('/').slice(0, -1).join('/');
}

function baseName(file: string): string {
  return file.split('/').at(-1)!;
}

/** The file part of a written path: no `?query` or `#hash`, `%20` decoded. */
function filePart(written: string): string {
  const path = written.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export type EmbedResolution =
  { kind: 'image'; file: string; relative: string } | { kind: 'broken'; code: string; message: string; hint: string };

/**
 * Resolves `![[name]]` as Obsidian does: a path relative to the note, else the one file of that name anywhere
 * under the notes folder. Only images can be embedded; a note embed is answered with the link to write.
 */
export function resolveEmbed(embed: Pick<Embed, 'target'>, fromFile: string, files: SiteFiles): EmbedResolution {
  const target = embed.target;
  if (!isImagePath(target)) {
    const slug = slugOfNoteFile(target, MARKDOWN_EXTENSIONS);
    return /\.[a-z0-9]+$/i.test(target) && !MARKDOWN_EXTENSIONS.test(target)
      ? {
          kind: 'broken',
          code: 'unsupported-embed',
          message: `![[${target}]] embeds a file, which a page cannot show`,
          hint: `Put it in public/ and link it: [${baseName(target)}](/${baseName(target)}).`,
        }
      : {
          kind: 'broken',
          code: 'note-embed',
          message: `![[${target}]] embeds a note, which the site does not do`,
          hint: `Link it instead: [[${slug}]].`,
        };
  }
  const notesDir = `${files.contentDir}/notes/`;
  const beside = resolveRelativePath(fromFile, target);
  const { content, notesByName } = fileIndex(files);
  // A file whose path ends in `/<target>` has the target's file name: only those can match.
  const candidates = content.has(beside)
    ? [beside]
    : (notesByName.get(baseName(target)) ?? []).filter((f) => f.endsWith(`/${target}`) || baseName(f) === target);
  if (candidates.length === 1) return { kind: 'image', file: candidates[0]!, relative: relativePathTo(fromFile, candidates[0]!) };
  if (candidates.length > 1) {
    return {
      kind: 'broken',
      code: 'ambiguous-embed',
      message: `![[${target}]] could be any of ${candidates.join(', ')}`,
      hint: `Write the one you mean as a Markdown image, e.g. ![description](${relativePathTo(fromFile, candidates[0]!)}).`,
    };
  }
  const images = files.content.filter((f) => f.startsWith(notesDir) && isImagePath(f)).map(baseName);
  const match = closestMatch(baseName(target), images);
  return {
    kind: 'broken',
    code: 'missing-file',
    message: `![[${target}]]: no image of that name under ${files.contentDir}/notes/`,
    hint: match !== undefined ? `Did you mean ![[${match}]]?` : `Put ${baseName(target)} beside the note, or fix the name.`,
  };
}

const FIELD_OF: Record<FileReference['kind'], string> = { image: 'image', 'html-image': 'img', import: 'import', 'html-file': 'html' };

/**
 * `<video src="./clip.mp4">`, `<a href="./other.mdx">`: MDX leaves raw HTML as written, so a relative path there
 * is broken on the page whether the file exists or not; a `/…` file must be in `public/`.
 */
function checkHtmlFile(file: string, ref: FileReference, files: SiteFiles): Diagnostic | undefined {
  const written = ref.path;
  if (written === '' || written.startsWith('#') || REMOTE.test(written)) return undefined;
  const path = filePart(written);
  const element = ref.element ?? 'a';
  const at = { severity: 'error' as const, file, line: ref.line, column: ref.column, field: element };
  if (path.startsWith('/')) {
    if (!/\.[a-z0-9]+$/i.test(path)) return undefined; // a page of the site
    const problem = checkPublicLink(written, files);
    return problem ? { ...at, ...problem } : undefined;
  }
  const name = baseName(path);
  if (element === 'a') {
    const slug = slugOfNoteFile(name, MARKDOWN_EXTENSIONS);
    return {
      ...at,
      code: 'raw-link',
      message: `<a href="${written}"> is left as written, so the relative path breaks on the page`,
      hint: /\.mdx?$/i.test(name)
        ? `Write a Markdown link, [text](${written}), or [[${slug}]].`
        : `Write a Markdown link, [text](…); a file to download goes in public/ and is linked as /${name}.`,
    };
  }
  const exists = fileIndex(files).content.has(resolveRelativePath(file, path));
  return {
    ...at,
    code: exists ? 'unpublished-file' : 'missing-file',
    message: exists
      ? `<${element}> shows "${written}", a file beside the note, which is not published with the site`
      : `"${written}" does not exist (looked in ${folderOf(resolveRelativePath(file, path)) || '.'}/)`,
    hint: `Put the file in public/ and write ${ref.attribute ?? 'src'}="/${name}".`,
  };
}

/** Whether an import names a file (`./x.png`, `../y.astro`) rather than a package (`katex`, `astro:assets`). */
function isFileImport(path: string): boolean {
  return path.startsWith('./') || path.startsWith('../');
}

function missing(file: string, ref: FileReference, message: string, hint: string): Diagnostic {
  return { severity: 'error', file, line: ref.line, column: ref.column, field: FIELD_OF[ref.kind], code: 'missing-file', message, hint };
}

/** Every local file one note refers to must exist; returns the problems and the files it uses. */
export function checkNoteFiles(
  file: string,
  refs: readonly FileReference[],
  embeds: readonly Embed[],
  files: SiteFiles,
): { diagnostics: Diagnostic[]; used: FileUse[] } {
  const diagnostics: Diagnostic[] = [];
  const used: FileUse[] = [];
  const { content, public: publicFiles } = fileIndex(files);
  const folder = folderOf(file);
  /** A problem at a reference or an embed of this note. */
  const report = (
    at: { line: number; column: number },
    field: string,
    problem: { code: string; message: string; hint: string },
    severity: Diagnostic['severity'] = 'error',
  ) => diagnostics.push({ severity, file, line: at.line, column: at.column, field, ...problem });

  for (const ref of refs) {
    const written = ref.path;
    if (ref.kind === 'html-file') {
      const problem = checkHtmlFile(file, ref, files);
      if (problem) diagnostics.push(problem);
      continue;
    }
    if (written === '' || REMOTE.test(written)) continue;
    if (ref.kind === 'import' && !isFileImport(written)) {
      const problem = checkPackageImport(written, files);
      if (problem) report(ref, 'import', problem);
      continue;
    }
    const path = filePart(written);
    if (path.startsWith('/')) {
      if (ref.kind === 'import') continue; // Vite reads `/src/x` from the project root; rare, and Vite names it.
      const inPublic = path.slice(1);
      if (publicFiles.has(inPublic)) continue;
      const match = closestMatch(inPublic, files.public);
      diagnostics.push(
        missing(
          file,
          ref,
          `"${written}" is not in public/ (looked for public/${inPublic})`,
          match !== undefined
            ? `Did you mean "/${match}"?`
            : `Put the file at public/${inPublic}, or store it beside the note and write ./${baseName(inPublic)}.`,
        ),
      );
      continue;
    }
    const resolved = resolveRelativePath(file, path);
    const found = content.has(resolved) || (!resolved.startsWith(`${files.contentDir}/`) && files.exists?.(resolved) === true);
    if (found) {
      used.push({ file: resolved, note: file, line: ref.line, column: ref.column });
      const json = files.brokenJson?.find((b) => b.file === resolved);
      if (json) {
        report(ref, FIELD_OF[ref.kind], {
          code: 'invalid-json',
          message: `"${written}" is not valid JSON: ${json.reason}`,
          hint: `Fix ${baseName(resolved)}: quote every key and string, and leave no comma before } or ].`,
        });
      }
      if (files.damagedImages?.includes(resolved)) {
        report(ref, FIELD_OF[ref.kind], {
          code: 'damaged-image',
          message: `"${written}" is not a ${baseName(resolved).split('.').at(-1)!.toUpperCase()} image: the file's content says otherwise`,
          hint: REEXPORT_IMAGE,
        });
      }
      continue;
    }
    const inFolder = files.content.filter((f) => folderOf(f) === folderOf(resolved)).map(baseName);
    const match = closestMatch(baseName(resolved), inFolder);
    const where = folderOf(resolved) || '.';
    diagnostics.push(
      missing(
        file,
        ref,
        `"${written}" does not exist (looked in ${where}/)`,
        match !== undefined
          ? `Did you mean "${relativePathTo(file, `${folderOf(resolved)}/${match}`)}"?`
          : where === folder
            ? `Put ${baseName(resolved)} beside the note, or fix the path.`
            : `Put ${baseName(resolved)} in ${where}/, or fix the path: it is relative to the note's folder, ${folder}/.`,
      ),
    );
  }

  for (const embed of embeds) {
    const resolution = resolveEmbed(embed, file, files);
    if (resolution.kind === 'image') {
      used.push({ file: resolution.file, note: file, line: embed.line, column: embed.column });
      if (files.damagedImages?.includes(resolution.file)) {
        report(embed, 'embed', {
          code: 'damaged-image',
          message: `![[${embed.target}]] is not an image: the file's content says otherwise`,
          hint: REEXPORT_IMAGE,
        });
      }
      if (embed.label === undefined || /^\d+(x\d+)?$/.test(embed.label)) {
        report(
          embed,
          'embed',
          {
            code: 'embed-without-alt',
            message: `![[${embed.target}${embed.label ? `|${embed.label}` : ''}]] has no description, so the image gets its file name as alt text`,
            hint: `Describe it for readers who cannot see it: ![[${embed.target}|What the image shows]], or ![What the image shows](${resolution.relative}).`,
          },
          'warning',
        );
      }
      continue;
    }
    const { code, message, hint } = resolution;
    report(embed, 'embed', { code, message, hint });
  }
  return { diagnostics, used };
}

/** A file the build writes itself (a feed, a share image, the search bundle), which a note may link to as `/rss.xml`. */
function isBuildFile(path: string): boolean {
  const route = parseRoute('/', `/${path}`);
  return route !== undefined && routeDefinition(route.kind).type === 'file';
}

const REEXPORT_IMAGE = 'Export the image again (PNG, JPEG, WebP, GIF or SVG), or remove it from the note.';

/** A link to a site path with a file extension (`/files/x.pdf`) must be a file of `public/` or one the build writes. */
export function checkPublicLink(href: string, files: SiteFiles): { code: string; message: string; hint: string } | undefined {
  const path = filePart(href).replace(/^\//, '');
  if (fileIndex(files).public.has(path) || isBuildFile(path)) return undefined;
  const match = closestMatch(path, files.public);
  return {
    code: 'missing-file',
    message: `"${href}" is not in public/ (looked for public/${path})`,
    hint: match !== undefined ? `Did you mean "/${match}"?` : `Put the file at public/${path}, or fix the path.`,
  };
}

// Modules that are no package of package.json: Astro's virtual modules and Node's built-ins.
const BUILT_IN_MODULE = /^(?:astro|node|virtual):/;

/** `import Chart from 'chart-lib'`: the package must be a dependency of the project, or the build cannot find it. */
function checkPackageImport(specifier: string, files: SiteFiles): { code: string; message: string; hint: string } | undefined {
  if (!files.packages || BUILT_IN_MODULE.test(specifier) || specifier.startsWith('/')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  if (files.packages.includes(name)) return undefined;
  const match = closestMatch(name, files.packages);
  return {
    code: 'unknown-package',
    message: `"${specifier}" is not a package of this project`,
    hint:
      match !== undefined
        ? `Did you mean "${match}"?`
        : `Install it with npm install ${name}, or import a file with a relative path (./…).`,
  };
}

/**
 * A relative link to something that is not a note (`./slides.pdf`): files beside notes are not published, so the
 * link would be broken on the page whether the file exists or not.
 */
export function checkFileLink(
  file: string,
  href: string,
  files: SiteFiles,
): { code: string; message: string; hint: string; used?: string } {
  const path = filePart(href);
  const resolved = resolveRelativePath(file, path);
  const name = baseName(resolved);
  if (fileIndex(files).content.has(resolved)) {
    return {
      code: 'unpublished-file',
      message: `"${href}" is a file beside the note, which is not published with the site`,
      hint: isImagePath(name)
        ? `Show it as an image, ![description](${href}), or move it to public/${name} and link /${name}.`
        : `Move it to public/${name} and link /${name}.`,
      used: resolved,
    };
  }
  return {
    code: 'missing-file',
    message: `"${href}" does not exist (looked in ${folderOf(resolved) || '.'}/)`,
    hint: `Fix the path, or move the file to public/${name} and link /${name}.`,
  };
}

/**
 * Files under the content folder that the site does not use: Markdown that is not `.mdx` (no page would be made),
 * notes outside `notes/` or in a misspelled `notes` folder, and files under `notes/` that no note refers to.
 */
export function checkContentFolder(files: SiteFiles, used: ReadonlySet<string>): Diagnostic[] {
  const found: Diagnostic[] = [];
  const notesDir = `${files.contentDir}/notes/`;
  const report = (severity: Diagnostic['severity'], file: string, code: string, message: string, hint: string) =>
    found.push({ severity, file, line: 1, field: 'file', code, message, hint });

  for (const file of files.content) {
    const relative = file.slice(files.contentDir.length + 1);
    const name = baseName(file);
    if (relative.split('/').some((part) => part.startsWith('.'))) continue; // .DS_Store, .obsidian/, .git…
    if (!file.startsWith(notesDir)) {
      const top = relative.split('/')[0]!;
      const typo = relative.includes('/') && looksLikeNotes(top);
      if (typo) {
        report(
          'error',
          file,
          'misnamed-notes-folder',
          `is in ${files.contentDir}/${top}/, which is not read: notes live in ${notesDir}`,
          `Rename the folder ${files.contentDir}/${top}/ to ${notesDir}.`,
        );
      } else if (MARKDOWN_EXTENSIONS.test(name)) {
        report(
          'error',
          file,
          'note-outside-notes',
          `is outside ${notesDir}, so it is not a note`,
          `Move it into ${notesDir} (any subfolder).`,
        );
      }
      continue;
    }
    if (/\.mdx$/.test(name)) continue;
    if (MARKDOWN_EXTENSIONS.test(name)) {
      const slug = slugOfNoteFile(name, MARKDOWN_EXTENSIONS);
      report(
        'error',
        file,
        'not-mdx',
        `is not a note: only .mdx files become pages, so this one would get no page`,
        `Rename it to ${slug}.mdx (MDX is Markdown that also reads JSX: self-close tags such as <br /> and <img … />, and write { and < in prose as \\{ and \\<).`,
      );
    } else if (!used.has(file)) {
      report(
        'warning',
        file,
        'unused-file',
        'is not used by any note, and files beside notes are not published',
        isImagePath(name)
          ? `Show it in a note with ![description](./${name}), or delete it.`
          : `To publish it, move it to public/${name} and link /${name}; else delete it.`,
      );
    }
  }
  return found;
}

/** `Notes`, `note`, `nots`, `ntoes`: one slip away from `notes` (case aside). */
function looksLikeNotes(folder: string): boolean {
  return folder !== 'notes' && editDistance(folder.toLowerCase(), 'notes') <= 1;
}
