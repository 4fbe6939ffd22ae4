/* cnpii.identifiers._checks: the compiled identifier checks.
 *
 * is_valid(kind, s) answers exactly what cnpii.identifiers.<module>.is_valid(s) answers for a
 * str s (the pure-Python functions stay the reference; tests/test_checks_native.py compares the
 * two), and card_has_issuer(s) whether bank_card.issuer(s) returns an issuer.
 *
 * The tables (GB/T 2260 codes, mobile segments, area codes, BINs, the half-width map, the
 * separators and alphabets of each module) are not copied here: each group is read once, when a
 * check first needs it, from cnpii.identifiers._native.tables(group), which takes it from the
 * Python modules (so the C side loads data exactly as lazily as they do). The only Unicode
 * property computed here is which characters str.upper() turns into ASCII (or whitespace, or a
 * character a check accepts), found by running str.upper() itself at load.
 *
 * A first call may run Python code (the load): callers hold the GIL. After that, a check
 * allocates no Python object: the value is cleaned into a stack buffer and checked against
 * bitsets (region codes, mobile segments), direct-indexed arrays (area codes) and sorted arrays
 * (BINs by length, half-width map) searched by bisection.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

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

#define CN_MAX_INPUT 1024     /* the longest value _util.clean accepts (_MAX_LEN * 4) may not exceed this */
#define MAX_CLEAN (3 * CN_MAX_INPUT + 2)  /* str.upper() turns one character into at most 3 */
#define DEL 0x80              /* ASCII table: the character is deleted */

/* ------------------------------------------------------------------------------------------ */
/* tables, in groups loaded on first need (as lazily as the Python modules load theirs)      */

enum { G_BASE = 1, G_REGIONS = 2, G_SEGMENTS = 4, G_AREAS = 8, G_BINS = 16, G_ALL = 31 };
/* the argument of _native.tables() for each group bit */
static const char *const GROUP_NAMES[5] = {"base", "regions", "segments", "area_codes", "bins"};
static unsigned g_loaded = 0;
static Py_ssize_t g_max_input = 0;   /* _util._MAX_LEN * 4: clean() refuses longer values */

/* per kind: ASCII character -> upper-cased character, or DEL when it is a separator */
static unsigned char g_ascii[CN_KIND_COUNT][128];

/* sorted (code point, value) pairs */
typedef struct { Py_UCS4 cp; int32_t v; } cpmap;

/* non-ASCII half-width map of _util._HALFWIDTH: value = ASCII character or -1 (deleted) */
static cpmap *g_half = NULL;
static Py_ssize_t g_nhalf = 0;
/* per kind: non-ASCII characters deleted by that module's clean() */
static Py_UCS4 *g_del[CN_KIND_COUNT];
static Py_ssize_t g_ndel[CN_KIND_COUNT];
/* characters whose str.upper() differs and holds something a check could accept: value =
 * index into g_upout (3 slots, 0-terminated) */
static cpmap *g_upper = NULL;
static Py_ssize_t g_nupper = 0;
static Py_UCS4 *g_upout = NULL;

/* resident_id */
static unsigned char g_region[1000000 / 8];     /* 6-digit codes the ID may carry */
static int32_t *g_permit = NULL;                 /* PERMIT_CODES (not allowed in legacy IDs) */
static Py_ssize_t g_npermit = 0;
static int g_id_weights[17];
static Py_UCS4 g_id_chars[11];

/* mobile_phone: allocated prefixes of 3, 4 and 5 digits */
static unsigned char g_seg3[1000 / 8 + 1], g_seg4[10000 / 8], g_seg5[100000 / 8];

/* landline_phone: area codes "0dd" (index dd) and "0ddd" (index ddd) -> bit mask of lengths */
static uint64_t g_area3[100], g_area4[1000];

/* bank_card BINs: for each prefix length 1..17, sorted keys BIN * 20 + card length (0: the
 * length is unknown); a BIN answers only for its listed card length or when that is unknown */
#define BIN_KEY(x, cardlen) ((x) * 20u + (uint64_t)(cardlen))
static uint64_t *g_bins[20];
static Py_ssize_t g_nbins[20];
/* card lengths that are a card only under a listed BIN (bank_card.BIN_REQUIRED_LENGTHS) */
static unsigned char g_card_bin_required[20];

/* uscc */
static signed char g_uscc_val[128];   /* ALPHABET index or -1 */
static Py_UCS4 g_uscc_alpha[31];
static int g_uscc_w[17], g_uscc_orgw[8];

/* letter sets (ASCII) */
static unsigned char g_pp_letter[128], g_hk_letter[128];
static unsigned char g_plate_serial[128], g_plate_energy[128];

/* license_plate: provinces and suffixes (sorted code points) */
static Py_UCS4 *g_prov = NULL, *g_suffix = NULL;
static Py_ssize_t g_nprov = 0, g_nsuffix = 0;

#define CH_SHI 0x4F7F   /* 使 */
#define CH_LING 0x9886  /* 领 */
#define CH_ZHUAN 0x8F6C /* 转 */
#define CH_FEN 0x5206   /* 分 */
#define CH_JI 0x673A    /* 机 */

#define BIT(set, i) (((set)[(i) >> 3] >> ((i) & 7)) & 1)
#define SETBIT(set, i) ((set)[(i) >> 3] |= (unsigned char)(1u << ((i) & 7)))

static int cp_in(const Py_UCS4 *a, Py_ssize_t n, Py_UCS4 c)
{
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (a[mid] < c) lo = mid + 1; else hi = mid;
    }
    return lo < n && a[lo] == c;
}

static const cpmap *map_find(const cpmap *a, Py_ssize_t n, Py_UCS4 c)
{
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (a[mid].cp < c) lo = mid + 1; else hi = mid;
    }
    return lo < n && a[lo].cp == c ? &a[lo] : NULL;
}

static int i32_in(const int32_t *a, Py_ssize_t n, int32_t c)
{
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (a[mid] < c) lo = mid + 1; else hi = mid;
    }
    return lo < n && a[lo] == c;
}

static int u64_in(const uint64_t *a, Py_ssize_t n, uint64_t c)
{
    Py_ssize_t lo = 0, hi = n;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (a[mid] < c) lo = mid + 1; else hi = mid;
    }
    return lo < n && a[lo] == c;
}

/* ------------------------------------------------------------------------------------------ */
/* clean(): half-width, separators removed, upper-cased (cnpii.identifiers._util.clean)        */

