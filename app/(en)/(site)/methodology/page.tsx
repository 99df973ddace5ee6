import type { Metadata } from "next";
import Link from "next/link";
import { RATIO_PAIRS } from "@/lib/ledger/accountability";
import { HEADLINE_MEASURES } from "@/lib/ledger/headline";
import { getDataset } from "@/lib/data/dataset";
import { EVENT_IDS, EVENTS } from "@/lib/data/events";
import { measureCoverage, officialTolls } from "@/lib/pages/methodology";
import { METRIC_IDS, METRICS } from "@/lib/data/metrics";
import { QUALIFIER_IDS, QUALIFIERS, wording } from "@/lib/data/qualifiers";
import { SCOPE_IDS, SCOPE_NAMES, SCOPES } from "@/lib/data/reports";

export const metadata: Metadata = {
  title: "Methodology",
  description: "How figures are sourced, what counts as official or independent, how bounds are drawn and why conflicting figures are not averaged.",
};

const EXAMPLES: Record<string, { low: number | null; high: number | null; source: string }> = {
  exact: { low: 238, high: 238, source: "238 people died" },
  about: { low: 9900, high: 9900, source: "some 9,900 people are in detention" },
  at_least: { low: 15, high: null, source: "At least 15 people were killed" },
  more_than: { low: 101, high: null, source: "more than 100 seriously injured" },
  almost: { low: null, high: 10000, source: "almost 10,000 people have been arrested" },
  up_to: { low: null, high: 700, source: "as many as 700 individuals detained" },
  range: { low: 30, high: 70, source: "от 30 до 70 (from 30 to 70)" },
  dozens: { low: 24, high: null, source: "wounding dozens" },
  hundreds: { low: 200, high: null, source: "hundreds were seriously wounded" },
  thousands: { low: 2000, high: null, source: "Thousands of people were detained" },
};

const show = (n: number | null) => (n === null ? "(open)" : n.toLocaleString("en-GB"));

