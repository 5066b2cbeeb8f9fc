/**
 * An editor in the admin, for tests that go through Strapi's admin HTTP API exactly as the
 * admin panel does (content-manager routes, with the editor's JWT).
 */
import { randomBytes } from 'node:crypto';
import type { AdminAnswer, AdminResponse } from './admin-answer';
import type { Cms } from './cms';

export interface AdminSession {
  userId: number;
  email: string;
  token: string;
  request<Answer = AdminAnswer>(method: string, path: string, body?: unknown): Promise<AdminResponse<Answer>>;
}

/** What the test sets of the admin user's profile (names, admin language). */
export interface AdminProfile {
  firstname?: string;
  lastname?: string;
  preferedLanguage?: 'de' | 'en';
}

const sessions = new Map<string, Promise<AdminSession>>();

export interface AdminCredentials {
  id: number;
  email: string;
  password: string;
}

/**
 * A new admin user with the given role (strapi-super-admin, strapi-editor, strapi-author, …), made
 * through Strapi's admin user service as an installation's admins are, and the password to log in
 * with; `profile.preferedLanguage` as chosen in the profile (the admin panel then speaks it).
 */
export async function createAdminUser(cms: Cms, roleCode: string, profile: AdminProfile = {}): Promise<AdminCredentials> {
  const email = `${roleCode.replace(/\W/g, '')}-${randomBytes(3).toString('hex')}@example.org`;
  const password = `Test-${randomBytes(8).toString('hex')}A1`;
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
  const user = await cms.strapi.service('admin::user').create({
    email,
    firstname: 'Test',
    lastname: roleCode,
    ...profile,
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  return { id: user.id as number, email, password };
}

/** A new admin user with the given role, logged in through the admin's login route. */
export async function newAdminSession(cms: Cms, roleCode: string, profile: AdminProfile = {}): Promise<AdminSession> {
  const { id, email, password } = await createAdminUser(cms, roleCode, profile);
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { data } = await response.json();
  const token = data.token as string;
  return {
    userId: id,
    email,
    token,
    async request(method, path, body) {
      const res = await fetch(`${cms.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
  };
}

/** A logged-in admin with the given role (strapi-super-admin, strapi-editor, strapi-author), one per running CMS and role. */
export function adminSession(cms: Cms, roleCode = 'strapi-super-admin'): Promise<AdminSession> {
  const key = `${cms.url} ${roleCode}`;
  let session = sessions.get(key);
  if (!session) {
    session = newAdminSession(cms, roleCode);
    sessions.set(key, session);
  }
  return session;
}

/** The code of a role without any permission (made on first use), for what a user may not do. */
export async function roleWithoutPermissions(cms: Cms): Promise<string> {
  const code = 'treffpunkt-test-no-permissions';
  const roles = cms.strapi.service('admin::role');
  if (!(await roles.findOne({ code }))) await roles.create({ name: 'Treffpunkt test: no permissions', code, description: 'test' });
  return code;
}
