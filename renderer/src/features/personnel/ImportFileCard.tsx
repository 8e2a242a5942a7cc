import { showLrmxDate } from '../../../../shared/personnel/lrmx-types'
import type { LrmxPreviewFile } from '../../../../shared/personnel/views'
import { ResumeLines } from './ResumeLines'

export type ImportChoice = 'create' | 'update' | 'skip'

const choiceLabels: Record<ImportChoice, string> = { create: '新建档案', update: '更新已有档案', skip: '跳过' }

/** One previewed file: why it is refused, or the form with its photo, warnings, duplicate and choice. */
export function ImportFileCard({ file, choice, onChoose }: { file: LrmxPreviewFile; choice: ImportChoice; onChoose: (choice: ImportChoice) => void }) {
  const headingId = `import-file-${file.index}`
  if (!file.ok || !file.person) {
    return (
      <section className="import-file import-file-refused" aria-labelledby={headingId}>
        <h3 id={headingId}>{file.fileName}</h3>
        <p role="alert" className="message message-error">
          {file.refusal ?? `${file.fileName}：无法读取`}
        </p>
      </section>
    )
  }
  const person = file.person
  const facts: [string, string][] = [
    ['姓名', person.name],
    ['性别', person.sex],
    ['出生年月', showLrmxDate(person.birth)],
    ['民族', person.ethnicity],
    ['籍贯', person.nativePlace],
    ['入党时间', showLrmxDate(person.partyJoined)],
    ['现任职务', person.currentPost],
    ['拟任职务', person.proposedPost],
    ['拟免职务', person.postToRemove],
    ['身份证号', person.idNumber],
  ]
  return (
    <section className="import-file" aria-labelledby={headingId}>
      <h3 id={headingId}>{file.fileName}</h3>
      <div className="import-file-body">
        {file.photoDataUrl ? <img className="cadre-photo" src={file.photoDataUrl} alt={`${person.name}的照片`} /> : <div className="cadre-photo cadre-photo-none">无照片</div>}
        <dl className="detail-list import-facts">
          {facts.map(([label, value]) => (
            <div key={label} className="import-fact">
              <dt>{label}</dt>
              <dd>{value || '—'}</dd>
            </div>
          ))}
        </dl>
      </div>
      <details className="import-resume" open>
        <summary>简历（{person.resume.length} 条）</summary>
        <ResumeLines lines={person.resume} label={`${file.fileName}的简历`} />
      </details>
      {file.warnings.length > 0 && (
        <ul className="import-warnings" aria-label={`${file.fileName}的提醒`}>
          {file.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {file.existing && (
        <div className="import-existing">
          <p>
            身份证号相同的干部已在专用记录本中：<strong>{file.existing.name}</strong>（{file.existing.currentPost || '现任职务未填'}）。
            {file.differences.length === 0 ? '内容与已有档案完全相同。' : '与已有档案的不同之处：'}
          </p>
          {file.differences.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">项目</th>
                    <th scope="col">已有档案</th>
                    <th scope="col">本文件</th>
                  </tr>
                </thead>
                <tbody>
                  {file.differences.map((difference) => (
                    <tr key={difference.field}>
                      <th scope="row">{difference.label}</th>
                      <td className="cell-pre">{difference.before || '（空）'}</td>
                      <td className="cell-pre">{difference.after || '（空）'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
      <fieldset className="choice-group import-choice">
        <legend>{file.fileName}的导入方式</legend>
        {(['create', 'update', 'skip'] as const).map((option) => {
          const disabled = option === 'update' ? !file.existing : option === 'create' && file.existing !== null
          return (
            <label key={option} className={disabled ? 'choice choice-disabled' : 'choice'}>
              <input type="radio" name={`import-choice-${file.index}`} value={option} checked={choice === option} disabled={disabled} onChange={() => onChoose(option)} />
              {choiceLabels[option]}
            </label>
          )
        })}
        {file.existing && <p className="field-hint">身份证号在专用记录本中唯一，同一身份证号不能另建档案。</p>}
      </fieldset>
    </section>
  )
}
