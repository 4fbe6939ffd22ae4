/* Compiled Chinese person-name finder: the C form of cnpii.detection._names.find_names.
 *
 * It gives exactly the candidates the pure-Python reference (_names._find_names_py) gives:
 * same spans, same scores (the same doubles added in the same order) and the same explanation
 * strings. Every regular expression of the reference is emulated by hand (alternation order,
 * greedy repeats with backtracking, look-arounds, `$` before a final newline, `\s` as Unicode
 * whitespace, the lower-cased cue window), without a regex library.
 *
 * The word tables are not copied here: _names.py passes the sets and word lists it builds to
 * init() once. Only the structure of the patterns (character classes such as [\s:：/="'>],
 * the CJK range, repeat bounds) lives in this file.
 *
 * Every scan is linear in hi - lo: each position does bounded work (words are short), the
 * name-start positions are a flag array, and taken spans are kept as a few sorted lists that
 * only grow at their end.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ character sets */

typedef struct {
    uint8_t bmp[0x10000 / 8];
    Py_UCS4 *astral; /* sorted */
    Py_ssize_t n_astral;
} CharSet;

static int cmp_ucs4(const void *a, const void *b) {
    Py_UCS4 x = *(const Py_UCS4 *)a, y = *(const Py_UCS4 *)b;
    return x < y ? -1 : x > y;
}

static inline int cs_has(const CharSet *cs, Py_UCS4 c) {
    if (c < 0x10000)
        return (cs->bmp[c >> 3] >> (c & 7)) & 1;
    if (cs->n_astral == 0)
        return 0;
    return bsearch(&c, cs->astral, (size_t)cs->n_astral, sizeof(Py_UCS4), cmp_ucs4) != NULL;
}

