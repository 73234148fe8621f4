"""Values, units and set-asides on Chinese prose, round 3: each class with its own rows.

Rows are fragments of stored public pages (URL in a comment) or own sentences in the style of
the class (news, disaster tallies, statistics and weather bulletins, Taiwan and Macau print).
"""

from __future__ import annotations

import pytest

import claims


def _found(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (c.text, str(c.value.literal), c.unit)  # type: ignore[union-attr]
        for c in claims.extract(text)
        if c.kind.value != "date"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences: 约 before a figure with 余/多 is about the whole of (v, v + g)
        pytest.param("夏粮增产约115多万吨。", [("约115多万吨", "[1140000, 1170000]", "tonne")],
                     id="yue-duo-wan"),
        pytest.param("减产约15万多吨。", [("约15万多吨", "[140000, 170000]", "tonne")],
                     id="yue-wan-duo"),
        pytest.param("停電約46萬9,000餘戶。", [("約46萬9,000餘戶", "[468000, 471000]", "户")],
                     id="yue-yu-trad"),
        pytest.param("现场约30多人。", [("约30多人", "[20, 50]", "人")], id="yue-duo-tens"),
        pytest.param("工期约5年多。", [("约5年多", "[4, 7]", "year")], id="yue-unit-duo"),
        # without 约 the remainder alone is (v, v + g)
        pytest.param("现场30多人。", [("30多人", "(30, 40)", "人")], id="duo-alone"),
    ],
)
def test_about_a_remainder_widens_the_whole_remainder(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """约 before a figure with 余/多 widens (v, v + g) by g on each side: 约30多 = [20, 50]."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences in Macau print: 點 then two decimal places, before 倍 or %
        pytest.param("出口額是去年同期的一點二十九倍。", [("一點二十九倍", "[1.29, 1.29]", None)],
                     id="dian-ershijiu-bei"),
        pytest.param("貨值增長二點二十九倍。", [("二點二十九倍", "[2.29, 3.29]", None)],
                     id="zengzhang-bei"),
        pytest.param("比重升至二點二十%。", [("二點二十%", "[2.2, 2.2]", "percent")],
                     id="dian-ershi-percent"),
    ],
)
def test_a_clock_reading_before_a_multiple_is_a_number(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """一點二十九 before 倍/成/% reads as 1.29, not the clock time 1:29 (that dropped it)."""
    assert _found(text) == expected


def test_a_clock_time_stays_a_clock_time() -> None:
    """八点二十出发: minutes after 点 with no 倍/%/成 stay a clock time (no figure)."""
    assert _found("八点二十出发。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # http://huiyingmeng.com/newscenter/native/city/201402/t20140224_514921571.shtml
        pytest.param("淮南酒后駕駛引悲劇 致一死三傷", [("一", "[1, 1]", None), ("三", "[3, 3]", None)],
                     id="yisi-sanshang-trad"),
        # own sentences: a tally of dead and injured (or missing)
        pytest.param("事故造成两死一伤。", [("两", "[2, 2]", None), ("一", "[1, 1]", None)],
                     id="liangsi-yishang"),
        pytest.param("山体滑坡致三死两失踪。", [("三", "[3, 3]", None), ("两", "[2, 2]", None)],
                     id="sansi-shizong"),
    ],
)
def test_casualty_tally_numbers_are_figures(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """一死三伤: the lone digits of a casualty tally are counts, no name's parts."""
    assert _found(text) == expected


@pytest.mark.parametrize("text", ["两岸三地加强合作。", "他一死了之。", "三伤其心。"])
def test_lone_digits_outside_a_tally_stay_names(text: str) -> None:
    """两岸三地, 一死了之: a lone digit before a word with no tally shape stays no figure."""
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # own bylines (a reporter's name with a numeral character)
        "记者王二报道",
        "（记者 张三）",
        "记者 王二 通讯员 李三",
        "本报记者 刘二 报道",
        "記者陳五、林六攝",
        # school grades only order
        "初二年级学生",
        "小学五年级",
        "高三年級",
        "该校5年级",
        # an event named by its day in quotes, an operation or craft named by its number
        "大姚“7.21”地震受灾。",
        "破获“1998·6·12”命案积案。",
        "“嫦娥五号”探测器",
        "在“崑崙2020”專項行動中",
    ],
)
def test_names_and_grades_hold_no_figure(text: str) -> None:
    """Reporters' names, school grades and quoted event, operation or craft names hold no
    figure (记者王二 gave a count 二, 初二年级 a duration 二年, “7.21”地震 a count 7.21)."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("记者三日从市统计局获悉，今年增长5%。", [("5%", "[5, 5]", "percent")],
                     id="report-day-no-name"),
        pytest.param("记者走访了三家企业。", [("三家", "[3, 3]", "家")], id="no-byline"),
        pytest.param("全校共有六个年级。", [("六个", "[6, 6]", "个")], id="grades-counted"),
        pytest.param("他说“3号”。", [("3", "[3, 3]", None)], id="quoted-day-alone"),
    ],
)
def test_near_misses_keep_their_figures(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A byline word not followed by a name, a count of grades and a quoted number alone keep
    their figures."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("该漫画迎来第3万回抽奖。", [("第3万回", "[30000, 30000]", None)],
                     id="ordinal-wan-arabic"),
        pytest.param("这是第三万回。", [("第三万回", "[30000, 30000]", None)],
                     id="ordinal-wan-chinese"),
    ],
)
def test_an_ordinal_with_a_magnitude_is_a_milestone(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """第3万回 (the 30000th) is an ordinal claim, though 第3回 only orders."""
    assert _found(text) == expected
    assert _found("第3回。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences in the style of flood and typhoon tallies
        pytest.param("公路中断一百八十七条次。", [("一百八十七条次", "[187, 187]", "条次")],
                     id="tiaoci"),
        # 次生 (secondary) stays out of the measure word
        pytest.param("形成两条次生河道。", [("两条", "[2, 2]", "条")], id="ci-sheng"),
        # own sentences in Taiwan print: 芮氏规模 before the magnitude
        pytest.param("發生芮氏規模6.4地震。", [("6.4", "[6.4, 6.4]", "richter_magnitude")],
                     id="ruishi-guimo-trad"),
        pytest.param("发生芮氏规模5.5的地震。", [("5.5", "[5.5, 5.5]", "richter_magnitude")],
                     id="ruishi-guimo"),
    ],
)
def test_compound_measure_words_and_magnitudes(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """条次 is a measure word of events (not before 生); 芮氏规模 leads a magnitude."""
    assert _found(text) == expected


def test_a_fiscal_year_pair_is_no_duration_range() -> None:
    """15、16年度: two fiscal years, not a rough duration of 15 to 16 years (年度 blocks the
    pair); 十五、六年 stays a range."""
    assert "15、16年" not in [c.text for c in claims.extract("15、16年度财政收入增长5%。")]
    assert _found("他工作了十五、六年。") == [("十五、六年", "[15, 16]", "year")]
