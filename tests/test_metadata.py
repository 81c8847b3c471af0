import pytest

import policyparse
from policyparse.metadata import closing_year, extract, find_title

CASES = [
    # text, expected fields
    ("江苏省中小学教育质量提升三年行动方案\n为提升质量，制定本方案。",
     dict(title="江苏省中小学教育质量提升三年行动方案", plan_type="行动方案", region="江苏省", period_years=3)),
    ("杭州市教育局关于印发《杭州市中小学课后服务提升三年行动计划（2023—2025年）》的通知\n杭教发〔2023〕12号\n各区县：",
     dict(title="杭州市中小学课后服务提升三年行动计划（2023—2025年）", plan_type="三年行动计划", region="杭州市",
          period_start=2023, period_end=2025, period_years=3, doc_number="杭教发〔2023〕12号", issuer="杭州市教育局")),
    ("XX市人民政府办公厅关于印发XX市“十四五”生态环境保护规划的通知\n正文\nXX市人民政府办公厅\n2022年3月1日",
     dict(title="XX市“十四五”生态环境保护规划", plan_type="规划", region=None, period_start=2021, period_end=2025,
          issuer="XX市人民政府办公厅")),
    ("成都市武侯区教育高质量发展实施方案(最新)\n正文", dict(title="成都市武侯区教育高质量发展实施方案", region="成都市武侯区",
                                              plan_type="实施方案")),
    ("2025年小學教育教學質量提升實施方案為全面落實立德樹人根本任務，特制定本實施方案。",
     dict(title="2025年小學教育教學質量提升實施方案", plan_type="实施方案")),
    ("全市教育三年行动计划\n正文", dict(region=None, period_years=3)),
    ("城区学校布局规划\n正文", dict(region=None, plan_type="规划")),
    ("北京市加快数字经济发展实施意见（2024-2026年）\n", dict(region="北京市", plan_type="实施意见", period_start=2024)),
    # a span closed by its bracket, with no 年
    ("江苏省水土保持规划(2015-2030)\n", dict(period_start=2015, period_end=2030)),
    ("某市养老服务体系建设规划（2021—2025）\n", dict(period_start=2021, period_end=2025)),
    ("XX市教育局文件\nX教发〔2024〕3号\n关于印发《XX市学前教育三年行动计划》的通知\n各县区：",
     dict(issuer="XX市教育局", doc_number="X教发〔2024〕3号", title="XX市学前教育三年行动计划", plan_type="三年行动计划")),
    # news reprints: the plan named inside a sentence, the issuer as its subject, the region from the issuer
    ("某市：到2025年建成健康城市\n本报讯，据某某市人民政府网站消息，南河市人民政府办公厅印发健康南河三年行动计划(2023—2025年)的通知，通知指出，到2025年，…",
     dict(title="健康南河三年行动计划(2023—2025年)", period_start=2023, period_end=2025, issuer="南河市人民政府办公厅",
          region="南河市")),
    ("国办：到2025年人均预期寿命提高1岁\n新华社电 国务院办公厅日前印发《“十四五”全民体育健身规划》(以下简称《规划》)称，2016年至2020年，…",
     dict(title="“十四五”全民体育健身规划", period_start=2021, period_end=2025, issuer="国务院办公厅", region="全国")),
    ("作为农业大省，某省将建设粮食核心区，到2015年，粮食产能达到600亿公斤。本网获悉，省政府办公厅日前下发了《某省粮食核心区建设规划的实施意见》。\n《意见》指出，到2020年，粮食产能达到650亿公斤。",
     dict(title="某省粮食核心区建设规划的实施意见", period_start=None, period_end=2020)),
    # a title of one year is a year's plan, whatever three-year programme its lead names as under way
    ("2025年省《政府工作报告》重点工作分工方案\n2025年是“十四五”规划的收官之年，是全面振兴新突破三年行动的决胜之年。现制定分工方案如下。",
     dict(period_start=2025, period_end=2025)),
    ("某市2024年教育工作要点\n为落实教育提质三年行动计划，制定本要点。", dict(period_start=2024, period_end=2024)),
    # 「」 name a plan as 《》 do; a salutation is never the title, whatever words it holds (计划单列市)
    ("新闻｜发改委印发「新型城镇化实施方案」 目标2025年\n正文", dict(title="新型城镇化实施方案")),
    ("各省、自治区及计划单列市人民政府：\n《“十四五”某某实施方案》已经国务院批复同意。现印发给你们。",
     dict(title="“十四五”某某实施方案", period_start=2021)),
    # a Traditional page: the document number read through the Simplified form
    ("新鄉市人民政府辦公室關于印發某某工作實施方案的通知\n新政辦〔2020〕23號\n各縣(市)、區人民政府：",
     dict(doc_number="新政辦〔2020〕23號", issuer="新鄉市人民政府辦公室", title="某某工作實施方案")),
    # a title printed over two or three lines; 第十五个五年规划 is the 15th five-year plan
    ("欢迎访问本站!\n中共某某市委关于制定某某市国民经济\n和社会发展第十五个五年规划的建议\n(2025年11月27日通过)\n正文。",
     dict(title="中共某某市委关于制定某某市国民经济和社会发展第十五个五年规划的建议", period_start=2026, period_end=2030)),
    ("某某县人民政府办公室\n关于印发某某县养老服务\n体系建设实施方案的通知\n各乡镇人民政府：",
     dict(title="某某县养老服务体系建设实施方案", issuer="某某县人民政府办公室")),
    # a plan-type word that names another document (…规划的决胜之年) is no title; a sentence is none either
    ("2025年是“十四五”规划的决胜之年，做好全年工作意义重大。\n全年主要预期目标是：地区生产总值增长6%。",
     dict(title=None, period_start=None)),
    ("为实现全年工作目标，我们将重点抓好八个方面的工作：\n1.攻坚园区。", dict(title=None)),
    ("二、2025年发展目标任务\n全年主要预期目标是：地区生产总值增长6%。", dict(title=None, period_start=None)),
    # a province that publishes its own plan names it (the headline's subject)
    ("打造15个产业群！浙江发布2023年政府工作报告\n日前，报告指出，…", dict(title="浙江2023年政府工作报告")),
    ("新闻：广东印发数字经济发展三年行动计划\n正文。", dict(title="广东数字经济发展三年行动计划")),
    ("据报道，杭州市人民政府办公厅印发健康杭州三年行动计划的通知。", dict(title="健康杭州三年行动计划")),
    # the State Council alone as the subject of 印发
    ("到2025年，养老机构护理型床位占比要达到55%。国务院日前印发的《“十四五”国家老龄事业发展和养老服务体系规划》围绕…",
     dict(title="“十四五”国家老龄事业发展和养老服务体系规划", issuer="国务院", region="全国", period_start=2021)),
    # a site's category tag before a title
    ("【保基本民生】某某市办公室关于2024年实施47项民生实事的通知\n正文。",
     dict(title="某某市办公室关于2024年实施47项民生实事的通知", period_start=2024, period_end=2024)),
    # a plan whose own name begins with 关于, named in the notice's sentence; no stray 《 is kept
    ("各镇街，区政府各部门：\n《关于在某区进一步保障和改善民生的实施方案》已经区政府同意，现印发给你们。\n某区人民政府",
     dict(title="关于在某区进一步保障和改善民生的实施方案")),
    ("《某县乡村建设实施方案为全面推进乡村振兴，特制定本方案。", dict(title="某县乡村建设实施方案")),
    # a title over two lines whose first holds digits (not a date or a document number)
    ("关于某市2025年1—6月国民经济和社会\n发展计划执行情况的报告\n(送审稿)\n市人大常委会：",
     dict(title="关于某市2025年1—6月国民经济和社会发展计划执行情况的报告")),
    # a sentence with a plan-type word after a comma is no title; nor a line of page furniture
    ("Skip to Content Facebook Feature Image\n以五年为周期，规划未来经济社会发展走向，是重要方式。", dict(title=None)),
    # a page's date line is no title
    (">2025年5月21日星期三\n在线读报封面\n", dict(title=None)),
    # a download page's count of versions is no part of the title
    ("2024年某县教育质量提升实施方案(二篇)\n正文", dict(title="2024年某县教育质量提升实施方案")),
    # a one-line plan's own title is not taken for a reference to it (本实施方案)
    ("2024年社区养老服务实施方案为做好养老服务工作，特制定本实施方案。", dict(title="2024年社区养老服务实施方案",
                                                          period_start=2024, period_end=2024)),
    # the lines under a speech's title that say where it was given and by whom are no title
    ("2018年11月22日在某市十七届人大常委会第十六次会议上\n市审计局局长 某某\n主任、各位副主任、各位委员：\n我受市人民政府委托，向市人大常委会报告。",
     dict(title=None)),
    ("2023年5月10日在全市城市更新行动计划推进会议上\n市住建局局长 某某\n同志们：\n今年要完成改造50个小区。", dict(title=None)),
    # a notice counted in a report of what was done names no document of the page (下发整改通知14份)
    ("近期，某县开展专项整治。\n排查门店14家，下发问题整改通知14份，关停1家。", dict(title=None)),
    ("某镇开展安全检查，共下发隐患整改通知书8份，整改隐患20处。", dict(title=None)),
    ("2024年西城区托育服务三年行动计划\n正文", dict(period_start=2024, period_end=2026, period_years=3)),
    ("某县乡村振兴实施方案\n到2027年，全县建成示范村30个。", dict(period_start=None, period_end=2027)),
    # a section's goal heading opening on a bare year (工作目标：2023年，…) names the year the plan runs to
    ("某市乡村振兴专项行动计划\n一、稳定粮食生产\n工作目标：2023年，粮食产量达到81.5亿斤以上。", dict(period_end=2023)),
    ("某县营商环境提升行动方案\n（一）主要目标:2025年,企业开办时间压缩至1个工作日。", dict(period_end=2025)),
    # right over its date line a headline may hold a comma (not a full stop: a lede's sentence)
    ("衡阳新闻网\n首页 > 新闻中心 > 正文:\n某市召开全市林业工作会议,今年实现营造林22.57万亩\n2024-03-19 20:51:32   来源:某某新闻网\n正文。",
     dict(title="某市召开全市林业工作会议,今年实现营造林22.57万亩")),
    # a picture's caption on a line of its own is no title
    ("(相关资料图)\n某某时报讯(记者 某某) 新改建口袋公园300处……2月28日，全省住房和城乡建设工作会议召开，发布2023年重点工作安排。",
     dict(title=None)),
    ("（资料图）\n某市2024年城市更新行动方案\n一、工作目标", dict(title="某市2024年城市更新行动方案")),
    # what a year is (2026年是…开局之年) is a sentence, whatever type word follows
    ("2026年是“十五五”规划开局之年。会议指出，要抓好各项工作。\n今年主要目标是：增长5%。", dict(title=None)),
    ("2025年，是“十四五”规划收官之年\n今年主要目标是：增长5%。", dict(title=None)),
    # nor is a list's item by place (威海市：…计划更新…)
    ("近日，部分城市发布了2024年公交车采购计划，具体如下：\n济南市：计划购置纯电动公交车400辆。\n"
     "威海市：2024年~2025年计划更新新能源公交车315辆。\n宁波市：计划更新新能源公交车300辆。", dict(title=None)),
    # nor is a line opening with a run-in enumerator (一是…) a title cut after its type word
    ("某县2024年十项重点水利工作敲定为 高质量发展赋能增效\n\n2024-03-09 12:57:17\n\n"
     " mmexport1709799309662.jpg\n\n   3月7日,某县水利工作会议召开。会议明确,2024年全县水利工作以防灾减灾为主线,全力推动水利建设\n\n"
     "   一是完成全县水网规划编制并报省市批准,以规划为引领开启水利高质量发展新蓝图。\n\n    二是全年谋划储备项目15个。\n",
     dict(title="某县2024年十项重点水利工作敲定为 高质量发展赋能增效")),
    # a headline may close on a cry, over its date line or alone; a stop inside it still makes it a sentence
    ("某县2025年十件民生实事出炉！\n2025-02-10 来源：某县融媒体中心\n经票决，十件民生实事确定。",
     dict(title="某县2025年十件民生实事出炉！")),
    ("某区今年将新建3所学校?\n记者从区教育局获悉，今年将新建学校3所。", dict(title="某区今年将新建3所学校?")),
    ("某市2026年城市更新项目清单公布！！\n今年计划实施项目20个。", dict(title="某市2026年城市更新项目清单公布！！")),
    ("今年，我们完成了目标！明年再接再厉。\n2025-02-10 来源：某县融媒体中心\n正文", dict(title=None)),
]


