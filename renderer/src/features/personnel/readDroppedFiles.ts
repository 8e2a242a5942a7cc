/** What the sandboxed window can send for a dropped file: its name and bytes (it has no path). */
export interface DroppedFile {
  name: string
  base64: string
}

// The core refuses a file over 5 MB by name; anything past 10 MB is not even read here,
// so one huge file cannot stop the others from being sent.
const maxBytes = 10 * 1024 * 1024

function base64Of(bytes: Uint8Array): string {
  let binary = ''
  // In chunks: String.fromCharCode with millions of arguments overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  return btoa(binary)
}

/** Reads the dropped files; those too large to send are named in `refused`. */
export async function readDroppedFiles(files: readonly File[]): Promise<{ files: DroppedFile[]; refused: string[] }> {
  const read: DroppedFile[] = []
  const refused: string[] = []
  for (const file of files) {
    if (file.size > maxBytes) refused.push(`${file.name}：文件超过 10 MB，不是任免审批表，未读取`)
    else read.push({ name: file.name, base64: base64Of(new Uint8Array(await file.arrayBuffer())) })
  }
  return { files: read, refused }
}
