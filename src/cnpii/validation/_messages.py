"""Issue codes and their fixed messages in Chinese and English. No message quotes a value."""

from __future__ import annotations

__all__ = ["MESSAGES", "messages_for"]

#: code -> (Chinese, English); ``{field}`` is the only placeholder
MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("必填项“{field}”缺失或为空", "required field '{field}' is missing or blank"),
    "invalid": ("“{field}”格式不正确", "'{field}' is not valid"),
    "invalid_date": ("“{field}”不是有效日期", "'{field}' is not a valid date"),
    "unknown_id_type": ("证件类型无法识别", "the document type is not recognised"),
    "invalid_id_number": ("证件号码与证件类型不符或校验失败",
                          "the document number is not valid for its document type"),
    "birth_date_mismatch": ("出生日期与身份证号码不一致",
                            "the birth date does not agree with the resident ID number"),
    "gender_mismatch": ("性别与身份证号码不一致", "the gender does not agree with the resident ID number"),
    "id_expired": ("证件已过有效期", "the identity document has expired"),
    "age_out_of_range": ("年龄不在本业务允许的范围内", "the age is outside the bounds of this purpose"),
    "implausible_name": ("姓名含有不合理的字符", "the name contains implausible characters"),
    "undeclared_field": ("业务目的未声明需要收集“{field}”（最小必要原则）",
                         "the purpose does not declare '{field}' (minimum necessary)"),
}


def messages_for(code: str, field: str) -> tuple[str, str]:
    """The (Chinese, English) message for an issue code on a field.

    >>> messages_for("missing", "mobile")[1]
    "required field 'mobile' is missing or blank"
    """
    zh, en = MESSAGES[code]
    return zh.format(field=field), en.format(field=field)
