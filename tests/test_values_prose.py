"""Values and units of figures in real Chinese prose (statistics bulletins, disaster tallies,
travel and weather reports): each row is a short fragment, the claim text it must yield, its
literal interval (``str(Interval)``) and its unit.

Rows are grouped by provenance: fragments of stored public pages (URL in a comment), then own
variants of the same classes.
"""

from __future__ import annotations

import pytest

import claims

ROWS = [
    # http://www.kmmxsc.com/news/shehui/20171212/7066.html (有余 after a round figure)
    pytest.param("称一年要花去3万有余。", "3万有余", "(30000, 40000)", None, id="wan-youyu"),
    # own variants of spoken bounds in disaster tallies and bulletins
    pytest.param("转移群众接近于5万人。", "接近于5万人", "[40000, 50000)", "人", id="jiejinyu"),
    pytest.param("播种面积近乎3000亩。", "近乎3000亩", "[2000, 3000)", "mu", id="jinhu"),
    pytest.param("受灾人口不下10万人。", "不下10万人", "[100000, +inf)", "人", id="buxia"),
    pytest.param("损失不止2亿元。", "不止2亿元", "(200000000, +inf)", "CNY", id="buzhi"),
    pytest.param("现场约莫200人。", "约莫200人", "[100, 300]", "人", id="yuemo"),
    pytest.param("大概2000人参加。", "大概2000人", "[1000, 3000]", "人", id="dagai"),
    pytest.param("财政收入300万元有余。", "300万元有余", "(3000000, 4000000)", "CNY",
                 id="youyu-after-unit"),
    pytest.param("年纪五十开外。", "五十开外", "(50, 60)", None, id="kaiwai"),
    pytest.param("她三十岁出头。", "三十岁出头", "(30, 40)", "year", id="chutou"),
    # https://news.rthk.hk/rthk/ch/component/k2/1843939-20260215.htm (Observatory forecast)
    pytest.param("市區最高氣溫約27度，新界再高兩、三度。", "兩、三度", "[2, 3]", "degree_Celsius",
                 id="pair-liang-san-du"),
    # own variants: two neighbouring digits apart by 、 are a rough range (like 两三百)
    pytest.param("受影響人數約二、三百人。", "約二、三百人", "[100, 400]", "人",
                 id="pair-hundreds"),
    pytest.param("损失约三、四千万元。", "约三、四千万元", "[20000000, 50000000]", "CNY",
                 id="pair-qianwan"),
    pytest.param("洪水持续两、三天。", "两、三天", "[2, 3]", "day", id="pair-days"),
    pytest.param("早在二、三十年前。", "二、三十年", "[20, 30]", "year", id="pair-tens"),
    pytest.param("占比三、四成。", "三、四成", "[30, 40]", "percent", id="pair-tenths"),
    # own variants: a bound reaches across 摄氏 (Hong Kong Observatory style)
    pytest.param("最高氣溫約攝氏33度。", "約攝氏33度", "[32, 34]", "degree_Celsius",
                 id="about-across-sheshi"),
    pytest.param("气温超过摄氏40度。", "超过摄氏40度", "(40, +inf)", "degree_Celsius",
                 id="over-across-sheshi"),
    # https://kwongwah.com.my/20240620/ (Malaysian Chinese press: 兆 and 令吉)
    pytest.param("交通固定资产投资3兆9142亿人民币(2兆5389亿令吉)。", "2兆5389亿令吉",
                 "[2538850000000, 2538950000000)", "MYR", id="lingji-ringgit"),
    # own variants: currencies of world news
    pytest.param("援助500亿印尼盾。", "500亿印尼盾", "[45000000000, 55000000000)", "IDR",
                 id="rupiah"),
    pytest.param("兑换1000万兰特。", "1000万兰特", "[5000000, 15000000)", "ZAR", id="rand"),
    # own variants: 度 after a latitude or longitude is an angle, even near 烈度 or 气温
    pytest.param("地震烈度达8度，震中位于北纬31.0度。", "31.0度", "[31, 31]", "degree",
                 id="latitude-after-intensity"),
    pytest.param("地震烈度达8度，震中位于北纬31.0度。", "8度", "[8, 8]", "seismic_intensity",
                 id="intensity-before-latitude"),
    # own variants: Taiwan power releases (度 of 用電, the kilowatt 瓩) and 约在 before a range
    pytest.param("用電量達2,000億度。", "2,000億度", "[150000000000, 250000000000)",
                 "kilowatt_hour", id="traditional-electric-du"),
    pytest.param("供電能力約4,000萬瓩。", "約4,000萬瓩", "[30000000, 50000000]", "kilowatt",
                 id="wa-kilowatt"),
    pytest.param("有效降水量约在20～40毫米之间。", "约在20～40毫米", "[10, 50]", "millimeter",
                 id="yuezai-range"),
    # own variants: Taiwan and Hong Kong script: measure words, currencies and metric units
    pytest.param("全台累計接種疫苗4,500萬劑。", "4,500萬劑", "[44500000, 45500000)", "剂",
                 id="ji-doses"),
    pytest.param("每日接種30萬劑次。", "30萬劑次", "[250000, 350000)", "剂次", id="jici-doses"),
    pytest.param("鐵路增開120車次。", "120車次", "[120, 120]", "车次", id="traditional-checi"),
    pytest.param("存款2萬馬幣。", "2萬馬幣", "[15000, 25000)", "MYR", id="traditional-mabi"),
    pytest.param("售價30泰銖。", "30泰銖", "[30, 30]", "THB", id="traditional-baht"),
    pytest.param("面積120平方公尺。", "120平方公尺", "[120, 120]", "square_meter",
                 id="square-gongchi"),
    pytest.param("雨量達50公釐。", "50公釐", "[50, 50]", "millimeter", id="gongli-millimetre"),
    pytest.param("花了3塊錢。", "3塊錢", "[3, 3]", "CNY", id="traditional-kuaiqian"),
    pytest.param("出口100億紐西蘭元。", "100億紐西蘭元", "[5000000000, 15000000000)", "NZD",
                 id="traditional-nzd"),
    pytest.param("明天多雲轉陰，15~23度。", "15~23度", "[15, 23]", "degree_Celsius",
                 id="traditional-weather-du"),
    pytest.param("體溫燒到39度。", "39度", "[39, 39]", "degree_Celsius", id="traditional-tiwen"),
    pytest.param("花蓮外海發生5.2級強震。", "5.2級", "[5.2, 5.2]", "richter_magnitude",
                 id="traditional-qiangzhen"),
    # own variants: Latin units of grids, weather and environment bulletins
    pytest.param("新建220kV变电站。", "220kV", "[220, 220]", "kilovolt", id="latin-kv"),
    pytest.param("中心气压1002hPa。", "1002hPa", "[1002, 1002]", "hectopascal", id="latin-hpa"),
    pytest.param("浓度420ppm。", "420ppm", "[420, 420]", "ppm", id="latin-ppm"),
    pytest.param("二氧化碳浓度420ppm。", "420ppm", "[420, 420]", "ppm", id="co2-no-figure-two"),
    # own variants: 近 opening a clause before a length of time is a time frame, not "nearly"
    pytest.param("疫情平稳。近7天新增病例0例。", "7天", "[7, 7]", "day", id="recent-clause-start"),
    pytest.param("据统计，近30天累计降水量50毫米。", "30天", "[30, 30]", "day",
                 id="recent-after-comma"),
    pytest.param("工程用了近7天。", "近7天", "[6, 7)", "day", id="nearly-after-verb"),
    # own variants: 三五 is a rough range of 3 to 5, not the digit string 35
    pytest.param("等了三五分钟。", "三五分钟", "[3, 5]", "minute", id="sanwu-minutes"),
    pytest.param("每人三五百元。", "三五百元", "[300, 500]", "CNY", id="sanwu-hundreds"),
    pytest.param("约三五天可到。", "约三五天", "[2, 6]", "day", id="about-sanwu"),
    # https://www.wikiwand.com/zh-sg/ (八號烈風或暴風信號, Hong Kong prose): 多過 like 多于
    pytest.param("只要多過一半測風站錄得烈風。", "多過一半", "(0.5, 1]", None, id="duoguo-half"),
    # https://www.wikiwand.com/zh-sg/ (八號烈風或暴風信號): a bound across 每小時, the rate's per
    pytest.param("陣風更可能超過每小時180公里。", "180公里", "(180, +inf)", "kilometer",
                 id="over-across-per-hour"),
    pytest.param("车速不超过每小时60公里。", "60公里", "[0, 60]", "kilometer",
                 id="at-most-across-per-hour"),
    # aftershock tallies (gap noted by commit 5d9ec98): 余 and 多 after a unit that start a word
    pytest.param("共记录到846次余震。", "846次", "[846, 846]", "次", id="yuzhen-no-remainder"),
    pytest.param("造成5人多处受伤。", "5人", "[5, 5]", "人", id="duochu-no-remainder"),
    pytest.param("身高1米多高。", "1米多", "(1, 2)", "meter", id="mi-duo-gao-remainder"),
    pytest.param("重2斤多重。", "2斤多", "(2, 3)", "jin", id="jin-duo-zhong-remainder"),
    # own variants: 十数 is 十几 (十数万人 was the count 十 and 数万人)
    pytest.param("受灾群众十数万人。", "十数万人", "[110000, 190000]", "人", id="shishu-wan"),
    pytest.param("历时十数天。", "十数天", "[11, 19]", "day", id="shishu-days"),
    # own variants: a bound reaches across a currency word or sign before the figure
    pytest.param("投资1000万美元（约合人民币7000万元）。", "约合人民币7000万元",
                 "[60000000, 80000000]", "CNY", id="yuehe-renminbi"),
    pytest.param("营收超过人民币10亿元。", "超过人民币10亿元", "(1000000000, +inf)", "CNY",
                 id="over-renminbi"),
    pytest.param("损失约人民币3亿。", "约人民币3亿", "[200000000, 400000000]", "CNY",
                 id="about-renminbi-no-unit-after"),
    pytest.param("出口超过新台币5000亿元。", "超过新台币5000亿元", "(500000000000, +inf)", "TWD",
                 id="over-ntd-yuan"),
    pytest.param("售价超过US$20。", "超过US$20", "(20, +inf)", "USD", id="over-us-dollar-sign"),
    # own variants: web counts of microblog posts (破 like 突破; w for 万)
    # (票房 names money: the bare 亿 is yuan, claims._joins.money_by_noun)
    pytest.param("电影票房破亿。", "破亿", "(100000000, +inf)", "CNY", id="po-yi"),
    pytest.param("粉丝数冲破1万大关。", "破1万", "(10000, +inf)", None, id="chongpo-wan"),
    pytest.param("阅读量10w+。", "10w+", "[100000, +inf)", None, id="w-plus"),
    pytest.param("转发1.2w次。", "1.2w次", "[11500, 12500)", "次", id="w-decimal"),
    # own variants: half a point and N and a half points (bulletins, central-bank news)
    pytest.param("增速回落半个百分点。", "半个百分点", "[0.5, 0.5]", "percentage_point",
                 id="half-point"),
    pytest.param("增速下降一个半百分点。", "一个半百分点", "[1.5, 1.5]", "percentage_point",
                 id="one-and-a-half-points"),
    pytest.param("提高了约1个半百分点。", "约1个半百分点", "[1, 2]", "percentage_point",
                 id="about-arabic-and-a-half-points"),
    pytest.param("出生率下降半个千分点。", "半个千分点", "[0.5, 0.5]", "permille_point",
                 id="half-permille-point"),
    # own variants: flows written with a Latin quotient, like 立方米每秒
    pytest.param("洪峰流量4500m³/s。", "4500m³/s", "[4500, 4500]", "cubic_meter / second",
                 id="latin-m3-per-s"),
    pytest.param("流量达到5600m3/s。", "5600m3/s", "[5600, 5600]", "cubic_meter / second",
                 id="latin-m3-per-s-ascii"),
    pytest.param("入库流量12000立方米每秒。", "12000立方米每秒", "[12000, 12000]",
                 "cubic_meter / second", id="han-m3-per-s"),
]


