import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Explorer } from "../components/Explorer";
import { surelyMissing } from "../lib/serverStore";

export const dynamic = "force-dynamic";

export default async function ExplorerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { focus } = await searchParams;
  if (typeof focus === "string" && focus.trim() !== "" && (await surelyMissing("node", focus))) notFound();
  return (
    <Suspense>
      <Explorer />
    </Suspense>
  );
}
