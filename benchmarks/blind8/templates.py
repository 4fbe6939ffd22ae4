"""Templates of the blind8 corpus, written by hand for this corpus only.

A record is built from fragments of one genre: ``NEG[genre]`` fragments hold no PII (only
hard negatives), ``POS[genre]`` fragments hold customer PII. A PII-free record joins 2-4 NEG
fragments; a PII record joins 1-2 POS fragments with 1-3 NEG fragments. ``JOIN[genre]`` is put
between fragments.

Slots are written ``⟦name⟧`` (``⟦name:style⟧`` picks a variant, ``⟦name#k⟧`` reuses one value
within a record). Upper-case slot names are PII and become labelled spans (the name is the
label); lower-case ones are hard-negative fillers (see ``generate.NEGSLOTS``).
"""

GENRES = [
    "fin_literacy",     # 金融知识/反诈宣传文章
    "industry_report",  # 行业研究报告
    "party_union",      # 党建/工会/企业文化
    "branch_guide",     # 网点服务指南与公告
    "syslog_config",    # 系统日志与配置
    "fin_statement",    # 财务报表与附注
    "contract_clause",  # 合同范本与制度条款
    "product_fee",      # 产品说明与费率表
    "cs_chat",          # 客服聊天（无个人信息）
    "policy_news",      # 新闻与政策解读
]

JOIN = {
    "fin_literacy": "",
    "industry_report": "\n",
    "party_union": "",
    "branch_guide": "\n",
    "syslog_config": "\n",
    "fin_statement": "\n",
    "contract_clause": "\n",
    "product_fee": "\n",
    "cs_chat": "\n",
    "policy_news": "",
}

NEG = {}
POS = {}

# 1. 金融知识/反诈宣传文章 -------------------------------------------------------------------------
NEG["fin_literacy"] = [
    "温馨提示：天气转凉，温度骤降，很多老人白天在家、晚上出门散步。万一接到陌生来电，千万别着急，马上挂断，再拨打官方热线核实。钱包里的银行卡要和身份证分开放，方便又安全。",
    "【关键词】⟦surword⟧ ⟦namelike⟧ 反诈 ⟦splace⟧ 养老金融。",

    "【金融知识小课堂】“⟦proverb⟧。”近期，⟦city⟧一位客户接到自称“⟦bank⟧客服”的电话，对方准确报出其手机号⟦masked_mobile⟧和卡号尾号⟦tail4⟧，声称要帮其办理“⟦fraud⟧”相关手续。所幸客户多留了个心眼，马上拨打官方客服热线⟦hotline⟧核实，避免了⟦amount⟧的损失。",
    "万一遇到可疑来电，请牢记“三不一多”：不轻信、不透露、不转账、多核实。银行工作人员不会索要短信验证码，更不会要求您把资金转入所谓的“安全账户”。",
    "俗话说“⟦proverb⟧”。理财讲究⟦idiom⟧，年化收益率动辄⟦pct⟧以上、承诺保本保息的产品，十有八九是陷阱。",
    "据⟦inst⟧发布的数据，⟦year⟧年全国共破获电信网络诈骗案件⟦int_mid⟧万起，其中⟦fraud⟧类案件占比⟦pct⟧，受害人平均损失约⟦amount⟧。",
    "周末去菜市场、白天逛公园时，常有老人被“免费领鸡蛋”“保健讲座”吸引。子女们不妨多陪陪父母，聊聊⟦fraud⟧的套路，让“⟦namelike⟧”不只是一句祝福。",
    "古人云：“⟦proverb⟧。”守好钱袋子，从点滴做起：不点陌生链接，不扫来历不明的二维码，不下载非官方渠道的App，收到自称“⟦bank⟧”发来的短信请核对发送号码是否为⟦hotline⟧。",
    "案例回顾：⟦date⟧，某客户在社交平台结识一位“投资导师”，被拉入名为“⟦namelike⟧财富交流群”的群聊。对方先让其小额投入⟦amount⟧并如期返利，随后诱导其追加至⟦amount⟧，最终平台无法提现。⟦city_district⟧警方提醒：⟦proverb⟧。",
    "小贴士：银行卡丢失后，请第一时间通过手机银行或拨打⟦hotline⟧办理挂失；身份证遗失应及时到户籍所在地派出所补办，并可登录征信中心官网查询本人信用报告，防止被冒用。",
    "有诗云“⟦proverb⟧”，用在存钱上再合适不过。每月领到工资后先存下⟦pct⟧，坚持⟦int_small⟧个月，积少成多，效果会让您高兴。",
    "反诈民警提醒，诈骗分子常以“⟦fraud⟧”为名，伪造⟦inst⟧红头文件，文号如“⟦doc_no⟧”，看上去煞有介事。凡是要求线下见面交现金或购买黄金、金条的，一律是诈骗。",
    "在⟦splace⟧，一位年过七旬的阿姨到⟦branch⟧要求向陌生账户汇款⟦amount⟧，大堂经理发现异常后耐心劝阻，并联系民警上门，成功拦截。事后阿姨连声说“谢谢”。",
    "存款保险是什么？根据⟦law⟧及《存款保险条例》，同一存款人在同一家投保机构所有被保险存款账户的存款本金和利息合并计算的资金数额在最高偿付限额以内的，实行全额偿付；最高偿付限额为人民币50万元。",
    "信用卡分期看似每期手续费率仅⟦rate⟧，但折算成年化利率往往接近⟦pct⟧。申请前请看清合同中的“⟦fee_item⟧”条款，量入为出。",
    "国庆假期、春节前后是诈骗高峰期。⟦inst⟧提示：网购退款请认准官方平台，不要轻信“客服”主动来电；机票改签请通过航空公司官方渠道办理，切勿点击短信中的链接。",
    "“天上不会掉馅饼”这句老话，放在今天依然管用。所谓“内部渠道”“稳赚不赔”，背后往往藏着⟦fraud⟧的圈套。⟦idiom⟧，方能⟦idiom⟧。",
    "识别真假钞也是一门学问：一看水印，二摸凹印，三听声音，四测荧光。2019年版第五套人民币100元纸币在票面中部增加了光彩光变面额数字，转动时颜色在金色和绿色之间变化。",
    "某客户收到短信称其“⟦card_product⟧积分即将清零，可兑换⟦amount⟧现金”，链接指向仿冒网站。温馨提示：积分兑换请通过官方App办理，官方短信不会附带陌生链接，尾号为⟦tail4⟧之类的账户信息也不会让您二次确认。",
]

