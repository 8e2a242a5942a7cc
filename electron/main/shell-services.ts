import { dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron'
import type { ShellServices } from '../core'
import { currentWindow } from './window'

// Dialogs are modal to the app's window when it exists, so the user sees what asks.

async function openDialog(options: OpenDialogOptions): Promise<string[]> {
  const window = currentWindow()
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? [] : result.filePaths
}

async function saveDialog(options: SaveDialogOptions): Promise<string | null> {
  const window = currentWindow()
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

export const electronShellServices: ShellServices = {
  async pickDirectory({ title, defaultPath }) {
    const [folder] = await openDialog({ title, defaultPath, properties: ['openDirectory', 'createDirectory'] })
    return folder ?? null
  },
  pickSaveFile: ({ title, defaultName, filters }) => saveDialog({ title, defaultPath: defaultName, filters, properties: ['showOverwriteConfirmation'] }),
  pickOpenFiles: ({ title, filters, multiple }) => openDialog({ title, filters, properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'] }),
}
