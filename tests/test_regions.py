"""Regions resolved to division codes (regions.py, data/divisions.tsv): invented titles, issuers and
first lines of every shape, then the real documents of ../shared whose text states their region."""
from pathlib import Path

import pytest

import policyparse
from policyparse.regions import resolve

# (title, issuer, first lines, 文号) -> code, or "ambiguous:code,code", or None
CASES = [
    # provinces, by full and short names, autonomous regions by their short names
    ("江苏省中小学教育质量提升三年行动方案", None, "", None, "320000"),
    ("广西壮族自治区全民健身实施计划", None, "", None, "450000"),
    ("内蒙古“十四五”生态环境保护规划", None, "", None, "150000"),
    ("新疆维吾尔自治区乡村振兴规划", None, "", None, "650000"),
    ("山西“十四五”就业促进规划", None, "", None, "140000"),
    # cities, county-level cities, districts, a county under its province directly
    ("苏州市农业农村现代化三年行动计划", None, "", None, "320500"),
    ("太仓市教育高质量发展实施方案", None, "", None, "320585"),
    ("江苏省苏州市太仓市2023年工作要点", None, "", None, "320585"),
    ("成都市武侯区教育高质量发展实施方案", None, "", None, "510107"),
    ("上海市浦东新区海绵城市建设实施方案", None, "", None, "310115"),
    ("仙桃市“十四五”卫生健康规划", None, "", None, "429004"),
    ("延边州乡村旅游发展规划", None, "", None, "222400"),
    ("恩施土家族苗族自治州教育事业发展规划", None, "", None, "422800"),
    ("彭水苗族土家族自治县2024年预算执行情况", None, "", None, "500243"),
    ("吉林市“十四五”规划", None, "", None, "220200"),
    ("吉林省“十四五”规划", None, "", None, "220000"),
    # a short name is the highest division of that name: 河南 the province, not 河南蒙古族自治县
    ("河南粮食生产核心区建设规划的实施意见", None, "", None, "410000"),
    # ambiguous names: resolved by the issuer, the 文号 or the text, else recorded with their candidates
    ("朝阳区教育发展规划", "北京市朝阳区人民政府", "", None, "110105"),
    ("朝阳区教育发展规划", "朝阳区人民政府", "", "京朝政发〔2021〕3号", "110105"),
    ("朝阳区教育发展规划", None, "长春市朝阳区人民政府\n", None, "220104"),
    ("朝阳区教育发展规划", None, "", None, "ambiguous:110105,220104"),
    ("鼓楼区养老服务三年行动计划", None, "南京市鼓楼区民政局\n", None, "320106"),
    ("鼓楼区养老服务三年行动计划", None, "", None, "ambiguous:320106,320302,350102,410204"),
    # the issuer when the title names no place; the title's lead-in words skipped
    ("“十四五”就业促进规划", "榆林市人民政府", "", None, "610800"),
    ("关于印发太仓市教育发展规划的通知", None, "", None, "320585"),
    # national: the State Council or a ministry
    ("“十四五”国家老龄事业发展和养老服务体系规划", "国务院", "", None, "national"),
    ("国务院办公厅关于以新业态新模式引领新型消费加快发展的意见", None, "", None, "national"),
    # running text: the place named most, a chain weighing once a name, newspapers and datelines aside
    ("政府工作报告", None, "【香港商报网讯】2月19日，绵阳市涪城区第六届人民代表大会开幕。绵阳市委……", None, "510703"),
    ("新闻", None, "近日，湖南省印发棚户区改造方案。", None, "430000"),
    ("新闻", None, "人民网北京8月3日电 国务院印发全民健身计划", None, None),
    # one bare name is enough when the text speaks of its own place at that level (我市 … 大连海关)
    ("新闻", None, "记者从市商务局获悉，今年一季度我市外贸进出口平稳，大连海关开辟绿色通道。", None, "210200"),
    ("新闻", None, "今年一季度外贸进出口平稳，大连海关开辟绿色通道。", None, None),
    ("通知", None, "北京、天津、石家庄、唐山、保定、太原、济南、郑州等城市", None, None),
    # no place: region words, placeholders, old names not in the list, common nouns that are also names
    ("全市教育三年行动计划", None, "", None, None),
    ("根据我市实际制定本方案", None, "", None, None),
    ("XX市“十四五”生态环境保护规划", None, "", None, None),
    ("城区学校布局规划", None, "", None, None),
    ("实施方案", None, "老城区改造和互助养老服务，致富县域经济", None, None),
    ("香港商报", None, "", None, None),
]


@pytest.mark.parametrize("title,issuer,text,doc_number,expected", CASES)
def test_region_resolved_to_its_division(title, issuer, text, doc_number, expected):
    d = resolve(title, issuer, text, doc_number)
    if expected is None:
        assert d is None, d
    elif expected == "national":
        assert d.level == "national" and d.code is None and d.name == "全国"
    elif expected.startswith("ambiguous:"):
        assert d.ambiguous and d.code is None
        assert [c.split()[0] for c in d.candidates] == expected.split(":")[1].split(",")
    else:
        assert not d.ambiguous and d.code == expected, d


