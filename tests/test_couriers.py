import json

import pytest

from station_app.couriers import (
    COURIERS, check_courier, courier_name, guess_courier, matching_couriers, normalize_tracking,
)
from station_app.errors import ValidationError
from station_app.paths import resource_path


@pytest.mark.parametrize("number, code", [
    ("SF1234567890123", "SF"),
    ("JDVA12345678901", "JD"),
    ("JDX012345678901", "JD"),
    ("YT1234567890123", "YTO"),
    ("73123456789012", "ZTO"),
    ("78123456789012", "ZTO"),
    ("773123456789012", "STO"),
    ("312345678901234", "YUNDA"),
    ("5123456789012", "YUNDA"),
    ("9812345678901", "EMS"),
    ("1123456789012", "EMS"),
    ("EA123456789CN", "EMS"),
    ("JT1234567890123", "JT"),
    ("DPK123456789012", "DBL"),
])
def test_guess_each_courier(number, code):
    assert guess_courier(number) == code
    assert matching_couriers(number) == [code]


def test_examples_in_the_data_file_guess_their_own_courier():
    data = json.loads(resource_path("couriers.json").read_text(encoding="utf-8"))
    for courier in data["couriers"]:
        for example in courier["examples"]:
            assert guess_courier(example) == courier["code"], example


def test_ambiguous_number_is_not_guessed():
    # 15 digits starting 43: both Shentong's and Yunda's formats allow it.
    assert sorted(matching_couriers("431234567890123")) == ["STO", "YUNDA"]
    assert guess_courier("431234567890123") is None


@pytest.mark.parametrize("number", ["12345678", "AB12345678", "SF123", "XX1234567890123"])
def test_unknown_format_is_not_guessed(number):
    assert guess_courier(number) is None


def test_guess_is_case_insensitive():
    assert guess_courier("sf1234567890123") == "SF"


def test_courier_names_are_chinese_and_loaded_from_data():
    assert COURIERS["SF"] == "顺丰速运"
    assert COURIERS["ZTO"] == "中通快递"
    assert "OTHER" in COURIERS
    assert courier_name("JT") == "极兔速递"
    assert check_courier("YTO") == "YTO"
    with pytest.raises(ValidationError) as err:
        check_courier("NOPE")
    assert err.value.field == "courier" and err.value.message == "无法识别快递公司，请选择"


def test_normalize_tracking():
    assert normalize_tracking("  sf1234567890123\n") == "SF1234567890123"
    # Full-width characters typed with a Chinese IME.
    assert normalize_tracking("ＳＦ１２３４５６７８９０１２３") == "SF1234567890123"


@pytest.mark.parametrize("text", ["", "   ", None, "SF 1234 5678 9012", "SF12", "单号12345678", "SF-12345678",
                                  "1" * 40])
def test_normalize_tracking_refuses(text):
    with pytest.raises(ValidationError) as err:
        normalize_tracking(text)
    assert err.value.field == "tracking_no"
