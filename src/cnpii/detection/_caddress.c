/* cnpii.detection._caddress: the compiled form of cnpii/detection/_address.py's find_addresses.
 *
 * It gives exactly the candidates the pure-Python function gives (tests/test_caddress_native.py
 * compares them). Every regular expression of _address.py is emulated by a hand-written scan
 * named after it; the word lists come from _address.py through init(), so they live in one
 * place.
 *
 * find(norm, lo, hi) -> list of Candidate(start, end, CN_ADDRESS, score, explanation)
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

/* ----------------------------------------------------------------------------------------- */
/* word lists, in the order of their regex alternation */

#define MAX_WORD 8
typedef struct {
    int n;
    Py_UCS4 (*w)[MAX_WORD + 1]; /* each word 0-terminated */
    int *len;
} Words;

enum {
    L_ADMIN, L_ROAD, L_PLACE, L_UNIT, L_ESTATE_UNIT, L_PROVINCE, L_START, L_START_AHEAD2, L_LEAD, L_ORG, L_CUE,
    L_COUNT
};
static Words LISTS[L_COUNT];
/* first characters of each list's words, as a bitmap over the BMP (a word starting outside the
 * BMP sets FIRST_ASTRAL): most positions are rejected by one bit test */
static unsigned char FIRST[L_COUNT][0x10000 / 8];
static int FIRST_ASTRAL[L_COUNT];

static inline int may_start(int list, Py_UCS4 c)
{
    if (c > 0xFFFF) return FIRST_ASTRAL[list];
    return (FIRST[list][c >> 3] >> (c & 7)) & 1;
}
static const char *LIST_KEYS[L_COUNT] = {"admin", "road", "place", "unit", "estate_unit", "provinces", "start",
                                          "start_ahead2", "lead", "org", "cue"};

/* single-character sets */
enum { S_NUM, S_ANCHOR, S_START_AHEAD1, S_ADMIN_CHARS, S_ROOM, S_LEAD_TAIL, S_CUE_TAIL, S_COUNT };
static const char *SET_KEYS[S_COUNT] = {"num", "anchor", "start_ahead1", "admin_chars", "room", "lead_tail", "cue_tail"};
static Py_UCS4 *SETS[S_COUNT];
static int SET_N[S_COUNT];

static PyTypeObject *CANDIDATE = NULL;
static PyObject *ENTITY = NULL;
static PyObject *WHY[64][2]; /* "pattern=address-chain components=N" [+ " context=cue"] */

