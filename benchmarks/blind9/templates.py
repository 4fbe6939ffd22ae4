"""Fragments per genre for the blind9 corpus, written by hand for this corpus only.

A fragment is a string with slots ``{NAME}`` or ``{NAME:arg}``; generate.py fills them.

PII slots (filled with a labelled value in a PII record, with a masked / non-personal stand-in
otherwise): PER (a person's full name), OLD (an older person's full name), PY (a pinyin name),
ID, MOB, TEL, CARD, PP, HKM, USCC, PLATE, ADDR (urban home address), RADDR (rural home address),
EMAIL, IP.

Hard-negative slots (never labelled): TITLE (surname + title), MOU (张某 / 李某某), MNAME (张*),
NICK, MMOB, MCARD, TAIL (尾号1234), MID, SW (word starting with a surname), NLW (name-like
word), BRAND, SHOP, PLACE, BRANCH, ORGADDR (an organisation's address), ROAD, ROADS, DATE, TIME,
AMT, CASE, SERIAL, TERM, MERCH, BATCH, SWIFT, POST, HOT, VIN, BOX, DEV, SCHOOL, SCHOOLADDR, MAJOR,
NURSING, NURSEADDR, DEALER, CAR, VILLAGE, COUNTRY, FORGADDR, CONTRACT, N, REL, BANK, APPF, SLANG,
EMO, ANICK, VER, COUNTY, GROUP.

The same fragments serve PII records and PII-free records.
"""

GENRES = {}

GENRES["safe_deposit"] = dict(
    head=[
        "【保管箱租用登记】{BRANCH}　登记日期：{DATE}",
        "保管箱开箱记录（{BRANCH}）",
        "关于保管箱租金到期催缴的通知",
        "保管箱业务台账 第{N}页",
        "{BANK}保管箱业务凭证",
    ],
    body=[
        "承租人：{PER}，证件号码：{ID}，箱号：{BOX}，租期{N}年，年租金{AMT:s}。",
        "承租人{PER}（身份证{ID}）于{DATE} {TIME}到库开箱，陪同库管员{TITLE}，历时{N}分钟。",
        "授权开箱人：{PER}，护照号：{PP}，授权期限至{DATE}。",
        "联系电话：{MOB}；备用电话：{TEL}。",
        "租金自动扣划账户：{CARD}，扣款失败请及时补足余额。",
        "承租人通讯地址：{ADDR}，如地址变更请到{BRANCH}办理。",
        "您好，{PER}，您租用的{BOX}保管箱将于{DATE}到期，请于白天营业时间内续租或退租，咨询{HOT}。",
        "开箱登记：{DATE} {TIME}，开箱人{PER}，核对指纹一致，钥匙编号{SERIAL}。",
        "因承租人{PER}逾期未缴租金，已于{DATE}按合同第{N}条发函至{ADDR}。",
        "代理人{PER}持往来港澳通行证{HKM}及授权书办理退租。",
        "承租人{PER}手机{MOB}已于{DATE}收到短信提醒。",
        "退租押金{AMT:s}退回至承租人名下{CARD}。",
    ],
    neg=[
        "营业地址：{ORGADDR}，营业时间为白天9:00至17:00，周末及节假日暂停开箱。",
        "保管箱库房温度控制在18-24度，湿度控制在40%-60%，请勿存放黄金以外的易燃物品。",
        "本期催缴名单共{N}户，欠缴租金合计{AMT:m}，涉及箱号{BOX}至{BOX}。",
        "库管员{TITLE}与值班主管{TITLE}双人核对，开箱记录编号{SERIAL}。",
        "{MOU}于{DATE}申请换锁，换锁费{AMT:s}，已开具发票{SERIAL}。",
        "如遇高峰期请提前预约，万一钥匙遗失，须凭本人证件办理挂失，挂失费{AMT:s}。",
        "承租人{MNAME}联系电话{MMOB}，已电话提示到期事宜，客户表示马上来办理。",
        "小号箱年租金{AMT:s}，中号箱{AMT:s}，大号箱{AMT:s}，价格以{BRANCH}公告为准。",
        "扣款账户尾号{TAIL}余额不足，租金扣划失败，请客户方便时补存。",
        "根据{BANK}保管箱业务管理办法（{CASE}），逾期满{N}个月的，本行有权依法处置。",
        "{BRANCH}邮编{POST}，服务热线{HOT}。",
        "本批开箱记录使用宋体五号字打印，共{N}份，装订后交{TITLE}保管。",
    ],
    tail=[
        "经办：{TITLE}　复核：{TITLE}",
        "（本通知一式两份）",
        "打印时间：{DATE} {TIME}",
        "",
    ],
)

