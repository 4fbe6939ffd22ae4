/* cnpii.detection._cidents: the compiled form of the identifier candidate pass of
 * cnpii/detection/_identifiers.py (digit runs, letter-digit tokens, grouped USCCs, licence
 * plates) together with the context analysis of _context.py.
 *
 * It gives exactly the candidates the pure-Python functions give (tests/test_cidents_native.py
 * compares them); every pattern below is a hand-written, linear-time emulation of the Python
 * regular expression named in its comment. Checks are never re-implemented here: validity comes
 * from cnpii.identifiers._checks through its capsule (_checks_api.h). Nor is knowledge: every word
 * list, character set, base score and explanation comes from the Python modules through init()
 * (the tables below are empty until then), so this file matches whatever words it is given.
 *
 * find(text, norm, lo, hi, wanted) -> list of Candidate(start, end, entity, score, explanation)
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

#include "_checks_api.h"

static const cn_checks_api *API = NULL;
/* two kinds beyond the identifier checks, found here without a cnpii.identifiers module */
#define K_IP CN_KIND_COUNT
#define K_EMAIL (CN_KIND_COUNT + 1)
#define N_KINDS (CN_KIND_COUNT + 2)
static PyObject *ENT[N_KINDS];  /* the cnpii.Entity member of each kind */
static PyTypeObject *CANDIDATE = NULL; /* _identifiers.Candidate (a tuple subclass) */

/* ----------------------------------------------------------------------------------------- */
/* context words: the trie of _context._ALL, as a sorted word list bucketed by first char */

#define MAX_WORDS 1024
#define MAX_WORD_LEN 32
typedef struct {
    Py_UCS4 w[MAX_WORD_LEN];
    int n;
    unsigned kinds; /* bit k: cue for kind k */
    int counter;    /* a counter-cue */
} Word;

static Word WORDS[MAX_WORDS];
static int N_WORDS = 0;
#define HBUCKETS 512
static int BUCKET_HEAD[HBUCKETS]; /* first word index with this hash of first char, -1 */
static int BUCKET_NEXT[MAX_WORDS];

/* the context window (_context.WINDOW) and the cue distances of _identifiers._adjust
 * (_CUE_NEAR_DISTANCE, _COUNTER_DISTANCE), given by init() */
#define MAX_WINDOW 64
static int WINDOW = 0, CUE_NEAR_DISTANCE = 0, COUNTER_DISTANCE = 0;

/* the scores and score changes of _identifiers (_BASE_*, _FLOOR_EMAIL, _NEEDS_CUE_BELOW,
 * _MIN_SCORE_COVERING, _CUE_NEAR, _CUE_FAR, _OTHER_CUE, _COUNTER), given by init() */
static struct {
    double landline_written, resident_id_15, uscc_digits, taiwan_alnum, uscc_grouped, email, email_floor, ip,
        plate, needs_cue_below, min_score_covering, cue_near, cue_far, other_cue, counter;
} SCORE;

/* a list of words given by init(), with a bitmap of their first characters (all in the BMP) */
#define MAX_SET_WORDS 64
typedef struct {
    int n;
    int len[MAX_SET_WORDS];
    Py_UCS4 w[MAX_SET_WORDS][MAX_WORD_LEN];
    unsigned char first[0x10000 / 8];
} WordSet;

static inline int bmp_bit(const unsigned char *bits, Py_UCS4 c)
{
    return c <= 0xFFFF && (bits[c >> 3] & (1u << (c & 7)));
}

/* a set of single characters given by init() */
#define MAX_CHARS 16
typedef struct {
    int n;
    Py_UCS4 c[MAX_CHARS];
} CharSet;

static inline int in_set(Py_UCS4 c, const CharSet *set)
{
    for (int i = 0; i < set->n; i++)
        if (set->c[i] == c) return 1;
    return 0;
}

static int READY = 0; /* init() completed */
static WordSet AUTH_HINTS; /* _identifiers._AUTH_HINT_WORDS (for gates()), given by init() */

typedef struct {
    int done;
    int cue[N_KINDS]; /* distance from the last cue to the window end, -1 if none */
    int counter;
} Analysis;

static void analyse(const Py_UCS4 *w, Py_ssize_t n, Analysis *a)
{
    for (int k = 0; k < N_KINDS; k++) a->cue[k] = -1;
    a->counter = -1;
    a->done = 1;
    Py_ssize_t i = 0;
    while (i < n) {
        int best = -1, best_len = 0;
        for (int x = BUCKET_HEAD[w[i] % HBUCKETS]; x >= 0; x = BUCKET_NEXT[x]) {
            const Word *wd = &WORDS[x];
            if (wd->n <= best_len || wd->w[0] != w[i] || i + wd->n > n) continue;
            int ok = 1;
            for (int j = 1; j < wd->n; j++) {
                if (w[i + j] != wd->w[j]) { ok = 0; break; }
            }
            if (ok) { best = x; best_len = wd->n; }
        }
        if (best < 0) { i++; continue; }
        int d = (int)(n - (i + best_len));
        for (int k = 0; k < N_KINDS; k++)
            if (WORDS[best].kinds & (1u << k)) a->cue[k] = d;
        if (WORDS[best].counter) a->counter = d;
        i += best_len;
    }
}

/* ----------------------------------------------------------------------------------------- */
/* the scan context of one call */

typedef struct {
    const Py_UCS4 *text, *norm;
    Py_ssize_t lo, hi;
    unsigned wanted;
    /* window analysis of the current digit run (or token) */
    Analysis an;
    Py_ssize_t an_start;
} Scan;

/* _identifiers._window: text[max(lo, start-16):start], cut after its last newline, lower-cased
 * (str.lower: ASCII letters; KELVIN SIGN -> k; U+0130 -> i + U+0307; no other character lowers
 * to a character of any context word, which init() checks are ASCII, CJK or currency signs) */
static void window_analysis(Scan *sc, Py_ssize_t start, Analysis *out)
{
    Py_ssize_t a = start - WINDOW;
    if (a < sc->lo) a = sc->lo;
    for (Py_ssize_t i = start - 1; i >= a; i--) {
        if (sc->text[i] == '\n') { a = i + 1; break; }
    }
    Py_UCS4 buf[2 * MAX_WINDOW + 2];
    Py_ssize_t n = 0;
    for (Py_ssize_t i = a; i < start; i++) {
        Py_UCS4 c = sc->text[i];
        if (c >= 'A' && c <= 'Z') c += 32;
        else if (c == 0x212A) c = 'k';
        else if (c == 0x130) { buf[n++] = 'i'; c = 0x307; }
        buf[n++] = c;
    }
    analyse(buf, n, out);
}

static const Analysis *run_analysis(Scan *sc, Py_ssize_t start)
{
    if (!sc->an.done || sc->an_start != start) {
        window_analysis(sc, start, &sc->an);
        sc->an_start = start;
    }
    return &sc->an;
}

/* ----------------------------------------------------------------------------------------- */
/* explanations */

/* the explanations, all given by init() (the _WHY* strings of _identifiers) */
enum {
    W_DIGITS = 0,                       /* + kind: _WHY of the kind */
    W_ALNUM = CN_KIND_COUNT,            /* + kind: _WHY_ALNUM of the kind */
    W_GROUPED = 2 * CN_KIND_COUNT,      /* _WHY_GROUPED */
    W_PLATE,                            /* _WHY_PLATE */
    W_EMAIL,                            /* _WHY_EMAIL */
    W_IPV4,                             /* _WHY_IPV4 */
    W_COUNT
};
/* what the context adds, each flag the index of its string in WHY_FLAG */
#define F_OTHER 1   /* _WHY_OTHER_CUE */
#define F_CUE 2     /* _WHY_CUE */
#define F_COUNTER 4 /* _WHY_COUNTER */
#define F_UNIT 8    /* _WHY_UNIT */
#define F_EXT 16    /* _WHY_EXTENSION */
#define N_FLAGS 5
static PyObject *WHY_BASE[W_COUNT];
static PyObject *WHY_FLAG[N_FLAGS];
static PyObject *WHY_CACHE[W_COUNT][32];

static PyObject *why_string(int why, int flags)
{
    PyObject *s = WHY_CACHE[why][flags];
    if (s != NULL) { Py_INCREF(s); return s; }
    if (WHY_BASE[why] == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "cnpii._cidents: explanation missing");
        return NULL;
    }
    /* the order _adjust and _emit append them in (F_OTHER and F_CUE, F_COUNTER and F_UNIT
     * exclude each other) */
    s = WHY_BASE[why];
    Py_INCREF(s);
    for (int f = 0; f < N_FLAGS; f++) {
        if (!(flags & (1 << f))) continue;
        PyObject *t = PyUnicode_Concat(s, WHY_FLAG[f]);
        Py_DECREF(s);
        if (t == NULL) return NULL;
        s = t;
    }
    WHY_CACHE[why][flags] = s;
    Py_INCREF(s);
    return s;
}

typedef struct {
    Py_ssize_t s, e;
    int kind;
    double score;
    int why, flags;
} Cand;

/* ----------------------------------------------------------------------------------------- */
/* small character classes */

static inline int is_digit(Py_UCS4 c) { return c >= '0' && c <= '9'; }
static inline int is_upper_alnum(Py_UCS4 c) { return is_digit(c) || (c >= 'A' && c <= 'Z'); }
static inline int is_alnum(Py_UCS4 c) { return is_upper_alnum(c) || (c >= 'a' && c <= 'z'); }
static inline int is_sep(Py_UCS4 c) { return c == ' ' || c == '-'; }

/* the words of _context.COUNTER_AFTER_WORDS (given by init(), folded by ci_fold) */
static WordSet COUNTER_AFTER;

/* what re.IGNORECASE compares a character as, for the characters init() lets into a
 * case-insensitive word (ASCII, and caseless characters from U+3000 on): ASCII letters lower-cased,
 * and LONG S, KELVIN SIGN and the dotted and dotless I, which match s, k and i under re.I */
static inline Py_UCS4 ci_fold(Py_UCS4 c)
{
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c == 0x17F) return 's';
    if (c == 0x212A) return 'k';
    if (c == 0x130 || c == 0x131) return 'i';
    return c;
}

/* _context.COUNTER_AFTER (re.I) matched on text[end:min(hi, end + 5)]: \s*(?:word|word|...) --
 * white space, then one of the words (where the greedy \s* stops, or earlier if it backtracks) */
static int counter_after(const Scan *sc, Py_ssize_t end)
{
    Py_ssize_t lim = end + 5 < sc->hi ? end + 5 : sc->hi;
    Py_ssize_t p = end;
    const Py_UCS4 *t = sc->text;
    while (p < lim && Py_UNICODE_ISSPACE(t[p])) p++;
    for (; p >= end; p--) {
        for (int x = 0; x < COUNTER_AFTER.n; x++) {
            int n = COUNTER_AFTER.len[x];
            if (p + n > lim) continue;
            int j = 0;
            while (j < n && ci_fold(t[p + j]) == COUNTER_AFTER.w[x][j]) j++;
            if (j == n) return 1;
        }
    }
    return 0;
}

