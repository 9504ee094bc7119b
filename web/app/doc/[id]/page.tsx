import { Suspense } from "react";
import { DocReader } from "../../../components/DocReader";

export default async function DocPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    /* keep as given */
  }
  return (
    <main id="main" className="page">
      <Suspense>
        <DocReader id={decoded} />
      </Suspense>
    </main>
  );
}
