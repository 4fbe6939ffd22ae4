"""Templates of the blind3 corpus, by genre: "pii" ones hold labelled slots, "free" ones none.

Syntax: ``⟨a|b|c⟩`` picks one alternative; ``{slot}`` is a hole filled by generate.py;
``{slot=t}`` remembers the value as t, ``{=t}`` repeats it, ``{sur=t}`` writes its surname.
Every person name in a "pii" template comes from a slot; literal text holds no real name.
"""

GENRES = {}

# 1 ---------------------------------------------------------------- credit cards
GENRES["credit_card_application"] = {
    "pii": [
        '{name=a}说他上个月刚换了工作，新单位是{company}，单位座机{landline}，{=a}希望额度能提到{amt}。',
        '家访记录：{date}上门核实申请人{name=a}居住情况，现住{addr_p}，⟨自有住房|租房|与父母同住⟩。邻居称{=a}夫妇在此居住约{n}年。\n{branch}',
        '申请人{name}（{id}）\n单位：{company}\n单位地址：\n{addr_nl}\n{branch} 信用卡部 收',
        '线上申请风控记录：申请人{name}，手机{mobile}，申请时设备IP {ip}，与常用地{city}不符，GPS定位{district}。⟨转人工审核|要求补充收入证明⟩。',
        '{name=a}留下的单位电话是{landline}，经回拨确认{=a}在职。{=a}的配偶{name}亦为本行持卡人。',
        "信用卡申请表\n申请卡种：⟨白金卡|金卡|标准卡|联名卡⟩\n主卡申请人姓名：{name}  性别：⟨男|女⟩  ⟨证件号码|身份证号|证件号⟩：{id}\n移动电话：{mobile}  住宅电话：{landline}\n电子邮箱：{email}\n现居住地址：{addr}\n单位名称：{company}\n单位地址：{addr_p}\n年收入：{amt}  申请日期：{date}",
        "⟨客户|持卡人⟩{name=a}⟨来电|到店|通过手机银行⟩申请提升信用卡额度，卡号{card}，当前额度{amt}，申请调至{amt}。⟨经核实|核实后⟩{=a}⟨名下|本人⟩有⟨房产|车辆|公积金缴存记录⟩，预留手机{mobile}可正常接收验证码，建议临时提额{n}天。",
        "附卡申请：主卡持卡人{name}为其⟨配偶|子女|父亲|母亲⟩{name}申请附属卡，附卡人证件号{id}，联系电话{mobile}，寄卡地址：{addr}。",
        "提额审批意见：申请人{name=a}，{occ}，在{company}任职{n}年。{=a}的账单日为每月{n}日，近6个月⟨无逾期|按时还款|有1次逾期已结清⟩。⟨同意|拟同意|暂不同意⟩调额。经办：{name}  复核：{name}",
        "尊敬的{sur=a}⟨先生|女士⟩：您尾号{tail}的信用卡⟨永久额度|临时额度⟩已调整。（申请人{name=a}，证件{id}，联系手机{mobile}）",
        "联系人信息\n直系亲属：{name}  关系：⟨父亲|母亲|配偶|兄弟|姐妹⟩  手机：{mobile}\n紧急联系人：{name}  关系：⟨同事|朋友⟩  电话：{mobile}\n主申请人{name}声明以上信息真实有效。",
        "卡片寄送地址变更：持卡人{name}申请将账单及卡片寄送地址由{addr_p}变更为\n{addr}\n并将电子账单邮箱更新为{email}。联系电话 {mobile}",
        "信用卡分期申请 —— 持卡人：{name_w=a}，卡号：{card}，分期金额：{amt}，期数：{n}期，手续费率：{feerate}。{=a}⟨确认|已确认⟩已阅读分期条款。",
        "面签记录：⟨今日|当日⟩{ts}于{branch}为客户{name_c}办理面签，核验⟨身份证|二代身份证⟩{id}原件，客户留存手机 {mobile}，车辆{plate}作为⟨资产证明|补充材料⟩。",
        "营销人员{name}推荐客户{name_m}申请⟨留学生卡|商务卡⟩，客户护照号{passport}，国内联系电话{mobile}，邮箱{email}。",
    ],
    "free": [
        '卡号校验失败：输入的卡号{bad_card}未通过校验，请核对后重新输入。错误码{err}。',
        '晚高峰时段网点排队较长，建议客户通过手机银行提交提额申请，{word}可一键办理。',
        "您的信用卡申请（申请编号{order}）已进入审核阶段，预计{n}个工作日内完成。如有疑问请致电{hotline}。",
        "提额规则说明：近6个月账单金额累计不低于{amt}，且无逾期记录的客户可申请提额，单次提额幅度不超过{pct}。临时额度有效期{n}天，到期后自动恢复。",
        "系统提示：{ts} 提额申请 {order} 审批⟨通过|拒绝⟩，原因码{err}，持卡人{m_name}（{m_mobile}），卡号{m_card}。",
        "⟨{branch}|本行⟩信用卡中心通知：自{date}起，分期手续费率调整为每期{feerate}，已申请的分期不受影响。{word}等事项请关注官方渠道，客服热线{hotline}。",
        "批量调额任务：批次号{batch}，处理{n}户，成功{n}户，失败原因：{err}（卡片状态异常）。执行时间{ts}，终端{term}。",
        "{m_name}您好，您尾号{tail}的信用卡本期账单{amt}，最低还款{amt}，到期还款日{date}。⟨请及时还款。|如已还款请忽略。⟩",
    ],
}