/* Writes the compact form of s into out (room for MAX_CLEAN) and returns its length, or -1 when
 * clean() would raise (too long) or the result is longer than cap (the check fails anyway). */
#if defined(__GNUC__)
#define CN_INLINE static inline __attribute__((always_inline))
#else
#define CN_INLINE static inline
#endif

CN_INLINE Py_ssize_t clean_into(int kind, int ukind, const void *data, Py_ssize_t n,
                                Py_UCS4 *out, Py_ssize_t cap)
{
    if (n > g_max_input) return -1;
    const unsigned char *asc = g_ascii[kind];
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(ukind, data, i);
        if (c < 128) {
            unsigned char o = asc[c];
            if (o == DEL) continue;
            if (m >= cap) return -1;
            out[m++] = o;
            continue;
        }
        if (g_ndel[kind] && cp_in(g_del[kind], g_ndel[kind], c)) continue;
        const cpmap *h = map_find(g_half, g_nhalf, c);
        if (h != NULL) {
            if (h->v < 0) continue;
            unsigned char o = asc[h->v];
            if (o == DEL) continue;
            if (m >= cap) return -1;
            out[m++] = o;
            continue;
        }
        const cpmap *u = g_nupper ? map_find(g_upper, g_nupper, c) : NULL;
        if (u != NULL) {
            const Py_UCS4 *p = g_upout + 3 * u->v;
            for (int k = 0; k < 3 && p[k]; k++) {
                if (m >= cap) return -1;
                out[m++] = p[k];
            }
            continue;
        }
        if (m >= cap) return -1;
        out[m++] = c;
    }
    return m;
}

/* ------------------------------------------------------------------------------------------ */
/* the checks, on the compact form                                                            */

#define ISD(c) ((c) >= '0' && (c) <= '9')

static int all_digits(const Py_UCS4 *v, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        if (!ISD(v[i])) return 0;
    return 1;
}

static long num(const Py_UCS4 *v, int n)  /* digits already checked */
{
    long x = 0;
    for (int i = 0; i < n; i++) x = x * 10 + (long)(v[i] - '0');
    return x;
}

/* datetime.date.today() as yyyymmdd, recomputed when the second changes */
static time_t g_today_sec = (time_t)-1;
static long g_today = 0;

static long today(void)
{
    time_t now = time(NULL);
    if (now != g_today_sec) {
        struct tm tm;
#ifdef _WIN32
        if (localtime_s(&tm, &now) != 0) return 99991231;
#else
        if (localtime_r(&now, &tm) == NULL) return 99991231;
#endif
        g_today = (long)(tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 + tm.tm_mday;
        g_today_sec = now;
    }
    return g_today;
}

/* resident_id._birth_date: a real date, 1850-01-01 <= d <= today */
static int birth_ok(long y, long mo, long d)
{
    static const int mdays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || mo < 1 || mo > 12 || d < 1) return 0;
    int dim = mdays[mo];
    if (mo == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) dim = 29;
    if (d > dim) return 0;
    long ymd = y * 10000 + mo * 100 + d;
    return ymd >= 18500101 && ymd <= today();
}

static int check_resident_id(const Py_UCS4 *v, Py_ssize_t n)
{
    if (n == 18) {
        if (!all_digits(v, 17) || !(v[17] == 'X' || ISD(v[17]))) return 0;
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (int)(v[i] - '0') * g_id_weights[i];
        if (g_id_chars[sum % 11] != v[17]) return 0;
        if (v[0] == '9') {
            long code = num(v + 1, 2) * 10000;
            if (!BIT(g_region, code)) return 0;
        } else if (!BIT(g_region, num(v, 6))) {
            return 0;
        }
        return birth_ok(num(v + 6, 4), num(v + 10, 2), num(v + 12, 2));
    }
    if (n == 15) {
        if (!all_digits(v, 15)) return 0;
        long code = num(v, 6);
        if (!BIT(g_region, code) || i32_in(g_permit, g_npermit, (int32_t)code)) return 0;
        return birth_ok(1900 + num(v + 6, 2), num(v + 8, 2), num(v + 10, 2));
    }
    return 0;
}

static int starts(const Py_UCS4 *v, Py_ssize_t n, const char *p)
{
    Py_ssize_t k = (Py_ssize_t)strlen(p);
    if (n < k) return 0;
    for (Py_ssize_t i = 0; i < k; i++)
        if (v[i] != (Py_UCS4)(unsigned char)p[i]) return 0;
    return 1;
}

static int check_mobile(const Py_UCS4 *v, Py_ssize_t n)
{
    if (starts(v, n, "+86")) { v += 3; n -= 3; }
    else if (starts(v, n, "0086")) { v += 4; n -= 4; }
    else if (n == 13 && starts(v, n, "86")) { v += 2; n -= 2; }
    if (n != 11 || !all_digits(v, 11) || v[0] != '1') return 0;
    return BIT(g_seg3, num(v, 3)) || BIT(g_seg4, num(v, 4)) || BIT(g_seg5, num(v, 5));
}

static int luhn_ok(const Py_UCS4 *v, Py_ssize_t n)
{
    int total = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int d = (int)(v[n - 1 - i] - '0');
        if (i & 1) { d *= 2; if (d > 9) d -= 9; }
        total += d;
    }
    return total % 10 == 0;
}

static int check_bank_card(const Py_UCS4 *v, Py_ssize_t n)
{
    return n >= 15 && n <= 19 && all_digits(v, n) && v[0] != '0' && luhn_ok(v, n);
}

/* whether bank_card._table().lookup(v) finds a row (v: n digits, 15 <= n <= 19) */
static int has_bin(const Py_UCS4 *v, Py_ssize_t n)
{
    uint64_t x = 0;
    for (Py_ssize_t len = 1; len <= n && len < 18; len++) {
        x = x * 10 + (uint64_t)(v[len - 1] - '0');
        if (g_nbins[len] && (u64_in(g_bins[len], g_nbins[len], BIN_KEY(x, n)) ||
                             u64_in(g_bins[len], g_nbins[len], BIN_KEY(x, 0))))
            return 1;
    }
    return 0;
}

static int check_bank_account(const Py_UCS4 *v, Py_ssize_t n)
{
    if (n < 10 || n > 30 || !all_digits(v, n)) return 0;
    for (Py_ssize_t i = 1; i < n; i++)
        if (v[i] != v[0]) return 1;
    return 0;
}

