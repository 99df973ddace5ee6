export const EVENT_IDS = ["zhanaozen-2011", "january-2022"] as const;
export type EventId = (typeof EVENT_IDS)[number];

export type Event = {
  id: EventId;
  name: string;
  dates: string;
  summary: string;
};

export const EVENTS: Record<EventId, Event> = {
  "zhanaozen-2011": {
    id: "zhanaozen-2011",
    name: "Zhanaozen, December 2011",
    dates: "16–17 December 2011",
    summary:
      "Police fired on striking oil workers and townspeople in Zhanaozen (Mangistau region) on Independence Day, and on protesters in Shetpe the next day. Mass detentions and torture in police cells followed; 37 people were tried in Aktau, five senior officers were convicted.",
  },
  "january-2022": {
    id: "january-2022",
    name: "January 2022 (“Qandy Qantar”)",
    dates: "2–11 January 2022",
    summary:
      "Fuel-price protests spread across Kazakhstan and turned to unrest; security forces were ordered to shoot without warning. Thousands were detained, more than a thousand convicted, and almost no officers held to account.",
  },
};
