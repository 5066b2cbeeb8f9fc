/**
 * The plugin's registered services, typed: `treffpunkt(strapi).service('events')` has the
 * type its factory in services/ returns, where `strapi.plugin('treffpunkt').service(…)` is `any`.
 */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from 'treffpunkt-shared/admin-api';
import type services from './services';

type ServiceFactories = typeof services;
type ServiceName = keyof ServiceFactories;
type TreffpunktService<Name extends ServiceName> = ReturnType<ServiceFactories[Name]>;

export function treffpunkt(strapi: Core.Strapi) {
  return {
    service: <Name extends ServiceName>(name: Name) => strapi.plugin(PLUGIN_ID).service(name) as TreffpunktService<Name>,
  };
}
