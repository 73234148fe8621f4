"""``hecha extract`` (ledger/cli/extract_cmd.py): table, --json, --inventory, stdin, errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from ledger.cli import main
from tests.conftest import ROOT, SEED_ID

SEED_PATH = str(ROOT / "seeds" / f"{SEED_ID}.txt")


def test_table_on_seed(capsys: pytest.CaptureFixture[str]) -> None:
    """Without --json the seed prints as a table with surface, interval, unit, subject and time."""
    assert main(["extract", SEED_PATH]) == 0
    out = capsys.readouterr().out
    assert "claims" in out.splitlines()[0]
    row = next(line for line in out.splitlines() if "超9万个" in line)
    assert "(90000, +inf)" in row
    assert "政务微博" in row
    assert "publication" in row


def test_json_on_seed(capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints one object per file with the seed's source metadata and claims."""
    assert main(["extract", "--json", SEED_PATH]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc[0]["source"]["id"] == SEED_ID
    texts = [c["text"] for c in doc[0]["claims"]]
    assert "十余万" in texts
    assert "16812件" in texts
    assert "inventory" not in doc[0]


def test_json_with_inventory(capsys: pytest.CaptureFixture[str]) -> None:
    """--inventory adds every numeral's account to the JSON."""
    assert main(["extract", "--json", "--inventory", SEED_PATH]) == 0
    inv = json.loads(capsys.readouterr().out)[0]["inventory"]
    reasons = {n["reason"] for n in inv["numerals"]}
    assert {"dateline", "page_chrome", "name"} <= reasons


def test_table_with_inventory(capsys: pytest.CaptureFixture[str]) -> None:
    """In the table, --inventory lists set-asides and residuals with their reasons."""
    assert main(["extract", "--inventory", SEED_PATH]) == 0
    out = capsys.readouterr().out
    assert "inventory:" in out
    assert "page_chrome" in out
    assert "十年如一日" in out


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``-`` reads UTF-8 from stdin."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("日均发博超30万条".encode())))
    assert main(["extract", "--json", "-"]) == 0
    claim = json.loads(capsys.readouterr().out)[0]["claims"][0]
    assert (claim["text"], claim["per"], claim["kind"]) == ("超30万条", "day", "rate")


def test_invalid_utf8_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Undecodable input exits 2 with a one-line message naming the file."""
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    assert main(["extract", str(bad)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "bad.txt" in err


def test_time_column_shows_an_as_of_date_without_a_start(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A claim dated by 截至 (no start) shows the date alone, never "None..": the time cell."""
    f = tmp_path / "asof.txt"
    f.write_text("截至8月2日，全省已接待游客超9万人次。", encoding="utf-8")
    assert main(["extract", str(f)]) == 0
    out = capsys.readouterr().out
    assert "None" not in out
    [row] = [line for line in out.splitlines() if "超9万人次" in line]
    assert row.endswith("  --08-02 (explicit)")


def test_claims_package_exports_iter_extract() -> None:
    """claims.iter_extract is part of the public API (in __all__) and streams per text."""
    import claims

    assert "iter_extract" in claims.__all__
    assert [[c.text for c in cs] for cs in claims.iter_extract(["超9万个", "近5亿"])] == [
        ["超9万个"], ["近5亿"],
    ]  # fmt: skip


def test_several_files_and_progress(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Over five files with stderr on a terminal draw a progress bar; files keep their order."""
    names = []
    for i in range(6):
        p = tmp_path / f"f{i}.txt"
        p.write_text(f"账号超{i + 1}万个", encoding="utf-8")
        names.append(str(p))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    assert main(["extract", "--json", *names]) == 0
    captured = capsys.readouterr()
    assert [d["file"] for d in json.loads(captured.out)] == names
    assert "6/6" in captured.err
    assert "[" in captured.err


def test_no_progress_when_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a terminal on stderr nothing is drawn there."""
    p = tmp_path / "a.txt"
    p.write_text("粉丝数超35亿", encoding="utf-8")
    assert main(["extract", *[str(p)] * 7]) == 0
    assert capsys.readouterr().err == ""


TUTORIAL = ROOT / "docs" / "tutorial.md"


def test_tutorial_python_blocks_run() -> None:
    """Every ``>>>`` example of docs/tutorial.md gives the output it shows."""
    import doctest

    # code fences end an example's expected output, as a blank line would
    lines = TUTORIAL.read_text(encoding="utf-8").splitlines()
    text = "\n".join("" if line.startswith("```") else line for line in lines)
    test = doctest.DocTestParser().get_doctest(text, {}, "tutorial.md", str(TUTORIAL), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.tries > 10
    assert runner.failures == 0


def _console_blocks() -> list[tuple[str, list[str]]]:
    """The ``$ hecha ...`` commands of docs/tutorial.md with the output lines shown under them."""
    blocks, current = [], None
    for line in TUTORIAL.read_text(encoding="utf-8").splitlines():
        if line.startswith("$ "):
            current = (line[2:], [])
            blocks.append(current)
        elif line.startswith("```"):
            current = None
        elif current is not None and line.strip():
            current[1].append(line)
    return blocks


@pytest.fixture(scope="module")
def tutorial_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A scratch checkout for the tutorial's commands: its ``seeds`` links to the project's,
    and the ``desk.db`` they write stays there (not in the project, not between runs)."""
    d = tmp_path_factory.mktemp("tutorial")
    (d / "seeds").symlink_to(ROOT / "seeds", target_is_directory=True)
    return d


@pytest.mark.parametrize(("command", "shown"), _console_blocks())
def test_tutorial_commands_run(
    command: str,
    shown: list[str],
    tutorial_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Every ``$ hecha`` command of docs/tutorial.md prints the lines it shows."""
    import shlex

    monkeypatch.chdir(tutorial_dir)
    if "|" in command:
        echoed, command = command.split("|", 1)
        text = shlex.split(echoed)[1] + "\n"
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    argv = shlex.split(command)
    assert argv[0] == "hecha"
    assert main(argv[1:]) == 0
    out = [" ".join(line.split()) for line in capsys.readouterr().out.splitlines()]
    for line in shown:
        assert any(" ".join(line.split()) in o for o in out), line
