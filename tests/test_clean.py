"""Each cleaning rule: input lines -> clean text, and what the cleaning log records."""
import pytest

import policyparse
from policyparse.clean import clean
from policyparse.readers import RawBlock, RawDocument


def run(text, kinds=None):
    blocks = [RawBlock(line) for line in text.split("\n")]
    return clean(RawDocument("t.txt", "txt", "0", len(text), blocks))


CASES = [
    # (rule, input, expected clean text)
    ("pinyin_annotation", "小學(xué)教育質(zhì)量提升，學(xué)校發(fā)展", "小學教育質量提升，學校發展"),
    ("pinyin_annotation", "全面提升學(xué)生們(men)素養(yǎng)，教(jiào)學(xué)質(zhì)量", "全面提升學生們素養，教學質量"),
    ("page_furniture", "第一段。\nPAGE\n1-\n第二段。", "第一段。\n第二段。"),
    ("page_furniture", "正文内容。\n- 15 -\n第 3 页 共 9 页\n继续。", "正文内容。\n继续。"),
    ("page_furniture", "实施方案_第1页\n实施方案_第2页\n为全面落实", "为全面落实"),
    # a footer inside a table pasted one cell a line: the footer goes, the cell (35) before it stays
    ("page_furniture", "指标\n2024年\n2025年\nPM2.5平均浓度\n35\n第 3 页 共 9 页\n33.5", "指标\n2024年\n2025年\nPM2.5平均浓度\n35\n33.5"),
    ("page_furniture", "正文结束。\n12\n第 3 页 共 9 页\n下一段。", "正文结束。\n下一段。"),
    # a bulleted link to another article under its date (- 2024-03-22【甘快看】…加把“火”): the site's, not the page's
    ("page_furniture", "确保到2025年比例达到15%。\n- 2024-03-22【甘快看】某地携13吨农特产品为“麻辣烫”加把“火”\n"
     "- 2024-03-22【甘快看】人这一辈子，一定要去一趟天水!", "确保到2025年比例达到15%。"),
    # a page saved as text with lines of markup residue (tags alone) above its headline
    ("page_furniture", '<samp id="a1"><video id="a1"><nav id="a1"></nav></video></samp>\n<samp id="a1"></samp>\n'
                       "某省到2025年森林覆盖率达到26%", "某省到2025年森林覆盖率达到26%"),
    ("boilerplate", "已阅读5页，还剩4页未读，继续免费阅读\n下载本文档\n一、目标", "一、目标"),
    ("boilerplate", "已閱讀5頁,還剩4頁未讀\n文檔簡介\n正文。", "正文。"),
    # a forum's counters and the ads beside a post
    ("boilerplate", "某地民生网\n主题:57730 | 回复:1496203\n免费获取 4 份设计方案\n四家正规装修公司,专业设计师为您免费服务\n正文。",
     "某地民生网\n正文。"),
    ("boilerplate", "帖子：120 | 回复：8\n正文。", "正文。"),
    # a sidebar's links to the other years' pages, apart by slashes, over the page's own title
    ("boilerplate", "2003年团省委工作 / 2008年工作情况 / 2009年工作要点 / 2017年工作要点 /\n2017年工作要点\n正文。",
     "2017年工作要点\n正文。"),
    # a site's keyword link left as a tag inside a sentence of a page saved as text (its < perhaps garbled to ?)
    ("inline_markup", "到2010年，交通<A onclick=\"window.open('http://k.example/word=违法','');\" >违法</A>行为下降10%。",
     "到2010年，交通违法行为下降10%。"),
    ("inline_markup", "到2010年，交通?A onclick=\"window.open('x'); window.location.href('#')\" >违法行为下降10%。",
     "到2010年，交通违法行为下降10%。"),
    # a wiki's skip links and tagline over the document it holds (跳转到内容, 维基文库，自由的图书馆)
    ("boilerplate", "跳转到内容\n\n某市热线平台建设工作实施方案\n维基文库，自由的图书馆\n正文。", "某市热线平台建设工作实施方案\n正文。"),
    ("boilerplate", "跳轉到內容\n跳轉到導航\n某縣工作方案\n正文。", "某縣工作方案\n正文。"),
    # a paywall's line telling how much of the article is left (剩余80%): no share of anything
    ("boilerplate", "规上工业增加值增长10%。\n订阅后可查看全文(剩余80%)\n出品 | 某融媒体中心", "规上工业增加值增长10%。\n出品 | 某融媒体中心"),
    ("boilerplate", "正文。\n繼續閱讀(剩余:91.48%)\n", "正文。"),
    # a news site's numbered disclaimer under its articles
    ("boilerplate", "正文。\n1本網注明“來源:×××”(非商業周刊網)的作品,均轉載自其它媒體。\n2在本网的新闻页面上发表言论者，文责自负。\n"
     "3相关信息并未经过本网站证实。\n4如涉及作品内容、版权等其它问题，请在30日内同本网联系。", "正文。"),
    # an e-paper's and a forum's navigation, a share prompt, a photo credit
    ("boilerplate", "正文。\n第01版 上一期   下一期 上一版 下一版\n第4573期:第01版 本期出版日期:2022-11-11\n当前版:03版\n"
     "用微信扫描二维码分享至好友和朋友圈\n返回列表 发布新帖回复\n■摄影 记者 王振宇\n继续。", "正文。\n继续。"),
    # a word's pinyin in square brackets after it, as reprint sites gloss words (several in the text)
    ("pinyin_annotation", "林业局[LinYeJu]职工[ZhiGong]提出到“十二[ShiEr]五”期末，森林覆盖率达到[DaDao]80%。",
     "林业局职工提出到“十二五”期末，森林覆盖率达到80%。"),
    # half-width brackets around words and numbers after a Chinese word are the full-width ones (a unit's stay)
    ("han_punctuation", "完成创建任务(市直5所、源城10所),并在9月完成。资产总额(亿元) 1093.51",
     "完成创建任务（市直5所、源城10所），并在9月完成。资产总额(亿元) 1093.51"),
    # an e-paper page's banner and its buttons (第03版：综合要闻 PDF版阅读, 3上一版  下一版4, 【PDF版】, its nav bar)
    ("boilerplate", "正文。\n第03版：综合要闻 PDF版阅读\n008版:国内国际\n3上一版  下一版4\n第C2版：生活无锡上一版3  4下一版\n"
     "PDF 版PDF版\n  • 【PDF版】\n| 洛阳日报 | 洛阳晚报 | 洛阳商报 | 版面导航 | 标题导航 |\n3 上一篇    下一篇 4 放大 缩小 默认\n继续。",
     "正文。\n继续。"),
    # a share bar with its counter (0 分享 收藏 打印 增大字体 减小字体) and ranked lists' headings (24小时新闻资讯排行)
    ("boilerplate", "正文。\n0 分享 收藏 打印 增大字体 减小字体\n继续。", "正文。\n继续。"),
    ("boilerplate", "正文。\n字体：大 中 小 打印 关闭\n继续。", "正文。\n继续。"),
    ("related_links", "正文。\n24小时新闻资讯排行\n24小时工程资料排行\n文章评论", "正文。"),
    # a portal's links to the items before and after, arrows and all
    ("boilerplate", "正文。\n>>上一篇:压实属地责任 确保按期完成…\n>>下一篇:户用光伏项目信息(2021年11月)\n« 上一篇：某县新建学校5所", "正文。"),
    # an e-paper's metadata comment left in the text (… content_163042.html 1 标题 /enpproperty-->)
    ("boilerplate", "正文。\n2024-03-01 1 1 某某日报 content_163042.html 1 某市新建学校28所 /enpproperty-->\n继续。", "正文。\n继续。"),
    ("boilerplate", "加强组织领导。\n抄送：市委各部门，市人大常委会办公室。\nXX市人民政府办公室 2021年9月30日印发", "加强组织领导。"),
    ("boilerplate", "正文。\n温馨提示\n  • 1. 本站所有资源如无特殊说明，都需要本地电脑安装OFFICE2007。\n评论\n0/150\n提交评论", "正文。"),
    # a news page's comment box: its notes name a word limit and a delay (500字, 30分钟), no quantity of the text
    ("boilerplate", "正文。\n网友评论\n评论:(内容不能超过500字。)\n*评论内容将在30分钟以后显示!", "正文。"),
    ("boilerplate", "正文。\n评论内容需经审核后显示", "正文。"),
    # a script's placeholder, saved with the page: never its headline
    ("boilerplate", "正在加載數據...\n某地力争到2025年供种保障能力提高到80%", "某地力争到2025年供种保障能力提高到80%"),
    ("boilerplate", "正文。\n加载中。。。。\n加载更多", "正文。"),
    ("boilerplate", "正在加载中…\n正文。", "正文。"),
    ("boilerplate", "链接已复制\n某部部署实施仲裁机构培育工程", "某部部署实施仲裁机构培育工程"),
    # an image's file name saved as a caption line, its headline's words and numbers inside
    ("boilerplate", "某市计划三年培养千名新农人\nCopy_为乡村振兴注入新力量 我市计划三年培养1000名新农人(1).jpg\n正文。",
     "某市计划三年培养千名新农人\n正文。"),
    ("boilerplate", "正文。\n2024年全市新建公园20个.png\n下文。", "正文。\n下文。"),
    # a page's reading-time widget: its counts of characters and minutes are the page's, not the text's
    ("boilerplate", "本篇文章290字,读完约1分钟\n某县到2025年新建学校3所。", "某县到2025年新建学校3所。"),
    ("boilerplate", "全文233个字,阅读预计需要1分钟\n最快3分钟有答案\n正文。", "正文。"),
    ("boilerplate", "全文字数：233个字\n阅读需要1分钟\n正文。", "正文。"),
    ("boilerplate", "你现在的位置：首页 >>   妇女工作 >>   两个规划   >> 详细页\n某州推进儿童之家建设", "某州推进儿童之家建设"),
    ("boilerplate", "国内统一刊号:CN51-0018 中共某州委机关报·某某日报社出版\n某州牦牛走出国门", "某州牦牛走出国门"),
    # a page's counters and relative posting times
    ("page_counter", "| 瀏覽:1463次 | 來源:某某網 |\n正文。", "|  | 來源：某某網 |\n正文。"),
    ("page_counter", "| 显示全部楼层 |阅读模式 21小时前 某某新闻网\n正文。", "| 显示全部楼层 |阅读模式某某新闻网\n正文。"),
    ("page_counter", "某市茶产业发展\n发布时间 2013-07-04 浏览 51888 次\n正文。", "某市茶产业发展\n发布时间2013-07-04\n正文。"),
    ("page_counter", "日期：2020-05-06 点击 302 次 来源：某县政府\n正文。", "日期：2020-05-06  来源：某县政府\n正文。"),
    # a number's thousands separators go (5,980万吨); years listed with a comma and lists of digits stay
    ("thousands_separator", "总产量5,980万吨，投入12,345,678元。", "总产量5980万吨，投入12345678元。"),
    ("thousands_separator", "投入1,000万元", "投入1000万元"),   # not a Chinese comma either
    # straight double quotes around Chinese words are quotation marks; a pair around Latin alone stays
    ("ascii_quotes", '全面落实 " 四个走在前 "" 四个新 " 重大任务，制定实施八个"行动方案"。', '全面落实“四个走在前”“四个新”重大任务，制定实施八个“行动方案”。'),
    # a number written in 万 and 千 (1万9千个) is one number
    ("wan_qian", "提供超过1万9千个过渡房屋单位，共有3万2千余人。", "提供超过1.9万个过渡房屋单位，共有3.2万余人。"),
    ("wan_qian", "新增1万9千5百个岗位，2021年1月9千克", "新增1.95万个岗位，2021年1月9千克"),
    # an amount written in 亿 and 万 (1亿2000万元) is one amount in 亿, as TARGETS.md joins the multiplier to the unit
    ("yi_wan", "完成投资1亿2000万元，經費約1億2500萬元。", "完成投资1.2亿元，經費約1.25億元。"),
    ("yi_wan", "总投资1亿500万元，其中3亿5千万元为债券，12亿0800万元", "总投资1.05亿元，其中3.5亿元为债券，12.08亿元"),
    ("yi_wan", "人口1亿，2000万户；2亿12345万元；投资2亿3千万元", "人口1亿，2000万户；2亿12345万元；投资2.3亿元"),
    ("citation_marks", "融合化发展 [1] - 2024年，营收超1300亿元，同比增长25% [1] - 到2027年，打造园区50个 [2]",
     "融合化发展。2024年，营收超1300亿元，同比增长25%。到2027年，打造园区50个"),
    ("citation_marks", "规划目标。[3]到2025年，覆盖率达到90%[12]\n参考文献见[1]页；数组a[1]=5", "规划目标。到2025年，覆盖率达到90%\n参考文献见[1]页；数组a[1]=5"),
    ("citation_marks", "建设成为现代化新城 [1][10] “十四五”时期发展成就总结 - 累计引进项目86个 [2][4] - 到2030年，达到500亿元[6][9]",
     "建设成为现代化新城。“十四五”时期发展成就总结 - 累计引进项目86个。到2030年，达到500亿元"),
    # an aggregator's disclaimer under a copied article, quoting its title with the article's numbers
    ("boilerplate", "正文。\n1.《某省人口2019总人数 2020年总人口将达到4100万》援引自互联网,旨在传递更多网络信息知识。\n"
     "2.《某省人口发展规划出炉》仅供读者参考,本网站未对该内容进行证实。", "正文。"),
    # a year written digit by digit in Chinese numerals (a notice's date, an old page's goal year)
    ("chinese_numeral_year", "到二〇二五年，新建学校10所。", "到2025年，新建学校10所。"),
    ("chinese_numeral_year", "收入在二0一0年达到一千亿元。", "收入在2010年达到一千亿元。"),
    ("chinese_numeral_year", "公布二○二六年主要预期目标。", "公布2026年主要预期目标。"),  # (a white circle for 〇)
    # a phone page's sentence broken over short lines goes back onto one line
    ("broken_phrase", "2020年\n全省总人口达到\n4100万人\n左右", "2020年\n全省总人口达到4100万人左右"),
    ("broken_phrase", "森林覆盖率\n稳定在\n45%以上", "森林覆盖率\n稳定在45%以上"),
    ("broken_phrase", "粮食播种面积目标为\n1600万亩", "粮食播种面积目标为1600万亩"),
    # a space between groups of three digits before the unit (the journals' style: 4 000 hm2, 12 500 km)
    ("thousands_separator", "每年新发展果园面积4 000 hm2。", "每年新发展果园面积4000 hm2。"),
    ("thousands_separator", "建成干线公路12 500公里。", "建成干线公路12500公里。"),
    ("repeated_heading", "一、总体要求\n一、总体要求\n正文。", "一、总体要求\n正文。"),
    # a news page's list of other articles, under its heading, up to the next sentence
    ("related_links", "正文。\n频道推荐\n  • 从绝技到体系：一场融合\n  • 国债红利落地 某县10台老旧电梯更新\n", "正文。"),
    ("related_links", "正文。\n相關閱讀：\n某地新建學校5所\n某市啟動改造\n本文由某报记者采写，转载请注明出处。", "正文。\n本文由某报记者采写，转载请注明出处。"),
    ("related_links", "正文。\n猜你喜欢:\n新闻 娱乐 体育\n已有0条评论", "正文。"),
    ("boilerplate", "正文。\n网友评论(调用5条) 更多评论(0)\n下文。", "正文。\n下文。"),  # a page's comment counters
    ("boilerplate", "正文。\n評論(12)\n下文。", "正文。\n下文。"),
    ("related_links", "到2020年，贫困人口全部脱贫。\n24小时热评排行\n某地新闻一则\n某地新闻二则\n", "到2020年，贫困人口全部脱贫。"),
    ("related_links", "正文。\n点击排行榜\n某地新闻一则\n", "正文。"),
    ("related_links", "某省为20万户安装设备\n更多 24小时排行榜\n某地新闻一则\n本报讯 今年将为20万户安装设备。",
     "某省为20万户安装设备\n本报讯今年将为20万户安装设备。"),
    ("ocr_o_for_period", "生师比达到1:220o教师", "生师比达到1:220。教师"),
    ("ocr_o_for_period", "覆盖率达到80%o其他", "覆盖率达到80%。其他"),
    ("ocr_al_for_ai", "推进Al赋能教育", "推进AI赋能教育"),
    ("classifier_before_yi", "今年计划发放贷款1个亿，建示范基地6个。", "今年计划发放贷款1亿，建示范基地6个。"),
    # a redirect notice (本页面3秒之后…回到首页), in Traditional characters too (之後)
    ("boilerplate", "正文。\n本頁面3秒之後將帶您回到央視網首頁。\n明年新增就業900萬人。", "正文。\n明年新增就業900萬人。"),
    ("boilerplate", "正文。\n5秒后自动跳转到首页\n", "正文。"),
    # (N个亿元以上 counts projects of that size: its 个 stays)
    ("classifier_before_yi", "投资3个亿，推动1326个亿元以上重大项目复工。", "投资3亿，推动1326个亿元以上重大项目复工。"),
    # a portal's breadcrumb before the headline
    ("boilerplate", "首页 快讯 > 正文\n某区完成年度发展目标", "某区完成年度发展目标"),
    # the links to the previous and next article under a page (上一条：… 下一条：…)
    ("boilerplate", "正文。\n上一条：某市加大投入推进污水治理下一条：发改委21天内批复16条铁路\n", "正文。"),
    ("boilerplate", "首页 > 新闻中心 > 详情\n某区完成年度发展目标", "某区完成年度发展目标"),
    ("list_date_prefix", "05.22 某区3年内新建23所幼儿园\n正文。", "某区3年内新建23所幼儿园\n正文。"),
    ("ellipsis_stop", "一般公共预算收入增长6%……这不仅描绘了未来；推进甲、乙……等工作", "一般公共预算收入增长6%…。这不仅描绘了未来；推进甲、乙……等工作"),
    ("list_date_prefix", "12.01 某县召开会议\n10.12 章节标题", "某县召开会议\n10.12章节标题"),
    ("list_date_prefix", "\n\n05.22 某区新建幼儿园\n正文。", "某区新建幼儿园\n正文。"),  # blank lines above: kept, no line lost
    ("boilerplate", ">> 专题专栏 >> 归档专题 >> 2023市政府重点工作(已归档)\n某市政府重点工作", "某市政府重点工作"),
    ("boilerplate", "首页 >> 政务公开 >> 2024年民生实事\n某区民生实事", "某区民生实事"),
    ("boilerplate", "您所在的位置:某某傳媒網 >> 新聞 >> 瀏覽文章\n某区完成年度发展目标", "某区完成年度发展目标"),
    ("boilerplate", "您当前的位置:首页>国内新闻 > > 详情\n某区完成年度发展目标", "某区完成年度发展目标"),
    ("boilerplate", "所在位置：首页 - 部门动态 - 正文\n某区完成年度发展目标", "某区完成年度发展目标"),
    ("boilerplate", "我的位置: 政情 > 直通200号 > 文章详情\n某区完成年度发展目标", "某区完成年度发展目标"),
    # a portal's menu (网站首页 then its sections, apart by spaces): no headline; a table's header row stays
    ("portal_menu", "网站首页 三农要闻 农业农村 水利资讯 乡村振兴 市县新闻\n某市成为最大示范基地", "某市成为最大示范基地"),
    ("portal_menu", "首页 新闻中心 政务公开 办事服务 互动交流\n某县今年将新建公园5个", "某县今年将新建公园5个"),
    ("boilerplate", " > 新聞 > 國內\n某区完成年度发展目标", "某区完成年度发展目标"),  # a crumb whose first link was a picture
    # a forum's anti-copy junk: after a line's text (glued to a value), before a cell's bar, at a line's start
    ("forum_jammer", "| 目标值\n| >808 {# m/ \\1 r; \\) m% t\n| 约束性", "| 目标值\n| >80\n| 约束性"),
    ("forum_jammer", ") c9 v0 p! P9 q+ S/ c# \\6 r |\n森林覆盖率达到30%", "森林覆盖率达到30%"),
    ("forum_jammer", "企业已达4762家。6 J y\" J! `\" h( H\n* s6 y2 q: u6 z$ ~专精特新企业", "企业已达4762家。\n专精特新企业"),
    ("decimal_full_stop", "覆盖率(%) | 76。7 | >80", "覆盖率(%) | 76.7 | >80"),
    ("decimal_full_stop", "| 15。74\n| 15左右", "| 15.74\n| 15左右"),
    ("decimal_full_stop", "预算收入预计增长8%和8。1%左右。", "预算收入预计增长8%和8.1%左右。"),
    ("han_punctuation", "目标:1.学生发展,教师发展;学校发展", "目标：1.学生发展，教师发展；学校发展"),
    ("expand_remaining", "打造一批美丽农村路。\n展开剩余61%三、和美乡村提升行动", "打造一批美丽农村路。\n三、和美乡村提升行动"),
    ("han_full_stop", "控制在110.68公顷以内.新增建设用地199.40公顷. 其他用地1.76公顷，占4.88%.\n结束",
     "控制在110.68公顷以内。新增建设用地199.40公顷。其他用地1.76公顷，占4.88%。\n结束"),
    ("space_between_han", "加强 组织 领导， 明确 责任", "加强组织领导，明确责任"),
    ("markdown_marks", "## 一、经济领域\n### 1. 增速目标\n**加强组织领导**。#5号楼", "一、经济领域\n1. 增速目标\n加强组织领导。#5号楼"),
    # typeset text puts spaces around numbers: 比 2015 年 must read as 比2015年 for the base-year rules
    ("space_around_number", "浓度比 2015 年下降 18%以上，优良天数比率达到 80%， 重度污染", "浓度比2015年下降18%以上，优良天数比率达到80%，重度污染"),
    # a row's number set apart at a line's start is its label, kept apart; a month or a count there is no label
    ("space_around_number", "1 地区生产总值增长 6%以上。\n2 新建公园 5 个\n5 月底前完成", "1 地区生产总值增长6%以上。\n2 新建公园5个\n5月底前完成"),
    ("file_extension", "某某三年行动计划方案.docx\n正文。", "某某三年行动计划方案\n正文。"),
    # toneless pinyin, also doubled by a second pass of the site's tool; a lone (a) is no annotation
    ("pinyin_annotation", "加快構(gou)建以(yi)(yi)先進(jin)(jin)制(zhi)造業(ye)(ye)(ye)為(wei)(wei)骨干，以(yi)數字經(jing)濟(ji)為核心",
     "加快構建以先進制造業為骨干，以數字經濟為核心"),
    # news reprint pages: SEO spam, breadcrumbs, bylines, source and disclaimer lines, sitemaps
    ("boilerplate", "春眠网|夏夜站|秋风论坛|冬雪社区|暖阳影院|明月书屋\n注冊\n閩南網 > 新聞中心 > 國內新聞 > 正文\n正文。",
     "正文。"),
    ("boilerplate", "正文。\n(文章来源:某某财经网)\n免责申明: 本站部分内容转载自国内知名媒体。\nsitemap.xml sitemap2.xml",
     "正文。"),
    ("boilerplate", "某市印发行动计划\n2023-10-30 14:57:00\n来源：某某日报 2023-10-30 14:57\n正文。\n查看更多>>\n京ICP备12345678号",
     "某市印发行动计划\n正文。"),
    ("news_byline", "浙江發布2023年政府工作報告2023-01-30 14:22來源：gessey瀏覽數：255次\n正文。",
     "浙江發布2023年政府工作報告\n正文。"),
    # document-sharing sites: purchase notices, VIP lines, uploader lines, count tails of titles
    ("boilerplate", "1. 1、本文档由用户上传\n2. 2、下载前请确认\n1亿VIP精品文档\n上传者：某某\n正文。", "正文。"),
    ("title_count_tail", "某县养老服务三年行动计划(5份)\n正文。", "某县养老服务三年行动计划\n正文。"),
    ("title_count_tail", "某县养老服务三年行动计划.docxVIP\n正文。", "某县养老服务三年行动计划\n正文。"),
    # a government page's font and print buttons, correction and QR-code lines
    ("boilerplate", "【字体：大 中 小】打印\n正文。\n【我要纠错】 责任编辑：某某\n扫一扫在手机打开当前页", "正文。"),
    # the 信息公开 header table of a government page
    ("boilerplate", "索引号: 11341700003244967K/202403-00076 组配分类: 政策文件\n名称: 某某关于2024年实施47项民生实事的通知 文号:\n"
     "发布日期: 2024-03-14\n正文。", "正文。"),
    # @@ sown between characters to spoil copying
    ("scrape_marker", "城镇@@化率达到@@@@63.89%@@。", "城镇化率达到63.89%。"),
    # a page's headline repeated below its text
    ("repeated_heading", "某市：到2025年建成健康城市\n正文。\n某市：到2025年建成健康城市", "某市：到2025年建成健康城市\n正文。"),
    # a news site's copyright notes
    ("boilerplate", "正文。\n1、未经某都网(以下简称本网)许可，任何人不得非法使用本网自有版权作品。\n"
     "3、如因作品版权和其它问题可联系本网，本网确认后将在24小时内移除相关争议内容。", "正文。"),
    # … and under its picture, as a caption
    ("repeated_heading", "某省今年将造林260万亩\n正文。\n某省今年将造林260万亩插图1\n", "某省今年将造林260万亩\n正文。"),
    ("repeated_heading", "某县新建学校5所\n正文。\n某县新建学校5所（图）\n", "某县新建学校5所\n正文。"),
]


