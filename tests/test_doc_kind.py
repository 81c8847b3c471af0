"""What kind of document a text is, and what follows for its targets (issue 15, item 1). Invented texts
of each kind, several shapes each; the real files of ../shared/wild are tested in test_wild.py."""
import pytest

import policyparse
from policyparse import doc_kind


def _read_as_news(plan) -> bool:
    """Read as news (only its forward sentences commit): labelled news, or a plan for the goals those sentences set."""
    return plan.metadata.doc_kind == "news" or (plan.metadata.doc_kind == "plan" and any(
        e.startswith(doc_kind.NEWS_OF_GOALS) for e in plan.metadata.doc_kind_evidence))


KINDS = [
    # plans: by title, by a notice that carries one, by a news headline over a plan's body
    ("某市教育质量提升三年行动计划（2024—2026年）\n一、总体目标\n到2026年，义务教育巩固率达到99%以上。", "plan"),
    ("关于印发《某县养老服务体系建设实施方案》的通知\n各乡镇人民政府：\n现将方案印发给你们。", "plan"),
    ("某区召开会议部署工作\n会议提出，到2025年力争新建幼儿园12所，确保普惠率不低于90%，主要目标是…重点任务包括…", "plan"),
    ("2024年全市工作要点\n1.新增城镇就业2万人以上。", "plan"),
    # a yearbook's entries (【农产品安全监管】  年内，…), whatever goal words their record holds (确保不发生…这一总目标)
    ("农产品质量安全\n【农产品安全监管】  年内，紧紧围绕“确保不发生重大农产品质量安全事件”这一总目标，配备镇级监管员55名，村级协管员357名。"
     "全年新增“三品”62个。\n【农产品安全专项整治】  年内，集中开展专项治理行动5项，蔬菜农药残留监测合格率97.2%。", "statistics"),
    # a page of an assessment's results (评级为A, 综合得分97.2分, 连续两年居全省榜首; a 管理计划 filed is no plan)
    ("某市危险废物管理获评A级\n近期，省生态环境厅对2024年全省危险废物规范化环境管理评估情况进行通报，某市评级为A，综合得分97.2分，"
     "连续两年居全省榜首。\n加强统筹，印发工作方案和工作通报。全市4287家产废单位完成危险废物在线申报，4025家企业实现管理计划在线备案，"
     "申报率和备案率连续两年达100%。", "news"),
    ("农业基础\n抓好农业基础设施建设，是打基础、管长远的大事。\n要抢抓机遇抓好农田水利基本建设。连续八年出台的事关“三农”工作的中央一号文件，"
     "首次全面聚焦水利建设。要除险加固小型水库30座，改造危桥35座。继续实施农村饮水安全工程，解决6.06万人的饮水安全问题。", "plan"),
    # a task table's header (工作任务 | 目标及进度 | 责任部门), its tasks due by months (3月底前), with no title
    ("工作任务\n| 目标及进度\n| 责任部门\n|\n（一）组织部署，防范重特大事故。\n| 3月底前，召开第一季度全市安全工作会议，部署全年"
     "工作；\n6月底前，召开第二季度全市安全工作会议，分析形势；\n9月底前，召开第三季度全市安全工作会议；\n12月底前，召开第四季度全市安全"
     "工作会议。\n| 安全监察处\n|\n（二）启动安全教育基地。\n| 正式启动安全教育基地，教育人数达8万人次。\n第一季度：开放日日均教育"
     "100人次，全季度5000人次；\n第二季度：开放日日均教育300人次，全季度20000人次；\n第三季度：开放日日均教育400人次，全季度"
     "25000人次。\n| 宣传培训处\n|\n（三）启动隐患举报工作。\n| 3月底前，公布全市统一的隐患举报电话；\n6月底前，建立举报奖励"
     "制度；\n12月底前，举报事项转办率达到100%。\n| 监测预警处\n|\n（四）推进网格化管理。\n| 6月底前，在全市选择两个区各一个"
     "街道进行网格化管理试点；\n12月底前，总结试点经验，制定推广方案。\n| 综合协调处\n|", "plan"),
    ("重点工作 | 完成时限 | 责任单位 |\n新建污水管网12公里 | 6月底前 | 住建局 |\n改造雨污分流小区8个 | 9月底前 | 住建局 |\n"
     "新增绿地面积5万平方米 | 11月底前 | 园林局 |", "plan"),
    # a list's title over an article of goals; a breadcrumb or a portal's metadata names no kind
    ("某市十四五期间农业投资项目名单一览\n“十四五”期间，某市将组织实施乡村建设行动，到2025年建成未来乡村100个，力争农业增加值达到180亿元以上，"
     "计划建设重大项目249个，目标是补短板。", "plan"),
    ("当前页面：首页 > 政务公开 > 乡镇信息公开目录 > 某镇 > 规划总结\n某镇2020年度工作总结\n一年来，我镇完成道路硬化12公里。", "report"),
    ("某网首页 > 资讯中心 > 行业动态 > 某镇首次把黑山羊养殖纳入产业发展规划\n时间：2013/5/23 来源：某某之窗\n"
     "据了解，该镇发展目标为：到2015年，养殖数量达到8100只，产值增至1290万元。", "plan"),
    ("索引号001008/2021-30196组配分类计划总结发布机构某街道\n某街道2020年工作总结\n一年来，辖区完成改造小区8个。", "report"),
    # reports
    ("2024年政府工作报告\n各位代表：\n一、2023年工作回顾\n地区生产总值增长5.2%。\n二、2024年主要预期目标\n地区生产总值增长5%左右。", "report"),
    ("某县民政局2023年工作总结\n一年来，我局完成低保提标，惠及1200户。", "report"),
    ("各位代表：过去一年，全市上下攻坚克难。今年工作的主要预期目标是：地区生产总值增长6%。各位代表，让我们…", "report"),
    # an annual report of a body's work (政府信息公开工作年度报告, 法治政府建设年度报告) is a report: its next year's part commits
    ("某镇2024年政府信息公开工作年度报告\n一、主动公开情况\n2024年主动公开政府信息160条，其中综合政务59条。\n"
     "二、存在问题及改进措施\n2025年将新增公开栏3个。", "report"),
    ("某区2023年法治政府建设年度报告\n2023年，全区制定行政规范性文件12件，办理行政复议案件45件。", "report"),
    ("某市2023年生态环境状况年度报告\n全年空气优良天数312天，比上年增加6天。", "statistics"),
    # a forum's chrome over its post (找回密码, 立即注册, 查看: 6859|回复: 0); a headline of a count already reached (已超45万辆)
    ("找回密码\n立即注册\nQQ登录\n只需一步，快速开始\n查看: 6859|回复: 0\n某省淘汰黄标车前9月已超45万辆\n发表于 2014-10-27 16:50:25\n"
     "环保部昨日通报：今年1~9月，全国共淘汰黄标车397.88万辆，完成全年淘汰总量66.3%。今年政府工作报告提出淘汰黄标车600万辆。", "news"),
    # statistics
    ("某市2023年国民经济和社会发展统计公报\n初步核算，全年地区生产总值1200亿元，比上年增长5.1%。", "statistics"),
    ("2025年某市12345政务服务便民热线运行分析报告（4月1日-4月30日）\n4月共转派工单4567件，按期办结率100%，满意率99.96%。", "statistics"),
    ("全年粮食产量320万吨，比上年增长1.2%。年末常住人口85万人。同比增长3.4%。全年完成固定资产投资增长6.1%。", "statistics"),
    # news of results
    ("1-10月某县投资结构趋稳\n1-10月，全县固定资产投资完成246亿元，同比增长15.3%，已完成年度计划的82%，取得明显成效。", "news"),
    ("提升系统能力推动新型工业化\n经济日报·2025-10-24 05:41\n制造业增加值增量预计达8万亿元，规模连续15年保持世界第一，"
     "累计建成230多家智能工厂，大多数产品产量居世界第一位。", "news"),
    # 截至2025年底 is as of, not by; a 发布会 is a press conference, not a plan published
    ("某某专利拥有量超额完成\n中新网北京1月23日电 截至2025年底，每万人口高价值发明专利拥有量达到16件，超额完成预期目标。"
     "国务院新闻办公室举行发布会，战略规划司司长解读称，截至2025年底，拥有量达到229万件，超额完成任务。", "news"),
    ("某县养老服务成绩单\n截止到2024年底，全县建成养老服务中心12个，圆满完成年度任务，同比增长8%，取得明显成效。", "news"),
    # a 公告 that publishes data is a statistics release; a page opening 今年以来 reports what the year did
    ("国家体育总局 国家统计局联合发布2015年国家体育产业规模及增加值数据的公告\n体育产业总规模为17107亿元，增加值为5494亿元。", "statistics"),
    ("今年以来，某区深入推进政务服务改革。\n一是深化改革。编制完成了7类服务指南，上线23个高频事项。\n"
     "二是再造流程。截至目前，全区1169个事项实现了不见面审批，占比99.7%；即办事项达647项。", "news"),
    # half a year's results against the year's plan, which it promises to meet: news of results
    ("截至6月30日，全市上半年各项业务指标实现时间过半、任务过半。其中，归集资金12.3亿元，完成全年任务的61.5%；"
     "发放贷款6.2亿元，完成全年计划任务的55%。下半年，中心将再鼓干劲，确保完成全年目标任务。", "news"),
    ("某县上半年累计完成造林3.2万亩，完成全年任务的80%；截至5月底，新增就业1200人。下一步将力争完成全年目标。", "news"),
    # each count against the year's plan written as a count (完成4600人年计划的61.78%): progress, not goals
    ("某县就业工作稳步推进\n某网讯 某县坚持就业优先，确保就业局势平稳。\n截止6月底，全县城镇新增就业2842人，完成4600人年计划的61.78%；"
     "就业困难人员206人实现就业，完成300人年计划的68.67%。", "news"),
    # a report's findings quoted by the press: statistics
    ("全国农村网点覆盖率达96%\n来源：某某日报\n人民银行发布的《某某指标分析报告(2022年)》显示，2022年末网点乡镇覆盖率达96%，"
     "比上年提高1.2个百分点。", "statistics"),
    # what recent years did, a span from one year to another, a rank held: results, whatever future a line promises
    ("某市全力打造某产业高地\n近年来，某市某产业规模不断扩大，已经成为全市的重要引擎。产业规模从2015年的80亿元增加到2020年的超过300亿元，"
     "增速位列全国第一。未来几年，某市将继续优化产业环境。", "news"),
    ("今年来，某区民政局推动绿色殡葬，全区遗体火化率一直保持100%，生态安葬率达到50%以上。"
     "累计投资600多万元，建设公益性公墓41处。", "news"),
    # a headline saying a plan's goals were met; a plan that means to meet them
    ("我市全面完成农村饮水安全巩固提升工程“十三五”规划目标任务\n“十三五”期间，全市共实施工程707处，改善了27万农村居民的饮水条件。", "news"),
    ("关于确保全面完成2024年目标任务的实施方案\n一、总体目标\n到2024年底，新建供水工程30处。", "plan"),
    ("统计显示，截至目前，某市可提供安宁疗护服务的医疗机构有261家，社区卫生服务中心实现了全覆盖。安宁疗护住院床位1224张。", "news"),
    # goals met in the headline, the plan it completes named in the body with what comes next
    ("某市三年累计完成千家校园阳光厨房建设\n某市三年前印发了《百万学生餐饮安全工程三年行动方案》，三年来累计完成改造项目732个。"
     "下一步，某市将继续推进阳光厨房建设。", "news"),
    # an incoming document's processing form: its field labels, whatever the 通知 in its 公文标题 field
    ("某市政府文件处理\n来文文号某办〔2020〕24号来文单位市人民政府办公室\n来文日期阅文时限\n2020年06月15日\n"
     "收文日期单位收文编号X 725\n紧急程度常规公开方式不公开\n公文标题关于某事项的通知\n拟办意见请审核", "form"),
    # no cue of any kind, but every sentence with a number reports what was done: results
    ("某县全力推动人居环境改善\n铺设污水管网43.6公里，治理消除1个黑臭水体。建设垃圾填埋场17处、垃圾中转站7座。"
     "建成垃圾分拣点37个，农村生活垃圾处理率达95%。植树90.4万株，新增绿化面积1.26万亩。改造危房94户，推荐示范户35户。"
     "\n下一步，该县将持续优化村庄布局。", "news"),
    # news of a plan: its base-year goals (比2020年下降13.5%) and its goals with 左右 are no statistics
    ("《方案》明确，到2025年，全国单位国内生产总值能源消耗比2020年下降13.5%，主要污染物排放总量比2020年分别下降8%、10%以上。"
     "《方案》部署了十大重点工程，经济社会发展绿色转型取得显著成效。", "plan"),
    ("近日，《某省数字经济行动计划(2022—2025年)》出炉。预计2021年全省数字经济增加值增长15%左右。"
     "《行动计划》提出到2025年，全省数字经济增加值超过4万亿元，取得新成效。", "plan"),
    # plans that compare with the year before, or cite last year's results: their structure and goal verbs say plan
    ("做好粮食生产工作方案\n一、指导思想\n实现粮食增产。\n二、目标任务\n全县粮食播种面积稳定在70万亩以上，总产稳定在31万吨以上"
     "(比上年增加1.3万亩、1万吨)。今年发展优质水稻面积48万亩，比上年增加5万亩，比上年增加2万亩。", "plan"),
    ("近日，某省住房和城乡建设厅公布了16市2023年城镇老旧小区改造计划，全省共计划改造老旧小区3898个，涉及居民69.95万户。\n"
     "2022年以来，全省取得了积极成效，截至8月底，已开工改造老旧小区3892个，提前超额完成全年开工任务。", "plan"),
    ("序号 | 重点工作任务(民生实事项目) | 牵头单位 | 计划完成时间 | 进展情况(一季度)\n新增老年食堂15个 | 区民政局 | 11月底前 | "
     "目前已完成选址，其中3个点位已完成建设。\n新增护理型床位500张 | 区民政局 | 10月底前 | 目前已完成500张建设，已累计开展活动73场次。", "plan"),
    # results news that quotes the tasks it beat (省定民生实事任务70户, 完成率105%)
    ("本报讯 近日，笔者从某县残联了解到，该县残联今年完成74户困难残疾人家庭无障碍改造(省定民生实事任务70户)，完成率105%，"
     "满意率100%；完成残疾儿童康复救助86名(省定民生实事任务45名)，完成率191%，超额完成了任务。今年共投入改造资金48万余元，"
     "超过原定任务数4户。", "news"),
    # results news with no title word: a past year's figures against the year before, 增加了 …
    ("欢迎访问本网\n2021年某市食品抽检合格率达97.91%\n记者从某市市场监管局了解到，2021年全市共完成抽检16641批次，"
     "比2020年的11183批次增加了5458批次，增长了48.81%。检出不合格食品347批次。", "statistics"),
    ("2023年，全县共完成造林1.2万亩，比2022年增加了0.4万亩，森林覆盖率提高了0.6个百分点，记者了解到。", "statistics"),
    ("国家电子政务发展报告（2014-2024年）\n十年间，我国电子政务稳步推进，发展指数跃升至第35位，实名注册用户超10.8亿人。", "statistics"),
    ("目录/提纲：……\n一、工作目标\n二、工作任务\n某市2020年民生保障工作方案\n到2020年底，帮助城市困难职工解困脱困1万人次。", "plan"),
    ("省政府新闻办今日召开新闻发布会\n就新印发的《全面加强非煤矿山安全生产工作若干措施》进行解读。《措施》明确提出，到2026年底，"
     "非煤矿山总数将控制在2000座以内。近年来取得了显著成效。", "plan"),
    ("国家统计局公布《儿童发展纲要（2011—2020年）》终期统计监测报告\n报告指出，十年间，《纲要》主要目标如期实现，"
     "婴儿死亡率下降到5.4‰，比2010年下降57.1%，学前教育毛入园率达到85.2%，取得显著成效，已经完成。", "statistics"),
    ("数字档案室建设是《关于加强和改进档案工作的意见》作出的重要部署。\n文/某海关办公室\n本刊推出专题。近年来取得显著成效，"
     "2016年率先通过验收，已覆盖47个单位，累计完成数字化10万件，成为全国首家，力争推广。", "news"),
    # news of a statistics bulletin: 截至2024年末，… and 年末，…
    ("近日，国家卫生健康委发布《2024年我国卫生健康事业发展统计公报》。\n截至2024年末，全国共建成健康企业3.1万家。"
     "截至2024年末，全国共有职业病诊断机构634家。年末，全国卫生人员总数1500万人。", "statistics"),
    # results news with no cue word but its past counts, one sentence holding 以上 (a trade for ten years or more)
    ("近日，工信部公布第三批2930家小巨人企业。截至目前，我国小巨人企业已达4762家。\n从地域分布来看，东、中、西部分别有1773家、"
     "746家、411家。从所处行业看，超七成深耕行业10年以上，超八成居本省细分市场首位。近20家化纤企业入选名单，发挥着重要作用。"
     "第三批企业中，有300家来自新材料领域，有200家来自装备领域。", "news"),
    # results news whose one plan cue has no number, one sentence in three holding 每年 or 以上 (a habit, not a quota)
    ("某县文旅融合结硕果\n来源：县融媒体中心\n记者近日从县文旅局获悉，近年来，全县拥有A级景区12家，星级农家乐46家。"
     "每年接待游客300万人次以上。旅游综合收入18亿元，带动就业5000余人。全县将确保游客安全。", "news"),
    ("某市养老服务见实效\n发布时间：2022-05-06\n记者从市民政局获悉，近年来，全市共有养老机构56家，床位8600张。"
     "全市每年为老年人免费体检12万人次。社区食堂覆盖120个社区。民政部门加强监管，确保老人吃得放心。", "news"),
    # results news: documents it lists as issued (相继出台了…意见、…) set nothing, and a digit of a name (5G, L2级) in a
    # sentence of directions is no number
    ("本报北京电 记者近日获悉，全国已有3500多公里的道路实现智能化升级，搭载联网终端车辆超过500万辆。\n近年来，L2级乘用车新车"
     "市场渗透率达到20%。相继出台了准入管理意见、测试示范管理规范等政策性文件。今后要加快示范应用，扩大北斗导航、5G通信等技术应用。"
     "全国开放测试区域超过5000平方公里。", "news"),
    # news of a meeting that sets the year's goals (确定2023年新目标, 工作目标为…奋斗目标为…) after last year's figures
    ("某县打赢碧水保卫战 确定2023年新目标\n3月2日，某县召开工作会议，对2022年工作进行总结，并对2023年工作进行了部署。"
     "2022年全县地表水优良比例达到90%，同比提高2个百分点；劣V类水体同比减少1个，下降50%。会议明确，2023年工作目标为："
     "地表水优良比例达到92%，奋斗目标为95%。", "plan"),
    ("某区明确今年大气污染防治目标\n记者从区生态环境分局获悉，去年全区优良天数280天，同比增加6天，PM2.5浓度下降5.1%。"
     "今年全区工作目标为：PM2.5浓度低于40微克/立方米，优良天数达到290天以上；奋斗目标为：优良天数300天以上。", "plan"),
    # results news over a span (2020年至2024年间: the span's end is no deadline) closing on an aim with no number
    ("某县跑出高质量发展加速度\n本报讯（记者 王某）7月24日，市政府新闻办举行发布会，全面展示某县“十四五”期间发展成就。"
     "数据显示，2020年至2024年间，某县地区生产总值年均增速达4.25%。项目建设成效显著，累计实施重点项目578个，"
     "完成投资435.1亿元，一批项目相继竣工投用。新能源装机容量位居全市前列。接下来，某县将力争到2030年建成区域中心城市。", "news"),
    # news of a plan published (《…规划》正式发布), its goals to the end of a five-year plan (到“十二五”末) beside the past
    ("某省家具产业冲刺千亿元大关\n近日，《某省家具产业十二五发展规划》正式发布。根据规划，到“十二五”末，全省家具工业总产值"
     "将突破1000亿元大关。据了解，“十一五”时期，全省家具产业一直保持高速增长，年均增速超过40%。2011年，全省家具产业实现"
     "工业总产值682.2亿元，同比增长29.3%，全省共有家具企业5300多家。规划确定了一系列奋斗目标：到“十二五”末，出口20亿美元，"
     "年均增长70%。", "plan"),
    # news of a meeting that states a year's expected goals (预期目标为：…，同比增长10%；…): 同比 there is the goals' base
    ("2014年全国某行业工作会议今日在京召开。某局局长做工作报告时提出，2014年发展预期目标为总收入3.19万亿元，比上年增长11%。\n"
     "会议提出2014年发展预期目标为：总收入3.19万亿元，比上年增长11%；国内人数35.8亿人次，"
     "同比增长10%；国内收入2.85万亿元，同比增长12%；外汇收入492亿美元，同比增长3%。\n记者 某某 [责任编辑：某某]", "plan"),
    # news of a plan report's coming-year indicators (提出了2023年…指标体系安排，具体为：…增长9%；…) after a review: a plan
    ("某市2022年计划执行情况与2023年计划草案的报告提交审议\n本报讯 12日，市发改委主任受市政府委托，向市人代会书面提交了报告。"
     "报告说，2022年全市经济运行稳中有进。报告提出了2023年全市发展指标体系安排，具体为：地区生产总值增长6%左右；"
     "规上工业增加值增长8%；一般公共预算收入增长5%；社会消费品零售总额增长4%；城镇登记失业率控制在3%以内。", "plan"),
    # news of a programme that sets its goals over years (计划用三年时间，培育…；三年内实现…): a plan's
    ("某县：实施乡村振兴“十百千”工程\n2020-02-25 16:43 作者：某某 来源：某县委组织部\n为进一步巩固脱贫攻坚成效，某县以实施工程为抓手。"
     "计划用三年时间，培育骨干农业龙头企业10个、现代农业示范园区10个。三年内实现美丽新村生活垃圾处理率达95%以上。", "plan"),
    # a plan's goals with no goal word but 以上 are no report: no kind's words, but the goals it sets make it a plan
    ("——大力发展职业教育。年招生数达到50万人，学校数调整到700所；重点建设100所在校生3500人以上的示范学校；建设300个重点专业。"
     "——培训500万农村劳动力、100万致富带头人，年培训率达到30%；培训在职职工1600万人次，全员年培训率达到50%以上；"
     "培训下岗失业人员160万人次，再就业率达到60%以上。", "plan"),
    # a report to the press of a past year's figures: 媒体通报, 完成了, 得到进一步改善
    ("我省妇女健康状况进一步改善\n3月7日，省卫生计生委向省垣媒体通报2017年我省妇女健康状况。全省妇女健康状况得到进一步改善。"
     "2017年孕产妇系统管理率达到91.57%，较2012年分别提高7.74%；孕产妇死亡率较2012年下降18.78%。先期完成了22个妇幼保健机构建设，"
     "确保母婴安全。", "news"),
    # a headline of results seen (喜见成效), whatever the next year's plan the last lines name
    ("某市养大蟹工程喜见成效,农业人均增收220元\n据统计,工程实施三年以来,河蟹养殖面积已达152万亩。\n"
     "今年,市局将继续实施该工程,力争今年将品牌打造成为省级著名商标。", "news"),
    # a headline that looks forward outranks a news word in it (亮相, 启动) and makes the page news of a plan
    ("青岛今年将拆违20万平米 拆违法规拟明年亮相\n记者从市城管局获悉，今年全市将拆除违法建设20万平方米。", "plan"),
    ("西安55条“断头路”3年内全部打通\n记者了解到，西安市将用3年时间打通55条断头路。", "plan"),
    # a goal's year before 建成 in a headline is no result (到2035年建成5家左右…)
    ("北京：到2035年建成5家左右世界一流大学科技园\n记者获悉，北京市印发方案，到2035年建成5家左右世界一流大学科技园。", "plan"),
    # the year so far (今年前10个月, 今年前3季度) is no deadline (2025年前, 年底前): what was done in it is reported
    ("商业秘密保护工作现场会召开\n央视新闻客户端 记者今天从市场监管总局了解到，今年前10个月，全国市场监管部门共查处商业秘密侵权案件113件，"
     "罚没金额3505.86万元。据了解，前两批35个试点地区发布制度性成果143项。", "news"),
    # a headline of goals met (完成…发展目标) over a year's figures
    ("首页 快讯 > 正文\n某保税区完成“百千万”亿发展目标\n本报讯 记者从日前举行的工作会议获悉，2021年保税区区级税收破百亿，"
     "增长20.8%；全年引进重点项目1367个，其中世界500强项目39个。", "news"),
    # forms, invoices, standards
    ("电子普通发票\n发票代码 050001700111\n开票日期 2020年08月05日\n价税合计 ¥10600.00\n购买方 某公司", "form"),
    ("某省2022年度考试录用公务员专业科目考试大纲\n一、考试性质\n本考试…", "form"),
    ("数据格式规范\n1 范围\n本标准规定了…\n2 规范性引用文件\n3 术语和定义\n字段为必选或可选。", "standard"),
    # notices and letters that set no plan
    ("关于同意某某同志辞职的批复\n某某单位：\n你单位的请示收悉。经研究，同意辞职。", "notice"),
    ("关于加快铁路涵洞建设的函\n市住建局：\n请你局加快推进。", "notice"),
    # a plan announced in news of a meeting (将…打造, 部署2023年…任务, 计划投入)
    ("某网讯(通讯员 张某 记者 李某) 昨天，全市退役军人事务局长会议召开，谋划部署2023年的工作任务。2023年，市退役军人事务部门将持续开展"
     "品牌创建活动。在去年基础上，再打造15家左右市级标杆型服务站。", "plan"),
    ("2022—2024年在全省范围内建设不低于14个示范县，129个示范乡镇。通过建设，示范点取得成效，取得可复制经验。"
     "计划投入资金19.15亿元。", "plan"),
    # results: goals reached early (提前达到2015年目标), work done ahead of time (超前完成, 全年累计)
    ("各领域发展顺利，76.9%的监测指标达到中期目标。83项提前达到2015年规划目标，占76.9%，比上年提高2.6个百分点；"
     "75项提前达到2020年规划目标，占69.4%。", "news"),
    ("一是规划引领精准布局。严格执行《某县充电设施专项规划(2023—2027年)》，推动公共充换电站保有量突破67座。"
     "二是狠抓项目推进。超前完成新建充电站10座，全年累计充电131.8万千瓦时。", "news"),
    # a survey's results beside goals quoted from another plan (“到2022年，…低于20%”): the quotation sets nothing
    ("调查数据：某市现在吸烟者尝试戒烟率提高至41.8%\n中新网1月29日电 某市控烟工作成效显著，并于2021年提前达到了某市行动提出的"
     "“到2022年，15岁及以上成人吸烟率低于20%”的目标。调查显示，成人吸烟率为19.9%，比2021年下降了0.3个百分点；距离"
     "“到2030年，成人吸烟率低于17%”的目标仍有差距。女性吸烟率2.2%，比2021年下降了0.5个百分点。", "statistics"),
    # a newspaper's excerpts of a work report (报告摘登): its review and its year's tasks
    ("鼓励淘汰老旧柴油货车\n北京晚报\n报告摘登\n2018年工作回顾\n淘汰国Ⅲ标准柴油货车4.7万辆，污水处理率达到93%。\n报告摘登\n"
     "2019年主要任务\n全市新增造林绿化25万亩。全市污水处理率超过94%。", "report"),
    # a performance bulletin (绩效情况通报) reports figures; news of a plan that will fund and build (将安排, 将推出)
    ("某市：数字化城市管理12月绩效情况通报\n12月共受理各类城市管理案件1054件，结案率93.72%。", "statistics"),
    ("某市审批服务局2020年度全市审批服务办理统计通报\n全年共受理业务166.52万件，办结率100%。", "statistics"),
    # a headline that a list takes the place in (入列…名单) is news of a plan, not a list
    # a yearbook's table, numbered and dated by one year (表14—16 各类医院基本情况(2020年)): statistics
    ("表14—16 各类医院基本情况(2020年)\n指标\n机构数(个)\n实有床位数(张)\n全市\n271\n57455\n综合医院\n105\n29419\n", "statistics"),
    ("表2-1 全市主要经济指标（2023年）\n地区生产总值 1200亿元\n一般公共预算收入 98亿元\n", "statistics"),
    ("某市两家县医院入列全国“千县工程”名单\n到2025年，全国至少1000家县医院要达到三级医院医疗服务能力水平。", "plan"),
    ("当前快讯：某市空港枢纽“入圈”国家名单\n目标到2025年，枢纽航空货邮吞吐量将达190万吨，年保障起降70万架次。", "plan"),
    ("某县跻身全国农业产业强镇建设名单\n根据规划，到2025年，全镇特色产业产值将达到10亿元。", "plan"),
    ("某县将推出一批示范站 促进文明实践工作再提升\n某县印发通知，将安排县财政专项资金108万元，对36个示范站进行建设提升，"
     "明确了建设标准、实施步骤。围绕“有组织”“有成效”等标准做出要求，推广经验成效。", "plan"),
    # a bulletin of the state of a year (关于2016年…状况的通报, …工作情况的通报): its figures are the year's
    ("关于2016年全国特种设备安全状况的通报\n截至2016年底，全国特种设备总量达1197万台，比2015年底上升8.8%。其中：锅炉53万台。",
     "statistics"),
    ("某市关于2023年上半年安全生产工作情况的通报\n上半年全市发生生产安全事故12起，同比下降20%。", "statistics"),
    # news of a plant put into service (并网投入试运行, 建成投产) reports what was done
    ("6月18日，某区500MW/1000MWh独立储能电站项目一期并网投入试运行。该项目是去年落地开工的重点项目，总投资16亿元，"
     "其中一期投资4亿元，装机容量100MW/200MWh。", "news"),
    ("某县光伏电站建成投产 年发电量可达1.2亿千瓦时\n日前，某县100MW光伏电站正式投运，总投资4.5亿元。", "news"),
    # news of an activity held: what it handed out and cleaned up (活动共参与400余人, 现场发放宣传资料500余份)
    ("某街道组织开展周末卫生日活动\n近日，某街道组织20个社区开展了卫生日活动。活动中宣传了健康科普知识。活动共参与400余人，"
     "动用车辆20余台，清理垃圾5余吨，发放宣传品200余份。", "news"),
    ("某县开展计量宣传活动\n5月20日，某县市场监管局在广场开展了计量宣传活动。此次活动现场发放宣传资料500余份，"
     "接受群众咨询100余人次。", "news"),
    # a work report quoted by a trade site, 报吿 written with its variant character
    ("2017年1月6日在某市第六届人民代表大会第一次会议上，代市长在政府工作报吿中指出：要壮大丝纺服装产业集群。"
     "力争全市丝纺服装产业集群产值超过660亿元。", "report"),
    # news of results whose lede has one goal word in a sentence with no number (确保实现“三个百分之百”)
    ("市教育局三个100%把好校园安全关\n本报讯（记者 某某）市教育局切实抓好安全基础能力建设，确保实现“三个百分之百”全覆盖。\n"
     "投资115万元新建警卫室24个，配备安保器材1250件，专兼职安保人员配备率达到100%。投资900万元，维修65所学校围墙。",
     "news"),
    # a class (省级以上) or an average (平均每年) in a report is no goal word
    ("某市野生动物保护再升级\n记者从市林业部门获悉，近年来我市扎实推进野生动物保护。全市共建3个救助站，平均每年救治野生动物超200只。"
     "全市共建设15处省级以上自然保护地。", "news"),
    # a headline of entering a list (入围…名单) is news, not the list
    ("某市入围新一轮全国电信普遍服务试点市名单\n7月3日，记者获悉，某市入选试点。到2020年，全市行政村4G网络覆盖率达到98%以上。",
     "plan"),
    ("2023年度市级示范家庭农场名单\n1. 张三家庭农场\n2. 李四家庭农场", "form"),
    # a headline that says what will be: a plan's goals, whatever figures of the past years the body gives beside them
    ("某省畜牧业产值占比将达36%\n记者日前从省农业厅获悉，到2015年，全省畜牧业产值占比将达36%，禽蛋产量达到300万吨。"
     "2010年，全省肉类产量700万吨，比上年增长4.2%，禽蛋产量250万吨，增长3.4%。去年全省新建规模养殖场200个。", "plan"),
    ("某市力争明年新建充电桩5000个\n本报讯（记者 李某）近日，记者从市发改委获悉，今年以来全市已建成充电桩3200个，同比增长40%，"
     "累计建成充电站120座。明年全市将新建充电桩5000个。", "plan"),
    # news of a plan adopted (讨论通过了《…规划》) that says what the five years are to do, beside what was done before
    ("全国游牧民定居工程建设“十二五”规划\n5月30日，国务院常务会议讨论通过了《全国游牧民定居工程建设“十二五”规划》。"
     "会议指出，绝大部分游牧民实现了定居，累计建成定居房30万套。“十二五”时期，要基本解决尚未定居的24.6万户游牧民的"
     "定居问题。据悉，去年中央财政已下拨17亿元专项资金，取得明显进展。", "plan"),
    # a year's account of work done (先后召开…3次, 实际拨付, 共举办…培训班): a report of results, with no plan word
    ("某县持续深化东西部协作\n一是强化组织领导。先后召开县委常委会研究部署工作3次。二是资金使用。已实际拨付使用资金2405万元，"
     "资金使用率74%。三是劳务协作。共举办劳务协作培训班4期，培训164人。", "news"),
    # news of a ranking (排名全省第一, 排名第11) reports results, whatever goal words a quoted plan adds
    ("某市文明城市测评排名全省第一\n3月20日，中央文明办公布文明城市年度测评结果。某市测评总分91.56分，在全省排名第一，"
     "在113个测评地级市中排名第11，比上年前进4位。", "news"),
    # a headline of things built (建成1029个…) reports, whatever plan words its body quotes
    ("某省建成1029个农村留守儿童之家\n我省2015年共建成留守儿童之家1029个，超额完成当年1000个的目标任务。去年，我省制定了"
     "建设1000个的目标任务，到2015年12月15日，已建成1029个。有5个市州超额完成目标任务。各地要确保建成一个验收一个，"
     "力争全部达标。", "news"),
    ("某省计划7年建8个游艇小镇\n来源：某某网\n至2025年，在全省沿海市县建设8个左右游艇小镇。数据显示，目前全国游艇建造企业120多家，"
     "同比增长5%，出口游艇300多万艘，比上年增长8%，内地注册的游艇数量约4000艘，比上年增加300艘。", "plan"),
    ("某市明年要新增城镇就业5万人\n新华社电 记者从某市人社局获悉，今年全市新增就业4.8万人，比上年增长3%，已完成全年任务。"
     "明年要新增城镇就业5万人，力争城镇调查失业率控制在5.5%以内。", "plan"),
    # a short news item of results: two sentences with numbers, none looking forward
    ("某市新闻网讯（记者 王某）近日，市卫生健康委发出通知，市人民医院心内科、儿科等3个专科被确定为2019年度市级临床重点专科"
     "建设项目。至此，我县共有市级临床重点专科6个、省级临床重点专科2个。", "news"),
    ("某县新闻网讯 日前，县农业农村局组织验收，全县新建的12个高标准农田项目全部通过验收。项目共新增耕地860亩，"
     "惠及农户3200户。", "news"),
    # no kind in its title, what was done told with 了 (制定了, 购置了, 形成了): results; a plan's title outweighs
    # its background's 了
    ("概况\n根据2011年春、秋两季的火险情况，航站科学合理安排飞行计划。航站制定了春航工作方案、扑火应急预案。2011年航站"
     "购置了两部新型无线电台及数字录音系统。航站夏季又购置了1台加油车，节省加油时间40分钟。", "news"),
    # a document issued or words said with 了 (印发了, 提出了, 明确了) are no deeds done: the goals after them stand
    ("某区部署充电设施建设\n近日，区政府召开专题会议，印发了有关文件，提出了具体要求，部署了重点工作，明确了责任分工。"
     "全区将新建充电桩1万个，建成充电站200座。", "plan"),
    ("某县航空护林三年行动计划\n近年来，全县形成了较完备的护林体系，购置了两部新型无线电台。\n到2025年，建成直升机"
     "起降点5个，森林火灾受害率控制在0.9‰以内。", "plan"),
    # a headline that says what will be, over a body that tells last year's figures beside it
    ("某省今年将完成1160万名中小学生脊柱侧弯筛查\n记者从省教育厅获悉，去年全省共筛查学生980万人次，筛查覆盖率达到85%，"
     "发现疑似学生12万人，已全部转诊。", "plan"),
    ("某市2017年拟实施PPP项目29个\n日前，记者从市发改委获悉，去年全市共签约PPP项目18个，完成投资56亿元，同比增长12%。", "plan"),
    # a year's work set out with its growths (年内，力争…，分别增长…; 争取年内投入试运行): goals, not results
    ("2012年，某县将以海岛建设为契机，加快培育海岛经济。一是发展休闲服务业。投资7.1亿元建设度假海岛。年内，力争接待游客"
     "280万人次，完成旅游收入20亿元，分别增长16.7%和32.5%。二是发展渔业。年内实现渔业产值56亿元，增长5.7%。"
     "三是发展新能源。建设海洋能电力示范工程，争取年内投入试运行。年内实现工业增加值4.5亿元，增长7.1%。", "plan"),
    # a headline that anchors the year's goals (锚定今年…目标) is news of a plan
    ("粮食面积68万亩 产量4.54亿斤\n我县锚定今年农业春季生产目标\n本网讯 3月19日，全县春季农业生产现场会召开。该村在高标准农田建设方面成效明显。\n"
     "据了解，今年我县粮食面积68万亩、产量4.54亿斤，新建和改造提升高标准农田4万亩。", "plan"),
    # a page on how a year's projects are carried out (…项目落实情况) reports; its numbers are progress, no goals
    ("市人大视察2018年为民办实事项目落实情况\n截至目前，市委、市政府确定的35项民生实事项目中，全面或超额完成的13项，占项目总数的37.1%；"
     "进度达到90%以上的5项，占项目总数的14.3%。", "report"),
    # a year's list of livelihood projects (为民兴办10件实事, 民生实事) is a plan, in its title or its body
    ("2019年某市市委市政府为民兴办10件实事\n2月22日上午，在市人民代表大会上，明确了市委、市政府为民兴办的10件实事。\n"
     "一是实施扩大教育资源项目，新建和改扩建幼儿园、中小学20所，新增学位1.4万个。\n二是实施农村公路建设项目，新建农村公路300公里。", "plan"),
    ("某某网讯 1月20日，某县人民代表大会召开第五次会议。会上确定2016年县委县政府为民兴办10件实事。这十件实事是：1.新修高标准基本农田10万亩。"
     "2.引入社会资金2亿元，建成1所县城九年制学校。3.改造农村危旧房1320户。", "plan"),
    ("某区今年计划新建污水管网40公里\n年内，区水务局计划完成老旧管网改造60公里，同比增长20%；确保年底前新建泵站3座，"
     "比上年增加1座。到2025年，全区污水收集率达到90%，比2020年提高15个百分点。", "plan"),
    # a procurement's results, reported by an outlet that names itself only by 消息 and 据…报道
    ("某社消息，某省公示中成药联盟集中带量采购拟中选结果。此次共计111个产品入选，涉及97家企业。据某网报道，"
     "中选率达62%，平均降幅42.27%，最大降幅82.63%。", "news"),
    # a weekly market report: changes on the week before (环比) and the largest fall are statistics
    ("2022-07-26 17:18:52\n【二十重点城市商品住宅成交概况】\n本周监测的重点城市成交总面积242.05万平方米，环比减少4.12%，"
     "较前四周均量减少36.98%。四个一线城市成交量全面下滑，上海跌幅最大，环比减少30.78%。7座城市环比增加，7座城市环比下降。",
     "statistics"),
    ("某社消息，某市公示中成药集中带量采购结果。此次共计111个产品入选，涉及97家企业。据某网报道，本次采购将于明年起执行。\n"
     "原标题：某市111个中成药入选集采", "news"),
    ("按照省统一部署，州医保局组织14家医疗机构进行耗材集采采购任务量确认工作，患者将用上降价后的中选产品。此次集采覆盖5种耗材，形成14个产品系统类别，"
     "平均降价84%。其耗材平均每套价格从3.3万元下降至4500元左右。", "news"),
    # a reply to a proposal is a letter, whatever plan it cites; an evaluation of a plan is a report
    ("对某市十三届人大三次会议第473号建议的答复\n某某代表：\n您提出的建议已收悉，现答复如下：\n根据《某省农田建设实施方案》，"
     "到2025年建成高标准农田50万亩。", "notice"),
    ("某局关于市政协第20号提案的答复\n某某委员：\n现答复如下：我局将按照规划，力争到2025年新增停车位1000个。", "notice"),
    ("《某市教育发展规划纲要》实施情况中期评估报告\n评估组对规划纲要三年实施情况进行了评估。主要目标进展顺利，学前教育毛入园率达到90%。", "report"),
    ("某省“十四五”交通规划实施情况中期评估\n按照要求，省交通厅开展了中期评估。到2025年，高速公路里程力争达到1万公里。", "report"),
    # numbered tasks with their quotas and no word of intent: a plan's (完成200个…建设任务), not a report
    ("(1)推进文化馆、图书馆免费开放，做到专管专用。(2)抓好数字图书馆建设，建设84个社区书屋。(3)完成200个村村响工程建设任务。"
     "(4)全市有线电视数字化率达95%。(5)全年完成13620场农村公益电影放映任务。", "plan"),
    ("共上报招商项目40个，总投资100.2亿元。完成市下达任务100亿的100.2%。签约项目58个，计划总投资215亿元，完成率107.52%，提前完成区200亿招商引资任务。"
     "在谈项目9个。", "news"),
    # a yearbook's entries (【免疫规划】 2020年，…): the year's record, statistics as the gold labels it (b32_10); 免疫规划
    # and 计划生育 name work, no plan
    ("【免疫规划】 2020年，某市适龄儿童免疫规划疫苗接种率90%以上。查验学生231673人，查验率99.69%，补种32655剂次。\n"
     "【妇幼保健】 2020年，全市孕产妇系统管理率95.2%，住院分娩率99.9%。", "statistics"),
    # a news item with no headline that names a plan as done: news of its results, whatever the plan's name says
    ("本报讯（记者 王明）12月25日，据省青年发展规划联席会议消息，《某省中长期青年发展规划(2019-2025年)》（下称《规划》）"
     "目标任务如期完成。\n《规划》实施以来，全省服务青年632万人次，建成青年驿站125个，集成青年发展政策1037项。", "news"),
    ("胶东在线1月25日讯（记者 李刚）市海洋发展和渔业局介绍了2023年完成情况。\n市委《某市海洋经济示范区建设三年行动方案》圆满收官。"
     "全市海洋生产总值突破2500亿元，新开工建设深远海养殖网箱8座，累计建设32座。", "news"),
    # a headline saying what this year will bring (今年某省妇联将办好这10件重点实事) over the list: the list's goals
    ("定了！今年某省妇联将办好这10件重点实事\n时间：2025-02-14 来源：省妇联办公室\n"
     "2月14日，某省妇联执委会议召开，最终确定了10件服务妇女儿童重点实事。我们一起来看：\n1.开展“送讲到基层”活动\n"
     "组织各级巾帼宣讲团开展“送讲到基层”活动1万场次。\n2.开展巧媳妇就业创业行动\n推树巧媳妇创业就业标杆项目10个、优秀项目30个。", "plan"),
    # what a campaign did, counted (累计清理, 据统计, 共完成): results, though no other kind's word is there
    ("近期，某县积极开展防蚊灭蚊爱国卫生运动。据统计，7月全县累计清理垃圾127.93吨，清理积水997处。"
     "各乡镇积极开展各类宣传活动80余次，发放健康宣传手册2700余份，宣传覆盖群众9000余人次。", "news"),
    ("2024年我区继续按照省、市级相关文件要求，积极组织辖区定点医疗机构开展工作，全力推进项目进度，努力完成目标任务。"
     "全年共完成宫颈癌筛查1300人，筛查率100%；"
     "乳腺癌筛查1300人，筛查率100%，圆满完成省市级目标任务。\n某区卫生健康委员会\n2024年8月2日", "news"),
    # a bureau's year plan titled 工作谋划 or 工作思路
    ("某县水利局2021年工作谋划\n2021年是十四五开局之年。\n工程一、完成东、西干渠疏浚改造；\n工程二、启动水柜建设工程。", "plan"),
    ("某镇2022年工作思路\n一是抓产业。二是抓项目，全年实施项目10个。", "plan"),
    # a meeting's news: its review of the year gone and the year's goals after it are news, no bulletin
    ("1月12日，区人民政府全体会议召开。\n会议回顾总结了2017年工作。2017年，全区预计全年实现地区生产总值151亿元，增长9%；"
     "规上工业增加值增速14%；一般公共预算收入6.17亿元，同口径增长15.26%；税收总收入14.11亿元，增长38.82%。\n"
     "会议指出，2018年是决胜全面小康的关键之年。", "news"),
    # news of a five-year plan's achievements: figures raised or lowered to what they are now
    ("12月22日，市政府新闻办召开“十三五”成就巡礼新闻发布会。\n至十三五末，我市人均预期寿命达到了80.6岁。新生儿死亡率从十二五期间"
     "4.77‰降至现在的2.05‰。全市医疗机构数从2015年的1392家增加到目前的1708家，卫生技术人员从1.92万人增加到目前2.5万人。"
     "每千人口床位数7.01张。", "news"),
    # a page that cites the year's report (《政府工作报告》确定的事项) and reports the half-year done: news, not the report
    ("某市新闻网7月21日讯 今年上半年，市政府选取69项重点工作立项监督。其中，10处供水改造工程已全部开工。记者了解到，2010年"
     "《政府工作报告》经市人代会审议通过后，各部门全力推进《政府工作报告》确定事项的落实，部分任务提前完成了《政府工作报告》的半年工作目标。"
     "全市新增城乡就业19.08万人，新增养老床位1558张；4000余部公交车已实现刷卡消费，10座污水处理厂已经完成扩容改造。", "news"),
    # …and one that names a plan as issued: news of its goals
    ("本报讯（记者 王明）近日，省政府印发《某省中长期青年发展规划(2021-2025年)》，提出到2025年，全省建成青年驿站200个，"
     "服务青年1000万人次以上。", "plan"),
]