static int check_uscc(const Py_UCS4 *v, Py_ssize_t n)
{
    if (n != 18) return 0;
    int val[18];
    for (int i = 0; i < 18; i++) {
        if (v[i] >= 128 || g_uscc_val[v[i]] < 0) return 0;
        val[i] = g_uscc_val[v[i]];
    }
    if (!all_digits(v + 2, 6)) return 0;
    int total = 0;
    for (int i = 0; i < 8; i++) {
        Py_UCS4 c = v[8 + i];
        int d = ISD(c) ? (int)(c - '0') : (int)(c - 'A') + 10;  /* int(c, 36); c in ALPHABET */
        total += d * g_uscc_orgw[i];
    }
    int ck = 11 - total % 11;
    Py_UCS4 org = ck == 10 ? 'X' : ck == 11 ? '0' : (Py_UCS4)('0' + ck);
    if (org != v[16]) return 0;
    total = 0;
    for (int i = 0; i < 17; i++) total += val[i] * g_uscc_w[i];
    return g_uscc_alpha[(31 - total % 31) % 31] == v[17];
}

#define IN128(set, c) ((c) < 128 && (set)[c])

static int check_passport(const Py_UCS4 *v, Py_ssize_t n)
{
    if (n == 8) {
        return (v[0] == 'P' || v[0] == 'S' || v[0] == 'D') && all_digits(v + 1, 7);
    }
    if (n != 9) return 0;
    switch (v[0]) {
    case 'E':
        return all_digits(v + 1, 8) || (IN128(g_pp_letter, v[1]) && all_digits(v + 2, 7));
    case 'G': case 'K':
        return all_digits(v + 1, 8);
    case '1':
        return (v[1] == '4' || v[1] == '5') && all_digits(v + 2, 7);
    case 'P': case 'D':
        return v[1] == 'E' && all_digits(v + 2, 7);
    case 'S':
        return (v[1] == 'E' && all_digits(v + 2, 7)) || all_digits(v + 1, 8);
    case 'M':
        return v[1] == 'A' && all_digits(v + 2, 7);
    default:
        return 0;
    }
}

static int check_hk_macau(const Py_UCS4 *v, Py_ssize_t n)
{
    if (n == 9) {
        if (v[0] == 'C')
            return all_digits(v + 1, 8) || (IN128(g_hk_letter, v[1]) && all_digits(v + 2, 7));
        return (v[0] == 'H' || v[0] == 'M') && all_digits(v + 1, 8);
    }
    if (n == 11) return (v[0] == 'H' || v[0] == 'M') && all_digits(v + 1, 10);
    return 0;
}

static int check_taiwan(const Py_UCS4 *v, Py_ssize_t n)
{
    switch (n) {
    case 8: return all_digits(v, 8);
    case 9: return v[0] == 'T' && all_digits(v + 1, 8);
    case 10: return all_digits(v, 10);
    case 11: return all_digits(v, 10) && v[10] >= 'A' && v[10] <= 'Z';
    default: return 0;
    }
}

static int check_plate(const Py_UCS4 *v, Py_ssize_t n)
{
    if (n < 6 || n > 8) return 0;
    if (v[0] == CH_SHI && n == 7 && all_digits(v + 1, 6)) return 1;  /* embassy */
    if (!cp_in(g_prov, g_nprov, v[0])) return 0;
    if (v[n - 1] == CH_LING && all_digits(v + 1, n - 2)) return 1;   /* consulate */
    if (!(v[1] >= 'A' && v[1] <= 'Z')) return 0;
    if (n == 7) {
        for (int i = 2; i < 6; i++)
            if (!IN128(g_plate_serial, v[i])) return 0;
        return IN128(g_plate_serial, v[6]) || cp_in(g_suffix, g_nsuffix, v[6]);
    }
    if (n == 8) {
        if (IN128(g_plate_energy, v[2]) && IN128(g_plate_serial, v[3]) && all_digits(v + 4, 4))
            return 1;
        return all_digits(v + 2, 5) && IN128(g_plate_energy, v[7]);
    }
    return 0;
}

/* landline_phone */

static int ascii_space(Py_UCS4 c)  /* \s of an re.ASCII pattern */
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static int group_sep(Py_UCS4 c)  /* _GROUP_SPLIT: [\s\-./_()（）] (Unicode \s) */
{
    return c == '-' || c == '.' || c == '/' || c == '_' || c == '(' || c == ')' ||
           c == 0xFF08 || c == 0xFF09 || Py_UNICODE_ISSPACE(c);
}

static int area_len(const Py_UCS4 *d)
{
    return d[1] == '1' || d[1] == '2' ? 3 : 4;
}

/* the length mask of the area code of d (n >= its length), 0 when unknown */
static uint64_t area_mask(const Py_UCS4 *d, Py_ssize_t n, int *alen)
{
    if (n < 2 || d[0] != '0') return 0;
    int a = area_len(d);
    *alen = a;
    if (n < a) return 0;
    return a == 3 ? g_area3[num(d + 1, 2)] : g_area4[num(d + 1, 3)];
}

static int fits(const Py_UCS4 *d, Py_ssize_t n)
{
    int a = 0;
    uint64_t mask = area_mask(d, n, &a);
    return mask != 0 && n - a < 64 && ((mask >> (n - a)) & 1);
}

