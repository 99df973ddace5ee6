import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { caseReportRow } from "../data/cases";
import { reportCsvRow } from "../data/reports";
import { CASES_FILE, DATA_DIR, metricFile, SOURCES_FILE } from "../data/dataset";
import { METRIC_IDS, METRICS } from "../data/metrics";
import { sourceRow } from "../data/sources";
import { SITE_NAME } from "../site/origin";

/**
 * The Data Package description of data/: one place that says what each file and column means.
 * It drives both the datapackage.json download and the /data page; types and constraints are
 * read off the zod schemas, so they cannot drift from what validation enforces.
 */
type Column<S extends z.ZodObject> = keyof S["shape"] & string;

const REPORT_FIELDS: Record<Column<typeof reportCsvRow>, string> = {
  figure_id: "Stable identifier of the figure, unique across all files; permalinks and citations depend on it and it is never renamed or reused.",
  statement_id: "The statement this row reports: the figure_id of its first report. Rows that share it are one statement (one claimant, one figure, one date) relayed by several sources, and count once.",
  event: "The event the figure is about.",
  place: "Town or city the figure is about, or “all” for the whole event.",
  measure: "What is counted, from the metric’s vocabulary (see the methodology page).",
  claimant: "“official” when a state body states the figure — a court’s verdict included, and also when media or an NGO relay it — “independent” otherwise.",
  claimed_by: "The body, person or group that made the statement (the court, for a verdict).",
  value_low: "Lower bound of the figure; empty when the source gives none (never zero).",
  value_high: "Upper bound of the figure; empty when the source gives none (“at least”, “more than”).",
  qualifier: "How the source words the figure; the bounds follow from it (e.g. “more than 100” is 101 and empty).",
  scope: "What the figure counts: total (the event, or one place), proceeding (one trial, verdict, appeal or investigation), named_list (people identified by name: a lower bound of its own kind) or subset (one agency, category or charge). Only totals are compared, ranked as latest or divided in a ratio.",
  scope_label: "For a figure that is not a total, what it counts in a few words (e.g. “Aktau trial of 37”); empty for a total.",
  as_of: "Date of the statement (not of a later article relaying it): YYYY, YYYY-MM or YYYY-MM-DD; empty when no report dates it.",
  as_of_basis: "How this report dates the statement: stated (the text says when; its words are in date_passage), first_hand (the claimant’s own document, or a report of a statement made the day it was published: as_of is the source’s date), approximate; empty when this report does not date it.",
  date_passage: "For a stated date, the words of the source that date the statement, copied exactly; checked against the archived text like the passage.",
  source_id: "The source (a row of sources.csv) that states the figure.",
  passage: "3 to 20 words copied exactly from the source that state the figure; a locator in the archived text.",
  note: "Context a reader needs: method, scope, conflicts with other figures.",
};

const SOURCE_FIELDS: Record<Column<typeof sourceRow>, string> = {
  source_id: "Identifier of the source; also the name of its archived copy.",
  title: "Title of the document.",
  publisher: "Publisher of the original document.",
  publisher_type: "Kind of publisher.",
  published: "Publication date: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.",
  url: "Address of the document (or of the copy that was read); empty when none is recorded.",
};

const CASE_FIELDS: Record<Column<typeof caseReportRow>, string> = {
  report_id: "Stable identifier of this report of a case; never renamed or reused (the case_id of the releases before 2026-11-29).",
  case_id: "The case this row reports: the report_id of its first report. A case is one proceeding (one trial of one or more defendants; an appeal belongs to the trial it reviews); rows that share it are one case and count once.",
  event: "The event the case belongs to.",
  person: "Who was prosecuted (name and role, or a precise description when unnamed), in this source’s words.",
  role: "officer (police, army, security service), defendant (a person tried over the unrest), or activist.",
  place: "Town or city of the court or of the events.",
  charge: "The charge, in the source’s words.",
  defendants: "How many people the proceeding tried; empty when the sources do not say.",
  convicted: "How many of them were convicted; empty when none was or the sources do not say.",
  verdict_date: "Date of the verdict or decision: YYYY, YYYY-MM or YYYY-MM-DD; empty when not stated.",
  sentence: "The sentence as the source states it.",
  outcome: "convicted, acquitted, pending, closed (investigation closed without charges) or appealed-reduced.",
  source_id: "The source (a row of sources.csv) that states the case.",
  passage: "3 to 20 words copied exactly from the source that state the case.",
  note: "Context a reader needs.",
};

const DATE_PATTERN = "^(\\d{4}(-\\d{2}(-\\d{2})?)?)?$";

type FrictionlessField = {
  name: string;
  type: "string" | "integer";
  description: string;
  constraints: { required?: boolean; enum?: string[]; pattern?: string; minimum?: number };
};

