"use client";
import { createContext, type KeyboardEvent, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { choices, type ExplorerData, type ExplorerMark, type ExplorerView, findView, fromQuery, resolve, type Selection, toQuery } from "@/lib/pages/explorer-state";

/**
 * The explorer (/explore): the only page that runs code of ours in React, and the only one that
 * loads Recharts. Everything it shows comes formatted from the server (lib/pages/explorer.ts, read
 * from the page's data.json), since Chromium has no Kazakh number or date formatting: nothing is
 * formatted here. Its state lives in the URL query; a control pushes a history entry, opening a
 * card replaces the current one, and back and forward read it again.
 */
export function Explorer({ src }: { src: string }) {
  const [data, setData] = useState<ExplorerData | null>(null);
  // null until the URL has been read: the server cannot know the query of a prerendered page.
  const [sel, setSel] = useState<Selection | null>(null);
  useEffect(() => {
    let live = true;
    // Should it fail, the page still says what it is and links to the gallery.
    fetch(src)
      .then((r) => (r.ok ? (r.json() as Promise<ExplorerData>) : null))
      .then((d) => live && d && setData(d))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [src]);
  useEffect(() => {
    if (!data) return;
    const read = () => setSel(fromQuery(data, window.location.search));
    read();
    window.addEventListener("popstate", read);
    return () => window.removeEventListener("popstate", read);
  }, [data]);
  if (!data || !sel) return null;
  const view = findView(data, sel)!;
  const go = (next: Selection, how: "push" | "replace") => {
    setSel(next);
    window.history[how === "push" ? "pushState" : "replaceState"](null, "", `${window.location.pathname}${toQuery(next)}`);
  };
  const choose = (key: keyof Omit<Selection, "mark">, value: string) => go(resolve(data, { ...sel, [key]: value, mark: null }), "push");
  const open = (id: string | null) => id !== sel.mark && go({ ...sel, mark: id }, "replace");
  const label = (key: "event" | "metric" | "place" | "claimant", value: string) => data.labels[key].find((o) => o.value === value)?.label ?? value;
  const measureLabel = (value: string) => data.labels.measure[sel.metric]?.find((o) => o.value === value)?.label ?? value;
  const summaries = view.event === "both" ? view.charts.map((c) => ({ event: c.event, text: findView(data, { ...sel, event: c.event })!.summary })) : [{ event: null, text: view.summary }];
  const mark = sel.mark ? data.marks[sel.mark] : undefined;

  return (
    <div className="explorer">
      <fieldset className="explore-controls">
        <legend>{data.words.controls}</legend>
        {(["event", "metric", "measure", "place", "claimant"] as const).map((key) => (
          <label key={key}>
            <span>{data.words[key]}</span>
            <select name={key} value={sel[key]} onChange={(e) => choose(key, e.target.value)}>
              {choices(data, sel, key).map((v) => (
                <option key={v} value={v}>
                  {key === "measure" ? measureLabel(v) : label(key, v)}
                </option>
              ))}
            </select>
          </label>
        ))}
      </fieldset>
      <div className="explore-chart">
        <h2>{view.title}</h2>
        {summaries.map((s) => (
          <p key={s.event ?? "one"} className="takeaway">
            {s.event && <b>{label("event", s.event)}: </b>}
            {s.text}
          </p>
        ))}
        <p className="explore-keys">{data.words.keys}</p>
        <MarksChart view={view} data={data} both={view.event === "both"} selected={sel.mark} onOpen={open} />
        <p className="explore-citable">
          {data.words.citable}:{" "}
          {view.charts.map((c, i) => (
            <span key={c.href}>
              {i > 0 && " · "}
              <a href={c.href} data-citable="">{label("event", c.event)}</a>
            </span>
          ))}
        </p>
      </div>
      <Card data={data} mark={mark} onClose={() => open(null)} />
    </div>
  );
}

const FONT = 13;
const LINE = 16;
const BAR = 16;
const GAP = 12;
const COLOUR = { official: "#0072b2", independent: "#d55e00" } as const;
/** The side's tag in text: the lighter orange fails contrast as text on white, as in the static charts. */
const TAG_COLOUR = { official: "#0072b2", independent: "#b34a00" } as const;

/** Words in lines no wider than `width` px. */
function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current!;
    const observer = new ResizeObserver(() => setWidth(Math.floor(el.getBoundingClientRect().width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

type Row = { id: string; extent: number; mark: ExplorerMark; lines: string[] };
type Marks = { band: number; width: number; selected: string | null; onOpen: (id: string | null) => void; onKeyDown: (e: KeyboardEvent<SVGGElement>, index: number) => void };
/**
 * What each mark needs besides its geometry. Recharts draws a mark anew (losing its keyboard focus)
 * whenever any of its own props changes, so the chart's props stay the same while a card opens, and
 * the marks read what changes (which one is open, the handlers) from here.
 */
const MarksContext = createContext<Marks | null>(null);

type ShapeProps = { x: number; y: number; width: number; index: number; payload?: Row };
/** Recharts' `shape` of each bar: a stable function, so that it never counts as a changed prop. */
const renderMark = (p: ShapeProps) => <Mark key={p.index} {...p} />;

/** One statement: its label above its bar, its figure after it; a button that opens its card on tap, hover, focus or Enter. */
function Mark({ x, y, width: barWidth, index, payload: row }: ShapeProps) {
  const { band, width, selected, onOpen, onKeyDown } = useContext(MarksContext)!;
  // The row Recharts draws (its store may still hold the previous view's rows for one render).
  if (!row) return null;
  const m = row.mark;
  const barY = y + row.lines.length * LINE + 4;
  const certainW = m.extent ? (barWidth * m.certain) / m.extent : 0;
  const end = x + barWidth;
  return (
    <g
      data-figure-id={m.id}
      data-claimant={m.claimant}
      className={`explore-mark${selected === m.id ? " is-open" : ""}`}
      tabIndex={0}
      role="button"
      aria-pressed={selected === m.id}
      aria-label={m.ariaLabel}
      onClick={() => onOpen(m.id)}
      onFocus={() => onOpen(m.id)}
      onMouseEnter={() => onOpen(m.id)}
      onKeyDown={(e) => onKeyDown(e, index)}
    >
      {/* The whole row answers a tap, not only the bar: short bars are small targets. */}
      <rect className="explore-hit" x={0} y={y + 1} width={width} height={band - 2} rx={4} />
      <text x={x} y={y + FONT} fontSize={FONT} fill="#1a1a1a">
        {row.lines.map((l, i) => (
          <tspan key={i} x={x} dy={i ? LINE : 0}>
            {i === 0 ? (
              <>
                <tspan fill={TAG_COLOUR[m.claimant]} fontWeight={700}>{m.tag}</tspan>
                {l.slice(m.tag.length)}
              </>
            ) : (
              l
            )}
          </tspan>
        ))}
      </text>
      {/* What the source commits to is solid; the rest of a stated range is pale. */}
      <rect x={x} y={barY} width={Math.max(certainW, 1)} height={BAR} fill={COLOUR[m.claimant]} />
      {barWidth > certainW && <rect x={x + certainW} y={barY} width={barWidth - certainW} height={BAR} fill={COLOUR[m.claimant]} fillOpacity={0.3} />}
      {m.openEnded && <path d={`M${end + 2},${barY} l10,${BAR / 2} l-10,${BAR / 2} z`} fill={COLOUR[m.claimant]} />}
      <text x={end + (m.openEnded ? 16 : 4)} y={barY + BAR - 3} fontSize={FONT} fontWeight={700} fill="#1a1a1a">
        {m.wording}
      </text>
    </g>
  );
}

/** Text widths in the page's font, measured by the browser (a canvas measures text without drawing it). */
function textMeasure(): (s: string, bold?: boolean) => number {
  const ctx = document.createElement("canvas").getContext("2d");
  const family = getComputedStyle(document.documentElement).fontFamily;
  return (s, bold = false) => {
    if (!ctx) return s.length * FONT * 0.62;
    ctx.font = `${bold ? 700 : 400} ${FONT}px ${family}`;
    return ctx.measureText(s).width;
  };
}

/** One bar per statement, on a value axis whose ticks the server labelled. */
function MarksChart({ view, data, both, selected, onOpen }: { view: ExplorerView; data: ExplorerData; both: boolean; selected: string | null; onOpen: (id: string | null) => void }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [measure] = useState(textMeasure);
  // Everything Recharts receives changes only with the view or the width (see MarksContext).
  const chart = useMemo(() => {
    const marks = view.marks.map((id) => data.marks[id]!);
    const labelOf = (m: ExplorerMark) => `${m.tag} ${both ? `${m.eventName} · ` : ""}${m.label}`;
    // The first line starts with the side's tag in bold, which is wider than measured in the regular weight.
    const rows: Row[] = marks.map((m) => ({ id: m.id, extent: m.extent, mark: m, lines: wrap(labelOf(m), width - 8 - (measure(m.tag, true) - measure(m.tag)), (s) => measure(s)) }));
    const band = Math.max(...rows.map((r) => r.lines.length)) * LINE + BAR + GAP;
    // Room after the longest bar for its figure ("more than 200") and an open end's arrow.
    const valueRoom = Math.ceil(Math.max(...marks.map((m) => measure(m.wording, true) + (m.openEnded ? 14 : 0)))) + 10;
    const tickLabel = new Map(view.ticks.map((t) => [t.value, t.label]));
    return {
      rows,
      band,
      margin: { top: 0, right: valueRoom, bottom: 0, left: 4 },
      domain: [0, view.ticks[view.ticks.length - 1]!.value] as [number, number],
      ticks: view.ticks.map((t) => t.value),
      tickFormatter: (v: number) => tickLabel.get(v) ?? "",
    };
  }, [view, data, both, width, measure]);

  const onKeyDown = (e: KeyboardEvent<SVGGElement>, index: number) => {
    const all = [...(ref.current?.querySelectorAll<SVGGElement>("g[data-figure-id]") ?? [])];
    const to = { ArrowDown: index + 1, ArrowRight: index + 1, ArrowUp: index - 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 }[e.key];
    if (to !== undefined) {
      e.preventDefault();
      all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onOpen(all[index]?.dataset.figureId ?? null);
    } else if (e.key === "Escape") onOpen(null);
  };

  return (
    <div ref={ref} className="explore-plot" role="group" aria-label={data.words.chart}>
      {width > 0 && (
        <MarksContext.Provider value={{ band: chart.band, width, selected, onOpen, onKeyDown }}>
          <BarChart
            width={width}
            height={chart.rows.length * chart.band + 28}
            data={chart.rows}
            layout="vertical"
            margin={chart.margin}
            barCategoryGap={0}
            // Our marks are the keyboard's stops; Recharts' own (one stop for the whole chart) would be a second, silent one.
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#d9d9d9" />
            <XAxis type="number" dataKey="extent" domain={chart.domain} ticks={chart.ticks} tickFormatter={chart.tickFormatter} tick={TICK} />
            <YAxis type="category" dataKey="id" hide />
            <Bar dataKey="extent" barSize={chart.band} isAnimationActive={false} shape={renderMark} />
          </BarChart>
        </MarksContext.Provider>
      )}
    </div>
  );
}

const TICK = { fontSize: 12, fill: "#555" };

/** The open statement: its figure as published, who stated it and when, what it counts, and every report. */
function Card({ data, mark, onClose }: { data: ExplorerData; mark: ExplorerMark | undefined; onClose: () => void }) {
  const w = data.words;
  return (
    <section className={`explore-card${mark ? " is-open" : ""}`} aria-live="polite" aria-label={w.card}>
      {!mark ? (
        <p className="explore-choose">{w.choose}</p>
      ) : (
        <>
          <div className="explore-card-head">
            <p className="explore-card-tag">
              <span className={`tag tag--${mark.claimant}`}>{mark.tag}</span> {mark.eventName}
              {mark.placeName && ` · ${mark.placeName}`}
            </p>
            <button type="button" onClick={onClose} className="explore-close">
              {w.close}
            </button>
          </div>
          <h2 className="explore-card-title">
            <span className="explore-wording">{mark.wording}</span> {mark.measure}
          </h2>
          <dl>
            <dt>{w.claimedBy}</dt>
            <dd className="explore-claimant">{mark.claimedBy}</dd>
            <dt>{w.date}</dt>
            <dd>
              {mark.date}
              {mark.dateBasis && <span className="note">{data.basis[mark.dateBasis]}</span>}
            </dd>
            <dt>{w.kind}</dt>
            <dd>
              {mark.kind}
              {mark.notCompared && <span className="note">{data.notCompared[mark.notCompared]}</span>}
            </dd>
          </dl>
          {mark.note && <p className="note">{mark.note}</p>}
          <h3>{w.reports}</h3>
          <ul className="explore-reports">
            {mark.reports.map((r) => (
              <li key={r.archive + r.passage}>
                <span className="explore-publisher">{r.publisher}</span>: <cite>{r.title}</cite>
                <q className="passage" lang={r.language}>{r.passage}</q>
                {r.passageUrl && (
                  <a href={r.passageUrl} rel="noopener" data-kind="source">
                    {w.source}
                  </a>
                )}
                {r.passageUrl && " · "}
                <a href={r.archive} data-kind="archive">
                  {w.archive}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