def _unit(c: claims.Claim) -> str | None:
    return None if c.unit is None else str(c.unit)


@pytest.mark.parametrize(("text", "span", "literal", "unit"), ROWS)
def test_value_and_unit(text: str, span: str, literal: str, unit: str | None) -> None:
    """The figure is one claim spanning ``span`` with this literal interval and unit."""
    found = [c for c in claims.extract(text) if c.text == span]
    assert found, [c.text for c in claims.extract(text)]
    c = found[0]
    assert text[c.span.start : c.span.end] == c.text
    assert (str(c.value.literal), _unit(c)) == (literal, unit)


def test_bound_across_per_keeps_the_per() -> None:
    """超过每小时180公里: the bound crosses 每小时, which stays the rate's per (out of the span)."""
    [c] = claims.extract("陣風更可能超過每小時180公里。")
    assert (c.kind.value, c.per) == ("rate", "hour")


def test_po_needs_a_magnitude() -> None:
    """打破3项纪录 is no bound: 破 bounds only a figure written with 百/千/万/亿."""
    assert [(c.text, str(c.value.literal)) for c in claims.extract("打破3项纪录。")] == [
        ("3项", "[3, 3]")
    ]


def test_capital_w_stays_the_watt() -> None:
    """功率100W is 100 watts, not 100万 (only a lower-case w is 万)."""
    [c] = claims.extract("功率100W。")
    assert (c.text, c.unit) == ("100W", "watt")


