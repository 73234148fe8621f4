"""Values and units of figures on real Chinese pages (weather, statistics, disaster and travel
reports in simplified and traditional script): each row is a short fragment, the claim text it
must yield, its literal interval (``str(Interval)``) and its unit.

Rows are grouped by provenance: fragments of stored public pages (URL in a comment), then own
variants of the same classes. Negative rows (``NO_CLAIM``) are fragments whose numerals state
no figure.
"""

from __future__ import annotations

import pytest

import claims

ROWS = [
    # http://cn.epochtimes.com/b5/9/8/11/n2619290.htm (Taiwan weather: a pair of whole numbers
    # apart by 、, and ○ set for 〇)
    pytest.param("低温也有二十八、二十九度。", "二十八、二十九度", "[28, 29]", "degree_Celsius",
                 id="pair-whole-chinese"),
    pytest.param("前十名全部突破二二○○毫米。", "突破二二○○毫米", "(2200, +inf)", "millimeter",
                 id="circle-zero"),
    # own variants: the units digit after 十 pairs with the next digit; two Arabic numbers one
    # apart with the unit written once are a rough range too
    pytest.param("白天气温二十七、八度。", "二十七、八度", "[27, 28]", "degree_Celsius",
                 id="pair-units-digit"),
    pytest.param("他今年十七、八岁。", "十七、八岁", "[17, 18]", "year", id="pair-age"),
    pytest.param("损失约二十七、八万元。", "约二十七、八万元", "[260000, 290000]", "CNY",
                 id="pair-units-digit-wan"),
    pytest.param("白天最高气温27、28度。", "27、28度", "[27, 28]", "degree_Celsius",
                 id="pair-arabic"),
    pytest.param("现场只有3、4个人。", "3、4个", "[3, 4]", "个", id="pair-arabic-small"),
    # https://hangzhou.baogaosu.com/xinwen/ (一季度我省铁路客运量大幅增长: transport work in
    # passenger- and tonne-kilometres)
    pytest.param("旅客周转量148.98亿人公里。", "148.98亿人公里", "[14897500000, 14898500000)",
                 "passenger_kilometer", id="renkm"),
    pytest.param("货物周转量46.78亿吨公里。", "46.78亿吨公里", "[4677500000, 4678500000)",
                 "tonne_kilometer", id="dunkm"),
    # https://www.knews.com.tw/search/%E5%87%BA%E7%88%90 (人均GDP逼近4萬美元)
    pytest.param("人均GDP逼近4萬美元。", "逼近4萬美元", "[30000, 40000)", "USD", id="bijin"),
    # https://news.cnyes.com/news/id/6356562 (Taiwan print: a space before 左右)
    pytest.param("全年仍維持在 5% 左右的增速區間。", "5% 左右", "[4, 6]", "percent",
                 id="spaced-zuoyou"),
    # https://economy.tedc.org.tw/index.php?type=report&report=_202101 (a space before 個多月)
    pytest.param("參酌過去 1 個多月來各項指標。", "1 個多月", "(1, 2)", "month",
                 id="spaced-ge-duo-yue"),
    # http://news.now.com/home/local/player?newsId=125565 (nights of a stay)
    pytest.param("過夜旅客平均留港3.3晚，按年跌0.1晚。", "3.3晚", "[3.3, 3.3]", "晚",
                 id="nights"),
    # own variants: a length led by 时速 or 秒速 is a speed; a currency word before the figure
    pytest.param("列车最高時速可達350公里。", "350公里", "[350, 350]", "kilometer_per_hour",
                 id="shisu-km"),
    pytest.param("风速约为秒速11.2公里。", "11.2公里", "[11.2, 11.2]", "kilometer_per_second",
                 id="miaosu-km"),
    pytest.param("奖金为美金3000元。", "美金3000元", "[3000, 3000]", "USD", id="meijin-prefix"),
    pytest.param("耗资欧元5亿。", "欧元5亿", "[450000000, 550000000)", "EUR", id="euro-prefix"),
    pytest.param("每万人拥有公交车辆15.2标台。", "15.2标台", "[15.2, 15.2]", "标台",
                 id="biaotai"),
    # own variants: 来 between a round figure and its unit is about (like 左右)
    pytest.param("现场有三百来人。", "三百来人", "[200, 400]", "人", id="lai-hundreds"),
    pytest.param("他二十来岁。", "二十来岁", "[10, 30]", "year", id="lai-age"),
    pytest.param("走了100来米。", "100来米", "[0, 200]", "meter", id="lai-arabic"),
    pytest.param("派出三十来个工作组。", "三十来个", "[20, 40]", "个", id="lai-measure-word"),
    # own variants: spoken figures with the unit in the middle; 块 before the 毛 of the amount
    pytest.param("他身高1米8的个子。", "1米8", "[1.8, 1.8]", "meter", id="tail-mi"),
    pytest.param("身高一米八。", "一米八", "[1.8, 1.8]", "meter", id="tail-mi-chinese"),
    pytest.param("约1米75。", "约1米75", "[1.74, 1.76]", "meter", id="tail-mi-cm"),
    pytest.param("猪肉涨到13块5一斤。", "13块5", "[13.5, 13.5]", "CNY", id="tail-kuai"),
    pytest.param("只要十三块五。", "十三块五", "[13.5, 13.5]", "CNY", id="tail-kuai-chinese"),
    pytest.param("花了一块五毛钱。", "一块五毛钱", "[1.5, 1.5]", "CNY", id="kuai-mao"),
    # own variants: growth verbs of spoken prose make 倍 ambiguous (x2 or x1 more)
    pytest.param("房价涨了一倍。", "一倍", "[1, 2]", None, id="zhangle-yibei"),
    pytest.param("价格上涨了2倍。", "2倍", "[2, 3]", None, id="shangzhang-2bei"),
    # https://agriculture.yunlin.gov.tw/News_Content.aspx?n=2445&s=252452 (Taiwan print: spaces
    # around the digits of a figure in 億 and 萬)
    pytest.param("估計損失計 30 億 3,468 萬元。", "30 億 3,468 萬元",
                 "[3034675000, 3034685000)", "CNY", id="spaced-yi-wan"),
    # https://www.info.gov.hk/gia/wr/200012/25/1225101.htm (Observatory print: every character
    # one space apart; 度 after 氣 溫 is a temperature)
    pytest.param("氣 溫 : 16 至 19 度 。", "16 至 19 度", "[16, 19]", "degree_Celsius",
                 id="spaced-qiwen-du"),
    # own variants (Hong Kong, Macau and Taiwan units and currency words)
    pytest.param("實用面積500平方呎。", "500平方呎", "[500, 500]", "square_foot", id="sq-ft"),
    pytest.param("樓高300呎。", "300呎", "[300, 300]", "foot", id="chi-foot"),
    pytest.param("重300公克。", "300公克", "[300, 300]", "gram", id="gongke"),
    pytest.param("豬肉每斤3台斤。", "3台斤", "[3, 3]", "tai_jin", id="taijin"),
    pytest.param("用水量500公秉。", "500公秉", "[500, 500]", "kiloliter", id="gongbing"),
    pytest.param("距離約20浬。", "約20浬", "[10, 30]", "nautical_mile", id="li-nautical"),
    pytest.param("罰款葡幣100元。", "葡幣100元", "[100, 100]", "MOP", id="pataca"),
    # own variants: natural gas in standard cubic metres
    pytest.param("天然气产量5亿标准立方米。", "5亿标准立方米", "[450000000, 550000000)",
                 "cubic_meter", id="biaozhun-lifangmi"),
    pytest.param("日供气100万标方。", "100万标方", "[500000, 1500000)", "cubic_meter",
                 id="biaofang"),
    # own variants: a range whose second figure has a remainder reaches to its top
    pytest.param("补贴10余万至20余万元。", "10余万至20余万元", "[100000, 300000]", "CNY",
                 id="range-yu-yu"),
    pytest.param("来了30多到50多人。", "30多到50多人", "[30, 60]", "人", id="range-duo-duo"),
    # https://big5.cri.cn/gate/big5/ln.cri.cn/20190814/7fd6cf02-c3ae-4940-670a-a6aa4894613e.html
    pytest.param("在連續3天3夜的作戰中。", "3夜", "[3, 3]", "夜", id="nights-ye"),
    pytest.param("来了千把人。", "千把人", "[0, 2000]", "人", id="ba-qian"),
    pytest.param("花了万把块钱。", "万把块钱", "[0, 20000]", "CNY", id="ba-wan"),
    # http://www.info.gov.hk/gia/wr/199810/12/1012059.htm (Observatory print: a unit of two
    # characters one space apart, and 時 速 before it)
    pytest.param("位 於 馬 尼 拉 東 南 偏 東 約 1300 公 里 。", "約 1300 公 里", "[1200, 1400]",
                 "kilometer", id="spaced-gongli"),
    pytest.param("時 速 約 20 公 里 。", "約 20 公 里", "[10, 30]", "kilometer_per_hour",
                 id="spaced-shisu"),
    # own variants: 多/余 after a percent sign is one place of the figure more (like 三成多)
    pytest.param("同比增长了20%多。", "20%多", "(20, 30)", "percent", id="pct-duo"),
    pytest.param("占比5%多。", "5%多", "(5, 6)", "percent", id="pct-duo-units"),
    # own variants: negated bounds (not exceeded: at most; not reached: under)
    pytest.param("增幅未超过5%。", "未超过5%", "[0, 5]", "percent", id="wei-chaoguo"),
    pytest.param("增幅没有超过5%。", "没有超过5%", "[0, 5]", "percent", id="meiyou-chaoguo"),
    pytest.param("房价未达到1万元。", "未达到1万元", "[0, 10000)", "CNY", id="wei-dadao"),
    pytest.param("占比不及1%。", "不及1%", "[0, 1)", "percent", id="buji"),
    pytest.param("年龄不满18岁。", "不满18岁", "[0, 18)", "year", id="buman"),
    pytest.param("约计3000人参加。", "约计3000人", "[2000, 4000]", "人", id="yueji"),
    # own variant (Hong Kong print: a figure in 萬 with a decimal part after the 萬)
    pytest.param("全市耕地面積3萬7396.27公頃。", "3萬7396.27公頃", "[37396.27, 37396.27]",
                 "hectare", id="wan-then-decimal"),
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


APART = [
    # own variants: a list word before the pair, days, an ordinal, a list of three stay apart
    pytest.param("两地气温分别为27、28度。", id="list-word"),
    pytest.param("今年27、28日两天有雨。", id="days"),
    pytest.param("他们获得第27、28名。", id="ordinal"),
    pytest.param("编号为27、28、29的房屋。", id="list-of-three"),
    pytest.param("他们分列第十一、十二名。", id="ordinal-chinese"),
]


@pytest.mark.parametrize("text", APART)
def test_listed_numbers_stay_apart(text: str) -> None:
    """Numbers apart by 、 that are a list, days or ordinals make no rough range."""
    spans = [c.text for c in claims.extract(text)]
    assert not any("、" in s for s in spans), spans


NO_CLAIM = [
    # own variants: 〇 or ○ alone is a placeholder of a name or a bullet, not a zero
    pytest.param("〇〇公司的员工王〇〇说。", id="placeholder-ling"),
    pytest.param("○○公司的员工王○○说。", id="placeholder-circle"),
    pytest.param("项目包括：○ 道路建设；○ 桥梁。", id="bullet-circle"),
    # http://m.xiaomonv0755.com/tjgb/05nmg/35612.html (the ratio colon of a bulletin)
    pytest.param("三次產業比重為21.5∶36.1∶42.4。", id="ratio-colon"),
    # http://news.now.com/home/local/player?newsId=125565 (五一 names the holiday)
    pytest.param("入境處預計五一黃金周出入境旅客眾多。", id="wuyi-golden-week"),
    pytest.param("五一长假期间。", id="wuyi-long-holiday"),
    pytest.param("这事十之八九是真的。", id="shi-zhi-ba-jiu"),
    pytest.param("他三天两头往医院跑。", id="san-tian-liang-tou"),
    pytest.param("一手资料和两手准备。", id="yishou-liangshou"),
    # own variants: a lone digit before a word, with no unit or measure word, abbreviates a
    # name (were bare counts: 三 of 两岸三地, 三 of 三公经费, 六 and 六 of 六稳六保)
    pytest.param("促进两岸三地交流。", id="liangan-sandi"),
    pytest.param("压减三公经费。", id="sangong-jingfei"),
    pytest.param("做好六稳六保工作。", id="liuwen-liubao"),
    pytest.param("缴纳五险一金。", id="wuxian-yijin"),
    pytest.param("沪深两市合计成交活跃。", id="liang-shi-exchanges"),
]

SPACE_KEPT = [
    # own variants: a one-character word after a space is no bound (300 多数, 5 内)
    pytest.param("共300 多数为学生。", "300", id="duo-after-space"),
]


@pytest.mark.parametrize(("text", "span"), SPACE_KEPT)
def test_one_character_word_after_a_space_is_no_bound(text: str, span: str) -> None:
    """A one-character bounding word after a space starts another word: the figure stays bare."""
    assert [c.text for c in claims.extract(text)] == [span]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(text: str) -> None:
    """The fragment states no figure."""
    assert [c.text for c in claims.extract(text)] == []


def test_decimal_after_a_finished_compound_starts_a_figure() -> None:
    """1.5万2.5万 and 3万0.5吨 stay two figures: only a whole figure's magnitude takes a decimal
    section."""
    assert [c.text for c in claims.extract("共1.5万2.5万人。")][:1] == ["1.5万"]
    assert [c.text for c in claims.extract("共3万0.5吨。")] == ["3万", "0.5吨"]


def test_speed_lead_reaches_its_own_figure_only() -> None:
    """时速 makes a speed of the length right after its figure, not of a later distance, and a
    written rate 每小时 keeps its own reading."""
    found = claims.extract("时速350公里的列车行驶了1000公里。")
    assert [(c.text, c.unit) for c in found] == [
        ("350公里", "kilometer_per_hour"), ("1000公里", "kilometer")
    ]
    [c] = claims.extract("最高时速为每小时350公里。")
    assert (c.unit, c.per) == ("kilometer", "hour")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("近10年来，变化很大。", "10年", id="years-since"),
        pytest.param("共有3人来了。", "3人", id="verb-after-unit"),
        pytest.param("共23来人。", "23", id="not-round"),
    ],
)
def test_lai_bounds_round_figures_before_a_unit_only(text: str, span: str) -> None:
    """来 after a unit (10年来), a verb 来, or 来 after a figure that is not round is no bound."""
    found = [c for c in claims.extract(text) if c.text.startswith(span)]
    assert found, [c.text for c in claims.extract(text)]
    assert (found[0].text, found[0].value.qualifier) == (span, None)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        pytest.param("来了3米5个人。", "3米", id="measure-word-after"),
        pytest.param("长达30米8。", "30米", id="figure-too-large"),
        pytest.param("一块三角形的石头。", "一块", id="word-after"),
        pytest.param("卖13块50。", "13块", id="too-many-digits"),
    ],
)
def test_no_unit_tail(text: str, first: str) -> None:
    """Digits after a unit that do not end the phrase (or exceed the tail) are no tail."""
    found = claims.extract(text)
    assert found
    assert found[0].text == first, [c.text for c in found]