function fieldsOf<S extends z.ZodObject>(schema: S, docs: Record<string, string>): FrictionlessField[] {
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties: Record<string, { enum?: string[]; pattern?: string }>;
  };
  return Object.keys(schema.shape).map((name) => {
    const prop = json.properties[name] ?? {};
    const required = !(schema.shape[name] as z.ZodType).safeParse("").success;
    const integer = prop.pattern?.startsWith("^(0|[1-9]");
    const constraints: FrictionlessField["constraints"] = {};
    if (required) constraints.required = true;
    if (prop.enum) constraints.enum = prop.enum;
    if (integer) constraints.minimum = 0;
    else if (prop.pattern) constraints.pattern = prop.pattern;
    else if (name === "as_of" || name === "published" || name === "verdict_date") constraints.pattern = DATE_PATTERN;
    return { name, type: integer ? "integer" : "string", description: docs[name] ?? "", constraints };
  });
}

export type DataResource = {
  name: string;
  path: string;
  title: string;
  description: string;
  fields: FrictionlessField[];
  primaryKey: string;
};

export const RESOURCES: DataResource[] = [
  {
    name: "sources",
    path: SOURCES_FILE,
    title: "Sources",
    description: "Every document a figure comes from.",
    fields: fieldsOf(sourceRow, SOURCE_FIELDS),
    primaryKey: "source_id",
  },
  ...METRIC_IDS.map((metric) => ({
    name: metric,
    path: metricFile(metric),
    title: METRICS[metric].name,
    description: `${METRICS[metric].name}: one row per report of a statement; rows sharing a statement_id are one statement. Measures: ${Object.keys(METRICS[metric].measures).join(", ")}.`,
    fields: fieldsOf(reportCsvRow, REPORT_FIELDS),
    primaryKey: "figure_id",
  })),
  {
    name: "cases",
    path: CASES_FILE,
    title: "Named cases",
    description: "One row per report of a named proceeding — a prosecution of an officer, a trial of a defendant or activist, a closed investigation into deaths; rows sharing a case_id are one case.",
    fields: fieldsOf(caseReportRow, CASE_FIELDS),
    primaryKey: "report_id",
  },
];

export type FileFacts = { bytes: number; rows: number };

/** Size and row count of a data file as it is on disk. */
export function fileFacts(file: string): FileFacts {
  const p = path.join(DATA_DIR, file);
  return { bytes: statSync(p).size, rows: countRecords(readFileSync(p, "utf8")) };
}

/** Records of a CSV text, header excluded (records, not lines: quoted cells may span lines). */
export function countRecords(text: string): number {
  let records = 0;
  let quoted = false;
  let empty = true;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (ch === "\n" && !quoted) {
      if (!empty) records++;
      empty = true;
    } else if (ch !== "\r") empty = false;
  }
  if (!empty) records++;
  return Math.max(0, records - 1);
}

/**
 * Names the Russian and Kazakh descriptions of files and columns cite as they are (products, formats,
 * column names, values, date forms): arguments of the catalogue's messages, never translated.
 */
export const DESCRIPTION_TERMS = {
  frictionless: "Frictionless",
  excel: "Excel",
  msExcel: "Microsoft Excel",
  libreOffice: "LibreOffice",
  googleSheets: "Google Sheets",
  r: "R",
  python: "Python",
  utf8: "UTF-8",
  sha: "SHA-256",
  csv: ".csv",
  excelCsv: ".excel.csv",
  xlsx: ".xlsx",
  // Columns, values and date forms named in the column descriptions.
  figureId: "figure_id",
  statementId: "statement_id",
  reportId: "report_id",
  caseId: "case_id",
  asOf: "as_of",
  datePassage: "date_passage",
  sourcesCsv: "sources.csv",
  all: "all",
  official: "official",
  independent: "independent",
  total: "total",
  proceeding: "proceeding",
  namedList: "named_list",
  subset: "subset",
  scopeExample: "Aktau trial of 37",
  stated: "stated",
  firstHand: "first_hand",
  approximate: "approximate",
  officer: "officer",
  defendant: "defendant",
  activist: "activist",
  convicted: "convicted",
  acquitted: "acquitted",
  pending: "pending",
  closed: "closed",
  appealedReduced: "appealed-reduced",
  year: "YYYY",
  yearMonth: "YYYY-MM",
  fullDate: "YYYY-MM-DD",
  reportIdSince: "2026-11-29",
} as const;

/** The Frictionless Data Package descriptor of data/. */
export function dataPackage(version: string): object {
  return {
    profile: "tabular-data-package",
    name: "kazakhstan-accountability",
    title: `${SITE_NAME}: figures on Zhanaozen 2011 and January 2022`,
    description:
      "Killed, injured, detained and convicted in Zhanaozen (December 2011) and January 2022 in Kazakhstan, and prosecutions of officers: official and independent figures, each with its source and an exact passage.",
    version,
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    resources: RESOURCES.map((r) => ({
      profile: "tabular-data-resource",
      name: r.name,
      path: r.path,
      title: r.title,
      description: r.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: r.fields,
        primaryKey: r.primaryKey,
        missingValues: [""],
        ...(r.name === "sources" ? {} : { foreignKeys: [{ fields: "source_id", reference: { resource: "sources", fields: "source_id" } }] }),
      },
    })),
  };
}