# 2 ---------------------------------------------------------------- wealth management
GENRES["wealth_risk_questionnaire"] = {
    "pii": [
        '{name_w=a}女士今年⟨58|63|47⟩岁，风险测评为C2，{=a}的⟨儿子|女儿⟩{name}陪同前来，希望为{=a}购买{product}。⟨已提示|已告知⟩超风险等级不可购买。',
        '理财经理{name}与客户{name}、{name}夫妇沟通家庭资产配置方案，建议保留{pct}流动资金。客户常住{addr}，⟨偏好|倾向⟩电话联系{mobile}。',
        '大额存单转让：转让方{name}，受让方{name_c}，转让价格{amt}，受让方卡号{card}。',
        '客户{name=a}来电，说{sur=a}太太（{name}）的理财到期款要转到{card}。{=a}在{company}上班，办公电话{landline}。',
        "个人投资者风险承受能力评估问卷\n客户姓名：{name}\n证件类型：居民身份证  证件号码：{id}\n联系方式：{mobile}\n1. 您的年龄：⟨A. 18-30岁|B. 31-40岁|C. 41-50岁|D. 51-60岁⟩\n2. 家庭年收入：⟨A. 10万元以下|B. 10-50万元|C. 50-100万元|D. 100万元以上⟩\n3. 投资经验：⟨无|1-3年|3-5年|5年以上⟩\n评估结果：⟨C1保守型|C2稳健型|C3平衡型|C4成长型|C5进取型⟩  评估日期：{date}",
        "理财经理工作笔记：{date}下午拜访{name=a}⟨夫妇|女士|先生⟩，{=a}对{product}到期后的续投⟨有顾虑|比较积极⟩，希望⟨配置部分黄金|增加大额存单|转入货币基金⟩。下次回访约在{date}，联系电话{mobile}。",
        "客户{name_w=a}⟨今天|上午⟩来网点，{=a}说⟨想赎回|打算追加⟩{product}，金额约{amt}。⟨经了解|据了解⟩客户近期⟨要买房|孩子出国读书|生意周转⟩。提醒：该客户风险等级{pct}以下产品才可购买。",
        "双录信息：销售人员{name}，工号{batch}；客户{name}，证件号{id}，购买产品{product}，金额{amt}，录音录像编号{serial}。",
        "高净值客户档案更新：{name_c}，⟨私行|钻石|白金⟩客户，住址{addr}，⟨办公电话|座机⟩{landline}，邮箱{email}。其⟨配偶|女儿|儿子⟩{name}也在本行开户，卡号{card}。",
        "理财产品购买确认书\n投资者：{name=a}\n银行卡：{card}\n产品代码：{product}  购买金额：{amt}  预期业绩比较基准：{rate}\n投资者签字：{=a}（与上述一致）  日期：{date}",
        "{name=a}的风险测评已过期（上次测评{date}），{=a}⟨表示|称⟩本周内通过手机银行重新测评。客户经理{name}已电话{mobile}告知。",
        "客户经理⟨交接|移交⟩清单：原客户经理{name}调岗，名下客户{name}、{name_w}、{name}及{name_m}移交给{name}维护。⟨交接人|经办人⟩电话{landline}。",
    ],
    "free": [
        '本行“安宁”养老理财系列{product}本期收益率{rate}，“江山”稳健系列{product}收益率{rate}。',
        '客户经理周报：{m_name}夫妇已签约，{m_name}待回访，{m_name}的{amt}大额存单{date}到期。',
        "理财产品{product}（风险等级⟨R2|R3|R4⟩）募集期{date}至{date}，业绩比较基准{rate}，起购金额{amt}，⟨认购费率0|管理费{rate}/年⟩。理财非存款，产品有风险，投资须谨慎。",
        "风险测评说明：问卷共{n}题，得分⟨20分以下为保守型|21-45分为稳健型|46-65分为平衡型⟩。测评结果有效期一年，到期后需重新评估。{word}请以系统结果为准。",
        "本周客户回访统计：回访{n}户，其中{m_name}、{m_name}等{n}户有赎回意向，合计{amt}。⟨{branch}|网点⟩理财经理周会定于{ts}。",
        "系统日志 {ts} WM_BUY product={product} amt={amt} status=⟨SUCCESS|PENDING|FAIL⟩ code={err} cust={m_name} card={m_card}",
        "市场点评：本周{country}国债收益率上行，{city}地区理财产品平均收益率{rate}，较上周⟨上升|下降⟩{n}个基点。",
    ],
}