def test_period_from_phases_fills_what_the_title_left_open():
    md = policyparse.parse_text("某县乡村振兴实施方案\n一、实施步骤\n（一）申报阶段（2024年3月至5月）：组织申报。\n"
                                "（二）验收阶段（2025年11月至12月）：组织验收。").metadata
    assert (md.period_start, md.period_end) == (2024, 2025)


# a portal's column under the day of the post is no title; 计划单列市 and 计划生育 name no plan
CASES += [
    ("2017-01-24 发改委规划导读\n直辖市、计划单列市和省会城市生活垃圾无害化处理率达到100%。\n新增处理能力50万吨/日。\n"
     "国家发改委 住建部关于印发《“十三五”全国城镇生活垃圾无害化处理设施建设规划》的通知\n各省、自治区：",
     dict(title="“十三五”全国城镇生活垃圾无害化处理设施建设规划", period_start=2016, period_end=2020)),
    # 到2007年的89%: that year's value, not a year planned for
    ("某市流浪犬管理方案\n美国从1970年推行，家犬绝育手术从5%提升到2007年的89%。", dict(period_end=None)),
    ("某市流浪犬管理方案\n到2025年，家犬绝育率提升到89%。", dict(period_end=2025)),
    # a line that opens by naming what it acts on is no title (根据重庆的试点方案, 按照…行动方案)
    ("根据重庆的试点方案\n政府将对254家试点企业实行排放总量控制。", dict(title=None)),
    # nor one that says what a project is in a plan (作为我省滨江城市规划重点推进项目，…)
    ("今年以来，某市推动经济加快发展。\n作为我省滨江城市规划重点推进项目,劳动湖南扩是改善水系生态的净水工程。", dict(title=None)),
    ("根据国家有关要求\n某市碳排放权交易试点实施方案\n一、总体要求", dict(title="某市碳排放权交易试点实施方案")),
    ("按照城镇污水三年提质增效改造行动方案\n今年全市将改造雨污管网120公里。", dict(title=None)),
    # 到2008年底…共有5661人 tells how things stood then: no plan's end
    ("云南筹划用三年时间帮助独龙族群众摆脱贫困\n省里将用三年时间全面推进独龙江乡发展。到2008年底，全乡人口共有5661人。"
     "将实施31个自然村整村推进，建设安居房1015户。", dict(period_end=None)),
    ("具备条件的直辖市、计划单列市和省会城市实现原生垃圾“零填埋”。\n新增处理能力50万吨/日。\n"
     "某市生活垃圾处理设施建设规划（2021—2025年）\n一、总体要求", dict(title="某市生活垃圾处理设施建设规划（2021—2025年）")),
    ("2023/05/08 政策解读\n某市计划生育服务中心召开会议。\n某市人口发展规划（2023—2030年）\n一、总体要求",
     dict(title="某市人口发展规划（2023—2030年）", period_start=2023, period_end=2030)),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:12] for c in CASES])
def test_metadata(text, want):
    md = extract(text)
    for key, value in want.items():
        assert getattr(md, key) == value, key


def test_title_from_a_download_page_name():
    assert find_title("某某三年行动计划方案\n一、目标") == "某某三年行动计划方案"


@pytest.mark.parametrize("text,date", [
    # a notice's signature before the plan it sends
    ("某市人民政府办公室关于印发某市养老服务三年行动计划的通知\n各区人民政府：\n现将《行动计划》印发给你们，请认真贯彻执行。\n"
     "某市人民政府办公室\n2024年3月12日\n（此件公开发布）\n某市养老服务三年行动计划\n一、总体要求\n到2026年……", "2024-03-12"),
    # Chinese numerals, as the red-header print gives them
    ("某县教育局关于印发工作方案的通知\n各学校：\n请遵照执行。\n某县教育局\n二〇二三年十一月二十八日\n", "2023-11-28"),
    ("某省卫生健康委员会\n二○二五年一月五日\n", "2025-01-05"),
    # spaces inside the date, and the signature at the end of a long plan
    ("某市空气质量改善行动计划\n" + "一、目标\n到2025年，优良天数比例达到85%。\n" * 400 + "某市生态环境局\n2024 年 5 月 6 日\n", "2024-05-06"),
    # dates that are no signature: in a sentence, after a phase, under no issuer, impossible
    ("某市方案\n2024年3月12日，市政府召开常务会议审议通过。\n", None),
    ("一、实施步骤\n启动阶段\n2024年3月12日\n", None),
    ("某市人民政府办公室\n2024年13月40日\n", None),
    # any office signs (政治部, 中心); two issuers on one line; a date in brackets under them
    ("上饶市2019年度考录人民警察体能测评通知\n一、时间\n上饶市公安局政治部\n2019年7月3日\n", "2019-07-03"),
    ("某县统计公报\n正文。\n某县统计局 国家统计局某县调查队\n（2023年4月12日）\n", "2023-04-12"),
    # a letter's closing words, then the date alone (the seal is an image)
    ("关于加快涵洞建设的函\n某区人民政府：\n请尽快落实。\n此函。\n2023年7月12日\n", "2023-07-12"),
    ("关于某事的通知\n特此通知。\n2022年5月6日\n", "2022-05-06"),
])
def test_date_written_from_the_signature(text, date):
    assert extract(text).date_written == date


@pytest.mark.parametrize("text,issuer", [
    ("国务院关于推动内蒙古高质量发展奋力书写中国式现代化新篇章的意见\n国发〔2023〕16号\n一、总体要求", "国务院"),
    ("某市人民政府办公室关于进一步加强养老服务的实施意见\n各区人民政府：\n一、总体要求", "某市人民政府办公室"),
    ("中共中央 国务院关于全面推进乡村振兴加快农业农村现代化的意见\n一、总体要求", "中共中央 国务院"),
    ("关于推进全民健身的实施意见\n一、总体要求", None),  # no one named before 关于
])
def test_issuer_named_before_guanyu_in_the_title(text, issuer):
    assert extract(text).issuer == issuer


@pytest.mark.parametrize("text,issuer", [
    ("“党政混合信息公开” 中共某区委办公室 某区人民政府办公室印发《某区三年行动计划(2018—2020年)》的通知\n一、总体要求",
     "中共某区委办公室某区人民政府办公室"),
    ("【政策文件】某市教育局印发《某市教育三年行动计划》\n一、总体要求", "某市教育局"),
])
def test_issuer_after_a_closing_quote_or_bracket(text, issuer):
    assert policyparse.parse_text(text).metadata.issuer == issuer  # cleaned: the space between issuers goes


