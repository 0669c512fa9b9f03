import { useQuery } from "urql";
import { useI18n } from "../../i18n/index.js";
import { Page, Section } from "../../components/Page.js";
import { navigate, paths, useLocation } from "../../app/router.js";
import { OverviewSummary } from "./queries.js";
import { filterSearch, readFilters, type Filters } from "./filters.js";
import { hasNextPage, pageCounts, useMemberPages, usePaging } from "./paging.js";
import { combineErrors } from "./memberTrials.js";
import { FilterFields } from "./FilterFields.js";
import { TrialTable } from "./TrialTable.js";
import { Pager } from "./Pager.js";
import { ExportButtons } from "./ExportButtons.js";
import { StatusChart } from "./StatusChart.js";
import { OverdueList } from "./OverdueList.js";
import { EvaluationCounts } from "./EvaluationCounts.js";
import "./overview.css";

/** Overdue milestones listed, network-wide; the count of all of them is given beside the list. */
const OVERDUE_SHOWN = 20;

/** Forsøg på tværs: the ministry's overview of every member's trials. */
export function OverviewView() {
  const { t } = useI18n();
  const { search } = useLocation();
  const filters = readFilters(search);
  const [summary] = useQuery({ query: OverviewSummary, variables: { overdue: OVERDUE_SHOWN } });
  const paging = usePaging(filters);
  const trials = useMemberPages(filters, paging.cursors);
  const { shown, total } = pageCounts(trials.pages);
  const municipalities = summary.data?.municipalities ?? [];

  // The filters live in the address, so a filtered table can be linked; replacing keeps Back for leaving the page.
  const filter = (next: Filters) => navigate(paths.overview() + filterSearch(next), { replace: true });

  return (
    <Page
      title={t("overview.heading")}
      lead={<p>{t("overview.intro")}</p>}
      error={combineErrors([summary.error, trials.error])}
      fetching={summary.fetching && !summary.data}
    >
      <Section id="trials" title={t("overview.table")}>
        <FilterFields filters={filters} exemptions={summary.data?.exemptions ?? []} onChange={filter} />
        <p role="status" className="shown" data-testid="shown">
          {trials.pages.length > 0 && t("overview.shown", { shown, total })}
        </p>
        <TrialTable pages={trials.pages} caption={t("overview.caption", { page: paging.page })} busy={trials.fetching} />
        <Pager
          page={paging.page}
          hasNext={hasNextPage(trials.pages)}
          busy={trials.fetching}
          onFirst={paging.first}
          onPrevious={paging.previous}
          onNext={() => paging.next(trials.pages)}
        />
        <h3>{t("overview.export")}</h3>
        <ExportButtons filters={filters} />
      </Section>

      {summary.data && (
        <>
          <Section id="by-status" title={t("overview.chart")}>
            <StatusChart members={municipalities.map((m) => ({ slug: m.slug, name: m.name, summary: m.trialSummary }))} />
          </Section>
          <Section id="overdue" title={t("overview.overdue")}>
            <OverdueList
              limit={OVERDUE_SHOWN}
              members={municipalities.map((m) => ({ slug: m.slug, name: m.name, items: m.overdueMilestones, count: m.trialSummary?.overdueMilestones ?? null }))}
            />
          </Section>
          <Section id="evaluations" title={t("overview.evaluations")}>
            <EvaluationCounts
              dimensions={summary.data.evaluationTemplate.dimensions}
              members={municipalities.map((m) => ({ slug: m.slug, summary: m.trialSummary }))}
            />
          </Section>
        </>
      )}
    </Page>
  );
}