POS["fin_literacy"] = [
    "读者来信：我叫⟦PERSON⟧，家住⟦ADDRESS⟧，上个月接到冒充快递客服的电话，对方让我报出银行卡号⟦BANK_CARD⟧和验证码，我差点就照做了。",
    "稿件待审：案例当事人⟦PERSON⟧，联系电话⟦CN_MOBILE⟧，已签署授权书，发布前请删除联系方式。",
    "本期“反诈达人”获奖读者：⟦PERSON⟧（手机⟦CN_MOBILE⟧），奖品将于⟦date⟧前寄往⟦ADDRESS⟧。",
    "线索征集：如发现⟦fraud⟧窝点，可联系社区民警⟦PERSON⟧，电话⟦CN_LANDLINE⟧，或发送邮件至⟦EMAIL⟧。",
    "当事人⟦PERSON⟧事后回忆，骗子让他把尾号不同的两张卡里的钱都转到卡号为⟦BANK_CARD⟧的所谓“安全账户”，还要求他开启屏幕共享。",
    "（采访对象：退休教师⟦PERSON⟧，身份证号⟦CN_ID_CARD⟧，仅供编辑部核实身份使用。）",
]

# 2. 行业研究报告 -------------------------------------------------------------------------------
NEG["industry_report"] = [
    "林业与石油行业方面，⟦province⟧林业产值同比增长⟦pct⟧，石油开采量保持平稳；黄金价格高位震荡，带动金饰消费“量减价增”。",

    "一、行业概况\n⟦year⟧年，我国⟦industry⟧行业实现营业收入约⟦big_amount⟧，同比增长⟦pct⟧。从区域分布看，⟦province⟧、⟦province⟧两地合计贡献了全国⟦pct⟧的产能，其中⟦city_district⟧产业集群效应明显。",
    "从竞争格局看，⟦brand⟧、⟦brand⟧和⟦brand⟧三家头部企业市场占有率合计达⟦pct⟧，CR5较上年提升⟦pp⟧。⟦brand⟧（⟦stock_code⟧.SH）凭借渠道优势保持领先。",
    "⟦quarter⟧，⟦econ⟧为⟦pct⟧，较上季度末下降⟦bp⟧；⟦econ⟧同比上涨⟦pct⟧，⟦econ⟧回落至荣枯线下方。",
    "调研样本覆盖⟦splace⟧、⟦splace⟧、⟦splace⟧等⟦int_small⟧个县市，共回收有效问卷⟦int_mid⟧份。结果显示，受访小微商户中有⟦pct⟧表示将在未来半年扩大经营，⟦pct⟧认为融资难主要源于缺乏抵押物。",
    "风险提示：⟦industry⟧产能扩张过快可能导致价格战；海外市场方面，⟦country⟧、⟦country⟧等国加征关税将影响出口；石油、黄金等大宗商品价格波动亦需关注。",
    "表3 重点城市⟦industry⟧渗透率（⟦year⟧年）\n城市 | 渗透率 | 同比\n⟦city⟧ | ⟦pct⟧ | +⟦pct⟧\n⟦city⟧ | ⟦pct⟧ | +⟦pct⟧\n⟦city⟧ | ⟦pct⟧ | -⟦pct⟧\n数据来源：⟦inst⟧，本研究所整理。",
    "我们预计⟦year⟧—⟦year⟧年行业复合增速在⟦pct⟧左右，维持“增持”评级。估值方面，板块当前市盈率（TTM）约⟦int_small⟧倍，处于近五年⟦pct⟧分位。",
    "文旅消费持续回暖：国庆假期期间，⟦splace⟧、⟦splace⟧接待游客人次分别同比增长⟦pct⟧和⟦pct⟧，景区门票、酒店、餐饮收入合计约⟦big_amount⟧。高峰期部分景区实行预约限流。",
    "在县域经济层面，⟦province⟧推动“一县一品”，⟦splace⟧的茶叶产业、⟦splace⟧的林业经济已形成规模，带动农户户均增收⟦amount⟧。",
    "报告编号：⟦contract_no⟧｜发布日期：⟦date⟧｜研究部 宏观与行业组\n本报告仅供参考，不构成投资建议。",
    "从银行视角看，⟦industry⟧相关贷款余额⟦big_amount⟧，较年初增加⟦big_amount⟧，不良率⟦pct⟧，低于全部贷款平均水平；⟦bank⟧、⟦bank⟧在该领域投放最为积极。",
    "温度对用电需求影响显著：夏季用电高峰期，⟦province⟧电网最高负荷创历史新高，同比提高⟦pct⟧，带动⟦industry⟧需求释放。",
    "附：主要企业一览（按营收排序）\n1. ⟦brand⟧ 营收⟦big_amount⟧ 净利率⟦pct⟧\n2. ⟦brand⟧ 营收⟦big_amount⟧ 净利率⟦pct⟧\n3. ⟦brand⟧ 营收⟦big_amount⟧ 净利率⟦pct⟧",
    "海外对比：⟦country⟧同类企业平均毛利率为⟦pct⟧，高于国内同行约⟦pct⟧；⟦country⟧市场则以价格竞争为主。建国以来，我国该行业经历了从无到有、由大到强的发展历程。",
    "消费者画像：⟦industry⟧主力消费人群为25—40岁城市白领，一线城市客单价约⟦small_amount⟧，下沉市场复购率达⟦pct⟧；周末与节假日订单占比⟦pct⟧。",
    "图⟦int_small⟧：⟦year⟧年以来⟦econ⟧走势（%）\n注：阴影部分为政策宽松期；⟦month⟧数据为初值。",
]

POS["industry_report"] = [
    "访谈纪要（内部）：受访商户⟦PERSON⟧，经营⟦industry⟧门店三家，联系电话⟦CN_MOBILE⟧，表示⟦quarter⟧客流同比下降约⟦pct⟧。",
    "调研联系人：⟦company⟧财务负责人⟦PERSON⟧，手机⟦CN_MOBILE⟧，邮箱⟦EMAIL⟧；企业统一社会信用代码⟦CN_USCC⟧。",
    "样本企业⟦company⟧（统一社会信用代码：⟦CN_USCC⟧）的实际控制人⟦PERSON⟧持股⟦pct⟧，其个人名下另有对外担保⟦amount⟧。",
    "分析师：⟦PERSON⟧\n电话：⟦CN_LANDLINE⟧\n邮箱：⟦EMAIL⟧",
    "入户调查记录第⟦int_mid⟧号：户主⟦PERSON⟧，身份证号⟦CN_ID_CARD⟧，住址⟦ADDRESS⟧，家庭年收入约⟦small_amount⟧。",
]