@pytest.mark.parametrize("text,kind", KINDS)
def test_kind_of_invented_documents(text, kind):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == kind, plan.metadata.doc_kind_evidence
    assert plan.metadata.doc_kind_evidence  # the answer says why


@pytest.mark.parametrize("text,kind", [k for k in KINDS if k[1] in ("statistics", "news", "form", "standard")])
def test_documents_that_set_no_goals_give_no_targets(text, kind):
    assert policyparse.parse_text(text).targets == []


@pytest.mark.parametrize("text", [
    "某电子有限公司一期工程项目环境影响评价第一次公示\n本项目占地面积69963m2，建筑面积141793.66m2，总投资1.27亿元，"
    "建成后年产笔记本电脑外壳1000万套。公示时间为10个工作日。",
    "某县石场年加工9万立方米制砂建设项目环评信息公示\n根据有关要求，现将项目信息予以公示。项目总投资480万元，其中环保投资180万元，"
    "建成投产后可年制砂9万立方米。",
    "某污水处理厂竣工环境保护验收公示\n项目设计处理规模1.6万立方米/日，到2021年底出水达到一级A标准。",
])
def test_a_projects_environmental_notice_sets_no_goals(text):
    """An EIA or acceptance notice describes the project the public is asked about; its figures commit to nothing."""
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "notice"
    assert plan.targets == []


def test_a_planning_bureaus_notice_keeps_the_limits_it_sets():
    plan = policyparse.parse_text("关于某地块规划条件的批前公示\n该地块容积率不大于2.0，绿地率不低于30%。公示期5个工作日，"
                                  "如有异议，请在公示之日起30日内向本局提出申述。")
    assert sorted((t.comparator, t.value, t.unit) for t in plan.targets) == [("<=", 2.0, ""), (">=", 30.0, "%")]


@pytest.mark.parametrize("opening,first", [("2011年是实施“十二五”规划的第一年。", []),
                                           ("全市经济社会发展的主要预期目标是：全市生产总值增长8%左右。", [(8.0, 2011)])])
def test_a_reports_paragraph_on_the_year_it_plans_for_goes_on_with_its_goals(opening, first):
    """A report with no forward heading: a paragraph opening on the year it plans for (2011年是…第一年) or on its goals'
    statement gives goals in its sentences of a goal's comparator, dated that year; a sentence of what was done does not."""
    text = ("今年市本级支出预算突出“五个重点”\n在市人大会议上，市财政局作了《关于某市2010年预算执行情况和2011年预算草案的报告》。\n"
            "报告提到，" + opening +
            "立足提高自主创新能力，全社会研究与试验发展经费支出相当于全市生产总值比例达到3%左右，每百万人口发明专利授权数达到380件左右。"
            "全市已建成保障性住房1200万平方米。")
    targets = policyparse.parse_text(text).targets
    assert [(t.value, t.year) for t in targets] == first + [(3.0, 2011), (380.0, 2011)]


def test_a_report_gives_its_coming_years_goals_not_last_years_results():
    text = ("2024年政府工作报告\n各位代表：\n一、2023年工作回顾\n过去一年，地区生产总值增长5.2%，城镇新增就业28万人，"
            "拆除违法建设2315万平方米。\n二、2024年主要预期目标和重点任务\n今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右，"
            "城镇调查失业率控制在5%以内。新增中小学学位2万个。")
    targets = policyparse.parse_text(text).targets
    assert [(t.value, t.unit, t.year) for t in targets] == [(5.0, "%", 2024), (5.0, "%", 2024), (2.0, "万个", 2024)]
    assert targets[0].change == "increase" and targets[0].approximate


@pytest.mark.parametrize("text,want", [
    # a budget report: its 预算草案 part plans the coming year (its arrangements and their changes count, as two blind
    # annotators count them); the execution part before it reports
    ("关于某市2023年预算执行情况和2024年预算草案的报告\n一、2023年预算执行情况\n2023年，全市一般公共预算收入292.14亿元，"
     "完成预算的101.7%。\n二、2024年预算草案\n2024年全市一般公共预算收入安排306.74亿元\n2024年，全市一般公共预算收入安排306.74亿元，"
     "增长5%。全市一般公共预算支出安排532.2亿元，增长1%左右。",
     [(306.74, "亿元", 2024), (5.0, "%", 2024), (532.2, "亿元", 2024), (1.0, "%", 2024)]),
    # a central budget's lead (拟安排如下：) and the sentences of its paragraph after it
    ("2012年中央和地方预算草案的报告\n2012年公共财政预算主要指标拟安排如下：中央财政收入55920亿元，增长9%。中央财政支出总量64120亿元，"
     "增长13.7%。其中，中央本级支出18519亿元，增长12.1%。",
     [(55920.0, "亿元", 2012), (9.0, "%", 2012), (64120.0, "亿元", 2012), (13.7, "%", 2012), (18519.0, "亿元", 2012), (12.1, "%", 2012)]),
    # a town's budget under its title alone (2021年财政预算): its arrangements for the year, by item
    ("2021年财政预算\n根据上述总体思路，2021年预算内外的主要指标预算安排如下：\n（一）预算外收入预算\n2021年我镇预算外收入及补助收入"
     "12100万元，其中：出让金收入10200万元，资产收入1500万元。\n（二）支出预算\n1.一般公共服务支出3771万元；\n2.教育支出610万元。",
     [(12100.0, "万元", 2021), (10200.0, "万元", 2021), (1500.0, "万元", 2021), (3771.0, "万元", 2021), (610.0, "万元", 2021)]),
    # a paper's account of a city's budget, by its items (教育类支出：安排…), no heading
    ("面对财政收支矛盾，市级预算确保预算平衡。教育类支出：安排31652万元，比上年增加4843万元；现代农业类支出：安排20356万元，"
     "比上年增加2478万元。", [(31652.0, "万元", None), (4843.0, "万元", None), (20356.0, "万元", None), (2478.0, "万元", None)]),
])
def test_a_budget_reports_arrangements_are_its_coming_years_targets(text, want):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "report"
    assert [(t.value, t.unit, t.year) for t in plan.targets] == want