/* _identifiers._adjust */
static double adjust(Scan *sc, int kind, double base, Py_ssize_t end, const Analysis *an, int *flags)
{
    int cue = an->cue[kind];
    if (kind == CN_BANK_CARD && cue < 0) cue = an->cue[CN_BANK_ACCOUNT];  /* (see _adjust) */
    double score = base;
    int f = 0;
    if (cue < 0) {
        if (kind == CN_BANK_CARD && an->cue[CN_RESIDENT_ID] >= 0) {
            score += SCORE.other_cue;
            f |= F_OTHER;
        }
    } else {
        score += cue <= CUE_NEAR_DISTANCE ? SCORE.cue_near : SCORE.cue_far;
        f |= F_CUE;
    }
    int counter = an->counter;
    if (0 <= counter && counter <= COUNTER_DISTANCE && (cue < 0 || counter < cue)) {
        score += SCORE.counter;
        f |= F_COUNTER;
    } else if (end < sc->hi && counter_after(sc, end)) {
        score += SCORE.counter;
        f |= F_UNIT;
    }
    *flags = f;
    if (score > 1.0) score = 1.0;
    if (score < 0.0) score = 0.0;
    return score;
}

static int emit(PyObject *out, const Cand *c)
{
    PyObject *why = why_string(c->why, c->flags);
    if (why == NULL) return -1;
    PyObject *fields = Py_BuildValue("((nnOdN))", c->s, c->e, ENT[c->kind], c->score, why);
    if (fields == NULL) return -1;
    /* tuple.__new__(Candidate, fields): the NamedTuple without running Python code */
    PyObject *t = PyTuple_Type.tp_new(CANDIDATE, fields, NULL);
    Py_DECREF(fields);
    if (t == NULL) return -1;
    int r = PyList_Append(out, t);
    Py_DECREF(t);
    return r;
}

/* ----------------------------------------------------------------------------------------- */
/* digit runs: _identifiers._digit_runs and _best_for_span */

static double BASE[N_KINDS]; /* _identifiers._BASE of each kind, given by init() */

static Py_ssize_t CARD_MIN = 0, CARD_MAX = -1; /* bank_card.MIN_LENGTH, MAX_LENGTH, given by init() */

/* _digit_kinds_of, in its order */
static int digit_kinds(const Py_UCS4 *d, Py_ssize_t n, int prefixed, int *kinds)
{
    int k = 0;
    if (prefixed) {
        kinds[k++] = CN_MOBILE_PHONE;
        kinds[k++] = CN_LANDLINE_PHONE;
        return k;
    }
    if (n == 11 && d[0] == '1') kinds[k++] = CN_MOBILE_PHONE;
    if (n == 13 && d[0] == '8' && d[1] == '6' && d[2] == '1') kinds[k++] = CN_MOBILE_PHONE;
    if (d[0] == '0' && 9 <= n && n <= 17) kinds[k++] = CN_LANDLINE_PHONE;
    if (n == 15 || n == 18) kinds[k++] = CN_RESIDENT_ID;
    if (n == 18) kinds[k++] = CN_USCC;
    if (CARD_MIN <= n && n <= CARD_MAX) kinds[k++] = CN_BANK_CARD;
    if ((8 <= n && n <= 30 && d[0] != '0') || (10 <= n && n <= 30)) kinds[k++] = CN_BANK_ACCOUNT;
    if (n == 8 || n == 10) kinds[k++] = CN_TAIWAN_PERMIT;
    return k;
}

static WordSet SERVICE_PREFIXES; /* _identifiers._SERVICE_PREFIXES, given by init() */

/* digits.startswith(_SERVICE_PREFIXES) */
static int service_number(const Py_UCS4 *d, Py_ssize_t n)
{
    for (int x = 0; x < SERVICE_PREFIXES.n; x++) {
        int len = SERVICE_PREFIXES.len[x], j = 0;
        if (len > n) continue;
        while (j < len && d[j] == SERVICE_PREFIXES.w[x][j]) j++;
        if (j == len) return 1;
    }
    return 0;
}

static int best_for_span(Scan *sc, Py_ssize_t cs, Py_ssize_t ce, const Py_UCS4 *dig, Py_ssize_t nd,
                         int prefixed, Py_ssize_t run_start, Cand *best)
{
    int kinds[8];
    int nk = digit_kinds(dig, nd, prefixed, kinds);
    int have = 0;
    const Analysis *an = NULL;
    for (int x = 0; x < nk; x++) {
        int kind = kinds[x];
        if (!(sc->wanted & (1u << kind))) continue;
        double base = BASE[kind];
        if (kind == CN_LANDLINE_PHONE) {
            if (service_number(dig, nd)) continue;
            int sep = 0;
            for (Py_ssize_t i = cs; i < ce; i++)
                if (is_sep(sc->norm[i])) { sep = 1; break; }
            if (prefixed || sep) base = SCORE.landline_written;
        } else if (kind == CN_RESIDENT_ID && nd == 15) {
            base = SCORE.resident_id_15;
        } else if (kind == CN_USCC) {
            base = SCORE.uscc_digits;
        }
        if (have && best->kind == CN_RESIDENT_ID) {
            if (kind != CN_BANK_CARD) continue;
            if (an == NULL) an = run_analysis(sc, run_start);
            if (an->cue[kind] < 0) continue;
        }
        /* a valid card number (known issuer or card cue) is a card, after an account word too */
        if (have && best->kind == CN_BANK_CARD && kind == CN_BANK_ACCOUNT) continue;
        if (base < SCORE.needs_cue_below) {
            if (an == NULL) an = run_analysis(sc, run_start);
            if (an->cue[kind] < 0) continue;
        }
        if (kind == CN_BANK_CARD) {
            if (an == NULL) an = run_analysis(sc, run_start);
            if (an->cue[kind] < 0 && !API->card_has_issuer(dig, nd)) continue;
        }
        if (!API->is_valid(kind, sc->norm + cs, ce - cs)) continue;
        if (an == NULL) an = run_analysis(sc, run_start);
        int flags;
        double score = adjust(sc, kind, base, ce, an, &flags);
        if (!have || score > best->score) {
            best->s = cs;
            best->e = ce;
            best->kind = kind;
            best->score = score;
            best->why = W_DIGITS + kind;
            best->flags = flags;
            have = 1;
        }
    }
    return have;
}

/* _EXTENSION (re.I) at norm[end:hi]: (?:\s?(?:转|分机|ext\.?)|x|-)\s?[0-9]{1,5}(?![0-9]); the match
 * end or -1 */
static Py_ssize_t extension_at(const Scan *sc, Py_ssize_t p)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t hi = sc->hi;
    if (p >= hi) return -1;
    int spaced = 0; /* one white space may stand before 转, 分机 and ext only */
    if (Py_UNICODE_ISSPACE(t[p]) && p + 1 < hi) { p++; spaced = 1; }
    Py_ssize_t q;
    Py_UCS4 c = t[p];
    if (spaced && (c == '-' || c == 'x' || c == 'X')) return -1;
    if (c == 0x8F6C /*转*/ || c == '-') q = p + 1;
    else if (c == 0x5206 /*分*/ && p + 1 < hi && t[p + 1] == 0x673A /*机*/) q = p + 2;
    else if ((c == 'e' || c == 'E') && p + 2 < hi && (t[p + 1] == 'x' || t[p + 1] == 'X') &&
             (t[p + 2] == 't' || t[p + 2] == 'T')) {
        q = p + 3;
        /* ext\.? then \s?[0-9]: try with the dot first, then without */
        if (q < hi && t[q] == '.') {
            Py_ssize_t r = q + 1;
            if (r < hi && Py_UNICODE_ISSPACE(t[r]) && r + 1 < hi && is_digit(t[r + 1])) r++;
            Py_ssize_t d = r;
            while (d < hi && d - r < 5 && is_digit(t[d])) d++;
            if (d > r && !(d < hi && is_digit(t[d]))) return d;
            return -1; /* without the dot, \s?[0-9] would have to start at '.' */
        }
    } else if (c == 'x' || c == 'X') q = p + 1;
    else return -1;
    /* \s?[0-9]{1,5}(?![0-9]) */
    Py_ssize_t r = q;
    if (r < hi && Py_UNICODE_ISSPACE(t[r])) r++;
    Py_ssize_t d = r;
    while (d < hi && d - r < 5 && is_digit(t[d])) d++;
    if (d > r && !(d < hi && is_digit(t[d]))) return d;
    return -1;
}

static int emit_digits(Scan *sc, PyObject *out, Cand *c)
{
    if (c->kind == CN_LANDLINE_PHONE) {
        Py_ssize_t x = extension_at(sc, c->e);
        if (x >= 0 && API->is_valid(CN_LANDLINE_PHONE, sc->norm + c->s, x - c->s)) {
            c->e = x;
            c->flags |= F_EXT;
        }
    }
    return emit(out, c);
}

/* digits of norm[a:b] without anything but [0-9Xx] (_NONDIGIT.sub) */
static Py_ssize_t compact_digits(const Py_UCS4 *t, Py_ssize_t a, Py_ssize_t b, Py_UCS4 *dst)
{
    Py_ssize_t n = 0;
    for (Py_ssize_t i = a; i < b; i++) {
        Py_UCS4 c = t[i];
        if (is_digit(c) || c == 'X' || c == 'x') dst[n++] = c;
    }
    return n;
}

static int x_inside(const Py_UCS4 *d, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i + 1 < n; i++)
        if (d[i] == 'X' || d[i] == 'x') return 1;
    return 0;
}

/* _NUM at s (norm[s] is a digit not preceded by a digit): the match end or -1 */
static Py_ssize_t num_match(const Scan *sc, Py_ssize_t s)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t hi = sc->hi, p = s + 1;
    int it = 0;
    while (it < 44 && p < hi) {
        if (is_digit(t[p])) { p++; it++; continue; }
        if (is_sep(t[p])) {
            if (p + 2 < hi && is_sep(t[p + 1]) && is_digit(t[p + 2])) { p += 2; it++; continue; }
            if (p + 1 < hi && is_digit(t[p + 1])) { p += 1; it++; continue; }
        }
        break;
    }
    if (it < 5) return -1;
    if (p < hi && (t[p] == 'X' || t[p] == 'x')) p++;
    return p;
}

static CharSet PREFIX_CHARS, BRACKET_CHARS; /* _identifiers._PREFIX_CHARS, _BRACKET_CHARS */

static inline int is_open(Py_UCS4 c) { return c == '(' || c == 0xFF08; }
static inline int is_close(Py_UCS4 c) { return c == ')' || c == 0xFF09; }

/* _PREFIX_BEFORE.search(norm, max(lo, s - 7), s):
 * (?:[(（]\+?86[)）]|[(（]0[0-9]{2,3}[)）])[ -]?$ -- returns the match start and sets *area
 * when the bracket holds an area code ("(0" or "（0" in the match), or -1 */