# 3. 党建/工会/企业文化 ------------------------------------------------------------------------
NEG["party_union"] = [
    "活动现场，工会还为职工准备了汤圆、丁香茶和贺卡，大家齐心协力，郑重写下新一年的心愿。许多青年员工表示，曾经觉得党建离自己很远，如今却感到格外温馨。",

    "⟦date⟧，⟦branch⟧党支部开展“⟦slogan⟧”主题党日活动。全体党员重温入党誓词，围绕“⟦slogan⟧”交流心得，大家一致表示要以更高标准服务客户。",
    "为迎接国庆假期，工会组织开展“⟦namelike⟧杯”职工羽毛球赛，来自⟦int_small⟧个基层网点的⟦int_mid⟧名职工参赛，赛场上欢声笑语，大家都很高兴。",
    "近日，⟦branch⟧荣获“⟦honour⟧”称号。该网点坚持“⟦slogan⟧”，全年受理客户业务⟦int_big⟧笔，客户满意度达⟦pct⟧。",
    "企业文化是“软实力”。我们倡导“⟦idiom⟧、⟦idiom⟧”的工作作风，弘扬劳模精神、劳动精神、工匠精神，让“⟦slogan⟧”内化于心、外化于行。",
    "廉洁从业警示教育：⟦proverb⟧。全体员工签订《廉洁从业承诺书》，严禁收受客户礼品礼金，严禁违规代客理财，严禁参与民间借贷。",
    "工会“职工之家”新增母婴室、健身角和阅览区，开放时间为工作日⟦hours⟧。职工凭工卡刷卡进入，如遇设备故障请联系工会办公室（⟦room⟧）。",
    "青年员工读书会本期主题为“⟦idiom⟧”，共有⟦int_small⟧名青年员工参加。大家结合岗位实际，谈体会、找差距，纷纷表示要在平凡岗位上建功新时代。",
    "“⟦proverb⟧。”党史学习教育中，支部组织党员赴⟦splace⟧革命纪念馆参观学习，追寻红色足迹，赓续精神血脉。",
    "春节前夕，行工会为全体一线职工发放慰问品，并走访慰问困难职工⟦int_small⟧户、离退休老同志⟦int_small⟧人，送去慰问金合计⟦small_amount⟧。",
    "志愿服务：⟦int_small⟧名青年志愿者走进⟦landmark⟧，开展金融知识普及和反诈宣传，发放宣传折页⟦int_mid⟧份，现场解答群众咨询⟦int_mid⟧人次。",
    "支部书记讲党课强调，要把“⟦slogan⟧”落实到每一笔业务、每一次服务中，坚持⟦idiom⟧，做到⟦idiom⟧。",
    "文明创建：营业厅内设置“文明服务示范岗”和“爱心座椅”，为老年客户提供老花镜、轮椅、便民药箱，让和谐、文明、和平、安宁的氛围温暖每一位来访者。",
    "工会第⟦int_tiny⟧届会员代表大会于⟦date⟧召开，审议通过了工会工作报告和经费审查报告，选举产生新一届工会委员会。",
    "（⟦branch⟧综合办公室供稿，⟦date⟧）",
    "“⟦namelike⟧”不只是一个美好的词语，更是我们的共同追求。全行上下⟦idiom⟧，以“⟦honour⟧”创建为抓手，把⟦slogan⟧的要求落到实处。",
    "职工疗休养安排：第⟦int_small⟧批疗休养定于⟦month⟧赴⟦splace⟧开展，行程⟦int_tiny⟧天，费用由工会经费列支，人均标准不超过⟦int_tiny⟧000元。",
]

POS["party_union"] = [
    "表彰名单：授予⟦PERSON⟧、⟦PERSON⟧、⟦PERSON⟧等同志“优秀共产党员”称号，授予⟦PERSON⟧同志“优秀党务工作者”称号。",
    "\n困难职工帮扶申请表\n申请人：⟦PERSON⟧\n身份证号：⟦CN_ID_CARD⟧\n工资卡号：⟦BANK_CARD⟧\n家庭住址：⟦ADDRESS⟧\n联系电话：⟦CN_MOBILE⟧\n",
    "本次活动由工会联络员⟦PERSON⟧负责报名，电话⟦CN_MOBILE⟧，报名截止时间⟦date⟧。",
    "“最美员工”⟦PERSON⟧同志扎根柜面⟦int_small⟧年，累计为客户挽回损失⟦amount⟧。",
    "慰问对象：离退休职工⟦PERSON⟧，住址⟦ADDRESS⟧，家属电话⟦CN_MOBILE⟧。",
]

# 4. 网点服务指南与公告 --------------------------------------------------------------------------
NEG["branch_guide"] = [
    "为方便周边居民，网点在周末白天增设流动服务车，车辆停靠于⟦landmark⟧附近，可办理余额查询、钱包充值和社保卡申请。",

    "【营业时间调整公告】尊敬的客户：因国庆假期安排，⟦branch⟧将于10月1日至10月7日暂停对公业务，个人业务营业时间调整为⟦hours⟧。给您带来不便，敬请谅解。",
    "网点名称：⟦branch⟧\n营业地址：⟦branch_address⟧\n营业时间：周一至周五 ⟦hours⟧；周末 ⟦hours⟧\n服务热线：⟦hotline⟧",
    "交通指引：乘坐⟦metro⟧至⟦landmark⟧站，⟦exit_no⟧号口出，向东步行约⟦meters⟧米即到；或乘坐⟦bus⟧、⟦bus⟧至“⟦landmark⟧”站下车。网点门前设有非机动车停放区。",
    "温馨提示：工作日上午⟦hours⟧为业务高峰期，建议您错峰办理，或通过手机银行App预约取号。当前叫号⟦ticket_no⟧，请到⟦window⟧办理。",
    "本网点配备智能柜员机⟦int_small⟧台、存取款一体机⟦int_small⟧台，可办理开卡、密码重置、转账汇款等⟦int_small⟧项业务。自助区24小时开放。",
    "适老化服务：网点设有爱心窗口、无障碍通道和助老服务专区，老年客户可享受优先叫号。对行动不便的客户，可拨打⟦hotline⟧预约上门服务。",
    "【迁址公告】为提升服务品质，⟦branch⟧将于⟦date⟧起迁至新址营业，原址同时停业。新址位于⟦road#r1⟧与⟦road#r2⟧交叉口西北角，⟦landmark⟧对面。",
    "外币兑换：本网点可办理美元、欧元、日元、港币等⟦int_small⟧个币种的现钞兑换，单笔兑换超过等值⟦amount⟧需提前一个工作日预约。",
    "暂停服务提示：因系统升级，⟦date⟧ ⟦hours⟧期间，自助设备、网上银行暂停服务，柜面业务正常办理。",
    "值班大堂经理：⟦surname⟧经理（工号⟦staff_no⟧）。办理业务请携带本人有效身份证件原件；代办需同时提供代理人和被代理人证件。",
    "周边设施：网点所在的⟦landmark⟧商圈有停车场⟦int_small⟧处，前⟦int_small⟧分钟免费；附近设有公交枢纽和共享单车停放点。",
    "投诉与建议：如对我们的服务有任何意见，请拨打⟦hotline⟧或⟦hotline400⟧，也可在网点意见簿留言。",
    "现金业务提示：单笔取现⟦amount⟧（含）以上请提前一天预约；硬币兑换请于每周⟦weekday⟧到本网点办理。",
    "本公告自⟦date⟧起生效。\n⟦bank⟧⟦city⟧分行\n⟦date⟧",
    "⟦branch⟧邮政编码：⟦postcode⟧；对公业务咨询请至二楼⟦room⟧。",
    "夏季高温提示：网点大厅温度保持在26℃左右，备有饮用水和防暑药品；白天客流较大时，可先在等候区休息。",
    "周末及节假日营业网点一览\n⟦branch⟧ ⟦hours⟧\n⟦branch⟧ ⟦hours⟧\n⟦branch⟧ 暂停营业",
]

