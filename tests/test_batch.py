"""``newsclean batch``: directories, JSONL streaming, failures reported, outputs skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import cli


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_directory_of_text_files(tmp_path: Path, jobs: str, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    write(src / "a.txt", "a  b\n")
    write(src / "sub" / "b.txt", "c\r\nd")
    write(src / "bin.txt", b"\x00\x01binary")
    out = tmp_path / "out"
    code = cli.main(["batch", str(src), "-o", str(out), "-j", jobs])
    err = capsys.readouterr().err
    assert code == 1  # the binary file is a failure, reported
    assert "bin.txt" in err and "binary" in err
    assert (out / "a.txt").read_text(encoding="utf-8") == "a b\n"
    assert (out / "sub" / "b.txt").read_text(encoding="utf-8") == "c\nd"
    assert "whitespace.space_run" in err
    assert not list(out.rglob(".*.tmp"))


def test_jsonl_streaming_with_edits_and_failures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    records = [{"id": "r1", "text": "x  y", "lang": "en"}, {"id": "r2", "body": "no text"}, {"id": "r3", "text": "ok"}]
    lines = [json.dumps(records[0]), "{not json", json.dumps(records[1]), json.dumps(records[2])]
    src = write(tmp_path / "docs.jsonl", "\n".join(lines) + "\n")
    out = tmp_path / "out"
    code = cli.main(["batch", str(src), "-o", str(out), "--with-edits"])
    err = capsys.readouterr().err
    assert code == 1
    got = [json.loads(line) for line in (out / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in got] == ["r1", "r2", "r3"]  # nothing silently dropped
    assert got[0]["text"] == "x y" and got[0]["lang"] == "en"
    assert got[0]["text_edits"][0]["rule"] == "whitespace.space_run"
    assert "newsclean_error" in got[1]
    assert "r2" in err and "docs.jsonl:2" in err
    bad = [json.loads(line) for line in (out / "docs.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert bad[0]["raw"] == "{not json"


def test_existing_outputs_are_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "docs.jsonl", json.dumps({"text": "a  b"}) + "\n")
    out = tmp_path / "out"
    write(out / "docs.jsonl", "KEEP\n")
    assert cli.main(["batch", str(src), "-o", str(out)]) == 0
    assert (out / "docs.jsonl").read_text(encoding="utf-8") == "KEEP\n"
    assert cli.main(["batch", str(src), "-o", str(out), "--overwrite"]) == 0
    assert json.loads((out / "docs.jsonl").read_text(encoding="utf-8"))["text"] == "a b"
    capsys.readouterr()


def test_custom_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "d.jsonl", json.dumps({"body": "a\u200bb"}) + "\n")
    assert cli.main(["batch", str(src), "-o", str(tmp_path / "o"), "--field", "body"]) == 0
    assert json.loads((tmp_path / "o" / "d.jsonl").read_text(encoding="utf-8"))["body"] == "ab"
    capsys.readouterr()
