import { useEffect, useState } from 'react'
import { LoadingIndicator } from '../../components/LoadingIndicator'
import { checkGongwenFonts, type FontStackCheck } from '../documents/font-check'

/**
 * 字体: which of the GB/T 9704 fonts and their fallbacks this machine has, and the font each
 * part of a 公文 prints in here (导出PDF and 打印 print with this machine's fonts; the .docx
 * names the official fonts and shows them wherever they are installed).
 */
export function DocumentFontsPanel() {
  const [checks, setChecks] = useState<FontStackCheck[] | null>(null)
  // Measured after the first paint, so the settings page shows at once.
  useEffect(() => {
    const timer = setTimeout(() => setChecks(checkGongwenFonts()), 0)
    return () => clearTimeout(timer)
  }, [])
  const missing = checks?.filter((check) => !check.officialInstalled) ?? []

  return (
    <section className="document-settings-group document-fonts" aria-labelledby="document-fonts-title">
      <h3 id="document-fonts-title">字体</h3>
      <p className="card-note">导出PDF和打印使用本机安装的字体；缺少规定字体时按下表的替代字体打印。导出的 .docx 仍写明规定字体，在装有该字体的电脑上按规定字体显示。</p>
      {checks === null && <LoadingIndicator text="正在检查本机字体…" />}
      {checks !== null && (
        <>
          <table className="table document-fonts-table">
            <thead>
              <tr>
                <th scope="col">用途</th>
                <th scope="col">规定字体</th>
                <th scope="col">本机</th>
                <th scope="col">本机已有的替代字体</th>
                <th scope="col">打印时使用</th>
              </tr>
            </thead>
            <tbody>
              {checks.map((check) => (
                <tr key={check.role}>
                  <td>{check.use}</td>
                  <td>{check.official}</td>
                  <td className={check.officialInstalled ? 'font-present' : 'font-missing'}>{check.officialInstalled ? '已安装' : '未安装'}</td>
                  <td>{check.installedFallbacks.length > 0 ? check.installedFallbacks.join('、') : '无'}</td>
                  <td>{check.used}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className={missing.length === 0 ? 'document-fonts-summary' : 'document-fonts-summary document-fonts-warning'} role="status">
            {missing.length === 0
              ? '规定字体均已安装，导出PDF和打印与规定一致。'
              : `本机缺少 ${missing.map((check) => check.official).join('、')}。请联系信息化部门安装（通常随办公软件或公文字体包提供），安装后点“重新检查”。`}
          </p>
          <button type="button" className="button button-secondary" onClick={() => setChecks(checkGongwenFonts())}>
            重新检查
          </button>
        </>
      )}
    </section>
  )
}
