"""Unusable input: a typed error from the API, one line and exit code 2 from the CLI, fast."""
import io
import os
import subprocess
import sys
import zipfile

import pytest

import policyparse
from policyparse import errors

from .conftest import writers
from .work import calls, linear

W = writers()


def _zip(entries: dict, compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return buf.getvalue()


def _pdf(encrypt=False, text=True) -> bytes:
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    kw = {"encrypt": pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=0)} if encrypt else {}
    c = canvas.Canvas(buf, **kw)
    if text:
        c.drawString(100, 700, "plan text")
    else:
        c.rect(50, 50, 300, 300, fill=1)  # a 'scan': marks, no characters
    c.showPage()
    c.save()
    return buf.getvalue()


def _empty_docx() -> bytes:
    import docx
    buf = io.BytesIO()
    docx.Document().save(buf)  # a valid Word file with no paragraph at all
    return buf.getvalue()


def _bomb() -> bytes:
    body = b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
    return _zip({"[Content_Types].xml": "<Types/>", "word/document.xml": body + b" " * (80 * 2**20) + b"</w:body></w:document>"})


CASES = [
    ("empty.txt", lambda: b"", errors.EmptyDocument),
    ("blank.txt", lambda: b" \n\n\t \n", errors.EmptyDocument),
    ("nul.txt", lambda: b"\x00" * 10000, errors.EmptyDocument),
    ("random.bin", lambda: bytes(range(256)) * 40, errors.BinaryFile),
    ("random.docx", lambda: os.urandom(4096).replace(b"PK", b"pk").replace(b"%PDF", b"%pdf"), errors.BinaryFile),
    ("no-paragraph.docx", _empty_docx, errors.EmptyDocument),
    ("corrupt.docx", lambda: b"PK\x03\x04" + os.urandom(3000), errors.CorruptDocument),
    ("truncated.docx", lambda: _zip({"word/document.xml": "<w:document>" * 50})[:120], errors.CorruptDocument),
    ("badxml.docx", lambda: _zip({"word/document.xml": "<w:document><unclosed>"}), errors.CorruptDocument),
    ("plain.docx", lambda: _zip({"a.txt": "hello"}), errors.UnsupportedFormat),
    ("sheet.docx", lambda: _zip({"xl/workbook.xml": "<x/>"}), errors.UnsupportedFormat),
    ("bomb.docx", _bomb, errors.DocumentTooLarge),
    ("encrypted.pdf", lambda: _pdf(encrypt=True), errors.EncryptedDocument),
    ("scan.pdf", lambda: _pdf(text=False), errors.NoTextLayer),
    ("truncated.pdf", lambda: _pdf()[:400], errors.CorruptDocument),
    ("legacy.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, errors.CorruptDocument),
    ("truncated.doc", lambda: W.word97(["某市行动方案", "一、总体目标"] * 50)[:2500], errors.CorruptDocument),
    ("encrypted.doc", lambda: W.word97(["某市行动方案"], encrypted=True), errors.EncryptedDocument),
    ("sheet.xls.doc", lambda: W.compound_file({"Workbook": b"\0" * 5000}), errors.UnsupportedFormat),
    ("encrypted-docx.doc", lambda: W.compound_file({"EncryptionInfo": b"\0" * 10, "EncryptedPackage": b"\0" * 10}),
     errors.EncryptedDocument),
    ("truncated.ofd", lambda: W.ofd([["某市行动方案"] * 20])[:400], errors.CorruptDocument),
    ("scanned.ofd", lambda: W.ofd([[], []]), errors.NoTextLayer),
    ("picture.txt", lambda: b"\x89PNG\r\n\x1a\n" + os.urandom(100), errors.UnsupportedFormat),
    ("only-boilerplate.txt", lambda: "下载本文档\n温馨提示\n已阅读5页，还剩4页未读\n".encode(), errors.EmptyDocument),
    ("error-page.pdf", lambda: b"<!DOCTYPE html><html><head><title>404 Not Found</title></head></html>", errors.EmptyDocument),
    ("saved-page.txt", lambda: "\ufeff<html>\n<body>某市行动方案</body></html>".encode(), errors.EmptyDocument),
    ("list-page.html", lambda: ("<html><body><ul>" + "".join(f"<li><a href='/{i}'>某市关于印发第{i}个实施方案的通知</a>"
                                "<span>2024-01-02</span></li>" for i in range(300)) + "</ul></body></html>").encode(),
     errors.EmptyDocument),
    ("login.html", lambda: "<!doctype html><html><body><form><label>用户名</label><input name=u><label>密码</label>"
                           "<input type=password><button>登录</button></form></body></html>".encode(), errors.EmptyDocument),
    ("no-body.htm", lambda: b"<html><head><title>x</title><script>var a=1;</script></head></html>", errors.EmptyDocument),
    ("huge.html", lambda: b"<html><body><p>" + "某市行动方案。".encode() * (50 * 2**20 // 21) + b"</p></body></html>",
     errors.DocumentTooLarge),
    ("nested.html", lambda: b"<html><body>" + b"<div>" * 200_000 + b"x" + b"</div>" * 200_000 + b"</body></html>",
     errors.EmptyDocument),
    ("truncated.html", lambda: b"<!DOCTYPE html><html><head><meta charset=gbk></head><body><p>\xc4\xb3", errors.EmptyDocument),
]


def test_text_under_a_document_name_is_read_and_flagged(tmp_path):
    p = tmp_path / "plan.pdf"
    p.write_text("某市行动方案\n一、目标\n覆盖率达到90%。", encoding="utf-8")
    plan = policyparse.parse(p)
    assert plan.source.format == "txt" and plan.targets[0].value == 90.0
    assert [x.kind for x in plan.problems] == ["mislabelled"]


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bad")
    paths = {}
    for name, make, _ in CASES:
        p = folder / name
        p.write_bytes(make())
        paths[name] = p
    return paths


@pytest.mark.parametrize("name,make,error", CASES, ids=[c[0] for c in CASES])
def test_api_raises_typed_error(bad_files, name, make, error):
    with pytest.raises(error) as info:
        policyparse.parse(bad_files[name])
    assert isinstance(info.value, policyparse.PolicyParseError)
    assert str(bad_files[name]) in str(info.value)


def test_missing_file():
    with pytest.raises(errors.UnreadableFile):
        policyparse.parse("/nonexistent/plan.txt")


def _cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "policyparse", *map(str, args)], capture_output=True, text=True,
                          timeout=60, **kw)


