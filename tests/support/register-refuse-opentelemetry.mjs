// For `node --import`: installs refuse-opentelemetry.mjs before the server's first import.
import { register } from 'node:module';

register('./refuse-opentelemetry.mjs', import.meta.url);