POS["branch_guide"] = [
    "【预约成功】尊敬的⟦PERSON⟧客户，您已成功预约⟦date⟧ ⟦clock⟧在⟦branch⟧办理大额取现业务，预约手机号⟦CN_MOBILE⟧，请携带身份证原件按时到达。",
    "【失物招领】本网点于⟦date⟧在自助区拾获居民身份证一张，姓名：⟦PERSON⟧，证号：⟦CN_ID_CARD⟧。请失主携带户口簿到柜台认领。",
    "拾获银行卡一张，卡号⟦BANK_CARD⟧，持卡人⟦PERSON⟧，已按规定暂存于网点。",
    "上门服务登记：客户⟦PERSON⟧，住址⟦ADDRESS⟧，家属联系电话⟦CN_MOBILE⟧，预约⟦date⟧上门办理社保卡激活。",
    "访客车辆登记：⟦LICENSE_PLATE⟧（客户⟦PERSON⟧，办理对公开户，⟦clock⟧入场）",
    "客户⟦PERSON⟧持护照⟦CN_PASSPORT⟧办理外币兑换，已完成身份核验。",
    "客户⟦PERSON⟧持港澳居民来往内地通行证⟦CN_HK_MACAU_PERMIT⟧办理开户，预留手机⟦CN_MOBILE⟧。",
]

# 5. 系统日志与配置 -----------------------------------------------------------------------------
NEG["syslog_config"] = [
    "# 机房温度告警阈值\nalert.temperature.max=28\nalert.humidity.max=65\n# 余额查询限流\nratelimit.balance.qps=⟦int_mid⟧\nfeature.gold.enabled=true  # 黄金积存开关",

    "⟦log_ts⟧ INFO  [⟦service⟧,⟦trace_id⟧] ⟦java_class⟧ - request completed status=200 cost=⟦duration⟧ orderNo=⟦order_no⟧",
    "⟦log_ts⟧ ERROR [⟦service⟧] ⟦java_class⟧ - call downstream failed, retry=⟦int_small⟧\n⟦exception⟧\n\tat ⟦java_class⟧.invoke(RouteHandler.java:⟦int_mid⟧)\n\tat ⟦java_class⟧.handle(Unknown Source)",
    "spring:\n  application:\n    name: ⟦service⟧\n  datasource:\n    url: jdbc:postgresql://⟦host⟧:⟦port⟧/acct\n    hikari:\n      maximum-pool-size: ⟦int_small⟧\nserver:\n  port: ⟦port⟧",
    "{\"event\":\"batch_finished\",\"job\":\"EOD_SETTLE\",\"runId\":\"⟦uuid⟧\",\"records\":⟦int_mid⟧,\"amount\":\"⟦num⟧\",\"ts\":\"⟦iso_ts⟧\"}",
    "CREATE TABLE t_cust_contact (\n  id BIGINT PRIMARY KEY,\n  cust_name VARCHAR(64) COMMENT '客户姓名',\n  mobile VARCHAR(20) COMMENT '手机号（密文）',\n  id_no_enc VARBINARY(256) COMMENT '证件号SM4密文',\n  home_addr VARCHAR(256) COMMENT '家庭住址',\n  created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP\n);",
    "# HELP ⟦metric⟧ exported by ⟦service⟧\n# TYPE ⟦metric⟧ gauge\n⟦metric⟧{service=\"⟦service⟧\",pod=\"⟦host⟧-⟦git_short⟧\"} ⟦int_mid⟧",
    "deploy: ⟦service⟧ ⟦version⟧ build ⟦git_short⟧ image=registry.local/⟦service⟧@sha256:⟦md5⟧⟦md5⟧ replicas=⟦int_small⟧",
    "⟦log_ts⟧ WARN  [⟦service⟧] masked payload: {mobile=⟦masked_mobile⟧, card=⟦masked_card⟧, idNo=⟦masked_id⟧, name=⟦masked_name⟧}",
    "kafka.topic=acct.txn.events partitions=⟦int_small⟧ replication=3 lag=⟦int_mid⟧ consumerGroup=⟦service⟧-cg",
    "⟦log_ts⟧ INFO  [⟦service⟧] sms sent template=OTP_LOGIN channel=⟦hotline⟧ msgId=⟦serial⟧ result=SUCCESS",
    "-- migration V⟦int_small⟧__add_idx.sql checksum=⟦md5⟧\nALTER TABLE t_txn_detail ADD INDEX idx_txn_date (txn_date, branch_code);",
    "health: {\"status\":\"UP\",\"db\":\"UP\",\"redis\":\"UP\",\"diskFree\":\"⟦int_mid⟧MB\",\"version\":\"⟦version⟧\",\"commit\":\"⟦git_short⟧\"}",
    "⟦log_ts⟧ DEBUG [⟦service⟧] cache hit key=cust:profile:⟦md5⟧ ttl=⟦int_mid⟧s",
    "[cron] 0 30 2 * * ? job=⟦service⟧.archive next=⟦iso_ts⟧ lastDuration=⟦duration⟧",
    "upstream ⟦service⟧ {\n    server ⟦host⟧:⟦port⟧ weight=5;\n    server ⟦host⟧:⟦port⟧ weight=5 backup;\n    keepalive ⟦int_small⟧;\n}",
    "⟦log_ts⟧ INFO  [batch-settle] file=SETTLE_⟦date⟧_⟦int_mid⟧.dat lines=⟦int_big⟧ md5=⟦md5⟧ serial=⟦serial⟧",
    "{\"code\":\"E⟦int_mid⟧\",\"msg\":\"余额不足\",\"traceId\":\"⟦trace_id⟧\",\"txnSeq\":\"⟦serial⟧\",\"staff\":\"⟦staff_no⟧\"}",
]