GENRES["vehicle_loan"] = dict(
    head=[
        "汽车消费贷款档案　合同编号：{CONTRACT}",
        "【车贷审批意见】{BRANCH}",
        "个人汽车贷款抵押登记信息表",
        "车贷贷后检查记录（{DATE}）",
        "汽车金融分期业务申请摘要",
    ],
    body=[
        "借款人：{PER}，身份证号：{ID}，手机：{MOB}。",
        "保证人：{PER}，与借款人关系：{REL}，证件号码{ID}，联系电话{MOB}。",
        "抵押车辆：{CAR}，车牌号{PLATE}，车架号{VIN}，发动机号{SERIAL}。",
        "经销商：{DEALER}，统一社会信用代码{USCC}，销售顾问{TITLE}。",
        "借款人现住址：{ADDR}，居住年限{N}年。",
        "还款账户：{CARD}，每月{N}日自动扣款，月供{AMT:p}。",
        "借款人{PER}于{DATE}提车，车牌{PLATE}，已办理抵押登记。",
        "共同借款人{PER}（配偶），单位电话{TEL}，电子邮箱{EMAIL}。",
        "保证人{PER}户籍地址：{RADDR}。",
        "贷后回访：{DATE}致电借款人{PER}（{MOB}），车辆正常使用，无逾期。",
        "借款人{PER}名下另有车辆{PLATE}，已结清。",
    ],
    neg=[
        "车辆品牌：{CAR}，新车指导价{AMT:l}，首付比例{N}0%，贷款金额{AMT:l}，期限{N}6个月。",
        "车架号（VIN）：{VIN}，合格证编号{SERIAL}，发票号码{SERIAL}。",
        "经销商营业地址：{ORGADDR}，该店为{BRAND}特约合作4S店附近的授权网点。",
        "借款人{MNAME}，手机{MMOB}，还款卡尾号{TAIL}，本月已正常扣款{AMT:p}。",
        "GPS设备编号{DEV}，安装于{DATE}，安装人员{TITLE}。",
        "审批意见：同意。{TITLE}，{DATE}。借款人收入稳定，周转资金充足，方便后续贷后管理。",
        "抵押权人：{BANK}，登记机关：{PLACE}县公安局交通管理大队车管所。",
        "{MOU}名下车辆{CAR}已出险一次，理赔金额{AMT:m}，保单号{SERIAL}。",
        "车辆暂未上牌，临时号牌有效期至{DATE}，号牌待上后补录。",
        "石油价格波动不影响本次贷款定价，执行利率{PCT}。",
        "如有疑问请拨打{HOT}，或联系客户经理{TITLE}。",
        "合同号{CONTRACT}项下贷款余额{AMT:l}，逾期天数0天。",
    ],
    tail=["客户经理：{TITLE}　审批人：{TITLE}", "（档案号{SERIAL}）", "", "归档日期：{DATE}"],
)

