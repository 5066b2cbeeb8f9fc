/** What the public API reads of each document beyond its own fields; the preview reads the same. */
export const EVENT_POPULATE = { network: { fields: ['slug', 'name'] }, venue: true, agenda: true, image: true };

const EVENT_REF_FIELDS = ['slug', 'title', 'start', 'end', 'timeZone'];

export const REPORT_CARD_POPULATE = {
  network: { fields: ['slug', 'name'] },
  event: { fields: EVENT_REF_FIELDS },
  cover: true,
  tags: true,
};

export const REPORT_FULL_POPULATE = { ...REPORT_CARD_POPULATE, author: true, outcomes: true, gallery: true, contact: true };