NOT_PAIRS = [
    # own variants: lists and classes written with 、 stay apart
    pytest.param("启动一、二级应急响应。", id="levels"),
    pytest.param("第二、三产业增加值增长。", id="industries"),
    pytest.param("荣获一、二、三等奖。", id="list-of-three"),
    pytest.param("三、四季度经济回升。", id="quarters"),
]


@pytest.mark.parametrize("text", NOT_PAIRS)
def test_listed_classes_are_no_range(text: str) -> None:
    """Digits apart by 、 that name classes, periods or a list of three make no range."""
    spans = [c.text for c in claims.extract(text)]
    assert not any("、" in s for s in spans), spans


def test_chemical_names_are_no_figures() -> None:
    """二氧化碳 and 一氧化碳 name gases: their numerals are no figures."""
    text = "二氧化硫年均浓度9微克/立方米，一氧化碳1.1毫克/立方米。"
    assert [c.text for c in claims.extract(text)] == ["9微克/立方米", "1.1毫克/立方米"]


@pytest.mark.parametrize(
    "text",
    ["乘坐二环、三环路。", "北京四中的学生。", "实施三孩政策。", "十九届三中全会。",
     "增幅达两位数。"],
)
def test_numbered_names_are_no_figures(text: str) -> None:
    """Ring roads, numbered schools, plenary sessions, birth-order policies and counts of digits
    (两位数) hold no figure."""
    assert claims.extract(text) == []


