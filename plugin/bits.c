/* bits.c: bit sets (dense and sparse), arenas, growable arrays and a pointer map.
 *
 * The small containers every phase shares. Allocation failure aborts:
 * a compiler plugin has no better answer.
 */
#include "coropack.h"

#include <stdlib.h>
#include <string.h>

void *
xcalloc(size_t n, size_t sz)
{
	void *p = calloc(n ? n : 1, sz ? sz : 1);
	if (!p) {
		fputs("coropack: out of memory\n", stderr);
		abort();
	}
	return p;
}

void *
xrealloc(void *p, size_t sz)
{
	p = realloc(p, sz ? sz : 1);
	if (!p) {
		fputs("coropack: out of memory\n", stderr);
		abort();
	}
	return p;
}

char *
xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;
	return memcpy(xcalloc(n, 1), s, n);
}

void *
vgrow(void *v, uint n, size_t sz)
{
	return xrealloc(v, (n ? 2 * (size_t)n : 8) * sz);
}

static uint
nwords(uint n)
{
	return (n + 63) / 64;
}

void
bsinit(Bset *b, uint n)
{
	b->n = n;
	b->w = xcalloc(nwords(n), sizeof *b->w);
}

void
bsfree(Bset *b)
{
	free(b->w);
	b->w = NULL;
	b->n = 0;
}

void
bszero(Bset *b)
{
	memset(b->w, 0, nwords(b->n) * sizeof *b->w);
}

void
bscopy(Bset *dst, const Bset *src)
{
	memcpy(dst->w, src->w, nwords(src->n) * sizeof *dst->w);
}

void
bsset(Bset *b, uint i)
{
	b->w[i / 64] |= (u64)1 << (i % 64);
}

void
bsclr(Bset *b, uint i)
{
	b->w[i / 64] &= ~((u64)1 << (i % 64));
}

int
bshas(const Bset *b, uint i)
{
	return (b->w[i / 64] >> (i % 64)) & 1;
}

int
bsiter(const Bset *b, uint *i)
{
	uint k = *i;
	while (k < b->n) {
		u64 w = b->w[k / 64] >> (k % 64);
		if (w) {
			k += (uint)__builtin_ctzll(w);
			*i = k;
			return k < b->n;
		}
		k = (k / 64 + 1) * 64;
	}
	return 0;
}

/* Arenas: many small blocks freed at once. A chunk starts with the
 * pointer to the one before it. Chunks grow from 1 KB to 64 KB: most
 * families are small, and a large first chunk cost more to get than all
 * their sets. */
void *
aralloc(Arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (n > a->left) {
		size_t sz = a->next ? a->next : 1024;
		a->next = sz < 65536 ? 2 * sz : sz;
		if (sz < n + 16)
			sz = n + 16;
		char *c = xrealloc(NULL, sz); /* zeroed piece by piece */
		*(void **)c = a->chunk;
		a->chunk = c;
		a->cur = c + 16;
		a->left = sz - 16;
	}
	void *p = a->cur;
	a->cur += n;
	a->left -= n;
	return memset(p, 0, n);
}

void
arfree(Arena *a)
{
	while (a->chunk) {
		void *prev = *(void **)a->chunk;
		free(a->chunk);
		a->chunk = prev;
	}
	memset(a, 0, sizeof *a);
}

/* Sparse sets: only the nonzero words, by ascending word index. The
 * liveness of a large frame keeps a few members per program point among
 * thousands of slots; a dense set costs every slot at every step. */

static void
ssroom(Sset *s, uint n)
{
	if (n <= s->cap)
		return;
	uint cap = s->cap ? s->cap : 2;
	while (cap < n)
		cap *= 2;
	if (s->ar) {
		/* the old words stay in the arena until it is freed */
		Sword *v = aralloc(s->ar, cap * sizeof *v);
		if (s->len)
			memcpy(v, s->v, s->len * sizeof *v);
		s->v = v;
	} else
		s->v = xrealloc(s->v, cap * sizeof *s->v);
	s->cap = cap;
}

void
ssfree(Sset *s)
{
	if (!s->ar)
		free(s->v);
	memset(s, 0, sizeof *s);
}

void
sszero(Sset *s)
{
	s->len = 0;
}

void
sscopy(Sset *dst, const Sset *src)
{
	ssroom(dst, src->len);
	if (src->len)
		memcpy(dst->v, src->v, src->len * sizeof *dst->v);
	dst->len = src->len;
}