def test_a_tables_header_row_is_no_site_menu():
    text = ("首页 | 政务公开 | 办事服务 | 互动交流 | 数据开放\n正文。\n"
            "序号 | 重点工作任务 | 牵头单位 | 负责科室 | 计划完成时间 | 进展情况\n1 | 新增老年食堂15个 | 区民政局 | 养老科 | 11月底前 | 已完成3个")
    assert run(text).text == text.split("\n", 1)[1]


def test_a_reports_contents_then_its_body_keep_the_bodys_numbered_heading():
    """一、…工作回顾 opens the contents and again the body: the body's heading stays (its review starts there)."""
    text = ("一、2025年工作回顾\n二、2026年工作安排\n2026年某市政府工作报告\n各位代表：\n一、2025年工作回顾\n"
            "2025年实现地区生产总值364.72亿元。\n二、2026年工作安排\n地区生产总值增长5%。")
    assert run(text).text.count("一、2025年工作回顾") == 2


def test_plans_words_that_spam_lists_could_catch_stay():
    text = "推进中日韩合作。\n配备棋牌室和阅览室。\n用好体育彩票公益金。"
    assert run(text).text == text


def test_gbk_shown_as_latin1_is_repaired_and_recorded():
    from policyparse.readers.txt import read
    mangled = "到2025年，全市新建幼儿园12所。".encode("gbk").decode("latin-1")
    raw = read(mangled.encode("utf-8"), "m.txt", "0")
    assert raw.blocks[0].text == "到2025年，全市新建幼儿园12所。"
    assert any("Latin-1" in m for _, m in raw.problems)


