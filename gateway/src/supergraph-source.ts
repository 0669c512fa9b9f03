import { readFile } from "node:fs/promises";
import type { SupergraphConfig } from "@frikommune/config";
import { SUPERGRAPH_PATH } from "./paths.js";

/** How long one fetch of the supergraph's URL may take. */
const FETCH_TIMEOUT_MS = 10_000;

/** Where the published supergraph is, as logs name it, and its text as it is now. */
export interface SupergraphSource {
  where: string;
  read(): Promise<string>;
}

/**
 * The supergraph's URL, or its file read afresh each time: a mounted ConfigMap is replaced by
 * swapping a symlink above the file, which a watch on the file itself does not see.
 */
export function supergraphSource(config: SupergraphConfig): SupergraphSource {
  const { url } = config;
  if (url) {
    return {
      where: url,
      async read() {
        const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
        if (!response.ok) throw new Error(`answered ${response.status}`);
        return response.text();
      },
    };
  }
  const file = config.file ?? SUPERGRAPH_PATH;
  return { where: file, read: () => readFile(file, "utf8") };
}
