"""Stage 4 (claims/extract.py): the pipeline end to end, on the seed and on small texts.

Tables are grouped by provenance: the seed article (DESIGN.md section 1 figures), the issue,
and own cases. Rows give the claim's text, kind, unit and literal interval.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from claims import Claim, InputTooLargeError, Kind, extract
from claims.extract import iter_extract
from claims.models import claim_id, sha256_text

SEED_FIGURES = [
    # the seed article, as DESIGN.md section 1 quotes it
    pytest.param("超9万个", "count", "个", "(90000, +inf)", id="chao-9wan-ge"),
    pytest.param("超35亿", "count", None, "(3500000000, +inf)", id="chao-35yi"),
    pytest.param("超30万条", "rate", "条", "(300000, +inf)", id="chao-30wan-tiao"),
    pytest.param("16812件", "count", "件", "[16812, 16812]", id="16812-jian"),
    pytest.param("十余万", "count", None, "(100000, 200000)", id="shiyuwan"),
    pytest.param("30多个", "count", "个", "(30, 40)", id="30duo-ge"),
    pytest.param("超过 10 亿", "count", None, "(1000000000, +inf)", id="chaoguo-10-yi"),
    pytest.param("突破10万只", "count", "只", "(100000, +inf)", id="tupo-10wan-zhi"),
    pytest.param("5元", "money", "CNY", "[5, 5]", id="5yuan"),
    pytest.param("5年多", "duration", "year", "(5, 6)", id="5nian-duo"),
    pytest.param("十几个", "count", "个", "[11, 19]", id="shiji-ge"),
]


@pytest.fixture(scope="module")
def seed_claims(seed) -> dict[str, Claim]:  # type: ignore[no-untyped-def]
    """The seed's claims by surface text."""
    return {c.text: c for c in extract(seed.text, seed.source)}


@pytest.mark.parametrize(("surface", "kind", "unit", "literal"), SEED_FIGURES)
def test_seed_figures(seed_claims, surface, kind, unit, literal) -> None:  # type: ignore[no-untyped-def]
    """Each figure the design quotes from the seed comes out with its kind, unit and interval."""
    matches = [c for t, c in seed_claims.items() if t.startswith(surface)]
    assert matches, f"{surface} not among {sorted(seed_claims)}"
    c = matches[0]
    assert (c.kind.value, c.unit, str(c.value.literal)) == (kind, unit, literal)


def test_seed_spans_ids_and_order(seed) -> None:  # type: ignore[no-untyped-def]
    """Seed claims are in text order, non-overlapping, slice to their text, with stable ids."""
    found = extract(seed.text, seed.source)
    assert found
    ends = 0
    for c in found:
        assert c.span.start >= ends
        ends = c.span.end
        assert seed.text[c.span.start : c.span.end] == c.text
        assert c.id == claim_id(seed.source.sha256, c.span)
        assert c.source_id == seed.source.id
        assert c.rule


def test_seed_claims_validate(seed) -> None:  # type: ignore[no-untyped-def]
    """Every seed claim, built cheaply, still validates and round-trips through JSON."""
    for c in extract(seed.text, seed.source):
        assert Claim.model_validate(c.model_dump()) == c
        assert Claim.model_validate_json(c.model_dump_json()) == c


def test_no_date_as_number(seed) -> None:  # type: ignore[no-untyped-def]
    """2001年 in the seed is a date claim, never a count of years."""
    found = [c for c in extract(seed.text, seed.source) if "2001" in c.text]
    assert [c.kind for c in found] == [Kind.DATE]


SMALL = [
    # the issue
    pytest.param("价格100元左右", "100元左右", "money", "[0, 200]", id="yuan-zuoyou"),
    pytest.param("共20万次以上", "20万次以上", "count", "[200000, +inf)", id="wan-ci-yishang"),
    pytest.param("获10万余元", "10万余元", "money", "(100000, 110000)", id="wan-yu-yuan"),
    pytest.param("销售1000万元", "1000万元", "money", "[5000000, 15000000)", id="1000wan-yuan"),
    pytest.param("上涨3个百分点", "3个百分点", "percentage_point", "[3, 3]", id="percentage-point"),
    pytest.param("年龄16-24岁", "16-24岁", "duration", "[16, 24]", id="age-range"),
    # own
    pytest.param("两米半长", "两米半", "measure", "[2.5, 2.5]", id="liang-mi-ban"),
    pytest.param("这个手机壳五元三毛", "五元三毛", "money", "[5.3, 5.3]", id="compound-money"),
    pytest.param("走了12千米", "12千米", "measure", "[12, 12]", id="qianmi-is-kilometre"),
    pytest.param("先后走过十几个县", "十几个", "count", "[11, 19]", id="shiji-ge-xian-unit-ge"),
    # Recognizers-Text specs (shared/conformance/recognizers_text_zh), ids as there
    pytest.param("五十打", "五十打", "count", "[600, 600]", id="number-72-dozen"),
    pytest.param("壹打", "壹打", "count", "[12, 12]", id="number-122-financial-dozen"),
    pytest.param("10日元5日本銭", "10日元5日本銭", "money", "[10.05, 10.05]",
                 id="currency-11-yen-sen"),
    pytest.param("他的年龄在三十或者以上", "三十或者以上", "count", "[30, +inf)",
                 id="number_range-14-huozhe-yishang"),
    pytest.param("订购一批数目在 五百或者更多的产品", "五百或者更多", "count", "[500, +inf)",
                 id="number_range-18-huozhe-gengduo"),
]


