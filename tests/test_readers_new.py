"""Web pages, Word 97-2003 (.doc/.wps) and OFD: what each reader keeps, drops and refuses."""
import pytest

import policyparse
from policyparse import errors
from policyparse.readers import read_bytes, sniff

from .conftest import writers

W = writers()


def _texts(raw):
    return [b.text for b in raw.blocks]


# ------------------------------------------------------------------ sniffing
@pytest.mark.parametrize("data,kind", [
    (b"<!DOCTYPE html><html><body>x</body></html>", "html"),
    (b"\xef\xbb\xbf\r\n<html lang='zh'>", "html"),
    (b"<?xml version='1.0' encoding='utf-8'?>\n<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0'>", "html"),
    (b"<!-- saved from url=(0042)http://www.gov.cn/ -->\n<html>", "html"),
    (b"\n\n<meta charset=gbk><title>x</title>", "html"),
    ("<html>".encode("utf-16"), "html"),
    ("一、总体目标\n<p>不是网页</p>".encode(), "txt"),
    # a headline a crawler saved over the content element it stored: a fragment still
    ("2023年，某市新增医疗床位1300张\n<div class=\"rich_media\"><section><p>日前，</p><p>记者获悉</p><p>2023年</p>"
     "<p>新增床位1300张</p></section></div>".encode(), "html"),
    ("某市行动计划\n一、总体目标\n<p>新建学校</p><p>5所</p><br><br><br>".encode(), "txt"),
    (W.word97(["x"]), "ole"),
    (W.ofd([["某市行动计划"]]), "ofd"),
])
def test_sniff_new_formats(data, kind):
    assert sniff(data) == kind


# ------------------------------------------------------------------ HTML
PAGE = """<html><head><meta charset="{enc}"><title>某县行动方案_某县人民政府网</title></head><body>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/x">机构</a></li></ul>
<div class="con"><h1>某县全民健身三年行动方案</h1>
<ul class="xxgk"><li><b>索引号：</b>001-2024-07</li><li><b>发文机关：</b>某县人民政府</li>
<li><b>发文字号：</b>某政发〔2024〕7号</li><li><b>发布日期：</b>2024/5/6</li></ul>
<table width="100%"><tr><td><p>一、工作目标</p><p>到2026年，经常参加体育锻炼人数比例达到40%以上，新建健身步道20公里。体育场地面积持续增加，群众满意度稳步提升。</p>
<ol type="a"><li>完善设施。</li><li>丰富赛事。</li></ol>
<p>二、保障措施<br>加强组织领导。<span style="display:none">隐藏的统计代码</span></p></td></tr></table>
<div class="bdsharebuttonbox">分享到：<a>微博</a></div></div>
<div class="footer">版权所有：某县人民政府</div></body></html>"""


@pytest.mark.parametrize("enc,declared", [("gbk", "gbk"), ("utf-8", "utf-8"), ("gb18030", "gb2312")])
def test_html_page_text_order_lists_and_header(enc, declared):
    raw = read_bytes(PAGE.format(enc=declared).encode(enc), "page.html")
    texts = _texts(raw)
    assert raw.format == "html" and not raw.problems
    assert texts[0] == "某县全民健身三年行动方案"
    assert "一、工作目标" in texts and "a.完善设施。" in texts and "b.丰富赛事。" in texts
    assert texts[-2:] == ["二、保障措施", "加强组织领导。"]  # <br> breaks the line; the hidden span goes
    assert not any(w in "".join(texts) for w in ("首页", "分享到", "版权所有", "索引号", "隐藏"))
    assert raw.meta == {"title": "某县全民健身三年行动方案", "index_no": "001-2024-07", "issuer": "某县人民政府",
                        "doc_number": "某政发〔2024〕7号", "date_published": "2024-05-06"}


def test_html_wrong_charset_declaration_is_overruled():
    raw = read_bytes(PAGE.format(enc="gbk").encode("utf-8"), "page.htm")
    assert raw.encoding == "utf-8" and "一、工作目标" in _texts(raw)


def test_html_saved_as_doc_is_read_and_flagged():
    raw = read_bytes(PAGE.format(enc="utf-8").encode(), "附件1.doc")
    assert raw.format == "html" and [k for k, _ in raw.problems] == ["mislabelled"]


