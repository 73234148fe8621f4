"""The ledger commands of ``hecha``: a few main(argv) calls, JSON on stdout, exit codes, help."""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest

from ledger import Ledger, Status
from ledger.cli import build_parser, main
from ledger.cli.ledger_cmd import parse_value
from tests.conftest import ROOT, SEED_ID
from tests.ledger_factory import weibo_like

LEDGER_COMMANDS = (
    "add", "verify", "link", "show", "export", "import", "schema", "verify-history",
)  # fmt: skip


@pytest.fixture
def desk(tmp_path: Path) -> tuple[str, list[str]]:
    """A ledger file with the three hand-made weibo claims; returns its path and claim ids."""
    path = tmp_path / "desk.db"
    text, source, found = weibo_like()
    with Ledger.open(path) as ledger:
        ledger.add_document(text, source, found)
    return str(path), [c.id for c in found]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_seed_brings_its_metadata(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`hecha add` on a seed file stores the seed's title and publisher from the index."""
    db = str(tmp_path / "d.db")
    code, out, _ = _run(capsys, "add", str(ROOT / "seeds" / f"{SEED_ID}.txt"), "--ledger", db)
    assert code == 0
    assert f"(source {SEED_ID})" in out
    with Ledger.open(db) as ledger:
        assert ledger.source(SEED_ID).publisher == "北京日报客户端"


def test_add_other_file_and_stdin_take_metadata_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A non-seed file takes --title/--published; `-` reads stdin; adding twice adds nothing."""
    db = str(tmp_path / "d.db")
    f = tmp_path / "note.txt"
    f.write_text("账号超9万个。", encoding="utf-8")
    argv = ["add", str(f), "--id", "note", "--title", "笔记",
            "--published", "2024-09-03T08:00:00+08:00", "--ledger", db]  # fmt: skip
    assert _run(capsys, *argv)[0] == 0
    assert _run(capsys, *argv)[0] == 0
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("粉丝数超35亿。".encode())))
    assert _run(capsys, "add", "-", "--ledger", db)[0] == 0
    with Ledger.open(db) as ledger:
        sources = ledger.sources()
    assert len(sources) == 2
    assert next(s for s in sources if s.id == "note").title == "笔记"


def test_add_with_naive_published_time_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A --published time without an offset is exit 2 with a one-line message."""
    f = tmp_path / "note.txt"
    f.write_text("账号超9万个。", encoding="utf-8")
    code, _, err = _run(capsys, "add", str(f), "--published", "2024-09-03",
                        "--ledger", str(tmp_path / "d.db"))  # fmt: skip
    assert code == 2
    assert err.count("\n") == 1
    assert "time zone" in err


@pytest.mark.parametrize(
    "bad",
    [pytest.param(b"\x7fELF\x02\x01" + bytes(range(256)), id="binary"),
     pytest.param("账号超9万个".encode()[:-1], id="truncated-utf8")],
)  # fmt: skip
def test_add_with_a_bad_file_creates_no_ledger(
    bad: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A good file then a binary one: exit 2 naming the bad file, and no ledger file at all."""
    good, worse = tmp_path / "good.txt", tmp_path / "bad.txt"
    good.write_text("账号超9万个。", encoding="utf-8")
    worse.write_bytes(bad)
    db = tmp_path / "new.db"
    code, out, err = _run(capsys, "add", str(good), str(worse), "--ledger", str(db))
    assert (code, out) == (2, "")
    assert "bad.txt" in err
    assert err.count("\n") == 1
    assert not db.exists()


@pytest.mark.parametrize("command", ["add", "check"])
def test_add_and_check_refuse_a_file_over_max_chars(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """add and check take --max-chars like extract; the refusal names the option, one line."""
    f = tmp_path / "long.txt"
    f.write_text("账号超9万个。" * 10, encoding="utf-8")  # 70 characters
    db = tmp_path / "new.db"
    extra = ["--ledger", str(db)] if command == "add" else []
    code, out, err = _run(capsys, command, str(f), "--max-chars", "60", *extra)
    assert (code, out) == (2, "")
    assert "long.txt: 70 characters, over the limit of 60 characters" in err
    assert "--max-chars" in err
    assert "max_chars=" not in err
    assert err.count("\n") == 1
    assert not db.exists()
    assert _run(capsys, command, str(f), "--max-chars", "70", *extra)[0] == 0


def test_verify_records_evidence_and_assessment(
    desk: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """`hecha verify` appends an event with the evidence value parsed exactly and assessed."""
    db, ids = desk
    code, out, _ = _run(capsys, "verify", ids[0], "supported", "--evidence",
                        "https://example.org/r", "--value", "9.4万", "--quote", "账号9.4万个",
                        "--note", "官方", "--reviewer", "张三", "--ledger", db)  # fmt: skip
    assert code == 0
    event = json.loads(out)
    assert event["assessment"] == "inside"
    assert event["evidence"][0]["value"]["stated"] == "94000"
    with Ledger.open(db) as ledger:
        assert ledger.status(ids[0]) is Status.SUPPORTED


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        pytest.param(["verify", "c-nope", "supported"], "no claim with id 'c-nope'",
                     id="unknown-claim"),
        pytest.param(["verify", "{id}", "true"], "unknown status 'true'", id="unknown-status"),
        pytest.param(["verify", "{id}", "supported", "--value", "很多"], "not a number",
                     id="bad-value"),
        pytest.param(["show", "c-nope"], "no claim with id", id="show-unknown"),
    ],
)  # fmt: skip
def test_bad_input_is_exit_2_one_line_and_writes_nothing(
    desk: tuple[str, list[str]], capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """Unknown claim, unknown status or a bad value: exit 2, one line on stderr, no event."""
    db, ids = desk
    code, _, err = _run(capsys, *[a.replace("{id}", ids[0]) for a in argv], "--ledger", db)
    assert code == 2
    assert err.count("\n") == 1
    assert message in err
    assert "Traceback" not in err
    with Ledger.open(db) as ledger:
        assert ledger.history() == []


def test_not_a_ledger_file_is_exit_2_and_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Pointing --ledger at another SQLite database is exit 2, and the file is unchanged."""
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    code, _, err = _run(capsys, "show", "--ledger", str(path))
    assert code == 2
    assert "not a hecha ledger" in err
    assert path.read_bytes() == before


def test_show_lists_claims_and_one_claims_history(
    desk: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """`hecha show` prints a claims table; `show CLAIM --json` gives the claim and its history."""
    db, ids = desk
    main(["verify", ids[1], "disputed", "--reviewer", "李四", "--ledger", db])
    capsys.readouterr()
    code, out, _ = _run(capsys, "show", "--ledger", db)
    assert code == 0
    assert out.splitlines()[0].split() == ["id", "status", "kind", "text", "source"]
    assert any(ids[1] in line and "disputed" in line for line in out.splitlines())
    code, out, _ = _run(capsys, "show", ids[1], "--json", "--ledger", db)
    shown = json.loads(out)
    assert (shown["status"], shown["history"][0]["reviewer"]) == ("disputed", "李四")
    code, out, _ = _run(capsys, "show", "--status", "disputed", "--json", "--ledger", db)
    assert [c["claim"]["id"] for c in json.loads(out)] == [ids[1]]


def test_link_overrides_the_metric_key_for_check_and_shows_on_both_claims(
    desk: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """`hecha link A B` makes `check --ledger` compare 超9万个 with 十余万 (a tension it did not
    see under their different keys); --different undoes it; `show` lists the links."""
    db, ids = desk
    accounts, _, some = ids
    code, out, _ = _run(capsys, "check", "--ledger", db, "--fail-on", "tension", "--json")
    assert code == 0
    assert not any(f["rule"] == "same_metric" for f in json.loads(out))

    code, out, _ = _run(capsys, "link", accounts, some, "--reviewer", "王五", "--note", "同一口径",
                        "--ledger", db)  # fmt: skip
    link = json.loads(out)
    assert (code, link["same"], link["reviewer"], link["note"]) == (0, True, "王五", "同一口径")
    code, out, _ = _run(capsys, "check", "--ledger", db, "--fail-on", "tension", "--json")
    [finding] = [f for f in json.loads(out) if f["rule"] == "same_metric"]
    assert code == 1
    assert (finding["verdict"], {c["id"] for c in finding["claims"]}) == (
        "tension", {accounts, some},
    )  # fmt: skip

    code, out, _ = _run(capsys, "link", some, accounts, "--different", "--ledger", db)
    assert (code, json.loads(out)["same"]) == (0, False)
    code, out, _ = _run(capsys, "check", "--ledger", db, "--fail-on", "tension", "--json")
    assert code == 0
    assert not any(f["rule"] == "same_metric" for f in json.loads(out))

    code, out, _ = _run(capsys, "show", some, "--ledger", db)
    lines = out.splitlines()
    links = lines[lines.index("links:") + 1 :]
    assert links[0].split()[:3] == ["seq", "at", "link"]
    assert all(x in links[1] for x in ("same metric", accounts, "王五"))
    assert all(x in links[2] for x in ("different", accounts))
    code, out, _ = _run(capsys, "show", accounts, "--json", "--ledger", db)
    assert [lk["same"] for lk in json.loads(out)["links"]] == [True, False]
    code, out, _ = _run(capsys, "verify-history", "--ledger", db)
    assert (code, out.startswith("ok: 3 chain entries")) == (0, True)


def test_link_with_an_unknown_claim_is_exit_2_and_writes_nothing(
    desk: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """Linking a claim id that is not in the ledger is a one-line error, exit 2, no link."""
    db, ids = desk
    code, _, err = _run(capsys, "link", ids[0], "c-nope", "--ledger", db)
    assert (code, err.count("\n")) == (2, 1)
    assert "c-nope" in err
    with Ledger.open(db) as ledger:
        assert ledger.links() == []


def test_export_import_round_trip_through_the_cli(
    desk: tuple[str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """export -o, import into a new ledger, export again: the same bytes."""
    db, ids = desk
    main(["verify", ids[0], "supported", "--value", "94000", "--ledger", db])
    out1, out2 = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["export", "--format", "json", "-o", str(out1), "--ledger", db]) == 0
    new = str(tmp_path / "new.db")
    assert main(["import", str(out1), "--ledger", new]) == 0
    assert main(["export", "-o", str(out2), "--ledger", new]) == 0
    assert out1.read_bytes() == out2.read_bytes()
    capsys.readouterr()
    code, _, err = _run(capsys, "import", str(out1), "--ledger", new)
    assert code == 2
    assert "empty ledger" in err


def test_import_of_truncated_json_is_exit_2(
    desk: tuple[str, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A truncated export file is refused with exit 2 and the message names the position."""
    db, _ = desk
    main(["export", "-o", str(tmp_path / "a.json"), "--ledger", db])
    data = (tmp_path / "a.json").read_bytes()
    (tmp_path / "cut.json").write_bytes(data[:100])
    code, _, err = _run(capsys, "import", str(tmp_path / "cut.json"), "--ledger",
                        str(tmp_path / "new.db"))  # fmt: skip
    assert code == 2
    assert "not valid JSON" in err


def test_export_claimreview_and_csv(
    desk: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """--format claimreview prints JSON-LD for reviewed claims; csv prints a header and rows."""
    db, ids = desk
    main(["verify", ids[0], "refuted", "--ledger", db])
    capsys.readouterr()
    _, out, _ = _run(capsys, "export", "--format", "claimreview", "--author", "核查组",
                        "--ledger", db)  # fmt: skip
    reviews = json.loads(out)
    assert [r["reviewRating"]["alternateName"] for r in reviews] == ["False"]
    _, out, _ = _run(capsys, "export", "--format", "csv", "--ledger", db)
    assert out.splitlines()[0].startswith("id,source,text,kind,stated")
    assert len(out.splitlines()) == 4


def test_verify_history_exit_code_follows_the_chain(
    desk: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """verify-history exits 0 on a valid chain and 1 naming the event after a hand edit."""
    db, ids = desk
    main(["verify", ids[0], "supported", "--ledger", db])
    main(["verify", ids[1], "supported", "--ledger", db])
    capsys.readouterr()
    assert _run(capsys, "verify-history", "--ledger", db)[1].startswith(
        "ok: 3 chain entries (events, links and document seals), 3 claims checked"
    )
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("DROP TRIGGER events_no_update")
    conn.execute("UPDATE events SET record = replace(record, 'supported', 'refuted') WHERE seq=2")
    conn.close()
    code, out, _ = _run(capsys, "verify-history", "--json", "--ledger", db)
    assert code == 1
    assert (json.loads(out)["first_bad_seq"], json.loads(out)["first_bad_kind"]) == (2, "event")


def test_verify_history_names_a_source_added_by_hand(
    desk: tuple[str, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    """A source slipped into the file without a seal: exit 1, BROKEN naming the source."""
    db, _ = desk
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("INSERT INTO sources SELECT 'forged', 'x', record, text FROM sources")
    conn.close()
    code, out, _ = _run(capsys, "verify-history", "--ledger", db)
    assert code == 1
    assert out.startswith("BROKEN: source 'forged' is stored but no chain entry seals it")


def test_schema_command_prints_the_export_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """`hecha schema` prints the JSON Schema stored in docs/schema/ledger-export.json."""
    code, out, _ = _run(capsys, "schema")
    assert code == 0
    assert out == (ROOT / "docs" / "schema" / "ledger-export.json").read_text(encoding="utf-8")


def test_every_ledger_command_has_an_example_and_is_documented() -> None:
    """Each ledger subcommand's help has an example line and docs/ledger.md describes it."""
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    docs = (ROOT / "docs" / "ledger.md").read_text(encoding="utf-8")
    for name in LEDGER_COMMANDS:
        command = sub.choices[name]  # type: ignore[index]
        assert (command.epilog or "").startswith("example: hecha "), name
        assert f"hecha {name}" in docs, name


@pytest.mark.parametrize(
    ("text", "stated"),
    [("94000", "94000"), ("94,000", "94000"), ("9.4万", "94000"), ("1.5亿", "150000000"),
     ("0.25", "0.25"), ("九万四千", "94000")],
)  # fmt: skip
def test_parse_value_is_exact(text: str, stated: str) -> None:
    """Evidence values are read exactly, with 万 and 亿 scaled."""
    assert str(parse_value(text).stated) == stated
