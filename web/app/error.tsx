"use client";
// Any unexpected failure while rendering a page: a message and a retry, never a stack trace.
import { ErrorMessage } from "../components/ErrorMessage";

export default function PageError({ error, retry }: { error: unknown; retry: () => void }) {
  const message = error instanceof Error && error.message ? error.message : "unexpected error";
  return (
    <main id="main" className="page">
      <ErrorMessage error={new Error(message)} onRetry={retry} />
    </main>
  );
}
