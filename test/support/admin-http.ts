/**
 * The admin as the admin panel drives it over HTTP, for instances in other processes
 * (test/support/cms-instances.ts): the first super admin registered on a new database, its JWT,
 * and the content-manager's routes. A JWT one instance issued is good on every other one.
 */
import { randomBytes } from 'node:crypto';
import type { AdminAnswer, AdminResponse } from './admin-answer';
import { NETWORK, REPORT } from './content';

export interface AdminClient {
  token: string;
  request<Answer = AdminAnswer>(baseUrl: string, method: string, path: string, body?: unknown): Promise<AdminResponse<Answer>>;
}

/** What an admin signs in with. */
export interface AdminLogin {
  email: string;
  password: string;
}

/** A new e-mail address and a password that Strapi's password rules accept. */
export function newAdminLogin(prefix: string): AdminLogin {
  return { email: `${prefix}-${randomBytes(3).toString('hex')}@example.org`, password: `Test-${randomBytes(8).toString('hex')}A1` };
}

/** The first admin of a new database (the panel's "create the first administrator" form). */
export async function registerFirstAdmin(baseUrl: string): Promise<AdminClient & { login: AdminLogin }> {
  const login = newAdminLogin('admin');
  const response = await fetch(`${baseUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ firstname: 'Erste', lastname: 'Admin', ...login }),
  });
  const text = await response.text();
  if (response.status !== 201 && response.status !== 200) throw new Error(`register-admin answered ${response.status}: ${text}`);
  return { ...adminClient(JSON.parse(text).data.token), login };
}

/** Requests with an admin's JWT, as the admin panel sends them. */
export function adminClient(token: string): AdminClient {
  return {
    token,
    async request(url, method, path, body) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const answer = await res.text();
      return { status: res.status, body: answer ? JSON.parse(answer) : null };
    },
  };
}

export const collection = (uid: string) => `/content-manager/collection-types/${uid}`;

export function expectOk<Answer>(what: string, response: AdminResponse<Answer>): Answer {
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The documentId of the network with `slug`, from the content-manager's list. */
export async function networkDocumentId(admin: AdminClient, url: string, slug: string): Promise<string> {
  const list = expectOk('list networks', await admin.request(url, 'GET', `${collection(NETWORK)}?filters[slug][$eq]=${slug}&locale=de`));
  return list.results[0].documentId;
}

/** Writes a report draft of `network` through the content-manager and publishes it, as an editor does. */
export async function publishReport(admin: AdminClient, url: string, data: Record<string, unknown>): Promise<string> {
  const saved = expectOk('save report', await admin.request(url, 'POST', `${collection(REPORT)}?locale=de`, data));
  const documentId = saved.data.documentId as string;
  expectOk('publish report', await admin.request(url, 'POST', `${collection(REPORT)}/${documentId}/actions/publish?locale=de`, {}));
  return documentId;
}

export async function unpublishReport(admin: AdminClient, url: string, documentId: string) {
  expectOk('unpublish report', await admin.request(url, 'POST', `${collection(REPORT)}/${documentId}/actions/unpublish?locale=de`, {}));
}
