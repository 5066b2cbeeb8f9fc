/** What the public API reads of each document beyond its own fields; the preview reads the same. */
export const EVENT_POPULATE = { network: { fields: ['slug', 'name'] }, venue: true, agenda: true, image: true };

/** What a report needs of its event: enough to say when it was, an occurrence of a series included. */
const EVENT_REF_FIELDS = ['slug', 'title', 'start', 'end', 'timeZone', 'recurrence'];

export const REPORT_CARD_POPULATE = {
  network: { fields: ['slug', 'name'] },
  event: { fields: EVENT_REF_FIELDS },
  cover: true,
  tags: true,
};

export const REPORT_FULL_POPULATE = { ...REPORT_CARD_POPULATE, author: true, outcomes: true, gallery: true, contact: true };
