import type { ComponentType } from "react";
import { useI18n } from "../../../i18n/index.js";
import { HolbaekLocal } from "./HolbaekLocal.js";
import { AssensLocal } from "./AssensLocal.js";
import { NordfynLocal } from "./NordfynLocal.js";
import { RingkobingSkjernLocal } from "./RingkobingSkjernLocal.js";
import { SlagelseLocal } from "./SlagelseLocal.js";

export interface LocalProps {
  slug: string;
  /** The part's heading, "Det særlige for Holbæk". */
  title: string;
  /** Whether the page already says the member is missing. */
  missingShown: boolean;
}

/** Each member's own part of the graph, by slug; a member without an entry has none shown. */
const locals: Record<string, ComponentType<LocalProps>> = {
  holbaek: HolbaekLocal,
  assens: AssensLocal,
  nordfyn: NordfynLocal,
  "ringkobing-skjern": RingkobingSkjernLocal,
  slagelse: SlagelseLocal,
};

export function LocalPart({ slug, name, missingShown }: Omit<LocalProps, "title"> & { name: string }) {
  const { t } = useI18n();
  const Local = locals[slug];
  return Local ? <Local slug={slug} title={t("municipality.local", { name })} missingShown={missingShown} /> : null;
}
