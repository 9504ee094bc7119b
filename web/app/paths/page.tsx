import { Suspense } from "react";
import { PathFinder } from "../../components/PathFinder";

export default function PathsPage() {
  return (
    <main id="main" className="page">
      <Suspense>
        <PathFinder />
      </Suspense>
    </main>
  );
}
