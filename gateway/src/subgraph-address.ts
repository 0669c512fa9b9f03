import { fillSubgraphUrlTemplate, type GatewayConfig } from "@frikommune/config";

/** Where a subgraph's fetches go, from its name and its URL in the supergraph; null when nowhere is known. */
export type SubgraphAddress = (name: string, supergraphUrl: string) => string | null;

/**
 * The address configured for a subgraph (`SUBGRAPH_<NAME>_URL`, or the registry's), else the
 * template's with the port of its URL in the supergraph (the port `pnpm compose` took from the
 * registry), else that URL itself.
 */
export function subgraphAddress(config: Pick<GatewayConfig, "subgraphUrls" | "subgraphUrlTemplate">): SubgraphAddress {
  return (name, supergraphUrl) => {
    const configured = config.subgraphUrls[name];
    if (configured) return configured;
    const url = URL.canParse(supergraphUrl) ? new URL(supergraphUrl) : null;
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return null;
    if (!config.subgraphUrlTemplate) return supergraphUrl;
    return fillSubgraphUrlTemplate(config.subgraphUrlTemplate, name, url.port || (url.protocol === "https:" ? 443 : 80));
  };
}
