"""Regenerate src/cnpii/identifiers/data/area_codes.tsv from the phonenumbers metadata.

Mainland landline area codes are prefix-free: ``010``, ``02x`` and ``0`` + three digits for the rest.
For every candidate code this script asks ``phonenumbers`` whether ordinary local numbers (7 and 8
digits, first digit 2-8) behind it are valid fixed-line numbers, and records the code, the local
lengths phonenumbers accepts, and the geocoder's Chinese place name.

Run:  python scripts/build_area_codes.py  (needs phonenumbers; nothing is downloaded)
"""

from __future__ import annotations

import datetime
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberType, geocoder

OUT = Path(__file__).resolve().parents[1] / "src" / "cnpii" / "identifiers" / "data" / "area_codes.tsv"
FIXED = {PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
SAMPLES = {7: ("2345678", "6543210", "8765432", "5555555", "3456789"),
           8: ("23456789", "65432109", "87654321", "55555555", "34567890")}


def candidates() -> list[str]:
    codes = ["10"] + [f"2{d}" for d in range(10)]
    codes += [f"{a}{b:02d}" for a in range(3, 10) for b in range(100)]
    return codes


def main() -> None:
    rows = []
    for code in candidates():
        lengths = []
        for n, samples in SAMPLES.items():
            for local in samples:
                num = phonenumbers.parse("+86" + code + local, None)
                if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in FIXED:
                    lengths.append(n)
                    break
        if lengths:
            num = phonenumbers.parse("+86" + code + SAMPLES[max(lengths)][0], None)
            place = geocoder.description_for_number(num, "zh") or ""
            rows.append(("0" + code, ",".join(map(str, lengths)), place))
    header = (
        "# Mainland China landline area codes (长途区号) with the local-number lengths in use.\n"
        f"# Source: phonenumbers {phonenumbers.__version__} metadata (libphonenumber, region CN:\n"
        "#   fixed-line patterns and the zh geocoder), derived by scripts/build_area_codes.py on\n"
        f"#   {datetime.date.today().isoformat()}. Regenerate with that script; do not edit by hand.\n"
        "# area_code includes the trunk 0; local_lengths = local-number lengths accepted for that code;\n"
        "# place = geocoder description (may name several cities sharing the code).\n"
        "area_code\tlocal_lengths\tplace\n"
    )
    OUT.write_text(header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} area codes written to {OUT}")


if __name__ == "__main__":
    main()
