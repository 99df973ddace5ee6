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
      "killed-classified-as-attackers": "dead whom the authorities classed as attackers",
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
      "administrative-cases": "administrative cases heard by courts",
      "cases-sent-to-court": "criminal cases sent to court",
      charged: "people charged",
      tried: "people tried",
      convicted: "people convicted",
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
      "abuse-cases-opened": "criminal cases opened into abuse of power or torture by officers",
      "death-investigations-opened": "criminal investigations opened into deaths",
      "investigations-closed": "deaths whose investigation was closed without charges",
      "under-investigation": "officers under investigation",
      charged: "officers charged",
      indicted: "officers indicted and awaiting trial",
      "torture-cases-in-court": "torture cases in court",
      convicted: "officers convicted",
      imprisoned: "officers imprisoned",
    },
  },
};

export const isMeasureOf = (metric: MetricId, measure: string): boolean =>
  Object.hasOwn(METRICS[metric].measures, measure);