REVIEW = [
    # review of real prose: temperatures below zero
    pytest.param("今天零下5度", "零下5度", "measure", "degree_Celsius", "[-5, -5]",
                 id="lingxia-5-du"),
    pytest.param("气温零下5℃", "零下5℃", "measure", "degree_Celsius", "[-5, -5]",
                 id="lingxia-5-celsius-sign"),
    pytest.param("最低零下十二摄氏度", "零下十二摄氏度", "measure", "degree_Celsius", "[-12, -12]",
                 id="lingxia-shier-sheshidu"),
    pytest.param("气温降至零下3", "零下3", "measure", "degree_Celsius", "[-3, -3]",
                 id="lingxia-no-unit-is-celsius"),
    pytest.param("负5℃", "负5℃", "measure", "degree_Celsius", "[-5, -5]", id="fu-5-celsius"),
    pytest.param("-3℃", "-3℃", "measure", "degree_Celsius", "[-3, -3]", id="minus-3-celsius"),
    # review of real prose: half of a unit
    pytest.param("用了半年", "半年", "duration", "year", "[0.5, 0.5]", id="bannian"),
    pytest.param("不到半个月", "不到半个月", "duration", "month", "[0, 0.5)", id="budao-bangeyue"),
    pytest.param("一个半小时", "一个半小时", "duration", "hour", "[1.5, 1.5]",
                 id="yige-ban-xiaoshi"),
    pytest.param("两个半月", "两个半月", "duration", "month", "[2.5, 2.5]", id="liangge-ban-yue"),
    pytest.param("再过半年", "半年", "duration", "year", "[0.5, 0.5]", id="zai-guo-bannian"),
    pytest.param("大半年", "大半年", "duration", "year", "(0.5, 1)", id="da-bannian"),
    # review of real prose: shares, multiples and ranges
    pytest.param("一半以上的居民", "一半以上", "fraction", None, "[0.5, 1]", id="yiban-yishang"),
    pytest.param("近一半的受访者", "近一半", "fraction", None, "[0.4, 0.5)", id="jin-yiban"),
    pytest.param("GDP翻两番", "翻两番", "multiple", None, "[4, 4]", id="fan-liang-fan"),
    pytest.param("收入增长一倍多", "一倍多", "multiple", None, "(1, 3)", id="zengzhang-yibeiduo"),
    pytest.param("大于10小于20个", "大于10小于20个", "count", "个", "(10, 20)",
                 id="bound-pair-with-unit"),
    pytest.param("一到两年", "一到两年", "duration", "year", "[1, 2]", id="lone-yi-opens-range"),
    # review of real prose: birth, death and growth rates per thousand (statistics bulletins)
    pytest.param("出生率为8.04‰", "8.04‰", "percent", "permille", "[8.04, 8.04]",
                 id="chushenglv-permille-sign"),
    pytest.param("自然增长率-0.50‰", "-0.50‰", "percent", "permille", "[-0.5, -0.5]",
                 id="negative-permille-rate"),
    pytest.param("死亡率为千分之五", "千分之五", "percent", "permille", "[5, 5]",
                 id="qianfenzhi-wu"),
    pytest.param("约千分之三", "约千分之三", "percent", "permille", "[2, 4]",
                 id="yue-qianfenzhi-san"),
    pytest.param("万分之三", "万分之三", "percent", "percent", "[0.03, 0.03]",
                 id="wanfenzhi-stays-percent"),
    # review of real prose: equipment counted in 台套 (flood report)
    pytest.param("投入各类机械设备2300余台套", "2300余台套", "count", "台套", "(2300, 2400)",
                 id="taitao"),
    # review of real prose: vehicle passages (traffic report)
    pytest.param("车流量累计186.3万辆次", "186.3万辆次", "count", "辆次", "[1862500, 1863500)",
                 id="liangci"),
    # place and object words + 次 (warning and inspection tallies); 处次生 is 次生 (secondary)
    pytest.param("累计发布预警79省次", "79省次", "count", "省次", "[79, 79]", id="shengci"),
    pytest.param("出动船舶120艘次", "120艘次", "count", "艘次", "[120, 120]", id="souci"),
    pytest.param("发现3处次生灾害隐患", "3处", "count", "处", "[3, 3]", id="chu-cisheng"),
    # 多 between 个 and a time unit: less than one more unit (rescue and travel reports)
    pytest.param("救援持续了10个多小时", "10个多小时", "duration", "hour", "(10, 11)",
                 id="ge-duo-xiaoshi"),
    pytest.param("一个多月来", "一个多月", "duration", "month", "(1, 2)", id="ge-duo-yue"),
    pytest.param("持續3個多月", "3個多月", "duration", "month", "(3, 4)", id="ge-duo-yue-trad"),
    pytest.param("两个多", "两个多", "count", "个", "(2, 3)", id="ge-duo-no-unit-stays-count"),
    # an upper bound on a temperature reaches below zero (weather forecasts); amounts stop at 0
    pytest.param("全省最低气温20℃以下", "20℃以下", "measure", "degree_Celsius", "(-inf, 20]",
                 id="temperature-yixia-open-below"),
    pytest.param("最高气温不超过30℃", "不超过30℃", "measure", "degree_Celsius", "(-inf, 30]",
                 id="temperature-bu-chaoguo-open-below"),
    pytest.param("降雨量50毫米以下", "50毫米以下", "measure", "millimeter", "[0, 50]",
                 id="rain-yixia-stops-at-zero"),
    # review of real prose: fractions with a bound stay within the whole
    pytest.param("三分之一以上的企业", "三分之一以上", "fraction", None, "[1/3, 1]",
                 id="sanfenzhiyi-yishang"),
    # review of real prose: 多 after 番 (past 2^N, short of the next doubling)
    pytest.param("GDP翻了一番多", "翻了一番多", "multiple", None, "(2, 4)", id="fan-yi-fan-duo"),
    pytest.param("翻一番多数", "翻一番", "multiple", None, "[2, 2]", id="fan-yi-fan-not-duoshu"),
    # review of real prose: 约 before the linking verb (statistics bulletins)
    pytest.param("出生率约为8‰", "约为8‰", "percent", "permille", "[7, 9]", id="yuewei-permille"),
    pytest.param("总量约达30万吨", "约达30万吨", "measure", "tonne", "[200000, 400000]",
                 id="yueda-wan-dun"),
    pytest.param("节约为10万元", "10万元", "money", "CNY", "[50000, 150000)",
                 id="jieyue-wei-not-about"),
    # review of real prose: temperature scales named before the figure
    pytest.param("华氏温度98.6度", "98.6度", "measure", "degree_Fahrenheit", "[98.6, 98.6]",
                 id="huashi-wendu-du"),
    pytest.param("华氏98.6度", "98.6度", "measure", "degree_Fahrenheit", "[98.6, 98.6]",
                 id="huashi-du"),
    pytest.param("摄氏温度20度", "20度", "measure", "degree_Celsius", "[20, 20]",
                 id="sheshi-wendu-du"),
    pytest.param("气温20度", "20度", "measure", "degree_Celsius", "[20, 20]", id="qiwen-du"),
    pytest.param("气温为零下3摄氏度", "零下3摄氏度", "measure", "degree_Celsius", "[-3, -3]",
                 id="qiwen-lingxia-sheshidu"),
    # review of real prose: rate denominators and plan names are no claims
    pytest.param("每万人拥有医生32名", "32名", "rate", "名", "[32, 32]", id="mei-wan-ren"),
    pytest.param("第十四个五年规划", "第十四个", "ordinal", None, "[14, 14]",
                 id="wunian-guihua-no-duration"),
    # review of real prose: a range whose both ends carry the unit (weather forecasts)
    pytest.param("最高气温28℃到30℃，", "28℃到30℃", "measure", "degree_Celsius", "[28, 30]",
                 id="unit-both-ends-dao"),
    pytest.param("气温28℃-30℃", "28℃-30℃", "measure", "degree_Celsius", "[28, 30]",
                 id="unit-both-ends-dash-not-minus"),
    pytest.param("风力3级至4级", "3级至4级", "measure", "beaufort", "[3, 4]", id="ji-zhi-ji"),
    # real passages of bench/corpus/real (findings, values): bulletins, travel, disasters
    pytest.param("60周岁及以上人口", "60周岁及以上", "duration", "year", "[60, +inf)",
                 id="ji-yishang-after-age"),
    pytest.param("全国大约有12000个A级旅游景点", "大约有12000个", "count", "个", "[11000, 13000]",
                 id="dayue-you"),
    pytest.param("人均生产总值约合20533美元", "约合20533美元", "rate", "USD", "[20532, 20534]",
                 id="yuehe"),
    pytest.param("按平均汇率6.8985折算", "6.8985", "count", None, "[6.8985, 6.8985]",
                 id="zhesuan-is-no-discount"),
    pytest.param("比上年下降0.75个千分点。", "0.75个千分点", "percentage_point", "permille_point",
                 "[0.75, 0.75]", id="permille-points"),
    pytest.param("搭建帐篷近1000顶", "近1000顶", "count", "顶", "[0, 1000)", id="ding-tents"),
    pytest.param("停运列车将有上千趟次", "上千趟次", "count", "趟次", "[1000, +inf)", id="tangci"),
    pytest.param("超過百萬粉絲", "超過百萬", "count", None, "(1000000, +inf)",
                 id="chaoguo-baiwan-traditional"),
    pytest.param("我國政務微博數量超過12萬。", "超過12萬", "count", None, "(120000, +inf)",
                 id="chaoguo-traditional-fold"),
    pytest.param("魯甸縣發生6.5級地震", "6.5級", "measure", "richter_magnitude", "[6.5, 6.5]",
                 id="magnitude-traditional-ji"),
    pytest.param("国内游订单同比增长近2倍", "近2倍", "multiple", None, "[1, 3)",
                 id="growth-jin-2-bei-hull"),
    pytest.param("同比增长超2倍", "超2倍", "multiple", None, "(2, +inf)", id="growth-chao-2-bei"),
    pytest.param("气温零上3度", "3度", "measure", "degree_Celsius", "[3, 3]", id="lingshang-3-du"),
    pytest.param("7.0级以上大震发生频率", "7.0级以上", "measure", "richter_magnitude", "[7, +inf)",
                 id="magnitude-dazhen"),
    pytest.param("震级：4.4，", "4.4", "measure", "richter_magnitude", "[4.4, 4.4]",
                 id="magnitude-label-colon"),
    pytest.param("等6省份遭受洪涝灾害", "6省份", "count", "省份", "[6, 6]", id="shengfen"),
    pytest.param("震中周边近5年来发生", "5年", "duration", "year", "[5, 5]", id="jin-5-nian-lai"),
    pytest.param("用了近5年时间", "近5年", "duration", "year", "[4, 5)", id="jin-5-nian-nearly"),
    pytest.param("项目总投资1000万元至2000万元。", "1000万元至2000万元", "money", "CNY",
                 "[10000000, 20000000]", id="unit-both-ends-round-wan-yuan"),
    pytest.param("白天最高气温28℃到30℃左右，", "28℃到30℃左右", "measure", "degree_Celsius",
                 "[27, 31]", id="unit-both-ends-zuoyou-widens"),
    pytest.param("最高气温约28℃到30℃。", "约28℃到30℃", "measure", "degree_Celsius", "[27, 31]",
                 id="unit-both-ends-yue-widens"),
    pytest.param("门票100元-50元不等。", "100元-50元", "money", "CNY", "[50, 100]",
                 id="price-range-from-top-dash-no-minus"),
    pytest.param("门票价格由100元至50元不等。", "100元至50元", "money", "CNY", "[50, 100]",
                 id="price-range-you-budeng"),
    pytest.param("门票100元—200元。", "100元—200元", "money", "CNY", "[100, 200]",
                 id="price-range-em-dash"),
    pytest.param("门票￥100-￥200。", "￥100-￥200", "money", "CNY", "[100, 200]",
                 id="price-range-sign-both-ends"),
    pytest.param("人均100元/人-200元/人。", "100元/人-200元/人", "rate", "CNY", "[100, 200]",
                 id="price-range-per-person-both-ends"),
    pytest.param("相对湿度60%～80%。", "60%～80%", "percent", "percent", "[60, 80]",
                 id="percent-range-fullwidth-tilde"),
    # review of earthquake and weather reports: magnitude and wind force are measures
    pytest.param("四川泸定县发生6.8级地震。", "6.8级", "measure", "richter_magnitude", "[6.8, 6.8]",
                 id="magnitude-6-8-ji-dizhen"),
    pytest.param("震级5.0，", "5.0", "measure", "richter_magnitude", "[5, 5]", id="zhenji-5-0"),
    pytest.param("偏北风3到4级，", "3到4级", "measure", "beaufort", "[3, 4]",
                 id="beaufort-range"),
    pytest.param("测定为M4.1，", "M4.1", "measure", "richter_magnitude", "[4.1, 4.1]",
                 id="m-magnitude"),
    pytest.param("发生M6.1级地震。", "6.1级", "measure", "richter_magnitude", "[6.1, 6.1]",
                 id="m-magnitude-ji-dizhen"),
    # review of real prose: air pressure in typhoon reports (百 is the unit's, not a scale)
    pytest.param("中心最低气压为950百帕，", "950百帕", "measure", "hectopascal", "[950, 950]",
                 id="baipa-hectopascal"),
    pytest.param("压力30兆帕", "30兆帕", "measure", "megapascal", "[30, 30]", id="zhaopa"),
    # review of real prose: 约 before the share verb 占 (statistics bulletins, travel figures)
    pytest.param("增产约占四成。", "四成", "percent", "percent", "[30, 50]", id="yuezhan-sicheng"),
    pytest.param("外省游客约占30%，", "30%", "percent", "percent", "[20, 40]",
                 id="yuezhan-percent"),
    pytest.param("外省游客占30%，", "30%", "percent", "percent", "[30, 30]", id="zhan-exact"),
    pytest.param("约占全国A级旅游景点总数的90%", "90%", "percent", "percent", "[80, 100]",
                 id="yuezhan-whole-de-percent"),
    pytest.param("约占全国,总数的90%", "90%", "percent", "percent", "[90, 90]",
                 id="yuezhan-other-clause-exact"),
    # real weather pages: ranges below zero are written by size, a sign on each end
    # http://changchun.baogaosu.com/xinwen/%E9%95%BF%E6%98%A5%E5%B8%82%E4%BB%8A%E6%97%A5%E6%9C%80%E4%BD%8E%E6%B8%A9/26004615
    pytest.param("市区最低温度-5--7℃,", "-5--7℃", "measure", "degree_Celsius", "[-7, -5]",
                 id="below-zero-dash-minus-range"),
    pytest.param("北部和东部山区可达-9--11℃,", "-9--11℃", "measure", "degree_Celsius",
                 "[-11, -9]", id="below-zero-dash-minus-range-2"),
    # http://ndf191.com/p/2710477.html (中央气象台, traditional characters)
    pytest.param("长江下游地区最低气温将降至-8~-10℃,", "-8~-10℃", "measure", "degree_Celsius",
                 "[-10, -8]", id="below-zero-tilde-range"),
    pytest.param("华南中北部将降至0~-5℃。", "0~-5℃", "measure", "degree_Celsius", "[-5, 0]",
                 id="zero-to-below-zero-range"),
    pytest.param("最低气温零下5到10度", "零下5到10度", "measure", "degree_Celsius", "[-10, -5]",
                 id="lingxia-both-ends"),
    pytest.param("最低气温零下10到5度", "零下10到5度", "measure", "degree_Celsius", "[-10, -5]",
                 id="lingxia-both-ends-by-size"),
    pytest.param("气温-10到5℃", "-10到5℃", "measure", "degree_Celsius", "[-10, 5]",
                 id="minus-sign-first-end-only"),
    pytest.param("气温零下10度到零上5度。", "零下10度到零上5度", "measure", "degree_Celsius",
                 "[-10, 5]", id="lingxia-to-lingshang"),
    # 内 after a length of time or a distance is 以内
    # bench/corpus/real 16 (震中周边200公里内) and 43 (短短两天内)
    pytest.param("震中周边200公里内发生", "200公里内", "measure", "kilometer", "[0, 200]",
                 id="nei-after-distance"),
    pytest.param("气温在短短两天内骤降", "两天内", "duration", "day", "[0, 2]",
                 id="nei-after-duration"),
    pytest.param("在5年内容易出现", "5年", "duration", "year", "[5, 5]", id="nei-rong-is-no-bound"),
    pytest.param("10个省内开展", "10个", "count", "个", "[10, 10]", id="nei-after-count-is-place"),
    pytest.param("近5年内发生", "5年", "duration", "year", "[5, 5]", id="jin-5-nian-nei-recent"),
    # real statistics and finance pages, round two
    # https://jinshusy.com/news/show-16177.html (traditional: 夏糧總產量…創近15年新高)
    pytest.param("創近15年新高。", "15年", "duration", "year", "[15, 15]",
                 id="jin-15-nian-xingao-recent"),
    pytest.param("生豬出欄64.0萬頭,", "64.0萬頭", "count", "头", "[639500, 640500)",
                 id="traditional-tou"),
    pytest.param("共23分鐘。", "23分鐘", "duration", "minute", "[23, 23]",
                 id="traditional-fenzhong"),
    # http://www.fl.gov.cn/bm/tjj/zwgk_46564/tjxxbf/sjjd/202511/t20251103_15134696.html
    pytest.param("变压器累计实现2828.08万千伏安,", "2828.08万千伏安", "measure", "kilovolt_ampere",
                 "[28280750, 28280850)", id="qianfuan"),
    pytest.param("集装箱吞吐量达23万标箱。", "23万标箱", "count", "标箱", "[225000, 235000)",
                 id="biaoxiang"),
    pytest.param("美联储宣布降息25个基点。", "25个基点", "percentage_point", "basis_point",
                 "[25, 25]", id="basis-points"),
    # http://nakedoat.com/govweb/gzdt/2010-10/27/content_1731197.htm (港口, traditional)
    pytest.param("完成國際標準集裝箱吞吐量1937.05萬TEU,", "1937.05萬TEU", "count", "标箱",
                 "[19370450, 19370550)", id="teu"),
    # http://www.sicqg.net/html/ywzd/2020/0421/10549.html (法定傳染病疫情概況)
    pytest.param("其余21種乙類傳染病共報告", "21種", "count", "种", "[21, 21]",
                 id="traditional-zhong"),
    pytest.param("損失23億歐元", "23億歐元", "money", "EUR", "[2250000000, 2350000000)",
                 id="traditional-euro"),
    pytest.param("數十人受傷", "數十人", "count", "人", "[20, 90]", id="traditional-shu-shi"),
    pytest.param("增長2倍。", "2倍", "multiple", None, "[2, 3]", id="traditional-zengzhang-bei"),
    pytest.param("出生率約為8‰", "約為8‰", "percent", "permille", "[7, 9]",
                 id="traditional-yuewei"),
    # https://suinian.com/book/1085/92994.html (地震知识: label, colon, figure)
    pytest.param("浅源地震震源深度:70千米以内,", "70千米以内", "measure", "kilometer", "[0, 70]",
                 id="label-colon-no-space"),
    # http://xysxzl.com/nanning/qingxiushan/29614.html (a space before 千米)
    pytest.param("震中附近100 千米范围内", "100 千米范围内", "measure", "kilometer", "[0, 100]",
                 id="space-before-qianmi"),
    pytest.param("价格为13.5元/吨。", "13.5元/吨", "rate", "CNY", "[13.5, 13.5]",
                 id="written-rate-per-tonne"),
    # https://newton.com.tw/wiki/%E9%A7%90%E9%A6%AC%E5%BA%97%E6%B0%B4%E5%BA%AB%E6%BD%B0%E5%A3%A9%E4%BA%8B%E4%BB%B6/6025160
    pytest.param("大於1000毫米的降水區", "大於1000毫米", "measure", "millimeter", "(1000, +inf)",
                 id="traditional-dayu"),
    # http://blog.meiducn.com/article/1889506.shtml (昭通 rainstorm: stations counted)
    pytest.param("昭通市共出现大暴雨29站、", "29站", "count", "站", "[29, 29]", id="zhan-stations"),
    # http://4317.com.cn/sjtt/2022/0828/108809.html (traditional)
    pytest.param("涉及37縣(區)", "37縣", "count", "县", "[37, 37]", id="traditional-xian"),
    # http://www.sicqg.net/html/ywzd/2020/0421/10549.html (法定傳染病疫情概況)
    pytest.param("報告發病率為733.57/10萬,", "733.57/10萬", "rate", None, "[733.57, 733.57]",
                 id="rate-per-10-wan"),
    # http://0535-0411.com/Article/35284.html (烟台: 附近 after a figure is 左右)
    pytest.param("最低气温将会降到-5℃附近。", "-5℃附近", "measure", "degree_Celsius", "[-6, -4]",
                 id="fujin-about"),
    # http://09115.cn/jilin/zonghe/zonghe07182740.html (traditional: 範圍內 is within)
    pytest.param("地震50公里範圍內,", "50公里範圍內", "measure", "kilometer", "[0, 50]",
                 id="fanweinei-within"),
    pytest.param("公众号粉丝突破了10万。", "突破了10万", "count", None, "(100000, +inf)",
                 id="tupo-le-over"),
    pytest.param("须在3天之内完成。", "3天之内", "duration", "day", "[0, 3]", id="zhinei-within"),
    pytest.param("计划5年内在全国推广", "5年内", "duration", "year", "[0, 5]", id="nei-zai-within"),
    pytest.param("5%-8%。", "5%-8%", "percent", "percent", "[5, 8]", id="percent-range-both-signs"),
    pytest.param("GDP翻了近两番。", "翻了近两番", "multiple", None, "[2, 4)",
                 id="fan-jin-liang-fan"),
    pytest.param("局地雨量可超越70毫米。", "超越70毫米", "measure", "millimeter", "(70, +inf)",
                 id="chaoyue-over"),
    pytest.param("电影票房过亿。", "过亿", "money", "CNY", "(100000000, +inf)", id="guo-yi-over"),
    pytest.param("粉丝过亿。", "过亿", "count", None, "(100000000, +inf)", id="guo-yi-over-count"),
    pytest.param("粉丝过10万之际", "过10万", "count", None, "(100000, +inf)", id="guo-10-wan-over"),
    pytest.param("过3天再说", "3天", "duration", "day", "[3, 3]", id="guo-3-tian-no-bound"),
    pytest.param("阅读量过百。", "过百", "count", None, "(100, +inf)", id="guo-bai-over"),
    # http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2018-01/19/content_5258364.htm
    pytest.param("單條閱讀量“10萬+”的微信", "10萬+", "count", None, "[100000, +inf)",
                 id="plus-at-least"),
    pytest.param("华北、黄淮等5省市出现暴雨", "5省市", "count", "省市", "[5, 5]", id="shengshi"),
    # a currency named before a figure with 元 after it (Taiwan and Hong Kong news)
    pytest.param("新台幣5000億元的預算", "新台幣5000億元", "money", "TWD",
                 "[450000000000, 550000000000)", id="xintaibi-yi-yuan"),
    pytest.param("港币3.5亿元。", "港币3.5亿元", "money", "HKD", "[345000000, 355000000)",
                 id="gangbi-yi-yuan"),
    # energy statistics: tonnes of standard coal, megawatt hours
    pytest.param("能源消费总量5.2亿吨标准煤。", "5.2亿吨标准煤", "measure", "tonne_coal_equivalent",
                 "[515000000, 525000000)", id="tonne-coal-equivalent"),
    pytest.param("储能容量500MWh。", "500MWh", "measure", "megawatt_hour", "[500, 500]",
                 id="megawatt-hour"),
    pytest.param("万元GDP能耗下降3.2%。", "3.2%", "percent", "percent", "[3.2, 3.2]",
                 id="wan-yuan-gdp-denominator"),
    pytest.param("亿元GDP生产安全事故死亡率为0.045", "0.045", "count", None, "[0.045, 0.045]",
                 id="yi-yuan-gdp-denominator"),
    pytest.param("全年受理群众来电12.5万件次", "12.5万件次", "count", "件次", "[124500, 125500)",
                 id="jianci"),
    pytest.param("平均办理时长缩短至3.5个工作日", "3.5个工作日", "duration", "working_day",
                 "[3.5, 3.5]", id="working-days"),
    pytest.param("房屋面積30坪。", "30坪", "measure", "ping", "[30, 30]", id="ping-area"),
    # climate bulletins: 偏多1倍 is a growth multiple (x2, or x1 read loosely)
    pytest.param("降水量比常年同期偏多1倍。", "1倍", "multiple", None, "[1, 2]",
                 id="pianduo-1-bei-growth"),
]