static Py_ssize_t prefix_before(const Scan *sc, Py_ssize_t s, int *area)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t a = s - 7 > sc->lo ? s - 7 : sc->lo;
    Py_ssize_t end = s;
    /* the leftmost start whose match ends at s: try starts left to right */
    for (Py_ssize_t st = a; st < s; st++) {
        if (!is_open(t[st])) continue;
        /* with or without one trailing separator */
        for (int sep = 1; sep >= 0; sep--) {
            Py_ssize_t close = end - 1 - sep;
            if (sep && !(end - 1 >= st && is_sep(t[end - 1]))) continue;
            if (close <= st || !is_close(t[close])) continue;
            Py_ssize_t in = st + 1, n = close - in;
            /* \+?86 */
            if ((n == 2 && t[in] == '8' && t[in + 1] == '6') ||
                (n == 3 && t[in] == '+' && t[in + 1] == '8' && t[in + 2] == '6')) {
                *area = 0;
                return st;
            }
            if ((n == 3 || n == 4) && t[in] == '0') {
                int ok = 1;
                for (Py_ssize_t i = in + 1; i < close; i++)
                    if (!is_digit(t[i])) { ok = 0; break; }
                if (ok) { *area = 1; return st; }
            }
        }
    }
    return -1;
}

#define MAX_GROUPS 64

static int starts_with(const Py_UCS4 *t, Py_ssize_t a, Py_ssize_t b, const char *lit)
{
    Py_ssize_t n = (Py_ssize_t)strlen(lit);
    if (b - a < n) return 0;
    for (Py_ssize_t i = 0; i < n; i++)
        if (t[a + i] != (Py_UCS4)(unsigned char)lit[i]) return 0;
    return 1;
}

static int equals(const Py_UCS4 *t, Py_ssize_t a, Py_ssize_t b, const char *lit)
{
    return b - a == (Py_ssize_t)strlen(lit) && starts_with(t, a, b, lit);
}

/* _split_prefix: adjusts groups (may drop the first) and returns the prefix start or -1 */
static Py_ssize_t split_prefix(const Scan *sc, Py_ssize_t s, Py_ssize_t (*g)[2], int *k)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t lo = sc->lo;
    Py_ssize_t prefix_start = -1;
    int plus = s > lo && t[s - 1] == '+';
    if (s > lo && in_set(t[s - 1], &BRACKET_CHARS)) {
        int area = 0;
        Py_ssize_t pb = prefix_before(sc, s, &area);
        if (pb >= 0) {
            if (area) g[0][0] = pb;
            else prefix_start = pb;
        }
    }
    Py_ssize_t g0s = g[0][0], g0e = g[0][1];
    if (*k > 1 && (equals(t, g0s, g0e, "0086") || equals(t, g0s, g0e, "86")) && prefix_start < 0) {
        prefix_start = plus ? s - 1 : s;
        memmove(g, g + 1, sizeof(g[0]) * (size_t)(*k - 1));
        (*k)--;
    } else if (plus && starts_with(t, g0s, g0e, "86") && g0e - g0s > 2) {
        prefix_start = s - 1;
        g[0][0] = g0s + 2;
    } else if (starts_with(t, g0s, g0e, "0086") && g0e - g0s > 4) {
        prefix_start = s;
        g[0][0] = g0s + 4;
    }
    return prefix_start;
}

/* _identifiers._glued_after_token: the run follows the letters of a token holding digits */
static int glued_after_token(const Py_UCS4 *t, Py_ssize_t s, Py_ssize_t lo)
{
    Py_ssize_t i = s - 1;
    if (i < lo || !(t[i] < 128 && is_alnum(t[i]) && !is_digit(t[i]))) return 0;
    for (; i >= lo && t[i] < 128 && is_alnum(t[i]); i--)
        if (is_digit(t[i])) return 1;
    return 0;
}

static int digit_runs(Scan *sc, PyObject *out)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t lo = sc->lo, hi = sc->hi;
    Py_UCS4 dig[128]; /* a run has at most 46 digits, plus 4 of a bracketed area code */
    Py_ssize_t p = lo;
    while (p < hi) {
        if (!is_digit(t[p]) || (p >= 1 && is_digit(t[p - 1]))) { p++; continue; }
        Py_ssize_t s = p, e = num_match(sc, s);
        if (e < 0) { p++; continue; }
        p = e;
        if ((e < hi && t[e] < 128 && is_alnum(t[e])) || glued_after_token(t, s, lo)
            || (s - 2 >= lo && t[s - 1] == '.' && is_digit(t[s - 2]))) /* _fraction_digits */
            continue; /* part of a longer token, or a number's fraction */
        sc->an.done = 0; /* the window of this run: analysed on first need */
        int has_sep = 0;
        for (Py_ssize_t i = s; i < e; i++)
            if (is_sep(t[i])) { has_sep = 1; break; }
        Py_ssize_t g[MAX_GROUPS][2];
        int k = 0;
        if (!has_sep) {
            if (!((s > lo && in_set(t[s - 1], &PREFIX_CHARS)) || starts_with(t, s, e, "0086"))) {
                if (e - s >= 7) {
                    Cand c;
                    if (best_for_span(sc, s, e, t + s, e - s, 0, s, &c) && emit_digits(sc, out, &c) < 0)
                        return -1;
                }
                continue;
            }
            g[0][0] = s;
            g[0][1] = e;
            k = 1;
        } else {
            /* _GROUP = [0-9]+[Xx]? over the run */
            Py_ssize_t i = s;
            while (i < e) {
                if (!is_digit(t[i])) { i++; continue; }
                Py_ssize_t j = i;
                while (j < e && is_digit(t[j])) j++;
                if (j < e && (t[j] == 'X' || t[j] == 'x')) j++;
                if (k < MAX_GROUPS) { g[k][0] = i; g[k][1] = j; k++; }
                i = j;
            }
        }
        Py_ssize_t prefix_start = -1;
        if (s > lo || starts_with(t, s, e, "00") || starts_with(t, s, e, "86"))
            prefix_start = split_prefix(sc, s, g, &k);
        if (k == 0) continue;
        if (k == 1) {
            Py_ssize_t cs = g[0][0], ce = g[0][1];
            int prefixed = prefix_start >= 0;
            if (prefixed) cs = prefix_start;
            Py_ssize_t nd = compact_digits(t, g[0][0], ce, dig);
            if (nd >= 7 && !x_inside(dig, nd)) {
                Cand c;
                if (best_for_span(sc, cs, ce, dig, nd, prefixed, s, &c) && emit_digits(sc, out, &c) < 0)
                    return -1;
            }
            continue;
        }
        /* several groups: every contiguous range of up to 6 groups, then the best covering */
        Cand cands[MAX_GROUPS * 6];
        int ca[MAX_GROUPS * 6], cb[MAX_GROUPS * 6];
        int nc = 0;
        static int slot[MAX_GROUPS][MAX_GROUPS];
        for (int i = 0; i < k; i++)
            for (int j = 0; j < k; j++) slot[i][j] = -1;
        for (int i = 0; i < k; i++) {
            Py_ssize_t ndig = 0;
            for (int j = i; j < k && j < i + 6; j++) {
                ndig += g[j][1] - g[j][0];
                if (ndig > 30) break;
                if (ndig < 7) continue;
                Py_ssize_t cs = g[i][0], ce = g[j][1];
                int prefixed = i == 0 && prefix_start >= 0;
                if (prefixed) cs = prefix_start;
                Py_ssize_t nd = compact_digits(t, g[i][0], ce, dig);
                if (x_inside(dig, nd)) continue;
                Cand c;
                int got = best_for_span(sc, cs, ce, dig, nd, prefixed, s, &c);
                if (i > 0 && nd == 11 && equals(t, g[i - 1][0], g[i - 1][1], "86")) {
                    Py_ssize_t ps = g[i - 1][0];
                    Cand c2;
                    if (best_for_span(sc, ps, ce, dig, nd, 1, s, &c2) && c2.kind == CN_MOBILE_PHONE) {
                        int sl = slot[i - 1][j];
                        if (sl < 0) { sl = nc++; slot[i - 1][j] = sl; ca[sl] = i - 1; cb[sl] = j; }
                        cands[sl] = c2;
                        continue;
                    }
                }
                if (got) {
                    int sl = slot[i][j];
                    if (sl < 0) { sl = nc++; slot[i][j] = sl; ca[sl] = i; cb[sl] = j; }
                    cands[sl] = c;
                }
            }
        }
        if (nc == 0) continue;
        /* weighted interval scheduling over group indices (same ties as the Python loop) */
        double w[MAX_GROUPS + 1];
        int from[MAX_GROUPS + 1], via[MAX_GROUPS + 1]; /* via = cand slot or -1 (copied) */
        w[0] = 0.0;
        from[0] = -1;
        via[0] = -1;
        for (int j = 0; j < k; j++) {
            w[j + 1] = w[j];
            from[j + 1] = j;
            via[j + 1] = -1;
            for (int x = 0; x < nc; x++) {
                if (cb[x] == j && cands[x].score >= SCORE.min_score_covering) {
                    double v = w[ca[x]] + cands[x].score * (double)(cands[x].e - cands[x].s);
                    if (v > w[j + 1]) {
                        w[j + 1] = v;
                        from[j + 1] = ca[x];
                        via[j + 1] = x;
                    }
                }
            }
        }
        int chosen[MAX_GROUPS + 1], nch = 0;
        for (int x = k; x > 0;) {
            if (via[x] >= 0) chosen[nch++] = via[x];
            x = from[x];
        }
        for (int x = nch - 1; x >= 0; x--)
            if (emit_digits(sc, out, &cands[chosen[x]]) < 0) return -1;
    }
    return 0;
}

/* ----------------------------------------------------------------------------------------- */
/* letter-digit tokens: _identifiers._alnum and _uscc_grouped */

/* _identifiers._PASSPORT_FIRST, _HK_MACAU_FIRST, _TAIWAN_FIRST, given by init() */
static CharSet PASSPORT_FIRST, HK_MACAU_FIRST, TAIWAN_FIRST;

static int alnum_tokens(Scan *sc, PyObject *out)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t lo = sc->lo, hi = sc->hi, p = lo;
    while (p < hi) {
        /* _ALNUM: [0-9A-Z](?<![0-9A-Za-z][0-9A-Z])[0-9A-Z]{7,17}(?![0-9A-Za-z]) */
        if (!is_upper_alnum(t[p]) || (p >= 1 && is_alnum(t[p - 1]))) { p++; continue; }
        Py_ssize_t s = p, e = p;
        while (e < hi && is_upper_alnum(t[e])) e++;
        Py_ssize_t n = e - s;
        if (n < 8 || n > 18 || (e < hi && is_alnum(t[e]))) { p = e; continue; }
        p = e;
        int all_digits = 1;
        for (Py_ssize_t i = s; i < e; i++)
            if (!is_digit(t[i])) { all_digits = 0; break; }
        if (all_digits) continue;
        int kinds[4], nk = 0;
        Py_UCS4 c0 = t[s], last = t[e - 1];
        if (n == 18) kinds[nk++] = CN_USCC;
        if (8 <= n && n <= 10 && in_set(c0, &PASSPORT_FIRST)) kinds[nk++] = CN_PASSPORT;
        if (9 <= n && n <= 11 && in_set(c0, &HK_MACAU_FIRST)) kinds[nk++] = CN_HK_MACAU_PERMIT;
        if (in_set(c0, &TAIWAN_FIRST) || ((n == 9 || n == 10 || n == 11) && last >= 'A' && last <= 'Z'))
            kinds[nk++] = CN_TAIWAN_PERMIT;
        for (int x = 0; x < nk; x++) {
            int kind = kinds[x];
            if (!(sc->wanted & (1u << kind)) || !API->is_valid(kind, t + s, n)) continue;
            double base = kind == CN_TAIWAN_PERMIT ? SCORE.taiwan_alnum : BASE[kind];
            Analysis an;
            window_analysis(sc, s, &an);
            Cand c = {s, e, kind, 0.0, W_ALNUM + kind, 0};
            c.score = adjust(sc, kind, base, e, &an, &c.flags);
            if (emit(out, &c) < 0) return -1;
            break;
        }
    }
    return 0;
}

