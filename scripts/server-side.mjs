// Preloaded (`node --import tsx --import ./scripts/server-side.mjs`) by the build scripts that run
// the server's own modules (scripts/build-snapshot.ts reads lib/content/). Such a script is the
// server, so `import 'server-only'` resolves as Next resolves it there: through the package's own
// react-server export condition, to its empty module. Nothing else is resolved differently.
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, next) {
  return next(specifier, specifier === 'server-only' ? { ...context, conditions: [...context.conditions, 'react-server'] } : context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
