// Strict lint for all TypeScript; the pure service may not reach the editor, the protocol, the disk or timers.
import tseslint from 'typescript-eslint';

const nodeAndEditor = [
  'vscode',
  'vscode-languageserver',
  'vscode-languageserver/node',
  'vscode-languageclient',
  'fs',
  'path',
  'child_process',
  'os',
  'process',
  'timers',
  'node:fs',
  'node:path',
  'node:child_process',
  'node:os',
  'node:process',
  'node:timers',
];
const servicePatterns = [
  { group: ['vscode-languageserver*', 'vscode-languageclient*', 'node:*'], message: 'The service is pure: no editor, protocol or Node API.' },
  {
    group: ['**/startServer', '**/parseCache', '**/diagnostics', '**/workspaceHost', '**/convert', '**/src/readSettings', '**/documents', '**/client/**'],
    message: 'The service is pure: it never imports the glue.',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', '.vscode-test/**', 'bench/out/**', 'test/register.js', '**/*.mjs', '**/*.js'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['server/src/service/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeAndEditor, patterns: servicePatterns }],
      'no-restricted-globals': ['error', 'process', 'setTimeout', 'setInterval', 'setImmediate', 'require'],
    },
  },
  // The architecture (docs/architecture.md): the client and common/ never reach the server; the service
  // never reaches the glue; the domain tables import no language module.
  {
    files: ['server/src/service/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeAndEditor,
          patterns: [
            ...servicePatterns,
            { group: ['../dump/*', '../inf/*', '../repair/*', '../languageService', '../rules'], message: 'The domain tables import no language module.' },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.ts', 'common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/**', '../server/*', '../../server/*'],
              message: 'The client and common/ import only common/: the server is reached through the protocol.',
            },
          ],
        },
      ],
    },
  },
  // The command line is glue like the server's: it reaches the service only through the façade.
  {
    files: ['cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server/src/service/*', '**/server/src/service/**/*', '!**/server/src/service/languageService'],
              message: 'The command line imports only the façade (server/src/service/languageService).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