GENRES["merchant_onboard"] = dict(
    head=[
        "收单商户入网申请表",
        "POS装机单　商户号：{MERCH}",
        "【商户巡检记录】{DATE}",
        "特约商户信息变更登记",
        "扫码收款牌申领回执",
    ],
    body=[
        "经营者姓名：{PER}，身份证号：{ID}，联系电话：{MOB}。",
        "商户类型：个体工商户，统一社会信用代码：{USCC}，招牌名称：{SHOP}。",
        "结算账户：{CARD}，开户行：{BRANCH}，账户名：{PER}。",
        "经营者家庭住址：{ADDR}。",
        "法定代表人/负责人：{PER}，电子邮箱：{EMAIL}，固定电话：{TEL}。",
        "{PER}经营的{SHOP}已于{DATE}完成装机，终端号{TERM}，装机人{TITLE}。",
        "紧急联系人：{PER}，{REL}，手机{MOB}。",
        "经营者{PER}持港澳居民来往内地通行证{HKM}办理入网。",
        "商户负责人{PER}（{MOB}）反映POS机{TERM}刷卡时提示“交易超时”。",
        "巡检时店主{PER}不在，由其{REL}{PER}接待。",
    ],
    neg=[
        "商户编号{MERCH}，终端编号{TERM}，批次号{BATCH}，MCC码5411。",
        "注册地址：{ORGADDR}，经营地址同注册地址。",
        "招牌名称：{SHOP}，经营范围：日用百货、烟酒零售，门头照已上传。",
        "店主{MNAME}，联系电话{MMOB}，结算卡尾号{TAIL}。",
        "该商户位于{ROAD}与{ROAD}交叉口，附近有{BRAND}专卖店和{BRAND}门店，高峰期客流较大。",
        "费率：借记卡0.5%封顶{N}0元，贷记卡0.6%，扫码0.38%。",
        "巡检结论：收银台张贴受理标识，未发现移机、套现等异常，店内温度适宜，设备运行正常。",
        "{TITLE}反映小票打印机缺纸，已补送热敏纸{N}卷，序列号{SERIAL}。",
        "商户{SHOP}近{N}个月交易金额{AMT:l}，笔均{AMT:s}，无风险交易。",
        "如需撤机，请拨打{HOT}或联系{BRANCH}{TITLE}。",
        "{MOU}（个体工商户）申请变更结算账户，原账户尾号{TAIL}，已核实变更函。",
        "装机地点：{PLACE}{ROAD}沿街商铺，设备型号{DEV}。",
    ],
    tail=["拓展人员：{TITLE}", "审核：{TITLE}　{DATE}", "", "（本表信息仅用于收单业务）"],
)

GENRES["pension_payroll"] = dict(
    head=[
        "{DATE}养老金代发名单（{PLACE}社保局委托）",
        "社保代发明细表　批次号：{BATCH}",
        "关于调整城乡居民基础养老金发放的说明",
        "企业退休人员养老金代发情况汇总",
        "代发工资/养老金批量入账回执",
    ],
    body=[
        "领取人{OLD}，社保卡号{CARD}，本月发放{AMT:p}。",
        "退休人员{OLD}（{ID}）因{DATE}未通过资格认证，暂停发放。",
        "{OLD}的养老金转入其{REL}{PER}名下账户{CARD}，已提供委托书。",
        "领取人{OLD}联系电话{MOB}，住址{ADDR}，已上门完成资格认证。",
        "代领人{PER}，身份证号{ID}，与领取人关系：{REL}。",
        "{OLD}已于{DATE}死亡，请停发并追回多发金额{AMT:p}，家属联系电话{TEL}。",
        "领取人{OLD}户籍地址：{RADDR}，本月补发{AMT:p}。",
    ],
    neg=[
        "本批次代发{N}0户，成功{N}0户，失败{N}户，合计金额{AMT}。",
        "失败原因：账户状态异常/户名不符/卡号不存在，详见回盘文件{SERIAL}。",
        "领取人{MNAME}，卡号尾号{TAIL}，金额{AMT:p}，状态：成功。",
        "根据{PLACE}人社局文件（{CASE}），基础养老金每人每月提高{N}0元，自{DATE}起执行。",
        "代发专户：{BRANCH}，入账日期{DATE}，入账时间为白天{TIME}。",
        "如有疑问请咨询{HOT}（人社服务热线）或{TITLE}。",
        "高龄补贴另行发放，{N}0周岁以上每月{AMT:s}，{N}0周岁以上每月{AMT:s}。",
        "{MOU}反映余额未到账，经查为社保卡未激活，已指导其到网点激活。",
        "本表金额单位：元；打印字体：宋体；合计行含调整额{AMT:s}。",
    ],
    tail=["制表：{TITLE}　复核：{TITLE}", "（加盖业务专用章）", "", "{BRANCH} {DATE}"],
    table="pension",
)