/* _USCC_GROUPED: [0-9A-Z](?<![0-9A-Za-z][0-9A-Z])[0-9A-Z]{0,9}(?:[ -]{1,2}[0-9A-Z]{1,10}){1,6}(?![0-9A-Za-z])
 * at s: the match end or -1 */
static Py_ssize_t uscc_grouped_match(const Scan *sc, Py_ssize_t s)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t hi = sc->hi;
    Py_ssize_t ge[8]; /* ends of the usable groups: ge[0] first group, ge[r] after r repetitions */
    Py_ssize_t e = s;
    while (e < hi && is_upper_alnum(t[e])) e++;
    if (e - s > 10) return -1;
    ge[0] = e;
    int r = 0;
    while (r < 6) {
        Py_ssize_t q = ge[r], sp = q;
        while (sp < hi && sp - q < 2 && is_sep(t[sp])) sp++;
        if (sp == q || sp >= hi || !is_upper_alnum(t[sp])) break;
        Py_ssize_t x = sp;
        while (x < hi && is_upper_alnum(t[x])) x++;
        if (x - sp > 10) break;
        ge[++r] = x;
    }
    for (; r >= 1; r--) {
        Py_ssize_t end = ge[r];
        if (!(end < hi && is_alnum(t[end]))) return end;
    }
    return -1;
}

static int uscc_grouped(Scan *sc, PyObject *out)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t lo = sc->lo, hi = sc->hi, p = lo;
    while (p < hi) {
        if (!is_upper_alnum(t[p]) || (p >= 1 && is_alnum(t[p - 1]))) { p++; continue; }
        Py_ssize_t s = p, e = uscc_grouped_match(sc, s);
        if (e < 0) { p++; continue; }
        p = e;
        int n = 0, digits = 1;
        for (Py_ssize_t i = s; i < e; i++) {
            if (is_upper_alnum(t[i])) { n++; if (!is_digit(t[i])) digits = 0; }
        }
        if (n != 18 || digits || !API->is_valid(CN_USCC, t + s, e - s)) continue;
        Analysis an;
        window_analysis(sc, s, &an);
        Cand c = {s, e, CN_USCC, 0.0, W_GROUPED, 0};
        c.score = adjust(sc, CN_USCC, SCORE.uscc_grouped, e, &an, &c.flags);
        if (emit(out, &c) < 0) return -1;
    }
    return 0;
}

/* ----------------------------------------------------------------------------------------- */
/* licence plates: _PLATE and _PLATE_EMBASSY of _identifiers._simple */

/* _identifiers._PLATE_FIRST (as a bitmap over the BMP) and _PLATE_SUFFIXES, given by init() */
static unsigned char PLATE_FIRST[0x10000 / 8];
static CharSet PLATE_SUFFIXES, PLATE_SEPARATORS; /* and _PLATE_SEPARATORS */
#define SHI 0x4F7F /* 使 of _PLATE_EMBASSY */

static Py_ssize_t plate_match(const Scan *sc, Py_ssize_t s)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t hi = sc->hi;
    if (!bmp_bit(PLATE_FIRST, t[s])) return -1;
    Py_ssize_t l = s + 1; /* an optional separator after the province too (沪·D39826), greedy */
    if (l < hi && in_set(t[l], &PLATE_SEPARATORS) && l + 1 < hi && t[l + 1] >= 'A' && t[l + 1] <= 'Z') l++;
    if (!(l < hi && t[l] >= 'A' && t[l] <= 'Z')) return -1;
    Py_ssize_t q = l + 1;
    /* an optional separator, greedy; without it the run would have to start at the separator */
    if (q < hi && in_set(t[q], &PLATE_SEPARATORS)) q++;
    Py_ssize_t r = q;
    while (r < hi && is_upper_alnum(t[r])) r++;
    Py_ssize_t n = r - q;
    if (n < 4 || n > 6) return -1;
    if (r < hi && in_set(t[r], &PLATE_SUFFIXES)) {
        if (!(r + 1 < hi && is_alnum(t[r + 1]))) return r + 1;
        return r; /* the suffix is not alphanumeric: the lookahead holds without it */
    }
    if (r < hi && is_alnum(t[r])) return -1;
    return r;
}

/* 使[0-9]{6}(?![0-9])|[0-9]{3}使[0-9]{3}(?![0-9]) */
static Py_ssize_t embassy_match(const Scan *sc, Py_ssize_t s)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t hi = sc->hi;
    if (t[s] == SHI && s + 7 <= hi) {
        int ok = 1;
        for (Py_ssize_t i = s + 1; i <= s + 6; i++)
            if (!is_digit(t[i])) { ok = 0; break; }
        if (ok && !(s + 7 < hi && is_digit(t[s + 7]))) return s + 7;
    }
    if (s + 7 <= hi && is_digit(t[s]) && is_digit(t[s + 1]) && is_digit(t[s + 2]) && t[s + 3] == SHI &&
        is_digit(t[s + 4]) && is_digit(t[s + 5]) && is_digit(t[s + 6]) && !(s + 7 < hi && is_digit(t[s + 7])))
        return s + 7;
    return -1;
}

static int plate_one(Scan *sc, PyObject *out, Py_ssize_t s, Py_ssize_t e)
{
    if (!API->is_valid(CN_LICENSE_PLATE, sc->norm + s, e - s)) return 0;
    Analysis an;
    window_analysis(sc, s, &an);
    Cand c = {s, e, CN_LICENSE_PLATE, 0.0, W_PLATE, 0};
    c.score = adjust(sc, CN_LICENSE_PLATE, SCORE.plate, e, &an, &c.flags);
    return emit(out, &c);
}

static int plates(Scan *sc, PyObject *out)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t lo = sc->lo, hi = sc->hi;
    int has_shi = 0;
    for (Py_ssize_t p = lo; p < hi;) {
        if (t[p] == SHI) has_shi = 1;
        Py_ssize_t e = plate_match(sc, p);
        if (e < 0) { p++; continue; }
        if (plate_one(sc, out, p, e) < 0) return -1;
        p = e;
    }
    if (!has_shi) {
        for (Py_ssize_t p = lo; p < hi; p++)
            if (t[p] == SHI) { has_shi = 1; break; }
    }
    if (has_shi) {
        for (Py_ssize_t p = lo; p < hi;) {
            Py_ssize_t e = embassy_match(sc, p);
            if (e < 0) { p++; continue; }
            if (plate_one(sc, out, p, e) < 0) return -1;
            p = e;
        }
    }
    return 0;
}


/* ----------------------------------------------------------------------------------------- */
/* e-mail and IPv4 addresses: the first two groups of _identifiers._simple */

static inline int email_local_char(Py_UCS4 c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}
static inline int label_char(Py_UCS4 c) { return is_alnum(c) || c == '-'; }
static inline int is_letter(Py_UCS4 c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/* _EMAIL at s: (?<![A-Za-z0-9._%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@
 *   [A-Za-z0-9](?:[A-Za-z0-9\-]{0,62}\.){1,6}[A-Za-z]{2,12}(?![A-Za-z])  -- the end or -1 */
static Py_ssize_t email_match(const Scan *sc, Py_ssize_t s)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t hi = sc->hi;
    if (!is_alnum(t[s]) || (s >= 1 && email_local_char(t[s - 1]))) return -1;
    Py_ssize_t at = s + 1;
    while (at < hi && email_local_char(t[at])) at++;
    if (at - s > 64 || at >= hi || t[at] != '@') return -1;
    Py_ssize_t d = at + 1;
    if (d >= hi || !is_alnum(t[d])) return -1;
    /* the label iterations: ends of "label." for k = 1..6 (greedy; the first label starts with t[d]) */
    Py_ssize_t dots[7];
    int k = 0;
    Py_ssize_t q = d + 1, lab0 = d + 1;
    while (k < 6) {
        Py_ssize_t r = q;
        while (r < hi && label_char(t[r])) r++;
        if (r - lab0 > 62 || r >= hi || t[r] != '.') break;
        dots[++k] = r + 1;
        q = lab0 = r + 1;
    }
    /* then [A-Za-z]{2,12}(?![A-Za-z]) after the most iterations that allow it */
    for (; k >= 1; k--) {
        Py_ssize_t x = dots[k], y = x;
        while (y < hi && is_letter(t[y])) y++;
        if (y - x >= 2 && y - x <= 12) return y;
    }
    return -1;
}

/* _IPV4 at s: [0-9](?<![0-9.][0-9])[0-9]{0,2}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}(?![0-9]|\.[0-9]);
 * the end or -1, and *ok when ipaddress.IPv4Address accepts it (octets <= 255, no leading 0) */
static Py_ssize_t ipv4_match(const Scan *sc, Py_ssize_t s, int *ok)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t hi = sc->hi;
    if (!is_digit(t[s]) || (s >= 1 && (is_digit(t[s - 1]) || t[s - 1] == '.'))) return -1;
    Py_ssize_t p = s;
    int valid = 1;
    for (int o = 0; o < 4; o++) {
        if (o > 0) {
            if (p >= hi || t[p] != '.') return -1;
            p++;
        }
        Py_ssize_t a = p;
        while (p < hi && is_digit(t[p])) p++;
        Py_ssize_t n = p - a;
        if (n < 1 || n > 3) return -1;
        int v = 0;
        for (Py_ssize_t i = a; i < p; i++) v = v * 10 + (int)(t[i] - '0');
        if (v > 255 || (n > 1 && t[a] == '0')) valid = 0;
    }
    if (p < hi && t[p] == '.' && p + 1 < hi && is_digit(t[p + 1])) return -1;
    *ok = valid;
    return p;
}

static int emails_and_ips(Scan *sc, PyObject *out)
{
    const Py_UCS4 *t = sc->norm;
    Py_ssize_t lo = sc->lo, hi = sc->hi;
    if (sc->wanted & (1u << K_EMAIL)) {
        int any = 0;
        for (Py_ssize_t p = lo; p < hi; p++)
            if (t[p] == '@') { any = 1; break; }
        for (Py_ssize_t p = lo; any && p < hi;) {
            Py_ssize_t e = email_match(sc, p);
            if (e < 0) { p++; continue; }
            Analysis an;
            window_analysis(sc, p, &an);
            Cand c = {p, e, K_EMAIL, 0.0, W_EMAIL, 0};
            c.score = adjust(sc, K_EMAIL, SCORE.email, e, &an, &c.flags);
            if (c.score < SCORE.email_floor) c.score = SCORE.email_floor;
            if (emit(out, &c) < 0) return -1;
            p = e;
        }
    }
    if (sc->wanted & (1u << K_IP)) {
        for (Py_ssize_t p = lo; p < hi;) {
            int ok = 0;
            Py_ssize_t e = ipv4_match(sc, p, &ok);
            if (e < 0) { p++; continue; }
            if (ok && !(p > lo && t[p - 1] < 128 && is_letter(t[p - 1]))) {
                Analysis an;
                window_analysis(sc, p, &an);
                Cand c = {p, e, K_IP, 0.0, W_IPV4, 0};
                c.score = adjust(sc, K_IP, SCORE.ip, e, &an, &c.flags);
                if (emit(out, &c) < 0) return -1;
            }
            p = e;
        }
    }
    return 0;
}