# 3 ---------------------------------------------------------------- complaint tickets
GENRES["complaint_ticket"] = {
    "pii": [
        '客户{name=a}留下的联系方式是{mobile}，{=a}的诉求是退还{amt}年费。坐席{name}已⟨登记|受理⟩。工单{ticket}',
        '【工单{ticket}】状态：待回访\n来电号码：{landline}\n客户自称{name}，住{addr_p}，家门口的ATM机吞卡，卡号{card}，要求当天取回。\n⟨网点回复|处理结果⟩：{branch}已于{ts}退还卡片。',
        '工单编号：{ticket}    创建时间：{ts}    渠道：⟨电话|在线客服⟩\n————————————————\n【客户信息】\n姓名：{name=a}    联系电话：{mobile}    备用电话：{landline}\n证件号码：{id}\n涉及账户：{card}\n【诉求描述】\n客户称{ts}收到短信，提示其账户在{city}某商户消费{amt}，商户号{merch}，终端号{term}。{=a}表示当时本人在家（{addr}），卡片未离身，怀疑被盗刷，要求⟨挂失|调单|拒付⟩。\n【处理过程】\n{ts} 坐席{name}：已为客户办理临时挂失，告知需到网点补卡。\n{ts} 信用卡中心{name}：已发起调单，交易流水{serial}，预计{n}个工作日反馈。\n{ts} 回访：客户{sur=a}⟨先生|女士⟩表示⟨认可处理方案|仍不满意，要求赔偿⟩。\n【当前状态】⟨处理中|待客户确认|已办结⟩',
        '工单{ticket}\n客户{name}反映手机银行于{ts}在陌生设备登录，登录IP：{ip}，随后发生转账{amt}。客户要求冻结账户并查询登录记录。\n处理意见：已冻结，建议客户报警。经办{name}',
        '客户{name_w}的女儿{name}代为投诉：{name_w}⟨年纪大了|不会用手机⟩，在{branch}被要求只能用APP办业务。回电{mobile}。',
        "工单编号：{ticket}\n工单状态：⟨处理中|已受理|待回访|已办结⟩\n来电人：{name}  来电号码：{mobile}\n投诉内容：客户反映其卡号{card}于{ts}被扣款{amt}，本人未操作，要求核实并退款。\n处理人：{name}  处理时间：{ts}",
        "【工单{ticket}】\n客户：{name_w=a}⟨女士|先生⟩，联系方式 {mobile}\n诉求：{=a}⟨称|表示⟩在{branch}办理业务时等待超过{n}分钟，对服务态度不满。\n坐席回复：已致歉并转网点负责人{name}核实。\n状态：⟨已转派|处理中⟩ → 回访人{name}",
        "工单流转记录\n{ts} 创建  受理坐席{name}\n{ts} 转派  {branch}\n{ts} 回复  网点经理{name}：已联系客户{name}（{mobile}），客户同意⟨撤诉|等待处理结果⟩\n{ts} 办结",
        "投诉人{name=a}称，{=a}的⟨母亲|父亲⟩{name}（身份证{id}）在⟨网点|柜台⟩被推销保险，要求退保。家庭住址：{addr}，回电请拨{landline}。",
        "客户来信：我是{name}，⟨住在|家住⟩{addr_p}，我在贵行的卡{card}被⟨冻结|锁卡|止付⟩了，打了好几次{hotline}都没人处理。请尽快联系我{mobile}或发邮件到{email}。",
        "工单号 {ticket} | 优先级：⟨高|中|紧急⟩ | 来源：⟨95热线|手机银行|监管转办|微信公众号⟩\n客户姓名 {name_m}\n证件号 {id}\n问题描述：境外消费{amt}被拒，卡号 {card}\n员工回复：{name}已联系客户，原因为风控规则触发，已解除。",
        "回访记录：{date}回访客户{name}，客户表示对处理结果⟨满意|基本满意|不满意⟩。{name}说下次⟨不会再|还会⟩来这个网点。回访坐席：{name}，分机{n}。",
        "监管转办件：投诉人{name_c}，手机{mobile}，反映{company}⟨代理|推荐⟩的贷款收取额外费用。投诉人住址：{addr_r}。承办人{name}，⟨限期|请于⟩{date}前答复。",
    ],
    "free": [
        '工单{ticket}备注：客户报的手机号{bad_mobile}为空号，请核实后联系；已发短信至{m_mobile}。',
        '网点方圆五百米内共有ATM机{n}台，{district}片区工单量环比下降{pct}。',
        "工单编号：{ticket}\n状态：已办结\n客户：{m_name}（{m_mobile}）\n内容：咨询⟨ETC|信用卡年费|跨行转账⟩收费标准，已解答。\n处理时长：{n}分钟",
        "【系统通知】工单{ticket}超时未处理，当前节点：{branch}，请于{ts}前完成回复。超时原因码{err}。",
        "投诉周报：本周共受理投诉{n}件，⟨较上周下降|较上周上升⟩{pct}，其中{district}片区{n}件，主要涉及{word}、⟨费用|服务态度|系统故障⟩等问题。",
        "工单{ticket}回复模板：尊敬的客户，您反映的问题我行已核实，交易流水{serial}为商户{merch}正常扣款，如有异议请联系商户或拨打{hotline}。",
        "坐席{m_name}（工号{batch}）{ts}登录，{ts}登出，接听{n}通，平均处理时长{n}分钟。",
    ],
}

