/** Node entry of the language server: `node dist/server.js --stdio` (or started by the client over IPC). */

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer';

const connection = createConnection(ProposedFeatures.all);
startServer(connection);
