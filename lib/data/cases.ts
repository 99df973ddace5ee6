import { z } from "zod";
import { optionalDate, passage, slug } from "./reports";
import { EVENT_IDS } from "./events";

// "defendant", not "protester": the sources do not say that every person tried over the unrest had protested.
export const ROLES = ["officer", "defendant", "activist"] as const;
export const OUTCOMES = ["convicted", "acquitted", "pending", "closed", "appealed-reduced"] as const;

const text = (what: string) => z.string().trim().min(1, `${what} is empty`);

/** One row of cases.csv: a named (or precisely described) prosecution and its outcome, as one source states it. */
export const caseRow = z.object({
  case_id: slug,
  event: z.enum(EVENT_IDS, { error: `must be one of ${EVENT_IDS.join(", ")}` }),
  person: text("person"),
  role: z.enum(ROLES, { error: `must be one of ${ROLES.join(", ")}` }),
  place: text("place"),
  charge: text("charge"),
  verdict_date: optionalDate,
  sentence: text("sentence"),
  outcome: z.enum(OUTCOMES, { error: `must be one of ${OUTCOMES.join(", ")}` }),
  source_id: slug,
  passage,
  note: z.string().trim(),
});

export type Case = z.infer<typeof caseRow>;