def test_division_names_its_province_city_and_level():
    d = resolve("太仓市教育高质量发展实施方案", None)
    assert (d.name, d.level, d.province, d.province_code, d.city, d.city_code, d.source) == \
        ("太仓市", "county", "江苏省", "320000", "苏州市", "320500", "title")
    d = resolve("浦东新区规划", None)  # a municipality's district: no city between
    assert (d.level, d.province, d.city) == ("county", "上海市", None)
    d = resolve("杭州市规划", None)
    assert (d.level, d.province, d.city) == ("city", "浙江省", None)


def test_parse_puts_the_division_in_the_metadata():
    plan = policyparse.parse_text("太仓市教育高质量发展实施方案\n一、总体要求\n到2025年，建成学校10所。\n")
    assert plan.metadata.region == "太仓市" and plan.metadata.division.code == "320585"


SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
# real documents whose text states their region (../shared, read at test time) -> the division's code,
# by the batches' SOURCES.md: titles, issuers, first sentences, news datelines
REAL = {
    "real/b1_04_sichuan_ecoprotection.txt": "510000", "real/b1_06_jiading_spongecity.txt": "310114",
    "real/b1_09_guangzhou_carbon.txt": "440100", "real/b1_10_shanghai_carbonpeak.txt": "310000",
    "real/b1_16_henan_publictransport.txt": "410000", "real/b1_17_beijing_transport.txt": "110000",
    "real/b1_18_tianjin_oldcommunities.txt": "120000", "real/b1_19_ganzhou_oldcommunities.txt": "360700",
    "real/b1_21_suzhou_agrimodern.txt": "320500", "real/b1_23_henan_ruralconstruction.txt": "410000",
    "real/b1_24_hangzhou_agriculture.txt": "330100", "real/b1_27_yancheng_digitaleconomy.txt": "320900",
    "real/b1_29_shanghai_manufacturing.txt": "310000", "real/b1_31_shenzhen_hightechzone.txt": "440300",
    "real/b1_32_changzhi_nighteconomy.txt": "140400", "real/b1_34_sichuan_consumption.txt": "510000",
    # Hubei's plan for the national 意见 it opens by citing (为深入贯彻落实《国务院办公厅…意见》)
    "real/b1_33_hubei_consumption.txt": "420000",
    "real/b1_35_sanming_crossborder.txt": "350400", "real/b1_37_zhangzhou_gwr.txt": "350600",
    "real/b1_38_fucheng_gwr.txt": "510703", "real/b1_26_shandong_digitaleconomy.txt": "370000",
    "real/b1_36_dalian_foreigntrade.txt": "210200", "real/b1_40_changshun_statistics.txt": "522729",
    "real/b2_05_yunnan_culturetourism_trad.txt": "530000", "real/b2_15_binzhou_budget2024.txt": "371600",
    "real/b2_16_tianjin_employment14th_trad_sidebar.txt": "120000", "real/b2_17_shanxi_employment14th.txt": "140000",
    "real/b2_19_pinglu_poverty2018_news.txt": "140829", "real/b2_20_yulin_yuyang_healthaction.txt": "610802",
    "real/b2_23_jining_education14th_trad.txt": "370800", "real/b2_24_tianshui_qinan_worksafety14th_table.txt": "620522",
    "real/b2_25_sichuan_worksafety3yr_phases.txt": "510000", "real/b2_26_hangzhou_preschool2005_docshare.txt": "330100",
    "real/b2_29_changde_govservice_yijianshi.txt": "430700", "real/b2_32_hefei_elderlymeals_trad_wiki.txt": "340100",
    "real/b2_33_chuzhou_laian_elderlymeals_caption.txt": "341122", "real/b2_34_shantou_longhu_culture12th_trad.txt": "440507",
    "real/b2_35_jiangsu_sport14th_trad_spam.txt": "320000", "real/b2_36_chongqing_pengshui_budget_pipetable.txt": "500243",
    "real/b2_38_zhongshan_gwr2025_targets.txt": "442000", "real/d01_henan_grain_latin1.txt": "410000",
    "real/d02_hangzhou_health.txt": "330100", "real/d04_zhejiang_pinyin_latin.txt": "330000",
    "wild/html_jiangxi_tjgb2022.html": "360000", "wild/html_wanzai_tjgb2022.html": "360922",
    "wild/html_yichun_tjgb2022.html": "360900", "wild/html_deqing_gov_news.html": "330521",
    "wild/pdf_beijing_gzbg2024.pdf": "110000", "wild/pdf_shenzhen_gender_stats.pdf": "440300",
    "wild/doc_police_test_notice.doc": "361100", "wild/ofd_linxiang_permit.ofd": "530902",
    # national documents: level national, or no region at all, never a place their text happens to name
    "real/d03_national_health_plan_trad.txt": "national",
    "wild/html_govcn_nongji_yijian.html": "national", "wild/html_govcn_zhijiao_fangan.html": "national",
    "real/b1_03_national_airquality.txt": None, "real/b1_12_national_irrigation.txt": None,
    "real/b2_09_national_fitnessplan_seoinject.txt": None, "wild/ofd_haiguan_article.ofd": None,
}


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside this checkout")
@pytest.mark.parametrize("name", sorted(REAL))
def test_real_documents_region_code(name):
    d = policyparse.parse(SHARED / name).metadata.division
    expected = REAL[name]
    if expected is None:
        assert d is None or d.level == "national", d
    elif expected == "national":
        assert d is not None and d.level == "national", d
    else:
        assert d is not None and d.code == expected, d
