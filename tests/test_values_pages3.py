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
        pytest.param("淮南酒后駕駛引悲劇 致一死三傷",
                     [("一", "[1, 1]", None), ("三", "[3, 3]", None)],
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


@pytest.mark.parametrize(
    ("text", "surface", "literal", "unit", "per"),
    [
        # http://guochahui.net/show-68-20601-1.html (energy intensity per 10,000 yuan of GDP)
        pytest.param("2009年全國單位GDP能耗為1.077噸標準煤/萬元,降低3.61%。",
                     "1.077噸標準煤/萬元", "[1.077, 1.077]", "tonne_coal_equivalent",
                     "10000 CNY", id="coal-per-wanyuan-trad"),
        pytest.param("2005年至2008年全國單位GDP能耗分別修訂為1.276、1.241噸標準煤/萬元。",
                     "1.276", "[1.276, 1.276]", "tonne_coal_equivalent", "10000 CNY",
                     id="coal-per-wanyuan-list"),
        # own sentence: water use per 10,000 yuan of value added
        pytest.param("万元工业增加值用水量为12立方米/万元。", "12立方米/万元", "[12, 12]",
                     "cubic_meter", "10000 CNY", id="water-per-wanyuan"),
    ],
)
def test_a_written_rate_per_a_sum_of_money(
    text: str, surface: str, literal: str, unit: str, per: str
) -> None:
    """吨标准煤/万元: a physical amount per 10,000 yuan keeps the unit and the scaled money in
    ``per`` (the claim stopped at 吨标准煤 with no denominator)."""
    [c] = [c for c in claims.extract(text) if c.text == surface]
    assert (str(c.value.literal), c.unit, c.per) == (literal, unit, per)  # type: ignore[union-attr]


def test_money_per_money_and_counts_per_money_stay_apart() -> None:
    """元/万元 stays 元 (no rate of money to money) and a measure word takes no money
    denominator (3个每元: another phrase)."""
    first = next(iter(claims.extract("费用为5元/万元。")))
    assert (first.text, first.per) == ("5元", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences in the style of statistics bulletins: after 分别, a bare first item
        # takes the scale word and unit written once after the last
        pytest.param("风电、光伏发电量分别为4665、2611亿千瓦时。",
                     [("4665", "[466450000000, 466550000000)", "kilowatt_hour"),
                      ("2611亿千瓦时", "[261050000000, 261150000000)", "kilowatt_hour")],
                     id="fenbie-yi"),
        pytest.param("两地游客分别为15、20万人。",
                     [("15", "[145000, 155000)", "人"), ("20万人", "[150000, 250000)", "人")],
                     id="fenbie-wan-count"),
        pytest.param("各县分别为3、4、5万元。",
                     [("3", "[25000, 35000)", "CNY"), ("4", "[35000, 45000)", "CNY"),
                      ("5万元", "[45000, 55000)", "CNY")], id="fenbie-three"),
        # no distributor, or another size: left alone (3 may be 3元)
        pytest.param("他们有3、5万元。",
                     [("3", "[3, 3]", None), ("5万元", "[45000, 55000)", "CNY")],
                     id="no-fenbie"),
        pytest.param("分别为3和5000万元。",
                     [("3", "[3, 3]", None), ("5000万元", "[45000000, 55000000)", "CNY")],
                     id="fenbie-other-size"),
    ],
)
def test_distributed_items_share_the_scale_word(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """分别为4665、2611亿千瓦时: the bare first item is 4665亿千瓦时 (was a bare count 4665)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "literal"),
    [
        # https://www.i-cable.com/%e6%96%b0%e8%81%9e%e8%b3%87%e8%a8%8a/391149/ (HK Observatory)
        pytest.param("位於呂宋附近的熱帶氣旋已進入香港800公里範圍。", "800公里範圍", "[0, 800]",
                     id="fanwei-trad"),
        # own sentences: 範圍內 in traditional script, 范围 alone
        pytest.param("震中周邊20公里範圍內。", "20公里範圍內", "[0, 20]", id="fanwei-nei-trad"),
        pytest.param("方圆3公里范围的村庄。", "3公里范围", "[0, 3]", id="fanwei-simplified"),
    ],
)
def test_a_distance_before_fanwei_is_within(text: str, surface: str, literal: str) -> None:
    """800公里範圍 (within 800 km) is [0, 800], as 范围内 already was."""
    [c] = [c for c in claims.extract(text) if c.text == surface]
    assert str(c.value.literal) == literal  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences in the style of a city forecast
        pytest.param("今天夜间:阴有小雨;南风2、3级;16~15℃。",
                     [("2、3级", "[2, 3]", "beaufort"), ("16~15℃", "[15, 16]", "degree_Celsius")],
                     id="falling-temperature"),
        pytest.param("白天:阴转晴;偏北风1级左右转3、4级。",
                     [("1级左右", "[0, 2]", "beaufort"), ("3、4级", "[3, 4]", "beaufort")],
                     id="wind-turns-to-pair"),
        # a change from one temperature to another, a score: no falling range
        pytest.param("气温从20到15度。", [("20", "[20, 20]", None), ("15度", "[15, 15]",
                     "degree_Celsius")], id="change-from"),
    ],
)
def test_forecast_ranges(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """16~15℃ is the range [15, 16] (a falling temperature, not 16 and 15℃); 转3、4级 after a
    wind word is a wind force range."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://news.ltn.com.tw/news/life/paper/1731872 (LTN print: digits one by one before
        # 萬, a full-width point between Chinese digits)
        pytest.param("全台農損約一一二二萬元,受損區域集中在宜花東地區。",
                     [("約一一二二萬元", "[11210000, 11230000]", "CNY")], id="digit-string-wan"),
        pytest.param("農產損失約六七七萬元、主要為二期水稻。",
                     [("約六七七萬元", "[6760000, 6780000]", "CNY"), ("二期", "[2, 2]", "期")],
                     id="digit-string-wan-short"),
        pytest.param("花蓮農田埋沒約四．四公頃。", [("約四．四公頃", "[4.3, 4.5]", "hectare")],
                     id="fullwidth-point-chinese"),
        pytest.param("曾停電二四三〇三戶。", [("二四三〇三戶", "[24303, 24303]", "户")],
                     id="digit-string-bare"),
        # two digits before 万 stay a range of neighbours
        pytest.param("损失三四万元。", [("三四万元", "[30000, 40000]", "CNY")],
                     id="neighbours-wan"),
    ],
)
def test_digits_written_one_by_one(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """一一二二萬 is 1122万 (was 二 and 二萬元), 四．四公頃 is 4.4 hectares (was 約四)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # https://news.m.pchome.com.tw/living/crwant/20241102/index-73052656244781316009.html
        pytest.param("康芮颱風災情破萬件!釀2死617傷 農損近5億",
                     [("破萬件", "(10000, +inf)", "件"), ("2", "[2, 2]", None),
                      ("617", "[617, 617]", None), ("近5億", "[400000000, 500000000)", "CNY")],
                     id="nongsun-headline"),
        # https://news.ltn.com.tw/amp/news/life/breakingnews/1839556
        pytest.param("梅姬不留情 農損達3億4千萬", [("3億4千萬", "[335000000, 345000000)", "CNY")],
                     id="nongsun-da"),
        # https://ctinews.com/news/items/57nGXvbYWk (train runs)
        pytest.param("區間(快)車宜蘭至和平間開行8列次。", [("8列次", "[8, 8]", "列次")],
                     id="lieci"),
    ],
)
def test_farm_losses_and_train_runs(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """農損 with no 元 is money (like 经济损失); 列次 counts train runs."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # https://news.ltn.com.tw/news/life/paper/1731872
        "避免影響下游萬榮國中、鐵路系統與花四十五線。",
        # own sentences: Taiwan roads
        "台9線蘇花公路封閉。",
        "台11甲線中斷。",
    ],
)
def test_taiwan_road_names_hold_no_figure(text: str) -> None:
    """台9線, 花四十五線: a county character, a number and 線 name a road (were counts)."""
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # http://www.ettaleb.com/24hot/2018/0731/290332.html (stock codes in brackets)
        pytest.param("招商銀行(600036)上半年實現凈利潤為447.56億元,位居首位。",
                     [("447.56億元", "[44755500000, 44756500000)", "CNY")], id="stock-code-a"),
        # own sentence: a Hong Kong code
        pytest.param("腾讯控股(00700.HK)股价上涨3%。", [("3%", "[3, 3]", "percent")],
                     id="stock-code-hk"),
        # a bracketed figure that is no code stays
        pytest.param("报名人数(120)。", [("120", "[120, 120]", None)], id="bracketed-figure"),
    ],
)
def test_stock_codes_are_no_figures(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """招商銀行(600036): six digits in brackets after a name are a stock code (were a count)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # http://www.ettaleb.com/24hot/2018/0731/290332.html
        pytest.param("上半年凈利潤實現翻倍的公司至少達40家。",
                     [("至少達40家", "[40, +inf)", "家")], id="zhishao-da-trad"),
        # own sentences
        pytest.param("参与企业至少达到300家。", [("至少达到300家", "[300, +inf)", "家")],
                     id="zhishao-dadao"),
        pytest.param("高峰时段最多达5000人。", [("最多达5000人", "[0, 5000]", "人")],
                     id="zuiduo-da"),
    ],
)
def test_a_bound_before_a_link_verb(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """至少達40家: a bounding word before 达/達/达到 bounds the figure (was a bare 40家)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences: 几 alone before a length of time is a few of it
        pytest.param("一连几天阴雨绵绵。", [("几天", "[1, 9]", "day")], id="jitian"),
        pytest.param("短暂休息几个小时后继续救援。", [("几个小时", "[1, 9]", "hour")],
                     id="jigexiaoshi"),
        pytest.param("餘震可能持續好幾年。", [("幾年", "[1, 9]", "year")], id="haojinian-trad"),
        # these days, a few days ago: no duration
        pytest.param("这几天气温偏高。", [], id="zhejitian"),
        pytest.param("未来几天我省大部分地区天气晴好。", [], id="weilai-jitian"),
        pytest.param("几天前发生地震。", [], id="jitianqian"),
        pytest.param("近几年来发展很快。", [], id="jinjinian"),
        # 几 before a scale is read by the grammar as before
        pytest.param("十几天。", [("十几天", "[11, 19]", "day")], id="shiji"),
    ],
)
def test_ji_alone_is_a_few(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """一连几天 is a duration of [1, 9] days (was no claim); 这几天 / 几天前 stay no claim."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences: 近 N 年 before what those years have (not) seen means the last N years
        pytest.param("是近三年没遇到过的。", [("三年", "[3, 3]", "year")], id="jin-mei"),
        pytest.param("近10年未见的大雪。", [("10年", "[10, 10]", "year")], id="jin-wei"),
        pytest.param("用了近三年时间。", [("近三年", "[2, 3)", "year")], id="jin-nearly"),
    ],
)
def test_recent_years_before_what_they_saw(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """近三年没遇到过: the last three years (exact), not nearly three (用了近三年 stays)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # own sentences in the style of the stored quake, typhoon, forecast and sports pages
        "山西省地震局迅速啟動四級地震應急響應。",
        "七級風平均暴風半徑",
        "根據九天天氣預報顯示,下周二離岸吹強風。",
        "一辆大货车四轮朝天翻扑在河谷里。",
        "大运会进入倒数第二个比赛日。",
        "今天是奧運第十個比賽日。",
        "在男子4×100米混合泳接力决赛中夺冠。",
    ],
)
def test_levels_radii_products_and_events_hold_no_figure(text: str) -> None:
    """四級…應急響應 (a response level), 七級風…半徑 and 九天天氣預報 (names), 四轮朝天
    (an idiom), 第二个比赛日 (order only) and 4×100米 (a relay) hold no figure."""
    assert _found(text) == []