/* ----------------------------------------------------------------------------------------- */
/* Python interface */

static int ucs4(PyObject *s, Py_UCS4 **buf, Py_ssize_t *n)
{
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "expected a str");
        return -1;
    }
    *n = PyUnicode_GET_LENGTH(s);
    *buf = PyUnicode_AsUCS4Copy(s);
    return *buf == NULL ? -1 : 0;
}

static PyObject *find(PyObject *self, PyObject *args)
{
    PyObject *text, *norm;
    Py_ssize_t lo, hi;
    unsigned int wanted;
    if (!PyArg_ParseTuple(args, "UUnnI", &text, &norm, &lo, &hi, &wanted)) return NULL;
    if (!READY) {
        PyErr_SetString(PyExc_RuntimeError, "cnpii._cidents.init() was not called");
        return NULL;
    }
    Scan sc;
    memset(&sc, 0, sizeof sc);
    Py_UCS4 *tb = NULL, *nb = NULL;
    Py_ssize_t tn, nn;
    if (ucs4(text, &tb, &tn) < 0) return NULL;
    if (norm == text) {
        nb = tb;
        nn = tn;
    } else if (ucs4(norm, &nb, &nn) < 0) {
        PyMem_Free(tb);
        return NULL;
    }
    PyObject *out = NULL;
    if (nn != tn || lo < 0 || hi > nn || lo > hi) {
        PyErr_SetString(PyExc_ValueError, "text and norm must have the same length and lo <= hi <= len");
        goto done;
    }
    sc.text = tb;
    sc.norm = nb;
    sc.lo = lo;
    sc.hi = hi;
    sc.wanted = wanted;
    out = PyList_New(0);
    if (out == NULL) goto done;
    if (digit_runs(&sc, out) < 0) goto fail;
    int upper = 0;
    for (Py_ssize_t i = lo; i < hi; i++)
        if (nb[i] >= 'A' && nb[i] <= 'Z') { upper = 1; break; }
    if (upper) {
        if (alnum_tokens(&sc, out) < 0) goto fail;
        if ((wanted & (1u << CN_USCC)) && uscc_grouped(&sc, out) < 0) goto fail;
    }
    if (emails_and_ips(&sc, out) < 0) goto fail;
    if ((wanted & (1u << CN_LICENSE_PLATE)) && plates(&sc, out) < 0) goto fail;
    goto done;
fail:
    Py_CLEAR(out);
done:
    if (nb != tb) PyMem_Free(nb);
    PyMem_Free(tb);
    return out;
}

/* tables[key], which must be of type `type` (borrowed), or NULL with an error */
static PyObject *table(PyObject *tables, const char *key, PyTypeObject *type)
{
    PyObject *v = PyDict_GetItemString(tables, key);
    if (v == NULL || !PyObject_TypeCheck(v, type)) {
        PyErr_Format(PyExc_ValueError, "cnpii._cidents.init: table %s missing or not a %s", key, type->tp_name);
        return NULL;
    }
    return v;
}

/* a tuple of words into a WordSet; fold: compare as re.IGNORECASE does (ci_fold), which is exact
 * only for ASCII and for caseless characters from U+3000 on */
static int load_words(PyObject *tables, const char *key, WordSet *set, int fold)
{
    PyObject *words = table(tables, key, &PyTuple_Type);
    if (words == NULL) return -1;
    Py_ssize_t nw = PyTuple_GET_SIZE(words);
    if (nw > MAX_SET_WORDS) {
        PyErr_Format(PyExc_ValueError, "cnpii._cidents.init: too many words in %s", key);
        return -1;
    }
    memset(set, 0, sizeof *set);
    for (Py_ssize_t i = 0; i < nw; i++) {
        PyObject *w = PyTuple_GET_ITEM(words, i);
        if (!PyUnicode_Check(w) || PyUnicode_GET_LENGTH(w) < 1 || PyUnicode_GET_LENGTH(w) > MAX_WORD_LEN) {
            PyErr_Format(PyExc_ValueError, "cnpii._cidents.init: a word of %s is no str of usable length", key);
            return -1;
        }
        Py_ssize_t n = PyUnicode_GET_LENGTH(w);
        for (Py_ssize_t j = 0; j < n; j++) {
            Py_UCS4 c = PyUnicode_READ_CHAR(w, j);
            if (fold && !(c < 128 || (c >= 0x3000 && Py_UNICODE_TOLOWER(c) == c && Py_UNICODE_TOUPPER(c) == c))) {
                PyErr_Format(PyExc_ValueError, "cnpii._cidents.init: a word of %s has a character ci_fold "
                             "cannot compare", key);
                return -1;
            }
            set->w[i][j] = fold ? ci_fold(c) : c;
        }
        if (set->w[i][0] > 0xFFFF) {
            PyErr_Format(PyExc_ValueError, "cnpii._cidents.init: a word of %s starts outside the BMP", key);
            return -1;
        }
        set->first[set->w[i][0] >> 3] |= (unsigned char)(1u << (set->w[i][0] & 7));
        set->len[i] = (int)n;
    }
    set->n = (int)nw;
    return 0;
}

/* the characters of a str into a CharSet */
static int load_chars(PyObject *tables, const char *key, CharSet *set)
{
    PyObject *chars = table(tables, key, &PyUnicode_Type);
    if (chars == NULL) return -1;
    Py_ssize_t n = PyUnicode_GET_LENGTH(chars);
    if (n > MAX_CHARS) {
        PyErr_Format(PyExc_ValueError, "cnpii._cidents.init: too many characters in %s", key);
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) set->c[i] = PyUnicode_READ_CHAR(chars, i);
    set->n = (int)n;
    return 0;
}

/* the characters of a str (all in the BMP) into a bitmap */
static int load_bitmap(PyObject *tables, const char *key, unsigned char *bits)
{
    PyObject *chars = table(tables, key, &PyUnicode_Type);
    if (chars == NULL) return -1;
    memset(bits, 0, 0x10000 / 8);
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(chars); i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(chars, i);
        if (c > 0xFFFF) {
            PyErr_Format(PyExc_ValueError, "cnpii._cidents.init: a character of %s is outside the BMP", key);
            return -1;
        }
        bits[c >> 3] |= (unsigned char)(1u << (c & 7));
    }
    return 0;
}

/* a str of the tables into *slot (a new reference) */
static int load_str(PyObject *tables, const char *key, PyObject **slot)
{
    PyObject *v = table(tables, key, &PyUnicode_Type);
    if (v == NULL) return -1;
    Py_INCREF(v);
    Py_XSETREF(*slot, v);
    return 0;
}

/* init(Candidate, entities, words, why_digits, why_alnum, why_grouped, why_plate, tables)
 *   entities: the Entity member of each kind (enum order)
 *   words: [(word, kinds_bitmask, is_counter)] -- _context._TAGS
 *   why_*: explanation strings of each kind (None where unused)
 *   tables: the other word lists, character sets, weights and explanations of _identifiers and
 *     _context (see _identifiers._load_native): auth_hints, counter_after (tuples of str),
 *     plate_first, plate_suffixes, prefix_chars, bracket_chars (str), base (a float per kind),
 *     why_email, why_ipv4 (str), why_context (5 str: F_OTHER, F_CUE, F_COUNTER, F_UNIT, F_EXT)
 * Until it succeeds, find() and gates() refuse to run. */
