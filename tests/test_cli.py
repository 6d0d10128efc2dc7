"""The command line: reading, writing, explaining, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean import cli

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "iraq-troops.txt"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_prints_cleaned_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Headline\n\n\n\nBody  text.\n", encoding="utf-8")
    code, out, _ = run([str(f)], capsys)
    assert code == 0
    assert out == "Headline\n\nBody text.\n"


def test_explain_lists_edits_with_line_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--explain", str(SEED)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines
    for line in lines:
        loc, rule = line.split(" ")[:2]
        assert loc.count(":") == 1 and "." in rule and "->" in line


def test_json_output_replays(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    text = "a  b\r\nc"
    f.write_bytes(text.encode())
    _code, out, _ = run(["--json", str(f)], capsys)
    data = json.loads(out)
    rebuilt = text
    for e in reversed(data["edits"]):
        assert rebuilt[e["start"] : e["end"]] == e["original"]
        rebuilt = rebuilt[: e["start"]] + e["replacement"] + rebuilt[e["end"] :]
    assert rebuilt == data["text"] == "a b\nc"


def test_diff_is_plain_when_not_a_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("a  b\n", encoding="utf-8")
    code, out, _ = run(["--diff", str(f)], capsys)
    assert code == 0
    assert "-a  b" in out and "+a b" in out and "\x1b[" not in out
    _code, out, _ = run(["--diff", "--color", "always", str(f)], capsys)
    assert "\x1b[" in out


def test_output_file_is_written_and_input_untouched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.txt"
    f.write_text("a  b", encoding="utf-8")
    out_path = tmp_path / "out.txt"
    code, out, _ = run([str(f), "-o", str(out_path)], capsys)
    assert code == 0 and out == ""
    assert out_path.read_text(encoding="utf-8") == "a b"
    assert f.read_text(encoding="utf-8") == "a  b"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "in.txt"
    f.write_text("a  b", encoding="utf-8")
    assert run([str(f), "--in-place"], capsys)[0] == 0
    assert f.read_text(encoding="utf-8") == "a b"


def test_binary_input_exits_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "b.bin"
    f.write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00binary")
    code, out, err = run([str(f)], capsys)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "binary" in err and "Traceback" not in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run([str(tmp_path / "nope.txt")], capsys)
    assert code == 2 and err.startswith("newsclean: error:")


def test_cp1252_input_is_decoded_with_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "w.txt"
    f.write_bytes("The caf\u00e9 owner\u2019s cr\u00e8me br\u00fbl\u00e9e costs \u00a35.".encode("cp1252"))
    code, out, err = run([str(f)], capsys)
    assert code == 0
    assert out == "The caf\u00e9 owner\u2019s cr\u00e8me br\u00fbl\u00e9e costs \u00a35."
    assert "warning" in err and "cp1252" in err


def test_empty_input_is_fine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "e.txt"
    f.write_bytes(b"")
    assert run([str(f)], capsys) == (0, "", "")


def test_only_and_skip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "a.txt"
    f.write_text("a  b\u200bc", encoding="utf-8")
    assert run(["--only", "whitespace", str(f)], capsys)[1] == "a b\u200bc"
    assert run(["--skip", "whitespace", str(f)], capsys)[1] == "a  bc"
    code, _, err = run(["--only", "bogus", str(f)], capsys)
    assert code == 2 and "bogus" in err


def test_list_steps_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--list-steps"], capsys)
    assert code == 0 and "whitespace" in out and "unicode" in out
    with pytest.raises(SystemExit) as info:
        cli.main(["--version"])
    assert info.value.code == 0
    assert "newsclean" in capsys.readouterr().out


def test_python_dash_m_reads_stdin() -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    proc = subprocess.run(
        [sys.executable, "-m", "newsclean"], input=b"a  b\n", capture_output=True, env=env, timeout=60
    )
    assert proc.returncode == 0
    assert proc.stdout == b"a b\n"


def test_chrome_page_mode_and_removed_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = (
        "The council voted on Tuesday to close the central library, which has served the town since 1911.\n"
        "Residents said they would appeal against the decision at the next meeting of the full council.\n"
    )
    f = tmp_path / "page.txt"
    f.write_text("Home\nNews\nSport\nWeather\n" + body + "Leave a Reply\n© 2019 Example Media. All rights reserved.\n")
    removed = tmp_path / "removed.jsonl"
    code, out, _ = run([str(f), "--chrome", "page", "--removed", str(removed)], capsys)
    assert code == 0
    assert out == body
    rows = [json.loads(line) for line in removed.read_text(encoding="utf-8").splitlines()]
    texts = " ".join(r["text"] for r in rows)
    for gone in ("Home", "Weather", "Leave a Reply", "All rights reserved"):
        assert gone in texts
    assert all(r["rules"] and r["line"] >= 1 for r in rows)
    # article mode keeps the menu-less body untouched and reports nothing
    f.write_text(body)
    code, out, _ = run([str(f), "--removed", str(removed)], capsys)
    assert out == body and removed.read_text(encoding="utf-8") == ""