@pytest.mark.parametrize("lead,later", [("报告指出，“六个明显提升”具体目标为：\n", [(57.0, 2025)]),
                                        # (no forward part marked: only a sentence that looks forward commits)
                                        ("报告指出，我市要实现“六个明显提升”。\n", [])])
def test_a_party_congress_reports_goals_by_the_end_of_the_five_year_plan(lead, later):
    """A report's goals under 具体目标为： (a forward part), or in a sentence opening 到“十四五”末 (a forward cue)."""
    text = ("解读市第十三次党代会工作报告\n" + lead + "一是市域经济实力明显提升。到“十四五”末，全市生产总值突破"
            "500亿元，年均递增10.4%；财政总收入达到25亿元。\n二是生态环境质量明显提升。森林覆盖率达到57%。")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "report"
    # (the goals of a paragraph with no year of their own are due at the five-year plan's end too)
    assert (plan.metadata.period_start, plan.metadata.period_end) == (2021, 2025)
    assert [(t.value, t.year) for t in plan.targets] == [(500.0, 2025), (10.4, 2025), (25.0, 2025)] + later


@pytest.mark.parametrize("text", [
    "解读市党代会工作报告\n过去五年，全市生产总值增长8%。\n报告指出，具体目标为：\n全市生产总值突破500亿元，森林覆盖率达到57%。",
    # (news of a report: 报告提出，2026年某省地区生产总值目标增长5%左右…: the year's goals the report names)
    "解读某省政府工作报告\n过去五年，全市生产总值增长8%。\n某省政府工作报告提出，2026年某省地区生产总值目标突破500亿元，森林覆盖率达到57%。",
    "解读某市政府工作报告\n过去五年，全市生产总值增长8%。\n报告明确，今年全市经济社会发展的目标是全市生产总值突破500亿元，森林覆盖率达到57%。",
    # (a heading of the year's expected indicators, 主要预期指标, under news of the report's highlights)
    "4月27日上午，某市人大会议开幕，市长作了政府工作报告。\n政府工作报告中，干货满满，新校9月投入使用，地铁年内通车。\n"
    "主要预期指标\n全市生产总值突破500亿元\n森林覆盖率达到57%\n抓好疫情防控\n●把内防反弹作为重点任务，抓好精准防控。",
])
def test_a_reports_statement_of_its_goals_opens_its_forward_part(text):
    assert [t.value for t in policyparse.parse_text(text).targets] == [500.0, 57.0]


def test_a_report_outlined_by_its_parts_and_headed_by_its_years_plans_for_the_later_one():
    """报告分三个部分：2025年…工作回顾、…、2026年重点工作; 2025年—— over results, 2026年—— over goals."""
    text = ("2月4日上午，某市人民代表大会开幕，代市长作政府工作报告。报告分三个部分：2025年和“十四五”时期工作回顾、“十五五”时期目标任务、2026年重点工作。\n"
            "2025年——\n全市生产总值增长5.5%，一般公共预算收入增长3.1%\n报告说，2025年是砥砺奋进的一年，全市生产总值增长5.5%。\n"
            "2026年——\n报告提出今年全市经济社会发展的主要预期目标是：生产总值增长5.5%以上，一般公共预算收入增长3%左右。")
    plan = policyparse.parse_text(text)
    assert (plan.metadata.period_start, plan.metadata.period_end) == (2026, 2026)
    assert [(t.value, t.year) for t in plan.targets] == [(5.5, 2026), (3.0, 2026)]



@pytest.mark.parametrize("text", [
    # the outline's year of the review is no year planned for
    "某市政府工作报告发布。报告分三个部分：2025年和“十四五”时期工作回顾、“十五五”时期目标任务、2026年重点工作。\n"
    "报告说，今年全市经济社会发展的主要预期目标是：生产总值增长5.5%以上，一般公共预算收入增长3%左右。",
    # a line of the year alone over the goals is the year stated, not the one a review sentence opens on
    "某市政府工作报告发布。\n报告说，2025年是砥砺奋进的一年，全市生产总值增长5.5%。\n2026年——\n"
    "报告说，今年全市经济社会发展的主要预期目标是：生产总值增长5.5%以上，一般公共预算收入增长3%左右。",
])
def test_a_reports_year_planned_for_is_not_its_reviews(text):
    plan = policyparse.parse_text(text)
    assert (plan.metadata.period_start, plan.metadata.period_end) == (2026, 2026)
    assert [(t.value, t.year) for t in plan.targets] == [(5.5, 2026), (3.0, 2026)]


def test_a_year_written_without_its_character_dates_a_news_reports_result():
    text = "某市今年将新建学校10所\n2026-01-12 10:00 来源：某某日报\n记者获悉，2025全市新建学校8所，新增学位5000个。今年，全市将新建学校10所。"
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(10.0, 2026)]


def test_a_dated_report_speaking_of_this_year_plans_for_the_year_of_its_date():
    text = ("今年政府工作报告聚焦协调发展\n发布时间:2026-01-21    来源:网络整理\n政府工作报告提出，今年要实施城市更新项目，数量为500个；"
            "建设保障性租赁住房3000套。")
    plan = policyparse.parse_text(text)
    assert (plan.metadata.period_start, plan.metadata.period_end) == (2026, 2026)
    assert [(t.value, t.year) for t in plan.targets] == [(500.0, 2026), (3000.0, 2026)]


def test_a_report_naming_its_goals_met_is_still_review():
    text = "解读某市政府工作报告\n报告指出，2025年全市目标任务全面完成，生产总值增长8%。\n今年主要预期目标是：生产总值增长6%。"
    assert [t.value for t in policyparse.parse_text(text).targets] == [6.0]


@pytest.mark.parametrize("text,kind", [
    # a signing ceremony's news (签约项目60项, 签订…协议，计划投资…): what was signed, not goals the page sets
    ("某省与中央企业签约项目60个 总额超2861亿元\n2021年04月26日10:38  来源:某某网\n某某网4月26日电 (记者某某)25日下午，"
     "某省与中央企业项目合作座谈会举行，45家中央企业的主要负责人参会。本次座谈会上，某省与中央企业签约项目60项；其中37项在现场举行集中签约仪式。\n"
     "甲公司与乙集团签订有关地铁2号线东延段合作协议，计划投资245.9亿元；丙公司和丁集团签订高端聚酰胺项目合作协议，计划投资110亿元。", "news"),
    # a feature story (no kind's words but a byline): its counts and sums are the story's, not goals
    ("（记者 某某）12月12日中午，半山腰的动物园售票亭正在翻修，三个年轻人走过来问，动物园要收门票吗？\n"
     "作为当地唯一的动物园，花果山动物园2002年投资建设，投入250万元，15年过去，成本没收回来。\n"
     "每个月1000多元的待遇，依然让30岁、兽医专业出身的园长感到迷茫。", "other"),
])
def test_news_of_what_was_signed_and_stories_set_no_goals(text, kind):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == kind
    assert plan.targets == []


@pytest.mark.parametrize("text", [
    "12月24日，某市首批就业示范村授牌仪式举行，20个行政村获授牌。\n据了解，1至11月，某市新增转移就业6.8万人，开展就业培训19.7万人次。"
    "全市贫困劳动力实现转移就业36865人，转移率达64.2%，所有工作指标均超过省人社厅提出的工作目标要求。\n（记者 某某）",
    "某县林业工作会议召开。全县今年新造林3.2万亩，义务植树120万株，各项指标全部完成了市里下达的年度目标。\n（通讯员 某某）",
    "某区养老服务中心揭牌。全区建成老年食堂18个，服务老人2.1万人次，各项任务都已达到年初确定的工作目标。",
    # a paragraph opening on 2024年以来， and 成功创建: results, however bare its sentences
    "某市生态环境质量持续向好\n2024年以来，某市始终坚持以提升群众获得感为核心目标，全市生态环境质量稳步提升。\n"
    "全市空气质量优良天数比例达100%，2个国控断面水质优良比例达100%。各级河长巡河6142次，清理河道垃圾237.2吨，某市成功创建绿美城市。",
    "某县文明创建成效明显\n2023年以来，某县成功创建省级文明县城，建成新时代文明实践站120个，开展志愿服务活动3000余场。",
])
def test_a_goal_named_only_as_met_makes_no_plan(text):
    # the goal's word is the result's (均超过…提出的工作目标要求): what the page reports, not a goal it sets
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind != "plan"
    assert plan.targets == []


def test_a_rules_title_names_its_kind_over_a_heading_of_its_standards():
    """…管理办法 sets rules (kind plan: its limits are targets); its 会议费标准 heading names no standard (specification)."""
    text = "某机关会议费管理办法\n第一章 总则\n会议费标准\n会议费综合定额标准：一类会议上限为每人每天760元，二类会议上限为每人每天650元。"
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "plan"
    assert [(t.comparator, t.value) for t in plan.targets] == [("<=", 760.0), ("<=", 650.0)]


def test_a_news_page_on_a_budget_draft_gives_its_arrangements():
    text = ("某某网1月29日讯 昨日，某省2014年预算执行情况及2015年预算草案提交省人大会议审议。2014年，全省一般公共预算总收入3828.02亿元，"
            "完成年初预算的100.6%。\n今年，省级主要支出项目安排情况：农林水支出104.03亿元，教育支出118.82亿元。")
    assert [t.value for t in policyparse.parse_text(text).targets] == [104.03, 118.82]


def test_a_report_without_headings_keeps_its_goals():
    text = "某省2023年政府工作报告发布，报告提出，今年力争新增城镇就业50万人以上，打造15个千亿级产业集群。"
    assert [t.value for t in policyparse.parse_text(text).targets] == [50.0, 15.0]


