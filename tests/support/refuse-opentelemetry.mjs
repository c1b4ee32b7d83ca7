// A module resolve hook that makes any import of an @opentelemetry package fail, so that a server started with it
// proves that nothing of OpenTelemetry is loaded (register-refuse-opentelemetry.mjs installs it).
export async function resolve(specifier, context, nextResolve) {
  if (specifier.startsWith('@opentelemetry/')) {
    throw new Error(`OpenTelemetry was loaded: ${specifier}`);
  }
  return nextResolve(specifier, context);
}
