import { Menu, type MenuItemConstructorOptions } from 'electron'
import type { ShellEnv } from './app-origin'

/**
 * A minimal Chinese menu. The 编辑 menu is what makes copy/paste shortcuts work on macOS;
 * reload and devtools exist only while developing.
 */
export function buildAppMenu(env: ShellEnv): Menu {
  const mac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = []
  if (mac) {
    template.push({
      label: '议事录',
      submenu: [
        { role: 'about', label: '关于议事录' },
        { type: 'separator' },
        { role: 'hide', label: '隐藏议事录' },
        { role: 'hideOthers', label: '隐藏其他' },
        { role: 'unhide', label: '全部显示' },
        { type: 'separator' },
        { role: 'quit', label: '退出议事录' },
      ],
    })
  }
  template.push({
    label: '编辑',
    submenu: [
      { role: 'undo', label: '撤销' },
      { role: 'redo', label: '重做' },
      { type: 'separator' },
      { role: 'cut', label: '剪切' },
      { role: 'copy', label: '复制' },
      { role: 'paste', label: '粘贴' },
      { role: 'selectAll', label: '全选' },
    ],
  })
  const view: MenuItemConstructorOptions[] = []
  if (env.devServerUrl) view.push({ role: 'reload', label: '重新加载' })
  if (!env.packaged) view.push({ role: 'toggleDevTools', label: '开发者工具' })
  if (view.length > 0) template.push({ label: '视图', submenu: view })
  template.push({
    label: '窗口',
    submenu: mac
      ? [{ role: 'minimize', label: '最小化' }, { role: 'zoom', label: '缩放' }, { type: 'separator' }, { role: 'front', label: '全部置于顶层' }]
      : [{ role: 'minimize', label: '最小化' }, { role: 'close', label: '关闭' }],
  })
  return Menu.buildFromTemplate(template)
}