static int cs_add(CharSet *cs, Py_UCS4 c) {
    if (c < 0x10000) {
        cs->bmp[c >> 3] |= (uint8_t)(1u << (c & 7));
        return 0;
    }
    if (cs_has(cs, c))
        return 0;
    Py_UCS4 *n = PyMem_Realloc(cs->astral, sizeof(Py_UCS4) * (size_t)(cs->n_astral + 1));
    if (n == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    cs->astral = n;
    cs->astral[cs->n_astral++] = c;
    qsort(cs->astral, (size_t)cs->n_astral, sizeof(Py_UCS4), cmp_ucs4);
    return 0;
}

static void cs_free(CharSet *cs) {
    PyMem_Free(cs->astral);
    cs->astral = NULL;
    cs->n_astral = 0;
}

/* ------------------------------------------------------------------ tries */

/* words read forwards (prefix matches) or backwards (suffix matches, "word$"); each node's
   edges are sorted by character */
typedef struct {
    Py_UCS4 ch;
    int32_t child;
} Edge;

typedef struct {
    Edge *e;
    int32_t n, cap;
    int32_t term; /* a word ends here */
} TNode;

typedef struct {
    TNode *nodes;
    int32_t n, cap;
} Trie;

static inline int32_t trie_child(const Trie *t, int32_t node, Py_UCS4 c) {
    const TNode *nd = &t->nodes[node];
    int32_t lo = 0, hi = nd->n;
    while (lo < hi) {
        int32_t mid = (lo + hi) / 2;
        if (nd->e[mid].ch < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return (lo < nd->n && nd->e[lo].ch == c) ? nd->e[lo].child : -1;
}

static int32_t trie_new_node(Trie *t) {
    if (t->n == t->cap) {
        int32_t nc = t->cap ? t->cap * 2 : 16;
        TNode *nn = PyMem_Realloc(t->nodes, sizeof(TNode) * (size_t)nc);
        if (nn == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        t->nodes = nn;
        t->cap = nc;
    }
    memset(&t->nodes[t->n], 0, sizeof(TNode));
    return t->n++;
}

static int trie_add(Trie *t, const Py_UCS4 *p, Py_ssize_t n, int backwards) {
    if (t->n == 0 && trie_new_node(t) < 0)
        return -1;
    int32_t node = 0;
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_UCS4 c = backwards ? p[n - 1 - k] : p[k];
        int32_t child = trie_child(t, node, c);
        if (child < 0) {
            if ((child = trie_new_node(t)) < 0)
                return -1;
            TNode *nd = &t->nodes[node];
            if (nd->n == nd->cap) {
                int32_t nc = nd->cap ? nd->cap * 2 : 4;
                Edge *ne = PyMem_Realloc(nd->e, sizeof(Edge) * (size_t)nc);
                if (ne == NULL) {
                    PyErr_NoMemory();
                    return -1;
                }
                nd->e = ne;
                nd->cap = nc;
            }
            int32_t i = nd->n;
            while (i > 0 && nd->e[i - 1].ch > c) {
                nd->e[i] = nd->e[i - 1];
                i--;
            }
            nd->e[i].ch = c;
            nd->e[i].child = child;
            nd->n++;
        }
        node = child;
    }
    t->nodes[node].term = 1;
    return 0;
}

static void trie_free(Trie *t) {
    for (int32_t i = 0; i < t->n; i++)
        PyMem_Free(t->nodes[i].e);
    PyMem_Free(t->nodes);
    t->nodes = NULL;
    t->n = t->cap = 0;
}

/* ------------------------------------------------------------------ word sets */

#define MAXWORD 63

typedef struct {
    uint32_t off, len, hash, used;
} Slot;

typedef struct {
    Py_UCS4 *pool;
    size_t pool_len, pool_cap;
    Slot *slots;
    size_t cap, count; /* cap: power of two */
    uint64_t lenmask;  /* bit n: some word has length n */
    int maxlen;
    CharSet first; /* first characters of the words */
    CharSet last;  /* last characters of the words */
    Trie fwd, bwd;
} WordSet;

static inline uint32_t hash_ucs4(const Py_UCS4 *p, Py_ssize_t n) {
    uint32_t h = 2166136261u;
    for (Py_ssize_t i = 0; i < n; i++) {
        h ^= (uint32_t)p[i];
        h *= 16777619u;
        h ^= h >> 15;
    }
    return h;
}

static inline int ws_has(const WordSet *ws, const Py_UCS4 *p, Py_ssize_t n) {
    if (n <= 0 || n > ws->maxlen || !((ws->lenmask >> n) & 1) || ws->cap == 0)
        return 0;
    uint32_t h = hash_ucs4(p, n);
    size_t mask = ws->cap - 1, i = h & mask;
    while (ws->slots[i].used) {
        const Slot *sl = &ws->slots[i];
        if (sl->hash == h && sl->len == (uint32_t)n &&
            memcmp(ws->pool + sl->off, p, sizeof(Py_UCS4) * (size_t)n) == 0)
            return 1;
        i = (i + 1) & mask;
    }
    return 0;
}

static int ws_grow(WordSet *ws) {
    size_t ncap = ws->cap ? ws->cap * 2 : 64;
    Slot *ns = PyMem_Calloc(ncap, sizeof(Slot));
    if (ns == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (size_t i = 0; i < ws->cap; i++) {
        if (!ws->slots[i].used)
            continue;
        size_t j = ws->slots[i].hash & (ncap - 1);
        while (ns[j].used)
            j = (j + 1) & (ncap - 1);
        ns[j] = ws->slots[i];
    }
    PyMem_Free(ws->slots);
    ws->slots = ns;
    ws->cap = ncap;
    return 0;
}

static int ws_add(WordSet *ws, const Py_UCS4 *p, Py_ssize_t n) {
    if (n <= 0)
        return 0; /* the empty word never matches in the reference either (never passed) */
    if (n > MAXWORD) {
        PyErr_SetString(PyExc_ValueError, "_cnames: word too long");
        return -1;
    }
    if (ws_has(ws, p, n))
        return 0;
    if ((ws->count + 1) * 2 > ws->cap && ws_grow(ws) < 0)
        return -1;
    if (ws->pool_len + (size_t)n > ws->pool_cap) {
        size_t ncap = (ws->pool_cap + (size_t)n) * 2;
        Py_UCS4 *np = PyMem_Realloc(ws->pool, ncap * sizeof(Py_UCS4));
        if (np == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        ws->pool = np;
        ws->pool_cap = ncap;
    }
    memcpy(ws->pool + ws->pool_len, p, sizeof(Py_UCS4) * (size_t)n);
    uint32_t h = hash_ucs4(p, n);
    size_t i = h & (ws->cap - 1);
    while (ws->slots[i].used)
        i = (i + 1) & (ws->cap - 1);
    ws->slots[i].off = (uint32_t)ws->pool_len;
    ws->slots[i].len = (uint32_t)n;
    ws->slots[i].hash = h;
    ws->slots[i].used = 1;
    ws->pool_len += (size_t)n;
    ws->count++;
    ws->lenmask |= (uint64_t)1 << n;
    if (n > ws->maxlen)
        ws->maxlen = (int)n;
    if (trie_add(&ws->fwd, p, n, 0) < 0 || trie_add(&ws->bwd, p, n, 1) < 0)
        return -1;
    if (cs_add(&ws->last, p[n - 1]) < 0)
        return -1;
    return cs_add(&ws->first, p[0]);
}

static void ws_free(WordSet *ws) {
    PyMem_Free(ws->pool);
    PyMem_Free(ws->slots);
    cs_free(&ws->first);
    cs_free(&ws->last);
    trie_free(&ws->fwd);
    trie_free(&ws->bwd);
    memset(ws, 0, sizeof(*ws));
}

/* ------------------------------------------------------------------ module state */

static int g_ready = 0;
static CharSet g_single, g_given, g_translit, g_after, g_not_first, g_cell_seps, g_left_delims,
    g_role_end, g_first, g_dotset;
static WordSet g_compound, g_common, g_places, g_stop, g_strong_cjk, g_strong_all, g_cue_before,
    g_cue_after, g_weak, g_right_strong, g_right_bad, g_org, g_title, g_news_left, g_news_right,
    g_not_names;
static int g_look_ahead = 0; /* longest word matched past hi (titles, speech verbs) */

/* per character, which scans it may start (a quick test before any trie walk) */
enum { M_STRONG = 1, M_CUEB = 2, M_CUEA = 4, M_NEWSR = 8, M_NEWSL = 16, M_SUR = 32, M_DOT = 64 };
static uint8_t g_mask[0x10000];

static unsigned char_mask_slow(Py_UCS4 c) {
    return (cs_has(&g_strong_cjk.first, c) ? M_STRONG : 0) | (cs_has(&g_cue_before.first, c) ? M_CUEB : 0) |
           (cs_has(&g_cue_after.first, c) ? M_CUEA : 0) | (cs_has(&g_news_right.first, c) ? M_NEWSR : 0) |
           (cs_has(&g_news_left.first, c) ? M_NEWSL : 0) | (cs_has(&g_first, c) ? M_SUR : 0) |
           (c == 0x00B7 || c == 0x2022 ? M_DOT : 0);
}

static inline unsigned char_mask(Py_UCS4 c) { return c < 0x10000 ? g_mask[c] : char_mask_slow(c); }

static PyObject *g_candidate = NULL; /* the Candidate class (a tuple subclass) */
static PyObject *g_person = NULL;    /* Entity.PERSON */
/* explanations: [left][right] for surname+given, [left] for dotted, and the two news ones */
enum { L_NONE, L_CUE, L_DELIM, L_WEAK, L_N };
enum { R_NONE, R_DELIM, R_CUE, R_VERB, R_BAD, R_N };
static PyObject *g_why_main[L_N][R_N];
static PyObject *g_why_dot[L_N];
static PyObject *g_why_speech = NULL, *g_why_title = NULL;
static PyObject *g_half = NULL; /* 0.5 */

static const char *const L_TEXT[L_N] = {"", "cue-before", "delimited-left", "weak-cue-before"};
static const char *const R_TEXT[R_N] = {"", "delimited-right", "cue-after", "verb-after",
                                        "place-or-organisation"};

static void free_state(void) {
    CharSet *css[] = {&g_single, &g_given, &g_translit, &g_after, &g_not_first, &g_cell_seps,
                      &g_left_delims, &g_role_end, &g_first, &g_dotset};
    for (size_t i = 0; i < sizeof(css) / sizeof(css[0]); i++) {
        cs_free(css[i]);
        memset(css[i]->bmp, 0, sizeof(css[i]->bmp));
    }
    WordSet *wss[] = {&g_compound, &g_common, &g_places, &g_stop, &g_strong_cjk, &g_strong_all,
                      &g_cue_before, &g_cue_after, &g_weak, &g_right_strong, &g_right_bad, &g_org,
                      &g_title, &g_news_left, &g_news_right, &g_not_names};
    for (size_t i = 0; i < sizeof(wss) / sizeof(wss[0]); i++)
        ws_free(wss[i]);
    Py_CLEAR(g_candidate);
    Py_CLEAR(g_person);
    for (int l = 0; l < L_N; l++) {
        for (int r = 0; r < R_N; r++)
            Py_CLEAR(g_why_main[l][r]);
        Py_CLEAR(g_why_dot[l]);
    }
    Py_CLEAR(g_why_speech);
    Py_CLEAR(g_why_title);
    memset(g_mask, 0, sizeof(g_mask));
    g_look_ahead = 0;
    g_ready = 0;
}

/* ------------------------------------------------------------------ init */

/* words: an iterable of str; each added to ws (whole) or its characters to cs */
static int fill(PyObject *d, const char *key, WordSet *ws, CharSet *cs) {
    PyObject *obj = PyDict_GetItemString(d, key); /* borrowed */
    if (obj == NULL) {
        PyErr_Format(PyExc_KeyError, "_cnames.init: missing %s", key);
        return -1;
    }
    PyObject *it = PyObject_GetIter(obj);
    if (it == NULL)
        return -1;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        if (!PyUnicode_Check(item)) {
            Py_DECREF(item);
            Py_DECREF(it);
            PyErr_Format(PyExc_TypeError, "_cnames.init: %s holds a non-str", key);
            return -1;
        }
        Py_UCS4 *u = PyUnicode_AsUCS4Copy(item);
        Py_ssize_t n = PyUnicode_GET_LENGTH(item);
        Py_DECREF(item);
        if (u == NULL) {
            Py_DECREF(it);
            return -1;
        }
        int rc = 0;
        if (ws != NULL)
            rc = ws_add(ws, u, n);
        for (Py_ssize_t i = 0; rc == 0 && cs != NULL && i < n; i++)
            rc = cs_add(cs, u[i]);
        PyMem_Free(u);
        if (rc < 0) {
            Py_DECREF(it);
            return -1;
        }
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

static PyObject *make_why(const char *head, const char *l, const char *r) {
    return PyUnicode_FromFormat("%s%s%s%s%s", head, *l ? " context=" : "", l, *r ? " context=" : "", r);
}

static PyObject *cn_init(PyObject *self, PyObject *d) {
    if (!PyDict_Check(d)) {
        PyErr_SetString(PyExc_TypeError, "_cnames.init takes a dict");
        return NULL;
    }
    free_state();
    struct {
        const char *key;
        WordSet *ws;
        CharSet *cs;
    } spec[] = {
        {"single", NULL, &g_single},          {"given", NULL, &g_given},
        {"translit", NULL, &g_translit},      {"after", NULL, &g_after},
        {"not_first", NULL, &g_not_first},    {"cell_seps", NULL, &g_cell_seps},
        {"left_delims", NULL, &g_left_delims}, {"role_end", NULL, &g_role_end},
        {"compound", &g_compound, NULL},      {"common", &g_common, NULL},
        {"places", &g_places, NULL},          {"stop", &g_stop, NULL},
        {"strong_words", &g_strong_cjk, NULL}, {"strong_words", &g_strong_all, NULL},
        {"ascii_words", &g_strong_all, NULL}, {"cue_before", &g_cue_before, NULL},
        {"cue_after", &g_cue_after, NULL},    {"weak_words", &g_weak, NULL},
        {"right_strong", &g_right_strong, NULL}, {"right_bad", &g_right_bad, NULL},
        {"org_words", &g_org, NULL},          {"title_words", &g_title, NULL},
        {"news_left", &g_news_left, NULL},    {"news_right", &g_news_right, NULL},
        {"not_names", &g_not_names, NULL},
        /* name starts: single surnames and the first characters of compound ones */
        {"single", NULL, &g_first},           {"compound", NULL, NULL},
        /* the dotted-name part set: translit | given | single */
        {"translit", NULL, &g_dotset},        {"given", NULL, &g_dotset},
        {"single", NULL, &g_dotset},
    };
    for (size_t i = 0; i < sizeof(spec) / sizeof(spec[0]); i++) {
        if ((spec[i].ws || spec[i].cs) && fill(d, spec[i].key, spec[i].ws, spec[i].cs) < 0)
            goto fail;
    }
    for (size_t i = 0; i < g_compound.cap; i++) {
        if (g_compound.slots[i].used && cs_add(&g_first, g_compound.pool[g_compound.slots[i].off]) < 0)
            goto fail;
    }
    if (g_compound.maxlen > 2) {
        PyErr_SetString(PyExc_ValueError, "_cnames.init: compound surnames are two characters");
        goto fail;
    }
    for (Py_UCS4 c = 0; c < 0x10000; c++)
        g_mask[c] = (uint8_t)char_mask_slow(c);
    g_look_ahead = g_title.maxlen > g_news_right.maxlen ? g_title.maxlen : g_news_right.maxlen;
    g_candidate = PyDict_GetItemString(d, "candidate");
    g_person = PyDict_GetItemString(d, "person");
    if (g_candidate == NULL || g_person == NULL || !PyType_Check(g_candidate) ||
        !PyType_IsSubtype((PyTypeObject *)g_candidate, &PyTuple_Type)) {
        g_candidate = g_person = NULL;
        PyErr_SetString(PyExc_TypeError, "_cnames.init: candidate (a tuple subclass) and person needed");
        goto fail;
    }
    Py_INCREF(g_candidate);
    Py_INCREF(g_person);
    for (int l = 0; l < L_N; l++) {
        for (int r = 0; r < R_N; r++) {
            g_why_main[l][r] = make_why("pattern=surname+given dictionary=surnames", L_TEXT[l], R_TEXT[r]);
            if (g_why_main[l][r] == NULL)
                goto fail;
        }
        g_why_dot[l] = make_why("pattern=dotted-name dictionary=transliteration", L_TEXT[l], "");
        if (g_why_dot[l] == NULL)
            goto fail;
    }
    g_why_speech = PyUnicode_FromString("pattern=transliterated-name context=speech-verb");
    g_why_title = PyUnicode_FromString("pattern=transliterated-name context=title");
    if (g_why_speech == NULL || g_why_title == NULL)
        goto fail;
    if (g_half == NULL && (g_half = PyFloat_FromDouble(0.5)) == NULL)
        goto fail;
    g_ready = 1;
    Py_RETURN_NONE;
fail:
    free_state();
    return NULL;
}

/* ------------------------------------------------------------------ taken spans */

typedef struct {
    Py_ssize_t *a, *b; /* sorted disjoint [a, b) */
    Py_ssize_t n, cap;
} Spans;

static void sp_free(Spans *sp) {
    PyMem_Free(sp->a);
    PyMem_Free(sp->b);
    sp->a = sp->b = NULL;
    sp->n = sp->cap = 0;
}

/* Taken.append: insert at bisect_right(starts, s) (in practice always at the end) */
static int sp_append(Spans *sp, Py_ssize_t s, Py_ssize_t e) {
    if (sp->n == sp->cap) {
        Py_ssize_t nc = sp->cap ? sp->cap * 2 : 16;
        Py_ssize_t *na = PyMem_Realloc(sp->a, sizeof(Py_ssize_t) * (size_t)nc);
        if (na == NULL)
            return PyErr_NoMemory(), -1;
        sp->a = na;
        Py_ssize_t *nb = PyMem_Realloc(sp->b, sizeof(Py_ssize_t) * (size_t)nc);
        if (nb == NULL)
            return PyErr_NoMemory(), -1;
        sp->b = nb;
        sp->cap = nc;
    }
    Py_ssize_t i = sp->n;
    while (i > 0 && sp->a[i - 1] > s)
        i--;
    if (i < sp->n) {
        memmove(sp->a + i + 1, sp->a + i, sizeof(Py_ssize_t) * (size_t)(sp->n - i));
        memmove(sp->b + i + 1, sp->b + i, sizeof(Py_ssize_t) * (size_t)(sp->n - i));
    }
    sp->a[i] = s;
    sp->b[i] = e;
    sp->n++;
    return 0;
}

/* Taken.overlaps */
static int sp_overlaps(const Spans *sp, Py_ssize_t s, Py_ssize_t e) {
    Py_ssize_t lo = 0, hi = sp->n; /* bisect_right(a, s) */
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (s < sp->a[mid])
            hi = mid;
        else
            lo = mid + 1;
    }
    Py_ssize_t i = lo - 1;
    if (i >= 0 && sp->b[i] > s)
        return 1;
    return i + 1 < sp->n && sp->a[i + 1] < e;
}

/* ------------------------------------------------------------------ the scan */

enum { T_INIT, T_DOT, T_MAIN, T_NEWS1, T_NEWS2, T_N };

typedef struct {
    const Py_UCS4 *buf; /* characters [base, top) of norm */
    Py_ssize_t base, top, lo, hi;
    const uint8_t *mk; /* char_mask of the characters [lo, hi) */
    unsigned any;      /* their union */
    Spans taken[T_N]; /* together: the reference's one Taken (all pairwise disjoint) */
    PyObject *out;
} Ctx;

#define CH(i) (cx->buf[(i) - cx->base])
#define PTR(i) (cx->buf + ((i) - cx->base))
#define MK(i) (cx->mk[(i) - cx->lo])

static inline int is_cjk(Py_UCS4 c) { return c >= 0x4e00 && c <= 0x9fff; }
static inline int is_adigit(Py_UCS4 c) { return c >= '0' && c <= '9'; }
static inline int is_space(Py_UCS4 c) { return Py_UNICODE_ISSPACE(c); }
/* [\s:：/=\"'>] */
static inline int is_gap(Py_UCS4 c) {
    return c == ':' || c == 0xFF1A || c == '/' || c == '=' || c == '"' || c == '\'' || c == '>' ||
           Py_UNICODE_ISSPACE(c);
}
static inline int is_dot(Py_UCS4 c) { return c == 0x00B7 || c == 0x2022; }

static int taken_overlaps(const Ctx *cx, Py_ssize_t s, Py_ssize_t e) {
    for (int k = 0; k < T_N; k++)
        if (sp_overlaps(&cx->taken[k], s, e))
            return 1;
    return 0;
}

/* the lengths of the words of ws at i that end by limit, shortest first, into lens
   (at most MAXWORD); returns their count */
static int prefix_lengths(const Ctx *cx, const WordSet *ws, Py_ssize_t i, Py_ssize_t limit, int *lens) {
    if (i >= limit || !cs_has(&ws->first, CH(i)))
        return 0;
    int cnt = 0;
    int32_t node = 0;
    for (Py_ssize_t k = i; k < limit; k++) {
        node = trie_child(&ws->fwd, node, CH(k));
        if (node < 0)
            break;
        if (ws->fwd.nodes[node].term)
            lens[cnt++] = (int)(k + 1 - i);
    }
    return cnt;
}

/* some word of ws starts at i and ends by limit */
static int prefix_any(const Ctx *cx, const WordSet *ws, Py_ssize_t i, Py_ssize_t limit) {
    if (i >= limit || !cs_has(&ws->first, CH(i)))
        return 0;
    int32_t node = 0;
    for (Py_ssize_t k = i; k < limit; k++) {
        node = trie_child(&ws->fwd, node, CH(k));
        if (node < 0)
            return 0;
        if (ws->fwd.nodes[node].term)
            return 1;
    }
    return 0;
}

/* the longest word of ws at i ending by limit (0: none): the first a trie regex tries */
static Py_ssize_t prefix_longest(const Ctx *cx, const WordSet *ws, Py_ssize_t i, Py_ssize_t limit) {
    int lens[MAXWORD];
    int cnt = prefix_lengths(cx, ws, i, limit, lens);
    return cnt ? lens[cnt - 1] : 0;
}

/* some word of ws ends at w[q] and starts at or after w[from] */
static int suffix_any_buf(const WordSet *ws, const Py_UCS4 *w, Py_ssize_t from, Py_ssize_t q) {
    if (q <= from || !cs_has(&ws->last, w[q - 1]))
        return 0;
    int32_t node = 0;
    for (Py_ssize_t k = q - 1; k >= from; k--) {
        node = trie_child(&ws->bwd, node, w[k]);
        if (node < 0)
            return 0;
        if (ws->bwd.nodes[node].term)
            return 1;
    }
    return 0;
}

/* some word of ws ends at q and starts at or after from */
static inline int suffix_any(const Ctx *cx, const WordSet *ws, Py_ssize_t from, Py_ssize_t q) {
    return suffix_any_buf(ws, cx->buf, from - cx->base, q - cx->base);
}

/* (?=sur) at q, within hi */
static inline int sur_at(const Ctx *cx, Py_ssize_t q) {
    if (q >= cx->hi)
        return 0;
    if (cs_has(&g_single, CH(q)))
        return 1;
    return q + 2 <= cx->hi && ws_has(&g_compound, PTR(q), 2);
}

/* str.lower() of one character into w (returns the count): the one character whose lower
   case is two is U+0130 (i + U+0307); a capital sigma lowers to σ here and maybe ς in
   str.lower(), a Greek letter either way, which never takes part in a cue match */
static inline int lower1(Py_UCS4 c, Py_UCS4 *w) {
    if (c < 128) {
        w[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
    } else if (is_cjk(c)) {
        w[0] = c;
    } else if (c == 0x130) {
        w[0] = 'i';
        w[1] = 0x307;
        return 2;
    } else {
        w[0] = Py_UNICODE_TOLOWER(c);
    }
    return 1;
}

/* _STRONG_LEFT.search(norm[max(lo, s-12):s].lower()) */
static int strong_left(const Ctx *cx, Py_ssize_t s) {
    Py_UCS4 w[40];
    Py_ssize_t n = 0, from = s - 12 > cx->lo ? s - 12 : cx->lo;
    for (Py_ssize_t i = from; i < s; i++)
        n += lower1(CH(i), w + n);
    /* trie then [\s:：/=\"'>]{0,3} then $ (end, or before a final newline) */
    Py_ssize_t gaps = 0;
    while (gaps < 4 && gaps < n && is_gap(w[n - 1 - gaps]))
        gaps++;
    for (Py_ssize_t r = 0; r <= gaps; r++) {
        if (r == 4 && w[n - 1] != '\n')
            break;
        if (suffix_any_buf(&g_strong_all, w, 0, n - r))
            return 1;
    }
    return 0;
}

/* _WEAK_LEFT.search(norm, max(lo, s-4), s): (words|[chars])\s{0,2}$ */
static int weak_left(const Ctx *cx, Py_ssize_t s) {
    Py_ssize_t from = s - 4 > cx->lo ? s - 4 : cx->lo;
    Py_ssize_t sp = 0;
    while (sp < 3 && s - 1 - sp >= from && is_space(CH(s - 1 - sp)))
        sp++;
    for (Py_ssize_t r = 0; r <= sp; r++) {
        if (r == 3 && CH(s - 1) != '\n')
            break;
        if (suffix_any(cx, &g_weak, from, s - r))
            return 1;
    }
    return 0;
}

static double left_ok(const Ctx *cx, Py_ssize_t s, int *why) {
    if (strong_left(cx, s)) {
        *why = L_CUE;
        return 0.45;
    }
    if (s == cx->lo) {
        *why = L_DELIM;
        return 0.2;
    }
    Py_UCS4 prev = CH(s - 1);
    if (prev == ' ' && s - 2 >= cx->lo && cs_has(&g_cell_seps, CH(s - 2)))
        prev = CH(s - 2);
    if (cs_has(&g_left_delims, prev)) {
        *why = L_DELIM;
        return 0.2;
    }
    if (Py_UNICODE_ISDIGIT(prev)) {
        *why = L_NONE;
        return 0.0;
    }
    if (!is_cjk(prev)) {
        *why = L_DELIM;
        return 0.15;
    }
    if (weak_left(cx, s)) {
        *why = L_WEAK;
        return 0.15;
    }
    *why = L_NONE;
    return 0.0;
}

/* _RIGHT_STRONG.match(norm, a, limit): [ ]?(?:words|[0-9]) */
static inline int rs_alt(const Ctx *cx, Py_ssize_t i, Py_ssize_t limit) {
    return i < limit && (is_adigit(CH(i)) || prefix_any(cx, &g_right_strong, i, limit));
}

static int right_strong(const Ctx *cx, Py_ssize_t a, Py_ssize_t limit) {
    if (a < limit && CH(a) == ' ' && rs_alt(cx, a + 1, limit))
        return 1;
    return rs_alt(cx, a, limit);
}

static double right_ok(const Ctx *cx, Py_ssize_t e, int *why) {
    if (e >= cx->hi) {
        *why = R_DELIM;
        return 0.15;
    }
    Py_ssize_t limit = e + 4 < cx->hi ? e + 4 : cx->hi;
    if (prefix_any(cx, &g_right_bad, e, limit)) {
        *why = R_BAD;
        return -1.0;
    }
    if (right_strong(cx, e, limit)) {
        *why = R_CUE;
        return 0.2;
    }
    if (!is_cjk(CH(e))) {
        *why = R_DELIM;
        return 0.15;
    }
    if (cs_has(&g_after, CH(e))) {
        *why = R_VERB;
        return 0.1;
    }
    *why = R_NONE;
    return 0.0;
}

/* _ORG_NEAR.match(norm, e, min(hi, e+8)): [CJK]{0,4}(?:words) */
static int org_near(const Ctx *cx, Py_ssize_t e) {
    Py_ssize_t limit = e + 8 < cx->hi ? e + 8 : cx->hi;
    for (Py_ssize_t k = 0; k <= 4 && e + k < limit; k++) {
        if (prefix_any(cx, &g_org, e + k, limit))
            return 1;
        if (!is_cjk(CH(e + k)))
            break;
    }
    return 0;
}

/* _TITLE.match(norm, i): not bounded by hi */
static inline int title_at(const Ctx *cx, Py_ssize_t i) { return prefix_any(cx, &g_title, i, cx->top); }

/* cand in _STOP or cand in places */
static inline int stop_or_place(const Ctx *cx, Py_ssize_t s, Py_ssize_t n) {
    return ws_has(&g_stop, PTR(s), n) || ws_has(&g_places, PTR(s), n);
}

static int emit(Ctx *cx, Py_ssize_t s, Py_ssize_t e, double score, PyObject *why, int list) {
    PyObject *ps = PyLong_FromSsize_t(s), *pe = PyLong_FromSsize_t(e), *sc = PyFloat_FromDouble(score);
    PyObject *items = NULL, *args = NULL, *cand = NULL;
    int rc = -1;
    if (ps == NULL || pe == NULL || sc == NULL)
        goto done;
    items = PyTuple_Pack(5, ps, pe, g_person, sc, why);
    if (items == NULL)
        goto done;
    args = PyTuple_Pack(1, items);
    if (args == NULL)
        goto done;
    /* tuple.__new__(Candidate, items): no Python-level __new__ call */
    cand = PyTuple_Type.tp_new((PyTypeObject *)g_candidate, args, NULL);
    if (cand == NULL)
        goto done;
    if (PyList_Append(cx->out, cand) < 0)
        goto done;
    rc = sp_append(&cx->taken[list], s, e);
done:
    Py_XDECREF(ps);
    Py_XDECREF(pe);
    Py_XDECREF(sc);
    Py_XDECREF(items);
    Py_XDECREF(args);
    Py_XDECREF(cand);
    return rc;
}

/* _dot_names */
static int dot_names(Ctx *cx) {
    Py_ssize_t lo = cx->lo, hi = cx->hi, j = lo;
    if (!(cx->any & M_DOT))
        return 0;
    while (j < hi) {
        if (!is_cjk(CH(j))) {
            j++;
            continue;
        }
        Py_ssize_t r_end = j;
        while (r_end < hi && is_cjk(CH(r_end)))
            r_end++;
        /* [CJK]{1,8} must be followed by [·•][CJK]: only the whole rest of the run can be */
        if (!(r_end + 1 < hi && is_dot(CH(r_end)) && is_cjk(CH(r_end + 1)))) {
            j = r_end;
            continue;
        }
        Py_ssize_t ms = r_end - 8 > j ? r_end - 8 : j;
        Py_ssize_t x = r_end, ls = 0, le = 0;
        for (int reps = 0; reps < 3 && x + 1 < hi && is_dot(CH(x)) && is_cjk(CH(x + 1)); reps++) {
            Py_ssize_t y = x + 1;
            while (y < hi && y - (x + 1) < 8 && is_cjk(CH(y)))
                y++;
            ls = x + 1;
            le = y;
            x = y;
        }
        j = x; /* the next search starts at the end of this match */
        Py_ssize_t k = r_end - ms, kk = k;
        while (kk > 0 && cs_has(&g_dotset, CH(ms + kk - 1)) && !cs_has(&g_not_first, CH(ms + kk - 1)) &&
               k - kk < 5)
            kk--;
        Py_ssize_t jj = 0;
        while (jj < le - ls && jj < 7 && cs_has(&g_dotset, CH(ls + jj)) && !cs_has(&g_after, CH(ls + jj)))
            jj++;
        if (kk == k || jj == 0)
            continue;
        Py_ssize_t s = ms + kk, e = ls + jj;
        if (taken_overlaps(cx, s, e))
            continue;
        int lwhy;
        double left = left_ok(cx, s, &lwhy);
        double score = 0.6 + left;
        if (!(score < 0.95))
            score = 0.95;
        if (emit(cx, s, e, score, g_why_dot[lwhy], T_DOT) < 0)
            return -1;
    }
    return 0;
}

/* mark the ends of the matches of trie(ws) + gap{0,maxgap} + (?=sur), as finditer finds them */
static void cue_starts(const Ctx *cx, const WordSet *ws, unsigned bit, int maxgap, uint8_t *flags) {
    Py_ssize_t lo = cx->lo, hi = cx->hi, j = lo;
    if (!(cx->any & bit))
        return;
    while (j < hi) {
        if (!(MK(j) & bit)) {
            j++;
            continue;
        }
        Py_ssize_t found = -1;
        int lens[MAXWORD];
        int cnt = prefix_lengths(cx, ws, j, hi, lens);
        if (cnt) {
            for (int li = cnt - 1; li >= 0 && found < 0; li--) {
                Py_ssize_t we = j + lens[li], g = 0;
                while (g < maxgap && we + g < hi && is_gap(CH(we + g)))
                    g++;
                for (Py_ssize_t k = g; k >= 0; k--) {
                    if (sur_at(cx, we + k)) {
                        found = we + k;
                        break;
                    }
                }
            }
        }
        if (found >= 0) {
            flags[found - lo] = 1;
            j = found;
        } else {
            j++;
        }
    }
}

static int main_names(Ctx *cx) {
    Py_ssize_t lo = cx->lo, hi = cx->hi;
    uint8_t small[512];
    uint8_t *flags = small;
    if (hi - lo + 1 > (Py_ssize_t)sizeof(small)) {
        flags = PyMem_Calloc((size_t)(hi - lo + 1), 1);
        if (flags == NULL) {
            PyErr_NoMemory();
            return -1;
        }
    } else {
        memset(small, 0, sizeof(small));
    }
    /* 1: a surname character not after a CJK character or a digit (look-behind may see lo-1) */
    for (Py_ssize_t i = lo; i < hi; i++) {
        if ((MK(i) & M_SUR) && !(i >= 1 && (is_cjk(CH(i - 1)) || is_adigit(CH(i - 1)))))
            flags[i - lo] = 1;
    }
    /* 2, 3: after a strong cue word (and up to 3 gap characters) or a weak one */
    cue_starts(cx, &g_strong_cjk, M_STRONG, 3, flags);
    cue_starts(cx, &g_cue_before, M_CUEB, 0, flags);
    /* 4: before a right-hand cue, the name is the 2-4 characters before it */
    for (Py_ssize_t j = (cx->any & M_CUEA) ? lo : hi; j < hi;) {
        Py_ssize_t n = (MK(j) & M_CUEA) ? prefix_longest(cx, &g_cue_after, j, hi) : 0;
        if (n == 0) {
            j++;
            continue;
        }
        Py_ssize_t h = j;
        j += n;
        if (h - 2 < lo || !(is_cjk(CH(h - 1)) && is_cjk(CH(h - 2))))
            continue;
        if (cs_has(&g_single, CH(h - 2)))
            flags[h - 2 - lo] = 1;
        if (h - 3 >= lo && (cs_has(&g_single, CH(h - 3)) || ws_has(&g_compound, PTR(h - 3), 2)))
            flags[h - 3 - lo] = 1;
        if (h - 4 >= lo && ws_has(&g_compound, PTR(h - 4), 2))
            flags[h - 4 - lo] = 1;
    }

    int rc = 0;
    Py_ssize_t pos = lo;
    for (Py_ssize_t s = lo; s <= hi; s++) {
        if (!flags[s - lo] || s < pos)
            continue;
        /* rx.match(norm, s, hi): (?:compound|[single])(?:[ ]{1,2}(?=CJK)|(?=CJK)) */
        Py_ssize_t p = -1;
        for (int alt = 0; alt < 2 && p < 0; alt++) {
            Py_ssize_t q;
            if (alt == 0) {
                if (!(s + 2 <= hi && ws_has(&g_compound, PTR(s), 2)))
                    continue;
                q = s + 2;
            } else {
                if (!(s < hi && cs_has(&g_single, CH(s))))
                    continue;
                q = s + 1;
            }
            if (q < hi && CH(q) == ' ') {
                if (q + 2 < hi && CH(q + 1) == ' ' && is_cjk(CH(q + 2)))
                    p = q + 2;
                else if (q + 1 < hi && is_cjk(CH(q + 1)))
                    p = q + 1;
            } else if (q < hi && is_cjk(CH(q))) {
                p = q;
            }
        }
        if (p < 0)
            continue;
        Py_ssize_t sur_len = ws_has(&g_compound, PTR(s), 2) ? 2 : 1; /* s + 2 <= hi here */
        int spaced = p - s > sur_len;
        if (p >= hi || title_at(cx, p))
            continue;
        Py_UCS4 g1 = CH(p);
        if (cs_has(&g_after, g1) || !is_cjk(g1))
            continue;
        Py_ssize_t e = p + 1;
        if (!spaced && e < hi && is_cjk(CH(e)) && !cs_has(&g_after, CH(e)) && !title_at(cx, e) &&
            (cs_has(&g_given, CH(e)) || e + 1 >= hi || !is_cjk(CH(e + 1)) ||
             right_strong(cx, e + 1, e + 5 < hi ? e + 5 : hi)))
            e++;
        if (stop_or_place(cx, s, e - s))
            continue;
        if (e - s == 3 && stop_or_place(cx, s, 2))
            continue;
        if (taken_overlaps(cx, s, e))
            continue;
        int lwhy, rwhy;
        double left = left_ok(cx, s, &lwhy);
        double right = right_ok(cx, e, &rwhy);
        if (right < 0 && e - s == sur_len + 2) {
            e--;
            right = right_ok(cx, e, &rwhy);
        }
        if (right < 0 || stop_or_place(cx, s, e - s))
            continue;
        double score = 0.2 + left + right;
        if (ws_has(&g_common, PTR(s), sur_len))
            score += 0.1;
        int all_given = 1;
        for (Py_ssize_t i = p; i < e && all_given; i++)
            all_given = CH(i) == ' ' || cs_has(&g_given, CH(i));
        if (all_given)
            score += 0.1;
        else if (left < 0.45 && !((left >= 0.2 && right >= 0.1) || (left >= 0.15 && right >= 0.2)))
            continue;
        if (cs_has(&g_role_end, CH(e - 1)))
            continue;
        if (left <= 0 && right < 0.2)
            continue;
        if (org_near(cx, e))
            continue;
        if (spaced && left < 0.15)
            continue;
        if (score < 0.5)
            continue;
        if (emit(cx, s, e, 0.95 < score ? 0.95 : score, g_why_main[lwhy][rwhy], T_MAIN) < 0) {
            rc = -1;
            break;
        }
        pos = e;
    }
    if (flags != small)
        PyMem_Free(flags);
    return rc;
}

/* _translit_names */
static int translit_names(Ctx *cx) {
    Py_ssize_t lo = cx->lo, hi = cx->hi;
    for (Py_ssize_t j = (cx->any & M_NEWSR) ? lo : hi; j < hi;) { /* 特朗普表示 */
        Py_ssize_t n = (MK(j) & M_NEWSR) ? prefix_longest(cx, &g_news_right, j, hi) : 0;
        if (n == 0) {
            j++;
            continue;
        }
        Py_ssize_t e = j, s = j;
        j += n;
        while (s > lo && e - s < 5 && cs_has(&g_translit, CH(s - 1)))
            s--;
        if (e - s < 3 || ws_has(&g_not_names, PTR(s), e - s) || taken_overlaps(cx, s, e))
            continue;
        int ok = s == lo || !is_cjk(CH(s - 1));
        if (!ok) { /* _NEWS_LEFT_RX.search(norm, max(lo, s-6), s): trie + $ */
            Py_ssize_t from = s - 6 > lo ? s - 6 : lo;
            ok = suffix_any(cx, &g_news_left, from, s) ||
                 (s - 1 >= from && CH(s - 1) == '\n' && suffix_any(cx, &g_news_left, from, s - 1));
        }
        if (ok && emit(cx, s, e, 0.6, g_why_speech, T_NEWS1) < 0)
            return -1;
    }
    for (Py_ssize_t j = (cx->any & M_NEWSL) ? lo : hi; j < hi;) { /* 总统马克龙 */
        Py_ssize_t n = (MK(j) & M_NEWSL) ? prefix_longest(cx, &g_news_left, j, hi) : 0;
        if (n == 0) {
            j++;
            continue;
        }
        Py_ssize_t s = j + n, e = s;
        j += n;
        while (e < hi && e - s < 5 && cs_has(&g_translit, CH(e)) && !cs_has(&g_after, CH(e)))
            e++;
        if (e - s < 2 || ws_has(&g_not_names, PTR(s), e - s) || taken_overlaps(cx, s, e))
            continue;
        if (e >= hi || !is_cjk(CH(e)) || cs_has(&g_after, CH(e)) ||
            prefix_any(cx, &g_news_right, e, cx->top)) {
            if (emit(cx, s, e, 0.6, g_why_title, T_NEWS2) < 0)
                return -1;
        }
    }
    return 0;
}

static int cmp_span(const void *x, const void *y) {
    const Py_ssize_t *a = x, *b = y;
    if (a[0] != b[0])
        return a[0] < b[0] ? -1 : 1;
    return a[1] < b[1] ? -1 : a[1] > b[1];
}

/* Taken([(c.start, c.end) for c in others if c.score >= 0.5]); 0 ok, 1 unsupported, -1 error */
static int load_taken(Spans *sp, PyObject *others) {
    PyObject *seq = PySequence_Fast(others, "others must be a sequence");
    if (seq == NULL)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq), m = 0;
    PyObject **items = PySequence_Fast_ITEMS(seq);
    Py_ssize_t *pairs = PyMem_Malloc(sizeof(Py_ssize_t) * 2 * (size_t)(n ? n : 1));
    if (pairs == NULL) {
        Py_DECREF(seq);
        PyErr_NoMemory();
        return -1;
    }
    int rc = 0;
    for (Py_ssize_t i = 0; i < n && rc == 0; i++) {
        PyObject *c = items[i];
        if (Py_TYPE(c) != (PyTypeObject *)g_candidate || PyTuple_GET_SIZE(c) < 4) {
            /* anything but a Candidate: the reference reads (and rejects) it itself */
            rc = 1;
            break;
        }
        PyObject *st = PyTuple_GET_ITEM(c, 0), *en = PyTuple_GET_ITEM(c, 1), *sc = PyTuple_GET_ITEM(c, 3);
        int keep;
        if (PyFloat_CheckExact(sc))
            keep = PyFloat_AS_DOUBLE(sc) >= 0.5;
        else if ((keep = PyObject_RichCompareBool(sc, g_half, Py_GE)) < 0)
            rc = -1;
        if (rc || !keep)
            continue;
        if (!PyLong_CheckExact(st) || !PyLong_CheckExact(en)) {
            rc = 1;
            break;
        }
        Py_ssize_t a = PyLong_AsSsize_t(st), b = PyLong_AsSsize_t(en);
        if ((a == -1 || b == -1) && PyErr_Occurred()) {
            PyErr_Clear();
            rc = 1;
            break;
        }
        if (b < a) { /* not a span: the reference's bookkeeping is left to itself */
            rc = 1;
            break;
        }
        pairs[2 * m] = a;
        pairs[2 * m + 1] = b;
        m++;
    }
    Py_DECREF(seq);
    if (rc == 0) {
        qsort(pairs, (size_t)m, 2 * sizeof(Py_ssize_t), cmp_span);
        for (Py_ssize_t i = 0; i < m && rc == 0; i++) {
            Py_ssize_t a = pairs[2 * i], b = pairs[2 * i + 1];
            if (sp->n && a < sp->b[sp->n - 1]) {
                if (b > sp->b[sp->n - 1])
                    sp->b[sp->n - 1] = b;
            } else if (sp_append(sp, a, b) < 0) {
                rc = -1;
            }
        }
    }
    PyMem_Free(pairs);
    return rc;
}

static PyObject *cn_find_names(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 4) {
        PyErr_SetString(PyExc_TypeError, "find_names(norm, lo, hi, others) takes 4 arguments");
        return NULL;
    }
    PyObject *norm = args[0], *others = args[3];
    if (!PyUnicode_Check(norm)) {
        PyErr_SetString(PyExc_TypeError, "find_names: norm must be a str");
        return NULL;
    }
    Py_ssize_t lo = PyNumber_AsSsize_t(args[1], PyExc_OverflowError);
    if (lo == -1 && PyErr_Occurred())
        return NULL;
    Py_ssize_t hi = PyNumber_AsSsize_t(args[2], PyExc_OverflowError);
    if (hi == -1 && PyErr_Occurred())
        return NULL;
    if (!g_ready) {
        PyErr_SetString(PyExc_RuntimeError, "_cnames.init() was not called");
        return NULL;
    }
    Py_ssize_t len = PyUnicode_GET_LENGTH(norm);
    if (lo < 0 || hi > len || lo > hi)
        Py_RETURN_NONE; /* the caller falls back to the reference */
    Ctx cxs;
    Ctx *cx = &cxs;
    memset(cx, 0, sizeof(*cx));
    cx->lo = lo;
    cx->hi = hi;
    cx->base = lo > 0 ? lo - 1 : 0;
    cx->top = hi + g_look_ahead < len ? hi + g_look_ahead : len;
    int rc = load_taken(&cx->taken[T_INIT], others);
    if (rc != 0) {
        sp_free(&cx->taken[T_INIT]);
        if (rc < 0)
            return NULL;
        Py_RETURN_NONE;
    }
    Py_UCS4 small[1024];
    uint8_t msmall[1024];
    Py_UCS4 *buf = small;
    uint8_t *mk = msmall;
    Py_ssize_t nb = cx->top - cx->base;
    if (nb > (Py_ssize_t)(sizeof(small) / sizeof(small[0]))) {
        buf = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)nb);
        mk = PyMem_Malloc((size_t)(hi - lo));
        if (buf == NULL || mk == NULL) {
            PyMem_Free(buf);
            PyMem_Free(mk);
            sp_free(&cx->taken[T_INIT]);
            return PyErr_NoMemory();
        }
    }
    int kind = PyUnicode_KIND(norm);
    const void *data = PyUnicode_DATA(norm);
    if (kind == PyUnicode_1BYTE_KIND) {
        for (Py_ssize_t i = 0; i < nb; i++)
            buf[i] = ((const Py_UCS1 *)data)[cx->base + i];
    } else if (kind == PyUnicode_2BYTE_KIND) {
        for (Py_ssize_t i = 0; i < nb; i++)
            buf[i] = ((const Py_UCS2 *)data)[cx->base + i];
    } else {
        memcpy(buf, (const Py_UCS4 *)data + cx->base, sizeof(Py_UCS4) * (size_t)nb);
    }
    unsigned any = 0;
    for (Py_ssize_t i = lo; i < hi; i++) {
        uint8_t m = (uint8_t)char_mask(buf[i - cx->base]);
        mk[i - lo] = m;
        any |= m;
    }
    cx->buf = buf;
    cx->mk = mk;
    cx->any = any;
    cx->out = PyList_New(0);
    rc = cx->out == NULL ? -1 : 0;
    if (rc == 0)
        rc = dot_names(cx);
    if (rc == 0)
        rc = main_names(cx);
    if (rc == 0)
        rc = translit_names(cx);
    if (rc == 0 && PyList_GET_SIZE(cx->out) > 1) {
        /* out.sort(): the spans are disjoint, so by start (tuples compare start first) */
        rc = PyList_Sort(cx->out);
    }
    for (int k = 0; k < T_N; k++)
        sp_free(&cx->taken[k]);
    if (buf != small) {
        PyMem_Free(buf);
        PyMem_Free(mk);
    }
    if (rc < 0) {
        Py_CLEAR(cx->out);
        return NULL;
    }
    return cx->out;
}

static PyObject *cn_lower(PyObject *self, PyObject *arg) {
    /* test hook: the per-character lower case strong_left uses */
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "str expected");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg), m = 0;
    Py_UCS4 *w = PyMem_Malloc(sizeof(Py_UCS4) * (size_t)(2 * n + 1));
    if (w == NULL)
        return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++)
        m += lower1(PyUnicode_READ_CHAR(arg, i), w + m);
    PyObject *res = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, w, m);
    PyMem_Free(w);
    return res;
}

static PyMethodDef methods[] = {
    {"init", cn_init, METH_O, "init(tables: dict): the word tables of cnpii.detection._names"},
    {"find_names", (PyCFunction)(void (*)(void))cn_find_names, METH_FASTCALL,
     "find_names(norm, lo, hi, others) -> list[Candidate] sorted, or None when the reference must run"},
    {"_lower", cn_lower, METH_O, "per-character lower case (test hook)"},
    {NULL, NULL, 0, NULL},
};

static void cn_free(void *m) {
    free_state();
    Py_CLEAR(g_half);
}

static struct PyModuleDef moddef = {
    PyModuleDef_HEAD_INIT, "_cnames", "Compiled Chinese person-name finder (see _names.py).", -1, methods,
    NULL, NULL, NULL, cn_free,
};

PyMODINIT_FUNC PyInit__cnames(void) { return PyModule_Create(&moddef); }
