import { Suspense } from "react";
import { BenchGraph } from "../../components/BenchGraph";

// Benchmark harness for `npm run bench:web`: a synthetic graph of ?n= elements (not the corpus).
export default function BenchPage() {
  return (
    <main id="main" className="page">
      <Suspense>
        <BenchGraph />
      </Suspense>
    </main>
  );
}