@pytest.mark.parametrize("text,title", [
    # a red head and a 文号 first, then the title, then the salutation
    ("某区卫生局文件\n某卫发〔2011〕76号\n关于同意张某同志辞职的批复\n区中医院：\n你院《关于张某同志辞职的请示》收悉。经研究，同意辞职。",
     "关于同意张某同志辞职的批复"),
    # a letter whose body names a plan: the letter's title, not the plan
    ("关于加快铁路涵洞下穿建设的函\n某区政府：\n根据我市2023年房地产用地供应计划，请你区加快建设。\n此函。",
     "关于加快铁路涵洞下穿建设的函"),
    # a title over two lines
    ("某市人民政府办公室文件\n某政办发〔2020〕3号\n某市人民政府办公室关于做好2020年\n春季农业生产工作的通知\n各县区人民政府：\n现将有关事项通知如下。",
     "某市人民政府办公室关于做好2020年春季农业生产工作的通知"),
    # a numbered list item that names a plan type is no title
    ("第二部分监理大纲（如有时）\n监理大纲应包括下列内容：\n一、监理工程概况；\n七、合同、信息管理方案；", "第二部分监理大纲（如有时）"),
    # a title in Traditional characters over three lines (關於…的通告)
    ("廣東省人民政府關於禁止在某某抽水蓄能電站工程\n占地及淹沒區新增建設項目\n和遷入人口的通告\n粵府函〔2021〕390號\n為了做好工程建設征地補償工作，現通告如下。",
     "廣東省人民政府關於禁止在某某抽水蓄能電站工程占地及淹沒區新增建設項目和遷入人口的通告"),
    # a portal's header fields first (索引号:, 发文文号: with no value): neither title nor salutation
    ("当前位置: 首页 / 公示公告\n索引号:  ABC-2022-0001 主题分类:  政务公开\n发文机构:  某区人民政府\n发文文号: \n"
     "发文日期:  2022年04月02日\n关于对《某区养老服务发展规划(2021-2030年)》\n征集意见建议的公告\n来源:区民政局\n"
     "为广泛听取意见，现将规划草案公开征求意见。", "关于对《某区养老服务发展规划(2021-2030年)》征集意见建议的公告"),
    # a reply to a deputy's proposal or a member's motion, with no 关于, over the plan its body cites
    ("对十四届全国人大一次会议第1026号建议的答复\n某某等5名代表：\n你们提出的建议收悉。现答复如下：\n"
     "2021年批复实施的《全国高标准农田建设规划（2021—2030年）》明确了道路宽度。", "对十四届全国人大一次会议第1026号建议的答复"),
    ("登录 | 注册\n某市农业农村局对某市第三届人民代表大会第一次会议第133号建议的答复\n某某代表：\n你提出的建议已收悉，现答复如下：",
     "某市农业农村局对某市第三届人民代表大会第一次会议第133号建议的答复"),
    ("某县文旅局对县政协十一届四次会议第58号提案的答复函\n某某委员：\n您提出的提案收悉。根据《某县旅游发展规划》，现答复如下：",
     "某县文旅局对县政协十一届四次会议第58号提案的答复函"),
    # a document cited as the ground of what a news page reports (…《X办法》中的有关规定，…; 《X办法》中明确规定) names it not
    ("根据某省最近下发的《某省省管干部任前公示暂行办法》中的有关规定，某省委组织部近日对拟任的18名省管干部公布任前公示。\n"
     "据了解，《某省省管干部任前公示暂行办法》中明确规定，拟提拔的省管干部任前公示需在新闻媒体上公布。", None),
    # a portal's header fields (spaced 索 引 号, 文件编号, 公开方式) are no title, the line under them is
    ("索 引 号: 11330524786406634B/2024-00001 成文日期: 2024-01-02\n公开方式: 主动公开 公开时限: 长期公开\n文件编号: 发布机构: 区综合执法局\n"
     "某区综合行政执法局2023年工作总结和2024年工作思路\n发布日期:2024-01-02 11:15:22\n\n今年以来，我局坚持问题导向，不断提升治理水平。",
     "某区综合行政执法局2023年工作总结和2024年工作思路"),
    # a title line that cites a plan first names itself by its last type word
    ("《教育规划纲要》贯彻落实情况总体评估报告(摘要)\n受委托，评估组对规划纲要五年实施情况进行了总体评估。",
     "《教育规划纲要》贯彻落实情况总体评估报告(摘要)"),
    # a portal's crumbs are no first line of a broken title
    ("网站首页>新闻中心 >> 行业新闻\n某省老龄事业发展“十二五”规划中期评估工作结束\n[日期:2013-12-27]作者:某省老龄办\n根据部署，"
     "某省老龄办于7月至10月对规划执行情况进行中期评估。", "某省老龄事业发展“十二五”规划中期评估工作结束"),
])
def test_titles_of_official_documents(text, title):
    assert policyparse.parse_text(text).metadata.title == title


@pytest.mark.parametrize("text,title", [
    ("大纲3\n某省2022年度考试录用公务员\n财政金融类职位财经管理\n专业科目考试大纲\n为便于报考者充分了解笔试，特制定本大纲。\n一、考试方式",
     "某省2022年度考试录用公务员财政金融类职位财经管理专业科目考试大纲"),
    ("附件2\n某省中小学教师招聘岗位专业要求参照目录\n（2023年修订）\n说明：\n一、本目录中的专业…", "某省中小学教师招聘岗位专业要求参照目录（2023年修订）"),
    ("附件1\n2022年通过师范类专业认证的专业名单\n序号\t学校名称\t专业名称\n1\t某师范大学\t化学", "2022年通过师范类专业认证的专业名单"),
    ("附件3：\n某某测评标准\n及实施规范\n体能测评按照有关标准组织实施，达标者视为合格。", "某某测评标准及实施规范"),
    ("某省2022年国民经济和社会发展统计公报[1]\n初步核算，全年地区生产总值1200亿元。", "某省2022年国民经济和社会发展统计公报"),
])
def test_a_label_line_first_then_the_title_over_lines(text, title):
    assert policyparse.parse_text(text).metadata.title == title


@pytest.mark.parametrize("text,number", [
    # the document's own 文号 stands on a line of its own (or after a short label)
    ("某市教育局文件\n某教发〔2024〕3号\n关于印发方案的通知\n", "某教发〔2024〕3号"),
    ("发文字号：国办发〔2019〕4号\n正文", "国办发〔2019〕4号"),
    # one quoted in a sentence is another document's
    ("体能测评按照《公安机关录用人民警察体能测评项目和标准（暂行）》（人社部发〔2011〕48号附件）组织实施。\n", None),
    ("某局关于同意某项目可行性研究报告的批复（某发改复[2018]172号）\n临翔区某地\n", None),
    ("某局文件\n路卫发〔2011〕76号\n关于同意某同志辞职的批复\n根据《某办法》（浙人才〔1993〕73号）文件精神，同意。\n",
     "路卫发〔2011〕76号"),
])
def test_the_documents_own_number_not_a_cited_one(text, number):
    assert extract(text).doc_number == number


def test_the_signed_date_over_a_portals_posting_date():
    from policyparse.metadata import apply_declared
    md = extract("某省统计公报\n正文。\n某省统计局\n2023年3月28日\n")
    apply_declared(md, {"date_written": "2023-03-31", "date_published": "2023-05-16"})
    assert (md.date_written, md.date_published) == ("2023-03-28", "2023-05-16")
    md = extract("某省统计公报\n正文。\n")
    apply_declared(md, {"date_written": "2023-03-31"})
    assert md.date_written == "2023-03-31"


@pytest.mark.parametrize("text,title", [
    ("电子发票（航空运输电子客票行程单）仅供预览\n", "电子发票（航空运输电子客票行程单）"),
    ("重庆增值税电子普通发票发票代码：050001700111\n", "重庆增值税电子普通发票"),
])
def test_watermarks_and_glued_fields_are_no_part_of_a_title(text, title):
    assert find_title(text) == title


@pytest.mark.parametrize("text,date", [
    ("重庆增值税电子普通发票\n发票代码：050001700111\n开票日期：2020年08月05日\n", "2020-08-05"),
    ("电子发票（航空运输电子客票行程单）\n某航空股份有限公司填开日期：2021-07-28\n", "2021-07-28"),
    ("某表\n开票日期：2020年13月05日\n", None),
])
def test_a_forms_own_date_field(text, date):
    from policyparse.metadata import form_date
    assert form_date(text) == date


# A page's date line (read before cleaning drops it): shapes of news and portal pages.
DATELINES = [
    ("某省今年将建成200家托育园\n2022-04-26 09:47:08    来源:人民日报\n记者获悉：…", "2022-04-26"),
    ("某市民生实事\n来源:某某日报  发表时间:2025-03-12 07:27\n正文。", "2025-03-12"),
    ("某市今年将新建34个微型消防站\n来源:某某日报 2025-08-12 11:21 http://example.invalid/\n正文。", "2025-08-12"),
    ("某县推进绿化\n發佈時間：2023年3月9日\n正文。", "2023-03-09"),
    ("某区工作要点\n日期：2021/05/06  浏览次数：88\n正文。", "2021-05-06"),
    ("某省今年力争建站率达到60%\n    2022年02月16日 10:29:55\n本报记者获悉，今年…", "2022-02-16"),  # 日 before the time
    ("某县建设海防堤\n2014年5月6日 来源：某某日报\n某县今年将建设海防堤5.6公里。", "2014-05-06"),  # the date, then its source
    ("某县建设海防堤\n2014-05-06 | 作者：某某\n正文。", "2014-05-06"),
    ("今年某市将加快住房公积金制度改革\n\n25.02.2016  12:12\n\n昨日，记者获悉，今年某市将加快改革进程。", "2016-02-25"),  # day first
    ("某县林业工作会议\n17.3.2016 08:41\n正文。", "2016-03-17"),
    ("关于印发某方案的通知\n各乡镇：\n现将方案印发给你们。\n某县人民政府\n2021年5月6日", None),  # a signature, no date line
    ("某县新闻\n来源：县融媒体中心\n2025年全县新建10所学校。", None),  # a year in the body is no date
    # a time stamp alone on the top line is when a crawler stored the page: the labelled date under the headline is its own
    ("2024-11-23 05:34:29\n\n某区未来5年将建设千余家协会\n文章来源:某某网  发布时间:2017-08-31 11:59  点击量:928\n正文。", "2017-08-31"),
    ("2024-11-23 05:34:29\n某区将建设千余家协会\n正文。", "2024-11-23"),  # with no other date, the stamp is all there is
    # a page that opens on a date in words alone (a newspaper's page, 第08版) was published then; at the end it is a signature
    ("2024年03月01日\n第08版:\n今年我市计划新改扩建中小学28所\n本报讯 今年，计划新改扩建中小学28所。", "2024-03-01"),
    # a scraper's label in Latin letters before the date (a newspaper site's page stored with its date field)
    (" date 2026-03-06 聽新聞\n某地GDP目标增长5%\n正文。", "2026-03-06"),
    ("某区更新了规划\n正文 update 2026-03-06 某某。", None),  # (not a word that ends in date)
    ("2024-11-23 05:34:29\n某区将建设千余家协会\n date 2017-08-31 11:59\n正文。", "2017-08-31"),  # labelled, over a crawler's stamp
    # a date in lenticular brackets opening the headline's line (an aggregator's 【2023.04.27】标题); not one inside a sentence
    ("目录\n\n【2023.04.27】力争一批医院建成投用\n正文。今年全市新增床位5000张以上。", "2023-04-27"),
    ("某市召开会议\n会议指出，【2023.04.27】的通报已经下发。", None),
    # a date, then the outlet that printed it (and its reporter): a newspaper's or a county media centre's byline
    ("某市成为最大示范基地\n2019年04月12日 某省经济日报 某某 字体:\n4月11日，记者获悉。", "2019-04-12"),
    ("某县召开会议\n2023-05-06  县融媒体中心\n5月5日，会议召开。", "2023-05-06"),
    ("某县召开会议\n2021年8月3日 某某新闻网\n正文。", "2021-08-03"),
    ("2019年04月12日 某某 某某\n正文。", None),  # (names, no outlet: no byline)
    # a site's header clock (the day it was crawled, its weekday and links) yields to the labelled date under the headline
    ("2025-04-21 20:00 星期一 设为首页| 加入收藏\n加快发展远洋渔业 [发布时间]:2011-08-11\n返回 打印\n正文。", "2011-08-11"),
    ("2025-04-21 20:00 星期一 设为首页| 加入收藏\n加快发展远洋渔业\n正文。", "2025-04-21"),  # (no other date: the clock's)
    # a date stacked over three lines under the headline: year, month/day, time
    ("新闻\n去年我省国企资产总额首破9万亿元\n2019\n01/24\n10:15\n\n本报讯 昨日，会议召开。", "2019-01-24"),
    ("某县工作要点\n2019\n一、主要目标\n01/24 完成5项。", None),  # (a year alone and a fraction later: no date)
]


