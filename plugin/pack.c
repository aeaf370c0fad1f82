/* pack.c: choose new offsets for the movable slots.
 *
 * Fixed slots (header, promise) keep their offsets. Movable slots are
 * placed largest first (then by alignment, then by old offset, so the
 * result is deterministic), each at the lowest offset, aligned as it
 * needs, whose bytes no interfering slot already placed (and no fixed
 * slot) occupies. This is first fit over byte intervals, not colouring:
 * two small slots may share the bytes of one large slot that is dead
 * while they live. The frame keeps its alignment; its new size is the end
 * of the last byte used, rounded up to that alignment. If that is not
 * smaller than the old size, the old layout stays. A field split into
 * one slot per alloca (presplit.c) is not placed itself: its allocas are.
 */
#include "coropack.h"

#include <stdlib.h>
#include <string.h>

static const Coro *sortc;

static int
bysize(const void *a, const void *b)
{
	const Slot *x = &sortc->slot[*(const uint *)a];
	const Slot *y = &sortc->slot[*(const uint *)b];
	if (x->size != y->size)
		return x->size > y->size ? -1 : 1;
	if (x->align != y->align)
		return x->align > y->align ? -1 : 1;
	return x->off < y->off ? -1 : x->off > y->off;
}

/* The alignment a slot must keep: its type's, what its accesses assume,
 * and, when code we cannot see holds its address (or indexes into it),
 * the alignment it has now, which that code may rely on. */
static uint
needalign(const Coro *c, const Slot *s)
{
	uint a = s->align > s->accalign ? s->align : s->accalign;
	if (s->escaped || s->varidx) {
		uint now = c->align;
		while (now > 1 && s->off % now)
			now /= 2;
		if (now > a)
			a = now;
	}
	return a ? a : 1;
}

typedef struct Iv Iv;
struct Iv {
	u64 lo, hi;
	uint slot;
};

/* The placed slots with bytes, sorted by lo, kept as an array: each
 * placement scans it once (and stops at the first gap that fits) instead
 * of collecting and sorting the intervals again. The first fit found is
 * the lowest aligned offset o with o + size <= lo or o >= hi for every
 * interfering interval, which does not depend on the order of intervals
 * with equal lo. */
static void
insert(Iv *iv, uint *ni, u64 lo, u64 hi, uint slot)
{
	uint a = 0, b = *ni;
	while (a < b) {
		uint mid = a + (b - a) / 2;
		if (iv[mid].lo <= lo)
			a = mid + 1;
		else
			b = mid;
	}
	memmove(iv + a + 1, iv + a, (size_t)(*ni - a) * sizeof *iv);
	iv[a].lo = lo;
	iv[a].hi = hi;
	iv[a].slot = slot;
	(*ni)++;
}

void
pack(Coro *c)
{
	uint n = c->nslot, nm = 0, ni = 0;
	uint *order = xcalloc(n + 1, sizeof *order);
	Iv *iv = xcalloc(n + 1, sizeof *iv);
	for (uint i = 0; i < n; i++) {
		Slot *s = &c->slot[i];
		s->newoff = s->off;
		if (s->fixed) {
			if (s->size)
				insert(iv, &ni, s->newoff, s->newoff + s->size, i);
		} else if (!s->nsub)
			order[nm++] = i; /* a split field is placed by its allocas */
	}
	sortc = c;
	qsort(order, nm, sizeof *order, bysize);
	u64 end = c->fixed_end;
	for (uint k = 0; k < nm; k++) {
		Slot *s = &c->slot[order[k]];
		const u64 *row = c->conf + (size_t)order[k] * c->confw;
		uint a = needalign(c, s);
		u64 o = 0;
		for (uint j = 0; j < ni; j++) {
			uint x = iv[j].slot;
			if (!c->slot[x].fixed && !((row[x / 64] >> (x % 64)) & 1))
				continue;
			o = (o + a - 1) / a * a;
			if (o + s->size <= iv[j].lo)
				break;
			if (iv[j].hi > o)
				o = iv[j].hi;
		}
		o = (o + a - 1) / a * a;
		s->newoff = o;
		if (s->size) {
			insert(iv, &ni, o, o + s->size, order[k]);
			if (o + s->size > end)
				end = o + s->size;
		}
	}
	/* a split field's offset (for what names the field, not one alloca:
	 * the frame type's member) is that of its largest alloca */
	for (uint i = c->nfield; i < n; i++) {
		int largest = 1;
		for (uint j = c->nfield; j < i && largest; j++)
			if (c->slot[j].of == c->slot[i].of && c->slot[j].size >= c->slot[i].size)
				largest = 0;
		if (largest)
			c->slot[c->slot[i].of].newoff = c->slot[i].newoff;
	}
	u64 size = (end + c->salign - 1) / c->salign * c->salign;
	/* LLVM states the struct's alloc size: keep the same convention */
	c->newsize = size < c->size ? size : c->size;
	if (c->newsize >= c->size) {
		for (uint i = 0; i < n; i++)
			c->slot[i].newoff = c->slot[i].off;
		c->newsize = c->size;
	}
	free(iv);
	free(order);
}