def test_li_starting_a_place_name_is_no_distance() -> None:
    """八里河风景区 names a place: 八里 is no distance of 8 li (走了八里路 still is)."""
    assert not [c for c in claims.extract("八里河风景区接待游客7.99万人次。") if c.unit == "shi_li"]
    [c] = claims.extract("走了八里路。")
    assert (c.text, c.unit) == ("八里", "shi_li")


PAGE_CURRENCY = [
    # https://www.cna.com.tw/news/ahel/202510050184.aspx (Taiwan: 新台幣 named once, then 元)
    pytest.param("總計損失約新台幣5.9億元，其中農田流失估計損失約5億6442萬元。",
                 ["TWD", "TWD"], id="twd-named-then-bare"),
    # http://big5.taiwan.cn/jinrong/jrdt/ga/201107/t20110704_1909726.htm (the currency in
    # brackets after the first figure, 下同: the figures after it too)
    pytest.param("賑災基金共撥款3.5426億元（港幣，下同），在成立時注資5000萬元。",
                 ["HKD", "HKD"], id="hkd-declared-traditional"),
    # https://johnnytowncar.com/ga/2011/05-14/3040383.shtml (a mainland page in simplified
    # script declares the currency the same way)
    pytest.param("立法会通过向关爱基金拨款50亿元(港币,下同)。商界各出资50亿元。",
                 ["HKD", "HKD"], id="hkd-declared-simplified"),
    # own variants: Macau; a named renminbi takes the page back; a mainland page sets 港元
    # against its own 元; a bracketed word on a mainland page is its own figure's only
    pytest.param("罰款澳門幣1萬元，本澳居民另須繳付3000元手續費。", ["MOP", "MOP"],
                 id="mop-named-then-bare"),
    pytest.param("特區政府撥款港幣10億元，其後以人民幣結算500萬元。", ["HKD", "CNY"],
                 id="renminbi-resets"),
    pytest.param("港股成交1200亿港元，A股成交9800亿元。", ["HKD", "CNY"], id="mainland-contrast"),
    pytest.param("内地拨款3亿元，香港拨款2亿元（港币），另拨1亿元。", ["CNY", "HKD", "CNY"],
                 id="bracketed-own-figure"),
    pytest.param("特區政府以200萬元撥款。", ["CNY"], id="no-currency-named"),
    # own variant of a Taiwan page on mainland losses: the bracketed 約新台幣… converts the
    # renminbi figure before it and names no currency for the page
    pytest.param("直接經濟損失達人民幣147.55億元(下同,約新台幣590億元)。另有損失3億元。",
                 ["CNY", "TWD", "CNY"], id="bracketed-conversion-names-no-page-currency"),
]