@pytest.mark.parametrize("text,date", DATELINES)
def test_date_line_gives_the_date_published(text, date):
    assert policyparse.parse_text(text).metadata.date_published == date


@pytest.mark.parametrize("text,period,some", [
    ("某省今年将建成托育园\n2022-04-26 09:47 来源:人民日报\n今年全省将新建托育园不少于200家。", 2022, True),
    ("某市科普惠民工程\n发布时间：2025-03-12\n本年度将举办科普活动171场，研学活动20期。", 2025, True),
    ("某区绿化\n来源：某报 2023-03-09 08:00\n年内将新增城市绿地200公顷。", 2023, True),
    # no word of the year it is written in: the date line says nothing of the plan's period
    ("某区绿化方案\n来源：某报 2023-03-09 08:00\n将新增城市绿地200公顷。", None, False),
    # an event to come on a dated page: its counts are for the year the page is dated
    ("某艺术节将开幕\n发布时间：2019-04-18 10:00\n第十二届中国艺术节将于5月20日在上海开幕，51台优秀剧目将在19个剧场演出102场。", 2019, False),
    ("某市啤酒节开幕在即\n发布时间：2021-07-01 09:00\n本届啤酒节将设立3个主会场，预计接待游客100万人次以上。", 2021, False),
    # with no word of this year or an event to come, a dated page's counts have no year
    ("某市举办讲座\n发布时间：2019-04-18 10:00\n某协会举办讲座，共有200人参加。讲座持续3小时。", None, False),
    # a deadline of a month with no year (6月份前) on a dated page: the works are that year's
    ("某县实施山洪灾害非工程措施\n发布时间：2013-04-19\n计划在23个乡镇建设35个自动雨量站。目前该项目正在实施中，6月份前全部完工。",
     2013, True),
    ("某县实施山洪灾害非工程措施\n发布时间：2013-04-19\n计划在23个乡镇建设35个自动雨量站。目前该项目正在实施中。", None, True),
])
def test_a_dated_page_that_speaks_of_this_year_or_an_event_to_come_is_that_years(text, period, some):
    p = policyparse.parse_text(text)
    assert p.metadata.period_end == period
    assert all(t.year == period for t in p.targets)
    if some:
        assert p.targets


def test_a_link_to_another_page_is_no_title():
    """A page's list of other articles (·公安部发出通知要求…) holds titles of other pages, never its own."""
    text = ("某省禁毒委主任在会上介绍，2012年，该省共强制隔离戒毒3600多人。\n今年，各级要进一步落实责任制。\n"
            "·山西:吸毒人员严禁驾车\n·公安部发出通知要求加强吸毒人员驾驶机动车管理\n")
    assert policyparse.parse_text(text).metadata.title is None


def test_an_item_of_a_list_of_links_is_no_title():
    """A page with no headline, its body then a portal's list of other articles, each ending with a separator (…公告 -):
    none of them is its title, nor gives its period (我县召开“十五五”规划编制会)."""
    text = ("会上，某中学负责人作了表态发言。\n会议要求，力争2022年全县儿童青少年视力筛查覆盖率达90%以上。\n"
            "县委常委会议召开 -\n1\n招聘简章 -\n2\n县政府常务会议召开 -\n3\n我县召开“十五五”规划编制会暨基层治理大会")
    md = policyparse.parse_text(text).metadata
    assert md.title is None and md.period_end != 2030


@pytest.mark.parametrize("text,period", [
    # news of goals dated in a year before their deadline runs from that year; a plan titled as one keeps its start
    # unknown (its own period may have begun before), and a page dated after the deadline starts nothing
    ("某市推进充电设施建设\n2023-05-06 来源：某日报\n记者获悉，到2025年，全市将新建充电桩2万个。\n", (2023, 2025)),
    ("某市充电设施建设实施方案\n2023-05-06\n到2025年，全市新建充电桩2万个。\n", (None, 2025)),
    ("某市推进充电设施建设\n2026-05-06 来源：某日报\n记者获悉，到2025年，全市新建充电桩2万个的目标已经完成。\n", (None, 2025)),
])
def test_news_of_goals_runs_from_the_year_it_is_dated(text, period):
    md = policyparse.parse_text(text).metadata
    assert (md.period_start, md.period_end) == period


@pytest.mark.parametrize("text,period", [
    # a page of a five-year plan whose title is lost: its numbered heading names the plan
    ("9 各类事故死亡人数\n2897 ≤2607 下降10%以上\n三、十二五安全生产工作措施\n（一）严格准入条件。", (2011, 2015)),
    ("二、“十四五”时期主要任务\n（一）新建学校5所。", (2021, 2025)),
    # the caption of its indicator table on a line of its own
    ("教育贡献能力不断提升，受教育年限达12.3年以上。\n“十四五”教育事业发展主要指标表\n指标\n2020年\n2025年", (2021, 2025)),
    ("专栏1 “十三五”生态环境保护主要指标\n指标 | 2015年 | 2020年", (2016, 2020)),
    # a review's table is no caption of the plan's period
    ("发展成效显著。\n“十三五”主要指标完成情况\n指标 | 基期 | 完成", (None, None)),
    # news of a plan whose headline drops the five-year plan its lede names in full
    ("国务院印发国家人口发展规划 “十二五”时期总人口控制在13.9亿以内\n根据中国政府网消息，国务院日前印发《国家人口发展“十二五”规划》，"
     "明确了发展目标。", (2011, 2015)),
    ("某省印发旅游业发展规划\n近日，省政府印发《某省旅游业发展“十四五”规划》，提出到2025年接待游客5亿人次。", (2021, 2025)),
    # …a headline that words the name its own way (某省…的治理规划 for 某省…治理“十四五”规划: 省, 的 aside)
    ("某省发布中小河流的治理规划\n近日，省发展改革委、省水利厅印发《某省中小河流治理“十四五”规划》，明确了建设任务。", (2021, 2025)),
    # news that a five-year plan's goals were set: its years, before a later vision's 到2020年
    ("新华社北京1月13日电 国务院会议确定了我国“十二五”时期安全生产奋斗目标，其中包括相对指标、绝对指标。\n"
     "主要是亿元GDP事故死亡率下降36%以上。力争为到2020年实现事故死亡率达到中等发达国家水平打下基础。", (2011, 2015)),
    # a five-year plan cited by a text of another name is not its period
    ("某市印发农业农村工作要点\n近日，市政府印发《某市农业农村现代化“十四五”规划》，今年新建高标准农田5万亩。", (None, None)),
    # a five-year plan named in a sentence is no heading of the text
    ("近日，我市召开会议。十二五期间全市新建学校30所。\n一、今年的工作\n新建学校5所。", (None, None)),
])
def test_a_numbered_heading_opening_with_a_five_year_plan_gives_the_period(text, period):
    md = policyparse.parse_text(text).metadata
    assert (md.period_start, md.period_end) == period


@pytest.mark.parametrize("text,end", [
    # a 2035 vision with no number after the goals' 到2025年: the goals' year ends the plan
    ("某市技能提升工作方案\n（二）目标任务\n到2025年，完成60万人次职业技能培训。\n到2035年，全民能力素质明显提升。\n二、主要任务", 2025),
    # both with numbers: the later one
    ("某市发展规划\n到2025年，森林覆盖率达到26%。到2035年，森林覆盖率达到30%。", 2035),
])
def test_a_vision_without_numbers_sets_no_period_end(text, end):
    assert policyparse.parse_text(text).metadata.period_end == end


