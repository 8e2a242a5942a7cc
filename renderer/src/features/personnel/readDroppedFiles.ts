/** What the sandboxed window can send for a dropped file: its name and bytes (it has no path). */
export interface DroppedFile {
  name: string
  base64: string
}

// The core refuses a file over 5 MB by name; anything past 10 MB is not even read here,
// so one huge file cannot stop the others from being sent.
const maxBytes = 10 * 1024 * 1024

/**
 * The file's bytes as base64, encoded by the browser off the page's thread (a data URL),
 * so ten large forms do not freeze the window while they are read.
 */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => {
      const url = String(reader.result)
      resolve(url.slice(url.indexOf(',') + 1))
    }
    reader.onerror = () => reject(reader.error ?? new Error(file.name))
    reader.readAsDataURL(file)
  })
}

/** Reads the dropped files; those too large to send, or that cannot be read, are named in `refused`. */
export async function readDroppedFiles(files: readonly File[]): Promise<{ files: DroppedFile[]; refused: string[] }> {
  const read: DroppedFile[] = []
  const refused: string[] = []
  for (const file of files) {
    if (file.size > maxBytes) {
      refused.push(`${file.name}：文件超过 10 MB，不是任免审批表，未读取`)
      continue
    }
    try {
      read.push({ name: file.name, base64: await base64Of(file) })
    } catch {
      refused.push(`${file.name}：无法读取该文件（可能已被移走或没有读取权限）`)
    }
  }
  return { files: read, refused }
}
