import { useEffect, useRef } from "react";
import { I18nProvider, useI18n } from "../i18n/index.js";
import { AuthProvider } from "../auth/index.js";
import { SignIn, SignInCallback } from "../auth/SignIn.js";
import { Link, parseRoute, paths, useLocation, type Route } from "./router.js";
import { members } from "../api/members.js";
import { NetworkView } from "../views/network/NetworkView.js";
import { OverviewView } from "../views/overview/OverviewView.js";
import { MunicipalityView } from "../views/municipality/MunicipalityView.js";
import { TrialView } from "../views/trial/TrialView.js";

export function App() {
  return (
    <I18nProvider>
      <AuthProvider>
        <Shell />
      </AuthProvider>
    </I18nProvider>
  );
}

function View({ route }: { route: Route }) {
  const { t } = useI18n();
  switch (route.view) {
    case "network":
      return <NetworkView />;
    case "overview":
      return <OverviewView />;
    case "municipality":
      return members.some((m) => m.slug === route.slug) ? <MunicipalityView slug={route.slug} /> : <NotFound />;
    case "trial":
      return members.some((m) => m.slug === route.slug) ? <TrialView slug={route.slug} id={route.id} /> : <NotFound />;
    case "signInCallback":
      return <SignInCallback />;
    default:
      return <NotFound />;
  }
  function NotFound() {
    return <h1>{t("app.notFound")}</h1>;
  }
}

function Shell() {
  const { t, language, setLanguage } = useI18n();
  const { pathname } = useLocation();
  const route = parseRoute(pathname);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  // After a navigation, focus moves to the new page, as it would on a page load, for screen readers and keyboards.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  const current = (to: string) => (to === "/" ? pathname === "/" : pathname.startsWith(to)) ? ("page" as const) : undefined;
  return (
    <>
      <a className="skip" href="#main">{t("app.skip")}</a>
      <header className="masthead">
        <div className="brand">
          <Link to={paths.network()} className="brand-name">{t("app.title")}</Link>
          <span className="brand-sub">{t("app.subtitle")}</span>
        </div>
        <div className="masthead-tools">
          <button type="button" className="link-button" lang={language === "da" ? "en" : "da"} onClick={() => setLanguage(language === "da" ? "en" : "da")}>
            {t("app.switchLanguage")}
          </button>
          <SignIn />
        </div>
      </header>
      <nav aria-label={t("nav.label")} className="nav">
        <ul>
          <li><Link to={paths.network()} aria-current={current("/") && pathname === "/" ? "page" : undefined}>{t("nav.network")}</Link></li>
          <li><Link to={paths.overview()} aria-current={current("/forsoeg")}>{t("nav.overview")}</Link></li>
          {members.map((m) => (
            <li key={m.slug}><Link to={paths.municipality(m.slug)} aria-current={current(paths.municipality(m.slug))}>{m.name}</Link></li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}