GENRES["elderly_care"] = dict(
    head=[
        "老年客户关怀记录　{BRANCH}",
        "【适老服务】上门代办登记",
        "特殊群体客户服务台账（{DATE}）",
        "敬老服务回访单",
        "代办业务授权核实记录",
    ],
    body=[
        "客户{OLD}，{N}0余岁，行动不便，由{REL}{PER}陪同办理，陪同人证件号{ID}。",
        "{DATE}上门为{OLD}办理社保卡激活，地址：{ADDR}，上门人员{TITLE}、{TITLE}。",
        "客户{OLD}现居{NURSING}，监护人{PER}，联系电话{MOB}。",
        "{OLD}的{REL}{PER}（手机{MOB}）来电，要求冻结老人名下银行卡{CARD}，已告知须本人或监护人持证办理。",
        "监护人：{PER}，身份证号{ID}，法院指定监护文书{CASE}。",
        "老人{OLD}家中座机{TEL}，子女常年在外，已登记为重点关怀对象。",
        "{OLD}（身份证{ID}）委托{REL}{PER}代为领取定期存款本息{AMT}。",
        "回访：{DATE}致电{OLD}家属{PER}，老人情况稳定，对服务表示满意。",
        "客户{OLD}户籍地：{RADDR}，现随{REL}居住。",
    ],
    neg=[
        "{NURSING}地址：{NURSEADDR}，院方联系人{TITLE}，院内有{N}0张床位。",
        "{TITLE}（{N}0岁）到厅咨询，称{REL}让其转账到“安全账户”，大堂经理及时劝阻，未造成损失。",
        "客户{MNAME}，手机{MMOB}，卡号尾号{TAIL}，已开通长辈版手机银行。",
        "网点设置爱心座椅、老花镜、放大镜，白天高峰期优先叫号，方便老年客户办理。",
        "{MOU}的女儿代为办理业务时未携带授权书，已请其补齐材料后再来。",
        "本月共上门服务{N}次，其中{PLACE}乡镇{N}次，安宁疗护机构{N}次。",
        "温馨提示：夏季气温高，请老年客户错峰出行，可预约上门服务，热线{HOT}。",
        "{TITLE}说老伴住院，需要马上取款{AMT:m}，经核实后开通绿色通道。",
        "防诈宣传：不要相信“保健品返利”“养老项目投资”，万一遇到可疑情况请拨打96110。",
    ],
    tail=["记录人：{TITLE}", "（已录入适老服务系统）", "", "{DATE}"],
)

