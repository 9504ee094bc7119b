import { notFound } from "next/navigation";
import { Suspense } from "react";
import { DocReader } from "../../../components/DocReader";
import { surelyMissing } from "../../../lib/serverStore";

export const dynamic = "force-dynamic";

export default async function DocPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  let decoded = id;
  try {
    decoded = decodeURIComponent(id);
  } catch {
    /* keep as given */
  }
  if (await surelyMissing("document", decoded)) notFound();
  return (
    <main id="main" className="page">
      <Suspense>
        <DocReader id={decoded} />
      </Suspense>
    </main>
  );
}