static inline int is_cjk(Py_UCS4 c) { return c >= 0x4E00 && c <= 0x9FFF; }
static inline int is_digit(Py_UCS4 c) { return c >= '0' && c <= '9'; }
static inline int is_ascii_letter(Py_UCS4 c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

static inline int in_set(int set, Py_UCS4 c)
{
    const Py_UCS4 *s = SETS[set];
    for (int i = 0; i < SET_N[set]; i++)
        if (s[i] == c) return 1;
    return 0;
}

/* the length of word i of list at t[p:hi], or 0 */
static inline int word_at(const Words *l, int i, const Py_UCS4 *t, Py_ssize_t p, Py_ssize_t hi)
{
    int n = l->len[i];
    if (p + n > hi) return 0;
    const Py_UCS4 *w = l->w[i];
    for (int j = 0; j < n; j++)
        if (t[p + j] != w[j]) return 0;
    return n;
}

/* the first word of the list (alternation order) at t[p:hi]: its length, or 0 */
static int first_word(int list, const Py_UCS4 *t, Py_ssize_t p, Py_ssize_t hi)
{
    if (p >= hi || !may_start(list, t[p])) return 0;
    const Words *l = &LISTS[list];
    for (int i = 0; i < l->n; i++) {
        int n = word_at(l, i, t, p, hi);
        if (n) return n;
    }
    return 0;
}

/* the longest word of the list at t[p:hi] (a trie regex), or 0 */
static int longest_word(int list, const Py_UCS4 *t, Py_ssize_t p, Py_ssize_t hi)
{
    if (p >= hi || !may_start(list, t[p])) return 0;
    const Words *l = &LISTS[list];
    int best = 0;
    for (int i = 0; i < l->n; i++) {
        int n = word_at(l, i, t, p, hi);
        if (n > best) best = n;
    }
    return best;
}

/* ----------------------------------------------------------------------------------------- */
/* _COMPONENT.match(norm, e, hi): the end and the group, or -1 */

enum { G_ADMIN, G_ROAD, G_NUM, G_PLACE, G_ESTATE, G_ROOM };

/* [CJK]{1,k}? followed by a word of list: the end, or -1 (lazy: the shortest prefix wins,
 * then the first word of the alternation) */
static Py_ssize_t lazy_prefix_word(int list, const Py_UCS4 *t, Py_ssize_t e, Py_ssize_t hi, int kmax, int letters)
{
    for (int k = 1; k <= kmax; k++) {
        Py_ssize_t q = e + k;
        Py_UCS4 c = q - 1 < hi ? t[q - 1] : 0;
        if (q - 1 >= hi || !(is_cjk(c) || (letters && is_ascii_letter(c)))) return -1;
        int n = first_word(list, t, q, hi);
        if (n) return q + n;
    }
    return -1;
}

/* _NUM _UNIT at q: [num chars]{1,6} (greedy, backtracking) then the first unit that fits */
static Py_ssize_t num_unit(const Py_UCS4 *t, Py_ssize_t q, Py_ssize_t hi)
{
    Py_ssize_t r = q;
    while (r < hi && r - q < 6 && in_set(S_NUM, t[r])) r++;
    for (Py_ssize_t x = r; x > q; x--) {
        int n = first_word(L_UNIT, t, x, hi);
        if (n) return x + n;
    }
    return -1;
}

static Py_ssize_t component(const Py_UCS4 *t, Py_ssize_t e, Py_ssize_t hi, int *group)
{
    Py_ssize_t end;
    /* admin: [CJK]{1,8}? ADMIN_SUFFIX */
    if ((end = lazy_prefix_word(L_ADMIN, t, e, hi, 8, 0)) >= 0) { *group = G_ADMIN; return end; }
    /* road: [CJK]{1,8}? ROAD_SUFFIX (?:NUM UNIT)? */
    if ((end = lazy_prefix_word(L_ROAD, t, e, hi, 8, 0)) >= 0) {
        Py_ssize_t x = num_unit(t, end, hi);
        *group = G_ROAD;
        return x >= 0 ? x : end;
    }
    /* num: NUM UNIT */
    if ((end = num_unit(t, e, hi)) >= 0) { *group = G_NUM; return end; }
    /* place: [CJK A-Za-z]{1,10}? PLACE_SUFFIX+ */
    if ((end = lazy_prefix_word(L_PLACE, t, e, hi, 10, 1)) >= 0) {
        int n;
        while ((n = first_word(L_PLACE, t, end, hi)) > 0) end += n;
        *group = G_PLACE;
        return end;
    }
    /* estate: [CJK]{2,8}(?=[0-9]{1,4}(?:号楼|栋|幢|座)) -- only the whole CJK run can precede a digit */
    {
        Py_ssize_t r = e;
        while (r < hi && r - e < 9 && is_cjk(t[r])) r++;
        Py_ssize_t k = r - e;
        if (k >= 2 && k <= 8) {
            Py_ssize_t d = r;
            while (d < hi && is_digit(t[d])) d++;
            if (d > r && d - r <= 4 && first_word(L_ESTATE_UNIT, t, d, hi)) { *group = G_ESTATE; return r; }
        }
    }
    /* room: [0-9]{2,5}(?:室|房)?(?![0-9]) */
    {
        Py_ssize_t d = e;
        while (d < hi && is_digit(t[d])) d++;
        Py_ssize_t k = d - e;
        if (k >= 2 && k <= 5) {
            *group = G_ROOM;
            if (d < hi && in_set(S_ROOM, t[d]) && !(d + 1 < hi && is_digit(t[d + 1]))) return d + 1;
            return d;
        }
    }
    return -1;
}

/* ----------------------------------------------------------------------------------------- */
/* starts */

/* the lookahead of _START at q: [CJK]{1,12}?(?:[省市区县旗镇乡路街村]|大道|胡同) */
static int start_ahead(const Py_UCS4 *t, Py_ssize_t q, Py_ssize_t hi)
{
    for (int k = 1; k <= 12; k++) {
        Py_ssize_t x = q + k;
        if (x - 1 >= hi || !is_cjk(t[x - 1])) return 0;
        if (x < hi && in_set(S_START_AHEAD1, t[x])) return 1;
        if (first_word(L_START_AHEAD2, t, x, hi)) return 1;
    }
    return 0;
}

/* _START.match at p: the end, or -1 (alternatives in order, each with the lookahead) */
static Py_ssize_t start_match(const Py_UCS4 *t, Py_ssize_t p, Py_ssize_t hi)
{
    if (!is_cjk(t[p])) return start_ahead(t, p + 1, hi) ? p + 1 : -1;
    const Words *l = &LISTS[L_START];
    if (!may_start(L_START, t[p])) return -1;
    for (int i = 0; i < l->n; i++) {
        int n = word_at(l, i, t, p, hi);
        if (n && start_ahead(t, p + n, hi)) return p + n;
    }
    return -1;
}

/* _ORG_AFTER.search(t, a, b) */
static int org_in(const Py_UCS4 *t, Py_ssize_t a, Py_ssize_t b)
{
    for (Py_ssize_t p = a; p < b; p++)
        if (first_word(L_ORG, t, p, b)) return 1;
    return 0;
}

/* _CUE.search(norm, max(lo, s - 10), s) (re.I): a cue word, up to 3 of [\s:：=\"'>], then the
 * end ($: at s, or before a newline at s - 1) */
static inline Py_UCS4 fold(Py_UCS4 c)
{
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c == 0x17F) return 's'; /* LONG S matches s under re.I */
    if (c == 0x212A) return 'k';
    return c;
}

