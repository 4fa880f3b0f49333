// Build step: writes a brotli (.br) and a gzip (.gz) copy beside every compressible file of the build, so the
// server sends them as they are instead of compressing on every request (or, as before, not at all), and lists
// the hashed assets for the service worker, which precaches every chunk so that pages loaded on demand open offline.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

const compressible = /\.(js|mjs|css|html|svg|json|webmanifest|txt|map)$/;
// Below this, a compressed copy saves less than the bytes of its own headers.
const minimumBytes = 1024;

/** The file the service worker reads at install: every hashed asset of this build, relative to the app's root. */
export const assetListName = 'asset-list.json';

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'wsis-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await filesUnder(outDir);
      const assets = files
        .filter((f) => f.startsWith(path.join(outDir, 'assets') + path.sep) && !/\.(br|gz)$/.test(f))
        .map((f) => path.relative(outDir, f).split(path.sep).join('/'))
        .sort();
      await writeFile(path.join(outDir, assetListName), JSON.stringify(assets));
      for (const file of [...files, path.join(outDir, assetListName)]) {
        if (!compressible.test(file) || (await stat(file)).size < minimumBytes) {
          continue;
        }
        const content = await readFile(file);
        await writeFile(`${file}.br`, brotliCompressSync(content, {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
        }));
        await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}
