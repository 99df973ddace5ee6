import { EVIDENCE_DIR, readEvidence } from "@/lib/data/evidence";

// The archived source texts, served as they are in the project, so that a reader (or a mirror) can
// check every passage without the original site. Only these names exist; anything else is a 404.
export const dynamicParams = false;
export const generateStaticParams = () => [...readEvidence(EVIDENCE_DIR).keys()].map((id) => ({ file: `${id}.txt` }));

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const text = readEvidence(EVIDENCE_DIR).get(file.replace(/\.txt$/, ""));
  if (text === undefined || !file.endsWith(".txt")) return new Response("Not found\n", { status: 404 });
  return new Response(text, { headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" } });
}