static int cue_before(const Py_UCS4 *t, Py_ssize_t s, Py_ssize_t lo)
{
    Py_ssize_t a = s - 10 > lo ? s - 10 : lo;
    for (int nl = 0; nl < 2; nl++) {
        Py_ssize_t end = s;
        if (nl) {
            if (!(s - 1 >= a && t[s - 1] == '\n')) break;
            end = s - 1;
        }
        for (int k = 0; k <= 3; k++) {
            Py_ssize_t w_end = end - k;
            if (w_end < a) break;
            if (k > 0) {
                Py_UCS4 c = t[w_end];
                if (!(Py_UNICODE_ISSPACE(c) || in_set(S_CUE_TAIL, c))) break;
            }
            const Words *l = &LISTS[L_CUE];
            for (int i = 0; i < l->n; i++) {
                int n = l->len[i];
                Py_ssize_t st = w_end - n;
                if (st < a) continue;
                int ok = 1;
                for (int j = 0; j < n; j++)
                    if (fold(t[st + j]) != l->w[i][j]) { ok = 0; break; }
                if (ok) return 1;
            }
        }
    }
    return 0;
}

/* ----------------------------------------------------------------------------------------- */

/* The rest of a chain once it has two components: from there on a room never ends the chain
 * early and always counts as fine, so what the chain gathers from a position on depends on
 * that position only. Deep[e] memoises it, so a text of many starts sharing one long chain
 * (北京市北京市...) costs linear time instead of a re-walk per start. */
typedef struct {
    Py_ssize_t end, last_s, last_e;
    Py_ssize_t n;
    char fine, admin, done;
} Deep;

