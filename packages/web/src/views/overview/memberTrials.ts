import { CombinedError, type Client } from "urql";
import type { OverviewTrialFragment } from "../../gql/graphql.js";
import { memberName } from "../../api/members.js";
import type { Filters } from "./filters.js";
import { MemberTrialsPage } from "./queries.js";

export type OverviewTrial = OverviewTrialFragment;

/** One member's page of trials; `trials` is null when the member did not answer. */
export interface MemberPage {
  slug: string;
  name: string;
  trials: { totalCount: number; hasNextPage: boolean; endCursor: string | null; nodes: OverviewTrial[] } | null;
}

/** A page of one member's trials under the filters, from `after` (null: its first page). */
export async function fetchMemberPage(client: Client, slug: string, filters: Filters, after: string | null, first: number): Promise<{ page: MemberPage; error?: CombinedError }> {
  const result = await client
    .query(MemberTrialsPage, { slug, first, after, status: filters.status, exemption: filters.exemption })
    .toPromise();
  const municipality = result.data?.municipality;
  const trials = municipality?.trials;
  const page: MemberPage = {
    slug,
    name: municipality?.name ?? memberName(slug),
    trials: trials ? { totalCount: trials.totalCount, hasNextPage: trials.pageInfo.hasNextPage, endCursor: trials.pageInfo.endCursor, nodes: trials.nodes } : null,
  };
  return result.error ? { page, error: result.error } : { page };
}

/** A trial with the member it belongs to, as the export writes it. */
export interface MemberTrial {
  slug: string;
  municipality: string;
  trial: OverviewTrial;
}

/**
 * Every trial under the filters, following each member's cursors to its last page; the members
 * that did not answer are listed in `missing` and their trials are left out.
 */
export async function fetchAllTrials(client: Client, slugs: string[], filters: Filters, first = 100): Promise<{ trials: MemberTrial[]; missing: string[]; error?: CombinedError }> {
  const perMember = await Promise.all(
    slugs.map(async (slug) => {
      const trials: MemberTrial[] = [];
      let after: string | null = null;
      for (;;) {
        const { page, error } = await fetchMemberPage(client, slug, filters, after, first);
        // Without the gateway there is nothing to export; a member that did not answer is only left out.
        if (error?.networkError) throw error;
        if (!page.trials) return { trials, missing: true, error };
        trials.push(...page.trials.nodes.map((trial) => ({ slug, municipality: page.name, trial })));
        if (!page.trials.hasNextPage || !page.trials.endCursor) return { trials, missing: false, error };
        after = page.trials.endCursor;
      }
    }),
  );
  const error = combineErrors(perMember.map((m) => m.error));
  return {
    trials: perMember.flatMap((m) => m.trials),
    missing: slugs.filter((_, i) => perMember[i]!.missing),
    ...(error ? { error } : {}),
  };
}

/** Several queries' errors as one, as Page reads them; the same message is kept once. */
export function combineErrors(errors: (CombinedError | undefined)[]): CombinedError | undefined {
  const present = errors.filter((e): e is CombinedError => Boolean(e));
  if (!present.length) return undefined;
  if (present.length === 1) return present[0];
  const networkError = present.find((e) => e.networkError)?.networkError;
  const seen = new Set<string>();
  const graphQLErrors = present.flatMap((e) => e.graphQLErrors).filter((e) => {
    const key = `${String(e.extensions?.code)}:${String(e.extensions?.serviceName)}:${e.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return new CombinedError({ graphQLErrors, ...(networkError ? { networkError } : {}) });
}
