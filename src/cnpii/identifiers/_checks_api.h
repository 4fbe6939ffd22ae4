/* The C interface of cnpii.identifiers._checks: the compiled identifier checks, shared with
 * other extensions (the detection scanner) through a capsule, so that detection never
 * re-implements a check.
 *
 *   #include "_checks_api.h"
 *   const cn_checks_api *api = PyCapsule_Import(CN_CHECKS_CAPSULE, 0);
 *
 * Every function answers exactly as the pure-Python function it names does (the tests compare
 * them on generated, mutated and random values).
 */
#ifndef CNPII_CHECKS_API_H
#define CNPII_CHECKS_API_H

#include <Python.h>

#define CN_CHECKS_CAPSULE "cnpii.identifiers._checks._C_API"

/* the identifier kinds, in this order everywhere (also exported to Python as KINDS) */
enum cn_kind {
    CN_RESIDENT_ID = 0,     /* cnpii.identifiers.resident_id */
    CN_MOBILE_PHONE,        /* cnpii.identifiers.mobile_phone */
    CN_LANDLINE_PHONE,      /* cnpii.identifiers.landline_phone */
    CN_BANK_CARD,           /* cnpii.identifiers.bank_card */
    CN_BANK_ACCOUNT,        /* cnpii.identifiers.bank_account */
    CN_USCC,                /* cnpii.identifiers.uscc */
    CN_PASSPORT,            /* cnpii.identifiers.passport */
    CN_HK_MACAU_PERMIT,     /* cnpii.identifiers.hk_macau_permit */
    CN_TAIWAN_PERMIT,       /* cnpii.identifiers.taiwan_permit */
    CN_LICENSE_PLATE,       /* cnpii.identifiers.license_plate */
    CN_KIND_COUNT
};

typedef struct {
    /* 1 when cnpii.identifiers.<module of kind>.is_valid(s) is True for the str of these n code
     * points, else 0; never raises, never -1 */
    int (*is_valid)(int kind, const Py_UCS4 *s, Py_ssize_t n);
    /* 1 when cnpii.identifiers.bank_card.issuer(s) returns an issuer (not None and no
     * exception) for the str of these n code points, else 0 */
    int (*card_has_issuer)(const Py_UCS4 *s, Py_ssize_t n);
} cn_checks_api;

#endif