# 4 ---------------------------------------------------------------- post-loan inspection
GENRES["post_loan_inspection"] = {
    "pii": [
        '{name}、{name_w=w}夫妇经营的{company}（统一社会信用代码：{uscc_ind}）位于{addr_s}，门面约{n}平方米。{=w}负责进货，⟨妻子|丈夫⟩负责收银。',
        '贷后电话回访：{ts}致电借款人{name}（{mobile}），对方称目前在{addr_r}老家，{n}月份回店，经营由其弟{name}代管。',
        '小微企业贷后现场检查报告（{year}年第⟨一|二|三|四⟩季度）\n一、借款人基本情况\n借款人名称：{company}\n统一社会信用代码：{uscc}\n经营者：{name=a}（身份证号 {id}，手机 {mobile}）\n经营场所：{addr_s}\n住所：{addr}\n二、授信情况\n合同编号{contract}，授信额度{amt}，用信余额{amt}，执行利率{lrate}，到期日{date}。\n三、检查情况\n检查人员于{ts}到达现场，{=a}及其⟨妻子|丈夫|儿子⟩{name}在店。店内有员工{n}名，月营业额约{amt}，水电费单据与经营规模相符。{=a}的另一处门店位于\n{addr_p}，本次未前往。\n四、结论\n⟨正常|关注⟩。检查人：{name}  复核人：{name}  {branch}',
        '抵押物核查：借款人{name}名下车辆{plate}（⟨白色|黑色|银色⟩⟨轿车|货车|SUV⟩）停放于{addr_s}，与登记一致。⟨另有|另查⟩商户{company}统一社会信用代码{uscc}，经营者{name}。',
        '{name=a}是{company}的老板，{=a}⟨跟我们说|告诉检查人员⟩今年⟨生意不好做|订单翻了一番⟩，仓库在{addr_r}，合作方{company}（{uscc}）按月回款。',
        "贷后检查报告\n借款人：{company}\n统一社会信用代码：{uscc}\n法定代表人/实际控制人：{name}  身份证号：{id}\n经营地址：{addr_s}\n检查日期：{date}  检查方式：⟨现场|非现场⟩\n检查情况：企业经营正常，⟨库存充足|门店客流稳定|订单较上年增长⟩，借款用途与合同{contract}约定一致。\n检查人：{name}、{name}",
        "{date}，客户经理{name=b}与{name}前往{addr_s}对个体工商户{company}进行贷后检查。店主{name=a}在店，{=a}介绍近期营业额约每月{amt}，门店雇员{n}人。营业执照统一社会信用代码{uscc_ind}。",
        "小微贷款贷后回访：借款人{name_w=a}，经营{company}，店铺位于{addr_s}。{=a}的车辆{plate}已办理抵押登记。⟨借款人手机|联系电话⟩{mobile}。⟨风险分类：正常|风险分类：关注⟩。",
        "检查发现：借款人{name}将部分贷款资金转入其⟨妻子|丈夫|弟弟|朋友⟩{name}名下账户{card}，与约定用途不符，建议⟨提前收回|压降额度|列入关注⟩。",
        "企业基本信息核实\n企业名称：{company}\n统一社会信用代码：{uscc}\n注册地址：{addr}\n实际经营地址：{addr_s}\n财务负责人：{name}  电话：{landline}\n法人手机：{mobile}",
        "⟨现场照片说明|附件说明⟩：1. 门头照片（{addr_s}）；2. 法定代表人{name_c}与检查人员合影；3. 仓库存货照片。检查人员{name}，复核人员{name}。",
        "贷后预警处置：{company}（统一社会信用代码 {uscc}）被列入⟨经营异常名录|失信被执行人名单⟩，实际控制人{name}⟨失联|称资金周转困难⟩，其常住地址{addr_r}，已安排上门。",
        "农户贷款检查：借款人{name}，家住{addr_r}，种植⟨柑橘|茶叶|葡萄|水稻⟩{n}亩，贷款用于购买农资。保证人{name}，身份证{id}。",
    ],
    "free": [
        '借款人身份证号{bad_id}校验位错误，请客户经理重新采集证件影像。',
        '{district}白云路一带为商业聚集区，周边门店中本行客户{n}家，黄金地段租金约每平方米{n}0元/月。',
        "贷后检查计划：本月需完成检查{n}户，其中现场检查{n}户，已完成{pct}。⟨{branch}|小微团队⟩负责{district}片区。",
        "检查结论：企业{company}经营正常，本期应收账款{amt}，存货{amt}，资产负债率{pct}，风险分类维持正常。合同编号{contract}，借据号{order}。",
        "系统提示：借据{order}将于{date}到期，剩余本金{amt}，执行利率{lrate}，请客户经理提前{n}天联系借款人{m_name}。",
        "{district}小商品市场整体经营情况：商户约{n}家，⟨空置率{pct}|租金上涨{pct}⟩，本行在该市场授信{n}户，余额{amt}。",
        "贷后检查底稿（模板）\n借款人：____\n统一社会信用代码：____\n检查日期：{date}\n检查要点：资金用途、经营状况、担保情况、{word}。",
    ],
}

