// ESLint flat config. `.mjs` because package.json has no "type": this file is ESM.
//
// Beyond the usual recommended sets, it enforces the architecture (see DESIGN.md; the
// same rules are checked textually by test/unit/architecture, which also runs where
// lint does not):
//   - electron/core, shared and renderer never import electron;
//   - ipcRenderer / ipcMain appear only in electron/preload/index.ts and electron/main/ipc.ts;
//   - nothing under electron/ or shared/ imports a network module or calls fetch().
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

const ipcFiles = ['electron/preload/index.ts', 'electron/main/ipc.ts']

const networkModules = ['http', 'https', 'http2', 'net', 'tls', 'dgram']
const networkPackages = ['undici', 'node-fetch', 'axios', 'got', 'ws']
const networkModuleNames = [...networkModules, ...networkModules.map((name) => `node:${name}`), ...networkPackages]
const networkSource = `/^(node:)?(${networkModules.join('|')})$|^(${networkPackages.join('|')})$/`
const networkMessage = '议事录离线运行：electron/ 与 shared/ 中不得出现网络模块或 fetch()。'

const electronMessage = 'electron/core、shared 与 renderer 不得依赖 electron（见 DESIGN.md）。'
const ipcMessage = 'ipcRenderer / ipcMain 只允许出现在 electron/preload/index.ts 与 electron/main/ipc.ts。'

/** Every way a module can be pulled in besides a static import (those go to no-restricted-imports). */
function loadSelectors(source, message) {
  return [
    { selector: `CallExpression[callee.name='require'][arguments.0.value=${source}]`, message },
    { selector: `ImportExpression[source.value=${source}]`, message },
    { selector: `TSImportEqualsDeclaration[moduleReference.expression.value=${source}]`, message },
  ]
}

const syntax = {
  ipc: [
    { selector: 'Identifier[name=/^ipc(Renderer|Main)$/]', message: ipcMessage },
    { selector: 'Literal[value=/^ipc(Renderer|Main)$/]', message: ipcMessage },
  ],
  electron: loadSelectors('/^electron(\\u002F.*)?$/', electronMessage),
  network: [
    ...loadSelectors(networkSource, networkMessage),
    { selector: "CallExpression[callee.name='fetch']", message: networkMessage },
    { selector: "CallExpression[callee.property.name='fetch']", message: networkMessage },
  ],
}

const imports = {
  electron: { paths: [{ name: 'electron', message: electronMessage }], patterns: [{ group: ['electron/*'], message: electronMessage }] },
  network: { paths: networkModuleNames.map((name) => ({ name, message: networkMessage })) },
}

/**
 * One config block per group of files. ESLint replaces (does not merge) a rule's options
 * when two blocks match a file, so each block carries the complete list for its files.
 */
function restrictions(files, ignores, { electron = false, network = false, ipc = true }) {
  const selectors = [...(ipc ? syntax.ipc : []), ...(electron ? syntax.electron : []), ...(network ? syntax.network : [])]
  const paths = [...(electron ? imports.electron.paths : []), ...(network ? imports.network.paths : [])]
  const patterns = electron ? imports.electron.patterns : []
  return {
    files,
    ignores,
    rules: {
      'no-restricted-syntax': selectors.length > 0 ? ['error', ...selectors] : 'off',
      'no-restricted-imports': paths.length + patterns.length > 0 ? ['error', { paths, patterns }] : 'off',
    },
  }
}

const source = '**/*.{ts,tsx,mts,cts,js,mjs,cjs}'

export default defineConfig(
  globalIgnores(['out/', 'node_modules/', 'release/', 'dist/', 'test/artifacts/', 'test-results/', 'playwright-report/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  // Globals by where the code runs.
  { files: ['electron/**', 'scripts/**', 'test/**', '*.config.*', 'eslint.config.mjs'], languageOptions: { globals: globals.node } },
  { files: ['electron/preload/**'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  { files: ['shared/**'], languageOptions: { globals: globals['shared-node-browser'] } },
  { files: ['renderer/**'], languageOptions: { globals: globals.browser } },
  // Playwright callbacks run in the page.
  { files: ['test/e2e/**'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },

  { files: ['renderer/**/*.{ts,tsx}'], ...reactHooks.configs.flat.recommended },

  // The architecture: the most specific groups last.
  restrictions([source], [], { ipc: true }),
  restrictions(['electron/main/**', 'electron/preload/**'], ipcFiles, { network: true }),
  restrictions(ipcFiles, [], { network: true, ipc: false }),
  restrictions(['electron/core/**', 'shared/**'], [], { electron: true, network: true }),
  restrictions(['renderer/**'], [], { electron: true }),
)
