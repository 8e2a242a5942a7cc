import { addDays } from '../../shared/roster/dates'
import type { Stance } from '../../shared/meetings/vocabulary'
import type { DemoRandom } from './random'
import type { TopicData } from './topic-catalog'
import { units } from './units'

// The words of the record: what was reported, said and decided. Built from a few phrases per
// kind of topic, picked by the seeded random sequence.

export const topicTitle = (topic: Pick<TopicData, 'subject' | 'kind'>) => `关于${topic.subject}的${topic.kind}`

const reportPoints: Record<TopicData['category'], string[]> = {
  general: ['总体进展符合预期', '存在的主要问题是基层力量不足', '下一步将细化责任分工', '已征求相关部门意见并作了修改', '建立了月调度、季通报机制'],
  major_decision: ['方案经过专家论证和风险评估', '已向社会公开征求意见', '合法性审查已通过', '明确了分年度目标和保障措施', '测算了财政承受能力'],
  major_project: ['项目已列入市级重点项目库', '资金来源为专项债券、上级补助和区级配套', '用地预审和环评已完成', '计划分两期实施', '已完成可行性研究报告评审'],
  large_fund: ['资金已列入年初预算', '经区财政局评审，安排合理', '将实行专账管理、专款专用', '拨付进度与项目进度挂钩', '绩效目标已同步设定'],
  personnel: ['已经书记专题会议酝酿', '按程序进行了民主推荐和考察', '考察对象无不宜提拔任用情形', '已征求区纪委监委意见', '个人有关事项报告已查核'],
}

export function reportNotes(topic: TopicData, random: DemoRandom): string {
  const presenter = units[topic.unit]?.presenter.split('（')[0] ?? '汇报人'
  const points = reportPoints[topic.category]
  const first = random.pick(points)
  const second = random.pick(points.filter((point) => point !== first))
  const money = topic.amount === undefined ? '' : topic.category === 'major_project' ? `项目估算总投资${topic.amount}亿元。` : `申请资金${topic.amount}万元。`
  return `${presenter}汇报了${topic.subject}的有关情况。${money}${first}；${second}。`
}

export function decisionText(topic: TopicData): string {
  switch (topic.category) {
    case 'general':
      return `会议原则同意${topic.subject}的${topic.kind}。请${topic.unit}根据会议讨论意见修改完善后抓好落实。`
    case 'major_decision':
      return `会议审议通过${topic.subject}的${topic.kind}。请${topic.unit}会同有关部门按分工抓好组织实施，重要情况及时向区委报告。`
    case 'major_project':
      return `会议同意${topic.subject}，估算总投资${topic.amount ?? 0}亿元。请${topic.unit}牵头加快前期工作，严格执行招标投标和工程建设管理规定，区审计局全程跟踪审计。`
    case 'large_fund':
      return `会议同意安排资金${topic.amount ?? 0}万元，用于${topic.subject.replace(/资金(安排)?$/u, '')}。请区财政局按程序及时拨付，${topic.unit}加强资金使用管理和绩效评价。`
    case 'personnel':
      return `会议经无记名投票表决，同意${topic.subject}的建议方案。请区委组织部按程序办理任免手续。`
  }
}

export function responsibleUnits(topic: TopicData): string {
  if (topic.category === 'large_fund') return `区财政局、${topic.unit}`
  if (topic.category === 'personnel') return '区委组织部'
  return topic.unit
}

export function deadlineFor(topic: TopicData, date: string): string | null {
  if (topic.category === 'general') return null
  return addDays(date, topic.category === 'personnel' ? 15 : 90)
}

const suggestions = [
  '建议把责任分解到具体单位和具体人，定期调度',
  '要注意与“十五五”规划相衔接',
  '要加强部门之间的协同配合，避免推诿扯皮',
  '建议进一步听取基层和群众的意见',
  '要把风险评估做在前面，守住安全底线',
  '要严格资金管理，防止挤占挪用',
  '要注意宣传解读，及时回应群众关切',
  '建议明确时间节点，年底前看到成效',
  '要把廉政风险防控嵌入各个环节',
  '要统筹考虑财政承受能力，量力而行',
  '要加强督查督办，确保各项任务落地见效',
  '建议在试点基础上总结经验后再全面推开',
]

const concerns = ['资金来源还不够落实', '前期论证还不够充分', '与周边群众的沟通还不到位', '部分数据需要进一步核实', '实施时序需要再斟酌']

export function speechNotes(stance: Stance, random: DemoRandom): string {
  const first = random.pick(suggestions)
  const second = random.pick(suggestions.filter((item) => item !== first))
  switch (stance) {
    case 'agree':
      return random.chance(0.4) ? `同意。${first}。` : `同意。${first}；${second}。`
    case 'other':
      return `原则同意。但${random.pick(concerns)}，${first}。`
    case 'defer':
      return `建议缓议。${random.pick(concerns)}，请提请单位进一步完善后再提交会议研究。`
    case 'disagree':
      return `不同意。${random.pick(concerns)}，条件还不成熟。`
  }
}

/** The chair speaks last and sums up. */
export function chairSummary(topic: TopicData, leaderName: string, outcome: 'passed' | 'rejected' | 'deferred'): string {
  if (outcome === 'deferred') return `同意大家的意见，这个议题暂缓决定。请${topic.unit}根据大家的意见修改完善，${leaderName}同志把关后再提交常委会研究。`
  if (outcome === 'rejected') return `综合大家的意见，这个项目目前条件还不成熟，不予通过。请${topic.unit}进一步论证。`
  return `同意。${topic.subject}事关全区发展大局，${leaderName}同志要牵头抓总，${topic.unit}要细化方案、压实责任，按时向常委会报告进展。`
}