def test_latin_text_is_not_taken_for_mojibake():
    from policyparse.readers.mojibake import repair
    text = "Café résumé naïve façade über straße, déjà vu à la carte"
    assert repair(text) == (text, 0)


@pytest.mark.parametrize("rule,text,expected", CASES)
def test_rule(rule, text, expected):
    ct = run(text)
    assert ct.text == expected
    assert rule in ct.log and ct.log[rule][0] >= 1


@pytest.mark.parametrize("text,expected", [
    ("到２０２５年达到９５％", "到2025年达到95%"),
    ("生师比１∶１９", "生师比1:19"),
    ("全角ＡＩ技术", "全角AI技术"),
    ("零宽\u200b字符", "零宽字符"),
    ("达到٩٥%", "达到95%"),              # digits of other scripts become 0-9
    ("编号\U0001e5f1", "编号?"),         # one Python's tables do not know becomes ?
])
def test_width_normalisation(text, expected):
    assert run(text).text == expected


@pytest.mark.parametrize("text", [
    "到X年，全市达到85%。",        # placeholders are kept
    "时间为9:00-18:30。",           # clock times keep their colons
        "2020,2021年两年分为1,2,3类。",  # years listed with a comma, a list of digits: no thousands
    "5 120 300 480",  # numbers apart by spaces (a row of cells): no thousands
    "“十二五”规划，一二三类学校。",  # 十二五 and a list of numerals are no year
    "指标\n2023年\n2025年\n森林覆盖率\n43\n45\n以上各项指标",  # a table a cell a line: no comparator ends a line
    "2023年推进教育现代化。",
    "学生每天课外阅读时间30分钟",  # a plan's line of reading time is no reading-time widget
    "学生每天课外阅读约30分钟",
    '屏幕为6.1"，型号为"A15"。',  # an inch mark and quotes around Latin are no Chinese quotation
    "PM2.5浓度<35微克/立方米，当a<b且b>c时。",  # a comparison sign is no tag
    "单位：万元/年/人/户",  # units apart by slashes are no list of links
    "按甲 / 乙 / 丙三类分别管理。",  # nor a sentence naming kinds apart by slashes
])
def test_left_alone(text):
    assert run(text).text == text