static PyObject *init(PyObject *self, PyObject *args)
{
    PyObject *candidate, *entities, *words, *why_digits, *why_alnum, *why_grouped, *why_plate, *tables;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!UUO!", &PyType_Type, &candidate, &PyTuple_Type, &entities, &PyList_Type,
                          &words, &PyTuple_Type, &why_digits, &PyTuple_Type, &why_alnum, &why_grouped, &why_plate,
                          &PyDict_Type, &tables))
        return NULL;
    READY = 0;
    if (!PyType_IsSubtype((PyTypeObject *)candidate, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "Candidate must be a tuple subclass");
        return NULL;
    }
    Py_INCREF(candidate);
    Py_XSETREF(CANDIDATE, (PyTypeObject *)candidate);
    if (PyTuple_GET_SIZE(entities) != N_KINDS || PyTuple_GET_SIZE(why_digits) != CN_KIND_COUNT ||
        PyTuple_GET_SIZE(why_alnum) != CN_KIND_COUNT) {
        PyErr_SetString(PyExc_ValueError, "one entry per identifier kind is needed");
        return NULL;
    }
    if (API == NULL) {
        API = (const cn_checks_api *)PyCapsule_Import(CN_CHECKS_CAPSULE, 0);
        if (API == NULL) return NULL;
    }
    Py_ssize_t nw = PyList_GET_SIZE(words);
    if (nw > MAX_WORDS) {
        PyErr_SetString(PyExc_ValueError, "too many context words");
        return NULL;
    }
    if (load_words(tables, "auth_hints", &AUTH_HINTS, 0) < 0 || load_words(tables, "counter_after", &COUNTER_AFTER, 1) < 0 ||
        load_bitmap(tables, "plate_first", PLATE_FIRST) < 0 || load_chars(tables, "plate_suffixes", &PLATE_SUFFIXES) < 0 ||
        load_chars(tables, "prefix_chars", &PREFIX_CHARS) < 0 || load_chars(tables, "bracket_chars", &BRACKET_CHARS) < 0 ||
        load_str(tables, "why_email", &WHY_BASE[W_EMAIL]) < 0 || load_str(tables, "why_ipv4", &WHY_BASE[W_IPV4]) < 0)
        return NULL;
    if (load_chars(tables, "passport_first", &PASSPORT_FIRST) < 0 || load_chars(tables, "hk_macau_first", &HK_MACAU_FIRST) < 0 ||
        load_chars(tables, "taiwan_first", &TAIWAN_FIRST) < 0 || load_chars(tables, "plate_separators", &PLATE_SEPARATORS) < 0 ||
        load_words(tables, "service_prefixes", &SERVICE_PREFIXES, 0) < 0)
        return NULL;
    PyObject *scores = table(tables, "scores", &PyDict_Type);
    if (scores == NULL) return NULL;
    struct { const char *key; double *slot; } named[] = {
        {"landline_written", &SCORE.landline_written}, {"resident_id_15", &SCORE.resident_id_15},
        {"uscc_digits", &SCORE.uscc_digits}, {"taiwan_alnum", &SCORE.taiwan_alnum},
        {"uscc_grouped", &SCORE.uscc_grouped}, {"email", &SCORE.email}, {"email_floor", &SCORE.email_floor},
        {"ip", &SCORE.ip}, {"plate", &SCORE.plate}, {"needs_cue_below", &SCORE.needs_cue_below},
        {"min_score_covering", &SCORE.min_score_covering}, {"cue_near", &SCORE.cue_near},
        {"cue_far", &SCORE.cue_far}, {"other_cue", &SCORE.other_cue}, {"counter", &SCORE.counter},
    };
    if (PyDict_GET_SIZE(scores) != (Py_ssize_t)(sizeof named / sizeof named[0])) {
        PyErr_SetString(PyExc_ValueError, "cnpii._cidents.init: scores must name exactly the scores C uses");
        return NULL;
    }
    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) {
        PyObject *v = table(scores, named[i].key, &PyFloat_Type);
        if (v == NULL) return NULL;
        *named[i].slot = PyFloat_AS_DOUBLE(v);
    }
    int window, near, counter;
    Py_ssize_t card_min, card_max;
    PyObject *dist = table(tables, "distances", &PyTuple_Type), *cards = table(tables, "card_lengths", &PyTuple_Type);
    if (dist == NULL || cards == NULL || !PyArg_ParseTuple(dist, "iii", &window, &near, &counter) ||
        !PyArg_ParseTuple(cards, "nn", &card_min, &card_max))
        return NULL;
    if (window < 0 || window > MAX_WINDOW) {
        PyErr_SetString(PyExc_ValueError, "cnpii._cidents.init: context window too long");
        return NULL;
    }
    WINDOW = window;
    CUE_NEAR_DISTANCE = near;
    COUNTER_DISTANCE = counter;
    CARD_MIN = card_min;
    CARD_MAX = card_max;
    PyObject *base = table(tables, "base", &PyTuple_Type), *ctx = table(tables, "why_context", &PyTuple_Type);
    if (base == NULL || ctx == NULL) return NULL;
    if (PyTuple_GET_SIZE(base) != CN_KIND_COUNT || PyTuple_GET_SIZE(ctx) != N_FLAGS) {
        PyErr_SetString(PyExc_ValueError, "cnpii._cidents.init: base needs a score per kind, why_context 5 strings");
        return NULL;
    }
    for (int k = 0; k < CN_KIND_COUNT; k++) {
        BASE[k] = PyFloat_AsDouble(PyTuple_GET_ITEM(base, k));
        if (BASE[k] == -1.0 && PyErr_Occurred()) return NULL;
    }
    for (int f = 0; f < N_FLAGS; f++) {
        PyObject *v = PyTuple_GET_ITEM(ctx, f);
        if (!PyUnicode_Check(v)) {
            PyErr_SetString(PyExc_TypeError, "cnpii._cidents.init: why_context holds str");
            return NULL;
        }
        Py_INCREF(v);
        Py_XSETREF(WHY_FLAG[f], v);
    }
    for (int i = 0; i < HBUCKETS; i++) BUCKET_HEAD[i] = -1;
    N_WORDS = 0;
    for (Py_ssize_t i = 0; i < nw; i++) {
        PyObject *w;
        unsigned int kinds;
        int counter;
        if (!PyArg_ParseTuple(PyList_GET_ITEM(words, i), "UIp", &w, &kinds, &counter)) return NULL;
        Py_ssize_t n = PyUnicode_GET_LENGTH(w);
        if (n < 1 || n > MAX_WORD_LEN) {
            PyErr_SetString(PyExc_ValueError, "context word of unusable length");
            return NULL;
        }
        Word *wd = &WORDS[N_WORDS];
        for (Py_ssize_t j = 0; j < n; j++) {
            Py_UCS4 c = PyUnicode_READ_CHAR(w, j);
            /* window lower-casing (window_analysis) is exact only for these characters */
            if (!(c < 128 || c >= 0x3000 || c == 0xA5)) {
                PyErr_SetString(PyExc_ValueError, "context word with a character window_analysis cannot lower");
                return NULL;
            }
            if (c >= 'A' && c <= 'Z') {
                PyErr_SetString(PyExc_ValueError, "context words are lower case");
                return NULL;
            }
            wd->w[j] = c;
        }
        wd->n = (int)n;
        wd->kinds = kinds;
        wd->counter = counter;
        int h = (int)(wd->w[0] % HBUCKETS);
        BUCKET_NEXT[N_WORDS] = BUCKET_HEAD[h];
        BUCKET_HEAD[h] = N_WORDS;
        N_WORDS++;
    }
    for (int k = 0; k < N_KINDS; k++) {
        PyObject *e = PyTuple_GET_ITEM(entities, k);
        Py_INCREF(e);
        Py_XSETREF(ENT[k], e);
        if (k >= CN_KIND_COUNT) continue;
        PyObject *d = PyTuple_GET_ITEM(why_digits, k), *a = PyTuple_GET_ITEM(why_alnum, k);
        Py_XSETREF(WHY_BASE[W_DIGITS + k], d == Py_None ? NULL : (Py_INCREF(d), d));
        Py_XSETREF(WHY_BASE[W_ALNUM + k], a == Py_None ? NULL : (Py_INCREF(a), a));
    }
    Py_INCREF(why_grouped);
    Py_XSETREF(WHY_BASE[W_GROUPED], why_grouped);
    Py_INCREF(why_plate);
    Py_XSETREF(WHY_BASE[W_PLATE], why_plate);
    for (int i = 0; i < W_COUNT; i++)
        for (int f = 0; f < 32; f++) Py_CLEAR(WHY_CACHE[i][f]);
    READY = 1;
    Py_RETURN_NONE;
}

/* analyse(window) -> (cue distance per kind, counter distance): for tests of the context pass */
static PyObject *py_analyse(PyObject *self, PyObject *arg)
{
    Py_UCS4 *b;
    Py_ssize_t n;
    if (ucs4(arg, &b, &n) < 0) return NULL;
    Analysis a;
    analyse(b, n, &a);
    PyMem_Free(b);
    PyObject *cues = PyTuple_New(N_KINDS);
    if (cues == NULL) return NULL;
    for (int k = 0; k < N_KINDS; k++) {
        PyObject *v = PyLong_FromLong(a.cue[k]);
        if (v == NULL) { Py_DECREF(cues); return NULL; }
        PyTuple_SET_ITEM(cues, k, v);
    }
    return Py_BuildValue("(Ni)", cues, a.counter);
}


/* gates(norm, lo, hi) -> bits, each a necessary condition for one group of the Python
 * _identifiers._simple that stays in Python (so skipping a group whose bit is clear changes
 * nothing): 1 e-mail: '@' after [A-Za-z0-9._%+-] and before [A-Za-z0-9]; 2 IPv4: digits, then
 * three times a dot and digits; 4 IPv6: "::" or seven ':'; 8 track data: _TRACK_HINT ([0-9]{13,19}[=^]);
 * 16 authentication: one of the words of _AUTH_HINT (exact, case as given) */

static inline int email_local(Py_UCS4 c)
{
    return is_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

static PyObject *gates(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "gates(norm, lo, hi)");
        return NULL;
    }
    PyObject *norm = args[0];
    Py_ssize_t lo = PyLong_AsSsize_t(args[1]), hi = PyLong_AsSsize_t(args[2]);
    if ((lo == -1 || hi == -1) && PyErr_Occurred()) return NULL;
    if (!READY) {
        PyErr_SetString(PyExc_RuntimeError, "cnpii._cidents.init() was not called");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(norm);
    if (lo < 0) lo = 0;
    if (hi > n) hi = n;
    int kind = PyUnicode_KIND(norm);
    const void *data = PyUnicode_DATA(norm);
#define AT(i) PyUnicode_READ(kind, data, (i))
    long bits = 0;
    int colons = 0;
    Py_ssize_t digit_run = 0;
    for (Py_ssize_t i = lo; i < hi; i++) {
        Py_UCS4 c = AT(i);
        if (!(bits & 16) && bmp_bit(AUTH_HINTS.first, c)) {
            for (int w = 0; w < AUTH_HINTS.n; w++) {
                const Py_UCS4 *word = AUTH_HINTS.w[w];
                Py_ssize_t j = 0, len = AUTH_HINTS.len[w];
                while (j < len && i + j < hi && AT(i + j) == word[j]) j++;
                if (j == len) { bits |= 16; break; }
            }
        }
        if (is_digit(c)) { digit_run++; continue; }
        Py_ssize_t run = digit_run;
        digit_run = 0;
        if (c < 128) {
            switch (c) {
            case '@':
                if (i > lo && email_local(AT(i - 1)) && i + 1 < hi && is_alnum(AT(i + 1))) bits |= 1;
                break;
            case '.':
                /* an IPv4 needs [0-9]{1,3}.[0-9]{1,3}.[0-9]{1,3}.[0-9] ending with this first dot */
                if (run > 0 && !(bits & 2)) {
                    Py_ssize_t q = i;
                    int groups = 0;
                    while (groups < 3 && q < hi && AT(q) == '.') {
                        Py_ssize_t d = q + 1;
                        while (d < hi && d - q <= 3 && is_digit(AT(d))) d++;
                        if (d == q + 1) break;
                        groups++;
                        q = d;
                    }
                    if (groups == 3) bits |= 2;
                }
                break;
            case ':':
                if (++colons >= 7 || (i + 1 < hi && AT(i + 1) == ':')) bits |= 4;
                break;
            case '=': case '^':
                if (run >= 13) bits |= 8;
                break;
            }
        }
    }
#undef AT
    return PyLong_FromLong(bits);
}

/* findings(candidates, Finding, round) -> [Finding(c.start, c.end, c.entity, round(c.score, 3),
 * c.explanation) for c in candidates]: the objects are allocated and their slots set through the
 * slot descriptors (what object.__setattr__ does, without the frozen dataclass's Python-level
 * __init__); the score is rounded by the round() given */
static PyObject *NAMES[5];

static PyObject *findings(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyList_Check(args[0]) || !PyType_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "findings(list, Finding, round)");
        return NULL;
    }
    if (NAMES[0] == NULL) {
        const char *names[5] = {"start", "end", "entity", "score", "explanation"};
        for (int i = 0; i < 5; i++)
            if ((NAMES[i] = PyUnicode_InternFromString(names[i])) == NULL) return NULL;
    }
    PyObject *cands = args[0], *round_fn = args[2];
    PyTypeObject *type = (PyTypeObject *)args[1];
    PyObject *three = PyLong_FromLong(3);
    if (three == NULL) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(cands);
    PyObject *out = PyList_New(n);
    if (out == NULL) { Py_DECREF(three); return NULL; }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *c = PyList_GET_ITEM(cands, i);
        if (!PyTuple_Check(c) || PyTuple_GET_SIZE(c) != 5) {
            PyErr_SetString(PyExc_TypeError, "candidates are 5-tuples");
            goto fail;
        }
        PyObject *rargs[2] = {PyTuple_GET_ITEM(c, 3), three};
        PyObject *score = PyObject_Vectorcall(round_fn, rargs, 2, NULL);
        if (score == NULL) goto fail;
        PyObject *f = type->tp_alloc(type, 0);
        if (f == NULL) { Py_DECREF(score); goto fail; }
        PyList_SET_ITEM(out, i, f);
        int r = 0;
        for (int k = 0; k < 5 && r == 0; k++)
            r = PyObject_GenericSetAttr(f, NAMES[k], k == 3 ? score : PyTuple_GET_ITEM(c, k));
        Py_DECREF(score);
        if (r < 0) goto fail;
    }
    Py_DECREF(three);
    return out;
