/**
 * Sign-in in production: OpenID Connect, authorization code with PKCE, as a public client. The
 * issuer and client id come from the gateway (/auth/config); the access token it returns is what
 * the gateway verifies, so the identity provider must put `role` (and `municipality`) in it.
 */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  scope: string;
  audience: string | null;
}

interface Discovery {
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
}

const PENDING_KEY = "frikommune.oidc.pending";

const base64url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const randomString = () => base64url(crypto.getRandomValues(new Uint8Array(32)));

async function discover(issuer: string): Promise<Discovery> {
  const response = await fetch(`${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`);
  if (!response.ok) throw new Error(`the issuer's discovery document answered ${response.status}`);
  return (await response.json()) as Discovery;
}

export const redirectUri = () => `${window.location.origin}/auth/callback`;

/** Sends the browser to the issuer; it comes back to /auth/callback. */
export async function beginSignIn(settings: OidcSettings, returnTo: string): Promise<void> {
  const discovery = await discover(settings.issuer);
  const verifier = randomString();
  const state = randomString();
  const challenge = base64url(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))));
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL(discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: "code",
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    scope: settings.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: "S256",
    ...(settings.audience ? { audience: settings.audience } : {}),
  }).toString();
  window.location.assign(url.toString());
}

/** Back from the issuer: checks the state, trades the code (with the verifier) for an access token. */
export async function completeSignIn(settings: OidcSettings, search: URLSearchParams): Promise<{ token: string; returnTo: string }> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? "null") as { verifier: string; state: string; returnTo: string } | null;
  sessionStorage.removeItem(PENDING_KEY);
  if (search.get("error")) throw new Error(search.get("error_description") ?? search.get("error")!);
  if (!pending || search.get("state") !== pending.state) throw new Error("the sign-in answer does not match a sign-in begun here");
  const code = search.get("code");
  if (!code) throw new Error("the issuer sent no code");
  const discovery = await discover(settings.issuer);
  const response = await fetch(discovery.token_endpoint, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: redirectUri(), client_id: settings.clientId, code_verifier: pending.verifier }),
  });
  const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
  if (!response.ok || !body.access_token) throw new Error(body.error_description ?? body.error ?? `the token endpoint answered ${response.status}`);
  return { token: body.access_token, returnTo: pending.returnTo };
}

/** Where to send the browser to end the issuer's session too, if it says. */
export async function signOutUrl(settings: OidcSettings): Promise<string | null> {
  const discovery = await discover(settings.issuer).catch(() => null);
  if (!discovery?.end_session_endpoint) return null;
  const url = new URL(discovery.end_session_endpoint);
  url.searchParams.set("client_id", settings.clientId);
  url.searchParams.set("post_logout_redirect_uri", window.location.origin);
  return url.toString();
}
