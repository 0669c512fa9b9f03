import { useEffect, useId, useState, type FormEvent } from "react";
import { useI18n, type MessageKey } from "../i18n/index.js";
import { navigate, useLocation } from "../app/router.js";
import { memberName } from "../api/members.js";
import { useAuth } from "./index.js";
import { fetchDevToken } from "./config.js";
import { beginSignIn, completeSignIn, signOutUrl } from "./oidc.js";

/** "editor for Holbæk", "the ministry", … */
export function useRoleLabel() {
  const { t } = useI18n();
  return (role: string, municipality: string | null) => t(`role.${role}` as MessageKey, { municipality: memberName(municipality) });
}

/** Who is signed in, and the way in and out this installation offers. */
export function SignIn() {
  const { t } = useI18n();
  const { config, viewer, signIn, signOut } = useAuth();
  const roleLabel = useRoleLabel();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const panel = useId();
  const select = useId();

  if (viewer.authenticated && viewer.role) {
    const out = async () => {
      const url = config?.oidc ? await signOutUrl(config.oidc) : null;
      signOut();
      if (url) window.location.assign(url);
    };
    return (
      <div className="signin">
        <span>{t("auth.signedInAs", { who: roleLabel(viewer.role, viewer.municipality?.slug ?? null) })}</span>
        <button type="button" onClick={() => void out()}>{t("auth.signOut")}</button>
      </div>
    );
  }
  if (config?.oidc && !config.development) {
    const oidc = config.oidc;
    return (
      <div className="signin">
        <button type="button" onClick={() => void beginSignIn(oidc, window.location.pathname + window.location.search).catch((e: Error) => setProblem(e.message))}>
          {t("auth.signIn")}
        </button>
        {problem && <p role="alert">{t("auth.callbackFailed", { message: problem })}</p>}
      </div>
    );
  }
  if (!config?.development) return <div className="signin"><span>{t("auth.anonymous")}</span></div>;

  const options = [
    ...config.development.members.flatMap((m) => [`editor:${m.slug}`, `coordinator:${m.slug}`]),
    "network-coordinator:",
    "ministry:",
  ];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const [role, municipality] = (choice || options[0]!).split(":");
    try {
      signIn(await fetchDevToken(role!, municipality || null));
      setOpen(false);
      setProblem(null);
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <div className="signin">
      <button type="button" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>{t("auth.signIn")}</button>
      {open && (
        <form id={panel} className="signin-panel" onSubmit={(e) => void submit(e)} aria-label={t("auth.devTitle")}>
          <p className="hint">{t("auth.devHint")}</p>
          <label htmlFor={select}>{t("auth.role")}</label>
          <select id={select} value={choice || options[0]} onChange={(e) => setChoice(e.target.value)}>
            {options.map((o) => {
              const [role, municipality] = o.split(":");
              return <option key={o} value={o}>{roleLabel(role!, municipality || null)}</option>;
            })}
          </select>
          <button type="submit">{t("auth.signIn")}</button>
          {problem && <p role="alert">{problem}</p>}
        </form>
      )}
    </div>
  );
}

/** /auth/callback: the issuer's answer, traded for a token, then back where the caller was. */
export function SignInCallback() {
  const { t } = useI18n();
  const { config, signIn } = useAuth();
  const { search } = useLocation();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (!config) return;
    if (!config.oidc) return setProblem(t("auth.unavailable"));
    completeSignIn(config.oidc, search).then(
      ({ token, returnTo }) => {
        signIn(token);
        navigate(returnTo || "/", { replace: true });
      },
      (error: Error) => setProblem(error.message),
    );
    // The answer is read once; reading it twice would spend the code twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [config]);
  return <h1>{problem ? t("auth.callbackFailed", { message: problem }) : t("app.loading")}</h1>;
}