@pytest.mark.parametrize(("text", "surface", "kind", "unit", "literal"), REVIEW)
def test_review_texts(text: str, surface: str, kind: str, unit: str | None, literal: str) -> None:
    """Figures from review of real prose come out as one claim with this kind, unit and interval."""
    (c,) = extract(text)
    assert (c.text, c.kind.value, c.unit, str(c.value.literal)) == (surface, kind, unit, literal)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("面积分别为187.5万、63.6万平方公里",
                     [("187.5万", "measure", "square_kilometer"),
                      ("63.6万平方公里", "measure", "square_kilometer")], id="wan-both"),
        pytest.param("分别为2、3、5公里", [("2", "measure", "kilometer"),
                     ("3", "measure", "kilometer"), ("5公里", "measure", "kilometer")],
                     id="three-items"),
        pytest.param("3和5万元", [("3", "count", None), ("5万元", "money", "CNY")],
                     id="not-across-scales"),
    ],
)  # fmt: skip
def test_list_unit_passes_back(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """A unit written once after a list (187.5万、63.6万平方公里) is every bare item's, when the
    items are written with the same scale word; 3和5万元 (3元 or 3万元?) is left alone."""
    assert [(c.text, c.kind.value, c.unit) for c in extract(text)] == expected


@pytest.mark.parametrize(
    "text", ["百万级粉丝账号", "千亿量级市场", "10万级洁净室", "千万级项目"]
)
def test_order_of_magnitude_class_is_no_claim(text: str) -> None:
    """A bare magnitude before 级/量级 names a class (百万级粉丝), not a figure: no claim."""
    assert extract(text) == []


def test_unit_range_after_cong_stays_two_figures() -> None:
    """从28℃到30℃ is a change from one figure to another, not one range."""
    assert [c.text for c in extract("气温从28℃到30℃")] == ["28℃", "30℃"]


@pytest.mark.parametrize(
    ("text", "literal", "conventional"),
    [
        pytest.param("最高气温30℃左右。", "[20, 40]", "[25, 35]", id="30-zuoyou-g-10"),
        pytest.param("最高气温28℃左右。", "[27, 29]", "[27.5, 28.5]", id="28-zuoyou-g-1"),
        pytest.param("人均消费100元左右。", "[0, 200]", "[50, 150]", id="100-yuan-zuoyou-g-100"),
        pytest.param("最高气温28℃到30℃左右。", "[27, 31]", "[27.5, 30.5]", id="range-zuoyou"),
    ],
)
def test_about_a_plain_figure_uses_its_last_digit_place(
    text: str, literal: str, conventional: str
) -> None:
    """约/左右 on a plain figure: g is the place of its last non-zero digit (glossary), so the
    conventional reading is the rounding interval of that place and the literal twice as wide."""
    (c,) = extract(text)
    assert (str(c.value.literal), str(c.value.conventional)) == (literal, conventional)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # http://finance.hebei.com.cn/system/2016/10/19/017452130.shtml (statistics bureau)
        pytest.param("增速分别比规模以上工业快4.6和3.1个百分点。",
                     [("4.6", "percentage_point"), ("3.1个百分点", "percentage_point")],
                     id="points-after-last-item"),
        pytest.param("分别增长5.1、6.2和7.3个百分点。",
                     [("5.1", "percentage_point"), ("6.2", "percentage_point"),
                      ("7.3个百分点", "percentage_point")], id="points-three-items"),
        pytest.param("分别增长10.6和9.1%。", [("10.6", "percent"), ("9.1%", "percent")],
                     id="percent-after-last-item"),
        pytest.param("共有3和5个。", [("3", None), ("5个", "个")], id="measure-word-not-shared"),
    ],
)
def test_list_shares_its_kind_suffix(text: str, expected: list[tuple[str, str | None]]) -> None:
    """A bare figure listed before one with %, 个百分点 or 倍 takes its unit (no measure word)."""
    assert [(c.text, c.unit) for c in extract(text)] == expected


