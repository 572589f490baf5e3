"""What check-docs is given (scripts/docdrift/inputs.py): files, folders, URLs served on 127.0.0.1, and
input that is broken or hostile. Every entry gets its result: one that cannot be read is named with its
reason beside the others' results (text and JSON), never hides them."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import check_docs
import pytest
from docdrift import inputs
from docdrift.inputs import page_inputs
from spec_check import ROOT

PAGES = Path(__file__).parent / "doc_pages"
SHOW_JOB = (PAGES / "html" / "huawei-en-show-short-job.html").read_text(encoding="utf-8")
ZH_PAGE = (PAGES / "html" / "huawei-zh-show-audio-moderation-job.html").read_text(encoding="utf-8")


class _Routes(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        stripped = ZH_PAGE.replace('<meta charset="utf-8">', "")
        if self.path == "/meta-gbk.html":
            self._send(stripped.replace("<head>", '<head><meta charset="gbk">').encode("gbk"), "text/html")
        elif self.path == "/http-equiv-gb2312.html":
            meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            self._send(stripped.replace("<head>", f"<head>{meta}").encode("gbk"), "text/html")
        elif self.path == "/declared-latin1.html":
            self._send(stripped.encode("utf-8"), "text/html; charset=iso-8859-1")
        elif self.path == "/trickle.html":
            body = SHOW_JOB.encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for start in range(0, len(body), 512):
                self.wfile.write(body[start : start + 512])
                self.wfile.flush()
                time.sleep(0.2)
        elif self.path == "/empty":
            self._send(b"", "text/html")
        else:
            self.send_error(404)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with ThreadingHTTPServer(("127.0.0.1", 0), _Routes) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
        httpd.shutdown()
        thread.join()


def run(*argv: str) -> tuple[int, str, str]:
    result = subprocess.run([sys.executable, "scripts/check_docs.py", *argv], cwd=ROOT, capture_output=True, text=True)
    return result.returncode, result.stdout, result.stderr


def test_one_bad_entry_does_not_hide_the_good_pages(tmp_path: Path) -> None:
    good = str(PAGES / "html" / "huawei-en-show-short-job.html")
    code, out, err = run(good, str(tmp_path / "nope.txt"), "--json")
    report = json.loads(out)
    assert code == 2 and report["outcome"] == "unusable input", err
    assert [(Path(r["source"]).name, r["status"]) for r in report["results"]] == [
        ("huawei-en-show-short-job.html", "checked"), ("nope.txt", "unusable"),
    ]  # fmt: skip
    assert report["results"][0]["fields_compared"] == 29 and report["results"][1]["reason"] == "no such file or folder"
    code, out, _ = run(good, str(tmp_path / "nope.txt"))
    assert "huawei-en-show-short-job.html: metastudio.yaml ShowShortJob" in out
    assert f"unusable input (could not be read):\n  {tmp_path / 'nope.txt'}: no such file or folder" in out


def test_charsets_the_page_declares_are_honoured(server: str) -> None:
    report = check_docs.check([f"{server}/meta-gbk.html", f"{server}/http-equiv-gb2312.html"])
    assert [(r.status, r.compared) for r in report.results] == [("checked", 28), ("checked", 28)], report.as_text()


def test_utf8_declared_as_latin1_is_read_as_utf8_with_a_note(server: str) -> None:
    report = check_docs.check([f"{server}/declared-latin1.html"])
    (result,) = report.results
    assert (result.status, result.compared) == ("checked", 28), report.as_text()
    assert "declared iso-8859-1 but its bytes are UTF-8: read as UTF-8" in result.notes


@pytest.mark.parametrize("suffix", [".html", ".txt"])
def test_an_undeclared_chinese_charset_is_detected_with_a_note(tmp_path: Path, suffix: str) -> None:
    """A Chinese page saved by a zh-CN Windows editor or browser is GBK with no declaration: read as
    detected (gb18030, the superset of GBK), saying so, instead of refused as 'not UTF-8'."""
    page = tmp_path / f"page{suffix}"
    page.write_bytes(ZH_PAGE.replace('<meta charset="utf-8">', "").encode("gbk"))
    (result,) = check_docs.check([str(page)]).results
    assert (result.status, result.compared) == ("checked", 28), (result.status, result.reason)
    assert "declares no charset and is not UTF-8: read as gb18030 (detected)" in result.notes
    page.write_bytes(bytes(range(128, 256)) * 4)  # no charset reads it: still refused, naming why
    (result,) = check_docs.check([str(page)]).results
    assert result.status == "unusable" and "not UTF-8 text" in str(result.reason)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_say_the_encoding(tmp_path: Path, encoding: str) -> None:
    text = (PAGES / "huawei-en-bullets-create-short-job.txt").read_text(encoding="utf-8")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    (tmp_path / "page.txt").write_bytes(data)
    (result,) = check_docs.check([str(tmp_path / "page.txt")]).results
    assert result.status == "checked" and result.compared > 0, (result.status, result.reason)


def test_empty_and_blank_pages_are_not_covered_saying_so(tmp_path: Path, server: str) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n \n\t\n")
    report = check_docs.check([str(tmp_path / "empty.txt"), str(tmp_path / "blank.txt"), f"{server}/empty"])
    assert [(r.status, r.reason) for r in report.results] == [("not covered", "an empty page (no text)")] * 3


def test_a_page_larger_than_any_doc_page_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inputs, "MAX_PAGE_BYTES", 1000)
    (tmp_path / "big.txt").write_text("x" * 1001)
    (page,) = page_inputs([str(tmp_path / "big.txt")])
    assert page.problem == "0.0 MB, larger than a doc page can be (0 MB at most)"


def test_a_fetch_that_trickles_past_its_deadline_is_cut_off(server: str) -> None:
    started = time.monotonic()
    (page,) = page_inputs([f"{server}/trickle.html"], deadline=0.5)
    assert time.monotonic() - started < 5
    assert page.problem is not None and page.problem.startswith("cannot be fetched: not complete after 0.5 s")


def test_folders_follow_symbolic_links_once(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "page.txt").write_text((PAGES / "huawei-en-bullets-create-short-job.txt").read_text(encoding="utf-8"))
    given = tmp_path / "given"
    given.mkdir()
    os.symlink(real, given / "linked")
    os.symlink(real, given / "linked2")  # a second link to a folder already read is a repeat
    os.symlink(given, given / "loop")  # a link back to the folder being walked is not followed
    os.symlink(tmp_path, given / "up")  # nor one to a folder above it (it would walk the parent's pages)
    (tmp_path / "outside.txt").write_text("not given")
    os.symlink(tmp_path / "nowhere.txt", given / "dangling.txt")
    (given / ".hidden.txt").write_text("ignored")
    found = [(Path(p.name).relative_to(given).as_posix(), p.problem, p.skipped) for p in page_inputs([str(given)])]
    cycle = "symbolic link to an ancestor skipped (cycle)"
    assert found == [("dangling.txt", f"a broken symbolic link (to {tmp_path / 'nowhere.txt'})", None),
                     ("linked/page.txt", None, None),
                     ("linked2", None, "symbolic link to a folder already read skipped (repeat)"),
                     ("loop", None, cycle), ("up", None, cycle)]  # fmt: skip


def test_a_folder_holding_only_a_link_to_an_ancestor_is_not_empty(tmp_path: Path) -> None:
    """It holds a cycle, said and counted, not "an empty folder" (unusable input)."""
    (tmp_path / "loop").mkdir()
    os.symlink("../", tmp_path / "loop" / "up")
    code, out, _ = run(str(tmp_path / "loop"))
    assert code == 0, out
    assert "loop/up: symbolic link to an ancestor skipped (cycle)" in out
    assert "1 pages: 0 checked (0 fields), 1 not covered" in out.splitlines()[-1]


def test_special_files_are_named_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe")
    found = [(p.name, p.problem) for p in page_inputs([str(tmp_path / "pipe"), "/dev/null"])]
    assert found == [(str(tmp_path / "pipe"), "not a regular file (a device, pipe or socket)"),
                     ("/dev/null", "not a regular file (a device, pipe or socket)")]  # fmt: skip


def test_xml_input_prints_no_parser_warning(tmp_path: Path) -> None:
    (tmp_path / "data.xml").write_text("<?xml version='1.0'?><root><table>1</table></root>")
    code, out, err = run(str(tmp_path / "data.xml"))
    assert (code, err) == (0, ""), err
    assert "names no operation" in out


def test_broken_specs_still_give_json(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("openapi: 3.0.3\ninfo: {title: x}\n")
    code, out, _ = run(str(PAGES / "huawei-row-like-line.txt"), "--spec", str(tmp_path / "bad.yaml"), "--json")
    assert code == 2 and json.loads(out)["outcome"] == "unusable input"