GENRES["atm_incident"] = dict(
    head=[
        "ATM差错处理报告　编号：{CASE}",
        "【吞卡登记】设备号{DEV}",
        "自助设备长短款处理单",
        "ATM故障及差错交易日报（{DATE}）",
        "自助银行异常事件记录",
    ],
    body=[
        "持卡人{PER}于{DATE} {TIME}在设备{DEV}取款时被吞卡，卡号{CARD}。",
        "持卡人{PER}凭身份证{ID}领回被吞银行卡，领卡人签字确认。",
        "客户{PER}来电（{MOB}）反映取款{AMT:p}未吐钞但账户已扣款。",
        "差错账处理：向客户{PER}账户{CARD}退回{AMT:p}，流水号{SERIAL}。",
        "客户联系地址：{ADDR}，差错处理结果已邮寄。",
        "设备管理IP：{IP}，监控录像已调取保存。",
        "他行卡持卡人{PER}，联系电话{TEL}，卡片已按规定{N}个工作日内移交发卡行。",
        "境外持卡人{PY}持护照{PP}领取被吞卡。",
        "长款{AMT:p}，经核对为客户{PER}遗留现金，已通知其到网点领取，联系电话{MOB}。",
    ],
    neg=[
        "设备编号{DEV}，安装地点：{BRANCH}离行式自助银行（{ORGADDR}）。",
        "清机时发现长款{AMT:s}，短款0元，清机人员{TITLE}、{TITLE}，加钞批次{BATCH}。",
        "吞卡原因：超时未取卡/密码错误次数超限/读卡器故障，共吞卡{N}张，卡号尾号{TAIL}、{TAIL}。",
        "持卡人{MNAME}，手机{MMOB}，已电话通知领卡。",
        "故障代码E{N}0{N}，钞箱{N}卡钞，维修厂商工程师{TITLE}于{TIME}到场。",
        "设备所在{ROAD}施工，白天停电两次，UPS续航正常，温度告警已消除。",
        "{MOU}称在{ROAD}附近ATM存款时钞票被退回，经查交易未成功，金额未入账。",
        "交易流水号{SERIAL}，终端号{TERM}，交易时间{DATE} {TIME}，应答码96。",
        "本报告涉及金额按差错处理规程（{CASE}）办理，服务热线{HOT}。",
        "监控显示持卡人离开后卡片吐出约{N}0秒被设备回收，程序运行正常。",
    ],
    tail=["处理人：{TITLE}　复核人：{TITLE}", "", "（差错处理完毕）", "报送：{BRANCH}运营管理部"],
)

GENRES["student_loan"] = dict(
    head=[
        "生源地信用助学贷款申请表（{DATE}学年）",
        "【助学贷款】{PLACE}县学生资助管理中心受理记录",
        "生源地助学贷款续贷确认单",
        "助学贷款还款提醒",
        "国家助学贷款回执核对表",
    ],
    body=[
        "学生姓名：{PER}，身份证号：{ID}，就读学校：{SCHOOL}，专业：{MAJOR}。",
        "共同借款人（父亲）：{PER}，身份证号：{ID}，手机：{MOB}。",
        "共同借款人（母亲）：{PER}，联系电话：{MOB}。",
        "家庭住址：{RADDR}。",
        "学生{PER}本学年申请贷款{AMT:m}，其中学费{AMT:p}、住宿费{AMT:s}。",
        "还款账户（支付宝账户/银行卡）：{CARD}。",
        "学生本人手机{MOB}，电子邮箱{EMAIL}。",
        "{PER}同学已于{DATE}毕业，进入还款期，首期应还本息{AMT:p}。",
        "学生{PER}家庭经济困难认定为“特别困难”，{REL}{PER}为低保户。",
        "学生通讯地址：{ADDR}（寒暑假期间）。",
    ],
    neg=[
        "学校地址：{SCHOOLADDR}，学校资助中心联系人{TITLE}。",
        "受理地点：{PLACE}县学生资助管理中心（{ORGADDR}），白天受理，周末不休。",
        "学生{MNAME}，专业{MAJOR}，合同编号{CONTRACT}，贷款金额{AMT:m}。",
        "本年度{PLACE}县共受理{N}00人次，发放金额{AMT}，较上年增长{PCT}。",
        "回执校验码{SERIAL}，请学生于{DATE}前交学校资助中心。",
        "{TITLE}提醒：贷款期限为学制加15年，毕业后有5年宽限期，在读期间利息由财政贴息。",
        "{MOU}同学咨询续贷，称学信网账号忘记，已指导找回，无需马上重新注册。",
        "高峰期排队较长，可通过网上系统预约，热线{HOT}。",
        "家长{MNAME}，手机{MMOB}，已签字确认。",
        "“文明诚信，按时还款”主题宣传进校园活动在{SCHOOL}举行。",
    ],
    tail=["经办人：{TITLE}", "（学生签字）　（家长签字）", "", "{DATE}"],
)