@pytest.mark.parametrize(("text", "units"), PAGE_CURRENCY)
def test_bare_yuan_takes_the_page_currency(text: str, units: list[str]) -> None:
    """A bare 元 on a traditional-script page that has named 新台幣/港幣/澳門幣 (or after a
    declared 下同) is that currency; a named 人民幣 or a mainland page keeps CNY."""
    assert [c.unit for c in claims.extract(text) if c.kind.value == "money"] == units


def test_own_currency_prefix_stays_in_the_span() -> None:
    """The page currency leaves a figure's own prefix to the claim (新台幣5.9億元 spans it)."""
    found = claims.extract("總計損失約新台幣5.9億元，農業損失新台幣3億元。")
    assert [(c.text, c.unit) for c in found] == [
        ("約新台幣5.9億元", "TWD"), ("新台幣3億元", "TWD")
    ]


MORE_ROWS = [
    # own variants: 方面 is a measure word (三方面原因, was 三方 with the unit 方)
    pytest.param("主要有三方面原因。", "三方面", "[3, 3]", "方面", id="fangmian"),
    pytest.param("从两方面入手。", "两方面", "[2, 2]", "方面", id="fangmian-liang"),
    # own variant of a water bulletin: cubic metres a day in Latin letters
    pytest.param("日处理污水5万m³/d。", "5万m³/d", "[45000, 55000)", "cubic_meter / day",
                 id="m3-per-day"),
]


