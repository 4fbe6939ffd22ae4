"""Templates of the blind corpus: DEV and TEST never share a template.

Slots: ``{KIND}`` inserts a fresh value, ``{KIND:n}`` the same value each time within a record.
Upper-case kinds are PII (see ``generate.PII``), lower-case kinds are look-alikes that are not
PII (``generate.LOOK``). ``<<a|b|c>>`` picks one alternative. PII-free ("neg") templates use
lower-case slots only.
"""

DEV = {
    "complaint_letter": {
        "pii": [
            "投诉信\n尊敬的{bank}领导：\n本人{P:1}，身份证号{ID}，于{date}在贵行{branch}办理业务时，柜员态度恶劣，<<还多收了|无故扣了|没有告知就收取了>>{amt}手续费。"
            "我多次拨打{hot}无人处理。请尽快联系我，手机{MOB}，地址{AF}。\n投诉人：{P:1}\n{date}",
            "关于信用卡年费的投诉\n我是持卡人{P}，卡号{CARD}，<<上个月|{date}>>收到短信说扣了年费{amt}。"
            "办卡时业务员{P}明确说免年费，现在却不认账。我爱人{P}也在场可以作证。联系电话{TEL}，邮箱{MAIL}。",
            "致{bank}消费者权益保护部：\n{P:1}夫妇二人<<于|在>>{date}到{branch}咨询理财，被推荐购买了风险等级R4的产品，亏损{amt}。"
            "我们都是<<农民|退休工人|普通工薪族>>，不懂这些。{P:1}的手机是{MOB}，家住{AN}，望贵行给个说法。",
            "投诉编号{order}\n客户{P}反映：其尾号{tail}的借记卡在{country}被盗刷{amt}，本人一直在国内，卡号{CARD}，"
            "身份证{ID}，要求全额退还。回访电话{MOB}。",
        ],
        "neg": [
            "投诉处理回复\n您好，关于您反映的{date}扣费问题，经核实系{branch}系统{err}错误导致，已于{date}退回{amt}。"
            "如有疑问请拨打{hot}。感谢您对{bank}的支持！",
            "投诉月报：本月共受理投诉{n}件，其中{word}相关{n}件，涉及金额{amt}；{dist}辖内网点{n}家，平均处理时长{n}小时。"
            "主要问题集中在{word}和{word}两方面，客户{mname}的工单号{order}已结案。",
        ],
    },
    "loan_review": {
        "pii": [
            "个人住房贷款审查意见\n借款人：{P:1}  证件号码：{ID}\n配偶：{P}  手机：{MOB}\n抵押物坐落：{AF}\n"
            "申请金额{amt}，期限{n}年，执行利率{rate}。借款人在{branch}代发工资，月收入约{amt}。经审查，同意上报。",
            "经营贷尽调报告：企业名称{city}恒达贸易有限公司，统一社会信用代码{USCC}，法定代表人{P:1}（身份证{ID}）。"
            "经营地址{AN}，实际控制人{P:1}持股{n}%。还款账户{CARD}，近{n}个月流水{amt}。",
            "车贷审批单 编号{order}\n申请人{P}，车牌号{PLATE}，联系方式{MOB}，共同借款人{P}，现住{A}。\n备注：{word}情况已核实。",
        ],
        "neg": [
            "贷后检查纪要：本季度{dist}片区抽查{n}笔经营贷，发现{n}笔资金流向{word}，涉及金额{amt}，已要求{branch}整改。"
            "检查批次号{batch}，系统提示码{err}。",
            "授信审批会议记录 {date}\n议题：{bank}{city}区域{word}行业授信政策调整；平均利率{rate}；客户{mname}授信额度{amt}。"
            "下次会议时间{date} {time}。",
        ],
    },
    "court_notice": {
        "pii": [
            "{citydist}人民法院\n协助执行通知书\n{case}\n{bank}：\n关于申请执行人{P}与被执行人{P:1}借款合同纠纷一案，"
            "请协助冻结被执行人{P:1}（公民身份号码{ID}）名下账户{CARD}内存款{amt}。\n被执行人住所：{AF}",
            "执行通知\n被执行人：{P:1}，性别<<男|女>>，住{A}，身份证号{ID}。\n本院于{date}立案执行，责令你于收到本通知后{n}日内履行。"
            "联系人：书记员{P}，电话{TEL}。",
        ],
        "neg": [
            "{city}中级人民法院公告：本院定于{date}在{dist}审判庭公开审理{bank}诉某公司金融借款合同纠纷案{case}，"
            "标的额{amt}。旁听请提前{n}日预约。",
            "协查回执 {case}：经查，{branch}未发现相关账户，查询流水号{order}，系统返回{err}。经办人{mname}。",
        ],
    },
    "wechat_chat": {
        "pii": [
            "{P:1}：在吗{emo}\n客户经理：在的，您说\n{P:1}：我想把{amt}转到我儿子的卡上\n{P:1}：{CARD}\n{P:1}：户名{P}\n"
            "客户经理：好的，收款人电话也发我一下{emo}\n{P:1}：{MOB}",
            "[群聊] {citydist}网点客户群\n{P}：明天<<周一|周六|周日|国庆>>营业吗？\n大堂经理{P}：营业的{emo}  {time}开门\n"
            "{P}：我的地址换了，现在是{AS}，要去改吗\n大堂经理：带身份证来就行",
            "老婆 {emo}\n我身份证号你帮我填下 {ID}\n还有手机 {MOB}\n邮箱写{MAIL} 就行\n好嘞{emo}",
        ],
        "neg": [
            "爸：今天{bank}打电话说我中奖了{emo}\n我：骗子！别信\n我：官方电话只有{hot}\n爸：他说尾号{tail}的卡要{word}验证\n我：挂掉{emo}",
            "{mname}：转你{amt}了 {emo}\n我：收到，{word}啊\n{mname}：周末去{country}玩吗\n我：{date}出发 订单号{order}",
        ],
    },
    "ocr_form": {
        "pii": [
            "个 人 客 户 信 息 登 记 表\n姓名\n{PS}\n证件号码\n{ID}\n联系 电话 {MOB}\n通讯地址：{AO}\n开户网点：{branch}\n填表日期 {date}",
            "客户姓名：{PS} 性  别：<<男|女>> 国 籍：中国\n住  址\n{AO}\n开户行\n{branch}\n手 机 号 码 {MOBW}",
            "贷 款 申 请 表(扫描件)\n申请人{PS}身份证{IDW}\n单位地址{AO}\n所属支行{branch}\n单位电话{TEL}",
        ],
        "neg": [
            "业 务 受 理 回 单\n流水号\n{order}\n交易金额 {amt}\n终端号 {term}  商户号 {merch}\n受理网点\n{branch}\n日期 {date}",
            "凭 证 号 {batch}\n摘 要 {word}\n柜 员 号 {term}\n授 权 码 {err}\n地 区 {dist}\n证件有效期\n{date}",
        ],
    },
    "call_transcript": {
        "pii": [
            "坐席：您好，{bank}客服，请问有什么可以帮您？\n客户：我卡丢了，要挂失。\n坐席：请问您的姓名？\n客户：{P}。\n"
            "坐席：请报一下身份证号码。\n客户：{IDR}。\n坐席：预留手机是？\n客户：{MOBR}。\n坐席：好的，已为您办理临时挂失。",
            "【录音转写】来电客户{mname}，全名{P}，卡号是{CARDR}，说刚才有人冒充{hot}客服让他报验证码，手机号{MOBR}，"
            "现住{A}。坐席已提醒客户{word}。",
        ],
        "neg": [
            "坐席：您好，这里是{hot}。\n客户：我想问一下{word}的事。\n坐席：请问是尾号{tail}的卡吗？\n客户：对。\n"
            "坐席：该笔交易金额{amt}，商户号{merch}，目前状态{err}。",
            "IVR日志 {date} {time} 来电接入{hot}，按键序列1-3-2，转人工等待{n}秒，工单{order}，客户已验证（{mmob}）。",
        ],
    },
    "account_opening": {
        "pii": [
            "个人结算账户开户申请书\n户名：{P}\n证件类型：<<居民身份证|身份证>>  证件号码：{ID}  证件有效期：{date}\n"
            "联系电话：{MOB}  固定电话：{TEL}\n住址：{AF}\n开户网点：{branch}\n职业：{word}",
            "境外人士开户登记\n姓名：{P}\n护照号码：{PASS}\n国籍：{country}\n在华住址：{AN}\n手机：{MOB}\n电子邮箱：{MAIL}",
            "单位开户申请：企业名称{city}瑞丰食品有限公司，统一社会信用代码{USCC}，注册地址{AF}，法人{P}，财务联系人{P}，电话{TEL}。",
            "港澳居民开户\n客户：{P}  来往内地通行证：{HKM}\n通讯地址：{A}\n联系电话：{MOB}\n开户行：{branch}",
        ],
        "neg": [
            "开户须知：1.个人开户需携带本人有效身份证件；2.证件有效期{date}前需更新；3.咨询热线{hot}。"
            "本网点地址位于{dist}，营业时间{time}-{time}。",
            "对公开户预约单号{order}，预约网点{branch}，预约时间{date} {time}，业务类型：{word}。",
        ],
    },
    "credit_report": {
        "pii": [
            "个人信用报告（简版）\n被查询者姓名：{P}  证件号码：{ID}\n查询机构：{bank}  查询原因：贷款审批  报告编号：{cred}\n"
            "居住信息：{AF}（{date}更新）\n电话：{MOB}\n信用卡{n}张，当前无逾期。",
            "个人信用报告\n姓名 {P}  证件类型 港澳居民来往内地通行证  证件号码 {HKM}\n通讯地址 {A}\n手机 {MOB}\n报告编号 {cred}",
            "征信异议申请：申请人{P:1}对报告编号{cred}中{bank}发放的贷款记录有异议，称从未在{branch}办理过贷款。"
            "{P:1}联系地址{A}，电话{MOB}，证件号{ID}。",
        ],
        "neg": [
            "信用报告说明：本报告由征信中心出具，报告编号{cred}，查询时间{date}。信用卡账户{n}个，贷款账户{n}个，"
            "最近{n}个月查询{n}次；本报告不含{word}信息。",
            "征信查询授权书模板：本人同意{bank}在{date}前查询本人信用信息，用于{word}审批。",
        ],
    },
    "collection_note": {
        "pii": [
            "催收记录 {date} {time}\n债务人：{P:1}，逾期{n}天，欠款{amt}。\n联系{MOB}未接通，改拨其单位电话{TEL}，同事{P}称{P:1}已离职。"
            "\n下一步：上门至{A}。",
            "外访记录：债务人{P:1}名下车辆{PLATE}停放于{AS}小区门口，{P:1}的邻居{P}称其<<很少回来|晚上才回|已搬走>>。联系电话{MOB}关机。",
            "外访报告：外访人员于{date}前往债务人{P}户籍地{AR}，未见本人，其母亲称其在{city}打工，留下新号码{MOB}。",
        ],
        "neg": [
            "催收策略：M1客户以短信为主，模板编号{err}；M2以上转外包，批次号{batch}；{word}客户另行处理。本月回收{amt}。",
            "外访排班：{date} {dist}片区{n}户，{date} {dist}片区{n}户；车辆{n}台，负责人{mname}。",
        ],
    },
    "wire_transfer": {
        "pii": [
            "境内汇款申请\n汇款人：{P}  账号：{CARD}\n收款人：{P}  账号：{CARD}\n收款行：{branch}\n金额：{amt}\n用途：{word}",
            "外币汇出汇款申请书\n汇款人名称 {P}\n护照号码 {PASS}\n汇款人地址 {AN}\n收款人 {P}\n收款人账号 {CARD}\n汇款金额 {amt}\n联系人电话 {MOB}",
            "电汇指令 REF {order}\n付款人 {P} 证件 {ID} 电话 {MOB}\n收款人 {P} 卡号 {CARD}\n附言：{word}  交易IP {IP}",
        ],
        "neg": [
            "跨行汇款费率：{amt}以下免费，超过部分按{rate}收取，最高{amt}。柜台办理{hot}查询，业务编码{err}。",
            "汇款退回通知：流水号{order}，金额{amt}，原因：收款账户尾号{tail}户名不符（{mname}）。",
        ],
    },
}