def test_growth_multiples_in_a_list_share_both_readings() -> None:
    """同比分别增长1.3倍和1.2倍: the second multiple is a growth too (x2.2 or x1.2), flagged."""
    got = [(c.text, str(c.value.literal), c.flags) for c in extract("同比分别增长1.3倍和1.2倍")]
    flag = ("ambiguous_multiple",)
    assert got == [("1.3倍", "[1.3, 2.3]", flag), ("1.2倍", "[1.2, 2.2]", flag)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("七级风圈半径", id="wind-circle"),
        pytest.param("从正月初六开始", id="lunar-day"),
        pytest.param("五一期间,全国出游", id="wuyi-qijian"),
        pytest.param("增长了 [1] 各交通", id="reference-mark"),
        pytest.param("(图 1,表 1)", id="figure-table-labels"),
    ],
)
def test_labels_and_names_are_no_claims(text: str) -> None:
    """Numerals in names and labels of reports (七级风圈, 初六, 五一期间, [1], 图 1): no claims."""
    assert extract(text) == []


def test_point_items_with_their_measure_word_share_the_suffix() -> None:
    """Items written with 个 before a later 个百分点 are percentage points, not counts of 个."""
    # http://m.materials-innovation.com/swzx/tpxw/202212090100268817KT.shtml (traditional)
    found = extract("增速分別高于全國、全省1.2個、0.5個百分點。")
    assert [(c.text, c.kind.value, c.unit) for c in found] == [
        ("1.2個", "percentage_point", "percentage_point"),
        ("0.5個百分點", "percentage_point", "percentage_point"),
    ]