def test_chunk_markers_rejoined():
    body = ("为全面提升学校教育质量，推进素质教育，组织学生开展社会实践活动和研学旅行，加强劳动教育，培养学生的综合素质。"
            "每学期组织学生参加社会实践活动不少于2次，每次时间不少于半天，切实提高学生实践能力。")
    width = 24
    chunks = [body[i:i + width] for i in range(0, len(body), width)]
    text = "\n".join([chunks[0]] + [f"{i}、{c}" for i, c in enumerate(chunks[1:], 2)])
    ct = run(text)
    assert ct.text == body
    assert ct.log["page_chunk_marker"][0] == len(chunks) - 1


def test_real_short_list_is_not_chunk_markers():
    text = "工作要求\n1、加强组织领导\n2、强化经费保障\n3、严格督导考核"
    assert run(text).text == text


def test_real_list_with_finished_sentences_is_not_chunk_markers():
    text = ("主要任务如下：\n1、加强组织领导，成立工作专班，统筹推进各项任务落实。\n"
            "2、强化经费保障，每年安排专项资金用于项目建设和人员培训。\n3、严格督导考核，将任务完成情况纳入年度考核。")
    assert run(text).text == text


def test_mojibake_is_flagged_not_removed():
    text = "形成可复制的經驗?zāi)J健，推广经验。\n正文锟斤拷正文"
    ct = run(text)
    assert ct.text == text
    kinds = [p[0] for p in ct.problems]
    assert kinds.count("mojibake") == 2
    start, end = ct.problems[1][2]
    assert ct.text[start:end] == "锟斤拷"