def test_html_data_table_is_a_table_and_layout_table_is_text():
    page = ("<html><body><div><p>" + "某市推进工作，制定本方案。" * 12 + "</p><table><tr><th>指标</th><th>2025年</th></tr>"
            "<tr><td>覆盖率（%）</td><td>90</td></tr></table></div></body></html>")
    raw = read_bytes(page.encode(), "p.html")
    tables = [b for b in raw.blocks if b.kind == "table"]
    assert tables[0].rows == [["指标", "2025年"], ["覆盖率（%）", "90"]]


def test_parse_web_page_fills_metadata(tmp_path):
    import policyparse
    p = tmp_path / "page.html"
    p.write_bytes(PAGE.format(enc="gbk").encode("gbk"))
    plan = policyparse.parse(p)
    assert plan.source.format == "html" and plan.metadata.doc_number == "某政发〔2024〕7号"
    assert plan.metadata.issuer == "某县人民政府" and plan.metadata.date_published == "2024-05-06"
    assert [(t.indicator, t.value, t.unit, t.year) for t in plan.targets] == [
        ("经常参加体育锻炼人数比例", 40.0, "%", 2026), ("新建健身步道", 20.0, "公里", 2026)]


# ------------------------------------------------------------------ .doc / .wps
DOC = ["某市行动方案", "Plain ASCII paragraph, cp1252 piece", "一、总体目标",
       "到2025年，覆盖率达到\x13 REF x \\h \x13 SEQ y\x14 7\x15\x1490\x15%。", [["指标", "2025年"], ["覆盖率", "90%"]],
       "二、措施\x0b（一）加强领导。\x1e\x1f\xa0完成"]


def test_doc_reads_pieces_in_order_fields_cells_and_breaks():
    raw = read_bytes(W.word97(DOC), "plan.doc")
    assert raw.format == "doc"
    assert _texts(raw) == ["某市行动方案", "Plain ASCII paragraph, cp1252 piece", "一、总体目标", "到2025年，覆盖率达到90%。",
                           "指标\t2025年\n覆盖率\t90%", "二、措施", "（一）加强领导。- 完成"]
    assert [b.rows for b in raw.blocks if b.kind == "table"] == [[["指标", "2025年"], ["覆盖率", "90%"]]]


@pytest.mark.parametrize("rows", [
    [["指标", "2024年", "2025年"], ["覆盖率", "", "90%"], ["数量", "3", ""]],  # empty cells, last one too
    [["甲"], ["乙"]],  # one column
    [["", "2025年"], ["覆盖率（%）", "95"]],  # an empty corner cell
    [["指标", "目标值", "责任单位"]] + [[f"指标{i}", f"{i}%", "市教育局"] for i in range(30)],
])
def test_doc_table_rows_from_the_row_marks(rows):
    raw = read_bytes(W.word97(["前言", rows, "结语"]), "t.doc")
    assert [b.kind for b in raw.blocks] == ["paragraph", "table", "paragraph"]
    assert raw.blocks[1].rows == rows


def test_wps_is_the_same_format_and_says_so():
    raw = read_bytes(W.word97(DOC), "plan.wps")
    assert raw.format == "wps" and _texts(raw)[2] == "一、总体目标"


@pytest.mark.parametrize("make,error,words", [
    (lambda: W.word97(DOC, encrypted=True), errors.EncryptedDocument, "encrypted"),
    (lambda: W.compound_file({"Workbook": b"\0" * 5000}), errors.UnsupportedFormat, "Excel"),
    (lambda: W.compound_file({"Contents": b"\0" * 5000}), errors.UnsupportedFormat, "not a Word document"),
    (lambda: W.word97(DOC)[:3000], errors.CorruptDocument, "corrupt"),
    (lambda: W.compound_file({"WordDocument": b"\0" * 5000, "1Table": b""}), errors.CorruptDocument, "bad FIB"),
])
def test_doc_refusals(make, error, words):
    with pytest.raises(error) as e:
        read_bytes(make(), "x.doc")
    assert words in str(e.value)


# ------------------------------------------------------------------ OFD
def test_ofd_orders_runs_by_position_and_joins_lines():
    page1 = ["某市行动方案", "一、总体目标", "　　到2025年，全市覆盖率达到90%，新建", "学校5所。", "二、措施"]
    raw = read_bytes(W.ofd([page1, ["（一）加强领导。"]], seed=3), "plan.ofd")
    assert raw.format == "ofd" and raw.pages == 2
    # the full line that stops mid-sentence goes on in the next one
    assert _texts(raw) == ["某市行动方案", "一、总体目标", "到2025年，全市覆盖率达到90%，新建学校5所。", "二、措施", "（一）加强领导。"]