static int check_landline(Py_UCS4 *v, Py_ssize_t n)
{
    /* str.strip() */
    Py_ssize_t a = 0, b = n;
    while (a < b && Py_UNICODE_ISSPACE(v[a])) a++;
    while (b > a && Py_UNICODE_ISSPACE(v[b - 1])) b--;
    /* _strip_country: "+86" / "0086" / "86" (_COUNTRY_PREFIXES), then lstrip(" -()（）"), then
     * the trunk 0 */
    Py_UCS4 *w = v + a;
    Py_ssize_t m = b - a;
    int cc = starts(w, m, "+86") ? 3 : starts(w, m, "0086") ? 4 : starts(w, m, "86") ? 2 : 0;
    if (cc) {
        Py_ssize_t r = cc;
        while (r < m && (w[r] == ' ' || w[r] == '-' || w[r] == '(' || w[r] == ')' ||
                         w[r] == 0xFF08 || w[r] == 0xFF09))
            r++;
        if (r < m && w[r] == '0') {
            w += r; m -= r;
        } else {
            /* "0" + rest: r >= 2, so the slot before rest is free to overwrite */
            w += r - 1; m -= r - 1;
            w[0] = '0';
        }
    }
    /* _EXT_MARK: (?:转|分机|EXT\.?|X|#)\s*([0-9]+)\s*$ (ASCII, ignore case; w is upper-cased
     * and does not end in whitespace, so the digits are the trailing digit run) */
    int hash = 0;
    for (Py_ssize_t i = 0; i < m; i++)
        if (w[i] == '#') { hash = 1; break; }
    Py_ssize_t ext = -1, end = m;
    {
        Py_ssize_t p = m;
        while (p > 0 && ISD(w[p - 1])) p--;
        if (p < m) {
            Py_ssize_t q = p;
            while (q > 0 && ascii_space(w[q - 1])) q--;
            Py_ssize_t start = -1;
            if (q >= 1) {
                Py_UCS4 c = w[q - 1];
                if (c == CH_ZHUAN || c == 'X' || c == '#') start = q - 1;
                else if (c == CH_JI && q >= 2 && w[q - 2] == CH_FEN) start = q - 2;
                else if (c == '.' && q >= 4 && w[q - 4] == 'E' && w[q - 3] == 'X' && w[q - 2] == 'T')
                    start = q - 4;
                else if (c == 'T' && q >= 3 && w[q - 3] == 'E' && w[q - 2] == 'X') start = q - 3;
            }
            if (start >= 0) {
                ext = m - p;
                end = start;
            }
        }
    }
    if (hash && ext < 0) return 0;
    /* groups: every non-separator must be a digit; digits are joined in place */
    Py_ssize_t nd = 0, ngroups = 0, last = 0;
    int in_group = 0;
    for (Py_ssize_t i = 0; i < end; i++) {
        Py_UCS4 c = w[i];
        if (ISD(c)) {
            if (!in_group) { ngroups++; last = nd; in_group = 1; }
            w[nd++] = c;  /* nd <= i */
        } else if (group_sep(c)) {
            in_group = 0;
        } else {
            return 0;
        }
    }
    if (ngroups == 0) return 0;
    if (ext < 0 && ngroups >= 3 && !fits(w, nd) && fits(w, last)) {
        ext = nd - last;
        nd = last;
    }
    /* _parse */
    int al = 0;
    uint64_t mask = area_mask(w, nd, &al);
    if (mask == 0) return 0;
    Py_ssize_t local = nd - al;
    if (local < 7 || local > 8 || !((mask >> local) & 1)) return 0;
    if (w[al] == '0' || w[al] == '1') return 0;
    if (ext >= 0 && (ext < 1 || ext > 6)) return 0;
    return 1;
}

/* ------------------------------------------------------------------------------------------ */

static const Py_ssize_t CAP[CN_KIND_COUNT] = {
    18,         /* resident_id */
    15,         /* mobile_phone: 0086 + 11 */
    MAX_CLEAN,  /* landline_phone */
    19,         /* bank_card */
    30,         /* bank_account */
    18,         /* uscc */
    9,          /* passport */
    11,         /* hk_macau_permit */
    11,         /* taiwan_permit */
    8,          /* license_plate */
};

static int ensure(unsigned need);

/* the table groups each kind's check reads (card_has_issuer adds G_BINS) */
static const unsigned NEEDS[CN_KIND_COUNT] = {
    G_BASE | G_REGIONS, G_BASE | G_SEGMENTS, G_BASE | G_AREAS, G_BASE, G_BASE, G_BASE, G_BASE,
    G_BASE, G_BASE, G_BASE,
};

/* 1 valid, 0 not, -1 with an exception set (a table that failed to load) */
static int run_check(int kind, int ukind, const void *data, Py_ssize_t n, int issuer)
{
    Py_UCS4 buf[MAX_CLEAN];
    Py_ssize_t m;
    /* one copy of the loop per string kind, so that the reads are not dispatched per character */
    switch (ukind) {
    case PyUnicode_1BYTE_KIND: m = clean_into(kind, PyUnicode_1BYTE_KIND, data, n, buf, CAP[kind]); break;
    case PyUnicode_2BYTE_KIND: m = clean_into(kind, PyUnicode_2BYTE_KIND, data, n, buf, CAP[kind]); break;
    default: m = clean_into(kind, PyUnicode_4BYTE_KIND, data, n, buf, CAP[kind]); break;
    }
    if (m < 0) return 0;
    switch (kind) {
    case CN_RESIDENT_ID: return check_resident_id(buf, m);
    case CN_MOBILE_PHONE: return check_mobile(buf, m);
    case CN_LANDLINE_PHONE: return check_landline(buf, m);
    case CN_BANK_CARD:
        if (!check_bank_card(buf, m)) return 0;
        if (!issuer && !g_card_bin_required[m]) return 1;
        if (!(g_loaded & G_BINS) && ensure(G_BINS) < 0) return -1;
        return has_bin(buf, m);
    case CN_BANK_ACCOUNT: return check_bank_account(buf, m);
    case CN_USCC: return check_uscc(buf, m);
    case CN_PASSPORT: return check_passport(buf, m);
    case CN_HK_MACAU_PERMIT: return check_hk_macau(buf, m);
    case CN_TAIWAN_PERMIT: return check_taiwan(buf, m);
    case CN_LICENSE_PLATE: return check_plate(buf, m);
    default: return 0;
    }
}


/* ------------------------------------------------------------------------------------------ */
/* loading                                                                                    */

static void free_group(unsigned g)
{
    if (g == G_BASE) {
        PyMem_Free(g_half); g_half = NULL; g_nhalf = 0;
        PyMem_Free(g_upper); g_upper = NULL; g_nupper = 0;
        PyMem_Free(g_upout); g_upout = NULL;
        PyMem_Free(g_permit); g_permit = NULL; g_npermit = 0;
        PyMem_Free(g_prov); g_prov = NULL; g_nprov = 0;
        PyMem_Free(g_suffix); g_suffix = NULL; g_nsuffix = 0;
        for (int k = 0; k < CN_KIND_COUNT; k++) { PyMem_Free(g_del[k]); g_del[k] = NULL; g_ndel[k] = 0; }
    } else if (g == G_REGIONS) {
        memset(g_region, 0, sizeof g_region);
    } else if (g == G_SEGMENTS) {
        memset(g_seg3, 0, sizeof g_seg3); memset(g_seg4, 0, sizeof g_seg4); memset(g_seg5, 0, sizeof g_seg5);
    } else if (g == G_AREAS) {
        memset(g_area3, 0, sizeof g_area3); memset(g_area4, 0, sizeof g_area4);
    } else if (g == G_BINS) {
        for (int k = 0; k < 20; k++) { PyMem_Free(g_bins[k]); g_bins[k] = NULL; g_nbins[k] = 0; }
    }
}