def test_blocks_map_into_clean_text():
    ct = run("下载本文档\n第一段。\n\n第二段。")
    assert [(b.index, ct.text[b.start:b.end]) for b in ct.blocks] == [(1, "第一段。"), (3, "第二段。")]


@pytest.mark.parametrize("text", [
    # a news page's unpunctuated numbered list of targets: items of any lengths, each its own line
    "到2020年将实现：\n1、新建投入使用市级三级公立医院12家，其中10家在原特区外\n2、全市常住人口千人床位数达到4.3张\n"
    "3、千人医生数达到2.8名\n4、全市达到三级水平的医院增加到60家以上\n5、建成10家在全省具有影响力的医疗机构\n"
    "6、基本实现大病不出市\n7、市域内住院率达到98%以上",
    "重点工作\n1、完善城乡医疗服务体系建设规划和布局调整方案\n2、推进分级诊疗\n3、加强基层医疗卫生人才队伍建设和培养培训工作\n"
    "4、深化公立医院综合改革\n5、提升中医药服务能力",
])
def test_unpunctuated_list_of_varied_items_is_not_chunk_markers(text):
    assert run(text).text == text


def test_no_line_pattern_drops_a_line_shorter_than_two_characters():
    """The line-start scanner skips lines of fewer than two characters at a lookahead's cost (a text of
    a million one-character lines); that is only right while no pattern could drop such a line."""
    import string

    import regex

    from policyparse.clean import _within_line
    from policyparse.data import load

    d = load("clean")
    samples = set(string.printable) - {"\n"} | set("一二三四五六七八九十页共第附件目录。，、；：？！“”（）《》【】·—…－|｜ \u3000\xa0")
    samples |= {chr(c) for c in range(0x4E00, 0x9FA6, 7)}  # a spread of Han characters
    for rule in ("page_furniture", "boilerplate"):
        for p in d[rule]:
            if p.startswith("^"):
                line = regex.compile(_within_line(p), regex.MULTILINE)
                assert not [c for c in samples | {""} if line.match(c)], (rule, p)


