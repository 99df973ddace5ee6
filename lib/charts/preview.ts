import path from "node:path";

/** The social preview: the chart's standalone image centred in the 1200×630 frame previews expect. */
export const OG_SIZE = { width: 1200, height: 630 } as const;
/** Drawn by scripts/render-charts.tsx, one folder per release; the preview route serves these files. */
export const OG_IMAGE_DIR = path.join(process.cwd(), ".generated", "og");
export const ogImageFile = (release: string, chartId: string) => path.join(OG_IMAGE_DIR, release, `${chartId}.png`);
