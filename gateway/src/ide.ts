import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** Starts GraphiQL with the settings the page carries as data, so the page itself runs no inline script. */
const START = `const settings = JSON.parse(document.getElementById("ide-settings").textContent);
ReactDOM.createRoot(document.getElementById("ide")).render(
  React.createElement(GraphiQL, { fetcher: GraphiQL.createFetcher({ url: settings.endpoint }), defaultQuery: settings.defaultQuery })
);
`;

/** GraphiQL and React served from this process, so the IDE works with no internet access. */
const assets: Record<string, { body: () => Promise<Buffer>; type: string }> = {
  "react.js": { body: () => readFile(join(packageDir("react"), "umd/react.production.min.js")), type: "text/javascript" },
  "react-dom.js": { body: () => readFile(join(packageDir("react-dom"), "umd/react-dom.production.min.js")), type: "text/javascript" },
  "graphiql.js": { body: () => readFile(join(packageDir("graphiql"), "graphiql.min.js")), type: "text/javascript" },
  "graphiql.css": { body: () => readFile(join(packageDir("graphiql"), "graphiql.min.css")), type: "text/css" },
  "start.js": { body: async () => Buffer.from(START), type: "text/javascript" },
};

export const IDE_ASSET_PREFIX = "/ide/";

export async function ideAsset(name: string): Promise<{ body: Buffer; type: string } | null> {
  const asset = Object.hasOwn(assets, name) ? assets[name] : undefined;
  return asset ? { body: await asset.body(), type: asset.type } : null;
}

/**
 * The IDE page loads only this origin's scripts and talks only to it. GraphiQL sets styles on
 * its elements as it renders, so inline styles are allowed; scripts and everything else are not.
 */
export const IDE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

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
  // `<` escaped, so that no text in the settings can close their script element.
  const settings = JSON.stringify({ endpoint, defaultQuery: EXAMPLE }).replace(/</g, "\\u003c");
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
  <script type="application/json" id="ide-settings">${settings}</script>
  <script src="${IDE_ASSET_PREFIX}react.js"></script>
  <script src="${IDE_ASSET_PREFIX}react-dom.js"></script>
  <script src="${IDE_ASSET_PREFIX}graphiql.js"></script>
  <script src="${IDE_ASSET_PREFIX}start.js"></script>
</body>
</html>`;
}

/** Serves the IDE's assets under /ide/ (unknown names are 404), sends `/` to the IDE, and puts the page under its policy. */
export function useIde(endpoint: string): GatewayPlugin {
  return {
    onResponse({ request, response }) {
      if (new URL(request.url).pathname === endpoint && response.headers.get("content-type")?.startsWith("text/html")) {
        response.headers.set("content-security-policy", IDE_CONTENT_SECURITY_POLICY);
        response.headers.set("x-content-type-options", "nosniff");
      }
    },
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
