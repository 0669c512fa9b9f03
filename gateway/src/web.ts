import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize, sep } from "node:path";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { Logger } from "@graphql-hive/logger";
import { ROLES, signDevToken, type Role } from "@frikommune/auth";
import type { GatewayConfig } from "@frikommune/config";
import { members } from "@frikommune/members";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/** Paths that are never the app's: the API, the IDE and the probes answer them. */
const NOT_THE_APP = /^\/(graphql|health|ready|ide\/|metrics)/;

/** The built app: WEB_ROOT, or the workspace's web package's dist/. */
export function webRoot(config: GatewayConfig["web"]): string {
  if (config.root) return config.root;
  return join(dirname(createRequire(import.meta.url).resolve("@frikommune/web/package.json")), "dist");
}

function securityHeaders(config: GatewayConfig["web"]): Record<string, string> {
  const issuer = config.oidc ? ` ${new URL(config.oidc.issuer).origin}` : "";
  return {
    "content-security-policy": [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self'${issuer}`,
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ].join("; "),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * A request from the app's own page on this machine: no other origin (a browser always names
 * the page's origin on a POST; a command line names none), and addressed to a loopback name, so
 * that a site that rebinds its own name to 127.0.0.1 is not taken for this one.
 */
function fromOwnPage(request: Request, url: URL, allowedOrigins: string[]): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null && origin !== url.origin && !allowedOrigins.includes(origin)) return false;
  return LOOPBACK.has(url.hostname);
}

/** Development tokens: in development mode, signed with its HS256 secret. */
const devTokensOn = (config: GatewayConfig) => config.development && config.tokens.secret !== null;

/** What the app needs to know to sign people in; the development picker only in development. */
function signInConfig(config: GatewayConfig) {
  return {
    development: devTokensOn(config) ? { roles: ROLES, members: members.map(({ slug, name }) => ({ slug, name })) } : null,
    oidc: config.web.oidc,
  };
}

/**
 * The web app at `/`: its assets under /assets/ (named by content, so cached for a year), and
 * index.html for every other page address, so links into the app load it. Beside it
 * /auth/config, and in development mode only /auth/dev-token, which signs a token for a role.
 */
export function useWebApp(config: GatewayConfig, log: Logger): GatewayPlugin | null {
  if (!config.web.enabled) return null;
  const root = webRoot(config.web);
  if (!existsSync(join(root, "index.html"))) {
    log.warn({ root }, "the web app is not built (pnpm build); / goes to the IDE");
    return null;
  }
  const headers = securityHeaders(config.web);
  const devTokens = devTokensOn(config);
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname === "/auth/config" && request.method === "GET") {
        return endResponse(fetchAPI.Response.json(signInConfig(config), { headers: { "cache-control": "no-store" } }));
      }
      if (pathname === "/auth/dev-token" && devTokens) {
        if (request.method !== "POST") return endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: "POST" } }));
        if (!fromOwnPage(request, url, config.corsOrigins)) return endResponse(fetchAPI.Response.json({ error: "Development tokens are only for the app's own pages" }, { status: 403 }));
        const body = (await request.json().catch(() => null)) as { role?: string; municipality?: string | null } | null;
        try {
          const token = await signDevToken(config.tokens, body?.role as Role, body?.municipality ?? undefined);
          return endResponse(fetchAPI.Response.json({ token }, { headers: { "cache-control": "no-store" } }));
        } catch (error) {
          return endResponse(fetchAPI.Response.json({ error: (error as Error).message }, { status: 400 }));
        }
      }
      if (request.method !== "GET" && request.method !== "HEAD") return;
      if (NOT_THE_APP.test(pathname)) return;
      if (pathname.startsWith("/assets/")) {
        const file = normalize(join(root, pathname));
        if (!file.startsWith(join(root, "assets") + sep)) return endResponse(new fetchAPI.Response(null, { status: 404 }));
        const body = await readFile(file).catch(() => null);
        if (!body) return endResponse(new fetchAPI.Response(null, { status: 404 }));
        return endResponse(
          new fetchAPI.Response(new Uint8Array(body), {
            headers: { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "cache-control": "public, max-age=31536000, immutable", ...headers },
          }),
        );
      }
      if (extname(pathname) || !(request.headers.get("accept") ?? "").includes("text/html")) return;
      // Read on each page load (a small file the OS caches), so a rebuilt app is served at once.
      const index = await readFile(join(root, "index.html"));
      return endResponse(new fetchAPI.Response(new Uint8Array(index), { headers: { "content-type": TYPES[".html"]!, "cache-control": "no-cache", ...headers } }));
    },
  };
}
