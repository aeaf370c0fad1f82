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
};

static int
bylo(const void *a, const void *b)
{
	const Iv *x = a, *y = b;
	return x->lo < y->lo ? -1 : x->lo > y->lo;
}

void
pack(Coro *c)
{
	uint n = c->nslot, nm = 0;
	uint *order = xcalloc(n + 1, sizeof *order);
	char *placed = xcalloc(n + 1, 1);
	for (uint i = 0; i < n; i++) {
		Slot *s = &c->slot[i];
		s->newoff = s->off;
		if (s->fixed)
			placed[i] = 1;
		else if (!s->nsub)
			order[nm++] = i; /* a split field is placed by its allocas */
	}
	sortc = c;
	qsort(order, nm, sizeof *order, bysize);
	Iv *iv = xcalloc(n + 1, sizeof *iv);
	u64 end = c->fixed_end;
	for (uint k = 0; k < nm; k++) {
		Slot *s = &c->slot[order[k]];
		uint a = needalign(c, s);
		uint ni = 0;
		for (uint j = 0; j < n; j++) {
			if (!placed[j] || c->slot[j].size == 0)
				continue;
			if (!c->slot[j].fixed && !conflicts(c, order[k], j))
				continue;
			iv[ni].lo = c->slot[j].newoff;
			iv[ni].hi = c->slot[j].newoff + c->slot[j].size;
			ni++;
		}
		qsort(iv, ni, sizeof *iv, bylo);
		u64 o = 0;
		for (uint j = 0; j < ni; j++) {
			o = (o + a - 1) / a * a;
			if (o + s->size <= iv[j].lo)
				break;
			if (iv[j].hi > o)
				o = iv[j].hi;
		}
		o = (o + a - 1) / a * a;
		s->newoff = o;
		placed[order[k]] = 1;
		if (s->size && o + s->size > end)
			end = o + s->size;
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
	free(placed);
}
