"""Hostile input: adversarial regex shapes, size limits, binary files, and a hostile JSON import.

The shapes are those of ``bench/adversarial.py`` (which times them up to 1 MB); here each
runs at a small size and the test checks results, never times. Lists:

- ``SHAPE_RESULTS``: what each shape gives at 2,000 characters (claims found, spans exact).
- ``BUGS_CAUGHT``: minimal inputs of bugs found by the bench and the fuzz suite, each
  giving its correct result since its fix (an open bug would be a strict xfail row).

The security tests (a hostile JSON import, a tampered history) are in
``tests/test_crash_cli.py``, with the other ledger-integrity tests.
"""

from __future__ import annotations

import importlib.util
import io
import itertools
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import claims
from claims.errors import HechaError, InputTooLargeError
from claims.extract import MAX_CHARS, iter_extract
from ledger import Ledger
from ledger.cli import main
from tests.conftest import ROOT


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("adversarial", ROOT / "bench" / "adversarial.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


ADVERSARIAL = _bench()
SMALL = 2_000


def _spans_exact(text: str, found: list[claims.Claim]) -> None:
    for c in found:
        assert text[c.span.start : c.span.end] == c.text
    starts = [c.span.start for c in found]
    assert starts == sorted(starts)


# -- adversarial shapes ------------------------------------------------------------------------

# shape -> predicate on (text, claims) that says what a reader expects of it
SHAPE_RESULTS: dict[str, Callable[[str, list[claims.Claim]], bool]] = {
    "digits": lambda t, f: f == [],  # a 2,000-digit run is no figure anyone states
    "wan": lambda t, f: f == [],
    "chao": lambda t, f: f == [],
    "yu": lambda t, f: f == [],
    "chao_digits": lambda t, f: {c.text for c in f} == {"超9"},
    # 1,2,...,98 are figures; from 99,100,101 on the run reads as thousands separators
    "numerals_comma": lambda t, f: len(f) >= 98 and all(c.text.isdigit() for c in f),
    "list_markers": lambda t, f: all(c.kind.value == "count" for c in f),
    "numeral_punct": lambda t, f: len(f) <= len(t) // 2,
    "nested_brackets": lambda t, f: [c.text for c in f] == ["超9万个"],
    "quotes": lambda t, f: f == [],
    # 16,812,000,16,812,000,... splits into figures; the tail of the 2,000 characters is cut
    "thousands_run": lambda t, f: {c.text for c in f} <= {"16,812,000", "16,812", "00"},
    "dotted": lambda t, f: f == [],  # 1.1.1.1 is a version or an address, not a figure
    "percent_slash_dash": lambda t, f: len(f) <= len(t) // 4,
    # bounded either way; how the glued compounds split is BUGS_CAUGHT's row
    "yi_wan_mix": lambda t, f: len(f) <= len(t) // 6,
    "one_line": lambda t, f: "超9万个" in {c.text for c in f},
    "spaces_digits": lambda t, f: len(f) <= len(t) // 2,
}


def test_every_bench_shape_has_an_expected_result() -> None:
    """Each shape of bench/adversarial.py is also checked here."""
    assert set(SHAPE_RESULTS) == set(ADVERSARIAL.SHAPES)


@pytest.mark.parametrize("shape", sorted(SHAPE_RESULTS))
def test_adversarial_shape_gives_a_bounded_exact_result(shape: str) -> None:
    """A pathological text gives claims with exact spans, as many as the shape allows."""
    text = ADVERSARIAL.make(shape, SMALL)
    found = claims.extract(text)
    _spans_exact(text, found)
    assert SHAPE_RESULTS[shape](text, found), [c.text for c in found[:5]]
    inv = claims.inventory(text, found=found)
    assert len(inv.numerals) <= len(text)
    assert all(n.claim_ids or n.reason for n in inv.numerals)


# -- bugs found by hardening, open ---------------------------------------------------------------


def _exponent_overflow() -> None:
    claims.extract("1e1000000")


def _wan_run_overflow() -> None:
    claims.extract("万" * 250_001)


def _decimal_compound_interval() -> None:
    (c,) = claims.extract("1.2亿3千万")
    assert c.value.stated == 150_000_000
    lo, hi = c.value.literal.lower, c.value.literal.upper
    assert lo is not None
    assert hi is not None
    assert 0 < lo <= c.value.stated < hi <= c.value.stated + 10**8


def _compound_runs_split() -> None:
    assert len(claims.extract("1.5万亿3千万1.5万亿3千万")) == 2


def _currency_shared_by_two_figures() -> None:
    spans = [(c.span.start, c.span.end) for c in claims.extract("5美元3")]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), spans


def _xfail(reason: str, raises: type[BaseException]) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, raises=raises, reason=reason)


# An open bug gets a row here as `pytest.param(call, marks=_xfail(reason, raises))` in a
# parametrized test_open_bug; none is open, so there is no such test (it could not fail).

# Bugs that were open here and are fixed: each minimal input now gives the correct result.
BUGS_CAUGHT = [
    pytest.param(_currency_shared_by_two_figures, id="overlapping-claims-5美元3"),
    pytest.param(_exponent_overflow, id="exponent-overflow-1e1000000"),
    pytest.param(_wan_run_overflow, id="wan-run-overflow"),
    pytest.param(_decimal_compound_interval, id="decimal-compound-interval-1.2亿3千万"),
    pytest.param(_compound_runs_split, id="compound-runs-glued-1.5万亿3千万x2"),
]


