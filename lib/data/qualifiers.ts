import { EN, type Lang } from "../site/i18n";

/**
 * How a source words a number, and which bounds that wording allows.
 * The interval is what the words commit to, nothing more: "at least 15" has no upper bound,
 * "more than 100" starts at 101, "hundreds" starts at 200 and "dozens" at 24.
 */
export type Bounds = { low: number | null; high: number | null };

type Rule = {
  /** Words a source uses for it, lower-case, in any of the archived languages. */
  wordings: readonly string[];
  /** Why a pair of bounds is wrong for this qualifier, or null when it fits. */
  check: (b: Bounds) => string | null;
};

const need = (cond: boolean, why: string) => (cond ? null : why);

const WORD_FLOOR = { hundreds: 200, dozens: 24, thousands: 2000 } as const;

export const QUALIFIERS = {
  exact: {
    wordings: [],
    check: (b) => need(b.low !== null && b.low === b.high, "exact needs value_low = value_high"),
  },
  about: {
    wordings: ["about", "approximately", "some", "around", "roughly"],
    check: (b) => need(b.low !== null && b.low === b.high, "about needs value_low = value_high (the stated figure)"),
  },
  at_least: {
    wordings: ["at least", "по меньшей мере", "co najmniej", "не менее"],
    check: (b) => need(b.low !== null && b.high === null, "at_least needs value_low and an empty value_high"),
  },
  more_than: {
    wordings: ["more than", "over", "понад", "более", "больше", "mehr als"],
    check: (b) =>
      need(b.low !== null && b.low > 0 && b.high === null, "more_than needs value_low = stated figure + 1 and an empty value_high"),
  },
  almost: {
    wordings: ["almost", "nearly", "close to"],
    check: (b) => need(b.low === null && b.high !== null, "almost needs an empty value_low and value_high = the stated figure"),
  },
  up_to: {
    wordings: ["up to", "as many as"],
    check: (b) => need(b.low === null && b.high !== null, "up_to needs an empty value_low and value_high"),
  },
  range: {
    wordings: ["to", "between", "от", "до", "ranging from"],
    check: (b) => need(b.low !== null && b.high !== null && b.low < b.high, "range needs value_low < value_high"),
  },
  dozens: {
    wordings: ["dozens"],
    check: (b) => need(b.low === WORD_FLOOR.dozens && b.high === null, `dozens needs value_low = ${WORD_FLOOR.dozens} and an empty value_high`),
  },
  hundreds: {
    wordings: ["hundreds", "сотни", "mehrere hundert"],
    check: (b) => need(b.low === WORD_FLOOR.hundreds && b.high === null, `hundreds needs value_low = ${WORD_FLOOR.hundreds} and an empty value_high`),
  },
  thousands: {
    wordings: ["thousands"],
    check: (b) => need(b.low === WORD_FLOOR.thousands && b.high === null, `thousands needs value_low = ${WORD_FLOOR.thousands} and an empty value_high`),
  },
} as const satisfies Record<string, Rule>;

export type Qualifier = keyof typeof QUALIFIERS;
export const QUALIFIER_IDS = Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]];

/**
 * The figure in the source's own terms, in the reader's language (the glossary's `term.qualifier`):
 * "at least 15", "more than 1,000", "30 to 70" · "не менее 15", "более 1 000", "от 30 до 70".
 */
export function wording(qualifier: Qualifier, b: Bounds, lang: Lang = EN): string {
  const n = (x: number | null) => lang.count(x ?? 0);
  const stated = qualifier === "more_than" ? (b.low ?? 1) - 1 : qualifier === "almost" || qualifier === "up_to" ? b.high : b.low;
  return lang.t(`term.qualifier.${qualifier}`, { n: n(stated), low: n(b.low), high: n(b.high) });
}

/** The number a source states (the one to find in its passage), e.g. 100 for "more than 100". */
export const statedNumber = (qualifier: Qualifier, b: Bounds): number | null => {
  if (qualifier in WORD_FLOOR) return null;
  if (qualifier === "more_than") return (b.low ?? 1) - 1;
  return b.low ?? b.high;
};
