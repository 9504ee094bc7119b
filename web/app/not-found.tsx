import { Suspense } from "react";
import { NotFoundPanel } from "../components/NotFoundPanel";

export default function NotFound() {
  return (
    <main id="main" className="page">
      <Suspense>
        <NotFoundPanel />
      </Suspense>
    </main>
  );
}
