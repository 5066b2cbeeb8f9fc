import publicHttp from './public-http';

export default { 'public-http': publicHttp };
