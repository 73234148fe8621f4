"""Pinyin annotations in scraped text (全國(guó)糧食總產(chǎn)量61791萬(wàn)噸) are read past, and
every span still points into the source as written."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claims
from claims._annotations import strip
from claims.inventory import inventory

# http://m.ytjhdl.cn/xw/tjsj/681580.html and http://m.zgkjsz.com/page/2024/1104/24625001.shtml
# (copies of 国家统计局 and 文化和旅游部 figures with each character's pinyin kept)
GRAIN = (
    "三、全國(guó)糧食總產(chǎn)量61791萬(wàn)噸(12358億斤),"
    "比2016年增加166萬(wàn)噸(33億斤),增長(zhǎng)0.3%。"
)
TRAVEL = (
    "全國(guó)國(guó)內(nèi)出游7.65億人次,按可比口徑同比增長(zhǎng)5.9%,"
    "較2019年同期增長(zhǎng)10.2%。"
)


def test_units_after_an_annotated_magnitude_are_read() -> None:
    """萬(wàn)噸 is 万吨: the claim is a measure in tonnes, its surface the source's."""
    found = claims.extract(GRAIN)
    first = found[0]
    assert (first.text, first.unit, first.kind.value) == ("61791萬(wàn)噸", "tonne", "measure")
    assert [c.unit for c in found if c.kind.value == "measure"] == ["tonne", "jin", "tonne", "jin"]


def test_every_span_points_into_the_source() -> None:
    """Spans, sentences and ids are those of the source text, annotations included."""
    for text in (GRAIN, TRAVEL):
        for c in claims.extract(text):
            assert text[c.span.start : c.span.end] == c.text
            if c.sentence is not None:
                assert 0 <= c.sentence.start <= c.span.start < c.span.end <= c.sentence.end
    plain = claims.extract(TRAVEL.replace("(guó)", "").replace("(nèi)", "").replace("(zhǎng)", ""))
    assert [c.value for c in claims.extract(TRAVEL)] == [c.value for c in plain]


def test_inventory_of_an_annotated_text() -> None:
    """The inventory's numerals and set-asides are in source offsets too."""
    inv = inventory(GRAIN)
    for n in inv.numerals:
        assert GRAIN[n.span.start : n.span.end] == n.text


def test_texts_without_annotations_are_left_alone() -> None:
    """Latin words in brackets, labels and a stray annotation or two change nothing."""
    for text in ("地区生产总值(GDP)增长5%", "方案(a)与方案(b)", "國(guó)內生產總值100億元"):
        assert strip(text) is None


@given(st.text(alphabet="國產萬噸億斤0123456789,。(guóchǎnwàn)", max_size=80))
def test_any_text_gives_spans_into_itself(text: str) -> None:
    """Whatever brackets and letters surround the figures, every claim slices to its text."""
    for c in claims.extract(text):
        assert text[c.span.start : c.span.end] == c.text
