"""The core's refusals in the window's language.

The core words each refusal in Chinese and gives it a stable ``code`` and the ``params``
its sentence was made from. Chinese shows the core's sentence as it is; another language
looks the code up here (a sentence with its params) or, for a sentence that is the same
every time, the sentence itself (context "CoreMessages", listed in core_sentences.py). A
refusal not listed keeps the core's Chinese, so a new rule is never shown empty.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from station_app.errors import DomainError

CONTEXT = "CoreMessages"

# code -> the sentence with the params it is made from (Chinese, as the core words it)
WITH_PARAMS = {
    "required": QT_TRANSLATE_NOOP("CoreMessages", "请填写{label}"),
    "too_long": QT_TRANSLATE_NOOP("CoreMessages", "{label}不能超过{max_len}个字"),
    "bad_choice": QT_TRANSLATE_NOOP("CoreMessages", "{label}只能是：{names}"),
    "amount_too_large": QT_TRANSLATE_NOOP("CoreMessages", "金额不能超过{wan}万元，请核对"),
    "wrong_pin": QT_TRANSLATE_NOOP("CoreMessages", "密码不对，还可以再试 {left} 次"),
    "tracking_too_short": QT_TRANSLATE_NOOP("CoreMessages", "快递单号太短（至少{digits}位），请核对"),
    "tracking_too_long": QT_TRANSLATE_NOOP("CoreMessages", "快递单号太长（最多{digits}位），请核对"),
    "already_in_stock": QT_TRANSLATE_NOOP("CoreMessages", "单号 {tracking} 已经入库了，取件码 {pickup_code}"),
    "repayment_too_large": QT_TRANSLATE_NOOP("CoreMessages", "还款金额超过欠款（目前欠{owed}）"),
    "variance_needs_reason": QT_TRANSLATE_NOOP("CoreMessages", "{channel}{kind} {variance}，请写明原因"),
}

# Sentences the core words the same way every time are their own key: ui/core_sentences.py
# lists them all for lupdate.

# The field names the core's sentences carry as {label}, and the words they are made of.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("CoreMessages", "短款"), QT_TRANSLATE_NOOP("CoreMessages", "长款"),
    QT_TRANSLATE_NOOP("CoreMessages", "现金"), QT_TRANSLATE_NOOP("CoreMessages", "微信"),
    QT_TRANSLATE_NOOP("CoreMessages", "支付宝"),
    QT_TRANSLATE_NOOP("CoreMessages", "缴费人姓名"), QT_TRANSLATE_NOOP("CoreMessages", "户号（缴费账号）"),
    QT_TRANSLATE_NOOP("CoreMessages", "缴费类型"), QT_TRANSLATE_NOOP("CoreMessages", "付款方式"),
    QT_TRANSLATE_NOOP("CoreMessages", "缴费凭证号"), QT_TRANSLATE_NOOP("CoreMessages", "垫付用途"),
    QT_TRANSLATE_NOOP("CoreMessages", "还款人姓名"), QT_TRANSLATE_NOOP("CoreMessages", "还款方式"),
    QT_TRANSLATE_NOOP("CoreMessages", "姓名"), QT_TRANSLATE_NOOP("CoreMessages", "收件人姓名"),
    QT_TRANSLATE_NOOP("CoreMessages", "事由"), QT_TRANSLATE_NOOP("CoreMessages", "来访人姓名"),
    QT_TRANSLATE_NOOP("CoreMessages", "差额原因"), QT_TRANSLATE_NOOP("CoreMessages", "备注"),
    QT_TRANSLATE_NOOP("CoreMessages", "联系人姓名"), QT_TRANSLATE_NOOP("CoreMessages", "作废原因"),
    QT_TRANSLATE_NOOP("CoreMessages", "领取人姓名"), QT_TRANSLATE_NOOP("CoreMessages", "预约事项"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def message(err: DomainError) -> str:
    """``err``'s sentence in the window's language."""
    template = WITH_PARAMS.get(err.code)
    if template is not None and err.params:
        translated = _tr(template)
        if translated != template:  # another language: word it from the params
            params = {key: _tr(value) if isinstance(value, str) else value for key, value in err.params.items()}
            if err.code == "variance_needs_reason":
                params["kind"] = _tr("短款") if err.params.get("short") else _tr("长款")
            try:
                return translated.format(**params)
            except (KeyError, IndexError):
                return err.message
        return err.message
    return _tr(err.message)
