import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { da } from "./da.js";
import { en } from "./en.js";
import * as overview from "../views/overview/messages.js";
import * as municipality from "../views/municipality/messages.js";
import { formatMoment, formatPartialDate, type Language } from "./dates.js";

export type { Language };
export { formatPartialDate, today } from "./dates.js";
export { DATA_LANG } from "./lang.js";

/** One dictionary per language: the shared words, and each view's own (views/<view>/messages.ts). */
const danish = { ...da, ...overview.da, ...municipality.da };
export type MessageKey = keyof typeof danish;
const dictionaries: Record<Language, Record<MessageKey, string>> = { da: danish, en: { ...en, ...overview.en, ...municipality.en } };
const STORAGE_KEY = "frikommune.language";

export type Translate = (key: MessageKey, values?: Record<string, string | number | null | undefined>) => string;

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
  /** A partial date at its own precision; "ukendt"/"unknown" when there is none. */
  date(value: string | null | undefined): string;
  moment(value: string): string;
}

const Context = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === "en" || stored === "da" ? stored : "da";
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[language];
    const t: Translate = (key, values) =>
      dictionary[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? ""));
    return {
      language,
      setLanguage,
      t,
      date: (value) => formatPartialDate(value, language) ?? dictionary["app.unknown"],
      moment: (value) => formatMoment(value, language),
    };
  }, [language, setLanguage]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(Context);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