static int cmp_ucs4(const void *a, const void *b)
{
    Py_UCS4 x = *(const Py_UCS4 *)a, y = *(const Py_UCS4 *)b;
    return (x > y) - (x < y);
}
static int cmp_cpmap(const void *a, const void *b)
{
    Py_UCS4 x = ((const cpmap *)a)->cp, y = ((const cpmap *)b)->cp;
    return (x > y) - (x < y);
}
static int cmp_i32(const void *a, const void *b)
{
    int32_t x = *(const int32_t *)a, y = *(const int32_t *)b;
    return (x > y) - (x < y);
}
static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

static PyObject *get_item(PyObject *d, const char *key)
{
    PyObject *v = PyDict_GetItemString(d, key);  /* borrowed */
    if (v == NULL && !PyErr_Occurred())
        PyErr_Format(PyExc_KeyError, "_checks tables: missing %s", key);
    return v;
}

/* a str's code points as a new sorted PyMem array */
static Py_UCS4 *str_set(PyObject *s, Py_ssize_t *n)
{
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "_checks tables: a str was expected");
        return NULL;
    }
    Py_UCS4 *buf = PyUnicode_AsUCS4Copy(s);
    if (buf == NULL) return NULL;
    Py_ssize_t len = PyUnicode_GET_LENGTH(s);
    Py_UCS4 *out = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(len + 1));
    if (out == NULL) { PyMem_Free(buf); PyErr_NoMemory(); return NULL; }
    if (len) memcpy(out, buf, sizeof(Py_UCS4) * (size_t)len);
    PyMem_Free(buf);
    qsort(out, (size_t)len, sizeof(Py_UCS4), cmp_ucs4);
    *n = len;
    return out;
}

/* an ASCII letter set from a str (non-ASCII characters are an error) */
static int ascii_set(PyObject *d, const char *key, unsigned char set[128])
{
    PyObject *s = get_item(d, key);
    if (s == NULL) return -1;
    Py_ssize_t n = 0;
    Py_UCS4 *cps = str_set(s, &n);
    if (cps == NULL) return -1;
    memset(set, 0, 128);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (cps[i] >= 128) {
            PyMem_Free(cps);
            PyErr_Format(PyExc_ValueError, "_checks tables: %s is not ASCII", key);
            return -1;
        }
        set[cps[i]] = 1;
    }
    PyMem_Free(cps);
    return 0;
}

/* s is a str of exactly `len` ASCII digits: its value, else -1 */
static long long digit_key(PyObject *s, Py_ssize_t len)
{
    if (!PyUnicode_Check(s) || PyUnicode_GET_LENGTH(s) != len) return -1;
    int k = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    long long x = 0;
    for (Py_ssize_t i = 0; i < len; i++) {
        Py_UCS4 c = PyUnicode_READ(k, data, i);
        if (!ISD(c)) return -1;
        x = x * 10 + (long long)(c - '0');
    }
    return x;
}

static int int_list(PyObject *d, const char *key, int *out, Py_ssize_t n)
{
    PyObject *seq = get_item(d, key);
    if (seq == NULL) return -1;
    PyObject *fast = PySequence_Fast(seq, "_checks tables: a sequence was expected");
    if (fast == NULL) return -1;
    if (PySequence_Fast_GET_SIZE(fast) != n) {
        Py_DECREF(fast);
        PyErr_Format(PyExc_ValueError, "_checks tables: %s has the wrong length", key);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        long x = PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, i));
        if (x == -1 && PyErr_Occurred()) { Py_DECREF(fast); return -1; }
        out[i] = (int)x;
    }
    Py_DECREF(fast);
    return 0;
}

static int chars_list(PyObject *d, const char *key, Py_UCS4 *out, Py_ssize_t n)
{
    PyObject *s = get_item(d, key);
    if (s == NULL) return -1;
    if (!PyUnicode_Check(s) || PyUnicode_GET_LENGTH(s) != n) {
        PyErr_Format(PyExc_ValueError, "_checks tables: %s has the wrong length", key);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) out[i] = PyUnicode_ReadChar(s, i);
    return 0;
}

/* iterate the keys of an iterable of strs: call f(key) */
typedef int (*key_fn)(PyObject *key, PyObject *value);

