import { accountabilityContrast, ratioWording } from "./accountability";
import type { Claim } from "./claims";
import { type BarDatum, spreadTakeaway, toBarDatum } from "./chart-data";
import { CLAIMANTS, headline, selectClaims } from "./comparison";
import type { Dataset } from "./dataset";
import { EVENTS, type EventId, type Event } from "./events";
import { METRIC_IDS, METRICS, type MetricId } from "./metrics";
import type { Source } from "./sources";

export type HeadlineRow = {
  metric: MetricId;
  metricName: string;
  official: BarDatum | null;
  independent: BarDatum | null;
};

export type ChartSpec = {
  id: string;
  title: string;
  takeaway: string;
  unit: string;
  data: BarDatum[];
  sources: Source[];
};

export type EventOverview = {
  event: Event;
  deathsChart: ChartSpec;
  headlines: HeadlineRow[];
  contrastChart: ChartSpec | null;
  ratioText: string | null;
};

const chronological = (a: Claim, b: Claim) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0);

function spec(dataset: Dataset, id: string, title: string, unit: string, claims: Claim[], takeaway?: string): ChartSpec {
  const data = claims.map((c) => toBarDatum(c, dataset));
  const sources = [...new Set(claims.map((c) => c.source_id))].map((s) => dataset.sourcesById.get(s)!);
  return { id, title, unit, data, sources, takeaway: takeaway ?? spreadTakeaway(data) };
}

export function eventOverview(dataset: Dataset, eventId: EventId): EventOverview {
  const event = EVENTS[eventId];
  const killed = selectClaims(dataset.claims, { event: eventId, metric: "deaths", measure: "killed" }).sort(chronological);
  const deathsChart = spec(dataset, `${eventId}-killed`, `${event.name}: people killed, every count in order of date`, "people killed", killed);

  const headlines = METRIC_IDS.map((metric) => {
    const [official, independent] = CLAIMANTS.map((c) => headline(dataset.claims, eventId, metric, c));
    return {
      metric,
      metricName: METRICS[metric].name,
      official: official ? toBarDatum(official, dataset) : null,
      independent: independent ? toBarDatum(independent, dataset) : null,
    };
  });

  const contrast = accountabilityContrast(dataset.claims, eventId);
  const contrastClaims = [contrast.protestersConvicted, contrast.officersConvicted, contrast.officersImprisoned].filter(
    (c): c is Claim => c !== null,
  );
  const ratioText =
    contrast.ratio && contrast.protestersConvicted
      ? `${ratioWording(contrast.ratio)} protesters convicted for every officer ${
          contrast.officersImprisoned && contrast.officersConvicted && contrast.officersImprisoned.as_of > contrast.officersConvicted.as_of
            ? "imprisoned"
            : "convicted"
        }`
      : null;
  const contrastChart = contrastClaims.length
    ? spec(dataset, `${eventId}-accountability`, `${event.name}: protesters convicted vs officers held to account`, "people", contrastClaims, ratioText ? `${ratioText[0]!.toUpperCase()}${ratioText.slice(1)}, on the latest figures.` : undefined)
    : null;

  return { event, deathsChart, headlines, contrastChart, ratioText };
}