@pytest.mark.parametrize("text", [
    "全年完成80。2025年起，全面推开。",   # a full stop between digits in running text ends a sentence
    "共建成 1 A 2 B 3 C\n其余待定。",       # short tokens of a text are no junk: too few pairs
    "指标：a b c d e f g h\n正文。",       # letters alone, no printed first characters
])
def test_what_looks_like_junk_or_a_decimal_stop_stays(text):
    ct = run(text)
    assert "forum_jammer" not in ct.log and "decimal_full_stop" not in ct.log


def test_a_tables_cells_a_line_after_each_bar_go_back_onto_their_row():
    text = "指标\n| 2020年\n| 2025年\n| 属性\n覆盖率(%)\n| 70\n| 80\n| 约束性\n|\n普及率(%)\n| 60\n| 75\n| 预期性"
    ct = run(text)
    assert ct.text.split("\n") == ["指标 | 2020年 | 2025年 | 属性", "覆盖率(%) | 70 | 80 | 约束性 |", "普及率(%) | 60 | 75 | 预期性"]
    assert ct.log["leading_cells"][0] == 10


def test_a_few_lines_opening_with_a_bar_are_left_alone():
    text = "正文第一段。\n| 注：数据来自统计局\n正文第二段。"
    assert run(text).text == text