@pytest.mark.parametrize(("text", "span", "literal", "unit"), MORE_ROWS)
def test_more_values_and_units(text: str, span: str, literal: str, unit: str | None) -> None:
    """The figure is one claim spanning ``span`` with this literal interval and unit."""
    test_value_and_unit(text, span, literal, unit)


def test_yifangmian_and_3d_stay_apart() -> None:
    """一方面 is no figure, and a bare 3d (3d打印) is no cubic metres a day nor days."""
    assert claims.extract("一方面加强监管，另一方面完善制度。") == []
    assert [c.unit for c in claims.extract("推广3d打印技术。")] == [None]


ROUND3_ROWS = [
    # http://macaodaily.com/html/2023-10/06/content_1705927.htm (Macau print: the two decimal
    # places after 點 read as a number, 點二十九 = .29; was 961)
    pytest.param("同比增長百分之九十五點二十九。", "百分之九十五點二十九", "[95.29, 95.29]",
                 "percent", id="dian-ershijiu"),
    # own variants: a tens decimal alone, and digit by digit stays as it was
    pytest.param("增长百分之三十点二十。", "百分之三十点二十", "[30.2, 30.2]", "percent",
                 id="dian-ershi"),
    pytest.param("營收二十一點一三億元。", "二十一點一三億元", "[2112500000, 2113500000)", "CNY",
                 id="dian-digits"),
    # https://www.stats.gov.cn/yearbook2001/ml/gnc.htm (standard coal in kilograms)
    pytest.param("每千瓦小时折0.1229千克标准煤。", "0.1229千克标准煤", "[0.1229, 0.1229]",
                 "kilogram_coal_equivalent", id="kgce"),
    # own variant: grams of standard coal a kilowatt-hour
    pytest.param("供电煤耗300克标准煤/千瓦时。", "300克标准煤/千瓦时", "[300, 300]",
                 "gram_coal_equivalent / kilowatt_hour", id="gce-per-kwh"),
    # http://m.nxhuan.com/kuaibao/p/1601187.html (a thundery gust after 级 is a wind force)
    pytest.param("伴有局地短時強降水和7~9級雷雨陣風。", "7~9級", "[7, 9]", "beaufort",
                 id="leiyu-zhenfeng"),
    # http://innovatechautomation.com/html/6278_1.html (Taiwan: quarters as a length of time;
    # was the count 兩個)
    pytest.param("連續兩個季度突破兩位數。", "兩個季度", "[2, 2]", "quarter_year",
                 id="liangge-jidu"),
    pytest.param("连续3个季度正增长。", "3个季度", "[3, 3]", "quarter_year", id="3ge-jidu"),
    # own variants of plant capacities in Latin letters (tonnes a day, an hour, a year)
    pytest.param("日处理垃圾500t/d。", "500t/d", "[500, 500]", "tonne / day", id="t-per-d"),
    pytest.param("配套35t/h锅炉。", "35t/h", "[35, 35]", "tonne / hour", id="t-per-h"),
    pytest.param("年产30万t/a。", "30万t/a", "[250000, 350000)", "tonne / year", id="t-per-a"),
    # own variants: a rough pair of tenths (六七成 = 60 to 70 %, was [6, 7]; 约六七成 was
    # [-4, 17]); Arabic digits apart by 、 before 成 (6、7成 raised a KeyError)
    pytest.param("有六七成的把握。", "六七成", "[60, 70]", "percent", id="liuqi-cheng"),
    pytest.param("约六七成的人。", "约六七成", "[50, 80]", "percent", id="yue-liuqi-cheng"),
    pytest.param("七八成新。", "七八成", "[70, 80]", "percent", id="qiba-cheng"),
    pytest.param("有6、7成的人。", "6、7成", "[60, 70]", "percent", id="pair-arabic-cheng"),
    # own variant (Taiwan print: 度C is degrees Celsius; was 10度 with the C left out)
    pytest.param("氣溫將降至10度C。", "10度C", "[10, 10]", "degree_Celsius", id="du-c"),
    # own variants of market news: shares and lots of shares are measure words (were bare)
    pytest.param("总股本12.5亿股。", "12.5亿股", "[1245000000, 1255000000)", "股", id="gu-shares"),
    pytest.param("成交量120万手。", "120万手", "[1150000, 1250000)", "手", id="shou-lots"),
    # http://www.jiuxingjy.com/ga/cjxw/news/2007/11-22/1084177.shtml (Macau: 大致 before the
    # figure is about, and 五成半 is written to the half tenth; was the exact 55)
    pytest.param("內地旅客所占比重大致五成半。", "大致五成半", "[50, 60]", "percent",
                 id="dazhi-wucheng-ban"),
    # own variants: 差不多 (有) before the figure; 约 with a half tenth
    pytest.param("差不多有200人。", "差不多有200人", "[100, 300]", "人", id="chabuduo-you"),
    pytest.param("约三成半的人。", "约三成半", "[30, 40]", "percent", id="yue-sancheng-ban"),
]


