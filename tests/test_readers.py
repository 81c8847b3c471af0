"""Format sniffing, text decoding, Word numbering and PDF reading."""
import io
import zipfile

import pytest

import policyparse
from policyparse.readers import read_bytes, sniff
from policyparse.readers.docx import Numbering, _para_text, format_number

TEXT = "一、总体目标\n到2025年，学前三年毛入园率达到95%以上。\n（一）加强领导。"


@pytest.mark.parametrize("data,kind", [
    (b"%PDF-1.7\n...", "pdf"), (b"PK\x03\x04....", "docx"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1xx", "ole"),
    (b"\x89PNG\r\n", "PNG image"), (TEXT.encode(), "txt"), (b"{\\rtf1 ...", "RTF document"),
])
def test_sniff(data, kind):
    assert sniff(data) == kind


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "gb18030", "big5"])
def test_txt_encodings(encoding):
    text = TEXT if encoding != "big5" else "一、總體目標\n到2025年，學前三年毛入園率達到95%以上。"
    raw = read_bytes(text.encode(encoding), "x.txt")
    assert "\n".join(b.text for b in raw.blocks).strip() == text
    assert raw.encoding in (encoding.replace("-sig", ""), "utf-16")


def test_utf16_without_bom():
    raw = read_bytes(TEXT.encode("utf-16-le"), "x.txt")
    assert raw.blocks[0].text == "一、总体目标"
    assert any(k == "encoding" for k, _ in raw.problems)


def test_mislabelled_docx_that_is_text_is_read_as_text():
    raw = read_bytes(TEXT.encode(), "plan.docx")
    assert raw.format == "txt"


@pytest.mark.parametrize("n,fmt,out", [
    (3, "decimal", "3"), (12, "chineseCounting", "十二"), (3, "chineseCountingThousand", "三"),
    (2, "ideographTraditional", "乙"), (4, "decimalEnclosedCircle", "④"), (7, "decimalFullWidth", "７"),
    (2, "chineseLegalSimplified", "贰"), (4, "upperRoman", "IV"), (3, "lowerLetter", "c"), (1, "bullet", ""),
    (5, "none", ""),
])
def test_word_number_formats(n, fmt, out):
    assert format_number(n, fmt) == out


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbering(levels, overrides=""):
    from lxml import etree
    lv = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/></w:lvl>'
                 for i, (f, t) in enumerate(levels))
    xml = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="1">{lv}</w:abstractNum>'
           f'<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
           f'<w:num w:numId="2"><w:abstractNumId w:val="1"/>{overrides}</w:num></w:numbering>')
    return Numbering(etree.fromstring(xml))


def test_word_numbering_counters_levels_and_restarts():
    n = _numbering([("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%3."),
                    ("decimal", "%1.%2.%3")])
    seq = [(0, "一、"), (1, "（一）"), (1, "（二）"), (2, "1."), (2, "2."), (1, "（三）"), (2, "1."), (0, "二、"), (1, "（一）"),
           (3, "二.一.1")]
    assert [n.label("1", lvl) for lvl, _ in seq] == [want for _, want in seq]


