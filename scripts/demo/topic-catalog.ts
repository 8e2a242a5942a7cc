import type { TopicCategory } from '../../shared/meetings/vocabulary'
import type { UnitName } from './units'

// The year's topics for the 常委会, in the order they come up. Titles follow the office's
// form 关于……的汇报/方案/请示/意见; the decision and report texts are built in topic-text.ts.

export interface TopicData {
  subject: string
  kind: '汇报' | '方案' | '请示' | '意见'
  category: TopicCategory
  unit: UnitName
  /** 万元 for 大额度资金使用, 亿元 for 重大项目安排. */
  amount?: number
}

const t = (subject: string, kind: TopicData['kind'], category: TopicCategory, unit: UnitName, amount?: number): TopicData => ({ subject, kind, category, unit, amount })

export const topicCatalog: TopicData[] = [
  t('2025年度全区经济运行情况和2026年经济工作安排', '汇报', 'major_decision', '区发展改革委'),
  t('2026年区委常委会工作要点', '意见', 'general', '区委办公室'),
  t('2025年度党风廉政建设责任制落实情况', '汇报', 'general', '区纪委监委'),
  t('2026年区级重点项目投资计划', '方案', 'major_project', '区发展改革委', 86),
  t('春节期间安全生产和节日市场保供工作', '汇报', 'general', '区应急管理局'),
  t('2026年全区民生实事项目', '方案', 'major_decision', '区民政局'),
  t('拨付2026年春季学期中小学营养改善计划资金', '请示', 'large_fund', '区教育局', 680),
  t('2026年意识形态工作要点', '意见', 'general', '区委宣传部'),
  t('城东快速路建设项目', '请示', 'major_project', '区交通运输局', 12.6),
  t('2026年基层党建工作重点任务', '意见', 'general', '区委组织部'),
  t('高标准农田建设项目资金安排', '请示', 'large_fund', '区农业农村局', 1850),
  t('2026年平安示例区建设工作要点', '意见', 'general', '区委政法委'),
  t('区人民医院新院区建设项目', '请示', 'major_project', '区卫生健康局', 9.8),
  t('一季度全区经济运行情况', '汇报', 'general', '区发展改革委'),
  t('老旧小区改造三年行动计划（2026—2028年）', '方案', 'major_decision', '区住房城乡建设局'),
  t('防汛抗旱工作准备情况', '汇报', 'general', '区水利局'),
  t('区级财政预算调整', '方案', 'major_decision', '区财政局'),
  t('城区污水管网改造工程资金安排', '请示', 'large_fund', '区住房城乡建设局', 3200),
  t('统一战线工作要点和民主党派参政议政情况', '汇报', 'general', '区委统战部'),
  t('优化营商环境三年行动方案', '方案', 'major_decision', '区发展改革委'),
  t('2026年民兵整组和征兵工作', '汇报', 'general', '区人武部'),
  t('在中心城区新建地下商业街项目', '请示', 'major_project', '区住房城乡建设局', 6.5),
  t('区委巡察工作规划（2026—2030年）', '方案', 'general', '区纪委监委'),
  t('上半年全区经济运行情况和下半年工作安排', '汇报', 'major_decision', '区发展改革委'),
  t('义务教育学校新建扩建项目', '请示', 'major_project', '区教育局', 4.2),
  t('困难群众救助资金追加安排', '请示', 'large_fund', '区民政局', 960),
  t('乡村振兴示范村建设', '方案', 'major_decision', '区农业农村局'),
  t('“七一”表彰和党员教育工作安排', '意见', 'general', '区委组织部'),
  t('安全生产专项整治情况', '汇报', 'general', '区应急管理局'),
  t('产业园区标准厂房二期项目', '请示', 'major_project', '区发展改革委', 3.6),
  t('2025年度区级预算执行和其他财政收支审计情况', '汇报', 'general', '区审计局'),
  t('区属国有企业改革深化提升行动方案', '方案', 'major_decision', '区财政局'),
  t('城乡居民医疗保险区级补助资金', '请示', 'large_fund', '区卫生健康局', 1240),
  t('创建全国文明城区工作推进情况', '汇报', 'general', '区委宣传部'),
  t('信访工作和矛盾纠纷排查化解情况', '汇报', 'general', '区委政法委'),
  t('滨江湿地公园改造提升', '方案', 'major_project', '区自然资源局', 2.3),
  t('职工服务阵地建设和困难职工帮扶资金', '请示', 'large_fund', '区总工会', 420),
  t('三季度全区经济运行情况', '汇报', 'general', '区发展改革委'),
  t('2027年区级预算编制原则', '意见', 'major_decision', '区财政局'),
  t('冬春季森林防火和冬季安全生产工作', '汇报', 'general', '区应急管理局'),
  t('区委理论学习中心组2026年学习情况', '汇报', 'general', '区委宣传部'),
  t('农村人居环境整治提升资金安排', '请示', 'large_fund', '区农业农村局', 1560),
  t('国防动员和双拥工作情况', '汇报', 'general', '区人武部'),
  t('年度目标责任制考核办法', '方案', 'major_decision', '区委办公室'),
  t('2026年度区管领导班子和领导干部考核工作', '方案', 'general', '区委组织部'),
  t('保障性租赁住房筹建项目', '请示', 'major_project', '区住房城乡建设局', 5.1),
]

/** Things the committee hears at many meetings (传达学习…): general, proposed by the office. */
export const studySubjects = [
  '传达学习省委全会精神和我区贯彻落实意见',
  '传达学习市委常委会会议精神',
  '传达学习中央经济工作会议精神',
  '传达学习全国两会精神',
  '传达学习省纪委全会精神',
  '传达学习习近平总书记重要讲话精神',
  '传达学习市委全会精神',
  '传达学习全省经济运行调度会议精神',
]

/** Personnel topics: consulted at a 书记专题会议, then decided by the 常委会 two days later. */
export const personnelSubjects = [
  '区发展改革委等3个单位领导班子调整',
  '部分乡镇（街道）党政正职调整',
  '区直部门副职干部交流轮岗',
  '推荐区人大常委会副主任人选',
  '部分事业单位主要负责人任免',
  '年轻干部到乡镇任职挂职',
]
