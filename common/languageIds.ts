/** The language ids the service understands (package.json declares them). */
export const languageIds = { dump: 'certutil-dump', inf: 'certutil-inf' } as const;
