import { latestRelease } from "@/lib/data/release-ids";
import { RESOURCES } from "@/lib/publish/data-package";
import { spreadsheetPath, workbook, xlsxBytes } from "@/lib/publish/spreadsheet";
import { lang } from "@/lib/site/i18n";
import { isLocale, LOCALES, localePath } from "@/lib/site/locales";
import { publicUrl } from "@/lib/site/origin";

// Written at build, one per data file and language; any other name is a 404.
export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => LOCALES.flatMap((locale) => RESOURCES.map((r) => ({ locale, name: `${r.name}.xlsx` })));

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; name: string }> }) {
  const { locale, name } = await params;
  const resource = RESOURCES.find((r) => `${r.name}.xlsx` === name);
  if (!resource || !isLocale(locale)) return new Response("Not found\n", { status: 404 });
  const sheets = workbook(resource, lang(locale), latestRelease(), publicUrl(localePath(locale, "/data")));
  return new Response(await xlsxBytes(sheets), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${resource.name}.${locale}.xlsx"`,
      "x-content-type-options": "nosniff",
      // Named after the path it is served at, so that a checksum list can name it.
      "x-spreadsheet-path": spreadsheetPath(resource, locale),
    },
  });
}
