import { runImportCommand } from './import-command.js';
import { exitWith, processIo } from './process-io.js';

/** `npm run import -- <plan-document.json> ...`: see runImportCommand. */
exitWith('import', runImportCommand({ argv: process.argv.slice(2), ...processIo }));
