"use client";
// An API failure: what went wrong in words, and a retry button.
import { useI18n } from "./I18nProvider";

export function ErrorMessage({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="error-box" data-testid="error">
      <strong>{t("errorTitle")}</strong>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} data-testid="retry">
          {t("retry")}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t("loading")}
    </p>
  );
}