@pytest.mark.parametrize("text,period", [
    # a year's plan (全年…) that names one year only is for that year; a base year or a past span counts for none
    ("一是粮食安全行动。\n全年扩种大豆3万亩，确保粮食播种面积在27万亩以上。\n二是产业提升行动。\n2022年新创产业园区3个，力争覆盖率超80%。",
     (2022, 2022)),
    ("一是医保行动。\n全年各级财政人均补助标准在2016年基础上新增30元，确保参保率达到95%以上。", (None, None)),
    ("一是稳增长行动。\n2021年以来，全县经济平稳。全年主要预期目标是：地区生产总值增长6%，确保完成任务。", (None, None)),
    # a dated page whose goals take a number of years and no start: from the date's year on
    ("某县实施乡村振兴工程\n2020-02-25 16:43 来源：某县委组织部\n计划用三年时间，培育骨干企业10个、示范园区10个。", (2020, 2022)),
    ("某县人居环境整治\n发布时间：2021-03-01\n力争5年内实现生活垃圾处理率达95%以上，确保完成任务。", (2021, 2025)),
    # (计划 with the number of years and the work: 计划三年推进…, 计划3年投资…, 计划五年新建…)
    ("某省计划三年推进十大重点工程\n2017-06-12 09:48 来源：某某日报\n近日，省政府办公厅印发《某省补短板重点工程实施方案》。"
     "脱贫攻坚方面，我省计划3年投资573亿元，完成33.93万户搬迁任务。", (2017, 2019)),
    ("某市城乡供水一体化\n发布时间：2019-05-06\n据介绍，该市计划五年新建水厂12座，农村自来水普及率达到98%。", (2019, 2023)),
    ("某县启动农村公路提升工程\n2021-08-02 来源：某县融媒体中心\n全县计划2年完成农村公路改造300公里。", (2021, 2022)),
    # (a year after 计划 is that year's plan, not a number of years)
    ("某县重点项目推进\n发布时间：2022-12-01\n该项目计划2023年完成投资5亿元。", (None, None)),
    ("某区入选青年创业基地\n发布时间：2015-10-20\n基地负责人表示，将在5年内创办2家创客空间、5家创业孵化器。", (2015, 2019)),
    # (N年内 then where or what is invested: 拟5年内在某县投资, 3年内投入)
    ("某县与某集团签约\n发布时间：2022-03-05\n某公司拟5年内在某县投资建设光伏组件项目，总投资50亿元。", (2022, 2026)),
    ("某市启动食堂改造\n发布时间：2013-09-02\n某市计划3年内投入约4.6亿元资金用于食堂基础设施改造，涉及项目702个。", (2013, 2015)),
    ("某省启动竹产业五年行动\n2024-02-26 13:12:00 来源：某某网\n某省启动竹产业高质量发展“五年行动”，计划五年内将竹产业产值"
     "从540亿元提升到1000亿元以上。", (2024, 2028)),
    ("某区实施公办幼儿园提质行动\n2024年04月28日18:26  来源：某某新闻客户端\n今年起，某区将2年新改扩建公办幼儿园20所，增加学位5400个。", (2024, 2025)),
    # a report on one year's plan as carried out and the next's draft plans the next year
    ("关于某省2019年国民经济和社会发展计划执行情况与2020年国民经济和社会发展计划草案的报告\n2019年，全省生产总值预计增长7.5%以上。\n"
     "2020年主要预期目标：地区生产总值增长7.5%；固定资产投资增长10%左右。", (2020, 2020)),
    ("关于某市2013年计划执行情况和2014年计划草案的报告\n2014年主要预期目标：地区生产总值增长10%。", (2014, 2014)),
    # a year's list of projects named in the opening (确定2016年…为民兴办10件实事) is that year's plan
    ("某某网讯 1月20日，某县人民代表大会召开会议。会上确定2016年县委县政府为民兴办10件实事。这十件实事是：1.新修高标准基本农田10万亩。", (2016, 2016)),
    ("某市民生实事公开承诺事项\n我代表某市，就2025年需要办好的13件民生实事公开做出承诺。\n1.计划建设雨排管线3.8公里。", (2025, 2025)),
    ("某县民生实事承诺书\n现就2024年要办理的10项民生实事郑重承诺如下：\n1.新建村级养老服务站20个。", (2024, 2024)),
    ("本报讯 记者从昨日召开的市政府全体会议上获悉，我市2014年民生十大实事已经确定。\n新开通公交线路10条以上。", (2014, 2014)),
    ("本报讯 某县2021年民生八项工程近日公布。\n新建村级养老服务站20个。", (2021, 2021)),
    # the year's funds or tasks handed down (下达我市2023年…补助资金) name the year the page's 今年 plans for
    ("某市保障性安居工程资金下达\n记者获悉，近日，省财政厅下达我市2023年城镇保障性安居工程中央级补助资金7021万元。\n"
     "据悉，今年，我市保障性租赁住房目标任务530套。", (2023, 2023)),
    # the years ahead (未来5年, 今后五年) start with the next
    ("某区将建设千余家协会\n发布时间：2017-08-31\n未来5年，某区将建设1000余家农村专业技术协会。", (2018, 2022)),
    # (unless the page names the five-year plan those years are: 未来五年 in news of the 十四五 outline, 2021)
    ("某省将地区生产总值年均增速设为6%左右\n发布时间：2021-05-13\n按照《某省国民经济和社会发展第十四个五年规划纲要》，"
     "为未来五年经济社会发展设定目标，力争公办幼儿园比例达到50%以上。", (2021, 2025)),
    ("某区将建设千余家协会\n发布时间：2017-08-31\n今后五年，某区将扶持100个协会。", (2018, 2022)),
    # (said in the congress season, 两会 of January to March, they count the year they are said in)
    ("某镇抢抓机遇推动高质量发展\n日期：2022-01-10 11:18:36\n1月6日，某镇举行人民代表大会。今后五年，地区生产总值年均增长7%左右。",
     (2022, 2026)),
    ("某县党代会召开\n发布时间：2021-03-02\n未来5年，全县力争新增市场主体1万户。", (2021, 2025)),
    ("某县政府工作报告摘要\n发布时间：2023-01-12\n各位代表：今后五年，全县地区生产总值年均增长6%以上。", (2023, 2027)),  # (a report's too)
    ("某县党代会召开\n发布时间：2021-04-02\n未来5年，全县力争新增市场主体1万户。", (2022, 2026)),
    # a five-year plan's years that the lead's clause looks forward in (…期间…将实施), with no comma after 期间
    ("本报讯 3月25日，某省举行猕猴桃产业发展座谈会，确定“十三五”期间某省猕猴桃产业将实施“东扩南移”战略，在五年内新增56万亩生产面积。"
     "据了解，2015年某省猕猴桃面积近100万亩。", (2016, 2020)),
    ("本报讯 “十二五”期间累计新增猕猴桃面积30万亩，下一步将新增20万亩。", (None, None)),
    ("本报讯 据介绍，“十三五”期间，我国要实现淘汰含氢氯氟烃35%的目标。", (2016, 2020)),
    ("本报讯 据介绍，“十三五”期间，我国主要依靠行业自律淘汰含氢氯氟烃。", (None, None)),
    # a year's plan whose deadlines come first (至年底, 2016年底): a five-year clause after them is one of its goals
    ("一、治污水\n至年底，全市完成河道清理1000条。\n2016年底，新增污水管网285公里。\n“十三五”期间，力争水库标准化管理合格率达到100%。",
     (None, None)),
    ("一、治污水\n“十三五”期间，力争水库标准化管理合格率达到100%。\n新增污水管网285公里。", (2016, 2020)),
    # a date alone on its line under the headline dates the page: its 今年 is that year, not the one year it names
    ("某省全面启动中小河流水文测报站点建设\n\n2011-12-17\n\n从今年开始，中央和省级将投入资金4.03亿元，用3年时间建设1901个水文测报站点。"
     "其中74处水文站2012年汛前完成建设。", (2011, 2013)),
    # a range in the lead, then goals to a later year: the range is a first stage, the plan runs on
    ("某市再生水利用规划\n规划期限为2018—2020年，远期展望至2030年。到2030年，再生水利用率达到50%。", (2018, 2030)),
    ("某市湿地保护方案\n2017年至2019年，新建湿地公园4个。到2020年，湿地保护率达到55%。", (2017, 2020)),
    # a five-year plan whose goals a headline says were met (“十四五”5G建设目标提前完成) is no period of the page's goals
    ("我国“十四五”5G建设目标提前完成\n截至2025年11月，累计建成5G基站超过470万个。到2027年，每万人5G基站数达到38个。", (None, 2027)),
    ("某省“十四五”5G建设规划\n到2025年，每万人5G基站数达到26个。", (2021, 2025)),
    # a vision beyond the plan (展望到2050年) never ends it
    ("某省发布国土空间规划\n近日，省政府印发《某省国土空间规划(2021—2035年)》。到2035年，确保耕地面积不少于国家下达的任务。"
     "展望到2050年，支撑全面建成现代化强省。", (2021, 2035)),
    ("某市发布国土空间总体规划\n规划期限为2021—2035年。远景展望至2050年，建成宜居城市。", (2021, 2035)),
    # a span given with its length (共10年) is the period, no span gone (共 of a count done)
    ("近期，某旗编制完成了《某发展规划报告》。\n据了解，规划主要建设内容为：节水灌溉总面积50.2万亩。规划时段为2011~2020年共10年。", (2011, 2020)),
    # no later goal: the range is the period
    ("某县农田建设方案\n实施期限为2023年至2025年。到2025年，建成高标准农田10万亩。", (2023, 2025)),
    # a start year and a number of years
    ("2021某市燃气管网改造方案\n自2021年起，利用3年时间，对中心城区的老旧燃气管线实施全面改造。", (2021, 2023)),
    ("某县方案\n从2023年开始，用五年时间，建成示范村30个。", (2023, 2027)),
    # a span that starts in another year than the title's is another plan's
    ("2024年某县工作要点\n自2021年起，利用3年时间完成改造。", (2024, 2024)),
    # a long-range plan's title range, 35 years (its goals to 2020 are in it, not before it)
    ("全国森林经营规划(2016—2050年)\n力争到2020年，全国森林蓄积量达到165亿立方米以上。", (2016, 2050)),
    ("某市纪念活动方案(1949—2019年)\n全市举办纪念活动20场。", (2019, 2019)),
    # a headline's amount that reads like a year (生产总值2037亿元) is no year; a year without 年 is
    ("1-6月预计实现农垦生产总值2037亿元 增长11.8%\n预计1—6月实现农垦生产总值2037亿元。", (None, None)),
    ("国家、省、市三方投资12亿元共建渔港 建成后可停泊2000艘渔船\n渔港建成后可停泊2000艘普通渔船。", (None, None)),
    # a five-year plan's planned investment in the lead (“十二五”期间，…共规划投资80亿元)
    ("“十二五”期间，某自治区教育项目共规划投资80亿元，资金来源均为国家投资。其中13亿元实施学前双语幼儿园建设工程。", (2011, 2015)),
    # a five-year plan the lead says the place must fulfil (十三五期间山东要实现…) before a span of results (2013-2016年，…获得)
    ("山东省住建厅消息，十三五期间山东要实现新建建筑全面执行节能标准，建成节能建筑4亿平方米以上。\n另据了解，2013-2016年，"
     "山东获得绿色建筑星级标识项目3500万平方米。", (2016, 2020)),
    ("某市新建机场 年旅客吞吐量2500架次\n正文。", (None, None)),
    ("某县2025实施方案\n到2025年建成学校5所。", (2025, 2025)),
    # a headline's year after 到 is the year the plan runs to (its first year counted back by its years)
    ("省医保领域首个“五年规划”出台，到2025年——\n\n职工医保住院费报销比例在86%左右", (2021, 2025)),
    ("某市三年行动计划发布：到2027年——\n\n新建学校30所", (2025, 2027)),
    # a headline of one year's results and the next one's goals is of the goals' year
    ("某省2017年旅游进账6435亿 2018年目标要破8000亿\n2018年，全省旅游总收入力争达到8160亿元。", (2018, 2018)),
    ("某县去年GDP增长7.2% 2024年将新建学校5所\n今年将新建学校5所。", (2024, 2024)),
    ("某市2019年计划执行情况与2020年计划草案的报告\n2020年，地区生产总值增长6%。", (2020, 2020)),
    # a year's list named over a range one of its items runs over (2024—2025年对…水站进行改造): the year's
    ("真正把实事办实好事办好\n——2024年省政府十方面民生实事\n发布时间：2024-01-24\n1月23日，省长作政府工作报告，并公布了2024年十方面民生实事。\n"
     "一、新增托位2万个。\n二、2024—2025年对全省所有未达标单村水站进行改造，其中2024年完成1000个。", (2024, 2024)),
])
def test_period_from_the_years_a_text_names(text, period):
    md = policyparse.parse_text(text).metadata
    assert (md.period_start, md.period_end) == period


