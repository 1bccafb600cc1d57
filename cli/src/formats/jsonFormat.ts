/** The machine format: versioned, described by docs/cli-json-schema.json (raise the version on any breaking change). */

import { JSON_SCHEMA_VERSION, type FileReport } from '../report';
import type { Summary } from './summary';

export function formatJson(reports: readonly FileReport[], summary: Summary, tool: { name: string; version: string }, exitCode: number): string {
  return `${JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, tool, exitCode, summary, files: reports }, null, 2)}\n`;
}
