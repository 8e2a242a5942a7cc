import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { appEventNames, channelNames, type YishiApi } from '../../shared/ipc/contract'

// THE only file that touches ipcRenderer. The page gets window.api and nothing else:
// no ipcRenderer, no process, no require, no IpcRendererEvent (whose .sender would
// hand the page ipcRenderer itself).

const channels = new Set<string>(channelNames)
const events = new Set<string>(appEventNames)

const invoke = (channel: unknown, input?: unknown): Promise<unknown> => {
  if (typeof channel !== 'string' || !channels.has(channel)) return Promise.reject(new Error(`未知的调用：${String(channel)}`))
  return ipcRenderer.invoke(channel, input)
}

const on = (event: unknown, listener: unknown): (() => void) => {
  if (typeof event !== 'string' || !events.has(event)) throw new Error(`未知的事件：${String(event)}`)
  if (typeof listener !== 'function') throw new TypeError('listener 必须是函数')
  const forward = (_event: IpcRendererEvent, payload: unknown) => (listener as (payload: unknown) => void)(payload)
  ipcRenderer.on(event, forward)
  return () => {
    ipcRenderer.removeListener(event, forward)
  }
}

// The casts only restate the contract's generic signatures; the checks above are what
// hold at run time, whatever the page passes.
const api: YishiApi = { invoke: invoke as YishiApi['invoke'], on: on as YishiApi['on'] }

contextBridge.exposeInMainWorld('api', api)