@pytest.mark.parametrize(("text", "span", "literal", "unit"), ROUND3_ROWS)
def test_round3_values_and_units(text: str, span: str, literal: str, unit: str | None) -> None:
    """The figure is one claim spanning ``span`` with this literal interval and unit."""
    test_value_and_unit(text, span, literal, unit)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("公司有5股东。", "5", id="gudong"),
        pytest.param("共有10万股民。", "10万", id="gumin"),
        pytest.param("他买了3手机。", "3", id="shouji"),
    ],
)
def test_gu_and_shou_in_a_word_are_no_unit(text: str, span: str) -> None:
    """股 and 手 starting another word (股东, 股民, 手机) leave the figure without a unit."""
    [c] = claims.extract(text)
    assert (c.text, c.unit) == (span, None)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        pytest.param("休息三至五天。", "三至五天", id="range"),
        pytest.param("来了三十来人。", "三十来人", id="link"),
        pytest.param("占三成。", "三成", id="suffix"),
        pytest.param("风力三以上。", "三以上", id="after-word"),
        pytest.param("只剩三人。", "三人", id="measure-word"),
        pytest.param("答案是三。", "三", id="clause-end"),
        pytest.param("排名前三的品牌。", "三", id="de-noun"),
    ],
)
def test_lone_digit_keeps_its_figure(text: str, span: str) -> None:
    """A lone digit opening a range, before 来, a suffix, a bounding word, a measure word or a
    clause end stays a figure."""
    assert [c.text for c in claims.extract(text)] == [span]


