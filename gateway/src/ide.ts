import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** GraphiQL and React served from this process, so the IDE works with no internet access. */
const assets: Record<string, { file: () => string; type: string }> = {
  "react.js": { file: () => join(packageDir("react"), "umd/react.production.min.js"), type: "text/javascript" },
  "react-dom.js": { file: () => join(packageDir("react-dom"), "umd/react-dom.production.min.js"), type: "text/javascript" },
  "graphiql.js": { file: () => join(packageDir("graphiql"), "graphiql.min.js"), type: "text/javascript" },
  "graphiql.css": { file: () => join(packageDir("graphiql"), "graphiql.min.css"), type: "text/css" },
};

export const IDE_ASSET_PREFIX = "/ide/";

export async function ideAsset(name: string): Promise<{ body: Buffer; type: string } | null> {
  const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
  return asset ? { body: await readFile(asset.file()), type: asset.type } : null;
}

const EXAMPLE = `# The ministry's view: every trial of every member, with its status and milestones.
{
  municipalities {
    name
    trialSummary { total overdueMilestones byStatus { status count } }
    trials(first: 5) {
      totalCount
      nodes { title status exemptions { code title decision } milestones { title dueOn completedOn } }
      pageInfo { hasNextPage endCursor }
    }
  }
}
`;

export function ideHtml(endpoint: string): string {
  return `<!doctype html>
<html lang="da">
<head>
  <meta charset="utf-8" />
  <title>Frikommune supergraph</title>
  <link rel="stylesheet" href="${IDE_ASSET_PREFIX}graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #ide { height: 100vh; }</style>
</head>
<body>
  <div id="ide"></div>
  <script src="${IDE_ASSET_PREFIX}react.js"></script>
  <script src="${IDE_ASSET_PREFIX}react-dom.js"></script>
  <script src="${IDE_ASSET_PREFIX}graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById("ide")).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE)} })
    );
  </script>
</body>
</html>`;
}

/** Serves the IDE's assets under /ide/ (unknown names are 404) and sends `/` to the IDE. */
export function useIde(): GatewayPlugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (request.method !== "GET") return;
      if (url.pathname === "/") return endResponse(fetchAPI.Response.redirect(new URL("/graphql", url), 302));
      if (!url.pathname.startsWith(IDE_ASSET_PREFIX)) return;
      const asset = await ideAsset(url.pathname.slice(IDE_ASSET_PREFIX.length));
      endResponse(
        asset
          ? new fetchAPI.Response(new Uint8Array(asset.body), { headers: { "content-type": asset.type, "cache-control": "public, max-age=86400" } })
          : new fetchAPI.Response(null, { status: 404 }),
      );
    },
  };
}