@pytest.mark.parametrize("text", [
    "指标 | 单位 | 数量 |\n全市户籍人口 | 万人 | 85\n",  # a table's header row
    "关于我们 | English | 网站地图\n吉林森林覆盖率提高到45.2%，比上年提高0.3个百分点。",  # a site's menu
])
def test_a_line_of_cells_apart_by_bars_is_no_title(text):
    assert policyparse.parse_text(text).metadata.title is None


@pytest.mark.parametrize("text,title", [
    # a document the page acts on or cites is not the page's own
    ("近日，工信部公布第三批企业名单。培育企业是落实中办、国办《关于促进中小企业健康发展的指导意见》的重要举措。", None),
    ("根据《某省“十四五”教育发展规划》要求，今年新建学校5所，已完成3所。", None),
    # nor is a line that opens by citing one, however long before its comma
    ("为深入贯彻落实《国务院办公厅关于以新业态新模式引领新型消费加快发展的意见》，推动高质量发展，特制定本方案。", None),
    ("2024年是实施《某市综合交通“十四五”规划》任务的关键之年，轨道交通建设成为发展版图中浓墨重彩的一笔。", None),
    # a type word used as a verb before a number is no title run into the text
    ("地铁五期工程在龙华区规划22、25、27号线3条地铁线路，绵延46.5公里。", None),
    # a portal's category line over the page (计划总结) is no title: the notice's plan is
    ("计划总结\n索 引 号：002482365/2023-00095\n某省卫生健康委关于印发2023年某省卫生健康工作要点的通知\n各市卫生健康委：\n"
     "现将工作要点印发给你们。\n2023年某省卫生健康工作要点\n一、总体要求", "2023年某省卫生健康工作要点"),
    # a news headline, its body, then the site's links to other pages: the links name other documents
    ("某省建成1029个农村留守儿童之家\n本文来源：人民政府\n我省2015年共建成留守儿童之家1029个，超额完成目标任务。去年，"
     "我省制定了建设1000个的目标任务。有5个市州超额完成任务。\n各地要加强关爱服务体系建设。\n"
     "最全!一图读懂2020年《政府工作报告》\n全国文明畅通提升行动计划专家组调研", "某省建成1029个农村留守儿童之家"),
    # one of the documents a page lists as issued (相继出台了A意见、B规范等) is not its own
    ("近年来，政策体系逐步完善，相继出台了智能网联汽车准入管理意见、测试示范管理规范等政策性文件。", None),
    ("抓机制，塑造发展大格局。制定《某县关于加快食用菌产业发展的实施意见》《某县2022年度食用菌产业奖补办法(试行)》等文件。", None),
    ("今年以来，某市发布了养老服务体系建设方案、社区食堂管理办法等文件，全市建成食堂120个。", None),
    # a name cut inside an open quotation (制定实施八个“行动方案”) is none
    ("1月23日上午，某省人民代表大会开幕。\n过去一年是本届政府履职的第一年，我们全面落实“四个走在前”重大任务，制定实施八个“行动方案”和两组“若干措施”。", None),
    # a page's news of a plan still names it, approved for implementation too
    ("省政府近日批准实施的《某省地质灾害防治“十二五”规划》明确，完成180处治理任务。", "某省地质灾害防治“十二五”规划"),
    ("近日，某省印发《某省数字经济发展行动计划》，提出到2025年数字经济增加值超过1万亿元。", "某省数字经济发展行动计划"),
    # a document a later sentence of its line says was made (…。今年年初，市政府制定出台了《X》) is among the work reported
    ("某市大力推进水土流失治理工作\n来源：某网 上传日期：2014-12-11\n某市一直高度重视水土保持工作，今年6月成立了领导小组。"
     "今年年初，市政府制定出台了《全市水土流失治理工作实施方案》，与各乡镇签订了责任状。今年全市投入资金170万元。", "某市大力推进水土流失治理工作"),
    ("近日，某市人民政府印发了《某市养老服务提升行动方案》，提出到2026年新建社区食堂100个。", "某市养老服务提升行动方案"),
    # a plan whose making the page reports among its year's work (…《某县水网建设规划》完成州、县审查报批) is not its name
    ("某县经济社会发展后劲持续增强\n本报讯 2025年，某县全力以赴稳支撑、增动力，发展后劲持续增强。\n"
     "聚焦项目攻坚。全年完成投资34.02亿元，建成充电桩156个，《某县水网建设规划》完成州、县审查报批。", "某县经济社会发展后劲持续增强"),
    # a news page's headline over its date line: a plan its second paragraph names among the work done is not it
    ("某县：推动肉牛产业快速起势\n发表时间：2024-04-28 15:06\n今年以来，某县紧紧围绕全市肉牛产业发展目标，推进产业快速起势，成效明显。\n"
     "某县一方面委托省农科院编制《某县肉牛产业发展规划(2024年-2028年)》，印发《某县肉牛产业发展实施方案》。另一方面，搭建服务平台。",
     "某县：推动肉牛产业快速起势"),
    ("某市：到2026年新建社区食堂100个\n发布时间：2024-04-28\n近日，某市印发《某市养老服务提升行动方案》，提出到2026年新建社区食堂100个。\n"
     "方案明确，全市将分三步推进。", "某市养老服务提升行动方案"),
])
def test_a_cited_document_is_not_the_pages_title(text, title):
    assert policyparse.parse_text(text).metadata.title == title


@pytest.mark.parametrize("text", [
    # documents the page acts on or cites (严格执行《X》, 以《A》《B》为引领, a line broken after 根据…规划制定的)
    "一是规划引领精准布局。严格执行《某县公共充电设施专项规划(2023—2027年)》，新建充电站10座。",
    "今年以来港口运行良好。交通运输部以《交通强国建设纲要》《国家综合立体交通网规划纲要》为引领，优化港口布局。",
    "一、76.9%的可监测指标已提前达到\n2015年中期目标根据某区妇女儿童发展规划制定的\n统计监测报表制度。",
])
def test_a_cited_plan_is_not_the_pages_title(text):
    title = policyparse.parse_text(text).metadata.title or ""
    assert "规划" not in title and "纲要" not in title, title


@pytest.mark.parametrize("text,period", [
    # an activity plan's own dates under its heading, or in a sentence, are its period
    ("某区开展百日消费季活动\n一、总体要求\n推动消费复苏。\n二、活动时间\n2020年4月15日至6月30日。\n三、活动内容\n"
     "每辆车奖励购车者500元加油卡。", (2020, 2020)),
    ("某县文明实践活动方案\n实施时间：2023年3月至2024年12月。\n新建实践站12个。", (2023, 2024)),
])
def test_an_activitys_dates_are_its_period(text, period):
    md = policyparse.parse_text(text).metadata
    assert (md.period_start, md.period_end) == period


@pytest.mark.parametrize("opening", ["2024年是实施“十四五”规划的关键一年，为做好全县地质灾害防治工作，制定本方案。",
                                     "2024年是贯彻落实党的二十大精神的攻坚之年，为推动全县冷链物流发展，制定本方案。",
                                     # (its text then set out: 现将…安排如下)
                                     "2024年，是实施“十四五”规划的关键一年。为确保开好局，现将地质灾害防治工作安排如下。",
                                     "2024年是全面完成目标任务的攻坚之年，按照市委部署，现将全区工作要点安排如下。",
                                     # (news of a year's list named: 记者从某区2024年重点民生实事新闻发布会上获悉)
                                     "某某消息 3月4日，记者从某区2024年重点民生实事新闻发布会上获悉，2024年的10件重点民生实事正式发布。",
                                     # (a notice handing out a year's list: 现将《…2024年…》印发给你们)
                                     "各镇政府、街道办事处：\n经区政府同意，现将《某区2024年重要民生实事项目》印发给你们，请认真抓好落实。",
                                     # (a plan made to carry out a year's campaign a notice launched: 根据《关于开展2024年…的通知》…制定本方案)
                                     "根据省农业农村厅《关于开展2024年绿色高产高效行动的通知》文件精神要求，结合我县实际，特制定本实施方案。",
                                     "按照《关于做好2024年地质灾害防治工作的通知》要求，结合我区实际，制定本工作方案。"])
def test_a_plan_opening_on_the_year_it_is_for_takes_that_period(opening):
    plan = policyparse.parse_text(opening + "\n一、工作目标\n核销地质灾害风险防范区19处，新建雨量报警器100个。")
    assert (plan.metadata.period_start, plan.metadata.period_end) == (2024, 2024)
    assert [(t.value, t.year) for t in plan.targets] == [(19.0, 2024), (100.0, 2024)]


@pytest.mark.parametrize("text,title", [
    # the 信息公开 header's 标 题: field names the page, whatever document its body cites
    ("大姚县人民政府\n首页 >> 公开信息内容\n索 引 号:dyx025-/2023-1023009 发文机构:某县乡村振兴局 发布日期:2023年10月23日 "
     "文  号: 标  题:某县持续深化东西部协作,帮扶作用充分发挥\n一是强化组织领导。先后召开县委常委会研究部署工作3次，制定《某县2023年"
     "东西部协作工作要点》。", "某县持续深化东西部协作,帮扶作用充分发挥"),
    # a notice's own title in the field leaves the plan it carries to the text
    ("标题：某市人民政府关于印发某市养老服务三年行动计划的通知\n某市养老服务三年行动计划\n一、总体要求", "某市养老服务三年行动计划"),
    # a header kept as a table's rows: 文件名称 | X |
    ("文件名称 | 某市行政审批服务局2020年度全市审批服务办理统计通报 | ||\n索引号 | /2021-0001 | 公开目录: | 部门文件 |\n"
     "全年市、县区政务服务中心共受理业务166.52万件，办结率100%。", "某市行政审批服务局2020年度全市审批服务办理统计通报"),
    # a wire story's dateline gives the headline after 题：
    ("新华社昆明7月10日电 题：富起来、美起来——某省大力推进边境幸福村建设\n新华社记者 某某\n盛夏时节，走进边境村寨，只见游人如织。",
     "富起来、美起来——某省大力推进边境幸福村建设"),
    ("新華社昆明7月10日電 題:富起來、美起來——某省大力推進邊境幸福村建設\n新華社記者 某某\n盛夏時節，走進邊境村寨。",
     "富起來、美起來——某省大力推進邊境幸福村建設"),
])
def test_the_title_field_of_a_portals_header(text, title):
    assert policyparse.parse_text(text).metadata.title == title