def test_word_numbering_start_override_restarts_a_list():
    n = _numbering([("decimal", "%1.")], '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    assert [n.label("1", 0), n.label("1", 0)] == ["1.", "2."]
    assert n.label("2", 0) == "1."
    assert n.label("1", 0) == "3."
    assert n.label("99", 0) is None


def test_paragraph_text_skips_page_fields_and_deleted_text():
    from lxml import etree
    xml = (f'<w:p {W}><w:r><w:t>正文</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
           f'<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
           f'<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
           f'<w:del><w:r><w:delText>删掉</w:delText></w:r></w:del><w:r><w:tab/><w:t>继续</w:t></w:r></w:p>')
    assert _para_text(etree.fromstring(xml)) == "正文\t继续"


def _docx_bytes(document_xml: str, numbering_xml: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document_xml)
        if numbering_xml:
            z.writestr("word/numbering.xml", numbering_xml)
    return buf.getvalue()


def test_docx_reader_renders_labels_and_keeps_tables_in_order():
    numbering = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 f'<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
                 f'<w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>')
    numpr = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr>'

    def p(t, num=True):
        return f'<w:p><w:pPr>{numpr if num else ""}</w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>'

    table = ('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2025年</w:t></w:r></w:p></w:tc></w:tr>'
             '<w:tr><w:tc><w:p><w:r><w:t>入园率</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>95%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    doc = f'<w:document {W}><w:body>{p("总体目标")}{p("正文。", False)}{table}{p("主要任务")}</w:body></w:document>'
    raw = read_bytes(_docx_bytes(doc, numbering), "x.docx")
    assert [b.text for b in raw.blocks if b.kind != "table"] == ["一、总体目标", "正文。", "二、主要任务"]
    assert [b.kind for b in raw.blocks] == ["list_item", "paragraph", "table", "list_item"]
    assert raw.blocks[2].rows == [["指标", "2025年"], ["入园率", "95%"]]


def test_corpus_docx_uses_word_numbering(corpus):
    """The corpus .docx files carry no typed labels: the structure comes from numbering.xml."""
    data = (corpus / "01_edu_quality.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode()
    assert "指导思想与目标" in xml and "一、指导思想与目标" not in xml
    raw = read_bytes(data, "01.docx")
    texts = [b.text for b in raw.blocks]
    assert "一、指导思想与目标" in texts
    assert not any("PAGE" in t for t in texts)


def test_pdf_reader_pages_furniture_and_tables(corpus):
    raw = read_bytes((corpus / "07_env_air.pdf").read_bytes(), "07.pdf")
    assert raw.pages >= 2 and all(b.page for b in raw.blocks)
    assert {b.page for b in raw.blocks} == set(range(1, raw.pages + 1))
    texts = [b.text for b in raw.blocks]
    assert not any(t.strip().startswith("- ") and t.strip().endswith(" -") for t in texts), "page numbers left in"
    title = "XX市空气质量持续改善行动计划（2024—2026年）"
    assert sum(1 for t in texts if t == title) <= 1, "running header repeated"
    tables = [b for b in raw.blocks if b.kind == "table"]
    assert tables and tables[0].rows[0][:2] == ["指标", "2024年"]
    # wrapped lines are joined without spaces
    assert any("空气质量优良天数比率达到85%以上" in t for t in texts)


def test_word_numbering_through_a_numbering_style():
    from lxml import etree
    xml = (f'<w:numbering {W}><w:abstractNum w:abstractNumId="1"><w:styleLink w:val="PlanList"/>'
           f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
           f'</w:abstractNum><w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="PlanList"/></w:abstractNum>'
           f'<w:num w:numId="7"><w:abstractNumId w:val="2"/></w:num></w:numbering>')
    n = Numbering(etree.fromstring(xml))
    assert [n.label("7", 0), n.label("7", 0)] == ["一、", "二、"]


def _encodable(texts, encodings):
    out = []
    for t in texts:
        for e in encodings:
            try:
                out.append((e, t, t.encode(e)))
            except UnicodeEncodeError:
                pass  # Big5 has no Simplified 总: that pair is not a case
    return out


@pytest.mark.parametrize("encoding,text,data", _encodable([
    "到2025年，全市高中阶段教育毛入学率达到95%以上。",      # 上 is 0A 4E in UTF-16: a line-feed byte inside a character
    "每學期開設不少於10節勞動教育課。",
    "一、总体要求",                                          # short: a few characters to go on
], ["utf-16-le", "utf-16-be", "gb18030", "big5", "utf-8"]))
def test_encodings_without_a_mark_are_detected(encoding, text, data):
    from policyparse.readers.txt import decode
    assert decode(data, "x.txt")[0] == text


def _pdf_blocks(path, engine, monkeypatch):
    monkeypatch.setenv("POLICYPARSE_PDF_ENGINE", engine)
    raw = read_bytes(path.read_bytes(), str(path))
    return [(b.kind, b.text, b.page, b.rows) for b in raw.blocks], raw.problems


def test_pdf_fast_path_gives_pdfplumbers_text_on_every_corpus_pdf(corpus, monkeypatch):
    """PDFium reads the pages without ruling lines, pdfplumber the ones with tables: together they
    must give exactly what pdfplumber alone gives (lines, joins, furniture, tables, pages)."""
    pdfs = sorted(corpus.glob("*.pdf"))
    assert len(pdfs) >= 10
    for p in pdfs:
        assert _pdf_blocks(p, "auto", monkeypatch) == _pdf_blocks(p, "pdfplumber", monkeypatch), p.name


def test_pdf_fast_path_sends_ruled_pages_to_pdfplumber(corpus):
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from policyparse.readers.pdf import _ruled
    doc = pdfium.PdfDocument((corpus / "05_health_elderly.pdf").read_bytes())
    assert [_ruled(doc[i], pdfium_c) for i in range(len(doc))] == [False, True]  # the table is on page 2
    raw = read_bytes((corpus / "05_health_elderly.pdf").read_bytes(), "x.pdf")
    assert [b.page for b in raw.blocks if b.kind == "table"] == [2]


def test_utf8_text_with_one_gbk_line_is_decoded_line_by_line():
    data = ("某县教育质量提升三年行动计划\n一、总体目标\n".encode("utf-8") + "到2025年，义务教育巩固率达到99%。\n".encode("gbk")
            + "二、主要任务\n新建幼儿园12所。\n".encode("utf-8"))
    plan = policyparse.parse_bytes(data, "plan.txt")
    assert "义务教育巩固率达到99%" in plan.text and "新建幼儿园12所" in plan.text
    assert any("line by line" in p.message for p in plan.problems)
    assert [t.value for t in plan.targets] == [99.0, 12.0]


def test_gbk_text_is_still_gbk_and_not_line_by_line():
    data = "某县教育质量提升三年行动计划\n一、总体目标\n到2025年，义务教育巩固率达到99%。\n".encode("gbk")
    plan = policyparse.parse_bytes(data, "plan.txt")
    assert plan.source.encoding == "gb18030" and not any("line by line" in p.message for p in plan.problems)


@pytest.mark.parametrize("text", [
    # pages of the ethnic regions' media and of neighbours, in other scripts: text, read as it is
    "연변 사과배 산업 발전의 미래를 공동 계획\n조글로미디어 2021년5월16일 00시00분 조회:1098\n15일 오후, 연변에서 회의가 열렸다.\n",
    "Программа развития сельского хозяйства на 2021–2025 годы.\nЦель: увеличить урожай на 10%.\n",
    "Πρόγραμμα ανάπτυξης της περιφέρειας.\nΣτόχος: αύξηση κατά 10%.\n",
])
def test_text_in_another_script_is_text_not_binary_nor_mojibake(text):
    plan = policyparse.parse_bytes((text * 3).encode("utf-8"), "page.txt")
    assert plan.text.split("\n")[0] == text.split("\n")[0].strip()
    assert not any("Latin-1" in p.message for p in plan.problems)
    assert plan.targets == [] and any("little Chinese" in p.message for p in plan.problems)
