// Where the cluster listens (npm run cluster, the cluster tests, deploy/nginx.conf): all loopback.
export const CLUSTER = {
  redisPort: 6390,
  redisUrl: 'redis://127.0.0.1:6390',
  instancePorts: [3001, 3002],
  frontPort: 8080,
  frontUrl: 'http://localhost:8080',
};
