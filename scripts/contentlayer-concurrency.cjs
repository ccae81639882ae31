// Preloaded into `contentlayer2 build` by scripts/build-content.mjs, and into nothing else.
// Contentlayer works on as many documents at once as os.cpus() reports
// (@contentlayer2/source-files, fetchData/fetchAllDocuments.js). Each document spends much of its
// time waiting for esbuild, which runs as a separate process, so with two documents in flight on
// a 2-core machine the main thread sat idle a fifth of the time. Reporting at least six CPUs keeps
// it busy: 1,000 articles in about 18 s instead of 22–24 s (bench/README.md).
const os = require('node:os');

const AT_LEAST = 6;
const realCpus = os.cpus;
os.cpus = () => {
  const cpus = realCpus();
  return cpus.length >= AT_LEAST || cpus.length === 0 ? cpus : Array.from({ length: AT_LEAST }, (_, index) => cpus[index % cpus.length]);
};