def test_generations_are_no_figures() -> None:
    """80后, 90后 and 00后 name generations, not figures."""
    text = "80后、90后成为消费主力，00后占比达35%。"
    assert [c.text for c in claims.extract(text)] == ["35%"]


def test_octopus_card_is_no_figure() -> None:
    """八達通 (Hong Kong's transit card) is a name, not the figure 八."""
    text = "港鐵車費加價3.28%，八達通最低增值額為50港元。"
    assert [c.text for c in claims.extract(text)] == ["3.28%", "50港元"]


@pytest.mark.parametrize(
    ("text", "surface", "literal"),
    [
        # Hong Kong government statistics print thousands with single spaces
        ("劳动人口为3 766 000人", "3 766 000人", "[3766000, 3766000]"),
        ("失业人数为119 400人", "119 400人", "[119400, 119400]"),
        ("约12 000人", "约12 000人", "[11000, 13000]"),
    ],
    ids=str,
)
def test_space_separated_thousands(text: str, surface: str, literal: str) -> None:
    """Groups of three digits after single spaces are one figure (never 000人 = 0)."""
    [c] = claims.extract(text)
    assert (c.text, str(c.value.literal)) == (surface, literal)  # type: ignore[union-attr]


def test_spaced_groups_need_three_digits() -> None:
    """A space before a group that is not three digits parts two figures (1, 234; 2024 12)."""
    assert [c.text for c in claims.extract("1, 234")] == ["1", "234"]
