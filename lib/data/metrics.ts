import { EN, type Lang } from "../site/i18n";

export const METRIC_IDS = [
  "deaths",
  "injuries",
  "detentions",
  "protester-convictions",
  "officer-prosecutions",
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

export type Metric = {
  id: MetricId;
  name: string;
  /** What each measure counts; the vocabulary a row of this metric's CSV may use. */
  measures: Record<string, string>;
};

export const METRICS: Record<MetricId, Metric> = {
  deaths: {
    id: "deaths",
    name: "Deaths",
    measures: {
      killed: "people killed",
      "civilians-killed": "civilians killed",
      "security-forces-killed": "members of the security forces killed",
      "died-in-custody": "people who died in custody",
      "killed-by-security-forces": "people killed by the security forces",
      "killed-in-documented-incidents": "people killed by the security forces in the incidents a monitor documented (a count from those incidents, not a total)",
      "died-other-causes": "people who died in the clashes other than by the security forces’ fire",
      // “Victims” (жертв) may count the injured as well as the dead: never read as a death toll.
      casualties: "people killed or injured (“victims”)",
      "killed-classified-as-attackers": "dead whom the authorities classed as attackers",
      // The Prosecutor General's breakdown of the 238 (Mazhilis, January 2023) puts most of the dead in this class,
      // apart from the attackers and from the security forces: never folded into civilians or attackers.
      "killed-classified-as-regime-violators": "dead whom the authorities classed as violators of the state-of-emergency and counter-terrorist-operation regimes",
      // Babel's six (General Prosecutor's Office): deaths the state ascribes to excessive force, a small subset of
      // the deaths caused by the security forces; Babel does not say "in custody".
      "killed-by-excessive-force": "people whose deaths the authorities ascribe to excessive use of force by law enforcement (not every death the security forces caused)",
      "circumstances-unclear": "dead whose circumstances of death were still being established",
    },
  },
  injuries: {
    id: "injuries",
    name: "Injuries",
    measures: {
      injured: "people injured",
      "seriously-injured": "people seriously injured",
      "firearm-injuries": "civilians with firearm injuries",
      "security-forces-injured": "members of the security forces injured",
    },
  },
  detentions: {
    id: "detentions",
    name: "Detentions",
    measures: {
      detained: "people detained",
      "arrested-as-organizers": "people arrested as organizers",
      "detained-as-participants": "people detained as participants",
      "listed-at-police-station": "people listed as detained at a police station",
      "administrative-detention": "people sentenced to administrative detention",
      "criminal-suspects-detained": "criminal suspects detained",
      "in-custody": "people still in custody",
    },
  },
  "protester-convictions": {
    id: "protester-convictions",
    name: "People prosecuted over the unrest",
    measures: {
      "criminal-cases": "criminal cases opened",
      // The police's share of the cases, and what came of it: a subset, never drawn on the line of the totals.
      "criminal-cases-police": "criminal cases opened by the police (police cases only)",
      "convicted-police-cases": "people convicted in cases the police investigated (police cases only)",
      "tried-police-cases": "people sent to court for trial in cases the police investigated (police cases only)",
      "suspended-sentence-police-cases": "people given non-custodial sentences in cases the police investigated (police cases only)",
      "imprisoned-police-cases": "people given prison terms in cases the police investigated (police cases only)",
      "administrative-cases": "administrative cases heard by courts",
      "cases-sent-to-court": "criminal cases sent to court",
      charged: "people charged",
      tried: "people tried",
      convicted: "people convicted",
      // One trial's defendants, wherever the trial sat: never read as a place's or the country's count.
      "convicted-in-one-trial": "people convicted in one trial (that trial only, not a total)",
      "convicted-mass-riots": "people convicted of “participating in mass riots”",
      imprisoned: "people given prison terms",
      "suspended-sentence": "people given suspended or non-custodial sentences",
      acquitted: "people acquitted",
      amnestied: "people amnestied",
      "under-investigation": "people still under investigation",
    },
  },
  "officer-prosecutions": {
    id: "officer-prosecutions",
    name: "Officers prosecuted",
    measures: {
      "torture-allegations": "people alleging torture or ill-treatment",
      "recognised-torture-victims": "people officially recognised as torture victims",
      // A subset stated as such: the victims of the hot-iron torture, not every recognised victim.
      "recognised-torture-victims-hot-iron": "people officially recognised as victims of torture with hot irons (those cases only)",
      "abuse-cases-opened": "criminal cases opened into abuse of power or torture by officers",
      "death-investigations-opened": "criminal investigations opened into deaths",
      "investigations-closed": "deaths whose investigation was closed without charges",
      "death-cases-closed": "criminal cases into deaths closed without charges",
      "suspected-over-deaths": "officers suspected over deaths from excessive force",
      "under-investigation": "officers under investigation for torture",
      "held-on-suspicion": "officers held in custody on suspicion, before any trial",
      "torture-cases-investigated": "torture cases investigated by prosecutors",
      "on-trial-torture": "officers on trial for torture",
      "prosecuted-over-deaths": "officers prosecuted over a death (convicted or not)",
      charged: "officers charged",
      indicted: "officers indicted and awaiting trial",
      "torture-cases-in-court": "torture cases in court",
      // Zhanaozen 2011: `convicted` holds only the five officers convicted on 28 May 2012 over the shooting
      // (abuse of office in the use of firearms). Zhenishbek Temirov, convicted on 17 May 2012 over Bazarbai
      // Kenzhebaev's death after torture in custody, is under `convicted-custody-death`: six officers in all,
      // 5 + 1 with no one in both, a sum no source states and the ledger never stores as a figure.
      convicted: "officers convicted",
      "convicted-custody-death": "officers convicted over a death in custody (not among the other officers convicted)",
      imprisoned: "officers imprisoned",
    },
  },
};

/** A measure's name in the reader's language (the English is the data model's own, above). */
export const measureName = (metric: MetricId, measure: string, lang: Lang = EN): string => {
  const english = METRICS[metric].measures[measure] ?? measure;
  return lang.measure(metric, measure, english);
};

export const isMeasureOf = (metric: MetricId, measure: string): boolean =>
  Object.hasOwn(METRICS[metric].measures, measure);