POS["syslog_config"] = [
    "⟦log_ts⟧ INFO  [cif-query] query customer name=⟦PERSON⟧ mobile=⟦CN_MOBILE:plain⟧ idNo=⟦CN_ID_CARD:plain⟧ clientIp=⟦IP_ADDRESS⟧",
    "{\"txnType\":\"TRANSFER\",\"payerCard\":\"⟦BANK_CARD:plain⟧\",\"payeeName\":\"⟦PERSON⟧\",\"amount\":\"⟦num⟧\",\"reqIp\":\"⟦IP_ADDRESS⟧\",\"ts\":\"⟦iso_ts⟧\"}",
    "INSERT INTO t_cust_contact (id, cust_name, mobile, email, home_addr) VALUES (⟦int_mid⟧, '⟦PERSON⟧', '⟦CN_MOBILE:plain⟧', '⟦EMAIL⟧', '⟦ADDRESS⟧');",
    "⟦log_ts⟧ WARN  [risk-scorer] login from new device, user=⟦CN_MOBILE:plain⟧ ip=⟦IP_ADDRESS⟧ deviceId=⟦uuid⟧",
    "⟦log_ts⟧ INFO  [ocr-service] passport recognised no=⟦CN_PASSPORT⟧ name=⟦PERSON⟧ score=0.98",
    "⟦log_ts⟧ INFO  [loan-engine] collateral plate=⟦LICENSE_PLATE⟧ owner=⟦PERSON⟧ corpUscc=⟦CN_USCC⟧",
    "⟦log_ts⟧ INFO  [msg-push] landline callback scheduled tel=⟦CN_LANDLINE⟧ cust=⟦PERSON⟧",
]

# 6. 财务报表与附注 -----------------------------------------------------------------------------
NEG["fin_statement"] = [
    "其他说明：本期管理费用中包括顾问咨询费⟦num⟧元、包装材料费⟦num⟧元、车辆使用费⟦num⟧元、卫生及安全生产费⟦num⟧元。",

    "合并资产负债表（单位：人民币元）\n项目 | 附注 | ⟦year⟧年12月31日 | 上年年末\n⟦subject⟧ | 五、1 | ⟦num⟧ | ⟦num⟧\n⟦subject⟧ | 五、2 | ⟦num⟧ | ⟦num⟧\n⟦subject⟧ | 五、3 | ⟦num⟧ | ⟦num⟧",
    "注释⟦int_small⟧. ⟦subject⟧\n期末余额⟦num⟧元，较期初增长⟦pct⟧，主要系⟦industry⟧板块业务规模扩大所致。账龄1年以内的占比⟦pct⟧。",
    "主要财务指标：资本充足率⟦pct⟧，核心一级资本充足率⟦pct⟧，不良贷款率⟦pct⟧，拨备覆盖率⟦pct⟧，净息差⟦pct⟧，成本收入比⟦pct⟧。",
    "利润表（⟦year⟧年度）\n一、营业收入 ⟦num⟧\n  其中：利息净收入 ⟦num⟧\n        手续费及佣金净收入 ⟦num⟧\n二、营业支出 ⟦num⟧\n三、营业利润 ⟦num⟧\n四、净利润 ⟦num⟧",
    "本财务报表业经会计师事务所（特殊普通合伙）审计，并出具标准无保留意见的审计报告（报告文号：⟦audit_no⟧）。",
    "会计政策变更：根据财政部⟦doc_no⟧，本集团自⟦date⟧起执行新金融工具准则，对期初留存收益的累计影响金额为⟦num⟧元。",
    "⟦subject⟧明细（按款项性质）\n保证金及押金 ⟦num⟧\n员工备用金 ⟦num⟧\n往来款 ⟦num⟧\n合计 ⟦num⟧",
    "贷款五级分类：正常类⟦pct⟧、关注类⟦pct⟧、次级类⟦pct⟧、可疑类⟦pct⟧、损失类⟦pct⟧。",
    "资产负债表日后事项：⟦date⟧，经董事会审议通过，本公司拟每10股派发现金红利⟦int_small⟧.⟦int_small⟧元（含税）。",
    "分部信息（单位：万元）\n地区 | 营业收入 | 利润总额\n长三角 | ⟦int_big⟧ | ⟦int_big⟧\n珠三角 | ⟦int_big⟧ | ⟦int_big⟧\n中西部 | ⟦int_big⟧ | ⟦int_big⟧",
    "关联交易：本行与⟦brand⟧集团发生的贷款余额为⟦big_amount⟧，占贷款总额的⟦pct⟧，交易条件与独立第三方一致。",
    "凭证号：记-⟦int_mid⟧  摘要：计提⟦month⟧职工薪酬  借：管理费用 ⟦num⟧  贷：应付职工薪酬 ⟦num⟧",
    "现金流量表补充资料：将净利润调节为经营活动现金流量，其中固定资产折旧⟦num⟧、无形资产摊销⟦num⟧、信用减值损失⟦num⟧。",
    "黄金租赁业务期末余额⟦big_amount⟧，贵金属存货按公允价值计量，本期公允价值变动收益⟦num⟧元。",
    "主要子公司：⟦splace⟧村镇银行（持股比例⟦pct⟧）、⟦splace⟧金融租赁有限公司（持股比例⟦pct⟧），注册地分别为⟦province⟧和⟦province⟧。",
    "银行存款明细\n开户行 | 账户性质 | 期末余额\n⟦bank⟧⟦branch⟧ | 基本户（尾号⟦tail4⟧） | ⟦num⟧\n⟦bank⟧⟦branch⟧ | 一般户（尾号⟦tail4⟧） | ⟦num⟧",
]

