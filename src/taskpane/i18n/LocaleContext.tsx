import { createContext, useContext } from "react";
import { catalogues, type Locale, type Strings } from "./strings";

interface LocaleValue {
  readonly locale: Locale;
  readonly strings: Strings;
}

const LocaleContext = createContext<LocaleValue>({ locale: "en", strings: catalogues.en });

export const LocaleProvider = LocaleContext.Provider;

/** The catalogue of the UI language the pane runs in. */
export function useStrings(): Strings {
  return useContext(LocaleContext).strings;
}

/** The UI language, for formatting dates and numbers. */
export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

/** The context value for a locale (stable objects, so consumers don't re-render needlessly). */
export const localeValues: Readonly<Record<Locale, LocaleValue>> = {
  en: { locale: "en", strings: catalogues.en },
  de: { locale: "de", strings: catalogues.de },
};