def test_lone_digits_as_copula_predicates_stay() -> None:
    """这是五那是四, 答案是四不是五: a lone digit after 是 and before 这/那/不/而 is a figure."""
    assert [c.text for c in claims.extract("这是五那是四")] == ["五", "四"]
    assert [c.text for c in claims.extract("答案是四不是五")] == ["四", "五"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # own sentences in the style of a city forecast (北风2、3级): a wind force range
        pytest.param("白天晴转多云，北风2、3级。", [("2、3级", "[2, 3]")], id="wind-arabic-pair"),
        pytest.param("夜间偏北風1、2級。", [("1、2級", "[1, 2]")], id="wind-arabic-pair-trad"),
    ],
)
def test_wind_force_pair_is_a_range(text: str, expected: list[tuple[str, str]]) -> None:
    """Two Arabic wind forces apart by 、 after a wind word are a rough range, though 级 after
    a pair otherwise names classes (一、二级响应)."""
    found = [(c.text, str(c.value.literal)) for c in claims.extract(text)]  # type: ignore[union-attr]
    assert found[: len(expected)] == expected


def test_levels_without_a_wind_word_are_no_range() -> None:
    """启动防汛1、2级响应: no wind word before the pair, so 1、2级 stays two classes, no range."""
    assert "1、2级" not in [c.text for c in claims.extract("启动防汛1、2级响应。")]