def test_recent_years_listed_before_tongqi_are_both_exact() -> None:
    """近10年、近5年同期: the first item of the list is the last ten years too, not nearly ten."""
    found = extract("气温较近10年、近5年同期均值偏高")
    got = [(c.text, str(c.value.literal)) for c in found]
    assert got == [("10年", "[10, 10]"), ("5年", "[5, 5]")]


def test_plus_before_a_digit_is_arithmetic() -> None:
    """3+2 is a sum of two figures, not 3 or more."""
    got = [(c.text, str(c.value.literal)) for c in extract("3+2")]
    assert got == [("3", "[3, 3]"), ("2", "[2, 2]")]


def test_fraction_then_zhi_amount_is_no_range() -> None:
    """三分之一至9万: a fraction never opens a range with a plain figure (it crashed, found by
    the property test once fractions had a granularity of one part)."""
    assert [c.text for c in extract("三分之一至9万")] == ["三分之一", "9万"]


def test_cong_dao_is_a_change_not_a_range() -> None:
    """从30%到50% is a change between two figures; 从5%到8%不等 stays a spread [5, 8]."""
    assert [c.text for c in extract("比例从30%到50%")] == ["30%", "50%"]
    (c,) = extract("利率从5%到8%不等")
    assert (c.text, str(c.value.literal)) == ("5%到8%", "[5, 8]")