export default function MethodologyPage() {
  const dataset = getDataset();
  return (
    <article className="prose">
      <h1>Methodology</h1>
      <h2>Statements and reports</h2>
      <p>
        Every figure is a <strong>statement</strong>: <em>who</em> said <em>how many</em> of <em>what</em>, <em>when</em>. Each statement is
        carried by one or more <strong>reports</strong>: documents where we read it, each with a short passage (3 to 20 words) copied from an
        archived copy of the document. When five outlets relay the Prosecutor General’s figure, that is one statement with five reports: charts,
        tables and ratios count it once and list every report as a source. An automatic check confirms, for every report, that the passage is
        in the archived text, that the number is in the passage and that the wording (“at least”, “more than”, “as many as”) matches. The
        archived texts are part of the project and can be read at the “archived copy” links on the <Link href="/sources">sources page</Link>.
      </p>
      <h2>Official and independent</h2>
      <p>
        A figure is <strong>official</strong> when a state body states it — the General Prosecutor’s Office, a ministry, a court, the
        President — including when a news agency or an NGO relays the state’s number; the claimant is then the state body as the source names
        it, or “state body not named in the source”. <strong>A court is a state body</strong>: a verdict is an official statement, claimed by the
        court, and what NGOs and media write of it are reports of that statement. It is <strong>independent</strong> when an NGO, a monitor, a
        journalist or eyewitnesses state it themselves. A relay that repeats a figure the state had already given, without saying when, is a
        report of that earlier statement, not a new one. Charts tell the two sides apart by colour <em>and</em> by a label on every mark.
      </p>
      <h2 id="scope">What a figure counts</h2>
      <p>Every statement says what it counts, and only like is compared with like:</p>
      <ul>
        {SCOPE_IDS.map((scope) => (
          <li key={scope}>
            <strong>{SCOPE_NAMES[scope]}</strong>: {SCOPES[scope]}.
          </li>
        ))}
      </ul>
      <p>
        Only totals stand as a side’s headline, enter a ratio or a funnel stage, are called “the latest”, or are narrated as a change (“went from
        … to …”). The other kinds are drawn in the charts and listed in the tables under their own label — “221 identified by name”, “Aktau
        trial of 37” — and named beside the headline figures, never set against them. Where a side has published no total, the page says so and
        shows what that side does have, labelled.
      </p>
      <h2 id="dates">When a figure was stated</h2>
      <p>
        A statement’s date is when it was made, never the date of a later article that relays it. Each date says how it is known: <em>stated</em>{" "}
        (the source’s own words date it; those words are checked against the archived text like the passage), the date of a <em>first-hand</em>{" "}
        report (the claimant’s own release, or a report of a statement made the day it was published), or <em>approximate</em> (shown as
        “about”). A statement no source dates is kept and shown as undated, but it is never “the latest”. A month-only or year-only date is
        never read as a day.
      </p>
      <p>
        Some sources survive in the archive only as the short passages that locate their figures, not as full text. Their figures are shown,
        marked “passage only”: what they count and when they were said cannot be checked, so they are never a headline or a ratio term.
      </p>
      <h2 id="named-cases">Named cases, and our own tally</h2>
      <p>
        The named cases are one row per proceeding — a trial of one or more defendants, with any appeal counted under the trial it reviews —
        each with every source that reports it, so that counting rows counts proceedings. From them the event pages give this project’s own
        tally (“officers convicted in the named cases documented here”), with the date of the latest verdict it includes. It is labelled as
        ours: it is neither an official nor an independent figure, it is only as complete as the cases we could document, and it is never
        added to either side.
      </p>
      <h2>Bounds, not guesses</h2>
      <p>
        Each figure is an interval of whole numbers, holding only what the words commit to. The dashboard prints the source’s wording, never a
        bare number for a qualified one. Vague quantities are open ranges labelled in words: “hundreds” is at least 200 with no upper bound.
      </p>
      <table>
        <caption>How wording becomes bounds</caption>
        <thead>
          <tr>
            <th scope="col">Qualifier</th>
            <th scope="col">Source says</th>
            <th scope="col">Lower bound</th>
            <th scope="col">Upper bound</th>
            <th scope="col">Shown as</th>
          </tr>
        </thead>
        <tbody>
          {QUALIFIER_IDS.map((q) => {
            const ex = EXAMPLES[q]!;
            return (
              <tr key={q}>
                <td><code>{q}</code></td>
                <td>“{ex.source}”</td>
                <td>{show(ex.low)}</td>
                <td>{show(ex.high)}</td>
                <td>{wording(q, ex)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>Words a qualifier accepts: {QUALIFIER_IDS.filter((q) => QUALIFIERS[q].wordings.length).map((q) => `${q}: ${QUALIFIERS[q].wordings.join(", ")}`).join("; ")}.</p>
      <h2 id="headline-rule">The headline rule</h2>
      <p>
        Wherever the site shows one figure for a side — in a headline table, a key figure, a ratio, a funnel stage, a caption or a preview — it
        is picked by one rule, in one place in the code (<code>lib/ledger/headline.ts</code>):
      </p>
      <ol>
        <li>Only the side’s <strong>totals</strong> of the measure for the whole event, dated, from a source whose archive holds more than the passage.</li>
        <li>Among them, the <strong>latest</strong> by the date it was stated. A month-only or year-only date counts from the start of its month or year, so a statement dated to the day later in that month wins over it.</li>
        <li>On the same date, the <strong>more definite</strong> wording: an exact figure before “about”, a range, “at least”, “more than”, “almost”, “up to”, and vague quantities last.</li>
        <li>Still tied: the larger lower bound, then the smaller upper bound — the narrower commitment.</li>
        <li>Still tied: the statement’s identifier, so that the pick never depends on the order of rows in a file.</li>
      </ol>
      <p>Each metric’s headline counts its main measure; when a side has published nothing for it, the table says so and shows that side’s figure for the next measure, labelled as such:</p>
      <ul>
        {METRIC_IDS.map((m) => (
          <li key={m}>
            {METRICS[m].name}: {HEADLINE_MEASURES[m].map((x) => METRICS[m].measures[x]).join(", then ")}.
          </li>
        ))}
      </ul>
      <h2>Ratios and funnels</h2>
      <p>
        A ratio compares like with like — {RATIO_PAIRS.map((p) => `${p.numerator.noun} with ${p.denominator.noun}`).join("; ")} — and divides one
        side’s figure by the same side’s: the official ratio and the independent ratio are shown side by side, never an official figure over an
        independent one. Both figures of every ratio are in the headline table of the event page. With an open bound the ratio is itself a bound
        (“at least 200 to 1”). Funnels count people, in process order, with each side’s figure per stage; a stage with no figure says so.
        Stages come from different dates and documents, so they are not strictly nested.
      </p>
      <h2>How the official death toll moved</h2>
      <p>Every official statement of the number killed, oldest first, as the ledger holds it:</p>
      {EVENT_IDS.map((e) => (
        <p key={e} data-testid={`tolls-${e}`}>
          <strong>{EVENTS[e].name}:</strong>{" "}
          {officialTolls(dataset, e)
            .map((t) => `${t.wording} (${t.claimedBy}, ${t.asOf})`)
            .join("; ")}
          .
        </p>
      ))}
      <h2>What is counted</h2>
      <p>
        Distinct things are never added up: detentions are not arrests, convictions are not prison terms, torture complaints are not cases in
        court, and a count that covers only part of the whole (only the cases the police investigated) is its own measure. The number of
        statements for each measure, Zhanaozen 2011 / January 2022:
      </p>
      <dl>
        {METRIC_IDS.map((m) => (
          <div key={m}>
            <dt>
              <Link href={`/metrics/${m}`}>{METRICS[m].name}</Link>
            </dt>
            <dd>
              <ul className="measure-list">
                {measureCoverage(dataset, m).map((c) => (
                  <li key={c.measure}>
                    <code>{c.measure}</code>: {c.description} — {c.statements["zhanaozen-2011"]} / {c.statements["january-2022"]}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
      <h2>Known gaps</h2>
      <ul>
        <li>Court verdicts are official statements, recorded as reported by the media or NGOs that covered them; the court records themselves are not archived here.</li>
        <li>Several sources survive only as reposts or syndications, and some are undated; the sources page says which.</li>
        <li>Some figures were kept out because the archived text is cut off or its scope is unclear; the <Link href="/data">data changelog</Link> lists them.</li>
      </ul>
      <h2>Editorial rules</h2>
      <p>
        Every sentence on the site is either generated from the ledger or carries a link to the archived passage that supports it; contested
        claims are attributed to their speaker. The rules and the house vocabulary are in the <a href="/editorial.md">editorial guide</a>.
      </p>
    </article>
  );
}