@pytest.mark.parametrize(
    ("text", "literal"),
    [
        pytest.param("粉丝即将突破35万人。", "[340000, 350000)", id="about-to-pass"),
        pytest.param("粉絲即將突破35萬人。", "[340000, 350000)", id="about-to-pass-trad"),
        pytest.param("粉丝突破35万人。", "(350000, +inf)", id="passed"),
    ],
)
def test_about_to_pass_is_not_yet_past(text: str, literal: str) -> None:
    """即将突破35万 (about to pass) is below 35万 like 接近; 突破35万 is above it."""
    [c] = claims.extract(text)
    assert str(c.value.literal) == literal  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "surface", "literal", "unit"),
    [
        # own sentences in the style of sports results and travel news
        pytest.param("他以3分32.58秒的成绩夺冠。", "3分32.58秒", "[212.58, 212.58]", "second",
                     id="minutes-seconds"),
        pytest.param("全程用时1小时20分钟。", "1小时20分钟", "[80, 80]", "minute",
                     id="hours-minutes"),
        pytest.param("车程缩短至2小时30分。", "2小时30分", "[150, 150]", "minute",
                     id="hours-fen"),
        pytest.param("两小时三十分钟后抵达。", "两小时三十分钟", "[150, 150]", "minute",
                     id="chinese-numerals"),
    ],
)
def test_compound_duration_is_one_claim(text: str, surface: str, literal: str, unit: str) -> None:
    """A whole number of hours or minutes right before a figure of the next smaller unit is
    one duration in the smaller unit (3分32.58秒 = 212.58 s), not a count of 分 and a duration."""
    [c] = [c for c in claims.extract(text) if c.kind.value == "duration"]
    assert (c.text, str(c.value.literal), c.unit) == (surface, literal, unit)  # type: ignore[union-attr]


