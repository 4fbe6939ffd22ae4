"""Which entity a table column holds: from its name (Chinese, pinyin initials, English) and a
sample of its values (the identifier modules' ``is_valid``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from cnpii.entities import Entity

__all__ = ["ColumnPlan", "entity_from_name", "entity_from_values", "NAME_HINTS"]

_E = Entity

#: whole-name hints (after lower-casing and removing ``_ - space .``): pinyin initials, English
_EXACT: dict[str, Entity] = {}
for _entity, _names in {
    _E.PERSON: "xm khxm khm ckr lxr skr fkr zhm xingming name fullname customername custname "
               "clientname holdername accountname cardholder cardholdername payeename payername "
               "contactname realname",
    _E.CN_RESIDENT_ID: "sfzh sfzhm sfz zjhm zjh gmsfhm sfzjhm idcard idno idnumber idcardno "
                       "residentid nationalid certno certificateno identityno identitynumber "
                       "citizenid",
    _E.CN_MOBILE_PHONE: "sjh sjhm yddh lxdh dh lxfs mobile mobileno mobilenumber mobilephone "
                        "phone phoneno phonenumber cell cellphone tel telephone contactphone "
                        "contactnumber",
    _E.CN_LANDLINE_PHONE: "gddh zj landline fixedphone homephone officephone workphone",
    _E.CN_BANK_CARD: "kh yhkh cardno cardnum cardnumber bankcard bankcardno pan debitcard "
                     "creditcard creditcardno",
    _E.CN_BANK_ACCOUNT: "zh yhzh zhh accountno account acctno acct accountnumber bankaccount "
                        "iban",
    _E.EMAIL_ADDRESS: "yx dzyx email emailaddress mail eml",
    _E.CN_ADDRESS: "dz zz jtzz txdz jzdz lxdz hjdz address addr homeaddress mailingaddress "
                   "residence street",
    _E.CN_PASSPORT: "hz hzh hzhm passport passportno passportnumber",
    _E.CN_HK_MACAU_PERMIT: "gatxz hxz homereturnpermit",
    _E.CN_TAIWAN_PERMIT: "tbz twtxz",
    _E.CN_USCC: "tyshxydm xydm shxydm uscc creditcode socialcreditcode",
    _E.CN_LICENSE_PLATE: "cph cphm plate plateno licenseplate licenceplate",
    _E.IP_ADDRESS: "ip ipaddr ipaddress clientip",
    _E.CARD_CVV: "cvv cvv2 cvn cvn2 cvc cvc2 aqm",
    _E.CARD_EXPIRY: "yxq expiry expirydate expdate expiration cardexpiry validthru",
    _E.PASSWORD: "mm pwd passwd password pin pincode jymm dlmm",
    _E.CARD_TRACK_DATA: "cdxx track track1 track2 trackdata",
}.items():
    for _n in _names.split():
        _EXACT[_n] = _entity

#: substring hints for Chinese names, most specific first
_CONTAINS: tuple[tuple[str, Entity], ...] = (
    ("统一社会信用代码", _E.CN_USCC), ("信用代码", _E.CN_USCC),
    ("港澳通行证", _E.CN_HK_MACAU_PERMIT), ("回乡证", _E.CN_HK_MACAU_PERMIT),
    ("台胞证", _E.CN_TAIWAN_PERMIT), ("台湾通行证", _E.CN_TAIWAN_PERMIT),
    ("护照", _E.CN_PASSPORT), ("身份证", _E.CN_RESIDENT_ID), ("身份号码", _E.CN_RESIDENT_ID),
    ("证件号", _E.CN_RESIDENT_ID),
    ("磁道", _E.CARD_TRACK_DATA), ("有效期", _E.CARD_EXPIRY), ("安全码", _E.CARD_CVV),
    ("CVV", _E.CARD_CVV), ("密码", _E.PASSWORD),
    ("手机", _E.CN_MOBILE_PHONE), ("移动电话", _E.CN_MOBILE_PHONE),
    ("固定电话", _E.CN_LANDLINE_PHONE), ("座机", _E.CN_LANDLINE_PHONE),
    ("电话", _E.CN_MOBILE_PHONE), ("联系方式", _E.CN_MOBILE_PHONE),
    ("银行卡", _E.CN_BANK_CARD), ("卡号", _E.CN_BANK_CARD),
    ("账号", _E.CN_BANK_ACCOUNT), ("帐号", _E.CN_BANK_ACCOUNT), ("账户号", _E.CN_BANK_ACCOUNT),
    ("邮箱", _E.EMAIL_ADDRESS), ("电子邮件", _E.EMAIL_ADDRESS), ("邮件", _E.EMAIL_ADDRESS),
    ("地址", _E.CN_ADDRESS), ("住址", _E.CN_ADDRESS), ("居住地", _E.CN_ADDRESS),
    ("车牌", _E.CN_LICENSE_PLATE),
    ("姓名", _E.PERSON), ("户名", _E.PERSON), ("持卡人", _E.PERSON), ("联系人", _E.PERSON),
    ("收款人", _E.PERSON), ("付款人", _E.PERSON), ("名字", _E.PERSON),
)

NAME_HINTS = {"exact": _EXACT, "contains": _CONTAINS}

_NAME_ONLY = frozenset({Entity.CN_BANK_ACCOUNT, Entity.CN_TAIWAN_PERMIT})
_SPLIT = re.compile(r"[\s_\-.]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def entity_from_name(name: Any) -> Entity | None:
    """The entity a column name suggests, or None.

    >>> entity_from_name("客户身份证号码"), entity_from_name("SJHM"), entity_from_name("customerName")
    (<Entity.CN_RESIDENT_ID: 'CN_RESIDENT_ID'>, <Entity.CN_MOBILE_PHONE: 'CN_MOBILE_PHONE'>, <Entity.PERSON: 'PERSON'>)
    >>> entity_from_name("balance") is None
    True
    """
    raw = str(name).strip()
    key = _SPLIT.sub("", raw).lower()
    if key in _EXACT:
        return _EXACT[key]
    for word, entity in _CONTAINS:
        if word in raw or word.lower() in key:
            return entity
    # English words inside a longer name: cust_mobile_no, home_address, id_card_number
    tokens = [t.lower() for t in _SPLIT.split(_CAMEL.sub("_", raw)) if t]
    for i in range(len(tokens)):
        for j in range(len(tokens), i, -1):
            joined = "".join(tokens[i:j])
            if len(joined) >= 4 and joined in _EXACT:
                return _EXACT[joined]
    return None


def _share(values: list[str], check: Any) -> float:
    return sum(1 for v in values if check(v)) / len(values) if values else 0.0


def entity_from_values(values: Iterable[str], prefer: Entity | None = None,
                       threshold: float = 0.8) -> tuple[Entity | None, float]:
    """The identifier most of ``values`` validate as (``threshold`` share), and that share.

    ``prefer`` (the name's hint) is tried first with a lower bar (half the values), so a
    column named 手机号 with a few typos is still a mobile column.

    >>> entity_from_values(["13812345678", "13912345678", "n/a"], threshold=0.6)
    (<Entity.CN_MOBILE_PHONE: 'CN_MOBILE_PHONE'>, 0.667)
    """
    from cnpii.identifiers import BY_ENTITY

    sample = [v for v in values if v]
    if not sample:
        return None, 0.0
    if prefer is not None and prefer in BY_ENTITY:
        share = _share(sample, BY_ENTITY[prefer].is_valid)
        if share >= 0.5:
            return prefer, round(share, 3)
    if prefer == Entity.EMAIL_ADDRESS:
        share = _share(sample, _EMAIL.match)
        if share >= 0.5:
            return prefer, round(share, 3)
    best: tuple[Entity | None, float] = (None, 0.0)
    # bank accounts (no check digit) and Taiwan permits (any 8 digits) are too weak to be
    # recognised from values alone: only a name can say a column holds them
    for entity, module in BY_ENTITY.items():
        if entity in _NAME_ONLY:
            continue
        share = _share(sample, module.is_valid)
        if share > best[1]:
            best = (entity, share)
    email = _share(sample, _EMAIL.match)
    if email > best[1]:
        best = (Entity.EMAIL_ADDRESS, email)
    if best[1] >= threshold:
        return best[0], round(best[1], 3)
    return None, round(best[1], 3)


@dataclass(frozen=True)
class ColumnPlan:
    """How one column is masked.

    ``kind`` is ``"rule"`` (a column rule's operator on every cell), ``"identifier"`` (every
    cell holds one value of ``entity``, masked whole-column), ``"text"`` (free text, masked
    span by span) or ``"skip"`` (nothing personal: left as it is). ``evidence`` says why.
    """

    column: str
    kind: str
    entity: Entity | None
    evidence: str