def test_percent_then_zhi_amount_is_no_range() -> None:
    """增长23.45%至1234.56亿元: a growth rate and the amount it reached, not one range."""
    found = extract("营业收入同比增长23.45%至1234.56亿元")
    assert [(c.text, c.kind.value) for c in found] == [
        ("23.45%", "percent"),
        ("1234.56亿元", "money"),
    ]


def test_rate_per_magnitude_names_its_denominator() -> None:
    """A figure over 10万 (health statistics) is a rate per 100000 persons, not a fraction."""
    (c,) = extract("報告死亡率為1.81/10萬。")
    assert (c.kind.value, c.per, str(c.value.literal)) == ("rate", "100000 person", "[1.81, 1.81]")


def test_written_rate_keeps_its_physical_denominator() -> None:
    """元/吨 and 人/平方千米 give the rate's per; 元/人 leaves it to the context (person)."""
    (a,) = extract("价格为13.5元/吨。")
    (b,) = extract("人口密度约13.5 人/平方千米")
    (c,) = extract("人均100元/人。")
    assert (a.per, b.per, b.kind.value, c.per) == ("tonne", "square_kilometer", "rate", "person")


@pytest.mark.parametrize(
    "text",
    [
        "全年三产比重首次超过二产。",  # https://sxedz.investchn.com/About/index/cid/202/pid/155.html
        "一二三产融合发展",
        "三伏天",
        "数九寒天",
        "二十四节气之一",
        "九江港更是以惊人增速",  # https://www.gamebaike.com/new/724128848723057664
        "下游的霍童、九都、八都等乡镇",  # bench/corpus/real 23
        "全市实现社会消费品零售总额",  # http://www.kmxxf.com/gxj/info/1682/55652.htm
        "汽车零部件和零星降雨",
        "參加會議的參謀",  # traditional 參 is 叁 only among numerals
        "三峽水庫",
        # http://anaishagupta.com/guonei/20200904/090422228.html (traditional 號; its 早晨5點鐘
        # is a clock, a date claim: tests/test_dates_prose.py)
        "今年第10號臺風“海神”",
        "最低气温0℃线将南压至云南北部",  # bench/corpus/real 42 (an isotherm)
        "长三角地区和东北三省",
        # bench/corpus/real 47 (a clock time, no decimal 8.2); with its 晚 it is a date claim
        # T20:20 (tests/test_timex.py wan-dian-m)
        "八点二十左右,现场搜救出",
        "92号汽油和0号柴油",  # fuel grades, numbered things
        "地铁3号线和1号楼",
        # (0—24時,報告新增 is an hour range, a date claim: tests/test_dates_prose.py)
    ],
)
def test_sector_almanac_and_place_words_are_no_claims(text: str) -> None:
    """Abbreviated sectors (三产), almanac seasons (三伏) and places (九江) state no figure."""
    assert extract(text) == []


