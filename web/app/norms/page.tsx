import { Suspense } from "react";
import { NormsView } from "../../components/NormsView";

export default function NormsPage() {
  return (
    <main id="main" className="page">
      <Suspense>
        <NormsView />
      </Suspense>
    </main>
  );
}
