import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from "react";

/** The app's addresses: one per view, so every view can be linked to, bookmarked and reloaded. */
export const paths = {
  network: () => "/",
  overview: () => "/forsoeg",
  municipality: (slug: string) => `/kommune/${slug}`,
  trial: (slug: string, id: string) => `/kommune/${slug}/forsoeg/${encodeURIComponent(id)}`,
};

export type Route =
  | { view: "network" }
  | { view: "overview" }
  | { view: "municipality"; slug: string }
  | { view: "trial"; slug: string; id: string }
  | { view: "signInCallback" }
  | { view: "notFound" };

export function parseRoute(pathname: string): Route {
  if (pathname === "/" || pathname === "") return { view: "network" };
  if (pathname === "/forsoeg") return { view: "overview" };
  if (pathname === "/auth/callback") return { view: "signInCallback" };
  const trial = /^\/kommune\/([a-z-]+)\/forsoeg\/([^/]+)$/.exec(pathname);
  if (trial) return { view: "trial", slug: trial[1]!, id: decodeURIComponent(trial[2]!) };
  const municipality = /^\/kommune\/([a-z-]+)$/.exec(pathname);
  if (municipality) return { view: "municipality", slug: municipality[1]! };
  return { view: "notFound" };
}

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("popstate", listener);
  };
};
const snapshot = () => window.location.pathname + window.location.search;

export function navigate(to: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  for (const listener of listeners) listener();
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): { pathname: string; search: URLSearchParams } {
  const current = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(current, window.location.origin);
  return { pathname: url.pathname, search: url.searchParams };
}

/** An ordinary link (it opens in a new tab, keyboard and all) that navigates in place on a plain click. */
export function Link({ to, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { to: string }) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
    window.scrollTo(0, 0);
  };
  return <a href={to} onClick={click} {...rest} />;
}