# 5 ---------------------------------------------------------------- anti-fraud transcripts
GENRES["anti_fraud_transcript"] = {
    "pii": [
        '问：你刚才电话里说的{name=a}是谁？\n答：是我侄子，{=a}说他在{country}被扣了，要交保证金。\n问：你有他的电话吗？\n答：有，{mobile}。\n问：钱要打到哪里？\n答：对方给了个卡号{card}，户名{name_m}。',
        '劝阻回访：{date}回访客户{name=a}，{=a}称家人已报警，涉案号码{mobile}已被标记。客户住址{addr_r}。',
        '询问时间：{ts}  地点：{branch}会客室\n询问人：{name}（网点负责人）、{name}（社区民警）\n被询问人：{name=a}  身份证号：{id}  联系电话：{mobile}\n住址：{addr}\n问：你今天为什么要汇{amt}到{card}？\n答：一个自称{company}客服的人说我的⟨百万保障|会员服务|学生贷⟩要关闭，不关闭会影响征信。\n问：对方用什么号码联系你？\n答：先用{mobile}打来，后来加了QQ。\n问：对方有没有让你下载软件？\n答：让我下了一个会议软件，屏幕共享了。\n问：你还给过对方什么信息？\n答：我把银行卡号和验证码都说了。\n问：还有其他人知道吗？\n答：我跟我⟨丈夫|妻子|女儿⟩{name}说了，{sur=a}家人都不同意。\n（劝阻结果：⟨成功劝阻，未汇款|已汇款部分，已报警⟩）',
        '问：对方给你的网址是什么？\n答：一个链接，后面是{ip}。\n问：你在上面填了什么？\n答：填了卡号{card}、身份证{id}，还有验证码。\n问：你叫什么？\n答：{name}。',
        '研判结论：账户持有人{name}与嫌疑人{name}使用同一设备登录，IP地址{ip}与{ip}交替出现，车辆{plate}多次出现在取现网点附近。',
        "反诈劝阻询问笔录\n问：你叫什么名字？\n答：我叫{name}。\n问：身份证号码？\n答：{id}。\n问：你现在要转账给谁？\n答：给一个叫{name}的人，他说是⟨公安局的|客服|我领导⟩，卡号是{card}。\n问：对方怎么联系你的？\n答：用{mobile}打给我的。",
        "问：你和{name=a}是什么关系？\n答：网上认识的，{=a}说带我⟨投资|炒外汇|刷单⟩能赚钱。\n问：你一共转了多少？\n答：大概{amt}，分{n}次转到{card}。\n问：你住在哪里？\n答：{addr}。",
        "劝阻记录：{ts}，{branch}柜员{name}发现客户{name_w=a}⟨神色紧张|边打电话边操作⟩，拟向陌生账户汇款{amt}。{=a}称⟨儿子|女儿⟩在外地出事急需用钱。经联系其家属{name}（{mobile}）确认为诈骗，已成功劝阻。",
        "问：对方让你下载了什么软件？\n答：一个会议软件，还让我共享屏幕。\n问：对方的号码是多少？\n答：{mobile}，还有一个座机{landline}。\n问：你的手机号？\n答：{mobile}。\n问：对方自称叫什么？\n答：说叫{name}，⟨是银保监会的|是京东金融客服|是快递理赔员⟩。",
        "反诈协查函：经查，涉案账户户名{name_m}，证件号{id}，卡号{card}，开户时预留手机{mobile}，登录IP {ip}。请协助冻结。",
        "问：你的银行卡借给过别人吗？\n答：借给过我老乡{name}，他说⟨做生意|走账⟩用。\n问：他住哪？\n答：好像在{addr_r}。\n问：他开什么车？\n答：一辆⟨白色|黑色⟩的车，车牌{plate}。",
        "被害人{name}陈述：{date}接到自称{name}的电话，对方能说出我的身份证号和住址{addr_p}，所以我就信了。后来按对方要求把钱转到{card}。",
        "问：你认识{name_c=a}吗？\n答：认识，是我在{company}的同事。\n问：{sur=a}某让你做了什么？\n答：没有，是另一个人。\n问：什么人？\n答：一个姓{sur=a}的男的，⟨也是|不是⟩复姓，说要我提供银行卡和手机号{mobile}。\n(注：询问对象{name})",
    ],
    "free": [
        '问：对方报的身份证号是多少？\n答：{bad_id}。\n问：这个号码对不上，你再看看？\n答：我记错了，后面几位不知道。',
        '问：你在哪个网点？\n答：{branch}。\n问：柜员是谁？\n答：不知道名字，挺文静的小姑娘，工号{batch}。',
        "问：你今天来办什么业务？\n答：转账。\n问：转给谁？\n答：给{m_name}，⟨我外甥|一个客服⟩。\n问：对方电话多少？\n答：我不记得了，尾号是{tail}。\n问：金额？\n答：{amt}。",
        "反诈提示：凡以“{word}”为由或自称公检法要求转账到“安全账户”的都是诈骗！如有疑问请拨打{hotline}或反诈专线96110。",
        "本月{branch}共成功劝阻{n}起，避免损失{amt}。其中冒充客服类{n}起、刷单类{n}起，涉及{district}、{district}等地。",
        "涉诈账户管控日志 {ts} acct_tail={tail} action=⟨FREEZE|LIMIT|UNFREEZE⟩ case={caseno} operator={m_name} result=OK",
        "问：对方有没有让你说什么？\n答：让我跟柜员说是给{m_name}还钱。\n问：你知道这是诈骗吗？\n答：现在知道了，谢谢。",
    ],
}

