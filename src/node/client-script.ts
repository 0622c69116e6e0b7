/**
 * Bundles a browser script that a page loads on first use, for an endpoint to serve as one file. Vite bundles the
 * scripts a page runs on load; one it only imports later would bring Vite's preload helper into those.
 */
import { build } from 'esbuild';

const bundles = new Map<string, Promise<string>>();

/** The minified ES module of `entry` (a path from the project root) with everything it imports, built once. */
export function bundleClientScript(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(entry, bundle);
  }
  return bundle;
}
