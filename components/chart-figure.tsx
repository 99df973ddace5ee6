import type { CSSProperties } from "react";
import Link from "next/link";
import type { ChartSpec } from "@/lib/charts/registry";
import { sourceLine } from "@/lib/data/sources";
import { chartImages } from "@/lib/charts/drawings";
import { lang } from "@/lib/site/i18n";
import { ClaimsTable } from "./claims-table";

/**
 * From this viewport width the wide drawing is shown (globals.css sizes the two drawings to match),
 * and always on paper: an A4 page is narrower than 760 px, and the narrow drawing, scaled up to its
 * width, would take most of a page.
 */
const WIDE_FROM = "print, (min-width: 760px)";

/**
 * A chart as a citable unit: title, narration, the drawing, its source line, permalink and data table.
 * The drawing is a static SVG file drawn at build (scripts/render-charts.tsx), narrow or wide as the
 * screen allows; the narration is its visible caption and its accessible description, and the table
 * beside it has every figure, so nothing depends on reading the image.
 */
export function ChartFigure({
  spec,
  headingLevel = 3,
  permalink = true,
  edition,
  onPaper = true,
}: {
  spec: ChartSpec;
  headingLevel?: 1 | 2 | 3;
  permalink?: boolean;
  /** The release whose frozen document the chart is; today's drawing of the latest release when not given. */
  edition?: string;
  /** Whether the figure is printed (a page may print only its main chart, globals.css). */
  onPaper?: boolean;
}) {
  const { id, title, takeaway, data, sources, locale } = spec;
  const { t } = lang(locale);
  const Heading = (["h1", "h2", "h3"] as const)[headingLevel - 1]!;
  const { narrow, wide } = chartImages(id, edition, locale);
  return (
    <figure className={onPaper ? "chart-figure" : "chart-figure screen-only"} id={id} aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <p className="takeaway" id={`${id}-narration`}>
        {takeaway}
      </p>
      <picture className="chart">
        <source media={WIDE_FROM} srcSet={wide.url} width={wide.width} height={wide.height} />
        <img
          className="chart-img"
          src={narrow.url}
          width={narrow.width}
          height={narrow.height}
          alt={t("table.figure.alt", { title })}
          aria-describedby={`${id}-narration`}
          style={{ "--wide-ratio": (wide.width / wide.height).toFixed(3) } as CSSProperties}
          loading="lazy"
          decoding="async"
        />
      </picture>
      <figcaption className="source-line">
        {sourceLine(sources, lang(locale))}
        {permalink && (
          <>
            {" "}
            <Link className="permalink" href={spec.permalink} prefetch={false}>
              {t("table.figure.permalink")}
            </Link>
          </>
        )}
      </figcaption>
      <details className="table-toggle">
        <summary>{t("table.figure.dataTable")}</summary>
        <ClaimsTable data={data} caption={title} locale={locale} />
      </details>
    </figure>
  );
}

/**
 * Links to the chart's standalone image (SVG, for articles) and its slide (PNG), saved under the
 * chart's name, not the file's content hash.
 */
export function ChartDownloads({ spec, edition }: { spec: ChartSpec; edition?: string }) {
  const images = chartImages(spec.id, edition, spec.locale);
  return (
    <>
      {lang(spec.locale).t("chartPage.image")}{" "}
      <a href={images.standalone} download={`${spec.id}.svg`}>
        SVG
      </a>{" "}
      ·{" "}
      <a href={images.slide.url} download={`${spec.id}.png`}>
        {lang(spec.locale).t("chartPage.slide")}
      </a>
    </>
  );
}