# 6 ---------------------------------------------------------------- credit report disputes
GENRES["credit_dispute"] = {
    "pii": [
        '本人{name}，现住{addr}，身份证{id}。本人征信报告中{company}的查询记录系未经授权查询，请予删除。联系电话：{landline}或{mobile}。',
        '异议申请人{name_m}（护照 {passport}）称其在{country}期间，名下被办理了信用卡{card}，并产生逾期。代理律师{name}，电话{mobile}，邮箱{email}。',
        '异议申请补充材料：申请人{name}另持有港澳居民来往内地通行证{hkm}，当期在香港工作，境内联系人为其⟨母亲|哥哥⟩{name}，手机{mobile}，地址{addr_r}。',
        "个人征信异议申请表\n异议申请人：{name=a}\n证件类型：⟨身份证|护照|港澳居民来往内地通行证⟩  证件号码：{id}\n联系电话：{mobile}  通讯地址：{addr}\n异议事项：本人信用报告中显示{company}贷款逾期{n}期，本人从未办理该笔业务。\n申请日期：{date}  申请人签字：{=a}",
        "异议受理回执：{name=a}⟨女士|先生⟩，您于{date}提交的征信异议（受理编号{order}）已受理，我行将在{n}日内回复。{sur=a}⟨女士|先生⟩可拨打{landline}查询进度。",
        "代理人申请：代理人{name}（身份证{id}）受{name}委托申请征信异议，委托人⟨在国外|身体原因⟩无法到场，委托人护照号{passport}，⟨往来港澳通行证|通行证⟩{hkm}。",
        "异议核查报告：申请人{name_w}反映其信用卡{card}于{date}显示逾期。经查，系⟨年费未还|系统批扣失败|还款日变更⟩导致，已向征信中心报送更正，更正后记录为正常。核查人：{name}",
        "征信异议情况说明\n本人{name}，身份证号{id}，因{date}前后遭遇⟨身份被冒用|手机被盗⟩，名下出现一笔{amt}的消费贷款。本人已向公安机关报案（{caseno}）。\n联系方式：{mobile}，{email}\n联系地址：\n{addr_nl}",
        "{name=a}的异议已办结。{=a}名下查询记录中“贷款审批”一条系{company}在未授权情况下查询，已删除。通知方式：短信至{mobile}。",
    ],
    "free": [
        '系统校验：异议申请人证件号{bad_id}格式不符，已退回。受理编号{order}。',
        '{court}已受理相关诉讼，案号{caseno}，我行作为第三人参加诉讼。',
        "征信异议处理流程：1. 提交申请；2. 核查（{n}个工作日）；3. 更正或维持；4. 反馈申请人。逾期记录保留期限为{n}年，{word}请以征信中心答复为准。",
        "异议台账：{date}受理{n}件，办结{n}件，维持原报送{n}件，更正{n}件。平均办理时长{n}天。",
        "致{m_name}：您的异议申请（编号{order}）核查结果为维持原报送，理由：贷款{contract}确实存在逾期，逾期金额{amt}。如不服可向{court}起诉。",
        "征信查询日志 {ts} query_id={serial} reason=⟨贷后管理|贷款审批|信用卡审批⟩ target={m_id} operator={batch}",
    ],
}

# 7 ---------------------------------------------------------------- staff email threads
GENRES["staff_email"] = {
    "pii": [
        '{name}：\n\n{name}下午打电话来，说明天⟨上午|下午⟩来网点签合同，让你提前准备好资料。他的手机换成了{mobile}，旧号{mobile}停用了。\n\n{name}\n发自我的手机',
        '发件人：{staffmail}\n抄送：{staffmail}; {staffmail}\n主题：{date} 晨会纪要\n\n1. {name}通报上周投诉情况；\n2. {name_w}提醒做好反诈宣传；\n3. 客户{name}的授信材料由{name}跟进。\n\n{name}\n{branch} 综合管理部  {landline}',
        '主题：异常登录排查\n{name}，\n柜员终端在{ts}有来自{ip}的远程登录，请确认是否为科技部运维（账号 {batch}）。\n{name}  {staffmail}',
        "发件人：{name=a} <{staffmail}>\n收件人：{name} <{staffmail}>\n主题：RE: {company}授信资料\n\n⟨{name}|王姐|李哥⟩，你好！\n客户的营业执照和法人身份证复印件已经收到，法人{name}的手机{mobile}，你直接联系就行。\n\n谢谢\n{=a}\n{branch} 公司业务部\n电话：{landline}  手机：{mobile}",
        "各位同事：\n下周一起{name}休假，期间{district}片区的客户由{name_w=a}代管。有急事请打{=a}的手机{mobile}。\n\n——\n{name}\n{branch}\nTel: {landline}\nEmail: {staffmail}",
        "> 原始邮件 <\n> 发件人: {staffmail}\n> 时间: {ts}\n> 客户{name}要求把{card}的回单寄到{addr}，麻烦安排。\n\n已安排，快递单号{order}。\n{name}",
        "Hi {name}，\n\n附件是本月理财到期客户名单，请重点跟进{name}、{name_c=a}两位，{=a}的⟨电话|手机⟩是{mobile}。\n\nBest regards,\n{name}\n理财经理 | {branch}\nM: {mobile} | E: {staffmail}",
        "主题：关于客户{name_m}的账户冻结\n\n{name}，\n客户今天来柜台了，身份证{id}，说卡被冻结是因为之前借卡给别人。请风险部看下能不能解。\n\n{name}\n运营管理部 分机{n}",
        "转发：{name=a}，{=a}发来的开户资料里地址写的是{addr_p}，和身份证上的{addr}不一致，请客户补一份居住证明。\n邮件签名：{name} | 个人金融部 | {staffmail} | {landline}",
    ],
    "free": [
        '各位，今晚{city}有暴雨，{district}网点提前至16:30营业结束，安全第一。——{branch}办公室',
        '测试数据：卡号{bad_card}、手机号{bad_mobile}（均为无效号码，仅供联调使用）。',
        "发件人：运营管理部\n主题：关于系统升级的通知\n\n各网点：定于{ts}进行核心系统升级，届时{word}等业务暂停，预计耗时{n}小时。如遇问题请联系科技部热线{hotline}。\n\n{branch}",
        "各位好，\n本季度考核指标已发布，存款新增{amt}，理财销量{amt}，请各团队对照执行。{m_name}负责汇总，{date}前反馈。\n\n个人金融部",
        "RE: RE: 凭证号{serial}\n已核对，柜员号{batch}，交易时间{ts}，无差错。\n——{m_name}",
        "邮件自动回复：我{date}至{date}休假，期间请联系{m_name}（分机{n}）。谢谢！",
        "请注意：请勿在邮件中发送客户完整卡号、身份证号，如需传递请使用脱敏格式，例如{m_card}、{m_id}、{m_mobile}。",
    ],
}