def test_a_radius_keeps_its_length() -> None:
    """七級風平均暴風半徑120公里: the radius's length stays a claim, the force names it."""
    assert _found("七級風平均暴風半徑120公里。") == [("120公里", "[120, 120]", "kilometer")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences in the style of a city's cold-wave warning and forecast
        pytest.param("寒潮天气,北风,内陆地区3~4级,海区6~7级阵风8级。",
                     [("3~4级", "[3, 4]", "beaufort"), ("6~7级", "[6, 7]", "beaufort"),
                      ("8级", "[8, 8]", "beaufort")], id="place-clauses"),
        pytest.param("北风4~5级,沿海地区6~7级。",
                     [("4~5级", "[4, 5]", "beaufort"), ("6~7级", "[6, 7]", "beaufort")],
                     id="coast-clause"),
        # no wind named before: 级 stays the measure word
        pytest.param("全市地区3级。", [("3级", "[3, 3]", "级")], id="no-wind"),
    ],
)
def test_a_place_clause_after_a_wind_keeps_the_wind_force(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """北风,内陆地区3~4级: a clause of a place and the figure after a clause naming the wind
    is a wind force (was a count of 级)."""
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences in the style of games reports (simplified and traditional)
        pytest.param("中国队获得3金2银1铜。",
                     [("3金", "[3, 3]", "金"), ("2银", "[2, 2]", "银"), ("1铜", "[1, 1]", "铜")],
                     id="medal-tally"),
        pytest.param("已經超過了上屆的26金。", [("26金", "[26, 26]", "金")], id="medals-trad"),
        # compounds stay other words
        pytest.param("共有5家银行。", [("5家", "[5, 5]", "家")], id="yinhang"),
    ],
)
def test_medal_counts(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """3金2银1铜: medals are counted by 金/银/铜 (were bare counts); 银行, 金额 are words."""
    assert _found(text) == expected
