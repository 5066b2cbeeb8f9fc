import { prime } from '../shared/api-client';

/**
 * The answers the server rendered the page with (`<script type="application/json"
 * id="treffpunkt-answers">`, by URL): the element takes them instead of asking again, so its
 * first render is the server's and hydration finds the same markup.
 */
const written = document.getElementById('treffpunkt-answers')?.textContent;
for (const [url, answer] of Object.entries(written ? (JSON.parse(written) as Record<string, unknown>) : {})) prime(url, answer);