# 8 ---------------------------------------------------------------- press releases / notices
GENRES["press_release"] = {
    "pii": [
        '{date}，{city}市副市长{name=m}一行到{branch=b}调研，{=b}行长{name}陪同。{=m}对该行⟨服务小微企业|推进{word}⟩的做法给予肯定。',
        '讣告：{branch}原行长{name}同志因病于{date}逝世，享年{age}岁。',
        '获奖名单：一等奖 {name_m}；二等奖 {name}、{name_w}；三等奖 {name}、{name_c}、{name}。',
        '{branch}⟨党委书记|行长⟩{name}带队走访{company}，该公司总经理{name}陪同。{name}说，本行将⟨加大信贷投放|优化服务流程⟩。',
        "{date}，{branch}举行“金融服务进社区”启动仪式，{title}{name}出席并致辞。{name}表示，将持续提升{district}居民的金融服务体验。",
        "本报讯（记者{name} 通讯员{name}）近日，{branch}成功为{company}发放首笔“科创贷”{amt}。该公司负责人{name_w}说：“这笔钱解决了我们的燃眉之急。”",
        "人事任免公告：经研究决定，任命{name}同志为{branch}⟨行长|副行长|党委书记⟩，免去{name}同志{branch}⟨行长|副行长⟩职务。",
        "{year}年度“最美柜员”评选结果揭晓，{branch}柜员{name}、{name_m}、{name=a}获此殊荣。其中{=a}从业{n}年，{=a}的服务零投诉。",
        "遗失声明：{name}不慎遗失居民身份证，证号{id}，声明作废。",
        "招聘公告：{branch}招聘客户经理{n}名，有意者请将简历发送至{staffmail}，联系人{name}，电话{landline}。",
        "董事长{name}在年度工作会议上指出，要坚守风险底线，做好{word}等工作。副行长{name_c}、首席风险官{name}等参加会议。",
    ],
    "free": [
        '{branch}举办“建华杯”员工运动会，{n}支代表队参赛。本次活动以“高峰对话·金花绽放”为主题。',
        '{year}年一季度，{city}地区银行业金融机构新增贷款{amt}，其中{district}占比{pct}。',
        "公告：{branch}因装修改造，自{date}起暂停营业，期间业务请至{branch}办理。客服热线{hotline}。",
        "{year}年{district}地区普惠小微贷款余额{amt}，同比增长{pct}，平均利率{lrate}，较年初下降{n}个基点。",
        "关于防范电信网络诈骗的风险提示：近期有不法分子冒充本行工作人员，以“{word}”“调整额度”为由索要验证码。本行工作人员不会向您索取密码，如有疑问请致电{hotline}。",
        "{city}市{district}人民政府与{branch}签署战略合作协议，未来{n}年将提供意向性授信{amt}，支持{city}地区基础设施建设。",
        "新闻简讯：{country}央行宣布加息{n}个基点，{city}外汇市场人民币兑美元汇率收报{fx_usd}。",
        "存款利率调整公告：自{date}起，一年期整存整取利率调整为{deprate}，三年期调整为{deprate}，大额存单起存金额{amt}。",
    ],
}

# 9 ---------------------------------------------------------------- OCR of id / bank cards
GENRES["ocr_card_photo"] = {
    "pii": [
        '姓名{name}\n性别{sex=i}民族{eth}\n出生{by=i}年{bm=i}月{bd=i}日\n住址{addr}\n公民身份号码{id_ocr=i}\n——————\n{branch}',
        'OCR: 卡号 {card_ocr}  有效期 {mon}/{day}  CVV已隐藏  户名 {name}',
        '姓 名 {name_sp}\n性 别 {sex=i} 民 族 {eth}\n出 生 {by=i} {bm=i} {bd=i}\n住 址 {addr_nl}\n公民身份号码 {id_ocr=i}',
        '卡 号\n{card_ocr}\n持卡人 {pinyin}\nVALID THRU {mon}/{day}',
        '|姓名|{name}|性别|⟨男|女⟩|\n|住址|{addr_nl}|\n|公民身份号码|{id_ocr}|',
        "姓名 {name}\n性别 {sex=i} 民族 {eth}\n出生 {by=i}年{bm=i}月{bd=i}日\n住址 {addr_nl}\n公民身份号码 {id=i}",
        "姓 名 {name}\n性 别 {sex=i}  民 族 {eth}\n出 生 {by=i} 年 {bm=i} 月 {bd=i} 日\n住 址 {addr}\n公民身份号码\n{id=i}",
        "OCR识别结果（置信度0.{n}）：\n⟨中华人民共和国|居民身份证⟩\n签发机关 {city}市公安局{district}分局\n有效期限 {date}-{date}\n——正面——\n姓名{name}性别⟨男|女⟩民族{eth}\n住址{addr_nl}\n公民身份号码{id}",
        "银行卡照片识别：\n卡号：{card}\n有效期：{mon}/{day}\n持卡人：{pinyin}\n发卡行：⟨中国工商银行|招商银行|中国建设银行⟩",
        "[ocr] text=\"{card}\" bank=⟨ICBC|CMB|CCB|ABC⟩ type=⟨DEBIT|CREDIT⟩ holder_cn=\"{name}\" confidence=0.9{n}",
        "证件影像识别\n姓名：{name_m}\n民族：维吾尔  性别：⟨男|女⟩\n住址：新疆维吾尔自治区乌鲁木齐市天山区{addr_p}\n身份号码：{id}",
        "往来港澳通行证识别\n姓名 {name}\n证件号码 {hkm}\n出生日期 {date}\n签发地点 {city}",
        "营业执照识别\n名称 {company}\n统一社会信用代码 {uscc}\n类型 ⟨有限责任公司|个体工商户⟩\n经营者 {name}\n经营场所 {addr_s}",
    ],
    "free": [
        '公民身份号码 {bad_id}\n（识别结果校验失败，请重新拍摄）',
        '卡号：{bad_card}\n（识别存疑：校验位不符）\n发卡行：⟨招商银行|兴业银行⟩',
        "OCR识别失败：图片模糊，请重新拍摄。错误码{err}，请求ID {serial}，耗时{n}ms。",
        "识别结果：姓名 {m_name} 身份证号 {m_id} （已脱敏展示）有效期至{date}",
        "银行卡识别：卡号 {m_card} 发卡行 ⟨中国银行|交通银行⟩ 卡种 借记卡 识别时间 {ts}",
        "签发机关 {city}市公安局\n有效期限 {date}-长期\n（背面，无个人信息）",
        "图像质检：反光区域{pct}，边缘完整度{pct}，建议重拍。批次{batch}，设备终端{term}。",
    ],
}

