"""Masking policies: which operator applies to which entity, column and sensitivity class,
for which role and purpose.

A policy is YAML (or the same shape as a dict, or built in Python)::

    rules:                       # the base rules
      - entity: CN_BANK_CARD
        operator: keep
        params: {first: 6, last: 4}
      - class: C3                # JR/T 0171 category, from cnpii.ENTITY_INFO
        operator: suppress
      - column: 备注
        operator: replace
        params: {value: "[已删除]"}
    profiles:
      analytics:
        purpose: analytics
        rules:
          - class: C2
            operator: hmac
      analyst:
        role: analyst
        extends: analytics

Precedence (tested): the chosen profile, then the one it extends, ... then the base rules;
within one profile, a column rule beats an entity rule, which beats a class rule. An entity
nothing matches is masked whole.

>>> from cnpii.policy import Policy
>>> r = Policy.default().resolve(role="customer_service")
>>> r.apply("13812345678", "CN_MOBILE_PHONE")
'*******5678'
>>> r.apply("123", "CARD_CVV") is None
True
"""

from __future__ import annotations

from cnpii.policy._model import Decision, Policy, Profile, ResolvedPolicy, Rule

__all__ = ["Policy", "Profile", "Rule", "ResolvedPolicy", "Decision"]

from cnpii._args import guard_module as _guard_module  # noqa: E402

_guard_module(globals(), ["Policy", "Rule", "ResolvedPolicy"])  # cnpii._args: typed, quiet errors (issue 11)