fail:
    Py_DECREF(three);
    Py_DECREF(out);
    return NULL;
}

/* ----------------------------------------------------------------------------------------- */
/* start bounds: the executor of _names.StartProgram (start_kept_py is its reference).
 *
 * A program is tables of weights and what indexes them: for each candidate shape ("combo") at a
 * start s, a constant, entries chosen by the slot of the character at s + offset, and entries
 * chosen by the value, in one of the program's dicts, of a substring norm[s + a:s + b] (crossed
 * with a class of the slot at another offset). starts() returns the starts of which one combo
 * sums to 0 or more. Nothing here knows what the tables mean: _names builds them from the model's
 * weights, the lexicon and the surname lists. */

#define BP_MAX_COMBOS 8 /* (one bit each in starts()) */
#define BP_MAX_CHARS 12
#define BP_MAX_WORDS 16
#define BP_MAX_CLASSES 8
#define BP_MAX_CLASS 16 /* values of a class map */
/* a dict's keys of one length (1-4 BMP characters, 16 bits each in a 64-bit key) and their
 * values, open addressing: a copy of the program's dict for its look-ups, which then make no
 * str object (the dicts are built once and never change) */
typedef struct { unsigned long long key; int val; } BpSlot;
typedef struct { BpSlot *slot; unsigned long long mask; } BpHash;
#define BP_MAX_DICTS 16
#define BP_HASH_LEN 4

typedef struct { int off; const double *t; } BpChar;
typedef struct {
    int a, b, off, width;
    PyObject *dict;
    const BpHash *hash; /* its copy for keys of b - a characters, or NULL */
    const unsigned char *cls;
    const double *t;
    double max[BP_MAX_CLASS]; /* the largest entry of each class's row */
    unsigned char flat[BP_MAX_CLASS]; /* the row holds one value (no look-up needed) */
    int key;       /* its look-up (dict, a, b), shared with the terms of other combos */
    double spread; /* its largest entry less its smallest */
} BpWord;
typedef struct {
    int n, nc, nw;
    double cnst;
    BpChar c[BP_MAX_CHARS];
    BpWord w[BP_MAX_WORDS];
    int order[BP_MAX_WORDS]; /* the terms by spread, widest first: the order they are looked up in */
} BpCombo;
#define BP_MAX_KEYS (BP_MAX_COMBOS * BP_MAX_WORDS)
static struct {
    int ready, n_combos, other, edge, n_slots;
    BpHash hash[BP_MAX_DICTS][BP_HASH_LEN + 1]; /* (by dict and key length; NULL: not built) */
    int n_keys, key_dict[BP_MAX_KEYS], key_a[BP_MAX_KEYS], key_b[BP_MAX_KEYS];
    unsigned char first[0x10000 / 8];
    unsigned short *slot_of; /* 0x10000 entries */
    double *tables;          /* every table, one after another */
    unsigned char *classes;  /* every class map (n_slots entries each) */
    PyObject *dicts;         /* (the program's tuple, kept alive) */
    BpCombo combo[BP_MAX_COMBOS];
} BP;

static inline unsigned long long bp_mix(unsigned long long k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return k;
}

/* the copy of dict's keys of n characters (0 on success) */
static int bp_hash_build(BpHash *h, PyObject *dict, int n)
{
    Py_ssize_t pos = 0, count = 0;
    PyObject *key, *value;
    while (PyDict_Next(dict, &pos, &key, &value))
        if (PyUnicode_Check(key) && PyUnicode_GET_LENGTH(key) == n) count++;
    unsigned long long cap = 16;
    while (cap < (unsigned long long)count * 3 / 2) cap <<= 1; /* (at most two thirds full) */
    h->slot = PyMem_Malloc(cap * sizeof(BpSlot));
    if (h->slot == NULL) { PyErr_NoMemory(); return -1; }
    h->mask = cap - 1;
    for (unsigned long long i = 0; i < cap; i++) h->slot[i].val = -1;
    pos = 0;
    while (PyDict_Next(dict, &pos, &key, &value)) {
        if (!PyUnicode_Check(key) || PyUnicode_GET_LENGTH(key) != n) continue;
        unsigned long long k = 0;
        int bmp = 1;
        for (int i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ_CHAR(key, i);
            if (c > 0xFFFF) { bmp = 0; break; }
            k = k << 16 | c;
        }
        if (!bmp) continue; /* (only a substring with such a character matches it: looked up in the dict) */
        long v = PyLong_AsLong(value);
        if (v == -1 && PyErr_Occurred()) return -1;
        if (v < 0 || v > 0x7FFFFFFF) {
            PyErr_SetString(PyExc_ValueError, "start program: a dict value out of range");
            return -1;
        }
        unsigned long long i = bp_mix(k) & h->mask;
        while (h->slot[i].val >= 0 && h->slot[i].key != k) i = (i + 1) & h->mask;
        h->slot[i].key = k;
        h->slot[i].val = (int)v;
    }
    return 0;
}

/* the value of the n characters at p, 0 when absent; -2: a character outside the BMP (ask the dict) */
static inline int bp_hash_get(const BpHash *h, int kind, const void *data, Py_ssize_t p, int n)
{
    unsigned long long k = 0;
    for (int i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, p + i);
        if (c > 0xFFFF) return -2;
        k = k << 16 | c;
    }
    unsigned long long i = bp_mix(k) & h->mask;
    while (h->slot[i].val >= 0) {
        if (h->slot[i].key == k) return h->slot[i].val;
        i = (i + 1) & h->mask;
    }
    return 0;
}

static void bp_free(void)
{
    BP.ready = 0;
    for (int d = 0; d < BP_MAX_DICTS; d++)
        for (int n = 0; n <= BP_HASH_LEN; n++) {
            PyMem_Free(BP.hash[d][n].slot);
            BP.hash[d][n].slot = NULL;
        }
    PyMem_Free(BP.slot_of);
    PyMem_Free(BP.tables);
    PyMem_Free(BP.classes);
    BP.slot_of = NULL;
    BP.tables = NULL;
    BP.classes = NULL;
    Py_CLEAR(BP.dicts);
}

