/* cnpii.detection._cexec: two compiled executors for cnpii.detection, each with a pure-Python
 * reference that gives the same results (CNPII_PURE=1 asks for the references):
 *
 * - findings(candidates, Finding, round): the Finding objects _finding.make_finding builds;
 * - start_program(...) and starts(norm, lo, hi): the executor of a _names.StartProgram, tables of
 *   weights the Python side builds from the name model, the lexicon and the surname lists
 *   (_names.start_kept_py is its reference).
 *
 * Neither holds a rule or a piece of knowledge: what they compute is given to them by Python.
 * (The identifier pass once had a compiled twin here, a hand-written copy of its patterns and
 * score rules; it was removed so that each rule is written once, in _identifiers.py.)
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

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
    {"findings", (PyCFunction)(void (*)(void))findings, METH_FASTCALL,
     "findings(candidates, Finding, round) -> [Finding] with scores rounded to 3 places"},
    {"start_program", start_program, METH_VARARGS,
     "start_program(first, slot_of, other, edge, dicts, tables, classes, combos): load a _names.StartProgram"},
    {"starts", (PyCFunction)(void (*)(void))starts, METH_FASTCALL, "starts(norm, lo, hi) -> [start << 8 | combo bits] the program keeps"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef MODULE = {PyModuleDef_HEAD_INIT, "_cexec",
                                    "Compiled executors of cnpii.detection (Finding objects, the name start program).", -1, METHODS};

PyMODINIT_FUNC PyInit__cexec(void) { return PyModule_Create(&MODULE); }
