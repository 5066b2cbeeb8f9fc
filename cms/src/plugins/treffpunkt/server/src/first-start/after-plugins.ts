/**
 * First-start work that must wait until every plugin has bootstrapped.
 *
 * Creating a locale makes i18n re-sync the super admin's permissions with every registered action;
 * while another plugin (users-permissions, say) has not yet registered its actions in its own
 * bootstrap, that fails and stops Strapi: so in an app that already has an admin user, our
 * bootstrap must not create locales, nor the demo content that needs them. Strapi has no hook
 * after all plugins' bootstraps, but the admin's bootstrap runs after them (it is a provider,
 * started after the plugins in @strapi/core's Strapi.bootstrap), and its first step that needs
 * every action is creating the default roles (admin::role createRolesIfNoneExist). Extending that
 * service method, Strapi's way of changing another module's service, runs our work right after
 * it and before the admin re-syncs the super admin's permissions, which then include our locales.
 */
import type { Core } from '@strapi/strapi';

export interface RoleService {
  create(attributes: { name: string; code: string; description: string }): Promise<{ id: number }>;
  findOne(params: { code: string }): Promise<{ id: number } | null>;
  addPermissions(roleId: number, permissions: { action: string; subject?: string | null }[]): Promise<unknown>;
  createRolesIfNoneExist(): Promise<void>;
}

export type AfterPluginsTask = (strapi: Core.Strapi, roles: RoleService) => Promise<unknown>;

/** Runs `tasks`, in order, once Strapi's default roles exist (every start: each task decides itself whether it has work). */
export function afterEveryPluginBootstrapped(strapi: Core.Strapi, tasks: AfterPluginsTask[]) {
  strapi.get('services').extend('admin::role', (roleService: RoleService) => ({
    ...roleService,
    async createRolesIfNoneExist() {
      await roleService.createRolesIfNoneExist();
      for (const task of tasks) await task(strapi, roleService);
    },
  }));
}