def _ofd_without(part: str, replace: bytes = None) -> bytes:
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(W.ofd([["某市行动方案"]])))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n in src.namelist():
            if n != part:
                z.writestr(n, src.read(n))
            elif replace is not None:
                z.writestr(n, replace)
    return buf.getvalue()


def _encrypted_member(data: bytes) -> bytes:
    """Every member's "encrypted" flag set, in the local headers and the central directory."""
    out = bytearray(data)
    for sig, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = out.find(sig)
        while i >= 0:
            out[i + at] |= 1
            i = out.find(sig, i + 4)
    return bytes(out)


def _ofd_with(part: str, data: bytes) -> bytes:
    import io
    import zipfile
    buf = io.BytesIO(W.ofd([["某市行动方案"]]))
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr(part, data)
    return buf.getvalue()


@pytest.mark.parametrize("make,error", [
    (lambda: W.ofd([[]]), errors.NoTextLayer),
    (lambda: _ofd_without("Doc_0/Document.xml"), errors.CorruptDocument),
    (lambda: _ofd_without("OFD.xml", b"<ofd:OFD xmlns:ofd='x'><unclosed>"), errors.CorruptDocument),
    (lambda: W.ofd([["某市行动方案"]])[:300], errors.CorruptDocument),
    (lambda: _ofd_with("Doc_0/Encryptions.xml", b"<Encryptions/>"), errors.EncryptedDocument),
    (lambda: _encrypted_member(W.ofd([["某市行动方案"]])), errors.EncryptedDocument),
])
def test_ofd_refusals(make, error):
    with pytest.raises(error):
        read_bytes(make(), "x.ofd")


def test_html_declaring_a_western_charset_is_sniffed():
    raw = read_bytes(PAGE.format(enc="iso-8859-1").encode("gbk"), "page.html")
    assert raw.encoding != "iso-8859-1" and "一、工作目标" in _texts(raw)


def test_html_saved_as_utf8_under_an_old_gb2312_declaration():
    """GB18030 reads UTF-8 bytes of Chinese without an error, as nonsense: valid UTF-8 wins."""
    text = "<html><head><meta charset=gb2312></head><body><p>" + "城乡居民医保参保率稳定在95%以上。" * 10 + "</p></body></html>"
    raw = read_bytes(text.encode("utf-8"), "p.html")
    assert raw.encoding == "utf-8" and raw.blocks[0].text.startswith("城乡居民医保参保率")


def test_html_with_control_bytes_is_read():
    page = ("<html><body><script>x\x01</script>\x02<p>" + "城乡居民医保参保率稳定在95%以上。\x0b" * 8 + "</p>\x00</body></html>")
    raw = read_bytes(page.encode("utf-8"), "p.html")
    assert raw.blocks[0].text.startswith("城乡居民医保参保率") and "\x0b" not in raw.blocks[0].text


@pytest.mark.parametrize("value,date", [("2024-03-18 09:30", "2024-03-18"), ("2024年3月8日", "2024-03-08"),
                                        ("2024/13/40", None), ("三月", None)])
def test_html_dates_are_iso_or_nothing(value, date):
    from policyparse.readers.html import _iso_date
    assert _iso_date(value) == date


FRAGMENT = ("<div class=\"wrap\" style=\"font-family:宋体\">\n<table class=\"bd1\"><tbody>"
            "<tr><td><b>索 引 号：</b></td><td>000014349/2018-00230</td><td><b>发文机关：</b></td><td>某市人民政府办公室</td></tr>"
            "<tr><td><b>发文字号：</b></td><td>某政办发〔2018〕12号</td><td><b>成文日期：</b></td><td>2018年12月29日</td></tr>"
            "</tbody></table>\n<div class=\"b12c\" id=\"UCAP-CONTENT\">"
            "<p style=\"text-align:center\"><b>某市“无废城市”建设试点工作方案</b></p>"
            "<p>一、总体要求</p><p>到2020年，生活垃圾回收利用率达到35%以上。</p>"
            "<p>为深入贯彻落实党中央、国务院决策部署，推进固体废物源头减量和资源化利用，最大限度减少填埋量，"
            "将环境影响降至最低，结合我市实际，制定本方案。</p>"
            "<p>二、主要任务</p><p>（一）推进源头减量。新建分拣中心3个，推动工业固体废物贮存处置总量趋零增长，"
            "全面推行绿色生产方式，促进主要农业废弃物全量利用，践行绿色生活方式，推动生活垃圾源头减量。</p></div></div>")


