import pytest

from policykg.numerals import cn_to_int, int_to_cn, parse_article_label

CASES = [  # (numeral, value): one row for every bug fixed
    ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十五", 25), ("九十九", 99),
    ("一百", 100), ("一百零二", 102), ("一百一十", 110), ("一百一十二", 112), ("二百", 200),
    ("一千零五", 1005), ("两百", 200), ("〇", 0), ("三〇", 30), ("12", 12), ("１２", 12),
]


@pytest.mark.parametrize("numeral, value", CASES)
def test_cn_to_int(numeral, value):
    assert cn_to_int(numeral) == value


@pytest.mark.parametrize("n", range(1, 1200))
def test_int_to_cn_round_trips(n):
    assert cn_to_int(int_to_cn(n)) == n


@pytest.mark.parametrize("label, expected", [
    ("第一条", (1, 0)), ("第一百零二条", (102, 0)), ("第十条之一", (10, 1)), ("第二十条之二", (20, 2)),
])
def test_article_labels(label, expected):
    assert parse_article_label(label) == expected


@pytest.mark.parametrize("bad", ["", "第条", "abc", "十x"])
def test_bad_numerals_raise(bad):
    with pytest.raises(ValueError):
        cn_to_int(bad) if not bad.startswith("第") else parse_article_label(bad)
