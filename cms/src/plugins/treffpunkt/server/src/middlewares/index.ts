/**
 * The plugin's HTTP middlewares. public-access runs for every request (register.ts adds it before
 * Strapi's own); the others are named by the routes they serve (routes/).
 */
import embedFrame from './embed-frame';
import publicAccess from './public-access';
import publicHttp from './public-http';
import publicPage from './public-page';
import publicPost from './public-post';

export default {
  'public-access': publicAccess,
  'public-http': publicHttp,
  'public-post': publicPost,
  'embed-frame': embedFrame,
  'public-page': publicPage,
};
