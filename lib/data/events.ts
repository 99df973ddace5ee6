export const EVENT_IDS = ["zhanaozen-2011", "january-2022"] as const;
export type EventId = (typeof EVENT_IDS)[number];

/** An event's name; what happened is told by sourced sentences (content/context.csv) and the ledger, not here. */
export type Event = { id: EventId; name: string };

export const EVENTS: Record<EventId, Event> = {
  "zhanaozen-2011": { id: "zhanaozen-2011", name: "Zhanaozen, December 2011" },
  "january-2022": { id: "january-2022", name: "January 2022 (“Qandy Qantar”)" },
};