def test_an_approximate_hour_stays_apart() -> None:
    """约1小时20分钟: the 约 bounds the hour, so the two figures stay two claims."""
    assert [c.text for c in claims.extract("约1小时20分钟后到达。")] == ["约1小时", "20分钟"]


@pytest.mark.parametrize(
    ("text", "surface", "kind", "unit"),
    [
        # own sentences in the style of disaster headlines and company news (no 元 printed)
        pytest.param("台风致46死25失踪 直接经济损失达336亿", "336亿", "money", "CNY",
                     id="loss-headline"),
        pytest.param("全年营收120亿，同比增长5%。", "120亿", "money", "CNY", id="revenue"),
        pytest.param("總計損失約新台幣5.9億元，直接經濟損失3億。", "3億", "money", "TWD",
                     id="loss-page-currency"),
        # no money noun: a count stays a count
        pytest.param("全市常住人口1200万。", "1200万", "count", None, id="population-stays"),
        pytest.param("吸引投资者3万人。", "3万人", "count", "人", id="investors-are-people"),
    ],
)
def test_bare_amount_after_a_money_noun_is_money(
    text: str, surface: str, kind: str, unit: str | None
) -> None:
    """A figure of 万/亿 with no unit right after a money noun (经济损失, 营收, 票房 …) is money
    in the page's currency; other bare figures stay counts."""
    [c] = [c for c in claims.extract(text) if c.text == surface]
    assert (c.kind.value, c.unit) == (kind, unit)