POS["fin_statement"] = [
    "⟦subject⟧——个人往来明细：⟦PERSON⟧ ⟦num⟧元（借款，身份证号⟦CN_ID_CARD⟧），⟦PERSON⟧ ⟦num⟧元（备用金）。",
    "前十名股东中的自然人股东：⟦PERSON⟧，持股比例⟦pct⟧；⟦PERSON⟧，持股比例⟦pct⟧。",
    "或有事项：本公司为客户⟦PERSON⟧（证件号码⟦CN_ID_CARD⟧）的个人经营贷款提供连带责任保证，担保余额⟦amount⟧。",
    "应收账款前五名：⟦company⟧（统一社会信用代码⟦CN_USCC⟧）⟦num⟧元，占比⟦pct⟧。",
    "退款凭证附件：收款人⟦PERSON⟧，收款卡号⟦BANK_CARD⟧，金额⟦num⟧元，经办人联系电话⟦CN_MOBILE⟧。",
]

# 7. 合同范本与制度条款 -------------------------------------------------------------------------
NEG["contract_clause"] = [
    "第⟦int_small⟧条 甲方应严格遵守乙方章程及相关规定，费用范围包括但不限于工本费、手续费及邮寄费。许可使用期间，甲方不得将账户出租、出借。",

    "⟦contract_title⟧\n合同编号：⟦contract_no⟧\n甲方（借款人）：______\n证件类型及号码：________________\n乙方（贷款人）：⟦bank⟧⟦city⟧分行",
    "第⟦int_small⟧条 借款金额为人民币（大写）【金额】，借款期限自____年____月____日起至____年____月____日止。",
    "第⟦int_small⟧条 甲方应按月付息，执行年利率⟦rate⟧，即贷款市场报价利率（LPR）加⟦bp⟧。LPR调整时，自下一个对年对月对日起按新利率执行。",
    "第⟦int_small⟧条 本合同项下的通知，以挂号信、特快专递或短信方式发送至本合同载明的地址或号码即视为送达。甲方变更联系方式的，应于⟦int_small⟧日内书面通知乙方。",
    "第⟦int_small⟧条 争议解决：因本合同引起的争议，由双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。",
    "甲方（签字）：__________        乙方（盖章）：__________\n签订日期：____年____月____日    签订地点：⟦city_district⟧",
    "客户信息（由客户填写）：\n姓名：【客户姓名】  证件号码：【证件号码】\n联系电话：【联系电话】  通讯地址：【地址】\n开户账号：【账号】",
    "个人信息授权条款：本人同意乙方依据⟦law⟧及相关规定，在业务办理所必需的范围内处理本人的个人信息，包括姓名、证件号码、手机号码、通讯地址等。",
    "第⟦int_small⟧条 违约责任：甲方未按期还款的，乙方有权对逾期本金按合同利率加收⟦pct⟧计收罚息，并对未支付利息计收复利。",
    "模板变量说明：{{customer_name}} 为客户姓名；${mobile} 为手机号；${card_tail} 为卡号后四位；生成时由系统自动替换，请勿手工修改。",
    "附件⟦int_small⟧：《⟦contract_title⟧》补充条款（版本号⟦version⟧，生效日期⟦date⟧）",
    "保管箱租用须知：租期以年为单位，租金按箱型收取：小型箱⟦small_amount⟧/年、中型箱⟦small_amount⟧/年、大型箱⟦small_amount⟧/年；钥匙遗失需支付换锁费⟦small_amount⟧。",
    "本制度由⟦bank⟧个人金融部负责解释，自印发之日起施行。原《⟦contract_title⟧管理办法》（⟦doc_no⟧）同时废止。",
    "第⟦int_small⟧条 担保方式：本合同项下债务由××提供连带责任保证，保证合同编号：⟦contract_no⟧。",
    "甲方：⟦company⟧（以下简称“甲方”）\n法定代表人：________\n乙方：⟦bank⟧⟦branch⟧",
    "第⟦int_small⟧条 不可抗力：因地震、台风、洪水、疫情等不可抗力导致合同无法履行的，受影响一方应在⟦int_small⟧日内通知对方，并提供相关证明。万一发生上述情形，双方互不承担违约责任。",
    "借款人声明：本人已阅读并理解本合同全部条款，特别是以黑体加粗标示的免除或限制乙方责任的条款。\n借款人（签字）：【借款人】  日期：____年____月____日",
]

POS["contract_clause"] = [
    "甲方（借款人）：⟦PERSON⟧\n身份证号码：⟦CN_ID_CARD⟧\n住所：⟦ADDRESS⟧\n联系电话：⟦CN_MOBILE⟧",
    "还款账户：户名⟦PERSON⟧，卡号⟦BANK_CARD⟧，开户行⟦bank⟧⟦branch⟧。",
    "保证人：⟦PERSON⟧，证件类型：护照，证件号码：⟦CN_PASSPORT⟧，电子邮箱：⟦EMAIL⟧。",
    "抵押物：小型轿车一辆，号牌号码⟦LICENSE_PLATE⟧，登记所有人⟦PERSON⟧。",
    "甲方：⟦company⟧，统一社会信用代码：⟦CN_USCC⟧，联系人⟦PERSON⟧，电话⟦CN_LANDLINE⟧。",
    "共同借款人：⟦PERSON⟧，港澳居民来往内地通行证号码：⟦CN_HK_MACAU_PERMIT⟧，通讯地址：⟦ADDRESS⟧。",
]

