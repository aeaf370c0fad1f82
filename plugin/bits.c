/* bits.c: bit sets, growable arrays and a pointer map.
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

/* count sets of n bits in one allocation; bsfreev frees them. */
Bset *
bsinitv(uint count, uint n)
{
	Bset *v = xcalloc(count + 1, sizeof *v);
	u64 *w = xcalloc((size_t)(count + 1) * nwords(n), sizeof *w);
	for (uint k = 0; k <= count; k++) {
		v[k].n = n;
		v[k].w = w + (size_t)k * nwords(n);
	}
	return v;
}

void
bsfreev(Bset *v)
{
	if (v)
		free(v[0].w);
	free(v);
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
bsunion(Bset *dst, const Bset *src)
{
	u64 grew = 0;
	for (uint k = 0; k < nwords(dst->n); k++) {
		grew |= src->w[k] & ~dst->w[k];
		dst->w[k] |= src->w[k];
	}
	return grew != 0;
}

void
bsinter(Bset *dst, const Bset *src)
{
	for (uint k = 0; k < nwords(dst->n); k++)
		dst->w[k] &= src->w[k];
}

void
bsdiff(Bset *dst, const Bset *src)
{
	for (uint k = 0; k < nwords(dst->n); k++)
		dst->w[k] &= ~src->w[k];
}

int
bsequal(const Bset *a, const Bset *b)
{
	return memcmp(a->w, b->w, nwords(a->n) * sizeof *a->w) == 0;
}

uint
bscount(const Bset *b)
{
	uint c = 0;
	for (uint k = 0; k < nwords(b->n); k++)
		c += (uint)__builtin_popcountll(b->w[k]);
	return c;
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
		Pmap n = {m->cap ? 2 * m->cap : 64, 0, NULL, NULL};
		n.key = xcalloc(n.cap, sizeof *n.key);
		n.val = xcalloc(n.cap, sizeof *n.val);
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
	free(m->key);
	free(m->val);
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