@pytest.mark.parametrize("ahead", ["展望2018年", "展望今年", "展望新的一年"])
def test_a_reports_summary_looks_back_then_ahead(ahead):
    # (a newspaper's box over a work report: 回顾2017年 / its results, line by line / 展望2018年 / its goals)
    text = ("|\n回顾2017年\n生产总值增长9.5%，规模以上工业增加值增长14.5%\n地方财政收入增长9.1%\n" + ahead + "\n"
            "生产总值增长9%左右，规模以上工业增加值增长12%左右\n城镇登记失业率控制在3.9%以内\n"
            "某报讯 2月25日，市人民代表大会开幕。市长作政府工作报告。报告分为2017年工作回顾、2018年思路目标两个部分。\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == [9.0, 12.0, 3.9]


@pytest.mark.parametrize("note", ["(注:征求意见稿中的数据均为预期数，有的暂缺)", "（注：数据有待统计部门核准）", ""])
def test_a_reports_run_in_list_of_the_years_projects_under_a_lead_with_a_note(note):
    # (a news page on a draft work report: …列出了政府今年…办实事的项目(注:…)： / 一是… / 二是…)
    text = ("2011某市政府工作报告开征民意\n新的一年开始了，政府要为我们做点啥？《政府工作报告》(征求意见稿)已经出炉。\n"
            "政府工作报告(征求意见稿)上，列出了政府今年推进办实事的项目" + note + "：\n"
            "一是实施交通拥堵综合治理工程。新辟公交线路10条，新增公交车辆300辆；\n"
            "二是推进住房保障。完成农村住房改造30088户；\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == [10.0, 300.0, 30088.0]


def test_a_review_line_that_names_the_goals_met_is_still_review():
    spans = doc_kind.review_spans("一、过去一年工作回顾\n完成了年初确定的主要预期目标，增长5%。\n二、今年工作安排\n增长6%。")
    text = "一、过去一年工作回顾\n完成了年初确定的主要预期目标，增长5%。\n二、今年工作安排\n增长6%。"
    assert spans == [(0, text.index("二、"))]


def test_text_with_almost_no_chinese_is_read_but_sets_no_goals():
    plan = policyparse.parse_text("Invoice 2020-08-05 total 10000.00 tax 6% net 600.00 目标 100%\n" * 5)
    assert plan.metadata.doc_kind == "other" and plan.targets == []
    assert any(p.kind == "not_chinese" for p in plan.problems)


@pytest.mark.parametrize("text,years", [
    # the goals named with their year in a news page on the report
    ("某区召开人代会，区长作政府工作报告。报告回顾了过去一年的工作。\n报告提出了2019年经济社会发展主要预期目标：地区生产总值增长9%，"
     "固定资产投资增长18%。", [2019, 2019]),
    # a bulleted digest: last year's 成绩单 first, then this year's goals
    ("政府工作报告摘要\n■ 2024年成绩单\n●预计地区生产总值增长6%左右\n●粮食总产达到557亿斤\n"
     "■ 2025年经济社会发展的主要预期目标\n●经济增长6%左右\n●城镇新增就业70万人以上", [2025, 2025]),
    # a digest: five years' results with no review heading, then goals under headings with and without a year
    ("2017年4月22日，市人民代表大会第一次会议开幕。代市长作政府工作报告。\n赶超发展的五年\n地区生产总值从2011年的1520亿元增加到"
     "2016年的2243.1亿元，年均增长8.6%；\n2017年主要工作\n全市经济社会发展主要预期目标：\n地区生产总值增长7.5%以上；\n"
     "固定资产投资增长11%；", [2017, 2017]),
    # a news page: the goals listed after a marker that opens the line late, split by semicolons
    ("3月27日，市人大会议听取了市人民政府工作报告。\n报告指出，2025年，全市经济社会发展主要预期目标是：地区生产总值增长5.5%；"
     "社会消费品零售总额增长5%；城镇新增就业4.5万人以上。\n采写：本报记者", [2025, 2025, 2025]),
    # a digest: 关于2024年的工作 (review), then 关于2025年工作的主要目标
    ("省长作政府工作报告。各位代表：\n关于2024年的工作，报告指出：实现地区生产总值9.86万亿元、增长5.7%。\n"
     "关于2025年工作的主要目标：地区生产总值增长5%以上，城镇新增就业110万人以上。", [2025, 2025]),
    # a news page on a county's report: last year's results, then a paragraph opening with the coming year
    ("近日，某县县长作政府工作报告，回顾了2012年的政府工作。\n经初步预计，全县2012年实现生产总值163亿元，比上年增长13%。\n"
     "2013年，某县计划招引20个以上过亿项目，招商引资到位固定资产投资15亿元以上。", [2013, 2013]),
    # a headline naming one year, the body another: the body's statement of the goals wins
    ("政府工作报告提出：2010年某市经济社会发展预期目标\n本网讯 代市长昨日在政府工作报告中提出2009年经济社会发展的预期目标。\n"
     "经济社会发展的主要预期目标是：地区生产总值增长13%，财政总收入增长13%。", [2009, 2009]),
    ("2025年某县经济社会发展主要预期目标\n县长作政府工作报告。\n主要预期目标是：地区生产总值增长6%，城镇新增就业3000人以上。",
     [2025, 2025]),
])
def test_work_report_pages_give_their_goals_with_the_year(text, years):
    targets = policyparse.parse_text(text).targets
    assert [t.year for t in targets] == years
    assert all(t.year_source for t in targets)


def test_a_plan_with_no_period_takes_the_year_of_its_goals_or_work():
    """An excerpt that opens on its goals (今年…主要预期目标是：) and a numbered heading naming the year of
    its work: the heading is no title, and 今年's targets hold by that year."""
    text = ("今年经济社会发展主要预期目标是：全县地区生产总值增长8%左右，城镇调查失业率控制在5.5%以内。\n"
            "三、2024年主要工作安排\n围绕上述目标，完成耕地修复2000亩，确保粮食播种面积稳定在7万亩以上，力争新增经济强村5个。")
    plan = policyparse.parse_text(text)
    assert plan.metadata.period_end == 2024 and plan.metadata.title is None and plan.metadata.doc_kind == "plan"
    assert [(t.value, t.year) for t in plan.targets] == [(8.0, 2024), (5.5, 2024), (2000.0, 2024), (7.0, 2024), (5.0, 2024)]


@pytest.mark.parametrize("text,year", [
    # news of an annual document issued (印发2019年…指导意见), its goals for the year
    ("近日，某省能源局印发2019年全省能源工作指导意见的通知，其中指出：力争在运核电装机达到300万千瓦，发电量达到200亿千瓦时。",
     2019),
    # a press conference on the year's work (2012年工作重点): its goals for that year
    ("在日前的2011某市会展经济发展情况和2012年工作重点新闻发布会上获悉，今年力争展会数量达到600个。", 2012),
    # a year's meeting that closed or was held (闭幕的2012年全国气象局长会议): its 今年 is that year
    ("本报北京1月7日电 (记者某某)记者从今天在京闭幕的2012年全国气象局长会议上获悉：随着服务体系的建立健全，农村气象信息员队伍已达"
     "49万余人，覆盖了71%的村。已有农村气象信息服务站近4万个，覆盖68%的乡镇。\n局长说，今年气象部门将实现气象信息员覆盖全国80%的村。", 2012),
    # a press conference on a year's No. 1 document: its 今年 is that year
    ("3月31日，某省举行新闻发布会对2020年“省委一号文件”进行介绍。今年生猪产能将基本恢复，具体目标是年末生猪存栏3100万头。", 2020),
])
def test_news_of_a_years_document_dates_its_goals(text, year):
    targets = policyparse.parse_text(text).targets
    assert targets and all(t.year == year for t in targets), [(t.indicator, t.year) for t in targets]


@pytest.mark.parametrize("compared", ["与2023年相比，项目总数增加2项，新增项目数量为近三年最多。",
                                      "同2023年相较，项目更加注重普惠共享。"])
def test_a_year_compared_with_is_not_the_year_a_list_under_this_years_lead_plans_for(compared):
    """与2023年相比 names a base: the list under 今年为民办实事项目为： is for the year of the page's date."""
    text = ("某市为民办实事项目公布\n来源：某某新闻 2024-01-31 13:00\n今年为民办实事项目今天发布，共安排十方面。" + compared +
            "\n今年为民办实事项目为：\n一、新增4000张养老床位；新增30个社区长者食堂。\n二、开办500个小学生爱心暑托班。")
    targets = policyparse.parse_text(text).targets
    assert [(t.value, t.year) for t in targets if t.value in (4000, 30, 500)] == [(4000, 2024), (30, 2024), (500, 2024)]


def test_news_of_a_meeting_gives_the_task_it_sets_not_what_was_done():
    """目标任务为 states the year's task outright; 截至目前已建设完成 reports progress."""
    text = ("近日，记者从全省秋冬种工作视频会议上获悉，今年全省秋冬种生产面积目标任务为2100万亩，其中油菜750万亩。"
            "我省组织开展了秋杂粮扩种行动，截至目前已建设完成27.1万亩。（记者 某某）")
    assert [t.value for t in policyparse.parse_text(text).targets] == [2100.0, 750.0]


@pytest.mark.parametrize("goals", [
    "2016年全市规划绿化造林目标：人工造林面积1.8万亩，新增四旁植树326万株。",
    "今年全县农田水利建设目标:新建塘坝1.8万亩，新增四旁植树326万株。",
])
def test_news_of_a_meeting_gives_the_goals_a_year_names_after_a_colon(goals):
    """A year's goals introduced with a colon (2016年…目标：) are stated outright; the year before's results are not."""
    text = ("某市召开全市林业工作会议\n2016年3月8日上午，某市农委召开了全市林业工作会议，总结2015年造林绿化成果，安排和部署"
            "2016年春季造林绿化工作。\n2015年全市共计完成新造林1.7万亩，全面完成了省市下达的各项目标任务。\n" + goals + "\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == [1.8, 326.0]


@pytest.mark.parametrize("sentence,values", [
    ("此次抽检共安排150批次抽检任务，重点聚焦粮食加工品、食用油等重点品种。", [150.0]),
    ("此次抽检范围涵盖食用农产品、大宗食品等8大类24个品种的食品，将抽检样品350批次。", [350.0]),
    ("此次抽检共完成样品350批次，合格率98.5%。", []),
])
def test_news_of_an_inspection_drive_gives_the_samples_it_will_take(sentence, values):
    text = "某市开展节日食品安全专项监督抽检\n2024-01-08 16:36:55\n日前，某市市场监管局组织开展专项抽检行动。" + sentence + "\n"
    assert [t.value for t in policyparse.parse_text(text).targets] == values


def test_a_news_page_gives_only_goals_it_states_outright():
    """A page read as news keeps what it states as a goal (a plan in the news: 到2025年, 力争, 计划新建),
    never its results, nor a result measured against a target (完成目标任务的130%)."""
    text = ("1-10月某县投资结构趋稳\n记者日前获悉，1-10月全县固定资产投资完成246亿元，同比增长15.3%，完成年度目标任务的82%，"
            "取得明显成效。\n据介绍，到2025年，全县力争固定资产投资达到400亿元。")
    plan = policyparse.parse_text(text)
    assert _read_as_news(plan)
    assert [(t.value, t.unit, t.year) for t in plan.targets] == [(400.0, "亿元", 2025)]


@pytest.mark.parametrize("text, values", [
    # a list of bare items under a lead that looks forward: the lead's plans
    ("某市两会将这样影响你的生活\n2023年2月14日，某市七届人大四次会议开幕，市长作政府工作报告。\n"
     "建设世界级商圈、新增碧道100公里……2023年，市民的生活将有哪些新变化？报告释放了哪些民生利好？\n一起来看！\n"
     "新增碧道80公里\n新增停车位20万个\n打通断头路20条\n", [100.0, 80.0, 200000.0, 20.0]),
    # under a heading that looks back, or telling what was won, they report
    ("某市政府工作报告解读\n2023年2月14日，某市七届人大四次会议开幕。\n2022年工作回顾\n新增碧道80公里\n新增停车位20万个\n", []),
    ("某区表彰文明单位\n本报讯 记者获悉，2023年2月14日，某区召开大会。\n2023年，全区文明创建将有哪些新变化？\n一起来看！\n"
     "某区40家单位荣获文明单位称号\n首批15个服务点启用\n", []),
    # numbered items that close on a full stop, under a heading of the page's year (市政府2023年10件实事)
    ("某市政府承诺今年再办10件实事\n发布时间：2023年1月20日\n记者 某某 报道：在昨日开幕的市人大会议上，市长在报告中承诺，今年"
     "市政府要为全市人民着力办好10件实事。\n市政府2023年10件实事\n一、解决农村10万人安全饮水问题。\n二、新建300个农村综合服务社。\n"
     "三、全程改造美化城区人民路。\n四、新建和改建5所幼儿园。\n", [100000.0, 300.0, 5.0]),
    # (the same items under a heading of results: reported)
    ("某市去年10件实事全部完成\n发布时间：2023年1月20日\n记者 某某 报道：市政府去年承诺的10件实事已全部完成。\n"
     "2022年10件实事完成情况\n一、解决农村10万人安全饮水问题。\n二、新建300个农村综合服务社。\n", []),
])
def test_a_list_under_a_lead_that_looks_forward_gives_the_leads_plans(text, values):
    plan = policyparse.parse_text(text)
    assert sorted(t.value * (10000 if t.unit in ("万个", "万人") else 1) for t in plan.targets) == sorted(values)
    assert all(t.year == 2023 for t in plan.targets)


@pytest.mark.parametrize("text, kind, values", [
    # progress measured against the year's plan (占年度计划投资的56.7%, 实际完成投资, 双过半): the plan is a yardstick
    ("某市上半年重点项目实现“双过半”\n2023年，全市实施重点项目120个，总投资800亿元，年度计划投资300亿元。截至目前，完成投资170亿元，"
     "占年度计划投资的56.7%。", "news", []),
    ("2022年我县教育项目建设投入5亿元\n2022年，全县列入投资计划的教育项目共28个，总投资16亿元，计划投资6亿元，实际完成投资5.2亿元，"
     "比上年增长12%。", "news", []),
    # (the year's plan announced, measured against nothing: a plan's goals)
    ("某市今年计划投资300亿元建设重点项目\n发布时间：2023-02-10\n今年，全市计划实施重点项目120个，年度计划投资300亿元。", "plan",
     [120.0, 300.0]),
])
def test_a_plan_quoted_as_the_yardstick_of_progress_sets_nothing(text, kind, values):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == kind and [t.value for t in plan.targets] == values


def test_a_list_numbered_01_02_under_its_years_heading_gives_its_items_that_year_whatever_their_length():
    """Two-digit labels set apart by a space (01 新增托位3000个) are labels, not part of the item's name; a long
    numbered sibling between an item and the heading does not end the list."""
    text = ("30件！2023年某市重点民生事项出炉\n来源：某某晚报 2022-12-29 14:40\n12月27日上午，某市人民代表大会开幕。市长代表市政府"
            "向大会作政府工作报告。报告梳理了2023年重点民生事项清单，具体内容如下：\n2023年重点民生事项\n"
            "01 新改扩建公办幼儿园11所\n02 推动公共体育场馆免费或低收费开放，推进学校、机关、企事业单位体育场地设施向公众开放\n"
            "03 新增3岁以下婴幼儿托位3000个\n")
    got = [(t.indicator, t.value, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [("新改扩建公办幼儿园", 11.0, 2023), ("新增3岁以下婴幼儿托位", 3000.0, 2023)]


@pytest.mark.parametrize("lead, year", [
    ("2023年，市民的生活将有哪些新变化？报告释放了哪些民生利好？", 2023),  # the items name no year: the lead's is theirs
    ("2022年工作回顾", None),  # a lead that looks back dates nothing
])
def test_a_bare_item_takes_the_year_of_its_forward_lead(lead, year):
    from policyparse.doc_kind import list_lead_year
    text = f"{lead}\n一起来看！\n新增停车位20万个\n"
    start = text.index("新增停车位")
    assert list_lead_year(text, start, start + len("新增停车位20万个"), 2023) == year


@pytest.mark.parametrize("sentence,want", [
    ("今年，该县高标准农田建设任务是2.05万亩（其中高效节水灌溉0.28万亩），项目涉及甲镇、乙乡、丙镇的20个行政村。", [2.05, 0.28]),
    ("今年，全市冬种油菜面积任务303.6万亩，各有关部门全力以赴推进油菜扩种工作。", [303.6]),
    ("2025年全县农村公路建设任务为120公里，涉及8个乡镇。", [120.0]),
    # the task done or reported as met: no goal
    ("今年全县完成造林任务3万亩，超出计划10%。", []),
    ("2025年，全县已完成高标准农田建设任务2.05万亩。", []),
    ("今年以来，全县累计完成任务的80%。", []),
    # what the year builds again (今年再建…)
    ("今年，省委、省政府把扩大家政服务覆盖面作为10件实事之一，今年再建100个巾帼家政基地，带动妇女参与培训10万人次。", [100.0, 10.0]),
    ("今年还要再新建20个口袋公园。", [20.0]),
    ("去年全县再建30个口袋公园。", []),
    # a sentence opening on 今年 turns a paragraph led by a year gone to this year
    ("2024年，该镇被评为一等单位。今年，该镇将紧紧围绕战略部署开启新征程。力争地区生产总值增长12%；一般公共预算收入增长10%。", [12.0, 10.0]),
    ("2024年，全县新建口袋公园30个。今年，全县计划新建口袋公园50个。", [50.0]),
    # the investment the year is expected to see (预计投资2亿元) and the works it pays for
    ("据了解，今年全县在农村公路建设领域，预计投资2亿元，完成公路提质工程181公里。", [2.0, 181.0]),
    ("据悉，今年全县水利建设预计总投资3.5亿元，新建塘坝20座。", [3.5, 20.0]),
    # a task stated as a count (目标任务89个) in the sentence after the year's tasks: one too
    ("今年，全县保障性租赁住房目标任务530套。老旧小区改造新开工目标任务89个，涉及居民5190户。", [530.0, 89.0, 5190.0]),
    ("老旧小区改造已完成目标任务89个。", []),
])
def test_a_news_page_that_states_the_years_task_gives_it(sentence, want):
    _years_goals_on_a_news_page(sentence, want)


@pytest.mark.parametrize("lead", ["该市今年主要施政目标包括：", "全市今年主要目标包括："])
def test_a_statement_of_the_years_goals_makes_their_growth_no_statistic(lead):
    text = ("2月1日，某市人大会议开幕。该市政府工作报告显示，该市不但去年成绩斐然，今年各项重点工作安排更是看点十足。\n" + lead +
            "地区生产总值增长8%-8.5%；城镇居民人均可支配收入增长9%；农民人均纯收入增长10%；居民消费价格涨幅控制在3%左右。")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind != "statistics"
    assert [t.value for t in plan.targets] == [8.0, 9.0, 10.0, 3.0]


@pytest.mark.parametrize("sentence,want", [
    # what a body must do (需选派600名以上干部) or decided to do (省委决定，…增派10000名左右干部) looks forward
    ("省委决定，在“千名干部下基层”的基础上，再从省市县三级增派10000名左右优秀干部。我市需选派600名以上干部，服务时间2年。",
     [10000.0, 600.0, 2.0]),
    ("我市已选派600名干部，服务时间2年，共确定服务单位125个。", []),
])
def test_what_a_body_must_or_decided_to_do_looks_forward_on_a_news_page(sentence, want):
    page = "全市干部下基层工作动员会召开\n7月15日，全市干部下基层工作动员部署会议在市委党校召开。\n" + sentence + "\n记者 某某"
    assert [t.value for t in policyparse.parse_text(page).targets] == want


def _years_goals_on_a_news_page(sentence, want):
    page = ("某县召开高标准农田建设项目开工动员大会\n2025-03-13 17:05 来源：某县融媒体中心\n"
            "某县融媒体中心3月13日讯（通讯员 某某）3月12日，某县高标准农田建设项目开工动员大会在县农业农村局召开。\n" + sentence)
    plan = policyparse.parse_text(page)
    assert [t.value for t in plan.targets] == want
    assert all(t.year == 2025 for t in plan.targets)


@pytest.mark.parametrize("text", [
    "中國網訊 10月13日，某青年社會實踐團赴某鄉了解當地農業發展情況。某鄉地處縣城郊，具備發展農業產業的優勢。\n"
    "某鄉在商品蔬菜和種草養羊兩個方面，計劃在3年內將商品蔬菜由目前2000畝的規模發展到6000畝，"
    "預計年產值6000萬元；羊存欄量由500只發展到5000只以上，預計年產值700萬元。\n（記者：某某）",
    "中国网讯 10月13日，某青年社会实践团赴某乡了解当地农业发展情况。某乡地处县城郊，具备发展农业产业的优势。\n"
    "某乡在商品蔬菜和种草养羊两个方面，计划用3年时间将商品蔬菜由目前2000亩的规模发展到6000亩，"
    "预计年产值6000万元；羊存栏量由500只发展到5000只以上，预计年产值700万元。\n（记者：某某）",
])
def test_a_plan_within_years_on_a_page_of_no_kind_gives_its_goals(text):
    # 计划在3年内 looks forward (in Traditional too); the project's output it expects (预计年产值) is no harvest reported
    plan = policyparse.parse_text(text)
    assert {6000.0, 5000.0} <= {t.value for t in plan.targets if t.unit in ("畝", "亩", "只")}


@pytest.mark.parametrize("sentence,want", [
    ("截至2018年底，我市已建成102间母婴室，服务妇女儿童3万人次以上，今年还将推动镇区再建70间母婴室。", [(70.0, 2019)]),
    ("截至2018年底，全市已建成口袋公园40个，今年计划再建口袋公园20个。", [(20.0, 2019)]),
    ("截至2018年底，全市已建成口袋公园40个。", []),
])
def test_the_date_of_a_count_is_not_the_year_of_the_goal_after_it(sentence, want):
    page = "某市母婴室建设情况\n2019-1-31 21:00 来源：某市日报\n1月30日，市妇联组织代表考察我市公共场所母婴室建设情况。" + sentence
    plan = policyparse.parse_text(page)
    assert [(t.value, t.year) for t in plan.targets] == want


@pytest.mark.parametrize("goals,want", [
    ("预计2023年，行业业务收入完成1.43万亿元，同比增长6%左右。", [1.43, 6.0]),
    ("预计2023年全省寄递业务量持续增长，业务收入达到820亿元左右。", [820.0]),
    ("预计2023年寄递业务量持续增长；行业业务收入完成1.43万亿元，同比增长6%左右。其中，快递业务收入完成1.13万亿元，同比增长7%左右。",
     [1.43, 6.0, 1.13, 7.0]),
])
def test_an_estimate_after_a_meeting_named_the_years_goals_states_them_on_a_page_of_results(goals, want):
    page = ("记者从全国邮政管理工作会议上了解到，2022年邮政行业寄递业务量完成1391亿件，同比增长2.7%；业务收入完成1.35万亿元，同比增长6.9%。"
            "累计建成990个县级寄递公共配送中心，全国95%的建制村实现快递服务覆盖。\n"
            "会议还明确了2023年邮政管理工作的总体要求、主要预期指标和重点工作任务。" + goals)
    plan = policyparse.parse_text(page)
    assert [t.value for t in plan.targets] == want
    # (an estimate after results alone is the year's result, estimated)
    plan = policyparse.parse_text(page.replace("会议还明确了2023年邮政管理工作的总体要求、主要预期指标和重点工作任务。", "各地工作进展顺利。"))
    assert plan.targets == []


@pytest.mark.parametrize("before, forward", [
    ("再看看咱国家今年定下的各项“小目标”。", True),  # the sentence before names this year's goals
    ("全市确定的主要预期目标：", True),  # (a colon makes them one sentence, a goal statement of its own)
    ("先看看过去五年的“成绩单”。", False),
    ("2022年全市定下的主要目标。", False),  # a year gone: what was set, and reported on
    # a meeting that arranged the year's work: the items that follow are its tasks
    ("会议对2022年工作进行了简要回顾，对2023年残疾人工作进行了安排。", True),
    ("会上，县长部署了今年重点工作。", True),
    ("会议对2023年重点工作进行了部署。", True),
    ("会议对2022年工作进行了安排。", False),  # a year gone
])
def test_a_news_sentence_after_one_naming_the_years_goals_states_them(before, forward):
    from policyparse.doc_kind import looks_forward
    text = before + "国内生产总值增长5%左右；城镇新增就业1200万人左右。"
    start = len(before)
    assert looks_forward(text, start, len(text), "news", written=2023) is forward


@pytest.mark.parametrize("item", ["一是基本康复服务1394人，无障碍改造45户。", "二是爱心助学10人，支持1所特殊教育学校建设。", "三是残疾人托养56人。"])
def test_the_items_of_a_years_arranged_work_go_on_under_it(item):
    from policyparse.doc_kind import looks_forward
    items = "一是基本康复服务1394人，无障碍改造45户。二是爱心助学10人，支持1所特殊教育学校建设。三是残疾人托养56人。"
    for before, want in (("会议对2025年残疾人工作进行了安排。", True), ("会议回顾了2023年残疾人工作。", False)):
        text = before + items
        start = text.index(item)
        assert looks_forward(text, start, start + len(item), "news", written=2025) is want


@pytest.mark.parametrize("kind", ["news", "report"])
@pytest.mark.parametrize("lead, item, forward", [
    ("2023年，市民的生活将有哪些新变化？报告释放了哪些民生利好？", "新增停车位20万个", True),
    ("2023年，市民的生活将有哪些新变化？报告释放了哪些民生利好？", "某区40家单位荣获文明单位称号", False),
    ("2023年，市民的生活将有哪些新变化？报告释放了哪些民生利好？", "首批15个服务点启用", False),
    ("2022年工作回顾", "新增停车位20万个", False),
    ("过去一年，全市各项事业取得了长足进步，民生福祉持续增进。", "新增停车位20万个", False),
])
def test_a_bare_item_looks_forward_when_its_lead_does(kind, lead, item, forward):
    from policyparse.doc_kind import looks_forward
    text = f"{lead}\n一起来看！\n新建公园5个\n{item}\n"
    start = text.index(item)
    assert looks_forward(text, start, start + len(item), kind, written=2023) is forward


@pytest.mark.parametrize("text,values", [
    # a campaign's news that quotes its requirements: 总的要求是, 要达到
    ("某县全面启动2017年春季动物防疫工作\n来源：某某网 时间：2017-03-17\n此次春防从3月16日开始。强制免疫总的要求是，群体免疫密度"
     "常年维持在90%以上，其中应免畜禽密度要达到100%，免疫抗体合格率保持在70%以上。", [90.0, 100.0, 70.0]),
    ("某市启动秋季防疫\n记者获悉，全市今年已免疫生猪12万头。工作要求是，免疫密度达到95%以上。", [95.0]),
    # a five-year plan's span with 将 before its goals
    ("“十四五”期间某省将治理中小河流47条\n日前，某省水利厅印发通知提出，“十四五”期间，某省将按照系统治理思路，治理中小河流47条，"
     "总长度1037公里。近年来，某省完成了147条河的治理任务。近年来成效显著。", [47.0, 1037.0]),
    # 将建设 before a list of counts
    ("某省花卉工作会议召开\n本报讯 从近日召开的全省花卉工作会议上获悉，“十三五”期间，我省将建设花卉种苗繁育基地4个，"
     "花卉产业园区3-4个；打造种质资源圃5个。", [4.0, 3.0, 5.0]),
    # the year's plan in news of progress: 计划续建, 将从…减少至, 拟在…建设, 努力实现
    ("某市海塘工程过半\n记者今天获悉，全市海塘新开工长度已达到36公里，提前实现时间过半、任务过半的目标。\n"
     "今年，我市计划续建海塘34公里，新开工海塘60公里。", [34.0, 60.0]),
    ("某市证明事项大幅精简\n记者获悉，某市行政机关证明事项将从8043项减少至12项，保留清单即将公布。去年共清理证明120项。", [12.0]),
    ("某县建设海防堤\n记者获悉，某县拟在老城等地建设海防堤5.6公里。目前设计已完成。", [5.6]),
    ("某省发布卒中地图\n近日，某省发布卒中急救地图，努力实现发病到呼救不超过1小时。去年全省已建成卒中中心80家。", [1.0]),
    # its report of what was done gives none, nor a year's plan quoted as the yardstick of a result
    ("某市启动秋季防疫\n记者获悉，全市今年已免疫生猪12万头，免疫密度达到95%。", []),
    ("某集结中心超额完成任务\n新华社电 记者获悉，2017年集结中心共开行班列700列，超额完成年初计划开行500列的目标任务。", []),
    # news of a rule issued gives the levels the rule sets, however the setting is said
    ("某市高龄津贴提标\n本报讯 日前，某市民政局、财政局印发《关于调整高龄老人生活津贴发放标准的通知》，"
     "百岁老人生活津贴标准从每人每月300元提高到每人每月800元。去年全市共有百岁老人331人。", [800.0]),
    ("某省工资指导线出炉\n记者获悉，某省人社厅近日发布2017年企业工资指导线，其中，企业货币工资增长基准线为8%，增长上线为12%。",
     [8.0, 12.0]),
    ("某市低保提标\n记者获悉，某市下发通知，城市低保标准调整为每人每月900元。", [900.0]),
    # (an adjustment from an hour of a date, 自3月3日24时起上调, and 了解 that tells nothing done)
    ("某市调整成品油价格\n本报讯 据了解，国家发展改革委决定自2022年3月3日24时起上调成品油价格。"
     "按照国家规定，我市汽油最高零售价格每吨由9725元调整为9985元。", [9985.0]),
    ("某市水价调整\n本报讯 记者从市发改委了解到，自2023年7月1日零时起下调居民生活用水价格，每立方米由3.1元调整为2.8元。", [2.8]),
    # without a rule issued, or with what was done, a level a news page names stays a fact
    ("某市养老服务\n记者获悉，全市百岁老人生活津贴标准为每人每月800元，惠及老人331人。", []),
    ("某市发放补贴\n记者获悉，某市下发通知，已将价格临时补贴标准提高到每人每月300元，累计发放补贴2298万元。", []),
])
def test_a_news_page_that_states_its_requirements_gives_them(text, values):
    plan = policyparse.parse_text(text)
    assert _read_as_news(plan)
    assert [t.value for t in plan.targets] == values


@pytest.mark.parametrize("text", [
    # progress against the year's plan (完成年度计划投资的31.7%, 低于序时进度, 1-4月累计完成): a report of results
    "2024年，我县安排重点项目91宗，总投资1964.4亿元，年度投资计划304亿元。1-4月，完成投资96.4亿元，完成年度计划投资的31.7%，"
    "低于序时进度1.6个百分点。其中续建项目35宗，完成投资47.7亿元，完成年度计划投资的24.3%。",
    "某县重点项目进展情况表\n项目 | 年度计划投资 | 1-4月完成投资\n甲项目 | 5亿元 | 1.2亿元\n乙项目 | 3亿元 | 0.8亿元",
    "2025年1-4月县重点项目计划完成表.xls\n2025年共安排重点项目57个。57个项目全年计划完成投资98.5亿元，1-4月累计完成投资21.01亿元，"
    "完成1-4月投资计划的132.1%，完成年度投资计划的21.3%。",
])
def test_progress_against_the_years_plan_sets_no_goals(text):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind in ("statistics", "news")
    assert plan.targets == []


@pytest.mark.parametrize("text,kind", [
    # rules that grant rewards (…的，当年一次性奖励3万元; 给予最高1万元奖励) set amounts; news of rewards paid reports them
    ("（一）大力扶持产业集聚。鼓励电商企业销售本地农特产品，本年度网络零售额在500万元以上的，当年一次性奖励3万元；"
     "在100万元至300万元的，当年一次性奖励5000元。\n（二）支持企业外出参展。对参加展销会的企业，给予最高1万元奖励；"
     "对网络销售额首次突破5万元的，一次性奖励2千元。", "plan"),
    ("近日，记者从某市财政部门获悉，某市27家企业获省级专项奖励105万元。其中，6家企业每家获增长点奖励14万元，"
     "19家新进规企业每家获奖励7000元。\n（来源：某市融媒体中心 记者：某某）", "news"),
])
def test_rules_that_grant_rewards_are_plans_and_news_of_rewards_paid_is_news(text, kind):
    assert policyparse.parse_text(text).metadata.doc_kind == kind


def test_news_of_a_meeting_saying_what_the_years_work_is_to_reach_gives_its_goals():
    text = ("某市召开全市林业工作会议\n2024-03-19 20:51:32 来源：某某新闻网\n记者某某报道 3月19日，某市召开全市林业工作会议。\n"
            "过去的一年，全市完成营造林20万亩。\n会议指出，2024年全市林业工作要聚焦高质量发展，实现营造林22.57万亩以上，"
            "森林覆盖率稳定在41.45%以上。")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(22.57, 2024), (41.45, 2024)]


def test_a_continued_reports_review_that_opens_on_a_campaigns_name_reports_results():
    """(上接第一版)持续深化“绿色数字技改”专项行动，新增…: what was won (获评, 入选, 全省第一, 新投用) is a result, whatever
    plan's word the first clause ends on."""
    text = ("(上接第一版)持续深化“绿色数字技改”专项行动，新增“上云上平台”企业1000多家，培育卓越级智能工厂2家，新增国家5G工厂17家，"
            "入选国家数据基础设施建设先行先试名单，获评国家数据产业集聚区试点。推动建筑业提质发展。开工新型建筑工业化项目498万平方米、"
            "全省第一；竣工绿色建筑1580.7万平方米。全年接待国内外游客1.1亿人次，新投用酒店59家。")
    plan = policyparse.parse_text(text)
    assert plan.metadata.title is None and plan.metadata.doc_kind != "plan"
    assert plan.targets == []


@pytest.mark.parametrize("text,values", [
    # a bare list of indicators each bounded by ≥ or ≤ is a list of goals, whatever a site's chrome around it
    ("2023-09-22\n1.适龄儿童国家免疫规划疫苗接种率≥90%\n2.7岁以下儿童健康服务率≥90%\n3.孕产妇系统服务率≥90%\n"
     "4.肺结核患者管理率≥90%(2022:85%)\n5.居民规范化电子健康档案覆盖率≥62%(2022年:61%)\n6.宫颈癌筛查目标人群覆盖率较上年提高\n"
     "7.服务对象满意度较上年提高\n百度浏览 来源 : 基层医声公社\n版权声明：本网站所有注明来源的文字，版权均属于本网所有，转载须注明来源。",
     [90.0, 90.0, 90.0, 90.0, 62.0]),
    # news of a year's work arrangement issued (发布2023年重点工作安排), its goals in the sentences after
    ("(相关资料图)\n某某时报讯(记者 某某) 2月28日，全省住房和城乡建设工作会议召开，发布2023年重点工作安排，一系列目标数据汇成“幸福密码”。\n"
     "2023年，全省生活垃圾分类覆盖率达90%以上，新增“四分类”小区3000个。", [90.0, 3000.0]),
    # a subtitle of the list's items (…建成10处社区食堂) under a headline of what is set for the year is no result
    ("某区确定今年10项重点民生实事\n新建10处口袋公园建成10处社区食堂\n近日，某区确定2024年10项重点民生实事。\n"
     "1.环境品质提升项目\n新建10处口袋公园。\n2.养老服务项目\n建成10处社区食堂，建设1所养老机构。", [10.0, 10.0, 1.0]),
    # news of a year's list voted (会议表决通过了某街道2023年实事项目…十大实事项目包括：): the list's items, in that year
    ("这一街道发布十大实事项目!\n3月23日，某街道社区代表大会召开。会议表决通过了某某街道2023年实事项目。\n"
     "据了解，某街道2023年十大实事项目包括：\n一、维护更新小区信报箱200户；整治疏通下水道1000米。\n二、新增、修整绿化1000平方米。",
     [200.0, 1000.0, 1000.0]),
    # news of the year's projects set out (今年排定的…项目, 安排正式项目62项): the list's counts, not last year's results
    ("今年排定的市重大工程项目\n■ 科技产业类安排正式项目62项，预备项目7项\n■ 社会民生类安排正式项目29项\n"
     "去年重大工程建设成绩单\n■ 全年完成投资2510.1亿元，同比增长5.3%\n■ 新开工30项，超计划16项", [62.0, 7.0, 29.0]),
])
def test_lists_of_goals_without_a_plans_words_are_plans(text, values):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "plan"
    assert [t.value for t in plan.targets] == values


@pytest.mark.parametrize("text", [
    # a plan's fragment with no cue: its sentences with numbers look forward (将, 以上, 每年)
    "铺设污水管网43.6公里。建设垃圾填埋场17处。建成垃圾分拣点37个。植树90.4万株。全县将改造危房94户。",
    "新建幼儿园12所，普惠率达到90%以上。改造薄弱学校15所。培训教师每年300人次。新增学位2000个。新建食堂5个。",
    # too few sentences to say
    "铺设污水管网43.6公里。建成垃圾分拣点37个。",
])
def test_a_text_that_looks_forward_anywhere_is_no_report_of_results(text):
    assert policyparse.parse_text(text).metadata.doc_kind != "news"


def test_an_incoming_document_form_is_dated_by_its_date_field():
    """收文处理单: the date field's value may stand a label further on, or on the next line."""
    text = ("某市政府文件处理\n来文文号某办〔2020〕24号来文单位市人民政府办公室\n来文日期阅文时限\n2020年06月15日\n"
            "收文日期单位收文编号X 725\n紧急程度常规\n公文标题关于某事项的通知\n拟办意见请审核")
    assert policyparse.parse_text(text).metadata.date_written == "2020-06-15"


def test_a_newspapers_excerpts_of_a_work_report_give_the_coming_years_tasks_only():
    text = ("鼓励淘汰老旧柴油货车\n北京晚报\n报告摘登\n2018年工作回顾\n淘汰国Ⅲ标准柴油货车4.7万辆，污水处理率达到93%。\n报告摘登\n"
            "2019年主要任务\n全市新增造林绿化25万亩。全市污水处理率超过94%。")
    got = [(t.value, t.unit, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [(25.0, "万亩", 2019), (94.0, "%", 2019)]


def test_in_a_dated_one_year_text_next_year_is_the_year_after():
    text = ("2011年3月6日14时，国家发展和改革委员会答记者问。\n要建设城镇保障性安居工程，今年1000万套，明年1000万套，"
            "后面三年还有1600万套。")
    got = [(t.value, t.year) for t in policyparse.parse_text(text).targets]
    assert (1000.0, 2011) in got and (1000.0, 2012) in got


@pytest.mark.parametrize("sentence,forward", [
    # a news page's sentence that says what will be, whatever the verb after 将
    ("今年将为50000名青少年学生进行脊柱健康公益筛查。", True),
    ("按照计划，体育医院将为新北区的8000余名中小学生提供筛查服务。", True),
    ("届时全区高效节水灌溉面积将达20.4万亩。", True),
    ("届时全区高效节水灌溉面积达到20.4万亩。", True),
    ("除已开通的，其余的51条线路将在7月1日前开通。", True),
    ("今年全市将新建幼儿园12所。", True),
    ("今年将面向各级各类社会组织购买500项社会公共服务项目。", True),
    ("今年将总共投入550万元专项基金。", True),
    ("某县将再扩大选聘2500名生态护林员。", True),
    ("基地负责人表示，将在5年内创办2家创客空间、5家创业孵化器。", True),
    ("今年，我省将首次评定100个“省级综合减灾示范社区”。", True),
    ("其中，全省要新创建200个“全国综合减灾示范社区”。", True),
    ("其中，全省已创建200个示范社区，主要依靠社区自身力量。", False),
    ("全年重点培育省级集体协商典型示范单位3家。", True),
    ("园区建设期为3年，规划建设工厂化设施蔬菜基地6个，日光温室100座。", True),
    ("规划建设的10个项目已全部完工。", False),
    ("启动新区三年路网规划建设项目197个、935公里，完成投资512亿元。", False),
    ("《通知》强调进一步推进集体协商制度建设，实现全区百人以上建会企业建制率保持在90%以上。", True),
    ("全年共完成集体协商企业60家。", False),
    # the verbs of works to come: laying, adding, installing; 各自, 分别 between 将 and the verb; 要实现
    ("此次计划敷设电缆3.5千米。", True),
    ("全市6个区将各自新建一个大件垃圾处理厂。", True),
    ("城区主要路口将分别增设4处红绿灯。", True),
    ("今年拟投入资金400万元推进城区红绿灯建设。", True),
    ("今年年底各区要实现路口信号控制设备75%联网。", True),
    ("城区主要路口已增设4处红绿灯。", False),
    # a plan's time and steps: 计划用N年时间, 下一步, 未来N年, 按照施工计划, 20XX年要, 争取尽快, 年内
    ("该中心计划用3年左右时间，培育耐盐碱作物新品种80个以上。", True),
    ("今年国家计划再升级16家省级高新区。", True),
    ("下一步，推进剩余12条道路开工。", True),
    ("预计在未来5年内帮助1万盲人就业。", True),
    ("按照施工计划，2021年底将具备储煤能力60万吨。", True),
    ("2024年要坚持共同缔造，完整社区覆盖率达到20%。", True),
    ("争取尽快开通通勤航线，实现20分钟跨越海峡。", True),
    ("长宁区制定年内开工35.3公里的整治计划。", True),
    ("全市积极争取多方支持，全年共发放贷款5.77亿元。", False),
    ("过去五年内建成国家级保种场1家。", False),
    ("会议明确提出2018年民航发展主要预期指标是，运输总周转量1208亿吨公里。", True),
    ("去年共敷设电缆3.5千米。", False),
    # a place named at length after 将在; 计划 and a time before the verb; what a project does once built;
    # 预计 of what will be; a plan in years or batches; 拟建
    ("我省将在临夏、庆阳、白银、武威等4个市州的16个县区开展农机合作社建设试点，扶持发展农机合作社189个。", True),
    ("该镇计划8月底建成20个扶贫车间，带动5000人就业。", True),
    ("据介绍，该项目建成后，年可节约用煤24万吨，减排二氧化碳64万吨。", True),
    ("这一城市森林公园预计将新植乔木3.4万株。", True),
    ("预计年底累计注册会员达10万人。", True),
    ("该工程分三年对全县35所学校运动场进行塑化，总投入约2000万元。", True),
    ("计划2017年底，全市拟建100座自助图书馆。", True),
    ("该项目已于去年建成，年节约用煤24万吨。", False),
    # 成功 + a verb of making: what the news reports was done, whatever planning words the sentence holds
    ("按照“农头工尾”思路，规划建设10平方公里食品园区，成功孵化食品企业44家。", False),
    ("园区计划新建厂房3栋，已成功招引企业12家。", False),
    ("今年，某市将为3000户困难居民免费更换燃气设施。", True),
    # by the year's end, what a co-op will buy in, what a plan (計畫, Taiwan's 计划) will hold, what a county will spend
    ("到今年底，某市将在6个区、市，包括39个镇、1165个行政村形成连锁销售网络。", True),
    ("据悉，5月下旬至8月上旬，各級供銷社還將購進化肥220萬噸。", True),
    ("他們今年計畫要辦35場疫苗接種服務。", True),
    ("该县今年将统筹整合使用财政涉农资金1035.6万元。", True),
    ("截至今年年底，某市拥有博士后工作站16家。", False),
    # a rule a page reports as laid down (提出/要求/规定 …至少): what is to be done
    ("《通知》提出，全省律师要参与活动，每位村法律顾问至少办理一件涉农法律援助案件。", True),
    ("要求城郊村的法律顾问每月至少到村值班服务2天。", True),
    ("2014年，威海预计新增远洋渔船30余艘，争取远洋渔船总数达到330艘以上。", True),
    ("该县2015年计划疏浚县乡河道17条，疏浚土方123万方。", True),
    ("此次将向永定河生态补水3.3亿立方米。", True),
    ("该区首条社区巴士线路有望在下周试点运营，票价1元。", True),
    ("法律顾问每个季度至少举办1次法治讲座。", True),
    ("原则上每个行政村不超过20兆瓦。", True),
    ("已下达投资计划3亿元。", False),
    ("到年底已建成服务站30个。", False),
    ("瑞丽试验区到底要做什么，主要就是突出3个功能。", False),
    ("该区将为5000户老旧小区居民加装燃气报警器。", True),
    ("该县成功创建省级示范区2个，将新建示范基地5个。", False),
    ("今年以来全市已建成自助图书馆30座。", False),
    # what happened, and 将 filing things under a heading
    ("4月1日，首批49条线路、50辆公交正式投入运营。", False),
    ("今年，省政府将脊柱侧弯防控工程纳入20项民生工程。", False),
    ("将省定200个事项和26个就近办事项，以及目录确定的65个基层高频事项，打捆确定为下沉乡村受办事项。", False),
    ("全县即将迎来第3届运动会。", False),
    # a plan's growth or output (计划增长, 计划出栏), a plan's span (计划从…至…), a rule's cap (不得超过)
    ("今年清远鸡产业综合产值计划增长25%，达到85亿元。", True),
    ("2025年瓮洞镇计划出栏鸭10万只，鹅2万只。", True),
    ("上海计划从2015年开始至2017年底，对老旧住宅供电设施进行改造，覆盖全市296万户用户。", True),
    ("前两项不得超过60桌，非直系亲属贺礼严禁超过100元。", True),
    ("去年全县婚宴平均不超过20桌。", False),
    # quotas set or handed down (确定…控制指标, 下达…目标任务): what is to be done
    ("《通知》同时确定2011年全国稀土矿开采总量控制指标为93800吨，其中轻稀土80400吨。", True),
    ("省里下达我县2012年造林目标任务5万亩。", True),
    ("今年已完成下达的目标任务5万亩。", False),
    ("共发放贷款5.77亿元，完成省下达目标任务的577%。", False),
    ("据悉，全省将启动建设139个粮食产后服务中心。", True),
    ("该县已启动建设产业园3个。", False),
    ("计划经过3年努力，吸引100家以上企业，形成销售300亿元。", True),
    ("青田某单采血浆站今年计划采集血浆15吨。", True),
    ("2025年赛事计划包括18场贴时赛、1场40公里冠军赛。", True),
    ("今年计划完成率达到95%。", False),
    # a rule a plan is reported to lay down (《方案》明确，…应使用…不大于…)
    ("《方案》明确，自2019年1月1日起，海船进入排放控制区，应使用硫含量不大于0.5%m/m的船用燃油。", True),
    # 将 with a level to reach or what it lets happen, 拟 with a verb of doing, 计划 opening lines, 还要再 adding
    ("2012年，宁安市种植亚麻、汉麻2.4万亩，今年将扩大到3万亩。", True),
    ("贵州今年将让58万农村贫困人口喝上放心水。", True),
    ("将使全市森林覆盖率达到40%。", True),
    ("为丰富区域公交网络，今年计划市区新辟、优化调整30条公交线路。", True),
    ("该校拟招收300名农民工接受学历继续教育。", True),
    ("今年全省还要再增加100家后备企业进入资源库。", True),
    ("去年，全市新开公交线路10条。", False),
    ("已拟定方案，共有企业30家。", False),
    # what a plan is reported to hold, with no word of what was done
    ("根据新方案，这次调整新增19条夜班线路，总数达到34条。", True),
    ("该项目表共涉及三大类30个重点推进项目，总投资871.55亿元。", True),
    ("根据规划，去年全市已建成公园30个。", False),
    # 将 with any verb after a time word of the year to come (a congress's 全年将审议…), not 将近, not 将…纳入, not with a 了
    ("全年将审议城市绿化条例等12件法规草案。", True),
    ("今年，市人大常委会将听取和审议专项工作报告8个。", True),
    ("明年该县还将组织开展执法检查3次。", True),
    ("全年将近3000人次参加培训。", False),
    ("今年已将12个村列入试点。", False),
    # a task to be finished on time (要如期完成) is to come; one finished on time (如期完成了) is done
    ("今年12个乡镇、287个建制村通客车任务要如期完成。", True),
    ("去年12个乡镇通客车任务如期完成。", False),
    ("明年计划竣工16项。", True),
    ("今年，团市委计划资助贫困学生940人。", True),  # a time word of the year to come and 计划, whatever verb
    ("今年计划执行情况良好，资助贫困学生940人。", False),
    # what this round will do (本次将评选…), and the rules it keeps (此次…比例不低于60%)
    ("评选工作已经启动，本次将评选市劳动模范150名。", True),
    ("此次评选主要面向基层一线，企业人员所占比例不低于60%。", True),
    ("上次评选企业人员所占比例达到62%。", False),
    # a rule stated as what to achieve (做到…不超过), or required of each (要求…申报2个以上)
    ("要严控总量，做到其他年级每天书面作业完成时间平均不超过60分钟。", True),
    ("活动要求各县区和市直工会按照标志明显、场所规范、设施齐全、职工参与、制度完善的基本标准，申报2个以上创新工作室。", True),
    ("去年已做到每天书面作业不超过60分钟。", False),
    ("今年将着力抓好民间投资，省里不久前公布了第一批项目983项。", False),
    # 将有 before a count: how many will (全市19家企业中将有8家原地整治), not 将 as 把
    ("通过前期摸排，全市19家电镀企业中将有8家企业原地整治提升，4家搬迁入园。", True),
    ("预计明年将有两万名毕业生参加就业见习。", True),
    ("去年全市共有8家企业原地整治提升。", False),
    # a rule's requirement of a time limit (要求…应在24小时内), reported
    ("通知要求，对涉及重大突发事件的政务舆情，最迟应在24小时内举行新闻发布会。", True),
    ("意见明确，行政执法机关要在执法决定作出之日起20个工作日内向社会公布。", True),
    ("去年全市政务舆情平均在24小时内得到回应。", False),
    # a goal set as (目标设定为, 目标定为): what is to be reached
    ("今年经济预期增长目标设定为4.5%—5%，这是经综合研判后的稳慎选择。", True),
    ("全县粮食产量目标定为52万吨。", True),
    ("全县粮食产量达到52万吨。", False),
    # what will be done as a higher level arranged (将按…安排部署，完成…), and the quota it hands down this year (今年…下达…的)
    ("据悉，“十二五”期间，我市将按省政府的安排部署，完成保障性安居工程建设71509套。", True),
    ("今年省政府下达我市的18271套保障房中，保障性住房建设11500套。", True),
    ("去年省政府下达我市的保障房18271套已全部开工。", False),
    ("我市按省政府的安排部署，完成保障性安居工程建设71509套。", False),
    # what opens at a date to come (将于9月正式开园), and what a building will hold once in use (投入使用后，可新增…)
    ("2021年9月，区第三幼儿园等4所公办幼儿园将正式开园。", True),
    ("4所公办幼儿园投入使用后，可新增45个班、1000余个学位。", True),
    ("去年9月，区第三幼儿园等4所公办幼儿园正式开园。", False),
    ("4所公办幼儿园投入使用以来，新增了45个班。", False),
    ("今年我市大力实施助残工程，将为1000名贫困白内障患者施行复明手术。", True),
    ("去年我市为1000名贫困白内障患者施行复明手术。", False),
    # a goal named for a year (目标2026年完成…), and goals quoted then called goals (“…”“…”等目标)
    ("据会议消息，全省去年完成水利投资827.1亿元，目标2026年完成水利投资800亿元。", True),
    ("会议提出“完成农村供水管网更新改造800公里”“新增再生水2500万立方米”等目标。", True),
    ("全省去年完成水利投资827.1亿元，实现了年初确定的目标。", False),
    # money that will be spent on works (将用于新建…): the works are planned
    ("在第一批中央预算内投资计划中，33.6亿元投资将用于新建和改造35千伏变电站1座，线路19千米。", True),
    ("去年，33.6亿元投资用于新建和改造35千伏变电站1座，线路19千米。", False),
    # what a place means to apply for or build this year (今年我市拟申报…)
    ("据了解，今年我市拟申报省重大成果转化项目8项、省重点研发计划项目21项。", True),
    ("据了解，去年我市申报省重大成果转化项目8项、省重点研发计划项目21项。", False),
    # a plan to add or provide (计划增加…, 计划提供…)
    ("记者了解到，教育方面，某区计划增加1500个普惠学前教育学位、3000个小学学位。", True),
    ("记者了解到，教育方面，某区增加了1500个普惠学前教育学位、3000个小学学位。", False),
    # 将 with an adverb of pace (将基本建成, 将加快建设), 将建 before its count, 将不超过, 计划未来
    ("“十三五”期间，我国将基本建成4小时抵达80%陆地国土的应急测绘体系。", True),
    ("据介绍，全省将加快建设充电桩2万个。", True),
    ("为了加强应急测绘能力，国家将建12个航空应急测绘保障区。", True),
    ("无人机从保障基地飞抵灾难现场的时间将不超过4个小时。", True),
    ("同时，还计划未来获取我国500万平方千米优于1米分辨率影像。", True),
    ("我国已基本建成覆盖全国的应急测绘体系，抵达时间不超过4个小时。", False),
    # a plan to the end of a five-year plan, 冲刺 a level, 至少 with a verb of making, 打算, 计划部署, 将累计, 将谋划, 目标包括
    ("深入推进“双百计划”建设。计划到“十四五”末在全市累计建成100座体育公园。", True),
    ("全市累计建成体育公园37座、健身步道48条。", False),
    ("全区地区生产总值冲刺2000亿元大关，实施重大项目454个。", True),
    ("去年全区地区生产总值已冲刺至2000亿元。", False),
    ("在社区、旅游观光景点等地方至少打造1个慈善文化苑。", True),
    ("该县已至少建成3个慈善文化苑。", False),
    ("据悉，全省在一季度就打算完成水利投资90亿元。", True),
    ("怀远县率先建成，市辖区计划部署逾5551个农村应急广播终端。", True),
    ("到2030年，全省将累计建成不少于150个省级幸福河湖。", True),
    ("卫健委表示，将谋划建设1000个紧密型县域医共体。", True),
    ("根据规划，至2030年，全省将累计建成不少于150个省级幸福河湖。", True),
    ("全省将累计建成不少于150个省级幸福河湖。", True),
    ("据悉，至2030年全省建成省级幸福河湖150个。", True),
    # a purpose (为确保…办好, 以确保…) and an effect (将对…起到推动作用) are no goals
    ("为确保把这项民生工程办好办实，某县筹资2000多万元，采购40部新能源公交车。", False),
    ("40部城区新能源公交车的开通，将对改善居民出行条件、加快城市建设步伐起到推动作用。", False),
    ("今年，全县确保新增新能源公交车40部。", True),
    ("2021年至2023年，全市累计建成幸福河湖12个。", False),
    ("截至2023年底，全市累计建成幸福河湖12个。", False),
    ("创建目标包括：主要农产品认证比例在50%以上，农业标准化生产程度达到60%以上。", True),
    # 拟 with a verb of making (拟在2024年建成, 拟创建), 将获得 what is to come
    ("自治区开展“无废医院”建设活动，拟在2024年建成21家“无废医院”。", True),
    ("该县拟创建省级示范村12个。", True),
    ("该市三年将获得中央财政补助资金11亿元。", True),
    ("该市三年共获得中央财政补助资金11亿元。", False),
    ("去年该县已建成21家“无废医院”。", False),
    # what this year will bring, said with 会 (今年我们会再建10家城市书房)
    ("“今年我们会再建10家城市书房，在市区真正形成15分钟阅读圈。”", True),
    ("明年还会新增公共充电桩2000个。", True),
    ("今年我们不会再新建城市书房。", False),
    # 拟在 a list of places, then what is to be built there
    ("今年，该区围绕产业集中区域，拟在经济开发区、新城、甲街道等地，新(改)建人才公寓约1500套。", True),
    ("去年，该区在经济开发区、新城、甲街道等地，新(改)建人才公寓约1500套。", False),
    ("去年我们建了10家城市书房，会场座无虚席。", False),
    # 将完成列入…规划的X: what the plan lists is what the work is done on (将X纳入Y still files X under Y)
    ("今年，我省将完成列入国家第二批治理规划72座水库的前期工作。", True),
    ("今年，我省将72座水库纳入国家第二批治理规划。", False),
    # a deadline within the year (在年底前建成), unless it was met (已于年底前建成)
    ("同时加快34座病险水库除险加固，在年底前建成其中12座水库主体工程。", True),
    ("该县已于年底前建成12座水库主体工程。", False),
    ("该县在年底前建成了12座水库主体工程。", False),
    # the task a project is given (项目建设任务为新建渠道112公里), and 要 with its adverb (要全面打通13条断头河)
    ("项目建设任务为新建渠道112公里，整治渠道137公里。", True),
    ("去年完成建设任务为新建渠道112公里。", False),
    ("要全面整治骨干排涝河道，全面打通城区13条断头河。", True),
    # the year's task given as a list after its colon (今年…移民任务为：农村移民方面，完成…)
    ("今年湖北三峡库区三期移民任务为：农村移民方面，完成生产安置3360人、生活安置3150人。", True),
    ("去年湖北三峡库区移民任务为：完成生产安置3360人。", False),
])
def test_a_news_sentence_looks_forward_when_it_says_what_will_be(sentence, forward):
    from policyparse.doc_kind import looks_forward
    assert looks_forward(sentence, 0, len(sentence), "news") is forward


def test_jiang_as_ba_before_a_thing_says_nothing_of_what_will_be():
    from policyparse.doc_kind import looks_forward
    s = "保障体系建设六项特色，彰显成效，将数字档案室系统的门户、用户、应用统一起来。"
    assert not looks_forward(s, 0, len(s), "news")


@pytest.mark.parametrize("title,body,kind", [
    # a programme's name in quotes (“春蕾计划”) is not the page's kind: the headline says what it did
    ("我省“春蕾计划”帮扶1万多名贫困女童",
     "我省从2003年开始启动“春蕾计划”项目以来，迄今为止，共募集资助款项360多万元，创建春蕾班46个，为促进基础教育发展作出了积极贡献。",
     "news"),
    ("某市实施“青苗计划”三年行动方案", "到2025年，全市培育青年人才1000名。", "plan"),
])
def test_a_programme_named_in_quotes_is_no_plan_title(title, body, kind):
    from policyparse.doc_kind import classify
    assert classify(title, title + "\n" + body)[0] == kind


@pytest.mark.parametrize("title,read", [
    ("某市“青苗计划”助力青年人才成长", None),  # the programme's name says nothing of the page's kind
    ("我省“春蕾计划”帮扶1万多名贫困女童", None),
    ("某市实施“青苗计划”三年行动方案", "plan"),  # past the programme's name, the page's own type word
    ("某市青苗计划", "plan"),
])
def test_the_title_read_past_a_programme_named_in_quotes(title, read):
    from policyparse.doc_kind import _by_title, rules
    got = _by_title(title, "", rules())
    assert (got[0] if got else None) == read


@pytest.mark.parametrize("title", ["全市油气管道安全隐患整改情况通报", "关于表彰先进集体的通报", "关于某县扶贫资金使用情况的通报"])
def test_a_circular_reports_what_was_done(title):
    from policyparse.doc_kind import classify, sets_no_goals
    kind = classify(title, title + "\n经验收，已整改重大隐患18处，其中滕州市3处。\n")[0]
    assert kind in ("report", "statistics") and (sets_no_goals(kind) or kind == "report")


def test_a_progress_circular_is_a_report_by_its_words():
    from policyparse.doc_kind import classify
    text = "某市违法建设治理进度\n现将全市违法建设治理专项行动进度情况通报如下：全市共拆除违法建设10.64万处。\n"
    assert "report 1" in classify(None, text)[1][-1]  # (现将…情况通报如下 counts toward a report)


def test_a_portals_header_rows_name_no_kind():
    # [ 发文字号 ] | 渝体公告〔2024〕1号 |: the number's 公告 is no title; the title under the header says statistics
    text = ("[ 索引号 ] | 11500000009276871K/2024-00064 | [ 发文字号 ] | 渝体公告〔2024〕1号 |\n"
            "[ 主题分类 ] | 体育 | [ 体裁分类 ] | 统计分析 |\n[ 成文日期 ] | 2024-04-22 | [ 发布日期 ] | 2024-04-22 |\n"
            "重庆市2023年体育场地统计调查数据公告(渝体公告〔2024〕1号)\n全市体育场地168660个，体育场地面积8820.16万平方米。\n")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "statistics" and not plan.targets


def test_a_news_sentence_that_names_a_year_after_the_page_was_written_looks_forward():
    from policyparse.doc_kind import looks_forward
    s = "其中，2024年联检14条，总长度约7874公里；2025年联检14条，总长度约14468公里。"
    assert looks_forward(s, 0, len(s), "news", written=2023)
    assert not looks_forward(s, 0, len(s), "news", written=2025)
    assert not looks_forward(s, 0, len(s), "news")


@pytest.mark.parametrize("text", [
    "某某新闻网消息(某某 摄影报道)3月12日，采访团走进某区现代农业园区。\n据悉，园区位于某区东北部。\n园区建成核心区2.2万亩。",
    "某市广播电视台消息（记者 某某）昨日，某县组织验收了新建的12个高标准农田项目。\n项目共新增耕地860亩。",
    "（某某 摄影报道）5月8日，某地媒体团走进某镇茶园。\n该镇茶园面积达5万亩，带动农户3000户。",
    "某某日报10月14日讯 国庆节刚过，某泵站更新改造工程进入开工倒计时。\n某泵站100余台机电设备全部开机，灌溉农田23万亩。",
])
def test_a_news_outlets_byline_is_a_news_cue(text):
    from policyparse.doc_kind import classify
    assert classify(None, text)[0] == "news"


@pytest.mark.parametrize("text, cues", [
    ("某联社消息，某省公示集采拟中选结果。", 1),
    ("据某某网报道，此次共有157家企业参与。", 1),
    ("原标题：19省区联盟中成药集采开标\n【免责声明】本客户端未标有来源的稿件", 2),
    ("某省印发实施方案，明确工作目标。", 0),
])
def test_an_outlets_words_of_reporting_are_news_cues(text, cues):
    from policyparse.doc_kind import classify
    assert f"news {cues}," in classify(None, text)[1][0]


@pytest.mark.parametrize("title,body,kind", [
    ("某中心2024年度项目支出绩效单位自评报告", "一、基本情况\n2024年，中心实施项目共15个，年初批复预算500万元。", "report"),
    ("第一次全国污染源普查公报", "普查对象总数592.6万个，其中工业源157.6万个。", "statistics"),
    ("某县第三次农业普查主要数据公报", "全县共有农业经营户12万户。", "statistics"),
    # a headline of what has been finished so far (累计完工) reports results
    ("某市：国省道大修累计完工510公里", "今年某市国省道大修工程计划项目共57个，总长897公里。截至10月底，全市已完工项目35个，完工里程294公里。", "news"),
    # a year's plan reported by its growth over last year: what it arranges (计划安排) is its goals
    ("某市2017年度审计计划“三突出”", "今年计划安排各类审计项目66个，相比去年42个增长了57%，其中计划安排经济责任审计项目44个，"
     "相比去年10个增长了340%。二是计划安排公共投资审计8个。", "plan"),
    # a report to a people's congress standing committee: 受…委托，向…报告, 请予审议
    (None, "2018年11月22日在某市人大常委会第十六次会议上\n市审计局局长 某某\n主任、各位副主任、各位委员：\n"
           "我受市人民政府委托，向市人大常委会报告2017年度审计查出问题的整改情况，请予审议。\n某镇清理往来款项15笔。", "report"),
])
def test_reports_and_bulletins_by_their_own_words(title, body, kind):
    from policyparse.doc_kind import classify
    assert classify(title, (title or "") + "\n" + body)[0] == kind


@pytest.mark.parametrize("text,forward", [
    # a goal that goes on in the next sentence of its paragraph, with a goal's comparator and nothing done
    ("渔业局还将争取专业远洋渔船超过330艘，功率达到25万千瓦。远洋渔业产量突破20万吨，产值突破25亿元。", True),
    ("去年全市渔船达到300艘。远洋渔业产量突破20万吨，产值突破25亿元。", False),
    ("渔业局还将争取专业远洋渔船超过330艘。目前远洋渔业产量已突破20万吨。", False),
    ("渔业局还将争取专业远洋渔船超过330艘。\n远洋渔业产量突破20万吨。", False),  # (a new paragraph)
])
def test_a_news_goal_goes_on_in_the_next_sentence(text, forward):
    from policyparse.doc_kind import looks_forward
    at = text.index("远洋渔业产量") if "目前" not in text else text.index("目前")
    assert looks_forward(text, at, len(text), "news") is forward


@pytest.mark.parametrize("text,forward", [
    # the parts of a goal (其中…) go on with it; the parts of a total that reports (比上年减产…) report too
    ("据介绍，2018年将向北方四省市调水44.7亿立方米。其中，北京市11.06亿立方米、天津市9.0亿立方米。", True),
    ("2017年共向北方四省市调水44.7亿立方米。其中，北京市11.06亿立方米、天津市9.0亿立方米。", False),
    ("预计今年全县柑桔总产量为6.22万吨，比上年减产33.83%。其中，中晚熟蜜桔减产50.6%，桠柑减产28.7%。", False),
])
def test_a_news_sentence_of_parts_goes_on_with_its_total(text, forward):
    from policyparse.doc_kind import looks_forward
    at = text.index("其中")
    assert looks_forward(text, at, len(text), "news") is forward


@pytest.mark.parametrize("text,cue", [
    # a deadline (2025年前, 年底前) is a plan's cue; the year so far (今年前10个月, 今年前三季度) is none
    ("2025年前完成改造", True), ("年底前建成", True), ("今年前10个月", False), ("今年前三季度", False),
])
def test_a_deadline_is_a_plan_cue_the_year_so_far_is_not(text, cue):
    from policyparse.doc_kind import rules
    assert bool(rules().cues["plan"].search(text)) is cue


@pytest.mark.parametrize("headline,forward", [
    ("西安55条“断头路”3年内全部打通", True), ("进口博览会区域架空线入地9月底前全部竣工", True),
    ("澄迈今年内启动总长5.6公里的海防堤建设", True), ("某县启动春季植树活动", False), ("某县3年来建成道路20条", False),
])
def test_a_headline_that_looks_forward(headline, forward):
    from policyparse.doc_kind import rules
    assert bool(rules().forward_title.search(headline)) is forward



def test_a_page_on_a_plan_with_a_news_outlets_cues_is_news_not_a_bulletin():
    title = "促进黄酒产业发展振兴实施意见"
    body = ("首页>地方频道>要闻\n日前，记者从市经信局获悉，2023年电商平台营业收入突破9100万元，比上年增长160%。\n"
            "据了解，2022年，全国黄酒销售101亿元，绍兴为33亿元，销售收入占全国的30%；2023年1至11月规上黄酒企业实现销售收入29.13亿元，"
            "比上年增长4.6%。\n“我们有一个小目标，到2027年，全市黄酒产业年销售收入达到100亿元。”")
    from policyparse.doc_kind import classify
    assert classify(title, title + "\n" + body)[0] == "news"



def test_progress_a_plans_goals_call_for_is_no_result():
    """取得明显进展, 取得新进展: what a plan's goals say will come, not a report of what came."""
    from policyparse.doc_kind import classify
    text = ("——集约：化解过剩产能8亿吨左右，到2020年，全省煤炭产量39亿吨，煤矿数量控制在600处左右。\n"
            "——安全：安全生产长效机制进一步健全，煤矿事故死亡人数下降15%以上。职业病危害防治取得明显进展。\n"
            "——高效：采煤机械化程度达到85%。信息化、智能化建设取得新进展。\n"
            "——清洁：煤炭深加工产业示范取得积极进展，原煤入选率75%以上。")
    assert classify(None, text)[0] == "plan"


def test_a_page_ranking_places_by_a_share_reports_it():
    """居冠, 其次依序是…: who leads and who follows, a comparison of how things stand."""
    from policyparse.doc_kind import classify
    text = ("六都公车比一比\n各市低地板车辆占比达65.6%，其中台中市占比达12.3%居冠，其次依序是高雄市11.4%、桃园市6.1%。\n"
            "运量部分，整体运量占比达77.9%。")
    assert classify(None, text)[0] in ("news", "statistics")


@pytest.mark.parametrize("text,kind", [
    # a running total and the cases reported: a bulletin of how things stand
    ("近期手足口病活跃程度上升，第14周新增5件群聚，今年累计49件；\n14周新增1例肠病毒71型感染，今年累计8例，无严重并发症。", "news"),
    # a plan's cumulative goal stays a goal
    ("到2025年，全市累计建成5G基站1万个，新增就业岗位2万个。", "plan"),
])
def test_a_running_total_of_cases_reports(text, kind):
    from policyparse.doc_kind import classify
    assert classify(None, text)[0] == kind


@pytest.mark.parametrize("sentence,written,forward", [
    # a five-year plan still to run when the page was written: what the county will do in it
    ("“十三五”期间，某县将加强精深加工，将规划种植7.5万亩，培育菌材林60万亩。", 2016, True),
    ("十二五期间，全市将着力打造特色产业带，桑园面积稳定在12万亩。", 2012, True),
    ("“十四五”时期，某区将持续推进，建设示范基地5个。", 2022, True),
    # the same words on a page written after it ended: the plan is over
    ("“十三五”期间，某县将加强精深加工，将规划种植7.5万亩，培育菌材林60万亩。", 2021, False),
    ("十二五期间，全市将着力打造特色产业带，桑园面积稳定在12万亩。", 2016, False),
    # an undated page: a plan from 十四五 on is read as ahead, as before
    ("“十四五”期间，某区将着力打造示范基地5个。", None, True),
    ("“十二五”期间，某区将着力打造示范基地5个。", None, False),
    # what is expected in a named year, and a plan's spend over a span of years
    ("预计2015年全区渔具企业实现产值30亿元。", None, True),
    ("据了解，该小镇计划3年总投资55亿元。", None, True),
    ("该园区计划两年内建成标准厂房20栋。", None, True),
    # a season's forecast of its harvest reports what the year will yield, not what anyone sets out to do
    ("全镇种植农户约5000户，种植面积达1.7万亩，预计今年产量近8000吨，产值可达8000余万元。", None, False),
    ("该乡300余亩莲子喜获丰收，预计产量可达4.5万公斤。", None, False),
    ("今年全县柑橘迎来丰收，预计总产值将达3亿元。", None, False),
    # a goal put as expected by a later year stays one
    ("预计到2025年，全县茶叶产值将达到10亿元。", None, True),
    ("预计年底前建成冷库20座。", None, True),
    ("今年预计鲜木瓜可采收150万斤，若按每斤0.5元计算，瓜农可收入75万元。", 2014, False),
    # a five-year plan still to run, and what it lays out (布局建设, 建成) in it
    ("《规划》提出，“十四五”期间，在全国布局建设20个左右国家重大传染病防治基地。", None, True),
    ("“十三五”期间，全县建成示范基地20个。", 2016, True),
    ("“十二五”期间，全县建成示范基地20个。", 2016, False),
    # what a project yields once carried out, a year at a time
    ("项目实施后，年培育牛大力种苗200万株、益智500万株。", None, True),
    ("基地达产后，年产有机肥5万吨。", None, True),
    # a plan to make a thing reach a size (计划将…扩建至), and a plan with its manner before the verb
    ("据介绍，长庄村计划将荷塘扩建至1000亩。", None, True),
    ("该基地计划仿野生示范种植150亩，后期推广种植500亩。", None, True),
    # a project's sheet of what it builds, from this year on, and going on with it
    ("项目建设内容：滇重楼种植1万亩及重楼初加工工厂一座。", None, True),
    ("从今年开始，大唐镇又投资55亿元，打造袜艺小镇。", None, True),
    ("2012年全县再继续扩种厚朴2万亩。", None, True),
    # not a planned economy's words, nor what was done
    ("该项目计划单列市财政资金500万元。", None, False),
    ("去年全县计划生育率达到98%。", None, False),
    ("项目实施以来，累计培育种苗200万株。", None, False),
    # a programme's standards: what it pays each one, and how many places it offers
    ("交通部補助每位學員訓練費1,300元。", None, True),
    ("名額共計40,000名，額滿為止。", None, True),
    ("每户补助标准为3000元。", None, True),
    # what was paid out is a result
    ("去年共发放补助资金300万元。", None, False),
    # going on for years to come, and a reform to roll out
    ("从2023年开始，深圳加速推动企业“工业上楼”，将连续5年，每年建设2000万平方米高质量的厂房空间。", None, True),
    ("会议提出，今年我省将全面推开公立医院改革，人均基本公共卫生服务经费标准提高到40元。", None, True),
    ("去年全省全面推开公立医院改革，经费标准提高到40元。", None, False),
    # what a city will build around (将以…为核心，打造…), and not what it did
    ("根据建设规划，湘潭市将以食品加工产业园为核心，打造形成年产值达60亿元以上的肉类精深加工核心园区。", None, True),
    ("去年该市以产业园为核心，建成年产值60亿元的园区。", None, False),
])
def test_a_news_sentence_looks_forward_when_it_plans(sentence, written, forward):
    """The sixteenth session's news cues: a five-year plan still to run at the page's date, an expected year, a plan's span,
    a project's yield once carried out, a programme's standards; not a harvest's forecast nor a planned economy's words."""
    from policyparse.doc_kind import looks_forward
    assert looks_forward(sentence, 0, len(sentence), "news", written=written) is forward


@pytest.mark.parametrize("text", [
    "某村2021年工作总结及2022年工作计划\n2021年，我村在镇党委领导下取得较好成绩。\n一、产业发展：引进种植基地150亩，流转土地600余亩。\n"
    "二、2022年工作计划\n1.新建村级公路3公里。",
    "某街道2023年工作总结和2024年工作打算\n现将今年工作情况汇报如下：\n一、城市建设：改造老旧小区8个，新增停车位300个。\n"
    "二、2024年工作打算\n1.新建口袋公园3个。",
])
def test_a_reports_review_dated_by_its_title_gives_no_targets(text):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "report"
    assert [(t.value, t.year) for t in plan.targets] == [(3.0, plan.metadata.period_end)]


@pytest.mark.parametrize("text, values", [
    ("某市新型天气雷达系统项目获资6900万元\n来源：某某网\n近日，省发改委正式批复了《关于某市新型天气雷达系统建设项目可行性研究报告》，"
     "同意建设某市新型天气雷达系统建设项目，项目估算总投资6900万元。\n其中，天气雷达站建筑面积1294平方米，气象预警中心建筑面积8526平方米。",
     [6900.0, 1294.0, 8526.0]),
    ("某县污水处理厂项目获批\n来源：某某网\n近日，县发改局同意建设某县城区污水处理厂扩建项目，新增日处理能力2万吨，总投资1.2亿元。",
     [2.0, 1.2]),
])
def test_news_of_a_project_approved_gives_the_projects_scale(text, values):
    """批复了《…可行性研究报告》, 同意建设…项目: what the approval lets be built is planned, its scale a commitment."""
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "plan" and [t.value for t in plan.targets] == values


@pytest.mark.parametrize("text, kind, want", [
    # a report's (news of it) lead 2022年县政府将…重点抓好10件民生实事： opens its numbered tasks, however they are worded
    ("11月28日，某县第十八届人民代表大会第一次会议隆重开幕，县长代表县人民政府向大会作政府工作报告。报告指出，2022年县政府将继续"
     "优先保障民生投入，重点抓好10件民生实事：\n(1)全面建成投运城乡供水工程。\n(2)落实高校毕业生就业政策，新增城镇就业5500人以上。\n"
     "(3)改造农村危桥4座，硬化自然村组道路86.2公里。\n", "report", [(5500.0, 2022), (4.0, 2022), (86.2, 2022)]),
    # no title found (the line is too long for one): the first line, a headline with no full stop announcing 2025年度十件
    # 民生实事项目…出炉, makes the page a plan of 2025, its items 2025's
    ("(某县融媒体中心)在某县第十八届人民代表大会第五次会议闭幕式上通过县人大代表票选表决县政府2025年度十件民生实事项目 正式出炉!\n"
     "一、村内基础设施提升工程\n在17个乡镇硬化道路10万平方米，全力补齐农村基础设施短板。\n"
     "二、城乡电网改造升级工程\n改造升级10千伏线路16.66公里，新增、改造配变56台。\n", "plan", [(10.0, 2025), (16.66, 2025), (56.0, 2025)]),
])
def test_a_years_numbered_tasks_under_a_lead_or_headline_that_names_them_commit_in_its_year(text, kind, want):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == kind
    assert [(t.value, t.year) for t in plan.targets] == want


def test_a_forums_chrome_is_dropped_before_the_posts_headline():
    text = "找回密码\n立即注册\nQQ登录\n只需一步，快速开始\n查看: 6859|回复: 0\n某省淘汰黄标车前9月已超45万辆\n[复制链接]\n今年全省淘汰黄标车45万辆。"
    assert policyparse.parse_text(text).metadata.title == "某省淘汰黄标车前9月已超45万辆"


def test_a_review_heading_of_measures_and_effects_is_review_even_when_the_plan_part_is_cut_off():
    """主要工作措施及成效 heads a review: a page stored up to it, its forward part cut, gives nothing."""
    text = ("某局2024年工作总结及2025年工作计划\n我局坚持安全发展理念，统筹发展和安全。\n一、主要工作措施及成效\n"
            "开展企业帮扶指导113家，培训宣贯1301人。\n")
    assert policyparse.parse_text(text).targets == []


def test_a_report_commits_to_nothing_dated_before_the_year_it_plans_for():
    from types import SimpleNamespace

    from policyparse import scope
    from policyparse.targets import Found

    def found(value, year, source):
        return Found("新建村级公路", "=", value, None, "公里", None, year, None, None, 0, 10, year_source=source)
    md = SimpleNamespace(doc_kind="report", period_start=2022, period_end=2022)
    kept = scope._without_years_gone([found(1, 2021, "heading"), found(2, 2022, "heading"),
                                                 found(3, None, None), found(4, 2025, "sentence")], md, 2022)
    assert [f.value for f in kept] == [2, 3, 4]
    md.doc_kind = "plan"  # a plan's years before its date are its own affair (a plan reposted later)
    assert len(scope._without_years_gone([found(1, 2021, "heading")], md, 2022)) == 1


def test_the_scope_stage_dates_a_bare_news_item_by_its_forward_lead():
    # (the extractor may leave an item undated, as on a page whose lead line holds other numbers: scope dates it)
    from types import SimpleNamespace

    from policyparse import scope, targets
    text = "2023年，市民的生活将有哪些新变化？报告释放了哪些民生利好？\n一起来看！\n新增停车位20万个\n打通断头路20条\n"
    found = targets.extract(text)
    for f in found:
        f.year, f.year_source = None, None
    md = SimpleNamespace(doc_kind="news", doc_kind_evidence=[], title=None, period_start=None, period_end=None,
                         date_published=None)
    kept = scope.commitments(found, text, md, False, 2023)
    assert [(f.value, f.year, f.year_source) for f in kept] == [(20.0, 2023, "lead"), (20.0, 2023, "lead")]


def test_a_ledes_goals_restated_in_an_undated_list_are_one_target_each():
    # a page of a work report: its lede sums up the year's goals, a list under a heading repeats them with no year
    text = ("力争GDP增长6%！一分钟带你看某市政府工作报告\n某网 2023-03-25\n2023年2月14日，某市人大会议开幕，市长作政府工作报告。\n"
            "报告表示，今年经济社会发展主要预期目标是：地区生产总值增长6%，规上工业增加值增长6%以上，新增就业18万人。\n"
            "直击现场\nNo.2\n2023年主要预期目标\n  • 地区生产总值增长6%\n  • 规上工业增加值增长6%以上\n  • 新增就业18万人\n")
    plan = policyparse.parse_text(text)
    assert [(t.value, t.year) for t in plan.targets] == [(6.0, 2023), (6.0, 2023), (18.0, 2023)]


def test_a_news_paragraph_listing_goals_goes_on_over_its_full_stops():
    # a news paragraph listing the year's expected goals after a colon goes on over its full stops (同比 is a
    # goal's base there), until the paragraph ends
    text = ("2016-02-13 08:18\n本报讯（记者 某某）近日，国家旅游局局长在全国旅游工作会议上公布的2016年旅游业发展预期目标为：国内旅游43.8亿人次，增长9.5%。"
            "国内旅游收入3.8万亿元，增长11%。旅游投资达到1.2万亿元，同比增长20%。\n局长表示，去年旅游直接就业2798万人。")
    plan = policyparse.parse_text(text)
    assert _read_as_news(plan)
    assert sorted(t.value for t in plan.targets) == [1.2, 3.8, 9.5, 11.0, 20.0, 43.8]


def test_numbered_items_under_a_news_lead_naming_the_years_tasks_are_its_plans():
    # a news page's paragraph that ends by naming this year's tasks before a colon opens a numbered list: its items'
    # quotas are goals (an item's own 包括： is passed over); without such a lead they report
    lead = "4月13日，机关党委召开会议。会议还讨论制定了今年实施书记项目的以下三项主要工作内容：\n"
    items = ("1.落实学习制度。每个党支部每月开展一次政治学习，学习内容包括：党章党规等。\n"
             "2.开展评议工作。每个党支部每年召开一次专题组织生活会。\n")
    plan = policyparse.parse_text("记者 某某\n" + lead + items)
    assert _read_as_news(plan)
    assert sorted((t.value, t.frequency) for t in plan.targets) == [(1.0, "month"), (1.0, "year")]
    plain = policyparse.parse_text("记者 某某\n4月13日，机关党委召开会议，回顾了去年的工作情况：\n" + items)
    assert plain.targets == []



def test_a_rule_taking_effect_on_a_date_sets_levels_in_news():
    # news of an adjustment that takes effect on a date (自4月1日起调整) gives the levels it sets, as a rule issued does
    text = ("某市人社局消息,2017年度本市职工社会保险缴费基数自4月1日起调整,社保缴费基数上、下限分别调整为19512元和3902元。\n"
            "注:社保缴费基数上限和下限,根据本市公布的上年度全市职工月平均工资的300%和60%相应确定。\n2017年社保缴费基数确定\n"
            "近5年某市社保缴费基数上、下限\n特别声明:以上内容为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。")
    assert sorted(t.value for t in policyparse.parse_text(text).targets) == [3902.0, 19512.0]


def test_a_sentence_naming_a_catalogue_is_no_form():
    # 用药目录范围内 in a rule's first sentence names a list it refers to; the page is no list (目录 ends a list's title)
    text = "城乡居民普通慢性病在用药目录范围内费用按60%比例进行报销,全年封顶3000元,最高封顶4500元;特殊慢性病参照住院标准报销。"
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind != "form"
    assert sorted(t.value for t in plan.targets) == [60.0, 3000.0, 4500.0]
    assert policyparse.parse_text("某省基本医疗保险药品目录（2023年版）\n甲类药品120种。").metadata.doc_kind == "form"



def test_a_page_of_rules_named_by_its_standard_keeps_them_a_technical_standard_does_not():
    fees = ("某博物馆讲解收费细则与标准\n本馆向观众提供专职讲解服务，收费标准公示如下：\n"
            "1、全程讲解（时间不少于60分钟）\n中文最低150元起收，每批总人数不超过30人。\n")
    plan = policyparse.parse_text(fees)
    assert plan.metadata.doc_kind == "standard"
    assert sorted(t.value for t in plan.targets) == [30.0, 60.0, 150.0]
    gb = ("GB/T 33190-2016 电子文件存储与交换格式 版式文档\n1 范围\n本标准规定了版式文档的格式。\n"
          "2 规范性引用文件\n3 术语和定义\n页面宽度不少于210毫米，每页不超过30行。\n")
    plan = policyparse.parse_text(gb)
    assert plan.metadata.doc_kind == "standard"
    assert plan.targets == []


@pytest.mark.parametrize("review, forward_line", [
    ("一、工作开展情况\n一是消费。二季度社会消费品零售总额目标增速8.2%，1-4月增速0.2%。二季度服务业增加值预期目标22.19亿元。\n",
     "二、下半年工作计划\n全年新增市场主体500户。"),
    ("（一）2023年工作回顾\n全年完成投资12亿元。今年计划目标完成情况良好，主要预期目标全面完成。\n",
     "（二）2024年工作安排\n计划完成投资15亿元。"),
])
def test_a_goal_measured_in_a_numbered_review_stays_review(review, forward_line):
    # a review under a numbered heading of its own line runs to a forward line, not to a goal quoted mid-paragraph
    text = review + forward_line
    assert doc_kind.review_spans(text) == [(0, text.index(forward_line[:4]))]


def test_a_one_line_reports_review_ends_at_its_goals_mid_line():
    text = "关于某县老旧小区改造工作进展情况的汇报。一、基本情况2021年，我县改造老旧小区28个。2022年，全年计划改造老旧小区23个。"
    spans = doc_kind.review_spans(text)
    assert spans and all(b <= text.index("2022年，全年计划") + 1 for _, b in spans)


@pytest.mark.parametrize("sentence, forward", [
    ("今年全省计划新开工保障性住房5440套。", True),
    ("全市计划新改建农村公路300公里。", True),
    ("今年全省已新开工保障性住房5440套。", False),
])
def test_a_news_sentence_planning_new_starts_looks_forward(sentence, forward):
    from policyparse.doc_kind import looks_forward
    assert looks_forward(sentence, 0, len(sentence), "news", written=2024) is forward


@pytest.mark.parametrize("page", [
    "首页\n\n主页 > 新闻 > 某市今年将新建221处养老设施\n\n某市今年将新建221处养老设施\n\n来源：某报\n\n2020年，某市将完成建设221个养老设施的任务。",
    "某市今年将新建221处养老设施\n\n标题：某市今年将新建221处养老设施\n\n2020年，某市将完成建设221个养老设施的任务。",
])
def test_a_headline_printed_again_under_a_crumb_or_label_is_a_repeat(page):
    targets = policyparse.parse_text(page).targets
    assert [(t.value, t.unit) for t in targets] == [(221.0, "个")]


@pytest.mark.parametrize("sentence, forward", [
    ("较大事故控制在18起以内，坚决遏制重特大事故。", True),  # a limit set is a goal's word
    ("全市较大事故均控制在18起以内。", False),  # (均: how each stood)
    ("据称，今年预期，社会消费品零售总额增长10%，出口增长8%。", True),
    ("去年社会消费品零售总额增长10%。", False),
])
def test_a_news_sentence_setting_a_limit_or_the_years_expectation_looks_forward(sentence, forward):
    from policyparse.doc_kind import looks_forward
    assert looks_forward(sentence, 0, len(sentence), "news", written=2019) is forward


_ACHIEVED = ("2020年全县申请专利620件，年平均增长率17.6%，专利授权预计可达到320件。预计到2020年底全县高新技术企业可达18家，三年净增13家。"
             "科技型中小企业备案入库预计达到88家。")


@pytest.mark.parametrize("headline, body, values", [
    ("某县【十三五成就巡礼】科技创新引领某县走向高质量发展", _ACHIEVED, []),  # the year's estimates on a page of results
    ("某县五年巨变：创新驱动发展", _ACHIEVED, []),
    # a page reviewing a period (“十二五”概述, 2015年工作综述, 十三五时期回顾): its record, whatever its verbs
    ("“十二五”概述", "“十二五”期间，全区投入各类新农村建设资金4亿余元，建成中心村39个，新建住房3080户。", []),
    ("某县2015年工作综述", "全年新建农民住宅楼12栋，新增高等级通乡公路9条，建设总里程564.6千米。", []),
    ("某区“十三五”时期回顾", "全区新增幼儿园12所，新增学位3600个。", []),
    ("十三五回眸｜某县科技创新成果丰硕", _ACHIEVED + "下一步，全县力争到2025年高新技术企业达到50家。", [50.0]),  # a goal still commits
])
def test_a_page_of_results_gives_its_estimates_as_no_goals(headline, body, values):
    plan = policyparse.parse_text(f"{headline}\n发布时间：2020-11-17\n{body}")
    assert _read_as_news(plan) and [t.value for t in plan.targets] == values


@pytest.mark.parametrize("body, values", [
    # a body handing down its year's quotas (下达…考核指标为, 指标分解情况为) states goals, whatever base it names
    ("国务院下达2007年某省的各类事故控制考核指标为4589人。以2006年事故统计数为基础数，参考近三年来事故平均数，2007年我省"
     "安全生产控制考核指标分解情况为：工矿商贸企业474人，道路交通3903人。", [4589.0, 474.0, 3903.0]),
    # (a goal already set, 目标已经确定, is no result: its 将达 still looks forward)
    ("记者从全市住房保障工作会议上获悉，2013年全市保障性住房的总体目标已经确定，保障性住房的新开工和筹措将达10.5万套。",
     [10.5]),
    # (what was already done stays a fact)
    ("记者获悉，去年全市保障性住房已经基本建成9.75万套，近三年来累计建成30万套。", []),
])
def test_news_of_quotas_handed_down_or_goals_set_gives_them(body, values):
    plan = policyparse.parse_text(f"某省召开安全生产工作会议\n发布时间：2007-03-02\n{body}")
    assert [t.value for t in plan.targets] == values


def test_news_of_a_plan_that_states_its_goals_against_a_base_year_is_the_plans():
    # the plan's 下降10% against 2015 are its goals, not statistics (…提出，与2015年相比，2020年…下降10%；…)
    text = ("|\n某网讯 《某省安全生产“十三五”规划》近日出台。我省提出，与2015年相比，2020年全省生产安全事故起数下降10%，死亡人数下降10%；"
            "亿元国内生产总值生产安全事故死亡率下降30%；道路交通万车死亡率下降7%；重特大事故起数下降20%，死亡人数下降22%。")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "plan" and [t.value for t in plan.targets] == [10.0, 10.0, 30.0, 7.0, 20.0, 22.0]


@pytest.mark.parametrize("source", ["中国青年报客户端讯", "中国少年报讯"])
def test_a_newspapers_name_with_nianbao_in_it_is_no_annual_report(source):
    text = f"{source}(记者某某)10月16日，某省水利厅厅长在新闻发布会上说，到2027年，全省建成高品质水美乡村1000个。"
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind != "statistics" and [t.value for t in plan.targets] == [1000.0]


@pytest.mark.parametrize("title, values", [
    ("“健康某市2035”规划", [83.0, 83.5]),  # a horizon in a name: goals before it are its milestones
    ("某市2035年人均期望寿命将达83.5岁", [83.0, 83.5]),  # a headline's goal year: no plan of one year
    ("某市2035年健康工作要点", [83.5]),  # a year's own document: an earlier year is past
])
def test_goals_before_a_single_year_in_the_title(title, values):
    text = f"{title}\n根据规划，到2030年，某市人均期望寿命将实现为83岁，2035年将实现为83.5岁。"
    assert [t.value for t in policyparse.parse_text(text).targets] == values


def test_a_weekly_statistics_bulletin_is_statistics():
    text = "第1327号市政统计周报\n【提要】113年底某市医疗院所计3,964家，年增77家(2.0%)，同期每万人执业医事人员262.6人。"
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "statistics" and plan.targets == []


@pytest.mark.parametrize("forward", ["未来五年，某区将建设现代化新城区。经济社会发展主要目标是，地区生产总值达1220亿元。",
                                     "经济社会发展主要目标是，地区生产总值达1220亿元。",
                                     "未来五年，某区地区生产总值力争达到1220亿元。"])
def test_a_reports_review_ends_at_its_five_years_or_goals_after_a_comma(forward):
    text = ("某网12月25日讯 昨日上午，某区人民代表大会开幕，区长作区政府工作报告。\n"
            "2025年，某区预计地区生产总值增长6.5%左右，规上工业增加值增长12%，顺利实现年度目标任务。过去一年，某区新增城镇就业2.4万人。\n"
            + forward)
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "report" and [t.value for t in plan.targets] == [1220.0]


def test_a_reports_goals_after_it_sets_the_years_goals_higher():
    # 报告对2025年…提出了更高发展目标： opens the forward part of a one-line news report of a work report
    text = ("去年，某市经济社会发展成绩如何？2月26日上午开幕的某市人民代表大会上，记者从政府工作报告里找到了答案。"
            "较好完成了目标任务，地区生产总值增长5.8%，综合实力持续领跑。报告对2025年某市经济社会发展提出了更高发展目标："
            "地区生产总值增长6%左右，规模以上工业增加值增长10%以上。")
    assert doc_kind.review_spans(text) == [(0, text.index("报告对2025年"))]


def test_a_headline_of_a_years_list_done_in_full_reports_results():
    text = ("2024年我省10件为民实事如期全面高质量完成\n12月26日，省政府新闻办举行新闻发布会，2024年10件为民实事如期全面高质量完成，"
            "省财政共拨付下达资金65.5亿元，建设任务完成后全省乡镇综合养老服务中心达到420个以上。")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "news" and plan.targets == []


@pytest.mark.parametrize("text", [
    # a headline that says the goals are its news (招商目标明确), over a body of years and amounts that are the goals;
    # the title found is the plan the body cites, and the headline still heads the page
    "某县实施产业链链长制 7大重点产业链招商目标明确\n2025年，某县印发《建立产业链链长制推动双招双引行动方案(2025-2027)》。\n"
    "甲产业链方面，2025年签约投资额2亿元，落地项目1个；2027年末签约投资额6.6亿元，落地项目3个。\n"
    "乙产业链方面，2025年签约投资额4亿元，落地项目5个；2027年末签约投资额12.8亿元，落地项目19个。\n"
    "丙产业链方面，2025年签约投资额3亿元，落地项目5个；2027年末签约投资额9.6亿元，落地项目14个。\n",
    # a headline of a year's expected goals (预期目标) over a report's results
    "某省2026年地区生产总值预期目标增长5.5%—6%\n2025年，全省地区生产总值增长5.5%，规上工业增加值增长7.7%，"
    "固定资产投资增长7.2%，社会消费品零售总额增长3.6%。\n",
])
def test_a_headline_that_names_its_goals_makes_a_plan_of_the_page(text):
    assert policyparse.parse_text(text).metadata.doc_kind != "statistics"


def test_a_place_between_the_year_and_its_goals_opens_a_reports_forward_part():
    # (the marker deep in a long first line: a clause that opens on it, the year, the place, the goals)
    text = ("某社电 某省主席1月31日向某省第十二届人民代表大会第四次会议作政府工作报告时提出，2026年某省经济社会发展主要预期目标是"
            "地区生产总值增长7%以上。\n此前，某省官方公布，2025年全区生产总值同比增长7%。\n2026年，某省将积极扩大有效投资。")
    assert doc_kind.review_spans(text) == []  # (not the opening up to 2026年，某省将…: the goals are no review)


@pytest.mark.parametrize("text, kind", [
    # 工作报告显示 quotes a work report, no statistics bulletin
    ("某省设定今年增长目标\n省长向大会作政府工作报告显示，2026年某省的主要预期目标包括：地区生产总值增长4.5%至5%，"
     "地方一般公共预算收入增长3%左右。\n", "report"),
])
def test_a_work_report_shown_is_no_statistic(text, kind):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == kind and [t.value for t in plan.targets] == [4.5, 3]


@pytest.mark.parametrize("text, values", [
    # a headline counting the months gone (前11月…2.58万个) reports the year's results so far
    ("前11月全国新开工改造城镇老旧小区2.58万个\n发布时间:2025-12-26\n本报北京12月25日电 记者从住房城乡建设部获悉：今年前11月，"
     "全国新开工改造城镇老旧小区2.58万个。22个省份已完成年度城镇老旧小区改造计划。\n", []),
    ("1-10月全市完成固定资产投资246亿元\n发布时间:2024-11-20\n1-10月，全市固定资产投资完成246亿元，同比增长15.3%。\n", []),
])
def test_a_headline_of_the_months_gone_reports_results(text, values):
    plan = policyparse.parse_text(text)
    assert _read_as_news(plan) and [t.value for t in plan.targets] == values


@pytest.mark.parametrize("sentence", ["2023年，某区政府工作的主要目标是地区生产总值增长6%，居民人均可支配收入增长与经济增长基本同步。",
                                      "2023年某区主要预期目标为地区生产总值增长6%左右。"])
def test_goals_stated_after_zhuyao_mubiao_shi_open_a_reports_forward_part(sentence):
    text = ("1月11日，某区人大会议开幕，区长作政府工作报告。\n区长表示，过去一年，某区经济运行保持在合理区间，进出口总额增长7.1%。\n"
            + sentence + "\n")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "report" and [t.value for t in plan.targets] == [6]


def test_a_years_tasks_listed_with_a_limit_are_a_plan_not_statistics():
    # (全年实现…, 增长6% are a plan's as much as a bulletin's; a limit set, 控制在5%以内, is a plan's alone)
    text = ("本网讯 某县围绕“一稳定、一减少、二增长”目标全力做好农业农村工作。\n一是稳定粮食生产。大力实施旱作农业示范工程，确保全年粮食总产达到6万吨。\n"
            "二是减少贫困人口。综合开展专项扶贫工作，全年实现8500人稳定脱贫，返贫率控制在5%以内。\n"
            "三是促进农业增效。全年新建养殖小区5个，实现农业总产值19.35亿元，增长6%。\n四是促进农民增收。全年实现农民人均纯收入5288元，增长13%。\n")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "plan" and len(plan.targets) == 8


@pytest.mark.parametrize("text", [
    # a yearbook's entry (书名：, 一级目：) of a year's work, its tasks done in per cent of the year's (完成年度任务100.8%)
    "书名:\n一级目:生态文明建设\n二级目:农村人居环境\n【农村“厕所革命”】 2020年，某市实行整村连片推进，确保改厕质量达标。"
    "全年建设农村改厕整村推进村1065个、示范村24个，改(新)建户厕10.09万户，完成年度任务100.8%；累计建成农村户改厕96.65万户，"
    "农村卫生厕所普及率87.58%。\n",
])
def test_a_yearbook_entry_of_a_years_work_gives_no_targets(text):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind != "plan" and plan.targets == []


def test_this_years_livelihood_projects_open_a_reports_forward_part():
    text = ("某市政府工作报告确定了2024年将筹措资金60亿元以上，实施为民办实事“十大”工程。\n"
            "今年市本级为民办实事“十大”工程计划项目主要实施内容\n一、科教惠民工程。主要是新建幼儿园35所、普通高中8所。\n")
    plan = policyparse.parse_text(text)
    assert [t.value for t in plan.targets if t.value in (35, 8)] == [35, 8]


def test_a_congress_announcing_the_livelihood_projects_it_chose_states_them():
    # (a people's congress notice of the projects voted: a report's forward part, its items the year's goals)
    text = ("某县第十届人民代表大会第一次会议公告(第8号)\n某县第十届人民代表大会第一次会议，于2017年2月20日投票表决确定2017年县政府"
            "民生实事项目为10项，分别是：\n一、实施城镇道路畅通工程，新建改造道路10条；新增专用停车位1000个、公共停车位200个。\n"
            "二、推进学前教育发展，新建幼儿园10所，新增普惠性幼儿园45所以上。\n某县第十届人民代表大会第一次会议主席团\n")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "report" and sorted(t.value for t in plan.targets) == [10, 10, 45, 200, 1000]


def test_standardisation_in_a_title_is_no_standard():
    # (国家标准化发展纲要: a plan on standardisation; 国家标准 alone names a standard)
    text = ("济南：2025年将打造全省标准化创新发展高地\n1月4日，某市公开发布《关于落实国家标准化发展纲要促进高质量发展的实施意见》。"
            "意见提出，到2025年，主导和参与制修订国际标准15项以上，培育企业标准领跑者12个以上。\n")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "plan" and [t.value for t in plan.targets] == [15, 12]


def test_a_headline_of_a_years_goals_with_a_quoted_name_looks_forward():
    text = ("2019年“一网通办”要实现“双减半”目标\n2019-04-03\n某某周刊\n会议研究加快推进“一网通办”改革，抓好今年重点工作。"
            "全年实现100件事业务流程革命性再造，新增100项个人事项全市通办。\n")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "plan" and [t.value for t in plan.targets] == [100, 100]


@pytest.mark.parametrize("opening", ["2025年园林街道将", "2025年，园林街道将", "2025年全镇力争"])
def test_a_year_and_its_will_mark_the_year_planned_for(opening):
    # a page of a town's results and plans, undated: the year it says it will work in is the year of its goals
    text = ("某街道：冲刺开门红\n2024年，某街道经济回升向好，实现工业总产值21.1亿元。\n"
            "主任表示，" + opening + "以“开局就是决战”的态度全速争先。\n经济增长方面，确保市场主体总量突破4.2万家，“四上”企业总数突破260家。\n")
    plan = policyparse.parse_text(text)
    assert {t.value: t.year for t in plan.targets}.get(260) == 2025


@pytest.mark.parametrize("title", ["某街道：全面奏响高质量发展强音，奋力书写现代化新答卷",
                                   "某镇：凝心聚力开新局，努力交出高质量发展优异答卷"])
def test_a_headline_striving_to_write_its_answer_looks_forward(title):
    text = title + "\n发布日期：2023-02-01\n2023年，某街道将坚持实干为要，全年地区生产总值增长8%以上，财政收入增长8%以上。\n"
    plan = policyparse.parse_text(text)
    assert (plan.metadata.doc_kind, [t.value for t in plan.targets]) == ("plan", [8, 8])


@pytest.mark.parametrize("verb", ["总结", "回顾", "盘点"])
def test_a_year_a_meetings_task_looks_back_on_is_not_the_year_planned_for(verb):
    text = ("2月14日，我区召开2012年经济工作会议。会议的主要任务是：" + verb + "我区2011年经济工作，安排部署2012年经济工作任务。\n"
            "主要预期目标是：地区生产总值实现44.64亿元，增长20%；地方财政一般预算收入实现10亿元，增长42.9%。\n")
    assert doc_kind.forward_year(text) == 2012


@pytest.mark.parametrize("base", ["比2010年翻一番", "较2010年增长一倍", "相比2010年翻一番"])
def test_a_base_year_in_a_reports_forward_line_is_no_year_planned_for(base):
    # (今后五年…，为实现全省生产总值和城乡居民人均收入比2010年翻一番打下基础: the base, not the year the report plans for)
    text = ("某省长：今后五年城乡居民收入年均增长10%左右\n2013年01月25日 来源：某网\n今天上午，省人大会议开幕，省长作政府工作报告，"
            "为实现全省生产总值和城乡居民人均收入" + base + "打下决定性基础。\n报告提出，今后五年要努力实现经济综合实力显著提升，"
            "全省生产总值年均增长9%左右。\n")
    assert doc_kind.forward_year(text) != 2010


def test_a_plans_task_heading_outweighs_its_items_words_of_completion():
    # (一、重点任务 over items that 完成10个… and 做到“一年取得成效”: a plan's tasks, not a report of results)
    text = ("根据上级要求，决定开展“乡村和美显现年”活动。\n一、重点任务\n1、加快一般自然村整治。完成10个区级重点自然村整治，"
            "完成7个镇级自然村整治。\n2、开展无功能房整治拆除行动，做到“一年取得成效，两年基本清零”。\n")
    assert policyparse.parse_text(text).metadata.doc_kind == "plan"


@pytest.mark.parametrize("headings", [
    ("一、总体思路", "二、目标任务", "三、责任分工"),
    ("一、工作思路", "二、进度安排", "三、推进措施"),
    ("一、职责分工", "二、时间安排", "三、具体措施"),
])
def test_a_plans_own_headings_outweigh_a_last_years_results(headings):
    # (a 推进方案 whose goal names what was done last year, 2019年已完成了…, under a plan's skeleton of headings)
    text = ("某区2020年农业结构调整工作推进方案\n为确保如期完成2020年调整任务，特制定本方案。\n" + headings[0] +
            "\n坚持因地制宜。\n" + headings[1] + "\n我区两年调整任务为2万亩，2019年已完成了1.04万亩，累计建成示范点12个，成效明显，"
            "2020年任务数为0.96万亩。\n" + headings[2] + "\n各乡镇负责落实。\n")
    assert policyparse.parse_text(text).metadata.doc_kind == "plan"


NEWS_OF_A_COUNTY = ("“数”读2011\n【数字一】\n2011年，该县财政一般预算收入突破5亿元，增长19.4%。\n【数字二】\n2011年，该县地区生产总值"
                    "突破100亿元，增长10.7%；农民人均纯收入8413元，增长19.2%。\n宏图2012\n")


@pytest.mark.parametrize("heading, values", [
    ("——2012年主要目标", [12.0, 13.0]),  # a section line over the goals, dashes before it
    ("2012年主要目标：", [12.0, 13.0]),
    ("－2012年预期目标", [12.0, 13.0]),
    ("——2011年主要成绩", []),  # a line over results
])
def test_the_goals_under_a_years_goal_heading_on_a_news_page(heading, values):
    text = NEWS_OF_A_COUNTY + heading + "\n该县地区生产总值增长12%，公共财政一般预算收入增长13%。\n"
    assert [t.value for t in policyparse.parse_text(text).targets] == values


DATED_YEARS = [
    # a clause opening on the page's own year in its first half: a work report's goals, told as news
    ("某市：2023年新增清洁取暖面积500万平方米\n2023-02-15 来源：某市人民政府\n日前，某市人民政府发布政府工作报告，根据报告内容显示，"
     "2023年，地区生产总值增长6.5%，固定资产投资增长9%，一般公共预算收入增长5%，社会消费品零售总额增长7%，城乡居民收入增长7%。",
     [6.5, 9, 5, 7, 7]),
    ("某县召开经济工作会议\n2024-03-02 来源：某县融媒体中心\n会议指出。2024年，全县地区生产总值增长6%左右，规上工业增加值增长8%，"
     "固定资产投资增长10%。", [6, 8, 10]),
    # a year still to come
    ("某县明年经济工作安排出炉\n发布时间：2023-12-20\n记者从县经济工作会议获悉，2024年，全县规上工业增加值增长8%，固定资产投资增长10%，"
     "社会消费品零售总额增长6%，农村居民收入增长7.5%。", [8, 10, 6, 7.5]),
    # the page's own year in its last months or its second half: the year's figures, reported
    ("某市今年经济运行情况\n发布时间：2023-12-20\n记者从市统计局获悉，2023年，地区生产总值增长6.5%，固定资产投资增长9%，"
     "一般公共预算收入增长5%，社会消费品零售总额增长7%，城乡居民收入增长7%。", []),
    ("某区经济运行\n2023-08-15 来源：某区统计局\n数据显示，2023年，全区地区生产总值增长6.5%，固定资产投资增长9%，一般公共预算收入增长5%，"
     "社会消费品零售总额增长7%。", []),
]


@pytest.mark.parametrize("text, values", DATED_YEARS)
def test_a_year_told_early_in_it_or_still_to_come_is_planned_for(text, values):
    assert [t.value for t in policyparse.parse_text(text).targets] == values


@pytest.mark.parametrize("words", ["奋斗愿景", "奋斗目标", "主要目标"])
def test_a_reports_vision_for_the_next_plan_period_ends_its_review(words):
    text = ("某市政府工作报告解读\n1月28日，某市代市长在市人大会议上作《政府工作报告》。\n"
            "“十四五”圆满收官，地区生产总值2025年达2.48万亿元，增长5.8%；社会消费品零售总额增长6%。\n"
            f"站在新的历史起点，《政府工作报告》明确了“十五五”时期的{words}：到2030年地区生产总值冲刺3.2万亿元，基本建成公园城市示范区。\n"
            "2026年全市经济社会发展主要预期目标是：地区生产总值增长5.5%左右。")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "report"
    assert [(t.value, t.year) for t in plan.targets] == [(3.2, 2030), (5.5, 2026)]


@pytest.mark.parametrize("text, values", [
    # lines under a heading of a year's indicators state goals, whatever their verbs
    ("某镇党委书记表示，2024年，某镇将全力以赴抓招商、上项目。\n2024年重点指标\n◆GDP同比增长5%；规上工业总产值431亿元；工业投资35.9亿元。\n"
     "◆新认定高企94家，社会消费品零售总额增长7%。", [5, 431, 35.9, 94, 7]),
    ("2025年主要目标：\n地区生产总值增长6%，固定资产投资增长8%，城乡居民收入增长7%。", [6, 8, 7]),
    # 争取到年底 opens a sentence of goals
    ("某镇召开工作会议。镇党委书记要求，争取到年底，工业总产值突破25亿元、增长25%，财政收入增长23%，固定资产投资增长20%。",
     [25, 25, 23, 20]),
])
def test_goals_under_a_years_heading_or_by_the_years_end_are_no_statistics(text, values):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind in ("plan", "news")  # (a meeting's news states the goals set there)
    assert [t.value for t in plan.targets] == values


def test_a_reports_five_year_goals_and_its_years_goals_under_their_headings():
    """「十五五」時期主要目標和重大任務： over the plan's goals, then 2026年經濟社會發展總體要求和政策取向： over the year's: each
    heading gives its goals its year, whatever the quotation marks (「」) and whatever follows the goals' word (和重大任務)."""
    text = ("李強總理向十四屆全國人大四次會議作政府工作報告，要點如下：\n2025年工作回顧國內生產總值增長5%，城鎮新增就業1267萬人。\n"
            "「十五五」時期主要目標和重大任務：\n全社會研發經費投入年均增長7%以上、人均預期壽命提高到80歲。\n"
            "2026年經濟社會發展總體要求和政策取向：\n經濟增長4.5%—5%、城鎮新增就業1200萬人以上、居民消費價格漲幅2%左右。\n")
    got = [(t.value, t.year) for t in policyparse.parse_text(text).targets]
    assert got == [(7.0, 2030), (80.0, 2030), (4.5, 2026), (1200.0, 2026), (2.0, 2026)]


def test_a_sentence_with_a_horizon_of_its_own_takes_the_period_not_the_lead_before_it():
    """2020年，全市共实施改造…，截至11月底已完成改造28个。未来五年，全市计划改造老旧小区276个。 on a page of 2020-12-30:
    the horizon (未来五年) is its own, its goal due by the period's end (2025), not the year the paragraph opened on."""
    text = ("某市住建局召开老旧小区新闻发布会\n发布时间：2020-12-30 09:07\n12月25日，市政府新闻办召开新闻发布会。"
            "2020年，全市共实施改造城镇老旧小区44个，截至11月底已完成改造28个。未来五年，全市计划改造老旧小区276个。")
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(276.0, 2025)]


@pytest.mark.parametrize("text,kind,values", [
    # no kind's words, words of results or statistics, and not a number said of a time to come: results
    ("2023年视力监测全区共抽查8所中小学校，3所幼儿园，根据筛查标准，2023年近视率为52.3%，2023年度较2022年度近视率下降0.8%。",
     "news", []),
    ("2022年龋齿调查全县共监测6所小学，检出率为31.5%，较2021年度下降2%，覆盖学生1500余人。", "news", []),
    # the same words of statistics with a forward word before the numbers, or in numbered tasks: a plan's goals
    ("市工信局将进一步落实各项目标任务。狠抓10条优势产业链强链补链工作，推动实施重点工业项目400个，其中技术改造项目150个。"
     "2023年度较2022年度规上工业增加值增长8%。", "plan", [400.0, 150.0]),
    ("（1）推进文化馆、图书馆免费开放，2023年度较2022年度接待人次增长5%。\n（2）建设社区书屋84个，实现社区书屋全覆盖。\n"
     "（3）有线电视数字化率达95%以上。", "plan", [84.0, 95.0]),
])
def test_a_page_with_no_kind_that_only_tells_results_gives_no_targets(text, kind, values):
    plan = policyparse.parse_text(text)
    got = [t.value for t in plan.targets]
    assert plan.metadata.doc_kind == kind and all(v in got for v in values) and (values or not got)


def test_a_reports_digest_looking_back_then_saying_how_it_will_work():
    """回头看 heads the year gone's results, 怎么干 the coming year's work: only the latter's numbers are goals."""
    text = ("省政府工作报告“三农”重点\n栏目:部门新闻 发布时间:2024-01-31\n回头看\n\n粮食稳产丰收，产量达到555.4亿斤\n\n"
            "新增城镇就业92.8万人\n\n2023年\n\n新建高标准农田350万亩\n\n2024年\n\n怎么干\n\n守牢耕地保护红线\n\n新建高标准农田150万亩以上\n")
    assert [t.value for t in policyparse.parse_text(text).targets] == [150.0]


def test_a_meeting_page_of_last_years_results_that_states_this_years_goals_gives_them():
    """Results outweigh goals in its cues, yet 2024年经济工作主要预期目标是… states goals outright: news, not a bulletin."""
    text = ("某开发区召开重要工作会议,今年准备这样干!\n\n4624\n\n2024-06-04 【 字体:\n\n南都讯 1月25日，某开发区2024年工作会议召开。会议全面总结2023年工作。据悉，2023年"
            "地区生产总值同比增长7.2%，财政收入同比增长7.9%，工业投资同比增长12%。\n2024年经济工作主要预期目标是地区生产总值增长8%、"
            "固定资产投资增长10%。\n2023年GDP同比增长7.2%\n据悉，2023年实现地区生产总值同比增长7.2%，财政收入同比增长7.9%。\n")
    plan = policyparse.parse_text(text)
    assert _read_as_news(plan) and [t.value for t in plan.targets] == [8.0, 10.0]


@pytest.mark.parametrize("text, year", [
    ("某市：2024年某港顺利开航，进出口总值增速居全省第一。下一步将全面开展市场准入效能评估。", None),
    ("某市：进出口总值增速居全省第一。\n2025年\n下一步将全面开展市场准入效能评估。", 2025),
    # a year reviewed (总结2024年…成果) before the tasks is not the one planned for
    ("日前，2025年某市体育工作会议召开，会议全面总结2024年体育工作成果，并对今年的重点任务作出部署。", 2025),
    ("会议回顾2024年工作，部署2025年重点任务。", 2025),
])
def test_a_year_of_results_in_the_sentence_before_a_forward_word_is_not_the_year_planned_for(text, year):
    """(a machine summary's statements, each a sentence: a year of results right before 下一步将… names no year planned for;
    a year on the line above still heads it)"""
    assert doc_kind.forward_year(text) == year


@pytest.mark.parametrize("opening", ["某省政府新闻办28日通报，", "记者从某市生态环境局今日通报获悉，"])
def test_a_day_before_tongbao_is_a_news_verb_not_a_circulars_title(opening):
    """(某省政府新闻办28日通报，2024年…: the lede says who announced the results; no circular of its own)"""
    text = (opening + "2024年全省生态环境质量稳中向好。全省环境空气质量优良天数平均267天，较2023年增加17天，优良率72.9%；"
            "重度污染天数平均5天，减少6天。PM2.5平均浓度37.7微克/立方米，同比下降2.3%。\n")
    plan = policyparse.parse_text(text)
    assert (plan.metadata.doc_kind, len(plan.targets)) == ("news", 0)


def test_a_report_with_no_forward_marker_speaks_of_the_year_it_names():
    """1月22日，某市人代会开幕…2026年是“十五五”开局之年。报告强调，要…力争…: the year the report says it speaks of."""
    text = ("1月22日，某市第六届人民代表大会第五次会议开幕，大会听取了市长作的政府工作报告。\n"
            "2026年是“十五五”开局之年。报告强调，要加力巩固实体经济根基，力争新获批国家高新技术企业100家、"
            "省级专精特新中小企业40家。\n")
    plan = policyparse.parse_text(text)
    assert (plan.metadata.doc_kind, plan.metadata.period_end, [t.year for t in plan.targets]) == ("report", 2026, [2026, 2026])


@pytest.mark.parametrize("opener, values", [("同时开通", [2, 6, 6, 18]), ("并开通", [2, 6, 6, 18]), ("已开通", [2])])
def test_a_news_goal_goes_on_in_a_sentence_that_does_more_at_the_same_time(opener, values):
    """…计划年内新建城市公交线路2条。同时开通城乡公交线路6条…: the plan goes on (not 已开通, what was done)."""
    text = ("某县公交惠民见闻\n记者近日从县交通运输局获悉，今年以来全县公交客运量同比增长12%。\n"
            "县城乡客运总公司计划年内新建城市公交线路2条。" + opener + "城乡公交线路6条，投放新能源车辆6辆，沿途服务18个建制村。\n")
    plan = policyparse.parse_text(text)
    assert _read_as_news(plan) and [t.value for t in plan.targets] == values


@pytest.mark.parametrize("lead, values", [("2025年，某县将坚持干字当头、迎难而上。", [25, 100, 500]),
                                          ("2024年，某县坚持干字当头、迎难而上。", [])])
def test_a_list_of_tasks_under_a_lead_of_the_year_ahead_looks_forward(lead, values):
    """…2025年，某县将…。一是…。二是…力争…增长25%以上。三是…谋划实施城市更新项目100个以上: the list goes on with the
    year ahead's work, in a news page that opens on last year's results (not under a lead of the year gone)."""
    text = ("发布时间：2025-01-13 10:32 信息来源：某某日报 作者：张静\n干字当头勇争先 奋力开创新局面\n——访市人大代表某某\n"
            "“2024年，某县连续5个季度经济运行综合考核跻身全省前15位。县经开区全省排名跃升至第29位，某示范区获评全国培育案例，"
            "过夜游客数增长190%。”市人大会议召开之际，记者专访了市人大代表、某县县长。\n" "县长表示，" + lead + "一是聚焦科技创新，启动科学城建设。二是聚焦改革开放，"
            "力争全年工业投资增长25%以上。三是聚焦城乡融合发展，谋划实施城市更新项目100个以上，总投资500亿元以上。\n")
    plan = policyparse.parse_text(text)
    assert [t.value for t in plan.targets] == values


def test_a_report_of_the_year_that_sets_five_years_goals_keeps_the_years_own():
    """A report dated 2026 that gives the year's goals and the 十五五 plan's (2026–2030): its 2026 goals are its own,
    not a year before the one it plans for."""
    text = ("国务院总理作政府工作报告\n date 2026-03-06\n全国人大会议昨晨开幕。今年是十五五规划开年，国务院总理作政府工作报告，说明十五五时期的目标和任务。"
            "报告提出，今年发展主要预期目标是经济增长4.5%至5%。今年赤字率拟按4%左右安排。到2030年，研发投入强度达到3.2%以上。\n")
    plan = policyparse.parse_text(text)
    assert (plan.metadata.doc_kind, plan.metadata.period_start, plan.metadata.period_end) == ("report", 2026, 2030)
    assert sorted((t.value, t.year) for t in plan.targets) == [(3.2, 2030), (4.0, 2026), (4.5, 2026)]


def test_a_news_agencys_page_of_results_ending_on_the_next_plans_goals_gives_them():
    """据…消息 is a news outlet's lede: a page whose results outweigh its goals is news of them, not a bulletin, and its
    sentences that look forward (“十五五”期间…将…到2030年…) still commit."""
    text = ("据某铁路集团有限公司消息，铁路“十四五”实现圆满收官。“十四五”期间，全国铁路营业里程由14.63万公里增至16.5万公里、"
            "增长12.8%，高铁由3.79万公里增至5.04万公里、增长32.98%。\n2025年，全国铁路完成固定资产投资9015亿元、同比增长6%，"
            "投产新线3109公里。全年发送旅客43亿人次、同比增长5.2%，货运量同比增长2.1%。\n"
            "“十五五”期间，集团将进一步推进铁路网建设。到2030年，全国铁路营业里程达到18万公里左右，复线率和电气化率分别达到64%和78%。")
    plan = policyparse.parse_text(text)
    assert _read_as_news(plan) and [t.value for t in plan.targets] == [18.0, 64.0, 78.0]


@pytest.mark.parametrize("text,kind,values", [
    # news whose forward sentences set two goals or more is news of goals: a plan's kind, its goals the forward ones
    ("某县托育服务成效明显\n2025-06-03 来源：某县融媒体中心\n记者获悉，截至目前，全县已建成普惠性托育机构12家，提供托位560个，"
     "同比增长20%，取得明显成效。下一步，全县计划新增普惠性托育机构2家，新增托位100个。", "plan", [2.0, 100.0]),
    # one goal after a page of results leaves it news of results
    ("1-10月某县投资结构趋稳\n记者日前获悉，1-10月全县固定资产投资完成246亿元，同比增长15.3%，完成年度目标任务的82%，"
     "取得明显成效。\n据介绍，到2025年，全县力争固定资产投资达到400亿元。", "news", [400.0]),
    # a headline that says the works are in use (…公交车投用, …正式通车) reports them done
    ("某县城区四十部新能源公交车投用\n日前，某县举行交付仪式。2018年，某县筹资2000多万元，采购40部新能源公交车，"
     "共建设公交站亭129个。", "news", []),
    ("某县新能源公交车将于年底投用\n今年，某县计划采购40部新能源公交车，建设公交站亭129个。", "plan", [40.0, 129.0]),
    # a headline that says the year's projects were all done (全部完成, 顺利完成) reports them; one that means to is a plan
    ("某市承担的2025年省政府养老民生实事全部完成——\n2025年，我市新建老年助餐点40个，完成适老化改造500户。", "news", []),
    ("某市确保2025年民生实事全部完成\n2025年，我市将新建老年助餐点40个，完成适老化改造500户。", "plan", [40.0, 500.0]),
    # results alone: news, no targets
    ("某县托育服务成效明显\n2025-06-03 来源：某县融媒体中心\n截至目前，全县已建成普惠性托育机构12家，提供托位560个。", "news", []),
])
def test_news_that_sets_goals_is_a_plans_kind(text, kind, values):
    plan = policyparse.parse_text(text)
    assert (plan.metadata.doc_kind, [t.value for t in plan.targets]) == (kind, values)


@pytest.mark.parametrize("sentence,want", [
    # a news sentence that reports, then sets the goal in a clause of its own: the goal's clause commits
    ("今年以来，全县已完成造林3万亩，确保年内完成5万亩的目标。", ["5万亩"]),
    ("截至4月底，全市废旧农膜回收率达到50.72%，为年底完成85%的目标任务奠定坚实基础。", ["85%"]),
    ("近年来，我市不断完善回收体系，截至4月底回收率达到50.72%，为年底完成85%的目标任务奠定坚实基础。", ["85%"]),
    ("1至9月，全区已建成充电桩800个，力争全年建成1200个。", ["1200个"]),
    ("据介绍，全市已完成老旧小区改造40个，争取年内再改造20个。", ["20个"]),
    ("1-4月全县已实现招商引资签约项目12个，确保全年招引项目30个以上。", ["30个"]),
    ("截至11月底，全市已完成新建茶园13650亩，年底将完成全年新建茶园20000亩的目标。", ["20000亩"]),
    ("截至目前，全县已完成植树造林2.1万亩，年底前将完成全年造林5万亩的任务。", ["5万亩"]),
    # …or says what comes next (下一步还将建设, 近期还将有), or names a plan's period still running when the page was
    # written (计划“十五五”期间…, 计划2023年-2025年… on a page of 2025)
    ("截至目前，全县已建成加氢站1座，下一步还将建设加氢站5座。", ["5座"]),
    ("目前已有2辆氢能公交车上路运行，近期还将有至少20辆氢能重卡投入运行。", ["20辆"]),
    ("目前全区已建成充电桩800个，计划“十五五”期间推广应用新能源公交车500辆。", ["500辆"]),
    ("2023年，该县被确定为石漠化综合治理重点县，计划2023年-2025年共投资4500万元。", ["4500万元"]),
    ("此次综合治理的任务重点是实现岩溶土地治理面积30.36平方公里。", ["30.36平方公里"]),
    ("截至目前，全县已建成加氢站3座，计划2021年-2023年共投资4500万元。", []),
    ("今年以来，全市已开通公交线路40条，赛事期间还将影响14条公交线路的运行。", []),
    # the goal's clause sets nothing when its paragraph measures work against the plan
    ("全年计划建设标准化养殖场5个，实际完成7个；计划发展养羊户3800户，实际完成3876户。", []),
    ("今年以来，全县已完成造林3万亩，超额完成了5万亩的年度目标。", []),
])
def test_a_goal_in_its_own_clause_after_results_commits_on_a_news_page(sentence, want):
    page = "某县多措并举推进各项工作\n2025-05-13 10:02 来源：某县融媒体中心\n" + \
        "记者从县农业农村局了解到，今年以来全县各项工作进展顺利，一批项目已经建成投用。\n" + sentence
    plan = policyparse.parse_text(page)
    assert _read_as_news(plan)
    got = [c.number for c in policyparse.explain(plan) if c.verdict == "target"]
    assert got == want


@pytest.mark.parametrize("body,want", [
    # the works listed right after a sentence of the year's plan, in its paragraph, are the plan's
    ("2022年，我县计划投入资金3.49亿元，重点实施农村河道疏浚、圩堤加固等工程。整治农村河道340条、409.8公里；加固加修圩堤41.5公里。",
     ["3.49亿元", "340条", "409.8公里", "41.5公里"]),
    ("今年，全区将投入1.2亿元实施城市更新。新建口袋公园12个，改造老旧小区20个。", ["1.2亿元", "12个", "20个"]),
    # …or the items of the year's list of projects (今年，…项目清单包含…。包括开展…30场次)
    ("今年，某市总工会“我为群众办实事”项目清单包含技能提升、健康关爱等10个类别。包括开展技能提升30场次，组织100家企业职工创新竞赛。",
     ["30场次", "100家"]),
    # what a project of the year is to build (改造内容为…)
    ("口袋公园列为2022年城区户外活动场所改造项目，改造内容为停车位约107个、活动场所约15000平方米。", ["107个", "15000平方米"]),
    # not after a sentence of what was done
    ("2021年，我县投入资金3.49亿元，实施了农村河道疏浚、圩堤加固等工程。整治农村河道340条、409.8公里。", []),
])
def test_the_works_listed_after_a_news_sentence_of_the_plan_are_its_goals(body, want):
    page = "某县冬春水利建设全面展开\n某县日报 2022-03-01\n2月24日，记者来到某县水利工地。近年来，全县水利建设成效明显，名列全省前列。\n" + body
    plan = policyparse.parse_text(page)
    assert _read_as_news(plan)
    assert [c.number for c in policyparse.explain(plan) if c.verdict == "target"] == want


@pytest.mark.parametrize("body,years", [
    # the items that go on from a sentence of this year's list take its year (今年 on a page of 2022)
    ("今年，某市总工会“我为群众办实事”项目清单包含技能提升、健康关爱等10个类别。包括开展技能提升30场次，组织100家企业职工创新竞赛。",
     [2022, 2022]),
    ("明年，全区将投入1.2亿元实施城市更新。新建口袋公园12个，改造老旧小区20个。", [2023, 2023, 2023]),
    # a sentence that looks forward with no year of its own, after one of next year's works: next year's
    ("全市正推动建设集散基地等重点项目，将于明年全部建成投入使用。此外，全市还将建成农产品田头冷库容积8.9万立方米、产地冷藏保鲜设施78个。",
     [2023, 2023]),
])
def test_the_items_after_a_sentence_of_the_year_take_its_year(body, years):
    page = "某县冬春水利建设全面展开\n发布时间：2022-03-01\n2月24日，记者来到某县水利工地。近年来，全县水利建设成效明显，名列全省前列。\n" + body
    assert [t.year for t in policyparse.parse_text(page).targets] == years


@pytest.mark.parametrize("body,want", [
    # on a page of results, what the works done will bring (完工后可改善…) is no new goal
    ("全区投资1900余万元实施水源工程建设等项目26个，完工后可改善11.26万人供水条件。", []),
    # on a page that sets goals, it is
    ("今年，全区计划投资1900余万元实施水源工程建设等项目26个，完工后可改善11.26万人供水条件。", ["1900余万元", "26个", "11.26万人"]),
])
def test_what_works_done_will_bring_is_no_goal_on_a_page_of_results(body, want):
    page = "某区全力抗旱保供水\n发布时间：2025-08-20\n记者从区水利局了解到，今年以来全区旱情持续，已累计投入抗旱资金300万元，成效明显。\n" + body
    plan = policyparse.parse_text(page)
    assert [c.number for c in policyparse.explain(plan) if c.verdict == "target"] == want


@pytest.mark.parametrize("body,want", [
    # a year's growth goals after 将大力发展 / 将加快发展 / 将全力推动: the page plans, however many 增长N% it prints
    ("今年，我市将大力发展肉牛产业，重点抓好7项工作，推动全市肉牛存栏新增18万头、达到320万头，增长6%；基础母牛存栏160万头、"
     "增长4%；肉牛出栏125万头、增长5%；牛肉产量22万吨、增长4.8%。", [18.0, 320.0, 6.0, 160.0, 4.0, 125.0, 5.0, 22.0, 4.8]),
    ("今年，全县将加快发展茶产业，茶园面积达到30万亩，增长5%；干毛茶产量2万吨，增长8%；综合产值60亿元，增长10%。",
     [30.0, 5.0, 2.0, 8.0, 60.0, 10.0]),
    ("今年，我区将全力推动文旅产业，接待游客1200万人次，增长12%；旅游收入95亿元，增长15%；新增A级景区3家。",
     [1200.0, 12.0, 95.0, 15.0, 3.0]),
])
def test_a_news_page_on_what_a_city_will_develop_is_no_bulletin(body, want):
    page = "微信扫一扫\n本报讯（记者 某某）" + body + "\n推进种源基地建设。年内全部完工。"
    plan = policyparse.parse_text(page)
    assert plan.metadata.doc_kind != "statistics"
    assert [t.value for t in plan.targets] == want


@pytest.mark.parametrize("estimate", [
    "2025年某市预计全年地区生产总值增长6.5%左右，规上工业增加值增长7%左右，城镇新增就业10万人。",
    "2025年，全县全年预计完成固定资产投资120亿元，增长8%。",
    "某区2025年预计全年接待游客1200万人次。",
])
def test_an_estimate_of_the_year_before_an_undated_plans_own_is_no_goal(estimate):
    # (the page bears no date: its own year is the one its goals are for)
    text = "2026年的某市，正站在新起点上。\n" + estimate + "\n2026年，全市主要预期目标是：地区生产总值增长6%左右。"
    assert [(t.value, t.year) for t in policyparse.parse_text(text).targets] == [(6.0, 2026)]


@pytest.mark.parametrize("simplified", [True, False])
def test_a_progress_table_in_either_script_gives_its_tasks_not_its_progress(simplified):
    # (重點工作任務…完成情況: a Traditional page's header names the columns as a Simplified one does; a row's
    # number, set apart by a space, is its label, not part of what the task measures)
    text = ("2025年县政府重点工作任务一季度完成情况\n序号 重点工作任务 牵头责任单位 一季度完成情况\n"
            "1 地区生产总值增长6%以上。 县发改委 一季度地区生产总值增长6.8%\n"
            "2 规模工业增加值增长4.5%。 县工信局 规模工业增加值增长 11.9%\n"
            "3 实施亿元项目78个以上。 县发改委 一季度实施亿元以上重点项目68个\n")
    if not simplified:
        text = text.replace("点", "點").replace("务", "務").replace("况", "況").replace("责", "責").replace("县", "縣")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == "plan"
    assert [(t.indicator, t.value) for t in plan.targets] == [("地区生产总值", 6.0), ("规模工业增加值", 4.5), ("实施亿元项目", 78.0)]


@pytest.mark.parametrize("sentence,want", [
    # a growth the year expects (今年…预期增长7.5%) is its goal; one above expectations (超预期增长) is a result
    ("今年，全县地区生产总值预期增长7.5%，规上工业增加值预期增长8%。", [7.5, 8.0]),
    ("全年，全县一般公共预算收入预期达到12亿元。", [12.0]),
    ("今年一季度，全县经济超预期增长6.8%。", []),
])
def test_a_growth_the_year_expects_is_its_goal_on_a_news_page(sentence, want):
    _years_goals_on_a_news_page(sentence, want)


@pytest.mark.parametrize("progress", ["各项重点工作稳步推进", "重点任务顺利完成", "工作重点扎实推进"])
def test_a_review_saying_its_key_work_went_ahead_stays_review(progress):
    # (重点工作 heads a report's work ahead; 重点工作稳步推进 says how last year's went)
    text = ("2023年度政府工作报告\n各位代表：\n2022年工作回顾\n一、重大战略深入实施。总战略加快破题，" + progress +
            "。首批10个重点项目落地，新增对外开放泊位2个。\n二、2023年主要预期目标\n地区生产总值增长5.5%左右。")
    plan = policyparse.parse_text(text)
    assert [(t.value, t.year) for t in plan.targets] == [(5.5, 2023)]


def test_a_sentence_opening_on_what_was_done_this_year_still_sets_the_goals_after_it():
    # (今年以来，…聚焦完成…48亿元目标，…力争…: a goal still to be met, and the clauses that look forward; 较好完成全年…目标任务
    # is goals met, the review going on)
    page = ("某省水利项目集中开复工\n2023-03-01 来源：某报\n今年以来，全省水利部门牢固树立项目为王理念，聚焦完成水利投资48亿元目标，"
            "实施各类工程项目340余项，力争上半年开复工130余项，总投资约164亿元，计划年内完成31亿元。\n"
            "今年以来，全县较好完成全年经济社会发展目标任务，新建学校5所。")
    assert [t.value for t in policyparse.parse_text(page).targets] == [130.0, 164.0, 31.0]


@pytest.mark.parametrize("lede,want", [
    # a news page on a work report that opens on the year's goals (今年新建…；力争全年新增…) before the report's words
    ("今年新建100个口袋公园；新改扩建38所中小学校，新增学位2.7万个；力争全年新增高新技术企业60家。", [100.0, 38.0, 2.7, 60.0]),
    ("今年政府工作报告提到，要加快工业园区提档升级，力争百亿元园区达到44个。", [44.0]),
    # a lede of last year's results stays the report's review
    ("去年新建口袋公园80个，新增学位2万个。", []),
])
def test_a_reports_news_lede_of_the_years_goals_is_no_review(lede, want):
    page = ("扮靓城市颜值，畅享品质生活\n" + lede + "\n日前，在市人民代表大会第二次会议上，市长作政府工作报告时表示，"
            "做好今年工作，要一步一个脚印把美好蓝图如期变现。\n二、2023年重点工作\n地区生产总值增长6%左右。")
    plan = policyparse.parse_text(page)
    assert [t.value for t in plan.targets][:-1] == want


# News that tells what a document provides (协议明确，…; 根据责任书，…; 意见要求，…): the document's commitments, said in the
# present over its paragraph; not what was done under it (已, 去年) nor a year gone or named on a page of no date.
DOCUMENT_SAYS = [
    ("甲省与乙省签署2024年协作协议 深化两地协作\n某某经济日报 2024-05-20 22:21:18\n\n5月19日，记者从乙省乡村振兴局获悉，近日，"
     "甲省与乙省签署了2024年协作协议。根据协议，协作双方将持续深化协作，扎实推动巩固拓展脱贫攻坚成果。\n\n从支持力度来看，协议明确，"
     "建立资金投入增长机制，甲省向乙省提供财政援助资金20.5亿元，协作双方加强监管。强化人才支援，甲省向乙省选派80名挂职干部、"
     "150名专业技术人员。\n", {20.5, 80, 150}),
    ("丙市与丁县签署对口合作协议\n某某日报 2021-03-04\n\n3日，记者从丙市发改委获悉，丙市与丁县近日签署了对口合作协议，两地合作迈上"
     "新台阶。\n\n从合作内容来看，协议提出，共建产业园区，引导50家企业到丁县投资兴业，企业实际到位投资30亿元，实施产业项目20个。"
     "丙市采购、帮助销售丁县农副产品5亿元。\n", {50, 30, 20, 5}),
    ("某省签署目标责任书\n某某日报 2022-04-02\n\n记者从省生态环境厅获悉，省政府近日与各市签署了目标责任书，责任书明确了各地改善目标"
     "和重点任务。\n\n根据责任书，甲市细颗粒物浓度下降8%，乙市下降6%，优良天数比例达到85%。\n", {8, 6, 85}),
    ("两市签订协议\n某某日报 2023-06-01\n\n记者日前获悉，两地协作成效明显。\n\n根据协议，丙市去年已向丁县提供资金12亿元，累计选派干部"
     "300名。\n", set()),
    ("两地协作成果丰硕\n某某日报 2023-06-01\n记者日前获悉，两地协作成效明显。\n根据协议，2019年甲省向乙省提供资金10亿元。\n", set()),
    # an official answering a proposal or a reporter states the period's tasks after a colon (…期间，…的目标任务：…)
    ("近日，省农业厅对政协委员提出的关于稳定橡胶产业的提案进行了答复。省农业厅有关负责人表示，“十三五”期间，我省天然橡胶结构调整的"
     "目标任务：全省建设400万亩核心胶园，发展橡胶林下经济75万亩。\n", {400, 75}),
]


@pytest.mark.parametrize("text,values", DOCUMENT_SAYS)
def test_news_of_what_a_document_provides_gives_its_commitments(text, values):
    assert {t.value for t in policyparse.parse_text(text).targets} == values


# A page whose first line reports a document (…发表的《…》白皮书说，到2030年…; 某某作政府工作报告时指出，…) takes no kind from that
# document's word, and a speaker's line is no title; a page that states its goals (生产总值目标为增长6%左右, 确定了下降3.5%的
# 目标) beside last year's results is no bulletin.
REPORTED = [
    ("国务院新闻办公室今日发表的《某某交通发展》白皮书说，到2030年，铁路营业里程达到20万公里，覆盖95%以上的城市。\n"
     "白皮书指出，交通运输将继续发挥先行作用。\n", {20, 95}),
    ("市政府新闻办昨日发布的《某市营商环境》白皮书显示，到2025年，全市市场主体突破200万户，企业开办时间压缩至1个工作日以内。\n",
     {200, 1}),
    ("某市两会开幕\n市长李某在作政府工作报告时指出，过去一年全市地区生产总值增长6.5%。\n今年的生产总值目标为增长6%左右，"
     "城镇新增就业5万人以上。\n", {6, 5}),
    ("某省经济总量再上新台阶，预计比上年增长6.1%。\n某省人大会议今日开幕。省长张某表示，2023年全省生产总值预计达6万亿元，"
     "按可比价格计算增长6%。\n张某作政府工作报告时说，该省综合实力大幅提升。\n针对2024年的发展目标，张某特别提到，“城乡居民人均可支配"
     "收入增长6%以上”。今年的生产总值目标为增长5.5%左右。\n", {6, 5.5}),
    ("某部与各省签署目标责任书\n某部3日与全国31个省签署了《大气污染防治目标责任书》，明确了各地空气质量改善目标。\n其中，甲省、乙省"
     "确定了下降20%的目标，丙省确定了下降15%的目标，丁省确定了下降10%的目标。同比改善明显，优良天数比例同比提高3个百分点，PM2.5浓度"
     "同比下降8%。\n", {20, 15, 10}),
    ("某省下达节能目标\n省发展改革委日前与各市签订了节能目标责任书。去年全省能耗强度同比下降3.1%，完成年度目标。\n其中，甲市确定了"
     "下降3.5%的目标，乙市确定了下降3.2%的目标，丙市确定了下降3%的目标。\n", {3.5, 3.2, 3}),
]


@pytest.mark.parametrize("first", ["据某自治区农业厅农情调查统计公报显示,2012年全区棉花种植面积达2470万亩,较2011年增加66万亩。其中地方"
                                   "棉花种植面积1646万亩,同比增加43万亩,增长2.7%。",
                                   "据某市统计局发布的统计公报显示,今年一季度全市生产总值增长6%,全市规模以上工业增加值增长7.2%,"
                                   "固定资产投资增长9.1%。"])
def test_a_first_line_citing_a_source_is_no_title_of_the_page(first):
    """据…统计公报显示，…: a news sentence citing a bulletin names no kind of the page it opens."""
    md = policyparse.parse_text(first + "\n为促进棉花产业发展，国家计划再投资14亿元建设优质棉基地。\n").metadata
    assert not any(e.startswith("title:") for e in md.doc_kind_evidence), md.doc_kind_evidence


@pytest.mark.parametrize("text,values", REPORTED)
def test_a_reported_document_or_stated_goal_is_no_bulletin(text, values):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind != "statistics"
    assert not (plan.metadata.title or "").endswith(("政府工作报告", "白皮书"))
    assert {t.value for t in plan.targets} == values


# The parts of a total reported (…已完成…。其中，…) are facts, but a clause among them that states its own goal is one.
PARTS_WITH_GOALS = [
    ("某市规划中期评估\n评估显示，全市细颗粒物浓度已连续两年下降，累计完成目标的80%。其中，2022年、2023年分别较2020年下降8%、12%，"
     "规划期末目标为下降15%。\n", {15}),
    ("某市改厕进展\n今年以来，全市已完成农村户厕改造1.2万户。其中，甲区完成3000户，占全年目标任务数的54%。\n", set()),
    ("某省下达节能目标\n省发展改革委日前与各市签订了节能目标责任书。去年全省能耗强度同比下降3.1%，完成年度目标。\n其中，甲市确定了"
     "下降3.5%的目标，乙市确定了下降3.2%的目标。\n", {3.5, 3.2}),
]


@pytest.mark.parametrize("text,values", PARTS_WITH_GOALS)
def test_a_part_of_a_reported_total_that_states_a_goal_keeps_it(text, values):
    assert {t.value for t in policyparse.parse_text(text).targets} == values


# A place's profile (位于…，东与…接壤；总面积…，总人口…，辖…；海拔、气温) describes and sets no goals; with a goal in it, it is read as usual.
PROFILES = [
    ("某市辖县。位于省境西北部，东与甲县为邻，南连乙县，西与丙县接壤。北与某国交界，国境线长86千米。南北距120千米，东西距95千米，"
     "总面积8350平方千米，约占全市的三分之一。\n全县总人口18万人（2015年）。辖4个镇、6个乡。县政府驻某镇，距省会210千米。\n"
     "地处高原北缘。平均海拔1650米，年均气温4℃左右。耕地96.5万亩，草原1200万亩。\n", "other", set()),
    ("甲镇地处某县南部，距县城18公里，总面积96平方公里。全镇辖12个行政村，总人口3.2万人。境内海拔在300米至800米之间，年平均气温"
     "16.5℃。现有耕地2.1万亩，茶园5000亩。\n", "other", set()),
    ("某县概况\n某县位于省境东南部，东与甲县接壤，西与乙县毗邻。总面积2150平方千米，总人口38万人，辖8个镇、4个乡。县城距省会"
     "126千米。平均海拔850米，年均气温15.2℃，无霜期240天。耕地45.6万亩，森林覆盖率为62%。\n", "other", set()),
    ("某村简介\n某村地处丘陵地带，北与某镇交界，下辖6个村民小组，户籍人口1260人，常住人口890人。全村耕地1800亩，其中水田1200亩。"
     "村委会距镇政府5公里。\n", "other", set()),
    ("某区概况\n某区位于市境中部，总面积36平方千米，常住人口95万人，辖14个街道。\n发展目标：到2025年，全区地区生产总值达到"
     "3000亿元，力争新增上市企业10家。\n", "plan", {3000, 10}),
]


# An audit's report tells what the audit found (查出违规金额…, 完成审计项目…个), whatever year it names; an audit office's plan sets goals.
AUDITS = [
    ("关于2023年度市级预算执行和其他财政收支的审计工作报告\n市审计局局长 某某\n主任、各位副主任、秘书长，各位委员：\n我受市政府委托，报告"
     "2023年度市级预算执行和其他财政收支的审计情况，请予审议。\n2023年7月至2024年6月，全市审计系统共组织完成审计项目96个，向社会公告"
     "审计结果88份，查出违规金额1.6亿元、管理不规范金额52.3亿元，促进完善制度19项。\n", "report", set()),
    ("某县2022年度县本级预算执行情况审计结果公告\n根据审计法规定，县审计局对2022年度县本级预算执行情况进行了审计。审计发现，部分专项资金"
     "3200万元未及时拨付，2个项目超概算1500万元。\n", "report", set()),
    ("某市审计工作三年行动计划（2024—2026年）\n一、主要目标\n到2026年，实现审计全覆盖，每年完成审计项目不少于80个，"
     "审计建议采纳率达到90%以上。\n", "plan", {80, 90}),
]


@pytest.mark.parametrize("text,kind,values", PROFILES + AUDITS)
def test_a_profile_or_an_audits_report_sets_no_goals(text, kind, values):
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind == kind
    assert {t.value for t in plan.targets} == values


@pytest.mark.parametrize("sentence, forward", [
    # a news sentence's 要 before a change (要下降17%, 要提高到85%) states a goal outright, as 要达到 does
    ("北京、河北单位GDP能耗要下降17%。", True),
    ("全省农村自来水普及率要提高到85%。", True),
    ("去年全省单位GDP能耗已下降5%。", False),  # (what fell is no goal)
])
def test_a_news_sentence_of_what_must_fall_or_rise_looks_forward(sentence, forward):
    from policyparse.doc_kind import looks_forward
    assert looks_forward(sentence, 0, len(sentence), "news", written=2011) is forward


def test_a_meetings_main_expected_indicators_are_goals():
    """为此该县确定了经济发展的主要预期指标是：生产总值增长9%；…: the year's goals, not a bulletin's growth rates."""
    text = ("某某新闻网讯 日前，某县经济工作会议召开。\n今年，某县将扎实推进五项工作。为此该县确定了经济发展的主要预期指标是："
            "生产总值增长9%；规模以上工业增加值增长13%；全社会固定资产投资增长21%；社会消费品零售总额增长14%；"
            "公共财政预算收入增长12.5%；城镇居民人均可支配收入增长10%；农民人均纯收入增长11%。")
    plan = policyparse.parse_text(text)
    assert plan.metadata.doc_kind != "statistics"
    assert [t.value for t in plan.targets] == [9.0, 13.0, 21.0, 14.0, 12.5, 10.0, 11.0]


_GAINS = "全地区城镇新增就业2341人、就业困难人员实现就业150人，城镇登记失业率控制在4%以内。"  # (a plan's cue: 控制在…以内)
_FACTS = "笔者了解到，该县试点项目完成复垦面积1631亩，新增耕地223亩。"  # (no cue of any kind)


@pytest.mark.parametrize("title,sample,kind", [
    # a planning institute or bureau (某某国土规划设计院, 规划研究院) names no plan; a plan's title does
    ("某某国土规划设计院最新消息：", _FACTS, "other"),
    ("某市城乡规划研究院简介", _FACTS, "other"),
    ("某县国土空间总体规划（2021-2035年）", _FACTS, "plan"),
    # how many already take part in a programme in quotes (全国已有1万多所中小学实施“学生饮用奶计划”): news of it
    ("全国已有1万多所中小学实施“学生饮用奶计划”", _GAINS, "news"),
    ("全国中小学实施“学生饮用奶计划”", _GAINS, "plan"),
    # things that kept getting better (民生保障持续加强, 营商环境不断优化) report work done; not 将持续加强, nor a plan's
    # title that says so before its type word
    ("发展改革委：某地区民生保障持续加强", _GAINS, "news"),
    ("某市营商环境不断优化", _GAINS, "news"),
    ("某市将持续加强民生保障", _GAINS, "plan"),
    ("关于持续加强民生保障的实施方案", _GAINS, "plan"),
])
def test_what_a_headline_names_decides_the_kind(title, sample, kind):
    from policyparse import doc_kind
    assert doc_kind.classify(title, sample)[0] == kind
