/**
 * What the server asks of the workspace's config files (`certutil-keyspec.json`, `.certutilrc.json`), with no
 * disk access, so the browser build can share it: the Node server's lookup reads the disk (configFiles.ts).
 */

import { configFileNames, type readConfigFileText } from '../../common/configFile';

export interface ConfigFileFound {
  /** The file's URI and path. */
  uri: string;
  path: string;
  /** Its settings (nested), or why it cannot be used. */
  read: ReturnType<typeof readConfigFileText>;
}

/** What the server asks of the config files: the one for a document, and to forget what it read. */
export interface ConfigFileLookup {
  forDocument(documentUri: string): ConfigFileFound | undefined;
  forget(): void;
}

/** The browser build's: a web worker reads no disk, so no config file applies (the settings do). */
export const noConfigFiles: ConfigFileLookup = { forDocument: () => undefined, forget: () => {} };

/** Whether a watched-file change is about a config file. */
export function isConfigFileUri(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf('/') + 1).toLowerCase();
  return (configFileNames as readonly string[]).includes(name);
}
