/** Node entry of the language server: `node dist/server.js --stdio` (or started by the client over IPC). */

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer';
import { WorkspaceHost } from './workspaceHost';

const connection = createConnection(ProposedFeatures.all);
startServer(connection, () => new WorkspaceHost());
