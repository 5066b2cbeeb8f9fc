/**
 * Admin users of an instance in another process, as the panel makes them: an administrator
 * invites someone with a role (Settings → Users), the invited person sets a name and password
 * and signs in; and media uploaded to the library, as the panel uploads them.
 */
import sharp from 'sharp';
import { adminClient, expectOk, newAdminLogin, type AdminClient, type AdminLogin } from './admin-http';

export interface AdminPerson extends AdminLogin {
  firstname: string;
  lastname: string;
}

/** Invites a person with the role `roleCode` and accepts the invitation with a password of their own. */
export async function inviteAdminUser(
  admin: AdminClient,
  url: string,
  roleCode: string,
  names: { firstname: string; lastname: string },
): Promise<AdminPerson> {
  const person = { ...names, ...newAdminLogin(roleCode.replace(/\W/g, '')) };
  const roles = expectOk('list roles', await admin.request<{ data: { id: number; code: string }[] }>(url, 'GET', '/admin/roles')).data;
  const role = roles.find((candidate) => candidate.code === roleCode);
  if (!role) throw new Error(`no role ${roleCode}`);
  const invited = expectOk('invite', await admin.request(url, 'POST', '/admin/users', { ...names, email: person.email, roles: [role.id] }));
  const response = await fetch(`${url}/admin/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ registrationToken: invited.data.registrationToken, userInfo: { ...names, password: person.password } }),
  });
  if (response.status !== 200) throw new Error(`accepting the invitation answered ${response.status}: ${await response.text()}`);
  return person;
}

/** Signs in through the admin's login form; fails with Strapi's answer when it refuses. */
export async function signIn(url: string, { email, password }: AdminLogin): Promise<AdminClient> {
  const response = await fetch(`${url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`signing in as ${email} answered ${response.status}: ${text}`);
  return adminClient(JSON.parse(text).data.token);
}

/** A PNG of one colour, uploaded to the media library (Strapi makes its responsive formats). */
export async function uploadImage(admin: AdminClient, url: string, alternativeText: string, colour: string): Promise<{ id: number }> {
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: colour } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'treffen.png');
  form.append('fileInfo', JSON.stringify({ name: 'treffen.png', alternativeText }));
  const response = await fetch(`${url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${admin.token}` }, body: form });
  if (response.status !== 201) throw new Error(`upload answered ${response.status}: ${await response.text()}`);
  const [file] = await response.json();
  return file;
}