def test_cli_one_line_per_bad_file_and_exit_2_while_good_files_still_parse(bad_files, corpus, tmp_path):
    good = corpus / "01_edu_quality.txt"
    out = tmp_path / "plans.jsonl"
    r = _cli("parse", bad_files["corrupt.docx"], good, bad_files["scan.pdf"], "-o", out)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2 and "Traceback" not in r.stderr
    assert lines[0].startswith(f"policyparse: {bad_files['corrupt.docx']}: ")
    assert "no usable text layer" in lines[1]
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # the good plan is there


@pytest.mark.parametrize("name", [c[0] for c in CASES])
def test_cli_never_prints_a_traceback(bad_files, name):
    r = _cli("parse", bad_files[name])
    assert r.returncode == 2
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1 and r.stderr.startswith(f"policyparse: {bad_files[name]}: ")


def test_a_single_line_plan_costs_linear_work(corpus):
    """Doc-sharing sites give whole plans on one line; how long 6 MB takes is benchmarks/speed.py's."""
    unit = (corpus / "01_edu_quality.txt").read_text(encoding="utf-8").replace("\n", "")
    small, big = (calls(policyparse.parse_bytes, (unit * k).encode(), "big.txt") for k in (3, 12))
    assert linear(small, big), (small, big)
    assert policyparse.parse_bytes((unit * 3).encode(), "big.txt").sections


PATHOLOGICAL = {"open-brackets": "（" * 50000, "labels": "1." * 100000, "cn-labels": "一、" * 50000,
                "paren-labels": "(1)" * 50000, "di": "第" * 100000, "years": "2025年" * 50000, "circled": "①" * 100000,
                "percents": "达到95%，" * 50000, "numbers-no-units": "1 2 3 4 5 " * 50000,
                "ten-thousand-digits": "达到" + "9" * 10000 + "%", "forty-numbers": "，".join(f"指标{i}达到{i}%" for i in range(40)),
                "unbalanced": "（（（【《“" * 20000 + "达到95%"}


@pytest.mark.parametrize("text", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
def test_pathological_lines_cost_linear_work(text):
    half = text[:len(text) // 4]
    assert linear(calls(policyparse.parse_text, half), calls(policyparse.parse_text, text))


@pytest.mark.parametrize("command", ["parse", "targets"])
def test_an_empty_word_file_is_exit_2_from_every_command(tmp_path, command):
    path = tmp_path / "empty.docx"
    path.write_bytes(_empty_docx())
    run = subprocess.run([sys.executable, "-m", "policyparse", command, str(path)], capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "empty.docx" in run.stderr and "Traceback" not in run.stderr
