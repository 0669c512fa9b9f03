import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { Provider, useQuery } from "urql";
import { createClient } from "../api/client.js";
import { graphql } from "../gql/index.js";
import { loadSignInConfig, type SignInConfig } from "./config.js";

const TOKEN_KEY = "frikommune.token";

const ViewerQuery = graphql(`
  query Viewer {
    viewer { authenticated role subject municipality { id slug name } }
  }
`);

export interface Viewer {
  authenticated: boolean;
  role: string | null;
  municipality: { slug: string; name: string } | null;
}

interface Auth {
  config: SignInConfig | null;
  token: string | null;
  viewer: Viewer;
  signIn(token: string): void;
  signOut(): void;
}

const ANONYMOUS: Viewer = { authenticated: false, role: null, municipality: null };
const Context = createContext<Auth | null>(null);

/**
 * The caller: a token kept for this browser tab only, a GraphQL client of its own, and who the
 * gateway says it is (`viewer`). What the interface offers follows from that; the API decides.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | null>(() => sessionStorage.getItem(TOKEN_KEY));
  const [config, setConfig] = useState<SignInConfig | null>(null);
  useEffect(() => {
    void loadSignInConfig().then(setConfig, () => setConfig({ development: null, oidc: null }));
  }, []);
  const signIn = useCallback((next: string) => {
    sessionStorage.setItem(TOKEN_KEY, next);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    sessionStorage.removeItem(TOKEN_KEY);
    setToken(null);
  }, []);
  const client = useMemo(() => createClient(token), [token]);
  return (
    <Provider value={client}>
      <ViewerGate config={config} token={token} signIn={signIn} signOut={signOut}>
        {children}
      </ViewerGate>
    </Provider>
  );
}

function ViewerGate({ children, ...rest }: Omit<Auth, "viewer"> & { children: ReactNode }) {
  const [{ data, error }] = useQuery({ query: ViewerQuery });
  // A token the gateway no longer accepts (expired, rotated key) signs the tab out.
  const rejected = error?.response?.status === 401;
  useEffect(() => {
    if (rejected) rest.signOut();
  }, [rejected, rest]);
  const viewer: Viewer = data?.viewer
    ? { authenticated: data.viewer.authenticated, role: data.viewer.role ?? null, municipality: data.viewer.municipality ?? null }
    : ANONYMOUS;
  return <Context.Provider value={{ ...rest, viewer }}>{children}</Context.Provider>;
}

export function useAuth(): Auth {
  const value = useContext(Context);
  if (!value) throw new Error("useAuth outside AuthProvider");
  return value;
}

/** What the interface offers the caller; the subgraphs still decide every write. */
export function usePermissions() {
  const { viewer } = useAuth();
  const ownMember = (slug: string) => viewer.municipality?.slug === slug && (viewer.role === "editor" || viewer.role === "coordinator");
  return {
    editMember: ownMember,
    seeVersions: (slug: string) => ownMember(slug) || viewer.role === "ministry",
  };
}