static int each(PyObject *d, const char *key, key_fn f)
{
    PyObject *obj = get_item(d, key);
    if (obj == NULL) return -1;
    int is_dict = PyDict_Check(obj);
    PyObject *it = PyObject_GetIter(obj);
    if (it == NULL) return -1;
    PyObject *k;
    while ((k = PyIter_Next(it)) != NULL) {
        PyObject *val = is_dict ? PyDict_GetItemWithError(obj, k) : NULL;
        int r = (is_dict && val == NULL) ? -1 : f(k, val);
        Py_DECREF(k);
        if (r < 0) { Py_DECREF(it); return -1; }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

static int add_region(PyObject *k, PyObject *v)
{
    (void)v;
    long long x = digit_key(k, 6);
    if (x >= 0) SETBIT(g_region, x);
    return 0;
}

static int add_segment(PyObject *k, PyObject *v)
{
    (void)v;
    long long x;
    if ((x = digit_key(k, 3)) >= 0) SETBIT(g_seg3, x);
    else if ((x = digit_key(k, 4)) >= 0) SETBIT(g_seg4, x);
    else if ((x = digit_key(k, 5)) >= 0) SETBIT(g_seg5, x);
    return 0;
}

static int add_area(PyObject *k, PyObject *lengths)
{
    uint64_t mask = 0;
    PyObject *it = PyObject_GetIter(lengths);
    if (it == NULL) return -1;
    PyObject *x;
    while ((x = PyIter_Next(it)) != NULL) {
        long n = PyLong_AsLong(x);
        Py_DECREF(x);
        if (n == -1 && PyErr_Occurred()) { Py_DECREF(it); return -1; }
        if (n < 0 || n >= 64) {
            Py_DECREF(it);
            PyErr_SetString(PyExc_ValueError, "_checks tables: unsupported local-number length");
            return -1;
        }
        mask |= (uint64_t)1 << n;
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) return -1;
    /* only keys _parse can reach: "0" + "1x"/"2x" (3 digits) or "0" + 3 digits not 1/2 */
    long long v3 = digit_key(k, 3), v4 = digit_key(k, 4);
    if (v3 >= 0 && v3 < 100 && (v3 / 10 == 1 || v3 / 10 == 2)) g_area3[v3] = mask;
    else if (v4 >= 0 && v4 < 1000 && v4 / 100 != 1 && v4 / 100 != 2) g_area4[v4] = mask;
    return 0;
}

static Py_ssize_t bin_cap[20];

static int bin_push(Py_ssize_t len, uint64_t key)
{
    if (g_nbins[len] == bin_cap[len]) {
        Py_ssize_t cap = bin_cap[len] ? 2 * bin_cap[len] : 64;
        uint64_t *p = PyMem_Realloc(g_bins[len], sizeof(uint64_t) * (size_t)cap);
        if (p == NULL) { PyErr_NoMemory(); return -1; }
        g_bins[len] = p;
        bin_cap[len] = cap;
    }
    g_bins[len][g_nbins[len]++] = key;
    return 0;
}

/* k: a BIN of 1..17 digits; v: the card lengths it is listed for (0: unknown) */
static int add_bin(PyObject *k, PyObject *v)
{
    if (!PyUnicode_Check(k) || v == NULL) {
        PyErr_SetString(PyExc_TypeError, "_checks: bins must map BIN strings to card lengths");
        return -1;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(k);
    long long x = (len >= 1 && len <= 17) ? digit_key(k, len) : -1;
    if (x < 0) {
        PyErr_SetString(PyExc_ValueError, "_checks: a BIN must be 1 to 17 digits");
        return -1;
    }
    PyObject *it = PyObject_GetIter(v);
    if (it == NULL) return -1;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        long cardlen = PyLong_AsLong(item);
        Py_DECREF(item);
        if (cardlen == -1 && PyErr_Occurred()) { Py_DECREF(it); return -1; }
        if (cardlen < 0 || cardlen > 19) {
            Py_DECREF(it);
            PyErr_SetString(PyExc_ValueError, "_checks: a card length must be 0 (unknown) to 19");
            return -1;
        }
        if (bin_push(len, BIN_KEY((uint64_t)x, cardlen)) < 0) { Py_DECREF(it); return -1; }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

static Py_ssize_t g_npermit_cap = 0;

static int add_permit(PyObject *k, PyObject *v)
{
    (void)v;
    long long x = digit_key(k, 6);
    if (x < 0) return 0;
    if (g_npermit == g_npermit_cap) {
        Py_ssize_t cap = g_npermit_cap ? 2 * g_npermit_cap : 8;
        int32_t *p = PyMem_Realloc(g_permit, sizeof(int32_t) * (size_t)cap);
        if (p == NULL) { PyErr_NoMemory(); return -1; }
        g_permit = p;
        g_npermit_cap = cap;
    }
    g_permit[g_npermit++] = (int32_t)x;
    return 0;
}

/* is c something a check could accept (so an upper-case mapping to it matters)? */
static int accepted_char(Py_UCS4 c)
{
    return c < 128 || Py_UNICODE_ISSPACE(c) || c == CH_SHI || c == CH_LING || c == CH_ZHUAN ||
           c == CH_FEN || c == CH_JI || cp_in(g_prov, g_nprov, c) || cp_in(g_suffix, g_nsuffix, c);
}

/* Find every non-ASCII character whose str.upper() differs from it and contains an accepted
 * character, by running str.upper() itself on the candidates (separated by NULs). Candidates are
 * the cased characters and those with a simple upper-case mapping: a full mapping only differs
 * from the character for those. Only planes 0 and 1 are scanned: Unicode places no cased
 * character beyond them (planes 2-3 ideographs, 14 tags and selectors, 15-16 private use); the
 * tests compare the result with clean() on every code point. */
static int load_upper(void)
{
    Py_ssize_t ncand = 0, capc = 4096;
    Py_UCS4 *src = PyMem_Malloc(sizeof(Py_UCS4) * 2 * (size_t)capc);
    if (src == NULL) { PyErr_NoMemory(); return -1; }
    for (Py_UCS4 cp = 128; cp < 0x20000; cp++) {
        if (!(Py_UNICODE_ISLOWER(cp) || Py_UNICODE_ISUPPER(cp) || Py_UNICODE_ISTITLE(cp) ||
              Py_UNICODE_TOUPPER(cp) != cp))
            continue;
        if (ncand == capc) {
            Py_UCS4 *p = PyMem_Realloc(src, sizeof(Py_UCS4) * 4 * (size_t)capc);
            if (p == NULL) { PyMem_Free(src); PyErr_NoMemory(); return -1; }
            src = p;
            capc *= 2;
        }
        src[2 * ncand] = cp;
        src[2 * ncand + 1] = 0;
        ncand++;
    }
    PyObject *s = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, src, 2 * ncand);
    if (s == NULL) { PyMem_Free(src); return -1; }
    PyObject *u = PyObject_CallMethod(s, "upper", NULL);
    Py_DECREF(s);
    if (u == NULL) { PyMem_Free(src); return -1; }
    int uk = PyUnicode_KIND(u);
    const void *ud = PyUnicode_DATA(u);
    Py_ssize_t ul = PyUnicode_GET_LENGTH(u), j = 0, cap = 0, count = 0;
    int rc = 0;
    for (Py_ssize_t i = 0; i < ncand && rc == 0; i++) {
        Py_UCS4 cp = src[2 * i];
        Py_UCS4 seg[8];
        int sl = 0;
        while (j < ul) {
            Py_UCS4 c = PyUnicode_READ(uk, ud, j);
            j++;
            if (c == 0) break;
            if (sl < 8) seg[sl] = c;
            sl++;
        }
        if (sl == 1 && seg[0] == cp) continue;
        int keep = 0;
        for (int t = 0; t < sl && t < 8; t++)
            if (accepted_char(seg[t])) keep = 1;
        if (!keep) continue;
        if (sl > 3) {
            PyErr_SetString(PyExc_ValueError, "_checks: an upper-case mapping is too long");
            rc = -1;
            break;
        }
        if (count == cap) {
            Py_ssize_t nc = cap ? 2 * cap : 32;
            cpmap *p = PyMem_Realloc(g_upper, sizeof(cpmap) * (size_t)nc);
            if (p) g_upper = p;
            Py_UCS4 *q = p ? PyMem_Realloc(g_upout, sizeof(Py_UCS4) * 3 * (size_t)nc) : NULL;
            if (q) g_upout = q;
            if (p == NULL || q == NULL) {
                PyErr_NoMemory();
                rc = -1;
                break;
            }
            cap = nc;
        }
        g_upper[count].cp = cp;
        g_upper[count].v = (int32_t)count;
        for (int t = 0; t < 3; t++) g_upout[3 * count + t] = t < sl ? seg[t] : 0;
        count++;
    }
    Py_DECREF(u);
    PyMem_Free(src);
    g_nupper = count;  /* in code point order: already sorted */
    return rc;
}

static int load_base(PyObject *d)
{
    g_npermit_cap = 0;
    /* half-width map and per-kind separators */
    {
        PyObject *mi = get_item(d, "max_input");
        if (mi == NULL) goto fail;
        g_max_input = PyLong_AsSsize_t(mi);
        if (g_max_input == -1 && PyErr_Occurred()) goto fail;
        if (g_max_input < 0 || g_max_input > CN_MAX_INPUT) {
            PyErr_SetString(PyExc_ValueError, "_checks: unsupported max_input");
            goto fail;
        }
        PyObject *half = get_item(d, "halfwidth");
        if (half == NULL || !PyDict_Check(half)) {
            if (!PyErr_Occurred()) PyErr_SetString(PyExc_TypeError, "_checks: halfwidth");
            goto fail;
        }
        g_half = PyMem_Malloc(sizeof(cpmap) * (size_t)(PyDict_Size(half) + 1));
        if (g_half == NULL) { PyErr_NoMemory(); goto fail; }
        Py_ssize_t pos = 0;
        PyObject *k, *v;
        while (PyDict_Next(half, &pos, &k, &v)) {
            long cp = PyLong_AsLong(k);
            if (cp == -1 && PyErr_Occurred()) goto fail;
            long to = v == Py_None ? -1 : PyLong_AsLong(v);
            if (to == -1 && v != Py_None) {
                if (PyErr_Occurred()) goto fail;
            }
            if (cp < 128 || cp > 0x10FFFF || to >= 128 || to < -1) {
                PyErr_SetString(PyExc_ValueError, "_checks: unsupported half-width entry");
                goto fail;
            }
            g_half[g_nhalf].cp = (Py_UCS4)cp;
            g_half[g_nhalf].v = (int32_t)to;
            g_nhalf++;
        }
        qsort(g_half, (size_t)g_nhalf, sizeof(cpmap), cmp_cpmap);

        PyObject *seps = get_item(d, "deletechars");
        if (seps == NULL) goto fail;
        if (!PyTuple_Check(seps) || PyTuple_GET_SIZE(seps) != CN_KIND_COUNT) {
            PyErr_SetString(PyExc_ValueError, "_checks: deletechars needs one str per kind");
            goto fail;
        }
        for (int kind = 0; kind < CN_KIND_COUNT; kind++) {
            Py_ssize_t nd = 0;
            Py_UCS4 *cps = str_set(PyTuple_GET_ITEM(seps, kind), &nd);
            if (cps == NULL) goto fail;
            unsigned char *asc = g_ascii[kind];
            for (int c = 0; c < 128; c++) asc[c] = (unsigned char)(c >= 'a' && c <= 'z' ? c - 32 : c);
            Py_ssize_t w = 0;
            for (Py_ssize_t i = 0; i < nd; i++) {
                if (cps[i] < 128) asc[cps[i]] = DEL;
                else cps[w++] = cps[i];
            }
            g_del[kind] = cps;
            g_ndel[kind] = w;
        }
    }

    /* bank_card */
    {
        memset(g_card_bin_required, 0, sizeof g_card_bin_required);
        PyObject *req = get_item(d, "card_bin_required_lengths");
        if (req == NULL) goto fail;
        PyObject *it = PyObject_GetIter(req);
        if (it == NULL) goto fail;
        PyObject *item;
        while ((item = PyIter_Next(it)) != NULL) {
            long n = PyLong_AsLong(item);
            Py_DECREF(item);
            if (n < 0 || n > 19) {
                Py_DECREF(it);
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_ValueError, "_checks: unsupported card length");
                goto fail;
            }
            g_card_bin_required[n] = 1;
        }
        Py_DECREF(it);
        if (PyErr_Occurred()) goto fail;
    }

    /* resident_id */
    if (each(d, "permit_codes", add_permit) < 0) goto fail;
    qsort(g_permit, (size_t)g_npermit, sizeof(int32_t), cmp_i32);
    if (int_list(d, "id_weights", g_id_weights, 17) < 0) goto fail;
    if (chars_list(d, "id_check_chars", g_id_chars, 11) < 0) goto fail;

    /* uscc */
    if (chars_list(d, "uscc_alphabet", g_uscc_alpha, 31) < 0) goto fail;
    memset(g_uscc_val, -1, sizeof g_uscc_val);
    for (int i = 0; i < 31; i++) {
        Py_UCS4 c = g_uscc_alpha[i];
        if (!(ISD(c) || (c >= 'A' && c <= 'Z'))) {
            PyErr_SetString(PyExc_ValueError, "_checks: unsupported USCC alphabet");
            goto fail;
        }
        g_uscc_val[c] = (signed char)i;
    }
    if (int_list(d, "uscc_weights", g_uscc_w, 17) < 0) goto fail;
    if (int_list(d, "uscc_org_weights", g_uscc_orgw, 8) < 0) goto fail;

    /* shapes */
    if (ascii_set(d, "passport_letters", g_pp_letter) < 0) goto fail;
    if (ascii_set(d, "hk_macau_letters", g_hk_letter) < 0) goto fail;
    if (ascii_set(d, "plate_serial", g_plate_serial) < 0) goto fail;
    if (ascii_set(d, "plate_energy", g_plate_energy) < 0) goto fail;
    {
        PyObject *p = get_item(d, "plate_provinces");
        if (p == NULL || (g_prov = str_set(p, &g_nprov)) == NULL) goto fail;
        p = get_item(d, "plate_suffixes");
        if (p == NULL || (g_suffix = str_set(p, &g_nsuffix)) == NULL) goto fail;
    }

    if (load_upper() < 0) goto fail;
    return 0;
fail:
    return -1;
}

static int load_group(unsigned g)
{
    int idx = 0;
    while (idx < 5 && (1u << idx) != g) idx++;
    if (idx == 5) {
        PyErr_SetString(PyExc_SystemError, "_checks: unknown table group");
        return -1;
    }
    PyObject *mod = PyImport_ImportModule("cnpii.identifiers._native");
    if (mod == NULL) return -1;
    PyObject *d = PyObject_CallMethod(mod, "tables", "s", GROUP_NAMES[idx]);
    Py_DECREF(mod);
    if (d == NULL) return -1;
    if (!PyDict_Check(d)) {
        Py_DECREF(d);
        PyErr_SetString(PyExc_TypeError, "_checks: tables() must return a dict");
        return -1;
    }
    free_group(g);
    int r = 0;
    switch (g) {
    case G_BASE:
        r = load_base(d);
        break;
    case G_REGIONS:
        r = each(d, "regions", add_region);
        break;
    case G_SEGMENTS:
        r = each(d, "segments", add_segment);
        break;
    case G_AREAS:
        r = each(d, "area_codes", add_area);
        break;
    case G_BINS:
        memset(bin_cap, 0, sizeof bin_cap);
        r = each(d, "bins", add_bin);
        for (int len = 0; r == 0 && len < 20; len++)
            if (g_nbins[len]) qsort(g_bins[len], (size_t)g_nbins[len], sizeof(uint64_t), cmp_u64);
        break;
    }
    Py_DECREF(d);
    if (r < 0) {
        free_group(g);
        return -1;
    }
    g_loaded |= g;
    return 0;
}

static int ensure(unsigned need)
{
    for (unsigned g = 1; g <= G_BINS; g <<= 1)
        if ((need & g) && !(g_loaded & g) && load_group(g) < 0) return -1;
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Python functions                                                                           */

static PyObject *py_is_valid(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "is_valid(kind, s) takes 2 arguments");
        return NULL;
    }
    long kind = PyLong_AsLong(args[0]);
    if (kind == -1 && PyErr_Occurred()) return NULL;
    if (kind < 0 || kind >= CN_KIND_COUNT) {
        PyErr_SetString(PyExc_ValueError, "unknown identifier kind");
        return NULL;
    }
    PyObject *s = args[1];
    if (!PyUnicode_Check(s)) Py_RETURN_FALSE;
    if ((g_loaded & NEEDS[kind]) != NEEDS[kind] && ensure(NEEDS[kind]) < 0) return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(s) < 0) return NULL;
#endif
    int r = run_check((int)kind, PyUnicode_KIND(s), PyUnicode_DATA(s), PyUnicode_GET_LENGTH(s), 0);
    if (r < 0) return NULL;
    if (r) Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

static PyObject *py_card_has_issuer(PyObject *self, PyObject *s)
{
    (void)self;
    if (!PyUnicode_Check(s)) Py_RETURN_FALSE;
    if (ensure(G_BASE | G_BINS) < 0) return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(s) < 0) return NULL;
#endif
    int r = run_check(CN_BANK_CARD, PyUnicode_KIND(s), PyUnicode_DATA(s), PyUnicode_GET_LENGTH(s), 1);
    if (r < 0) return NULL;
    if (r) Py_RETURN_TRUE;
    Py_RETURN_FALSE;
}

