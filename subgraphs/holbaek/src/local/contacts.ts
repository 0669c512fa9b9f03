import { cite, type SourceSeed } from "@frikommune/municipality-kit";
import { ITEM_119, ITEM_122 } from "./meetings.js";

const DIALOG_MODEL_CONTACT = "Ny dialogmodel – Kontakt og mere viden";
const GO_DIALOG_CONTACT = "Go ´ Dialog med Holbæk Teater – Kontakt og mere viden";
const theatre = [
  cite("rapport-understoet-borgernes-initiativ", GO_DIALOG_CONTACT, "Holbæk Teater - Teaterdirektørerne Brian Kristensen og Kristoffer Møller Hansen:"),
  cite("rapport-understoet-borgernes-initiativ", GO_DIALOG_CONTACT, "info@het.dk"),
  cite("rapport-understoet-borgernes-initiativ", GO_DIALOG_CONTACT, "eller telefon: 59 43 17 77."),
];

interface ContactFacts<K extends string> {
  key: K;
  name: string | null;
  role: string | null;
  unit: string | null;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  sources: SourceSeed[];
}
/** Keeps each key's literal type, so that links to a contact are checked. */
const contact = <K extends string>(facts: ContactFacts<K>) => facts;

/**
 * People and units the documents name, with the role, unit, organisation and work address they give
 * and nothing more; null where a document does not say.
 */
export const contacts = [
  contact({
    key: "lotte-romer-grove",
    name: "Lotte Rømer Grove",
    role: null,
    unit: "Strategi og Udvikling",
    organisation: null,
    email: "logro@holb.dk",
    phone: null,
    sources: [cite("rapport-understoet-borgernes-initiativ", DIALOG_MODEL_CONTACT, "Lotte Rømer Grove, Strategi og Udvikling, logro@holb.dk")],
  }),
  contact({
    key: "strategi-og-udvikling",
    name: null,
    role: null,
    unit: "Strategi og Udvikling",
    organisation: null,
    email: "demokrati@holb.dk",
    phone: null,
    sources: [
      cite("rapport-understoet-borgernes-initiativ", GO_DIALOG_CONTACT, "Strategi og Udvikling,"),
      cite("rapport-understoet-borgernes-initiativ", GO_DIALOG_CONTACT, "demokrati@holb.dk"),
    ],
  }),
  contact({ key: "brian-kristensen", name: "Brian Kristensen", role: "Teaterdirektør", unit: null, organisation: "Holbæk Teater", email: "info@het.dk", phone: "59 43 17 77", sources: theatre }),
  contact({ key: "kristoffer-moller-hansen", name: "Kristoffer Møller Hansen", role: "Teaterdirektør", unit: null, organisation: "Holbæk Teater", email: "info@het.dk", phone: "59 43 17 77", sources: theatre }),
  contact({
    key: "tina-jepsen",
    name: "Tina Jepsen",
    role: null,
    unit: "Familiecentret",
    organisation: null,
    email: null,
    phone: null,
    sources: [cite("referat-2015-03-24", ITEM_119, "På udvalgmødet deltager Tina Jepsen fra Familiecentret, og fortæller om erfaringerne med ændret klagehåndtering.")],
  }),
  contact({
    key: "thomas-richelieu",
    name: "Thomas Richelieu",
    role: null,
    unit: null,
    organisation: null,
    email: null,
    phone: null,
    sources: [cite("referat-2015-03-24", ITEM_122, "På mødet vil Thomas Richelieu fremlægge pointer og betragtninger om samskabelse, herunder erfaringer fra")],
  }),
];

export type ContactKey = (typeof contacts)[number]["key"];