static int deep_info(const Py_UCS4 *t, Py_ssize_t lo, Py_ssize_t hi, Deep *memo, Py_ssize_t e0, Deep *out)
{
    Py_ssize_t cap = 16, np = 0;
    Py_ssize_t *path = PyMem_New(Py_ssize_t, (size_t)cap);
    int *groups = PyMem_New(int, (size_t)cap);
    Py_ssize_t *ends = PyMem_New(Py_ssize_t, (size_t)cap);
    if (path == NULL || groups == NULL || ends == NULL) goto nomem;
    Py_ssize_t e = e0;
    while (!memo[e - lo].done) {
        int g = 0;
        Py_ssize_t ce = e < hi ? component(t, e, hi, &g) : -1;
        if (ce < 0 || ce == e) {
            Deep *d = &memo[e - lo];
            d->end = e;
            d->n = 0;
            d->fine = d->admin = 0;
            d->last_s = d->last_e = -1;
            d->done = 1;
            break;
        }
        if (np == cap) {
            cap *= 2;
            if (PyMem_Resize(path, Py_ssize_t, (size_t)cap) == NULL || PyMem_Resize(groups, int, (size_t)cap) == NULL ||
                PyMem_Resize(ends, Py_ssize_t, (size_t)cap) == NULL)
                goto nomem;
        }
        path[np] = e;
        groups[np] = g;
        ends[np] = ce;
        np++;
        e = ce;
    }
    for (Py_ssize_t i = np - 1; i >= 0; i--) {
        const Deep *nx = &memo[ends[i] - lo];
        Deep *d = &memo[path[i] - lo];
        int g = groups[i];
        d->end = nx->end;
        d->n = nx->n + 1;
        d->fine = nx->fine || g == G_ROAD || g == G_NUM || g == G_PLACE || g == G_ESTATE || g == G_ROOM;
        d->admin = nx->admin || g == G_ADMIN;
        if (nx->n > 0) {
            d->last_s = nx->last_s;
            d->last_e = nx->last_e;
        } else {
            d->last_s = path[i];
            d->last_e = ends[i];
        }
        d->done = 1;
    }
    *out = memo[e0 - lo];
    PyMem_Free(path);
    PyMem_Free(groups);
    PyMem_Free(ends);
    return 0;
nomem:
    PyMem_Free(path);
    PyMem_Free(groups);
    PyMem_Free(ends);
    PyErr_NoMemory();
    return -1;
}

static PyObject *why_string(Py_ssize_t n_comp, int cue)
{
    if (n_comp >= 64) {
        return PyUnicode_FromFormat("pattern=address-chain components=%zd%s", n_comp, cue ? " context=cue" : "");
    }
    PyObject *s = WHY[n_comp][cue];
    if (s == NULL) {
        s = PyUnicode_FromFormat("pattern=address-chain components=%zd%s", n_comp, cue ? " context=cue" : "");
        if (s == NULL) return NULL;
        WHY[n_comp][cue] = s;
    }
    Py_INCREF(s);
    return s;
}

static int emit(PyObject *out, Py_ssize_t s, Py_ssize_t e, double score, Py_ssize_t n_comp, int cue)
{
    PyObject *why = why_string(n_comp, cue);
    if (why == NULL) return -1;
    PyObject *fields = Py_BuildValue("((nnOdN))", s, e, ENTITY, score, why);
    if (fields == NULL) return -1;
    PyObject *c = PyTuple_Type.tp_new(CANDIDATE, fields, NULL);
    Py_DECREF(fields);
    if (c == NULL) return -1;
    int r = PyList_Append(out, c);
    Py_DECREF(c);
    return r;
}

static int cmp_ssize(const void *a, const void *b)
{
    Py_ssize_t x = *(const Py_ssize_t *)a, y = *(const Py_ssize_t *)b;
    return (x > y) - (x < y);
}

