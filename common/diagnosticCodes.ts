/** The diagnostic codes the client itself reads (the status bar); rules.ts is the table, a test holds these to it. */
export const keySpecCode = 'keyspec.ksp-nonzero';
