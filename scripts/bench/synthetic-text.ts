import type { DemoRandom } from '../demo/random'

// The words of the synthetic 30-year vault: names, units and phrases picked by a seeded
// sequence, so every build writes the same records and the searches find the same hits.

const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const givenChars = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯健俊峰帆海燕雪梅林彬波亮晨欣怡佳琳悦晓东立新振华春晖'

/** A Chinese name of two or three characters (most are two: the short search path). */
export function personName(random: DemoRandom): string {
  const surname = random.pick([...surnames])
  const given = random.chance(0.55) ? random.pick([...givenChars]) : random.pick([...givenChars]) + random.pick([...givenChars])
  return surname + given
}

export const units = [
  '区发展改革委', '区财政局', '区教育局', '区卫生健康局', '区住房城乡建设局', '区自然资源局', '区交通运输局', '区农业农村局',
  '区生态环境局', '区商务局', '区民政局', '区人力资源社会保障局', '区应急管理局', '区文化旅游体育局', '区市场监管局', '区审计局',
  '区委组织部', '区委宣传部', '区委政法委', '区委统战部', '区委编办', '区城市管理局', '区水务局', '区医疗保障局',
]

export const subjects = [
  '乡村振兴重点帮扶', '老旧小区改造', '城区污水管网建设', '义务教育学校布局调整', '区人民医院迁建', '营商环境优化提升', '安全生产专项整治',
  '河长制湖长制落实', '基层党组织标准化建设', '数字政府建设', '防汛抗旱应急预案', '城乡居民医疗保障', '农村集体经济发展', '文化惠民工程',
  '生态环境保护督察整改', '优化生育支持政策', '高标准农田建设', '产业园区扩区调规', '国有企业改革深化', '政务服务一网通办', '垃圾分类处理设施',
  '历史文化街区保护', '中小企业纾困帮扶', '养老服务体系建设', '社会治安综合治理', '耕地保护和粮食安全', '全域旅游示范区创建', '人才引进培育',
]

export const topicKinds = ['实施方案', '工作汇报', '情况通报', '三年行动计划', '若干措施', '资金安排方案', '建设项目', '考核办法']

const speechPhrases = [
  '同意这个方案', '建议进一步细化责任分工', '资金保障要落实到位', '要加强与上级部门的衔接', '要把群众满意作为标准', '注意防范廉政风险',
  '建议增加年度考核指标', '要统筹好发展和安全', '前期调研比较充分', '时间节点要再压实', '要做好政策解读和宣传', '建议由分管领导牵头定期调度',
  '基层反映的困难要认真研究', '要严格执行招标投标规定', '请财政部门会同审计部门全程跟踪', '要注重长效机制建设', '同意提交区委全会审议',
  '建议先行试点再全面推开', '要把风险评估放在前面', '涉及群众切身利益的要充分听取意见',
]

/** What one member said on one topic (the notes typed while they spoke): about 60–160 characters. */
export function speechNotes(random: DemoRandom, subject: string): string {
  const count = random.int(3, 6)
  const parts: string[] = [`关于${subject}，`]
  for (let index = 0; index < count; index++) parts.push(random.pick(speechPhrases))
  return `${parts[0]}${parts.slice(1).join('；')}。`
}

export const posts = ['镇长', '党委书记', '局长', '副局长', '主任', '副主任', '部长', '副部长', '街道党工委书记', '街道办事处主任']
export const towns = ['东城街道', '西城街道', '南湖镇', '北山镇', '青石镇', '白沙镇', '柳河乡', '高桥镇', '新港街道', '龙泉镇']