# 8. 产品说明与费率表 ---------------------------------------------------------------------------
NEG["product_fee"] = [
    "“金秋特供”黄金产品：金额满1万元赠送钱包一个；周末白天到店购买还可享受免费包装和刻字服务，数量有限，先到先得。",

    "【产品说明】⟦product⟧（产品代码：⟦product_code⟧）是一款固定收益类理财产品，风险等级R2，业绩比较基准⟦rate⟧—⟦rate⟧（年化），起购金额1万元，期限⟦days⟧天。",
    "信用卡年费标准\n卡种 | 主卡年费 | 附属卡年费 | 免年费条件\n普卡 | 100元 | 50元 | 年刷卡⟦int_small⟧次\n金卡 | 200元 | 100元 | 年刷卡⟦int_small⟧次\n白金卡 | ⟦int_mid⟧元 | ⟦int_mid⟧元 | 年消费满⟦small_amount⟧",
    "⟦fee_item⟧：⟦small_amount⟧/笔；⟦fee_item⟧：按交易金额的⟦fee_pct⟧收取，最低⟦small_amount⟧，最高⟦small_amount⟧。",
    "⟦card_product⟧权益：机场贵宾厅每年⟦int_small⟧次、道路救援⟦int_small⟧次、境外消费返现⟦fee_pct⟧；权益有效期至⟦date⟧。",
    "黄金积存：起存⟦grams⟧克，按上海黄金交易所Au99.99实时价格折算，申购费率⟦fee_pct⟧，赎回费率⟦fee_pct⟧。",
    "存款利率表（年利率）\n活期 ⟦rate⟧\n三个月 ⟦rate⟧\n一年 ⟦rate⟧\n三年 ⟦rate⟧\n大额存单起存金额20万元",
    "基金代码：⟦fund_code⟧  基金名称：⟦namelike⟧混合型证券投资基金  申购费率：⟦fee_pct⟧  管理费：⟦fee_pct⟧/年  托管人：⟦bank⟧",
    "温馨提示：理财非存款，产品有风险，投资须谨慎。过往业绩不代表未来表现，详情请咨询⟦hotline⟧或前往就近网点。",
    "周末理财专享：每周⟦weekday⟧购买，按⟦rate⟧计息，到期自动赎回至尾号⟦tail4⟧的签约账户。",
    "跨境汇款手续费：按汇款金额⟦fee_pct⟧收取，最低⟦int_small⟧元、最高⟦int_mid⟧元；电讯费每笔⟦int_small⟧元。汇往⟦country⟧需额外支付中转行费用。",
    "⟦card_product⟧申请条件：年满18周岁，具有稳定收入；⟦card_product⟧需提供近⟦int_small⟧个月工资流水或资产证明不低于⟦amount⟧。",
    "产品要素：发行规模上限⟦big_amount⟧；募集期⟦date⟧至⟦date⟧；成立日⟦date⟧；理财产品登记编码⟦product_code⟧。",
    "安心存（⟦product_code⟧）：⟦int_small⟧个月定期，提前支取按活期计息；“高峰期专享”额度有限，售完即止。",
    "ETC车主卡：办理即享通行费⟦fee_pct⟧优惠，支持全国高速公路联网收费；每月⟦int_small⟧日为到期还款日。",
    "⟦card_product⟧费率表（⟦year⟧版）\n项目 | 标准 | 备注\n⟦fee_item⟧ | ⟦small_amount⟧ | 免收\n⟦fee_item⟧ | ⟦fee_pct⟧ | 最低⟦int_small⟧元\n⟦fee_item⟧ | ⟦small_amount⟧ | 按次收取",
    "和美家庭保险（产品编号⟦product_code⟧）：投保年龄出生满30天至65周岁，保障期限⟦int_small⟧年，年缴保费⟦small_amount⟧起。",
]

POS["product_fee"] = [
    "申请示例（已获客户授权）：申请人⟦PERSON⟧，申请卡种⟦card_product⟧，手机⟦CN_MOBILE⟧，住址⟦ADDRESS⟧。",
    "ETC绑定信息：车牌⟦LICENSE_PLATE⟧，车主⟦PERSON⟧，扣款卡号⟦BANK_CARD⟧。",
    "大额存单认购确认：客户⟦PERSON⟧，证件号⟦CN_ID_CARD⟧，认购金额⟦amount⟧，资金来源卡号⟦BANK_CARD⟧。",
    "理财经理回访记录：客户⟦PERSON⟧（⟦CN_MOBILE⟧）确认已知悉产品风险等级R3，电子对账单发送至⟦EMAIL⟧。",
    "企业客户⟦company⟧（⟦CN_USCC⟧）开通代发工资，收费标准按每笔⟦small_amount⟧执行。",
]

# 9. 客服聊天 -----------------------------------------------------------------------------------
NEG["cs_chat"] = [
    "客户：马上月底了，余额不够还款咋办😭\n客服：别着急，您可以申请分期或最低还款，万一逾期会影响征信哦。\n客户：好的，谢谢谢谢",

    "客户（⟦nick⟧）：请问信用卡年费怎么免啊⟦emoji⟧\n客服：您好，普卡一年刷满⟦int_small⟧次即可免次年年费哦~",
    "客户：你们周末上班吗？我白天没空\n客服：亲，大部分网点周末正常营业，具体可在App“网点查询”里看，营业时间⟦hours⟧。",
    "客户：手机号⟦masked_mobile⟧收不到验证码怎么办\n客服：请确认信号正常，并检查是否被拦截软件屏蔽，也可尝试语音验证码。",
    "客户：我尾号⟦tail4⟧的卡刚才被扣了⟦small_amount⟧，没看懂是啥费用⟦emoji⟧\n客服：您好，这可能是⟦fee_item⟧，建议您在App账单详情中查看。",
    "客户：⟦slang⟧，理财又亏了\n客服：理解您的心情⟦emoji⟧，净值类产品短期波动属正常现象，建议您关注长期表现。",
    "客户：上次那个⟦surname_title⟧说可以提额，咋还没动静\n客服：提额申请一般⟦int_small⟧个工作日内审核，结果会以短信通知。",
    "客户：我想问下存款利率现在多少\n客服：目前三年期整存整取年利率⟦rate⟧，各网点可能略有差异，以实际办理为准。",
    "客服：为保障您的资金安全，请勿在对话中发送完整卡号、密码和验证码。\n客户：好的好的👌",
    "客户：马上要出国去⟦country⟧，卡能直接刷吗\n客服：带有银联标识的卡在当地大部分商户可用，境外消费按⟦fee_pct⟧收取货币转换费。",
    "客户：请问在哪能办社保卡？\n客服：您可前往⟦branch⟧等网点办理，记得带上身份证原件哦。",
    "客户：转账显示“交易处理中”，流水号⟦order_no⟧\n客服：跨行转账一般⟦int_small⟧小时内到账，请耐心等待。",
    "客户：有个⟦surname_mou⟧说他是你们银行的，让我下载会议软件共享屏幕，是真的吗？\n客服：这是典型诈骗手法！请立即停止操作，如已转账请拨打110报警。",
    "[系统] 会话编号⟦serial⟧，客户已评价：非常满意⭐⭐⭐⭐⭐",
    "客户：谢谢啦，你们服务真方便\n客服：不客气，祝您生活愉快、万事如意！如有疑问可随时拨打⟦hotline⟧。",
    "客户：你好我是⟦surname#s⟧女士，想问下存单到期了会自动转存吗\n客服：⟦surname#s⟧女士您好，如开户时约定了自动转存，到期后会按当时利率自动续存。",
    "客户：我叫啥你们系统里能看到吧hhh\n客服：为保护隐私，我们这边看到的是脱敏信息，比如⟦masked_name⟧、⟦masked_mobile⟧。",
    "客户（⟦nick⟧）：⟦slang⟧⟦emoji⟧ 黄金现在能买吗\n客服：积存金按实时金价计价，今日参考价⟦int_mid⟧.⟦int_small⟧元/克，投资需谨慎哦。",
    "[机器人] 您好，我是智能助手“小安”，请问有什么可以帮您？\n客户：转人工\n[系统] 正在为您转接，当前排队⟦int_small⟧人，预计等待⟦int_small⟧分钟。",
]

