import type { Metadata } from "next";
import Link from "next/link";
import { METRIC_IDS, METRICS } from "@/lib/metrics";
import { QUALIFIER_IDS, QUALIFIERS, wording } from "@/lib/qualifiers";

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
  return (
    <article className="prose">
      <h1>Methodology</h1>
      <h2>Every figure is a claim</h2>
      <p>
        A row of the data says <em>who</em> states <em>how many</em> of <em>what</em>, <em>when</em>, and <em>where it is written</em>. Each
        row names its source and copies a short passage (3 to 20 words) from it; an automatic check confirms that every passage is in the
        archived copy of its source, that the number is in the passage, and that the wording (“at least”, “more than”, “as many as”) matches.
        Figures we could not tie to a passage are not shown.
      </p>
      <h2>Official and independent</h2>
      <p>
        A figure is <strong>official</strong> when a state body states it — the General Prosecutor’s Office, a ministry, a court, the
        President — including when a news agency or an NGO relays the state’s number (Kazinform relaying the Prosecutor General is an
        official claim; so is Human Rights Watch quoting the Prosecutor’s reply). It is <strong>independent</strong> when an NGO, a monitor,
        a journalist or eyewitnesses state it. Where a news report gives a number without saying whose it is, the report is the claimant,
        and the note says so. Charts tell the two apart by colour <em>and</em> by a label on every bar.
      </p>
      <h2>Bounds, not guesses</h2>
      <p>
        Each figure is an interval of whole numbers, holding only what the words commit to. The dashboard prints the source’s wording, never a
        bare number for a qualified one. In charts the solid part of a bar is what the source commits to, a hatched part is a stated range,
        and an arrow marks a figure with no upper bound.
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
      <h2>Why conflicting figures are not averaged</h2>
      <p>
        The difference between the state’s count and independent counts is the finding, not noise. An eyewitness range of “30 to 70” is
        not 50, and “at least 64” is not 64. Every figure is kept with its date, so the charts show how official counts moved — the January
        2022 toll went from 164 (withdrawn as a “technical glitch”) to 225, 227, 230, 232 and 238 — against independent counts.
      </p>
      <h2>Headlines, ratios and funnels</h2>
      <p>
        A headline is the latest event-wide figure of each side; where two have the same date, the larger. When a side has no figure for
        the main measure, the next one is shown and labelled (for example “detained as participants” for Zhanaozen), never added to another.
        The accountability ratio divides the latest official count of protesters convicted by the latest count of officers convicted or
        imprisoned; with open bounds the ratio is itself a bound. Funnel steps are each the latest figure, official where one exists; they
        come from different dates and documents, so they are not strictly nested.
      </p>
      <h2>What is counted</h2>
      <p>Distinct things are never added up: detentions are not arrests, convictions are not prison terms, torture complaints are not cases in court.</p>
      <dl>
        {METRIC_IDS.map((m) => (
          <div key={m}>
            <dt>
              <Link href={`/metrics/${m}`}>{METRICS[m].name}</Link>
            </dt>
            <dd>
              {Object.entries(METRICS[m].measures).map(([id, label]) => (
                <span key={id} className="measure-def">
                  <code>{id}</code>: {label}.{" "}
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <h2>Known gaps</h2>
      <ul>
        <li>No official list of the Zhanaozen dead exists; independent counts range from 14 to over 150 and use different methods.</li>
        <li>Court verdicts are recorded as reported by the media or NGOs that covered them; the court records themselves are not archived here.</li>
        <li>Several sources are reposts or syndications, or undated; the source list says which.</li>
        <li>Some figures were kept out because the archived text is cut off or its scope unclear; the <Link href="/data">data changelog</Link> lists them.</li>
      </ul>
    </article>
  );
}
