// Preloaded (`node --import ./scripts/build-heap.mjs`) by every process of `npm run build`
// (scripts/build-steps.mjs): Next starts its prerendering workers with the --import of the process
// that starts them, and scripts/build-content.mjs gives it to the check and Contentlayer.
//
// V8 lets a process's heap grow to up to four times what was alive after its last full garbage
// collection before it collects again, and keeps what it grew to. The build's processes make a
// lot of short-lived garbage and hold little: a prerendering worker at 10,000 articles held 111 MB
// alive (a heap snapshot) at 640 MB resident. Here the heap may double before a full collection,
// which follows the archive as it grows, unlike a fixed limit, which a larger archive would hit.
// A flag V8 reads at every collection, so setting it once the process runs is enough; Node refuses
// V8 flags in the NODE_OPTIONS that Next hands its workers, hence the module. By hand at 10,000
// articles (RSS of each step's process tree sampled every 200 ms; default, then this):
//   generate  120.1 s, 1,573 MB → 116.8 s, 1,132 MB (1.5× growth: 134.0 s, 995 MB)
//   Contentlayer alone  100.8–119.0 s, 1,413–1,475 MB → 123.8 s, 1,233 MB
import v8 from 'node:v8';

v8.setFlagsFromString('--heap-growing-percent=100');