POS["cs_chat"] = [
    "客户：你好，我叫⟦PERSON#a⟧，手机号⟦CN_MOBILE⟧，卡被锁了⟦emoji⟧\n客服：⟦PERSON#a⟧您好，已为您提交解锁申请。",
    "客户：卡号是⟦BANK_CARD⟧，帮我查下为啥转不出去\n客服：为了您的安全，请勿在对话中发送完整卡号。",
    "客户：身份证⟦CN_ID_CARD⟧，我要改预留手机号，新号码⟦CN_MOBILE⟧",
    "客户：账单别寄到⟦ADDRESS⟧了，我搬家了，改成电子账单发⟦EMAIL⟧吧",
    "客户：我家座机是⟦CN_LANDLINE⟧，回访请打这个，找⟦PERSON⟧",
    "客户：我是香港居民，回乡证号⟦CN_HK_MACAU_PERMIT⟧，可以线上开户吗？\n客服：您好，港澳居民需本人持回乡证到网点办理。",
]

# 10. 新闻与政策解读 ----------------------------------------------------------------------------
NEG["policy_news"] = [
    "⟦province⟧林业局与石油化工行业协会联合发布报告：严格落实生态保护红线，杜绝违规开采。温度升高导致森林火险等级上升，已引起有关部门高度重视。",
    "【关键词】⟦surword⟧ ⟦namelike⟧ ⟦splace⟧ ⟦industry⟧",

    "本报讯 ⟦date⟧，⟦inst⟧印发《关于进一步做好⟦industry⟧金融服务的通知》（⟦doc_no⟧），提出⟦int_small⟧方面举措，要求银行业金融机构加大信贷投放。",
    "政策解读：为什么说这次降准“不简单”？⟦inst⟧宣布下调金融机构存款准备金率0.5个百分点，预计释放长期流动性约⟦big_amount⟧。专家表示，此举有利于降低社会综合融资成本。",
    "⟦law⟧自⟦date⟧起施行。⟦inst⟧有关负责人表示，新规明确了个人信息处理者的义务，金融机构应当建立健全内部管理制度。",
    "记者从⟦inst⟧获悉，⟦quarter⟧全国⟦econ⟧为⟦pct⟧，同比下降⟦bp⟧。其中，⟦province⟧、⟦province⟧两地增速居前。",
    "⟦city⟧出台支持住房消费“⟦int_small⟧条”：首套房首付比例最低⟦pct⟧，公积金贷款额度最高可达⟦amount⟧，⟦district⟧等区域取消限购。",
    "一图读懂：⟦year⟧年度个人所得税汇算清缴时间为次年3月1日至6月30日，年度综合所得收入不超过12万元的可免于办理；子女教育、赡养老人等专项附加扣除标准提高。",
    "法院判例：在⟦case_no⟧案中，法院认定银行未尽到安全保障义务，判决其承担⟦pct⟧的赔偿责任。该案被列入年度金融审判典型案例。",
    "⟦splace⟧市政府与⟦bank⟧签署战略合作协议，未来五年将提供意向性融资⟦big_amount⟧，重点支持林业、石油化工转型和城市更新项目。",
    "据悉，数字人民币试点已扩展至⟦int_small⟧个省份，累计交易金额⟦big_amount⟧。在⟦splace⟧，市民可用数字人民币乘坐公交、缴纳水电费。",
    "专家观点：稳增长政策仍需加力。“⟦idiom⟧，⟦idiom⟧。”⟦inst⟧研究人员认为，下半年货币政策将保持稳健，⟦econ⟧有望温和回升。",
    "国庆假期期间，⟦inst⟧数据显示全国跨境支付交易⟦int_big⟧笔，同比增长⟦pct⟧，入境游客来自⟦country⟧、⟦country⟧的居多。",
    "新规要点：一是明确⟦industry⟧企业贷款贴息⟦pct⟧；二是延长政策期限至⟦date⟧；三是对⟦province⟧等受灾地区给予倾斜。政策文件编号⟦doc_no⟧。",
    "（来源：⟦inst⟧网站，⟦date⟧）",
    "⟦inst⟧公布第⟦int_small⟧批涉嫌非法集资风险名单，涉及“⟦namelike⟧资本”“⟦surword⟧财富”等⟦int_small⟧家机构，提醒公众远离。",
    "“建国以来最大规模的……”——这类夸张标题近期在网络上频繁出现。⟦inst⟧提醒，政策信息请以官方网站发布为准，对标注“内部文件”“⟦doc_no⟧”的截图要多加甄别。",
    "⟦city_district⟧召开⟦industry⟧发展推进会，会上发布了⟦int_small⟧项支持措施，预计带动社会投资⟦big_amount⟧，新增就业岗位⟦int_big⟧个。",
]

POS["policy_news"] = [
    "典型案例：⟦city_district⟧居民⟦PERSON⟧在办理社保卡时，被不法分子冒用身份证号⟦CN_ID_CARD⟧开立账户，目前已追回损失。",
    "新闻热线征集线索，读者⟦PERSON⟧来电（⟦CN_MOBILE⟧）反映，其名下卡号⟦BANK_CARD⟧的账户被莫名冻结。",
    "获奖公示：“我与个人信息保护”征文一等奖⟦PERSON⟧，联系邮箱⟦EMAIL⟧；二等奖⟦PERSON⟧、⟦PERSON⟧。",
    "判决书显示，被告人⟦PERSON⟧（公民身份号码⟦CN_ID_CARD⟧，户籍地⟦ADDRESS⟧）犯帮助信息网络犯罪活动罪。",
    "受访者⟦PERSON⟧驾驶的新能源车⟦LICENSE_PLATE⟧享受了以旧换新补贴⟦small_amount⟧。",
]