def test_dash_between_unit_figures_is_no_minus() -> None:
    """超100元-50元 stays two figures, and the dash makes neither negative (50元, not -50元)."""
    got = [(c.text, str(c.value.literal)) for c in extract("超100元-50元")]
    assert got == [("超100元", "(100, +inf)"), ("50元", "[50, 50]")]


def test_yuezhan_share_still_cued() -> None:
    """约占四成 is bounded by 约; 占 stays right before the span, where the share rule reads it."""
    from ledger.rules.share import share_cue

    text = "外省游客约占四成。"
    (c,) = extract(text)
    got = (text[c.span.start - 1], c.value.qualifier, share_cue(text, c))
    assert got == ("占", "约", ("占", ""))


@pytest.mark.parametrize(
    ("text", "surface", "literal"),
    [
        pytest.param("投资三千万8时发布。", "三千万", "[25000000, 35000000)", id="sanqianwan"),
        pytest.param("投资柒千万8时发布。", "柒千万", "[65000000, 75000000)", id="qiqianwan"),
        pytest.param("共3000万8时发布。", "3000万", "[25000000, 35000000)", id="3000wan"),
    ],
)
def test_figure_before_clock_time_is_kept(text: str, surface: str, literal: str) -> None:
    """A figure run on into a clock time (三千万8时) is cut where the time starts, not lost."""
    got = [(c.text, str(c.value.literal)) for c in extract(text) if c.kind is not Kind.DATE]
    assert got == [(surface, literal)]