@pytest.mark.parametrize("page,title", [
    # a site's links over the headline; the headline over its date line names the page
    ("点击关闭\n当前位置: 首页 » 行业资讯 » 正文\n\n某市陶瓷产业转型升级试点获批\n\n"
     "放大字体 缩小字体 发布日期:2017-02-20 来源:某某日报 浏览次数:364\n日前，某部批复同意某市开展试点，支持某市压减产能。\n",
     "某市陶瓷产业转型升级试点获批"),
    ("退出长者模式\n某市2023年青少年视力筛查项目正式启动\n发布日期:2023-04-12  来源:体育局\n\n"
     "为提高青少年视力健康水平，今年将为5万名学生进行筛查。\n", "某市2023年青少年视力筛查项目正式启动"),
    ("全国咨询热线\n15884401493\n\n某省农村儿童营养改善项目启动 将惠及56万名儿童\n\n"
     "作者:admin 发布日期: 2019-10-05 二维码分享\n\n  记者从某省卫健委获悉，近日，某省农村儿童营养改善项目启动。\n",
     "某省农村儿童营养改善项目启动 将惠及56万名儿童"),
    ("首页 首页 资讯 查看内容\n\n某省主动融入区域合作 一季度进出口3154.6亿元\n\n2023-05-08| 发布者: 某商贸网| 查看: 135\n\n"
     "摘要: 某省政府新闻办5月5日上午举行新闻发布会。\n", "某省主动融入区域合作 一季度进出口3154.6亿元"),
    # a portal's menus fill the first twenty lines: the headline comes after the crumbs, over its date line
    ("分享到:\n链接已复制\n" + "".join(f"栏目{c}\n\n新闻 要闻 国际 军事 政务 图片 视频 {c}\n\n" for c in "甲乙丙丁戊己庚辛壬癸") +
     "首页> 某某门户网> 发展要闻>\n\n某部部署实施仲裁机构培育工程\n\n2025-08-04 09:22\n\n来源:某某日报\n\n"
     "本报北京8月3日电 (记者某某)记者从某部获悉：截至目前，我国共有仲裁机构285家。\n", "某部部署实施仲裁机构培育工程"),
    # a paper's date line with its weekday, the site's name over it: the headline under the date line
    ("某工娱乐\n\n某某日报 2011年01月13日 星期一\n\n某省将建4个省级煤炭应急储备基地\n\n《某某日报》(2011年01月13日 004版)\n\n"
     "本报讯(记者某某)记者1月11日从某省煤炭工业局了解到，今年某省将力争建成4个省级煤炭应急储备基地。\n",
     "某省将建4个省级煤炭应急储备基地"),
    # a site's greeting with today's date is no date line: the headline over the page's own date line
    ("今天是2025年4月25日 星期五，欢迎光临本站\n\n法律、政策、文件\n\n全国农业生产托管工作推进会召开 服务组织达89.3万个\n\n"
     "文字:[大][中][小] 手机页面二维码 2020/10/12     浏览次数:    \n\n2020年10月12日消息，农业农村部日前召开推进会。\n",
     "全国农业生产托管工作推进会召开服务组织达89.3万个"),
    # the same in Traditional characters, over a lede in Traditional characters
    ("某某社區>> 某某論壇\n某某某 發表於  2024-09-12 08:33:43\n\n某委：每年組織醫療隊開展巡迴醫療\n\n"
     "  本報北京9月11日電(記者某某)某委11日舉行巡迴醫療工作部署會。\n", "某委：每年組織醫療隊開展巡迴醫療"),
    # a forum's crumbs and its post line over the headline
    ("某某社区>> 某某论坛\n某某某 发表于  2024-09-12 08:33:43 738字 ( 0/615)\n\n某委：每年组织医疗队开展巡回医疗\n\n"
     "某委：每年组织医疗队开展巡回医疗\n\n  本报北京9月11日电(记者某某)某委11日举行巡回医疗工作部署会。\n", "某委：每年组织医疗队开展巡回医疗"),
    # a paper's page label over the headline
    ("第A04版:观天下\n\n我国非血缘造血干细胞捐献实现1.9万例\n\n据新华社北京12月6日电 记者6日从某中心了解到，捐献实现19000例。\n",
     "我国非血缘造血干细胞捐献实现1.9万例"),
    # the lede that names the notice is the body's first sentence, not a title cut from it
    ("2016年1月26号\n当前位置: 某某新闻网 > 新闻动态 > 正文\n省级医疗队巡回医疗工作启动\n2025-10-24 09:02:29 来源: 某某网\n\n"
     "某某网10月24日讯(某某日报记者 某某) 省卫健委近日印发通知，要求开展2025年省级医疗队巡回医疗工作。\n",
     "省级医疗队巡回医疗工作启动"),
    # a lede in Traditional characters is a lede too (本報訊(記者某某)…人口和計劃…), no title cut at 計劃
    ("本報訊(記者某某)記者從日前召開的人口和計劃生育工作會議上獲悉，今年我市將為8000對夫婦提供免費孕前優生健康檢查。\n", None),
    # a lede that opens 据从…了解 is no title cut at the type word in it (规划资源局)
    ("某市加快存量产业用地盘活 今年处置低效产业用地不低于45平方公里\n\n某某网讯:4月3日消息，某市将加快存量产业用地盘活步伐。\n\n"
     "据从某市规划资源局了解，2024年某市全面开展产业用地专项行动。\n", "某市加快存量产业用地盘活今年处置低效产业用地不低于45平方公里"),
    # a repost's 原标题： is no part of the headline
    ("原标题：某省取缔长江沿线各类码头1102座 腾退岸线143公里\n某某网讯 记者从某省交通运输厅获悉，某省取缔码头1102座。\n",
     "某省取缔长江沿线各类码头1102座腾退岸线143公里"),
    # a sentence that names a plan it made is no title (…制定了“某工作方案”、…)
    ("概况\n航站制定了“伊春航站2011年春航、秋航工作方案”、“扑火应急预案”。为了\n保证飞行安全，航站购置了两部电台。\n", None),
    ("(原标题：关于2021年绿色社区命名的通报)\n实施绿色社区创建行动是落实生态文明理念的重要举措。\n", "关于2021年绿色社区命名的通报"),
    ("（原標題：某市推進架空線入地方案）\n正文一句。\n", "某市推進架空線入地方案"),
    # a site's column in brackets over the headline is not the page's name
    ("[开展大整交 创建文明城]\n某市确定58个示范路口和42条示范街道\n某某网5月13日讯(记者 某某)近日，某市交管局确定了示范路口。\n",
     "某市确定58个示范路口和42条示范街道"),
    ("【乡村振兴】\n某县今年将新建农村公路60公里\n记者从某县获悉，今年将新建农村公路60公里。\n", "某县今年将新建农村公路60公里"),
    # a page that lists its headline and its date line as bullets: the bullet is no part of the headline
    ("正在加载数据...\n当前位置:某某网> 经济参考>正文内容\n  • 某国国家级制种基地增至216个 力争到2025年供种保障能力提高到80%\n"
     "  • 2022年04月14日 来源:某某新闻网\n\n提要:此次基地认定适当增加了水稻、小麦制种大县数量。\n",
     "某国国家级制种基地增至216个力争到2025年供种保障能力提高到80%"),
    # the byline's fields between the headline and the date
    ("外场感控+中心大脑 某市将于2022年完成智慧交通建设\n作者:某某\n来源:某某网\n日期:2021-04-15 09:45:23\n"
     "4月14日上午，某市召开新闻发布会，介绍智慧交通建设的规划。\n", "外场感控+中心大脑某市将于2022年完成智慧交通建设"),
    # a page that opens on its date line has lost its headline: the date line is none
    ("發布時間：2023年03月07日 21:06 來源：某某新聞網\n3月7日，某州州長在接受記者采訪時表示，某州是綠色鋁谷核心區。\n", None),
    # a document the body names further on (制定了《…实施办法》) is not the page's
    ("首页 -> 正文\n\n某省投入4亿元全面启动中小河流水文测报站点建设\n\n2011-12-17 来源：某某网\n\n"
     "  从今年开始，中央和省级将投入资金4.03亿元，用3年时间建设1901个水文测报站点。\n\n"
     "  某省现有96个水文站。这些站点大多建于上个世纪。长期以来投入不足。\n\n"
     "  为确保项目建设顺利进行，省水文局制定了《省水文局中小河流水文监测系统建设管理实施办法》，强化领导。\n",
     "某省投入4亿元全面启动中小河流水文测报站点建设"),
    # a date line that is only a date, under a site's licence line
    ("某某网站 互联网新闻信息服务许可证 编号:1012006022\n  首页 -> 正文\n\n某省全面启动中小河流水文测报站点建设\n\n2011-12-17\n\n"
     "  某某网12月17日讯，从今年开始，中央和省级将投入资金4.03亿元。\n", "某省全面启动中小河流水文测报站点建设"),
    # a headline that opens on a span of months is no date line (2021年1-9月份…: the year, then months 1 to 9)
    ("2021年1-9月份重点建设项目简讯\n1-9月份，316个重点建设项目累计开复工291个，开复工率92%。\n",
     "2021年1-9月份重点建设项目简讯"),
    ("2024年1-6月全县民生实事进展通报\n上半年，全县10件民生实事稳步推进。\n", "2024年1-6月全县民生实事进展通报"),
    ("2017-01-24 发改委规划导读\n某县十三五规划纲要发布。\n", None),
])
def test_a_news_pages_headline_stands_over_its_date_line(page, title):
    from policyparse.evaluate import norm
    assert norm(policyparse.parse_text(page).metadata.title) == norm(title)


@pytest.mark.parametrize("page,title", [
    # a news page's sentence naming the notice that carries the plan: the plan
    ("某省：力争2025年接待游客10亿人次\n某某网\n5月27日，某省人民政府发布《关于某省“十四五”文化和旅游发展规划的通知》。\n",
     "某省“十四五”文化和旅游发展规划"),
    # a notice about carrying a plan out, or about a group, names no plan
    ("某省财政厅印发《关于实施省会计领军人才培养计划的通知》、《关于成立省会计领军人才培养计划领导小组的通知》，正式启动培养计划。\n"
     "某省财政厅有关负责人告诉记者，培养计划旨在培养100名会计领军人才。\n", None),
    # a report a meeting heard and reviewed
    ("3月27日上午，某市人民代表大会开幕，会议听取和审议了某市人民政府工作报告。\n报告指出，2025年地区生产总值增长5.5%。\n",
     "某市人民政府工作报告"),
])
def test_a_news_sentence_names_the_document_it_is_about(page, title):
    assert policyparse.parse_text(page).metadata.title == title


