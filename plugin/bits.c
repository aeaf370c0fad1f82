/* bits.c: dense bit sets, arenas, growable arrays and a pointer map.
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
bsfreev(Bset *v, uint n)
{
	for (uint k = 0; v && k < n; k++)
		bsfree(&v[k]);
	free(v);
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

/* Moves m's keys into a table of cap slots (a power of two). */
static void
pmgrow(Pmap *m, uint cap)
{
	Pmap n = {cap, 0, NULL, NULL, m->ar};
	n.key = n.ar ? aralloc(n.ar, n.cap * sizeof *n.key) : xcalloc(n.cap, sizeof *n.key);
	n.val = n.ar ? aralloc(n.ar, n.cap * sizeof *n.val) : xcalloc(n.cap, sizeof *n.val);
	for (uint i = 0; i < m->cap; i++)
		if (m->key[i])
			pmput(&n, m->key[i], m->val[i]);
	pmfree(m);
	*m = n;
}

void
pmreserve(Pmap *m, uint n)
{
	uint cap = m->cap ? m->cap : 64;
	while (2 * ((size_t)m->len + n) > cap)
		cap *= 2;
	if (cap > m->cap)
		pmgrow(m, cap);
}

void
pmput(Pmap *m, void *k, int v)
{
	if (2 * (m->len + 1) > m->cap)
		pmgrow(m, m->cap ? 2 * m->cap : 64);
	uint i = pmslot(m, k);
	if (!m->key[i])
		m->len++;
	m->key[i] = k;
	m->val[i] = v;
}

int
pmadd(Pmap *m, void *k, int v)
{
	if (m->cap) {
		uint i = pmslot(m, k);
		if (m->key[i])
			return m->val[i];
		if (2 * (m->len + 1) <= m->cap) {
			/* the free slot the probe ended at: pmput's */
			m->key[i] = k;
			m->val[i] = v;
			m->len++;
			return -1;
		}
	}
	pmput(m, k, v); /* grows first */
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

LLVMMetadataRef
fnmd(LLVMValueRef f, uint kind)
{
	size_t n = 0;
	LLVMValueMetadataEntry *e = LLVMGlobalCopyAllMetadata(f, &n);
	LLVMMetadataRef md = NULL;
	for (size_t k = 0; k < n && !md; k++)
		if (LLVMValueMetadataEntriesGetKind(e, (unsigned)k) == kind)
			md = LLVMValueMetadataEntriesGetMetadata(e, (unsigned)k);
	LLVMDisposeValueMetadataEntries(e);
	return md;
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
	/* one call where three LLVMIsA* would be asked of every non-call;
	 * 0 (no opcode) for a value that is not an instruction */
	LLVMOpcode op = LLVMGetInstructionOpcode(i);
	return op == LLVMCall || op == LLVMInvoke || op == LLVMCallBr;
}
