/** Vite's `?url` imports (the pdf.js worker): the file's URL in the build. */
declare module '*?url' {
  const url: string
  export default url
}