TEST = {
    "complaint_letter": {
        "pii": [
            "{P:1}女士的来信（摘录）：\"我叫{P:1}，今年六十八了，{date}那天去{branch}存钱，被人拉着买了保险，"
            "一年要交{amt}！我孙子{P}帮我查了才发现。我的电话{MOB}，家在{AR}，请你们领导给我回个电话。\"",
            "投诉人{P}（{ID}）来函称：{date}在{country}旅游期间，其信用卡{CARD}被拒付，致电{hot}等待{n}分钟无人接听。"
            "投诉人要求书面答复至{MAIL}。",
            "这是{P:1}留的电话{MOB}，昨天{P:1}打过{hot}投诉，说房贷提前还款被收违约金{amt}，房子地址{AF}，合同编号{order}。",
        ],
        "neg": [
            "致客户的一封信：近期有不法分子冒充{bank}工作人员，以{word}为名索要验证码。请牢记我行客服热线{hot}，"
            "我行不会要求您提供尾号{tail}以外的卡号信息。{date}",
            "投诉复盘：{dist}某网点{date}因{word}引发投诉{n}起；整改措施：叫号系统升级至{ver}，错误码{err}已修复。",
        ],
    },
    "loan_review": {
        "pii": [
            "【贷审会意见】\n申请人{P:1}，<<男|女>>，{age}岁，现居{AN}，工作单位{city}某科技公司，月收入{amt}。\n"
            "申请人身份证{ID}、收入证明已核验。担保人{P}，担保人电话{MOB}。\n会议结论：同意，额度{amt}，利率{rate}。",
            "小微企业贷款调查：{P:1}经营的五金店位于{AS}，营业执照统一社会信用代码{USCC}，近一年开票{amt}。"
            "{P:1}名下车辆{PLATE}一辆，已抵押。经办客户经理{P}。",
        ],
        "neg": [
            "风险提示：近期{word}行业贷款不良率上升至{rate}，{city}地区尤为明显；请各支行对{n}户重点客户开展排查，排查批次{batch}。",
            "贷款产品参数：产品编号{err}，期限{n}个月，年化利率{rate}起，单户上限{amt}，适用{dist}等区域。",
        ],
    },
    "court_notice": {
        "pii": [
            "限制消费令\n{case}\n被执行人{P}，公民身份号码{ID}，住所地{AF}。因未按执行通知书指定的期间履行生效法律文书确定的给付义务，"
            "本院依法对其采取限制消费措施。",
            "送达公告：{P:1}：本院受理原告{bank}{city}分行诉你信用卡纠纷一案，因你下落不明（原住{A}，手机{MOB}无法接通），"
            "依法向你公告送达起诉状副本。自公告之日起经过{n}日即视为送达。",
        ],
        "neg": [
            "执行款到账通知：{case}项下执行款{amt}已于{date}划入法院执行款专户，请{branch}核对后回复，回执编号{order}。",
            "裁定书摘要：{citydist}人民法院认为，{word}纠纷应当由被告住所地法院管辖，裁定移送；受理费{amt}由原告负担。",
        ],
    },
    "wechat_chat": {
        "pii": [
            "{P:1} {time}\n哥 帮我看下这个卡号对不对{emo}\n{CARD}\n{P:1} {time}\n开户行写{branch}\n我 {time}\n对的 是{P:1}本人的吧\n{P:1}\n是的是的{emo}",
            "#客户经理工作群#\n{P}: 今天新增客户{P}，手机{MOB}，身份证{ID}，资料已上传{emo}\n{P}: 收到👍 住址核一下 {AN}",
            "宝贝 你的港澳通行证号是多少{emo}\n{HKM}\n好的 我订酒店要用\n再发下你邮箱\n{MAIL}\n{emo}{emo}",
        ],
        "neg": [
            "妈：{word}有没有吃饭{emo}\n我：吃了 在{dist}加班\n妈：你那个卡尾号{tail}的 扣了{amt}\n我：那是房贷 没事{emo}",
            "{mname} 撤回了一条消息\n{mname}：发错了\n{mname}：验证码别给任何人{emo} 客服只有{hot}\n我：知道了 订单{order}已退款",
        ],
    },
    "ocr_form": {
        "pii": [
            "信用卡申请表 第1页\n申 请 人\n中文姓名 {PS}\n证件号码{ID}\n\n住宅地址{AO}\n住宅电话\n{TEL}\n开卡网点{branch}",
            "代发工资签约表\n职工姓名 {PS}    身份证号\n{ID}\n工资卡号 {CARD}\n家庭住址 {AO}\n签约机构 {branch}",
            "变更申请\n原手机号 {mmob}\n新手机号\n{MOB}\n客户签名：{PS}\n联系地址\n{AO}\n受理机构：{branch}",
        ],
        "neg": [
            "P O S 签 购 单\n商 户 名 称 {city}某某超市\n商 户 编 号\n{merch}\n终 端 编 号 {term}\n卡 号 {mcard}\n批 次 号 {batch}\n金 额 {amt}",
            "网点巡检表\n检查日期\n{date}\n网点名称\n{branch}\n设备编号 {term}  故障代码 {err}\n巡检结论：{word}",
        ],
    },
    "call_transcript": {
        "pii": [
            "客户：喂，我要改一下账单地址。\n客服：好的，先生请问怎么称呼？\n客户：我叫{P}。\n客服：请您提供一下身份证后六位以外的完整号码。\n"
            "客户：{IDR}。\n客服：新的地址是？\n客户：{A}。\n客服：联系电话还是{MOBR}吗？\n客户：对。",
            "客户来电要求开通境外取现，姓名{P}，卡号读作{CARDR}，护照号{PASS}，预计{date}前往{country}，"
            "坐席提示境外取现手续费{amt}。回拨号码{MOBR}。",
        ],
        "neg": [
            "客服：您好，工号{term}为您服务。\n客户：我查一下余额。\n客服：尾号{tail}的账户可用余额{amt}。\n客户：{word}，谢谢。",
            "质检评分 {date}：坐席工号{term}，通话{n}分钟，未核实身份即告知{mmob}的归属，扣{n}分；工单号{order}。",
        ],
    },
    "account_opening": {
        "pii": [
            "【开户信息确认】\n客户名称：{P}\n证件：居民身份证 {ID}\n常住地址：{AN}\n工作单位地址：{AS}\n手机号码：{MOB}\n推荐人：{P}",
            "单位结算账户开户资料：单位名称{city}华信商贸有限公司；统一社会信用代码：{USCC}；法定代表人：{P}；"
            "经办人：{P}，手机{MOB}；注册地址：{AF}；开户行：{branch}。",
        ],
        "neg": [
            "开户流程：①取号 ②填单 ③人脸识别 ④设置密码。办理前请确认证件有效期晚于{date}。如遇系统提示{err}请联系大堂经理。",
            "新开户统计（{date}）：{branch}新开{n}户，{branch}新开{n}户，{word}类客户占比{rate}。",
        ],
    },
    "credit_report": {
        "pii": [
            "企业信用报告摘要\n企业名称：{city}宏图建设工程有限公司\n统一社会信用代码：{USCC}\n法定代表人：{P}\n注册地址：{AF}\n"
            "对外担保：为{P}（{ID}）个人经营贷提供担保{amt}。",
            "信用报告核查笔记：客户{P:1}近{n}个月有{n}次查询记录，其中{bank}两次；报告中登记的手机{MOB}与申请表不一致，"
            "单位电话{TEL}可接通，{P:1}解释为换号。",
        ],
        "neg": [
            "征信合规提示：查询个人信用报告须取得书面授权，授权书保存期限不少于{n}年；{date}起启用新版报告，版本号{ver}。",
            "信用评分分布：{n}分以下占{rate}，{n}-{n}分占{rate}；{word}客户平均分较上月下降{n}分。",
        ],
    },
    "collection_note": {
        "pii": [
            "电催小结：拨打{MOB}，本人{P:1}接听，承诺{date}前还款{amt}；{P:1}称妻子{P}生病住院，目前借住在亲戚家{AN}。",
            "失联修复：通过第三方查得{P}新手机号{MOB}、邮箱{MAIL}，常用登录IP {IP}，疑似居住地{A}。",
        ],
        "neg": [
            "催收话术更新：禁止在{time}后拨打，禁止向第三方透露欠款金额；对{word}等特殊群体采用温和话术。培训批次{batch}。",
            "委外机构考核：{date}月度回收率{rate}，投诉{n}件，错误码{err}工单{n}单，{dist}组排名第一。",
        ],
    },
    "wire_transfer": {
        "pii": [
            "汇款确认书\n兹委托贵行将{amt}汇至以下账户：\n户名 {P}\n卡号 {CARD}\n开户行 {branch}\n委托人 {P}（身份证{ID}）\n委托人电话 {TEL}",
            "跨境汇款（SWIFT）：ordering customer {P}, passport {PASS}, address {AF}; beneficiary {P}, "
            "account {CARD}; 汇款用途：子女留学学费。经办IP {IP}。",
        ],
        "neg": [
            "大额转账提醒：您尾号{tail}的账户于{date} {time}转出{amt}，对方户名{mname}，如非本人操作请致电{hot}。",
            "批量代付文件{order}处理结果：成功{n}笔，失败{n}笔（错误码{err}：户名不符），批次号{batch}。",
        ],
    },
}