@pytest.mark.parametrize("wrap", [lambda s: s, lambda s: "\n  " + s, lambda s: "<!-- saved -->" + s])
def test_a_page_stored_as_its_content_div_is_read_as_a_page(wrap):
    plan = policyparse.parse_bytes(wrap(FRAGMENT).encode("utf-8"), "page.txt")
    assert plan.source.format == "html"
    assert "<" not in plan.text and "td" not in plan.text
    assert plan.metadata.title == "某市“无废城市”建设试点工作方案"
    assert plan.metadata.doc_number == "某政办发〔2018〕12号"
    assert [s.label + s.title for s in plan.sections] == ["一、总体要求", "二、主要任务"]
    assert [t.value for t in plan.targets] == [35.0, 3.0]


@pytest.mark.parametrize("text", [
    "<不是标签>一、总体要求\n到2025年，覆盖率达到90%。",  # a bracket in prose
    "<div>只有一个标签</div>\n一、总体要求\n到2025年，覆盖率达到90%。",  # one tag is no page
])
def test_text_with_a_bracket_or_a_stray_tag_stays_text(text):
    assert policyparse.parse_bytes(text.encode("utf-8"), "plan.txt").source.format == "txt"


@pytest.mark.parametrize("text,bad", [
    ("犐犆犛３５．０４０犔８０犌犕／犜００３１—２０１４犛犲犮狌狉犲犲犾犲犮狋狉狅狀犻犮狊犲犪犾犮狉狔狆狋狅犵狉犪狆犺狔"
     "狋犲犮犺狀犻犮犪犾狊狆犲犮犻犳犻犮犪狋犻狅狀", True),
    ("到2025年，义务教育巩固率达到99%以上，高中阶段教育毛入学率达到95%，专任教师本科及以上学历比例不低于85%。", False),
    ("短短几个字", False),  # too little to judge
])
def test_a_garbled_text_layer_is_told_from_chinese(text, bad):
    from policyparse.readers import pdf
    assert pdf.garbled(text) is bad


def test_a_pdf_whose_fonts_map_to_rare_characters_is_no_text_layer(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "std.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("STSong-Light", 12)
    for i, line in enumerate(["犐犆犛３５．０４０犔８０", "犛犲犮狌狉犲犲犾犲犮狋狉狅狀犻犮狊犲犪犾", "犮狉狔狆狋狅犵狉犪狆犺狔狋犲犮犺狀犻犮犪犾狊狆犲犮犻犳犻犮犪狋犻狅狀"] * 3):
        c.drawString(60, 780 - 20 * i, line)
    c.save()
    with pytest.raises(errors.NoTextLayer, match="garbled"):
        policyparse.parse(path)


def test_a_pdf_whose_only_text_is_inside_a_ruled_table_is_read(tmp_path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "tasks.pdf"
    rows = [["指标", "2024年", "2025年"], ["新建幼儿园（所）", "10", "12"], ["普惠性幼儿园覆盖率（%）", "85", "90"]]
    table = Table(rows)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "STSong-Light", 11),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([table])
    plan = policyparse.parse(path)
    assert plan.tables and plan.tables[0].rows[1][0] == "新建幼儿园（所）"
    assert [(t.indicator, t.value, t.year) for t in plan.targets][-1] == ("普惠性幼儿园覆盖率", 90.0, 2025)


def test_a_heading_line_stays_its_own_line_when_the_pdf_boxes_are_too_tall():
    """Some PDFs give every line a box far taller than its glyphs; the heading (short of the right edge)
    must not run into the paragraph below it."""
    from policyparse.readers import pdf
    texts = [("一、2023年工作回顾", 112, 208), ("2023年是全面贯彻落实党的二十大精神的开局之年，是经济恢复", 112, 505),
             ("发展的一年。全市地区生产总值增长5.2%。", 90, 300), ("二、2024年重点任务", 112, 208),
             ("今年全市经济社会发展的主要预期目标是：地区生产总值增长", 112, 505), ("5%左右。", 90, 130)]
    lines = [dict(text=t, x0=x0, x1=x1, top=30.0 * i - 120, bottom=30.0 * i + 90, page=1) for i, (t, x0, x1) in enumerate(texts)]
    raw = pdf._assemble([dict(number=1, width=600, height=800, lines=lines, tables=[], nchars=200)], "x.pdf", "d", 10, 1)
    assert [b.text for b in raw.blocks] == [
        "一、2023年工作回顾", "2023年是全面贯彻落实党的二十大精神的开局之年，是经济恢复发展的一年。全市地区生产总值增长5.2%。",
        "二、2024年重点任务", "今年全市经济社会发展的主要预期目标是：地区生产总值增长5%左右。"]
