/**
 * A Vite plugin that serves `virtual:theme-tokens.css`: the site's colour custom properties, written from
 * src/lib/theme-colours.ts (the definition the share images also read), so the stylesheet never restates a colour.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { themeTokensCss } from '../lib/theme-colours.ts';

const MODULE_ID = 'virtual:theme-tokens.css';
// No `\0` in front: Vite's CSS plugins must see an id that ends in .css to process (and bundle) it.
const RESOLVED_ID = '/@theme-tokens.css';
const SOURCE = fileURLToPath(new URL('../lib/theme-colours.ts', import.meta.url));

export function themeTokens(): Plugin {
  return {
    name: 'study-notes:theme-tokens',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(SOURCE);
      return themeTokensCss();
    },
  };
}
