import type { Core } from '@strapi/strapi';
import register from './register';
import bootstrap from './bootstrap';
import config from './config';
import contentTypes from './content-types';
import controllers from './controllers';
import middlewares from './middlewares';
import routes from './routes';
import services from './services';
import { treffpunkt } from './plugin';

const destroy = ({ strapi }: { strapi: Core.Strapi }) => treffpunkt(strapi).service('instance').leave();

export default { register, bootstrap, destroy, config, contentTypes, controllers, middlewares, routes, services };