GENRES["overseas_remit"] = dict(
    head=[
        "境外汇入汇款解付通知",
        "【侨汇】汇入款项核对单",
        "跨境汇款申请书（个人）",
        "SWIFT MT103 报文摘要",
        "汇款查询查复记录",
    ],
    body=[
        "汇款人：{PY}，汇款行SWIFT：{SWIFT}，汇款金额USD {N},{N}00.00。",
        "收款人：{PER}（{PY:same}），账号：{CARD}。",
        "收款人证件：护照{PP}。",
        "收款人联系电话：{MOB}，国内住址：{ADDR}。",
        "50K Ordering Customer: {PY}\n59 Beneficiary: {PY} / {CARD}",
        "汇款人{PER}系收款人{PER}之{REL}，侨居{COUNTRY}多年，本次汇款用途：赡家款。",
        "收款人{PER}户籍地：{RADDR}，已核实为归侨侨眷。",
        "客户{PER}持往来港澳通行证{HKM}办理汇出，申报用途：留学学费。",
        "收款人电子邮箱{EMAIL}，已发送入账通知。",
        "查询：{DATE}客户{PER}（{MOB}）来电查询汇款未到账，已向{SWIFT}发送查询报文。",
    ],
    neg=[
        "汇款行：{SWIFT}，地址：{FORGADDR}；中转行：{SWIFT}。",
        "汇款人{MNAME}，收款人{MNAME}，账号尾号{TAIL}，金额{AMT}，已解付。",
        "71A Details of Charges: SHA，中转行扣费USD 15.00，实际入账{AMT}。",
        "参考号（REF）：{SERIAL}，汇款日期{DATE}，起息日{DATE}。",
        "{TITLE}来电询问汇款何时到账，经查报文尚在中转行处理中。",
        "根据外汇管理规定，个人年度便利化额度为等值5万美元，本次结汇{AMT}。",
        "汇款用途代码：222（侨汇），交易附言：FAMILY SUPPORT / TUITION FEE。",
        "{MOU}申请汇往{COUNTRY}{FCITY}，收款行{SWIFT}，手续费{AMT:s}。",
        "本行国际业务部地址：{ORGADDR}，邮编{POST}，咨询{HOT}。",
        "万一收款人信息有误，汇款将被退回，退汇手续费由汇款人承担。",
    ],
    tail=["经办：{TITLE}", "", "（国际结算业务专用章）", "{BRANCH}国际业务部 {DATE}"],
)