@pytest.mark.parametrize("text,title", [
    ("我省甩挂运输发展起步好 记者 吴宏雄\n本报讯 记者从省交通运输厅获悉，全省牵引车与挂车比例为1∶1.4。\n", "我省甩挂运输发展起步好"),
    ("关于设立某某记者站的批复\n正文。\n", "关于设立某某记者站的批复"),
    ("关于表彰优秀记者张三的通报\n正文。\n", "关于表彰优秀记者张三的通报"),
])
def test_a_byline_run_onto_a_headline_is_no_part_of_it(text, title):
    assert policyparse.parse_text(text).metadata.title == title


def test_a_portal_field_is_looked_for_at_its_lines_start_only():
    # a header field opens its line: only the line's first characters are looked at, so a one-line page of blanks
    # (the pattern's \s* runs backtrack over every blank) is read in linear time
    from policyparse.metadata import portal_field
    assert portal_field("索引号：000014348/2022-03140")
    assert not portal_field(" \t" * 100_000 + "索引号：1")


@pytest.mark.parametrize("text, period", [
    # a span in the lead that opens a count of what was done in it is no period; a meeting for a year's work dates it
    ("5月4日下午，市委、市政府召开2018年全市脱贫攻坚推进大会，进行工作再动员、再部署。\n会议指出，2012年至2017年，全市累计实现"
     "112个贫困村、33.884万人脱贫。\n会议强调，要确保今年实现5.70万贫困人口脱贫。\n", (2018, 2018)),
    ("某县召开2023年农业农村工作会议\n会议部署了今年的重点工作，全年新建高标准农田2万亩。\n", (2023, 2023)),
    # the span of a document cited as the text's ground (根据《…规划(2021-2035)》) is that document's; a plan the
    # text is about keeps its own
    ("一、目标任务\n2023年，全市新增停车泊位37000个以上。\n二、实施路径\n根据《某市停车设施专项规划(2021-2035)》，"
     "建成停车场3处。\n", (2023, 2023)),
    ("近日，《某省中药材产业发展规划(2014-2020)》印发。\n规划提出，到2020年，全省中药材种植面积达到100万亩。\n",
     (2014, 2020)),
])
def test_a_span_gone_in_the_lead_is_no_period(text, period):
    md = policyparse.parse_text(text).metadata
    assert (md.period_start, md.period_end) == period


@pytest.mark.parametrize("text, period", [
    # a year's work that completes a five-year plan, in a text that names no year: the plan's last year
    ("今年政府工作的总体要求是：坚持稳中求进，高质量完成“十四五”规划目标任务。\n经济社会发展主要预期目标是：地区生产总值增长7%以上。\n",
     (2025, 2025)),
    ("今年是“十三五”收官之年。全年新建学校5所。\n", (2020, 2020)),
])
def test_the_year_that_closes_a_five_year_plan_dates_an_undated_text(text, period):
    md = policyparse.parse_text(text).metadata
    assert (md.period_start, md.period_end) == period


@pytest.mark.parametrize("date, dated, month", [
    ("2025-01-22", 2025, 1), ("2025-07", 2025, 7), ("2025", 2025, None), ("2024-12-28", 2025, None), (None, 2025, None),
    ("2025-01-22", None, None),
])
def test_the_month_of_a_date_of_the_year_a_text_is_dated_to(date, dated, month):
    # (a header may declare a year alone: no month, and no error, for the rules that read the month)
    from policyparse import metadata
    assert metadata.month_of(date, dated) == month


@pytest.mark.parametrize("span", ["力争通过3年建设", "通过三年的努力", "用3年时间"])
def test_a_forwarding_notices_date_and_a_span_of_years_date_the_plan_it_sends(span):
    """…现印发给你们，请认真贯彻落实。\\n2024年5月27日: the notice's date (no signer, the seal an image); the plan's 3 years
    from it."""
    text = ("各市、州、县人民政府，省政府各部门：\n《某省特色产业集群高质量发展实施方案》已经省人民政府同意，现印发给你们，"
            "请认真贯彻落实。\n2024年5月27日\n某省特色产业集群高质量发展实施方案\n一、总体要求\n" + span +
            "，全省特色产业集群综合实力明显增强，建成百亿集群40个。\n")
    plan = policyparse.parse_text(text)
    m = plan.metadata
    assert (m.date_written, m.period_start, m.period_end, [t.year for t in plan.targets]) == \
        ("2024-05-27", 2024, 2026, [2026])


@pytest.mark.parametrize("opening, period", [
    ("1月9日，2024年全省交通运输工作会议在南昌举行，", (2024, 2024)),
    ("2024年全市农业农村工作会议召开。", (2024, 2024)),
    ("记者从全省交通运输系统获悉，", (None, None)),
])
def test_a_pages_year_is_that_of_the_years_work_meeting_it_reports(opening, period):
    """2024年…工作会议在…举行: the year's work the page speaks of, its goals due then."""
    text = (opening + "会议表示，适度超前开展交通基础设施建设。\n高速公路方面，全省将建成甲改扩建等4个项目。\n"
            "普通公路方面，全省将完成国省道建设里程270公里。\n")
    m = policyparse.parse_text(text).metadata
    assert (m.period_start, m.period_end) == period


@pytest.mark.parametrize("lead, end", [("为切实做好—2017年国家级生态县创建工作，特制定如下工作方案。", 2017),
                                       ("为切实做好2013—2017年国家级生态县创建工作，特制定如下工作方案。", 2017),
                                       ("为切实做好国家级生态县创建工作，特制定如下工作方案。", None)])
def test_a_span_whose_first_year_a_copy_lost_ends_the_plan(lead, end):
    """—2017年…创建工作 (a template site dropped the first year): the plan runs to 2017."""
    text = "某县国家级生态县创建工作方案\n" + lead + "\n一、主要指标\n单位GDP能耗不高于0.9吨标煤/万元。\n"
    plan = policyparse.parse_text(text)
    assert (plan.metadata.period_end, [t.year for t in plan.targets]) == (end, [end])


@pytest.mark.parametrize("text", [
    # a year's livelihood projects voted on, then listed with no year of their own: each is due in that year
    "某某网上海1月11日电 (记者王明)记者从某区新闻办获悉，经代表票决，通过了某区人民政府2025年为民办实事项目，共包括10个方面48个项目。\n"
    "为老服务项目包括：新增480张养老床位；新增2个老年人日间照护中心。",
    "今天，在某区人民代表大会全体会议上，人大代表通过投票表决，在13项候选项目中选出了10件2025年某区人民政府民生实事项目。\n"
    "01\n住房保障项目\n开工建设安置房60万平方米，竣工安置房50万平方米。",
])
def test_a_years_livelihood_projects_voted_on_are_due_that_year(text):
    plan = policyparse.parse_text(text)
    assert plan.metadata.period_end == 2025
    assert plan.targets and all(t.year == 2025 for t in plan.targets)


@pytest.mark.parametrize("text,year", [
    ("今年是“十四五”规划收官之年，要高质量完成“十四五”规划目标任务。", 2025),
    ("确保完成“十四五”规划目标任务。", 2025),
    ("2025年是“十四五”规划收官之年，也是“十五五”规划谋篇布局之年。", 2025),
    # a review that says the five-year plan was done is no plan of its last year
    ("过去五年，全市上下团结奋进，顺利完成“十四五”规划目标任务。刚刚过去的2025年，经济实力持续增强。", None),
    ("五年来，我们圆满完成“十三五”规划主要目标。", None),
])
def test_the_year_a_report_closes_a_five_year_plan(text, year):
    assert closing_year(text) == year


@pytest.mark.parametrize("text", [
    "分享: |\n某网站截图\n根据此前发布的项目申报通知，本届项目拟托举对象为32岁以下(1992年1月1日及以后出生)青年科技工作者。"
    "其中，资助310名，给予每人每年10万元资助。",
    "根据申报通知，申请人须为1990年1月1日以后出生的青年教师，今年资助100名，每人资助5万元。",
])
def test_a_date_of_birth_dates_nothing(text):
    # an age limit given as a date of birth is no date of the page and no year of its goals
    plan = policyparse.parse_text(text)
    assert plan.metadata.date_published is None
    assert plan.metadata.period_end is None and all(t.year is None for t in plan.targets)


@pytest.mark.parametrize("births", ["1953年1月1日至1986年12月31日期间出生", "1960年1月1日至1995年12月31日之间出生"])
def test_a_span_of_births_dates_neither_the_page_nor_its_goals(births):
    # (a dated page's 今年 is its date's year: a span of births is whom the work serves, no year of the page's)
    text = ("某市妇女“两癌”免费检查全面展开\n发布时间：2017-03-30 08:40\n昨日，工作启动会召开，提出今年将完成全市27.6万以上适龄妇女"
            "“两癌”免费检查任务。\n检查对象为" + births + "的全市已婚妇女。\n")
    plan = policyparse.parse_text(text)
    assert (plan.metadata.period_start, plan.metadata.period_end) == (2017, 2017)
    assert [(t.value, t.year) for t in plan.targets] == [(27.6, 2017)]


def test_a_page_of_no_kind_takes_the_year_of_its_forward_marker():
    # no kind's word anywhere: the page is a plan only by the goals it sets, and those take the year its work is for
    plan = policyparse.parse_text("进入2025年以来，项目建设场景在某市各地上演。2025年，全市重点工作安排如下。\n"
                                  "新建高标准农田1.2万亩，新增设施大棚300座，培训高素质农民500人，建设冷链仓储设施20个。")
    assert plan.metadata.doc_kind == "plan" and plan.metadata.period_end == 2025
    assert [t.year for t in plan.targets] == [2025] * 4


@pytest.mark.parametrize("text", [
    # a body line whose plan word ends a clause (…落实试点建设方案，积极打造…) is a sentence, not a title run into the text
    "记者从市商务局获悉，近日，82个便民生活圈建成。\n本市各试点区完善、落实试点建设方案，积极打造建设样板。例如，某街道发布了网点地图。\n",
    "记者获悉，全县深入推进乡村振兴。\n各乡镇认真制定年度工作计划；扎实推进各项任务。\n",
])
def test_a_plan_word_that_ends_a_clause_is_no_title(text):
    assert policyparse.parse_text(text).metadata.title is None


def test_a_title_run_into_its_text_is_still_cut_after_its_plan_word():
    text = "某县农村人居环境整治提升行动方案为深入推进农村人居环境整治，制定本方案。一、工作目标到2025年，卫生厕所普及率达到90%。"
    assert policyparse.parse_text(text).metadata.title == "某县农村人居环境整治提升行动方案"