# 10 --------------------------------------------------------------- FX and cross-border remittance
GENRES["fx_remittance"] = {
    "pii": [
        'APPLICANT / 申请人: {name}\nPASSPORT NO. / 护照号码: {passport}\nADDRESS / 地址: {addr}\nMOBILE / 手机: {mobile}\nBENEFICIARY: {pinyin}\nBANK: {fbank} ({country_en})\nSWIFT: {swift}\nAMOUNT: USD {usd}',
        '{name}（⟨留学生|访问学者⟩，{uni}）的学费汇款已到账，汇款人为其父{name}，汇款卡号{card}，联系邮箱{email}。',
        'Beneficiary Name: {pinyin}\n收款人中文名：{name}\nBeneficiary Address: {addr}\nPassport No.: {passport}\nTel: {mobile}\nE-mail: {email}',
        "境外汇款申请书 APPLICATION FOR FUNDS TRANSFER (OVERSEAS)\n汇款人名称 Remitter's Name：{name} / {pinyin}\n汇款人证件 ID No.：{id}\n汇款人账号 A/C No.：{card}\n收款人名称 Beneficiary：{pinyin}\n收款行 Beneficiary Bank：{fbank}  SWIFT: {swift}\n收款人账号：{iban}\n汇款金额 Amount：USD {usd}\n汇款用途：⟨留学学费|旅游|探亲|赡家款⟩\n联系电话 Tel：{mobile}",
        "个人购汇申请：申请人{name}，护照号码{passport}，购汇金额USD {n},000.00，用途：⟨自费留学|境外就医|旅游⟩，留学学校{uni}，国内联系人{name}，手机{mobile}。",
        "Remittance from {country_en}: remitter {pinyin}, beneficiary {name}（账号 {card}，手机 {mobile}），金额 USD {usd}，附言“⟨tuition|gift|family support⟩”。",
        "港澳居民业务：客户{name}出示港澳居民来往内地通行证{hkm}，在{branch}办理跨境汇款至香港，收款人{pinyin}，账号{iban}，联系地址{addr}。",
        "外汇业务核查记录：客户{name_c}当年已使用便利化额度USD {n},000，此笔为{country}留学费用。客户邮箱{email}，单位{company}，单位电话{landline}。",
        "Dear {name}，\nYour outward remittance ref {order} to {fbank} has been completed. 如有疑问请联系您的客户经理{name}（{mobile}）。\n{branch}",
        "结汇申请：境外个人{name_m}，护照{passport}，结汇金额USD {n},000，资金来源⟨境外工资|境外投资收益⟩，境内住址：{addr}，联系电话 {mobile}。",
    ],
    "free": [
        'Beneficiary Bank: {fbank}\nSWIFT/BIC: {swift}\nIBAN: {iban}\nIntermediary Bank: {fbank}\nCharges: SHA',
        '汇率提示：{country}货币兑人民币汇率较上月⟨上升|下跌⟩{pct}，赴{country}留学购汇请提前安排。',
        "今日牌价（{ts}）：USD/CNY 现汇买入{fx_usd} 卖出{fx_usd}；EUR/CNY 买入{fx_eur}；JPY/CNY 买入{fx_jpy}。以上仅供参考。",
        "SWIFT MT103 status: UETR {serial} ref {order} sender {swift} receiver {swift} amount USD {usd} status ⟨ACSC|PDNG|RJCT⟩ reason {err}",
        "个人年度便利化额度为等值5万美元，超出部分需提供真实性证明材料。{word}请咨询{hotline}或到{branch}办理。",
        "Remitter: {m_name}  Beneficiary: {fbank} ({country_en})  A/C: ****{tail}  Amount: EUR {n},000.00  Charges: ⟨OUR|SHA|BEN⟩",
        "跨境汇款手续费：每笔按汇款金额的0.1%收取，最低{amt}，最高{amt}，另加电报费{amt}。目前受理币种：美元、欧元、英镑、日元、港币。",
    ],
}