static PyObject *find(PyObject *self, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "find(norm, lo, hi)");
        return NULL;
    }
    if (CANDIDATE == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "cnpii._caddress.init() was not called");
        return NULL;
    }
    Py_ssize_t lo = PyLong_AsSsize_t(args[1]), hi = PyLong_AsSsize_t(args[2]);
    if ((lo == -1 || hi == -1) && PyErr_Occurred()) return NULL;
    Py_ssize_t len = PyUnicode_GET_LENGTH(args[0]);
    if (lo < 0 || hi > len || lo > hi) {
        PyErr_SetString(PyExc_ValueError, "need 0 <= lo <= hi <= len(norm)");
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    /* _ANCHOR.search(norm, lo, hi) first, without copying the text */
    {
        int kind = PyUnicode_KIND(args[0]);
        const void *data = PyUnicode_DATA(args[0]);
        int any = 0;
        for (Py_ssize_t i = lo; i < hi && !any; i++)
            any = in_set(S_ANCHOR, PyUnicode_READ(kind, data, i));
        if (!any) return out;
    }
    Py_UCS4 *t = PyUnicode_AsUCS4Copy(args[0]);
    Py_ssize_t *starts = NULL;
    Deep *memo = NULL;
    if (t == NULL) goto fail;
    starts = PyMem_New(Py_ssize_t, (size_t)(2 * (hi - lo) + 2));
    if (starts == NULL) { PyErr_NoMemory(); goto fail; }
    Py_ssize_t ns = 0;
    /* _START.finditer: ends of non-overlapping matches */
    for (Py_ssize_t p = lo; p < hi;) {
        Py_ssize_t e = start_match(t, p, hi);
        if (e < 0) { p++; continue; }
        starts[ns++] = e;
        p = e;
    }
    /* _START_PROVINCE.finditer: starts of non-overlapping matches */
    for (Py_ssize_t p = lo; p < hi;) {
        int n = longest_word(L_PROVINCE, t, p, hi);
        if (!n) { p++; continue; }
        starts[ns++] = p;
        p += n;
    }
    qsort(starts, (size_t)ns, sizeof starts[0], cmp_ssize);
    Py_ssize_t pos = lo, prev = -1;
    for (Py_ssize_t i = 0; i < ns; i++) {
        Py_ssize_t s = starts[i];
        if (s == prev) continue; /* a set in Python */
        prev = s;
        if (s < pos) continue;
        Py_ssize_t s0 = s;
        /* _LEAD.finditer(norm, s0, min(hi, s0 + 10)) */
        Py_ssize_t lim = s0 + 10 < hi ? s0 + 10 : hi;
        for (Py_ssize_t p = s0; p < lim;) {
            int n = first_word(L_LEAD, t, p, lim);
            if (!n) { p++; continue; }
            /* _ADMIN_CHARS.search(norm, s0, lead.start()) */
            int admin_seen = 0;
            for (Py_ssize_t x = s0; x < p; x++)
                if (in_set(S_ADMIN_CHARS, t[x])) { admin_seen = 1; break; }
            if (admin_seen) break;
            Py_ssize_t q = p + n;
            while (q < lim && (Py_UNICODE_ISSPACE(t[q]) || in_set(S_LEAD_TAIL, t[q]))) q++;
            s = q;
            p = q;
        }
        Py_ssize_t e = s, last_s = s, last_e = s;
        Py_ssize_t n_comp = 0;
        int fine = 0, admin = 0;
        /* the first two components, where a room ends the chain; then the memoised rest */
        while (e < hi && n_comp < 2) {
            int g;
            Py_ssize_t ce = component(t, e, hi, &g);
            if (ce < 0 || ce == e) break;
            last_s = e;
            last_e = ce;
            if (g == G_ADMIN) admin++;
            else if (g == G_ROAD || g == G_NUM || g == G_PLACE || g == G_ESTATE) fine = 1;
            else if (g == G_ROOM) break;
            n_comp++;
            e = ce;
        }
        if (n_comp == 2) {
            if (memo == NULL) {
                memo = PyMem_Calloc((size_t)(hi - lo + 1), sizeof(Deep));
                if (memo == NULL) { PyErr_NoMemory(); goto fail; }
            }
            Deep d;
            if (deep_info(t, lo, hi, memo, e, &d) < 0) goto fail;
            if (d.n > 0) {
                n_comp += d.n;
                fine = fine || d.fine;
                admin = admin || d.admin;
                last_s = d.last_s;
                last_e = d.last_e;
                e = d.end;
            }
        }
        Py_ssize_t org_lim = e + 5 < hi ? e + 5 : hi;
        if (n_comp >= 2 && fine && !org_in(t, e, org_lim) && !org_in(t, last_s, last_e)) {
            int cue = s > lo && cue_before(t, s, lo);
            double score = 0.7 + (cue ? 0.15 : 0.0) + (admin ? 0.05 : 0.0);
            if (score > 0.95) score = 0.95;
            if (emit(out, s, e, score, n_comp, cue) < 0) goto fail;
            pos = e;
        } else {
            pos = s + 1;
        }
    }
    PyMem_Free(memo);
    PyMem_Free(starts);
    PyMem_Free(t);
    return out;
fail:
    PyMem_Free(memo);
    PyMem_Free(starts);
    PyMem_Free(t);
    Py_DECREF(out);
    return NULL;
}