GENRES["subsidy_roster"] = dict(
    head=[
        "{DATE}惠农补贴“一卡通”发放名单（{COUNTY}{VILLAGE}）",
        "耕地地力保护补贴发放公示",
        "{VILLAGE}{GROUP}补贴资金发放明细",
        "惠民惠农财政补贴资金“一卡通”发放说明",
        "农机购置补贴到户情况表",
    ],
    body=[
        "户主{OLD}，身份证号{ID}，一卡通账号{CARD}，补贴面积{N}.{N}亩，补贴金额{AMT:p}。",
        "户主：{PER}，住址：{RADDR}，联系电话：{MOB}。",
        "{PER}户因一卡通账户{CARD}销户，补贴退回，请户主于{DATE}前到{BRANCH}更换账户。",
        "户主{OLD}已去世，补贴由继承人{PER}（身份证{ID}）领取。",
        "{VILLAGE}{GROUP}户主{PER}反映补贴未到账，联系电话{MOB}。",
        "户主{PER}承包地块位于{VILLAGE}，家庭住址{RADDR}。",
    ],
    neg=[
        "补贴标准：每亩{N}{N}.{N}0元，本村共{N}0户，面积{N}00.{N}亩，合计{AMT}。",
        "公示期{N}天，自{DATE}至{DATE}，如有异议请向{PLACE}乡财政所反映，电话{HOT}。",
        "户主{MNAME}，{GROUP}，卡号尾号{TAIL}，金额{AMT:p}。",
        "资金来源：中央财政耕地地力保护补贴资金（{CASE}），代发银行{BRANCH}。",
        "{MOU}（{GROUP}）一卡通长期未使用被冻结，已通知其本人携带证件到网点解冻。",
        "农机补贴：{BRAND}牌拖拉机1台，补贴{AMT:m}，机具编号{SERIAL}。",
        "林业补贴、生态公益林补偿金另行发放，不在本名单内。",
        "本名单中“户主”一栏按户籍登记填写，金额单位为元，保留两位小数。",
        "村委会地址：{COUNTY}{VILLAGE}村委会（{ROAD}旁），村会计{TITLE}。",
    ],
    tail=["村委会（盖章）　乡镇财政所（盖章）", "", "制表人：{TITLE}　{DATE}", "监督电话：{HOT}"],
    table="subsidy",
)

GENRES["app_review"] = dict(
    head=[
        "{ANICK}　{EMO}　{DATE}",
        "【应用商店评价】{ANICK}  版本{VER}",
        "评分：{EMO}　{ANICK}",
        "用户评论（{DATE}）",
        "{ANICK}：",
    ],
    body=[
        "客服让我留电话，我的手机号{MOB}，到现在没人回{EMO}",
        "实名认证一直失败，身份证{ID}明明是对的，{SLANG}",
        "转账给{PER}的钱显示成功但对方没收到，卡号{CARD}，求处理",
        "我叫{PER}，投诉你们的{APPF}功能，三天了还没解决",
        "邮箱{EMAIL}，请把流水发我，谢谢",
    ],
    neg=[
        "{APPF}功能{SLANG}，更新{VER}以后闪退，{EMO}",
        "高峰期转账老是转圈圈，程序员是不是放假了{EMO}",
        "长辈版字体太小了，还是宋体，我妈看不清，希望能调大{EMO}",
        "余额显示那块能不能隐藏一下，在地铁上打开钱包被人看到很尴尬",
        "登录要验证三次，万一出门在外忘带手机怎么办？{SLANG}",
        "客服小姐姐{TITLE}态度很好，{APPF}问题马上就解决了，点赞{EMO}",
        "黄金积存的页面加载太慢，白天晚上都一样，{SLANG}",
        "夏季活动的红包何时到账？说好的满{N}0减{N}呢{EMO}",
        "手机号{MMOB}收不到验证码，换了三台手机都不行",
        "卡号尾号{TAIL}绑不上，提示“{APPF}暂不可用”，{SLANG}",
        "在{BRAND}门店用{APPF}付款打了折，挺方便的{EMO}",
        "{NICK}推荐我下的，界面还行，就是广告太多{EMO}",
        "温度都零下了还让我去网点刷脸，离谱，{PLACE}就一个网点",
        "为什么江湖上都说这个APP好用？我用着一般般",
        "{APPF}和{APPF}入口藏太深了，找半天{EMO}",
        "建议增加夜间模式，晚上刷着眼睛疼，{SLANG}",
    ],
    reply=[
        "【官方回复】亲爱的用户，您好！您反馈的问题我们已记录，请通过在线客服或拨打{HOT}联系我们，感谢支持！",
        "【开发者回复】感谢反馈，{VER}版本已优化{APPF}，建议更新后重试。",
        "【客服{TITLE}】您好，为保护您的隐私，请勿在评论区留下手机号、卡号等信息，我们将私信联系您。",
        "",
    ],
)