static int bp_int(PyObject *tuple, Py_ssize_t i, long lo, long hi, int *out)
{
    long v = PyLong_AsLong(PyTuple_GET_ITEM(tuple, i));
    if (v == -1 && PyErr_Occurred()) return -1;
    if (v < lo || v > hi) {
        PyErr_SetString(PyExc_ValueError, "start program: a number out of range");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* start_program(first, slot_of, other, edge, dicts, tables, classes, combos): the fields of a
 * _names.StartProgram, slot_of and each table and class map as bytes (native uint16 / double /
 * uint8) */
static PyObject *start_program(PyObject *self, PyObject *args)
{
    PyObject *first, *slot_of, *dicts, *tables, *classes, *combos;
    int other, edge;
    if (!PyArg_ParseTuple(args, "UO!iiO!O!O!O!", &first, &PyBytes_Type, &slot_of, &other, &edge, &PyTuple_Type,
                          &dicts, &PyTuple_Type, &tables, &PyTuple_Type, &classes, &PyTuple_Type, &combos))
        return NULL;
    bp_free();
    memset(BP.first, 0, sizeof BP.first);
    int n_slots = edge + 1;
    if (PyBytes_GET_SIZE(slot_of) != 0x10000 * (Py_ssize_t)sizeof(unsigned short) || other < 0 || other >= edge ||
        edge >= 0xFFFF || PyTuple_GET_SIZE(combos) > BP_MAX_COMBOS || PyTuple_GET_SIZE(classes) > BP_MAX_CLASSES)
        goto bad;
    Py_ssize_t n_first = PyUnicode_GET_LENGTH(first);
    for (Py_ssize_t i = 0; i < n_first; i++) {
        Py_UCS4 c = PyUnicode_READ_CHAR(first, i);
        if (c <= 0xFFFF) BP.first[c >> 3] |= (unsigned char)(1u << (c & 7));
    }
    BP.slot_of = PyMem_Malloc(0x10000 * sizeof(unsigned short));
    if (BP.slot_of == NULL) return PyErr_NoMemory();
    memcpy(BP.slot_of, PyBytes_AS_STRING(slot_of), 0x10000 * sizeof(unsigned short));
    for (int i = 0; i < 0x10000; i++)
        if (BP.slot_of[i] >= n_slots) goto bad;
    Py_ssize_t n_tables = PyTuple_GET_SIZE(tables), total = 0;
    Py_ssize_t offset[256];
    if (n_tables > 256) goto bad;
    for (Py_ssize_t i = 0; i < n_tables; i++) {
        PyObject *t = PyTuple_GET_ITEM(tables, i);
        if (!PyBytes_Check(t) || PyBytes_GET_SIZE(t) % sizeof(double)) goto bad;
        offset[i] = total;
        total += PyBytes_GET_SIZE(t) / (Py_ssize_t)sizeof(double);
    }
    BP.tables = PyMem_Malloc((size_t)(total + 1) * sizeof(double));
    if (BP.tables == NULL) { bp_free(); return PyErr_NoMemory(); }
    for (Py_ssize_t i = 0; i < n_tables; i++) {
        PyObject *t = PyTuple_GET_ITEM(tables, i);
        memcpy(BP.tables + offset[i], PyBytes_AS_STRING(t), (size_t)PyBytes_GET_SIZE(t));
    }
    Py_ssize_t n_classes = PyTuple_GET_SIZE(classes);
    BP.classes = PyMem_Malloc((size_t)(n_classes * n_slots + 1));
    if (BP.classes == NULL) { bp_free(); return PyErr_NoMemory(); }
    for (Py_ssize_t i = 0; i < n_classes; i++) {
        PyObject *c = PyTuple_GET_ITEM(classes, i);
        if (!PyBytes_Check(c) || PyBytes_GET_SIZE(c) != n_slots) goto bad;
        memcpy(BP.classes + i * n_slots, PyBytes_AS_STRING(c), (size_t)n_slots);
    }
    if (PyTuple_GET_SIZE(dicts) > BP_MAX_DICTS) goto bad;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(dicts); i++)
        if (!PyDict_CheckExact(PyTuple_GET_ITEM(dicts, i))) goto bad;
    Py_INCREF(dicts);
    BP.dicts = dicts;
    BP.n_combos = (int)PyTuple_GET_SIZE(combos);
    BP.n_keys = 0;
    for (int k = 0; k < BP.n_combos; k++) {
        PyObject *cb = PyTuple_GET_ITEM(combos, k), *chars, *words;
        BpCombo *c = &BP.combo[k];
        if (!PyTuple_Check(cb) || PyTuple_GET_SIZE(cb) != 4) goto bad;
        if (bp_int(cb, 0, 1, 64, &c->n) < 0) goto fail;
        c->cnst = PyFloat_AsDouble(PyTuple_GET_ITEM(cb, 1));
        if (c->cnst == -1.0 && PyErr_Occurred()) goto fail;
        chars = PyTuple_GET_ITEM(cb, 2);
        words = PyTuple_GET_ITEM(cb, 3);
        if (!PyTuple_Check(chars) || !PyTuple_Check(words) || PyTuple_GET_SIZE(chars) > BP_MAX_CHARS ||
            PyTuple_GET_SIZE(words) > BP_MAX_WORDS)
            goto bad;
        c->nc = (int)PyTuple_GET_SIZE(chars);
        c->nw = (int)PyTuple_GET_SIZE(words);
        for (int j = 0; j < c->nc; j++) {
            PyObject *ct = PyTuple_GET_ITEM(chars, j);
            int t;
            if (!PyTuple_Check(ct) || PyTuple_GET_SIZE(ct) != 2) goto bad;
            if (bp_int(ct, 0, -64, 64, &c->c[j].off) < 0 || bp_int(ct, 1, 0, (long)n_tables - 1, &t) < 0) goto fail;
            if (PyBytes_GET_SIZE(PyTuple_GET_ITEM(tables, t)) != n_slots * (Py_ssize_t)sizeof(double)) goto bad;
            c->c[j].t = BP.tables + offset[t];
        }
        for (int j = 0; j < c->nw; j++) {
            PyObject *wt = PyTuple_GET_ITEM(words, j);
            BpWord *w = &c->w[j];
            int d, cls, t;
            if (!PyTuple_Check(wt) || PyTuple_GET_SIZE(wt) != 7) goto bad;
            if (bp_int(wt, 0, -64, 64, &w->a) < 0 || bp_int(wt, 1, -64, 64, &w->b) < 0 ||
                bp_int(wt, 2, 0, (long)PyTuple_GET_SIZE(dicts) - 1, &d) < 0 || bp_int(wt, 3, -64, 64, &w->off) < 0 ||
                bp_int(wt, 4, 0, (long)n_classes - 1, &cls) < 0 || bp_int(wt, 5, 0, (long)n_tables - 1, &t) < 0 ||
                bp_int(wt, 6, 1, 1 << 16, &w->width) < 0)
                goto fail;
            if (w->a >= w->b) goto bad;
            w->dict = PyTuple_GET_ITEM(dicts, d);
            w->hash = NULL;
            if (w->b - w->a <= BP_HASH_LEN) {
                BpHash *h = &BP.hash[d][w->b - w->a];
                if (h->slot == NULL && bp_hash_build(h, w->dict, w->b - w->a) < 0) goto fail;
                w->hash = h;
            }
            w->cls = BP.classes + cls * n_slots;
            w->t = BP.tables + offset[t];
            Py_ssize_t size = PyBytes_GET_SIZE(PyTuple_GET_ITEM(tables, t)) / (Py_ssize_t)sizeof(double);
            int top = 0;
            for (int s = 0; s < n_slots; s++)
                if (w->cls[s] > top) top = w->cls[s];
            if (top >= BP_MAX_CLASS || (Py_ssize_t)(top + 1) * w->width > size) goto bad;
            for (int r = 0; r <= top; r++) {
                const double *row = w->t + r * w->width;
                w->max[r] = row[0];
                w->flat[r] = 1;
                for (int x = 1; x < w->width; x++) {
                    if (row[x] != row[0]) w->flat[r] = 0;
                    if (row[x] > w->max[r]) w->max[r] = row[x];
                }
            }
            double lo_v = w->t[0], hi_v = w->t[0];
            for (Py_ssize_t x = 1; x < (Py_ssize_t)(top + 1) * w->width; x++) {
                if (w->t[x] < lo_v) lo_v = w->t[x];
                if (w->t[x] > hi_v) hi_v = w->t[x];
            }
            w->spread = hi_v - lo_v;
            w->key = -1;
            for (int q = 0; q < BP.n_keys; q++)
                if (BP.key_dict[q] == d && BP.key_a[q] == w->a && BP.key_b[q] == w->b) w->key = q;
            if (w->key < 0) {
                w->key = BP.n_keys++;
                BP.key_dict[w->key] = d;
                BP.key_a[w->key] = w->a;
                BP.key_b[w->key] = w->b;
            }
            /* (insertion by spread, widest first) */
            int at = j;
            while (at > 0 && c->w[c->order[at - 1]].spread < w->spread) {
                c->order[at] = c->order[at - 1];
                at--;
            }
            c->order[at] = j;
        }
    }
    BP.other = other;
    BP.edge = edge;
    BP.n_slots = n_slots;
    BP.ready = 1;
    Py_RETURN_NONE;
bad:
    PyErr_SetString(PyExc_ValueError, "malformed start program");
fail:
    bp_free();
    return NULL;
}

static inline int bp_slot(int kind, const void *data, Py_ssize_t p, Py_ssize_t lo, Py_ssize_t hi)
{
    if (p < lo || p >= hi) return BP.edge;
    Py_UCS4 c = PyUnicode_READ(kind, data, p);
    return c <= 0xFFFF ? BP.slot_of[c] : BP.other;
}

/* the value in w's dict of its substring at s (0 when absent), BP_OUT when it leaves the bounds,
 * -1 on an error; *cache (per start and look-up, -2 until read) keeps it for the other combos */
#define BP_OUT (-3)
static int bp_lookup(PyObject *norm, int kind, const void *data, Py_ssize_t s, Py_ssize_t lo, Py_ssize_t hi,
                     const BpWord *w, int *cache)
{
    if (*cache != -2) return *cache;
    if (s + w->a < lo || s + w->b > hi) return *cache = BP_OUT;
    int got = w->hash != NULL ? bp_hash_get(w->hash, kind, data, s + w->a, w->b - w->a) : -2;
    if (got == -2) { /* (no copy, or a character outside the BMP: ask the dict) */
        PyObject *sub = PyUnicode_Substring(norm, s + w->a, s + w->b);
        if (sub == NULL) return -1;
        PyObject *v = PyDict_GetItemWithError(w->dict, sub);
        Py_DECREF(sub);
        if (v == NULL) {
            if (PyErr_Occurred()) return -1;
            got = 0;
        } else {
            long x = PyLong_AsLong(v);
            if (x == -1 && PyErr_Occurred()) return -1;
            if (x < 0 || x > 0x7FFFFFFF) {
                PyErr_SetString(PyExc_ValueError, "start program: a dict value out of range");
                return -1;
            }
            got = (int)x;
        }
    }
    return *cache = got;
}

/* bit k set: combo k fits at s and sums to 0 or more; -1: an error */
static int bp_kept(PyObject *norm, int kind, const void *data, Py_ssize_t s, Py_ssize_t lo, Py_ssize_t hi)
{
    int mask = 0, cache[BP_MAX_KEYS];
    for (int q = 0; q < BP.n_keys; q++) cache[q] = -2;
    for (int k = 0; k < BP.n_combos; k++) {
        const BpCombo *c = &BP.combo[k];
        if (s + c->n > hi) continue;
        double z = c->cnst, top = 0.0;
        int cls[BP_MAX_WORDS];
        for (int j = 0; j < c->nc; j++) z += c->c[j].t[bp_slot(kind, data, s + c->c[j].off, lo, hi)];
        for (int j = 0; j < c->nw; j++) {
            cls[j] = c->w[j].cls[bp_slot(kind, data, s + c->w[j].off, lo, hi)];
            top += c->w[j].max[cls[j]];
        }
        if (z + top < -1e-6) continue; /* (clearly below, whatever the words: no look-up) */
        double val[BP_MAX_WORDS];
        int below = 0;
        for (int i = 0; i < c->nw; i++) {
            int j = c->order[i];
            const BpWord *w = &c->w[j];
            if (w->flat[cls[j]]) {
                val[j] = w->max[cls[j]]; /* (every category gives it) */
                continue;
            }
            int got = bp_lookup(norm, kind, data, s, lo, hi, w, &cache[w->key]);
            if (got == -1) return -1;
            if (got != BP_OUT && got >= w->width - 1) {
                PyErr_SetString(PyExc_ValueError, "start program: a dict value out of range");
                return -1;
            }
            val[j] = w->t[cls[j] * w->width + (got == BP_OUT ? w->width - 1 : got)];
            top += val[j] - w->max[cls[j]];
            if (z + top < -1e-6) { below = 1; break; }
        }
        if (below) continue;
        for (int j = 0; j < c->nw; j++) z += val[j]; /* (in the reference's order) */
        if (z >= 0.0) mask |= 1 << k;
    }
    return mask;
}

/* starts(norm, lo, hi) -> [s << 8 | combos]: the starts in [lo, hi) the program keeps, in order,
 * each with the bits of its combos that sum to 0 or more */
static PyObject *starts(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    Py_ssize_t lo, hi;
    if (!BP.ready) {
        PyErr_SetString(PyExc_RuntimeError, "start_program() has not been called");
        return NULL;
    }
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "starts(norm, lo, hi)");
        return NULL;
    }
    PyObject *norm = args[0];
    lo = PyLong_AsSsize_t(args[1]);
    hi = PyLong_AsSsize_t(args[2]);
    if ((lo == -1 || hi == -1) && PyErr_Occurred()) return NULL;
    Py_ssize_t len = PyUnicode_GET_LENGTH(norm);
    if (lo < 0) lo = 0;
    if (hi > len) hi = len;
    int kind = PyUnicode_KIND(norm);
    const void *data = PyUnicode_DATA(norm);
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    for (Py_ssize_t s = lo; s < hi; s++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, s);
        if (c > 0xFFFF || !(BP.first[c >> 3] & (1u << (c & 7)))) continue;
        int r = bp_kept(norm, kind, data, s, lo, hi);
        if (r < 0) goto fail;
        if (r) {
            PyObject *v = PyLong_FromSsize_t(s << 8 | r);
            if (v == NULL || PyList_Append(out, v) < 0) { Py_XDECREF(v); goto fail; }
            Py_DECREF(v);
        }
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef METHODS[] = {
    {"find", find, METH_VARARGS, "find(text, norm, lo, hi, wanted) -> [(start, end, entity, score, explanation)]"},
    {"init", init, METH_VARARGS, "init(Candidate, entities, words, why_digits, why_alnum, why_grouped, why_plate, tables)"},
    {"gates", (PyCFunction)(void (*)(void))gates, METH_FASTCALL, "gates(norm, lo, hi) -> bits of the rare groups left to Python"},
    {"findings", (PyCFunction)(void (*)(void))findings, METH_FASTCALL,
     "findings(candidates, Finding, round) -> [Finding] with scores rounded to 3 places"},
    {"start_program", start_program, METH_VARARGS,
     "start_program(first, slot_of, other, edge, dicts, tables, classes, combos): load a _names.StartProgram"},
    {"starts", (PyCFunction)(void (*)(void))starts, METH_FASTCALL, "starts(norm, lo, hi) -> [start << 8 | combo bits] the program keeps"},
    {"analyse", py_analyse, METH_O, "analyse(lower-cased window) -> (cue distances by kind, counter distance)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef MODULE = {PyModuleDef_HEAD_INIT, "_cidents",
                                    "Compiled identifier candidate pass of cnpii.detection.", -1, METHODS};

PyMODINIT_FUNC PyInit__cidents(void) { return PyModule_Create(&MODULE); }
