/**
 * The questions the widgets ask, each as our public route and as Strapi's standard REST route
 * (the plugin exposes it under /api/treffpunkt/rest) with the filters, sort and populate needed
 * to get the same answer; and the archive's search. The upcoming list has no REST counterpart:
 * Strapi stores a series as one event and cannot list its occurrences; nor has the search: Strapi's
 * filters compare strings, not word forms, and cannot look into rich text.
 */
const NETWORK_FIELDS = ['slug', 'name'];

/** Strapi's bracket syntax (`populate[network][fields][0]=slug`) from a nested object. */
function restQuery(value, prefix = '', out = new URLSearchParams()) {
  if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) restQuery(inner, prefix ? `${prefix}[${key}]` : key, out);
  } else {
    out.append(prefix, String(value));
  }
  return out;
}

/** @param {string} network a network slug; @param {Date} now what "upcoming" is counted from */
export function questions(network, now) {
  return [
    {
      name: 'latest 3 reports',
      ours: `/api/treffpunkt/reports?network=${network}&limit=3`,
      rest: `/api/treffpunkt/rest/reports?${restQuery({
        filters: { network: { slug: { $eq: network } } },
        // Our route's order: publication date, then meeting date, newest first.
        sort: ['publicationDate:desc', 'meetingStart:desc', 'id:desc'],
        pagination: { start: 0, limit: 3 },
        populate: {
          network: { fields: NETWORK_FIELDS },
          event: { fields: ['slug', 'title', 'start', 'end', 'timeZone'] },
          cover: true,
          tags: true,
        },
        status: 'published',
        locale: 'de',
      })}`,
      slugs: (body) => body.data.map((report) => report.slug),
    },
    {
      name: 'next meeting',
      ours: `/api/treffpunkt/events/next?network=${network}`,
      rest: `/api/treffpunkt/rest/events?${restQuery({
        // Not over yet: ends later, or starts later. (Our route also keeps an all-day meeting without an end until the day is over.)
        filters: {
          network: { slug: { $eq: network } },
          $or: [{ end: { $gte: now.toISOString() } }, { start: { $gte: now.toISOString() } }],
        },
        sort: ['start:asc', 'id:asc'],
        pagination: { start: 0, limit: 1 },
        populate: { network: { fields: NETWORK_FIELDS }, venue: true, agenda: true, image: true },
        status: 'published',
        locale: 'de',
      })}`,
      slugs: (body) =>
        [body.data]
          .flat()
          .filter(Boolean)
          .map((event) => event.slug),
    },
    {
      // The archive's search: a German word form ("Treffens" finds "Treffen", "Arbeitstreffen" not), newest first.
      name: 'search "Treffens"',
      ours: `/api/treffpunkt/reports?network=${network}&q=Treffens&limit=10`,
      rest: null,
      slugs: (body) => body.data.map((report) => report.slug),
    },
    {
      name: 'upcoming 5 meetings',
      ours: `/api/treffpunkt/events?network=${network}&limit=5`,
      rest: null,
      slugs: (body) => body.data.map((event) => event.slug),
    },
  ];
}

async function getJson(url, headers) {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

/**
 * Asks both routes once. A failing route would make its figures meaningless, so it throws;
 * different answers are reported, not fatal (the REST filter is close to, not the same as, ours).
 * An empty answer would time nothing worth knowing: it throws too.
 * @returns {Promise<{ ours: string[], rest: string[] | null, same: boolean }>}
 */
export async function compareAnswers(baseUrl, question, restHeaders) {
  const ours = question.slugs(await getJson(baseUrl + question.ours));
  if (ours.length === 0) throw new Error(`GET ${baseUrl + question.ours} answered nothing`);
  if (!question.rest) return { ours, rest: null, same: true };
  const rest = question.slugs(await getJson(baseUrl + question.rest, restHeaders));
  return { ours, rest, same: ours.join() === rest.join() };
}