def test_a_page_on_one_line_that_opens_with_its_crumbs_keeps_its_text():
    """您的位置:首页 > 快讯 > … on a page saved as one line: a crumbs line holds no full stop, so this one is the
    page, not furniture (it was once dropped whole, leaving nothing to read)."""
    text = ("您的位置:首页 > 快讯 > 某市:到2035年建成5家左右大学科技园 来源:某某快讯 • 2023-09-08 13:09:52 "
            "某委近日联合印发了《指导意见》。《意见》提出到2035年，建成5家左右世界一流大学科技园。")
    assert "《意见》提出到2035年" in policyparse.parse_text(text).text


def test_cleaning_compiles_no_pattern_for_each_text(monkeypatch):
    # the lines that start like a text's first line are found without a pattern built for that line: compiling one
    # cost more than cleaning a short page
    import policyparse.clean as c
    policyparse.parse_text("某县农村公路建设实施方案\n一、目标\n到2025年，新建农村公路10公里。")  # (the rules, loaded once)
    compiled = []
    real = c.regex.compile
    monkeypatch.setattr(c.regex, "compile", lambda *a, **k: compiled.append(a) or real(*a, **k))
    for i in range(5):
        text = f"某县第{i}号农村公路建设实施方案\n一、目标\n到2025年，新建农村公路{i + 10}公里。\n某县第{i}号农村公路建设实施方案\n"
        policyparse.parse_text(text)
    assert compiled == []
