// Runs before `npm install` (preinstall): the encrypting SQLite build crashes on Node 20,
// so refuse an older Node at once, in Chinese and English, instead of a crash later.
const [major] = process.versions.node.split('.').map(Number)
if (major < 22) {
  console.error(
    [
      `议事录需要 Node.js 22 或更高版本，当前是 ${process.versions.node}。请安装 Node.js 22 后重新执行 npm install。`,
      `Yishi needs Node.js 22 or newer; this is ${process.versions.node}. Install Node.js 22 and run npm install again.`,
    ].join('\n'),
  )
  process.exit(1)
}