def test_dash_before_smaller_amount_is_no_compound_money() -> None:
    """100元-50元 is not 100 yuan plus -50 yuan (a compound amount of 50)."""
    assert [c.rule for c in extract("收入100元-50元") if c.rule == "compound_money"] == []


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("会议9时30分开始", id="clock-shi-fen"),
        pytest.param("当日18时许", id="clock-shi-xu"),
        pytest.param("3·15晚会", id="date-name-middle-dot"),
        pytest.param("3.15晚会曝光", id="date-name-dotted"),
        pytest.param("每十万人", id="per-shiwan-ren"),
        pytest.param("十四五规划", id="shisiwu"),
    ],
)
def test_review_no_claims(text: str) -> None:
    """Clock times, month-day names, denominators and plan names give no count or duration."""
    assert [c for c in extract(text) if c.kind is not Kind.DATE] == []


@pytest.mark.parametrize(("text", "surface", "kind", "literal"), SMALL)
def test_small_texts(text: str, surface: str, kind: str, literal: str) -> None:
    """A figure with its unit and trailing qualifier becomes one claim."""
    (c,) = [c for c in extract(text) if c.kind is not Kind.DATE and c.text != "一批"]
    assert (c.text, c.kind.value, str(c.value.literal)) == (surface, kind, literal)


def test_cheng_digit_before_measure_word() -> None:
    """三成五个: the digit after 成 belongs to the measure word that follows it (30 %, then 5个)."""
    assert [c.text for c in extract("占三成五个")] == ["三成", "五个"]


def test_after_qualifier_at_text_end() -> None:
    """A qualifier at the very end of the text ends the span there (9万左右, not past it)."""
    (c,) = extract("9万左右")
    assert (c.text, c.span.end) == ("9万左右", 4)


def test_dozen_and_county_units() -> None:
    """打 is a dozen counted in items (unit 个); 十几个县 has the unit 个, not 个县."""
    units = {c.text: c.unit for c in extract("买了五十打，走过十几个县")}
    assert units == {"五十打": "个", "十几个": "个"}


def test_unit_stage_is_called(monkeypatch: pytest.MonkeyPatch) -> None:
    """extract asks units.match_unit right after the figure and scales by its factor."""
    from claims import units

    def fake(text: str, pos: int) -> units.UnitMatch | None:
        if text.startswith("打", pos):
            return units.UnitMatch(end=pos + 1, surface="打", unit="dozen", kind=Kind.COUNT,
                                   factor=Decimal(12))
        return None

    monkeypatch.setattr(units, "match_unit", fake)
    (c,) = extract("买了5打")
    assert (c.text, c.unit, c.value.stated) == ("5打", "dozen", 60)


def test_too_large_input_is_refused() -> None:
    """Input over max_chars raises InputTooLargeError with both sizes in the message."""
    with pytest.raises(InputTooLargeError, match="11 characters, over the limit of 10"):
        extract("1" * 11, max_chars=10)


def test_empty_and_digit_flood() -> None:
    """Empty text gives nothing; a long digit run is a code, not a claim, and returns quickly."""
    assert extract("") == []
    assert extract("9" * 100_000) == []


def test_iter_extract_streams() -> None:
    """iter_extract yields one list per input text, in order."""
    out = list(iter_extract(["超9万个", "", "三成"]))
    assert [[c.text for c in cs] for cs in out] == [["超9万个"], [], ["三成"]]


def test_id_without_source_uses_text_hash() -> None:
    """Without a source, ids derive from the sha256 of the text."""
    text = "共16812件"
    (c,) = extract(text)
    assert c.id == claim_id(sha256_text(text), c.span)
    assert c.source_id is None


def test_extract_leaves_the_garbage_collector_as_it_found_it() -> None:
    """extract() pauses the cyclic collector only for its run: enabled after if it was
    enabled before, disabled if the caller had disabled it, also when it raises."""
    import gc

    from claims.errors import InputTooLargeError

    assert gc.isenabled()
    extract("账号超9万个")
    assert gc.isenabled()
    with pytest.raises(InputTooLargeError):
        extract("超9万个" * 10, max_chars=5)
    assert gc.isenabled()
    gc.disable()
    try:
        extract("账号超9万个")
        assert not gc.isenabled()
    finally:
        gc.enable()
