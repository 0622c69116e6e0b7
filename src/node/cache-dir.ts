/**
 * Where the project keeps what it computed in earlier runs (read note bodies, share images): inside Astro's own
 * cache folder (`node_modules/.astro`, or `ASTRO_CACHE_DIR`), so a fresh Astro cache means a truly cold build and
 * `astro build --force`-style clean-ups clear ours too.
 */
import path from 'node:path';

export function projectCacheDir(root: string = process.cwd()): string {
  return path.resolve(root, process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro', 'mlops-study-notes');
}
