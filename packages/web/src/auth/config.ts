import type { OidcSettings } from "./oidc.js";

/** How this installation signs people in, as the gateway says at /auth/config. */
export interface SignInConfig {
  /** Development mode: a role picker backed by /auth/dev-token. */
  development: { roles: string[]; members: { slug: string; name: string }[] } | null;
  oidc: OidcSettings | null;
}

export async function loadSignInConfig(): Promise<SignInConfig> {
  const response = await fetch("/auth/config");
  if (!response.ok) return { development: null, oidc: null };
  return (await response.json()) as SignInConfig;
}

export async function fetchDevToken(role: string, municipality: string | null): Promise<string> {
  const response = await fetch("/auth/dev-token", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ role, municipality }),
  });
  const body = (await response.json()) as { token?: string; error?: string };
  if (!response.ok || !body.token) throw new Error(body.error ?? `the gateway answered ${response.status}`);
  return body.token;
}
