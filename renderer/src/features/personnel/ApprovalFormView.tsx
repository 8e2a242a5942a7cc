import { showLrmxDate, type LrmxEducation } from '../../../../shared/personnel/lrmx-types'
import type { CadreDetail } from '../../../../shared/personnel/views'
import { ResumeLines } from './ResumeLines'

const value = (text: string) => text || '—'
const educationText = (education: LrmxEducation) => [education.education, education.degree].filter(Boolean).join(' ') || '—'
const schoolText = (education: LrmxEducation) => [education.educationSchool, education.degreeSchool].filter((school, index, all) => school && all.indexOf(school) === index).join('；') || '—'

/** The 干部任免审批表 as the form is laid out on paper: a grid of labels and values, photo at the right. */
export function ApprovalFormView({ cadre }: { cadre: CadreDetail }) {
  const form = cadre.form
  return (
    <section className="approval-form" aria-label={`${cadre.name}的干部任免审批表`}>
      <table className="approval-table">
        <tbody>
          <tr>
            <th scope="row">姓名</th>
            <td>{form.name}</td>
            <th scope="row">性别</th>
            <td>{value(form.sex)}</td>
            <th scope="row">出生年月</th>
            <td>{value(showLrmxDate(form.birth))}</td>
            <td rowSpan={4} className="approval-photo">
              {cadre.photoDataUrl ? <img className="cadre-photo" src={cadre.photoDataUrl} alt={`${cadre.name}的照片`} /> : <div className="cadre-photo cadre-photo-none">无照片</div>}
            </td>
          </tr>
          <tr>
            <th scope="row">民族</th>
            <td>{value(form.ethnicity)}</td>
            <th scope="row">籍贯</th>
            <td>{value(form.nativePlace)}</td>
            <th scope="row">出生地</th>
            <td>{value(form.birthplace)}</td>
          </tr>
          <tr>
            <th scope="row">入党时间</th>
            <td>{value(showLrmxDate(form.partyJoined))}</td>
            <th scope="row">参加工作时间</th>
            <td>{value(showLrmxDate(form.workStarted))}</td>
            <th scope="row">健康状况</th>
            <td>{value(form.health)}</td>
          </tr>
          <tr>
            <th scope="row">专业技术职务</th>
            <td colSpan={2}>{value(form.professionalTitle)}</td>
            <th scope="row">熟悉专业有何专长</th>
            <td colSpan={2}>{value(form.specialty)}</td>
          </tr>
          <tr>
            <th scope="row" rowSpan={2}>
              学历学位
            </th>
            <th scope="row">全日制教育</th>
            <td colSpan={2}>{educationText(form.fullTimeEducation)}</td>
            <th scope="row">毕业院校系及专业</th>
            <td colSpan={2}>{schoolText(form.fullTimeEducation)}</td>
          </tr>
          <tr>
            <th scope="row">在职教育</th>
            <td colSpan={2}>{educationText(form.inServiceEducation)}</td>
            <th scope="row">毕业院校系及专业</th>
            <td colSpan={2}>{schoolText(form.inServiceEducation)}</td>
          </tr>
          {(
            [
              ['现任职务', form.currentPost],
              ['拟任职务', form.proposedPost],
              ['拟免职务', form.postToRemove],
            ] as const
          ).map(([label, text]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td colSpan={6}>{value(text)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">简历</th>
            <td colSpan={6}>
              <ResumeLines lines={form.resume} />
            </td>
          </tr>
          {(
            [
              ['奖惩情况', form.rewardsAndPunishments],
              ['年度考核结果', form.annualAssessment],
              ['任免理由', form.appointmentReasons],
            ] as const
          ).map(([label, text]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td colSpan={6} className="cell-pre">
                {value(text)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4 className="approval-subtitle">家庭主要成员及重要社会关系</h4>
      {form.family.length === 0 ? (
        <p className="card-note">未填写。</p>
      ) : (
        <table className="approval-table approval-family">
          <thead>
            <tr>
              <th scope="col">称谓</th>
              <th scope="col">姓名</th>
              <th scope="col">出生年月</th>
              <th scope="col">政治面貌</th>
              <th scope="col">工作单位及职务</th>
            </tr>
          </thead>
          <tbody>
            {form.family.map((member, index) => (
              <tr key={index}>
                <td>{member.relation}</td>
                <td>{member.name}</td>
                <td>{value(showLrmxDate(member.birth))}</td>
                <td>{value(member.politicalStatus)}</td>
                <td>{value(member.workUnitAndPost)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="detail-list approval-footer">
        <dt>呈报单位</dt>
        <dd>{value(form.reportingUnit)}</dd>
        <dt>填表人</dt>
        <dd>{value(form.filledBy)}</dd>
        <dt>身份证号</dt>
        <dd>
          {value(form.idNumber)}
          {form.idNumber && !cadre.idNumberVerified && <span className="badge badge-warn">校验位不符，不用于查重</span>}
        </dd>
      </dl>
    </section>
  )
}