@pytest.mark.parametrize("call", BUGS_CAUGHT)
def test_caught_bug(call: Callable[[], object]) -> None:
    """Each fixed bug's minimal input gives a bounded, correct result."""
    call()


# -- size limits -------------------------------------------------------------------------------


def test_extract_refuses_text_over_max_chars() -> None:
    """extract(max_chars=N) raises InputTooLargeError, a ValueError and a HechaError."""
    with pytest.raises(InputTooLargeError) as info:
        claims.extract("超9万个" * 3, max_chars=11)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, HechaError)
    assert (info.value.size, info.value.limit) == (12, 11)
    assert "12 characters, over the limit of 11" in str(info.value)


def test_extract_accepts_text_of_exactly_max_chars() -> None:
    """The limit is inclusive: a text of exactly max_chars characters is processed."""
    assert [c.text for c in claims.extract("超9万个", max_chars=4)] == ["超9万个"]


def test_default_limit_is_generous_and_documented() -> None:
    """The default limit is in the millions of characters, so real documents never meet it."""
    assert MAX_CHARS >= 1_000_000
    assert f"{MAX_CHARS:,}" in (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def test_iter_extract_refuses_one_large_text_after_the_good_ones() -> None:
    """iter_extract yields the texts before the oversized one, then raises."""
    stream = iter_extract(["超9万个", "x" * 20, "近5亿"], max_chars=10)
    assert [c.text for c in next(stream)] == ["超9万个"]
    with pytest.raises(InputTooLargeError):
        next(stream)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_max_chars_refuses_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """hecha extract --max-chars N exits 2 with one line naming the file and the option."""
    f = tmp_path / "long.txt"
    f.write_text("账号超9万个。" * 10, encoding="utf-8")  # 70 characters, 190 bytes
    code, out, err = _run(["extract", "--max-chars", "60", str(f)], capsys)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "long.txt: 70 characters, over the limit of 60 characters" in err
    assert "--max-chars" in err


def test_cli_max_chars_refuses_large_files_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file with more bytes than N characters can take is refused by its size alone."""
    f = tmp_path / "big.txt"
    f.write_bytes(b"1" * 500)
    code, _, err = _run(["extract", "--max-chars", "100", str(f)], capsys)
    assert code == 2
    assert "big.txt: 500 bytes, over the limit of 100 characters" in err


def test_cli_max_chars_on_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Standard input is read only up to the limit, then refused."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"9" * 1000)))
    code, _, err = _run(["extract", "--max-chars", "10", "-"], capsys)
    assert code == 2
    assert "<stdin>: over 40 bytes" in err


@pytest.mark.parametrize("bad", ["0", "-5", "lots"])
def test_cli_max_chars_must_be_positive(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    """--max-chars takes a positive whole number; anything else is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as info:
        main(["extract", "--max-chars", bad, "x.txt"])
    assert info.value.code == 2
    assert "--max-chars" in capsys.readouterr().err


# -- binary and undecodable files ----------------------------------------------------------------

BAD_FILES = {
    "binary": b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(range(256)),
    "latin1": "统计".encode("gb18030") + b" 9\xe4\xb8 caf\xe9",
    "utf16": "账号超9万个".encode("utf-16"),
    "truncated_utf8": "账号超9万个".encode()[:-1],
}


@pytest.mark.parametrize("command", ["extract", "check", "add"])
@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_cli_refuses_binary_and_invalid_utf8(
    command: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """extract, check and add exit 2 with one line naming the file; add stores nothing."""
    f = tmp_path / f"{kind}.txt"
    f.write_bytes(BAD_FILES[kind])
    argv = [command, str(f)] + (["--ledger", str(tmp_path / "l.db")] if command == "add" else [])
    code, out, err = _run(argv, capsys)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert f"{kind}.txt" in lines[0]
    assert "UTF-8" in lines[0]
    if (tmp_path / "l.db").exists():
        with Ledger.open(tmp_path / "l.db") as ledger:
            assert ledger.sources() == []


def test_cli_folder_as_file_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder given as FILE exits 2 with 'cannot read', not a traceback."""
    code, _, err = _run(["extract", str(tmp_path)], capsys)
    assert code == 2
    assert "cannot read" in err
    assert "Traceback" not in err


def test_cli_unwritable_output_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """export -o into a missing folder exits 2 with the path, not a traceback."""
    ledger = str(tmp_path / "l.db")
    assert main(["add", str(ROOT / "seeds" / "weibo_li_zhengrong_2024-09-03.txt"),
                 "--ledger", ledger]) == 0  # fmt: skip
    capsys.readouterr()
    code, _, err = _run(["export", "-o", str(tmp_path / "no" / "x.csv"), "--format", "csv",
                         "--ledger", ledger], capsys)  # fmt: skip
    assert code == 2
    assert err.startswith("hecha: error: ")
    assert "x.csv" in err
    assert len(err.strip().splitlines()) == 1


# -- many files: progress on a terminal ----------------------------------------------------------


@pytest.mark.parametrize("command", ["extract", "add"])
def test_many_files_draw_a_progress_bar_on_a_terminal(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """extract and add over more than five files draw a bar on a terminal's stderr, to n/n."""
    names = []
    for i in range(7):
        f = tmp_path / f"f{i}.txt"
        f.write_text(f"第{i}份:账号超{i + 1}万个。", encoding="utf-8")
        names.append(str(f))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    extra = ["--ledger", str(tmp_path / "l.db")] if command == "add" else []
    code, out, err = _run([command, *names, *extra], capsys)
    assert code == 0
    assert "7/7" in err
    assert "[##" in err
    assert out.count("claims") >= 7