/* Position of word i in s, or where it would go. */
static uint
sspos(const Sset *s, uint i)
{
	uint lo = 0, hi = s->len;
	while (lo < hi) {
		uint mid = (lo + hi) / 2;
		if (s->v[mid].i < i)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

u64
ssat(const Sset *s, uint *k, uint i)
{
	while (*k < s->len && s->v[*k].i < i)
		(*k)++;
	return *k < s->len && s->v[*k].i == i ? s->v[*k].w : 0;
}

/* Drops the zero words. */
static void
sscompact(Sset *s)
{
	uint n = 0;
	for (uint k = 0; k < s->len; k++)
		if (s->v[k].w)
			s->v[n++] = s->v[k];
	s->len = n;
}

void
ssset(Sset *s, uint x)
{
	uint i = x / 64, k = sspos(s, i);
	if (k < s->len && s->v[k].i == i) {
		s->v[k].w |= (u64)1 << (x % 64);
		return;
	}
	ssroom(s, s->len + 1);
	memmove(s->v + k + 1, s->v + k, (s->len - k) * sizeof *s->v);
	s->v[k] = (Sword){ (u64)1 << (x % 64), i };
	s->len++;
}

void
ssclr(Sset *s, uint x)
{
	uint i = x / 64, k = sspos(s, i);
	if (k == s->len || s->v[k].i != i)
		return;
	s->v[k].w &= ~((u64)1 << (x % 64));
	if (!s->v[k].w) {
		memmove(s->v + k, s->v + k + 1, (s->len - k - 1) * sizeof *s->v);
		s->len--;
	}
}

int
sshas(const Sset *s, uint x)
{
	uint i = x / 64, k = sspos(s, i);
	return k < s->len && s->v[k].i == i && (s->v[k].w >> (x % 64) & 1);
}

int
ssunion(Sset *dst, const Sset *src)
{
	if (!src->len)
		return 0;
	/* merge from the back into room for both, then close the gap */
	uint nd = dst->len, ns = src->len, n = nd + ns;
	ssroom(dst, n);
	u64 grew = 0;
	uint a = nd, b = ns, k = n;
	while (b > 0) {
		if (a > 0 && dst->v[a - 1].i > src->v[b - 1].i)
			dst->v[--k] = dst->v[--a];
		else if (a > 0 && dst->v[a - 1].i == src->v[b - 1].i) {
			grew |= src->v[b - 1].w & ~dst->v[a - 1].w;
			dst->v[--k] = (Sword){ dst->v[a - 1].w | src->v[b - 1].w, src->v[b - 1].i };
			a--;
			b--;
		} else {
			grew |= 1;
			dst->v[--k] = src->v[--b];
		}
	}
	/* dst->v[0..a) stay; [k, n) follow them */
	if (k > a)
		memmove(dst->v + a, dst->v + k, (n - k) * sizeof *dst->v);
	dst->len = a + (n - k);
	return grew != 0;
}

void
ssinter(Sset *dst, const Sset *src)
{
	uint j = 0;
	for (uint k = 0; k < dst->len; k++)
		dst->v[k].w &= ssat(src, &j, dst->v[k].i);
	sscompact(dst);
}

void
ssdiff(Sset *dst, const Sset *src)
{
	uint j = 0;
	for (uint k = 0; k < dst->len; k++)
		dst->v[k].w &= ~ssat(src, &j, dst->v[k].i);
	sscompact(dst);
}

void
ssinterb(Sset *dst, const Bset *src)
{
	for (uint k = 0; k < dst->len; k++)
		dst->v[k].w &= src->w[dst->v[k].i];
	sscompact(dst);
}

void
ssdiffb(Sset *dst, const Bset *src)
{
	for (uint k = 0; k < dst->len; k++)
		dst->v[k].w &= ~src->w[dst->v[k].i];
	sscompact(dst);
}

int
ssnext2(const Sset *a, const Sset *b, Ss2it *it, uint *i, u64 *wa, u64 *wb)
{
	if (it->ka == a->len && it->kb == b->len)
		return 0;
	*i = it->ka == a->len ? b->v[it->kb].i : it->kb == b->len ? a->v[it->ka].i
	    : a->v[it->ka].i < b->v[it->kb].i ? a->v[it->ka].i : b->v[it->kb].i;
	*wa = it->ka < a->len && a->v[it->ka].i == *i ? a->v[it->ka++].w : 0;
	*wb = it->kb < b->len && b->v[it->kb].i == *i ? b->v[it->kb++].w : 0;
	return 1;
}

void
ssmap2(Sset *dst, const Sset *a, const Sset *b, const Bset *c,
    u64 (*f)(u64, u64, u64))
{
	Ss2it it = {0};
	uint i;
	u64 wa, wb;
	ssroom(dst, a->len + b->len);
	dst->len = 0;
	while (ssnext2(a, b, &it, &i, &wa, &wb)) {
		u64 w = f(wa, wb, c->w[i]);
		if (w)
			dst->v[dst->len++] = (Sword){ w, i };
	}
}

void
ssmeet2(Sset *acc, const Sset *a, const Sset *b, const Bset *c,
    u64 (*f)(u64, u64, u64))
{
	uint ka = 0, kb = 0;
	for (uint k = 0; k < acc->len; k++) {
		uint i = acc->v[k].i;
		acc->v[k].w &= f(ssat(a, &ka, i), ssat(b, &kb, i), c->w[i]);
	}
	sscompact(acc);
}

int
ssnext(const Sset *s, Ssit *it, uint *x)
{
	while (!it->rest) {
		if (it->k >= s->len)
			return 0;
		it->rest = s->v[it->k++].w;
	}
	*x = s->v[it->k - 1].i * 64 + (uint)__builtin_ctzll(it->rest);
	it->rest &= it->rest - 1;
	return 1;
}

static uint
phash(void *k)
{
	uintptr_t x = (uintptr_t)k;
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (uint)x;
}

void
pmput(Pmap *m, void *k, int v)
{
	if (2 * (m->len + 1) > m->cap) {
		Pmap n = {m->cap ? 2 * m->cap : 64, 0, NULL, NULL, m->ar};
		n.key = n.ar ? aralloc(n.ar, n.cap * sizeof *n.key) : xcalloc(n.cap, sizeof *n.key);
		n.val = n.ar ? aralloc(n.ar, n.cap * sizeof *n.val) : xcalloc(n.cap, sizeof *n.val);
		for (uint i = 0; i < m->cap; i++)
			if (m->key[i])
				pmput(&n, m->key[i], m->val[i]);
		pmfree(m);
		*m = n;
	}
	uint i = phash(k) & (m->cap - 1);
	while (m->key[i] && m->key[i] != k)
		i = (i + 1) & (m->cap - 1);
	if (!m->key[i])
		m->len++;
	m->key[i] = k;
	m->val[i] = v;
}

int
pmget(const Pmap *m, void *k)
{
	if (!m->cap)
		return -1;
	uint i = phash(k) & (m->cap - 1);
	while (m->key[i]) {
		if (m->key[i] == k)
			return m->val[i];
		i = (i + 1) & (m->cap - 1);
	}
	return -1;
}

void
pmfree(Pmap *m)
{
	if (!m->ar) {
		free(m->key);
		free(m->val);
	}
	m->key = NULL;
	m->val = NULL;
	m->cap = m->len = 0;
}

const char *
vname(LLVMValueRef v)
{
	size_t n;
	return v ? LLVMGetValueName2(v, &n) : "";
}

const char *
calleename(LLVMValueRef call)
{
	LLVMValueRef f = LLVMGetCalledValue(call);
	if (!f || !LLVMIsAFunction(f))
		return "";
	return vname(f);
}

/* LLVMGetEnumAttributeKindForName, remembered: that one searches every
 * attribute name, and the analysis asks for a few names per call. Per
 * thread: LTO backends may run passes in parallel. */
uint
attrkind(const char *name)
{
	static _Thread_local struct { char *name; uint kind; } memo[32];
	static _Thread_local uint nmemo;
	for (uint k = 0; k < nmemo; k++)
		if (strcmp(memo[k].name, name) == 0)
			return memo[k].kind;
	uint kind = LLVMGetEnumAttributeKindForName(name, strlen(name));
	if (nmemo < 32) {
		memo[nmemo].name = xstrdup(name);
		memo[nmemo++].kind = kind;
	}
	return kind;
}

int
iscall(LLVMValueRef i)
{
	return LLVMIsACallInst(i) || LLVMIsAInvokeInst(i) || LLVMIsACallBrInst(i);
}
