// Runs before `npm start` / `npm run dev`: the Electron binary is downloaded by electron's
// own install step, from outside the npm registry, so it may be missing where downloads are
// blocked. Say so, and what to do, instead of electron's bare "Electron uninstall".
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

function electronBinary() {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
    const pathFile = join(root, 'path.txt')
    if (!existsSync(pathFile)) return null
    const binary = join(root, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(binary) ? binary : null
  } catch {
    return null
  }
}

if (!electronBinary()) {
  console.error(
    [
      '找不到 Electron 程序文件，议事录无法启动。',
      '  · npm install 会自动下载 Electron（下载地址不在 npm 仓库内）。请在能访问下载地址的机器上重新执行 npm install。',
      '  · 如下载被拦截：设置镜像后重装，例如 ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm install electron；',
      '    或手工下载与 node_modules/electron/package.json 版本一致的 electron-v<版本>-<系统>-<架构>.zip，解压到 node_modules/electron/dist/，',
      '    并把可执行文件名（Linux 为 electron，Windows 为 electron.exe）写入 node_modules/electron/path.txt。',
      '',
      'The Electron binary is missing, so the app cannot start.',
      '  · npm install downloads it (from outside the npm registry): run npm install again where that download is allowed.',
      '  · Where it is blocked, set a mirror and reinstall, e.g. ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ npm install electron,',
      '    or download electron-v<version>-<platform>-<arch>.zip matching node_modules/electron/package.json by hand, unzip it into',
      '    node_modules/electron/dist/ and write the executable name (electron on Linux, electron.exe on Windows) into node_modules/electron/path.txt.',
      '',
      'The tests do not need it: npm test runs without Electron (see README).',
    ].join('\n'),
  )
  process.exit(1)
}
