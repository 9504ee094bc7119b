import { Suspense } from "react";
import { InteractionView } from "../../components/InteractionView";

export default function InteractionPage() {
  return (
    <main id="main" className="page">
      <Suspense>
        <InteractionView />
      </Suspense>
    </main>
  );
}