/* ----------------------------------------------------------------------------------------- */

static int load_words(PyObject *tables, int i)
{
    PyObject *seq = PyDict_GetItemString(tables, LIST_KEYS[i]);
    if (seq == NULL || !PyTuple_Check(seq)) {
        PyErr_Format(PyExc_ValueError, "init: tables[%s] must be a tuple of str", LIST_KEYS[i]);
        return -1;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    Words *l = &LISTS[i];
    PyMem_Free(l->w);
    PyMem_Free(l->len);
    l->n = 0;
    l->w = PyMem_Malloc(sizeof(*l->w) * (size_t)(n + 1));
    l->len = PyMem_Malloc(sizeof(int) * (size_t)(n + 1));
    if (l->w == NULL || l->len == NULL) { PyErr_NoMemory(); return -1; }
    for (Py_ssize_t j = 0; j < n; j++) {
        PyObject *w = PyTuple_GET_ITEM(seq, j);
        if (!PyUnicode_Check(w) || PyUnicode_GET_LENGTH(w) < 1 || PyUnicode_GET_LENGTH(w) > MAX_WORD) {
            PyErr_Format(PyExc_ValueError, "init: bad word in tables[%s]", LIST_KEYS[i]);
            return -1;
        }
        Py_ssize_t m = PyUnicode_GET_LENGTH(w);
        for (Py_ssize_t k = 0; k < m; k++) l->w[j][k] = PyUnicode_READ_CHAR(w, k);
        l->w[j][m] = 0;
        l->len[j] = (int)m;
    }
    l->n = (int)n;
    memset(FIRST[i], 0, sizeof FIRST[i]);
    FIRST_ASTRAL[i] = 0;
    for (Py_ssize_t j = 0; j < n; j++) {
        Py_UCS4 c = l->w[j][0];
        if (c > 0xFFFF) FIRST_ASTRAL[i] = 1;
        else FIRST[i][c >> 3] |= (unsigned char)(1u << (c & 7));
    }
    return 0;
}

static PyObject *init(PyObject *self, PyObject *args)
{
    PyObject *candidate, *entity, *tables;
    if (!PyArg_ParseTuple(args, "O!OO!", &PyType_Type, &candidate, &entity, &PyDict_Type, &tables)) return NULL;
    if (!PyType_IsSubtype((PyTypeObject *)candidate, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "Candidate must be a tuple subclass");
        return NULL;
    }
    for (int i = 0; i < L_COUNT; i++)
        if (load_words(tables, i) < 0) return NULL;
    for (int i = 0; i < S_COUNT; i++) {
        PyObject *s = PyDict_GetItemString(tables, SET_KEYS[i]);
        if (s == NULL || !PyUnicode_Check(s)) {
            PyErr_Format(PyExc_ValueError, "init: tables[%s] must be a str", SET_KEYS[i]);
            return NULL;
        }
        Py_UCS4 *b = PyUnicode_AsUCS4Copy(s);
        if (b == NULL) return NULL;
        PyMem_Free(SETS[i]);
        SETS[i] = b;
        SET_N[i] = (int)PyUnicode_GET_LENGTH(s);
    }
    Py_INCREF(candidate);
    Py_XSETREF(CANDIDATE, (PyTypeObject *)candidate);
    Py_INCREF(entity);
    Py_XSETREF(ENTITY, entity);
    Py_RETURN_NONE;
}

static PyMethodDef METHODS[] = {
    {"find", (PyCFunction)(void (*)(void))find, METH_FASTCALL, "find(norm, lo, hi) -> [Candidate]"},
    {"init", init, METH_VARARGS, "init(Candidate, entity, tables)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef MODULE = {PyModuleDef_HEAD_INIT, "_caddress",
                                    "Compiled address finder of cnpii.detection.", -1, METHODS};

PyMODINIT_FUNC PyInit__caddress(void) { return PyModule_Create(&MODULE); }