/* _compact(kind, s): the compact form the checks work on (tests compare it with clean()) */
static PyObject *py_compact(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    (void)self;
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "_compact(kind, s) takes 2 arguments");
        return NULL;
    }
    long kind = PyLong_AsLong(args[0]);
    if (kind == -1 && PyErr_Occurred()) return NULL;
    if (kind < 0 || kind >= CN_KIND_COUNT || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_ValueError, "_compact(kind, s): bad arguments");
        return NULL;
    }
    if (ensure(NEEDS[kind]) < 0) return NULL;
    PyObject *s = args[1];
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(s) < 0) return NULL;
#endif
    Py_UCS4 *buf = PyMem_Malloc(sizeof(Py_UCS4) * MAX_CLEAN);
    if (buf == NULL) return PyErr_NoMemory();
    Py_ssize_t m = clean_into((int)kind, PyUnicode_KIND(s), PyUnicode_DATA(s),
                              PyUnicode_GET_LENGTH(s), buf, MAX_CLEAN);
    PyObject *r = m < 0 ? Py_NewRef(Py_None)
                        : PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, m);
    PyMem_Free(buf);
    return r;
}

static PyObject *py_init(PyObject *self, PyObject *unused)
{
    (void)self; (void)unused;
    if (ensure(G_ALL) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyObject *py_reload(PyObject *self, PyObject *unused)
{
    (void)self; (void)unused;
    g_loaded = 0;
    if (ensure(G_ALL) < 0) return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"is_valid", (PyCFunction)(void (*)(void))py_is_valid, METH_FASTCALL,
     "is_valid(kind, s): cnpii.identifiers.<KINDS[kind]>.is_valid(s) for a str s (False for "
     "anything else)."},
    {"card_has_issuer", py_card_has_issuer, METH_O,
     "card_has_issuer(s): whether cnpii.identifiers.bank_card.issuer(s) returns an issuer."},
    {"_compact", (PyCFunction)(void (*)(void))py_compact, METH_FASTCALL,
     "_compact(kind, s): the compact form the check of that kind works on (None: too long)."},
    {"_init", py_init, METH_NOARGS, "Load all tables now (each group loads on first need otherwise)."},
    {"_reload", py_reload, METH_NOARGS, "Load all tables again (tests)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "_checks",
    "The compiled identifier checks; tables load on first use.",
    -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__checks(void)
{
    static const char *const kinds[CN_KIND_COUNT] = {
        "resident_id", "mobile_phone", "landline_phone", "bank_card", "bank_account", "uscc",
        "passport", "hk_macau_permit", "taiwan_permit", "license_plate",
    };
    PyObject *m = PyModule_Create(&moduledef);
    if (m == NULL) return NULL;
    PyObject *t = PyTuple_New(CN_KIND_COUNT);
    if (t == NULL) { Py_DECREF(m); return NULL; }
    for (int i = 0; i < CN_KIND_COUNT; i++) {
        PyObject *s = PyUnicode_FromString(kinds[i]);
        if (s == NULL) { Py_DECREF(t); Py_DECREF(m); return NULL; }
        PyTuple_SET_ITEM(t, i, s);
    }
    if (PyModule_AddObject(m, "KINDS", t) < 0) { Py_DECREF(t); Py_DECREF(m); return NULL; }
    return m;
}
