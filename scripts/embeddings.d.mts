// Types of scripts/embeddings.mjs (plain JavaScript: the build and `npm ci` run it without a TypeScript loader).
export declare const FORMAT: number;
export declare const DEFAULT_WORDS: number;
export declare const CACHE_DIR: string;
export declare function convertEmbeddings(
  source: string,
  outDir: string,
  options?: { words?: number; sourceName?: string },
): Promise<{ words: number; dimensions: number; bytes: number }>;
export declare function ensureEmbeddings(options?: { force?: boolean; quiet?: boolean }): Promise<void>;
