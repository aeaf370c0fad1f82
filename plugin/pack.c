/* pack.c: choose new offsets for the movable slots.
 *
 * Fixed slots (header, promise) keep their offsets. A movable slot is
 * placed at the lowest offset, aligned as it needs, whose bytes no
 * interfering slot already placed (and no fixed slot) occupies. This is
 * first fit over byte intervals, not colouring: two small slots may share
 * the bytes of one large slot that is dead while they live. The order of
 * placement decides the frame, so pack tries, until one reaches the lower
 * bound (live.c):
 *   1. largest first (then by alignment, then by old offset), as before;
 *   2. most aligned first, most interfering bytes first, most interfering
 *      slots first, earliest suspend in use first (ties: order 1): each
 *      one more first fit, so big coroutines pay a constant factor;
 *   3. with at most NEXACT slots, every order, by branch and bound
 *      (search()), within a budget of work: under a millisecond. Its goal
 *      is the bound, or the bytes of the heaviest set of slots that
 *      interfere pairwise, if more: where interference is not that of
 *      intervals, such a set need not be in use at one point.
 * The smallest layout wins, the earlier on ties, so the frame is never
 * larger than order 1 alone gives. All of it is deterministic: the budget
 * counts work, not time. The frame keeps its alignment; its new size is
 * the end of the last byte used, rounded up to that alignment. If that is
 * not smaller than the old size, the old layout stays. A field split into
 * one slot per alloca (presplit.c) is not placed itself: its allocas are.
 * COROPACK_DEBUG=1 prints what each step gave and checks the layout.
 */
#include "coropack.h"

#include <stdlib.h>
#include <string.h>

enum {
	NORDER = 5,
	NEXACT = 64,      /* slots the search takes on: a mask's bits */
	BUDGET = 1 << 17, /* its work: intervals scanned and items looked at
	                   * (0.6 ms on a 2-core VM at 5 ns a step) */
};

typedef struct Iv Iv;
struct Iv {
	u64 lo, hi;
	uint slot;
	int item;         /* -1: a fixed slot */
};

/* One packing problem: the slots to place (movable, with bytes, not a
 * split field), called items here, numbered in order 1. */
typedef struct Pk Pk;
struct Pk {
	Coro *c;
	uint n;
	uint *slot;       /* item -> slot */
	u64 *size;
	u64 *al;
	u64 *key;         /* sort key of the order being built */
	Iv *fix;          /* fixed slots with bytes, by offset */
	uint nfix;
	Iv *iv;           /* fixed and placed items, by offset */
	uint ni;
	u64 *off;         /* item -> offset, of the layout being built */
	u64 *best;        /* ... of the smallest layout so far */
	u64 bestsize;     /* its frame size, rounded; at first the old size:
	                   * only a smaller frame is of use */
	u64 goal;         /* a frame this size is optimal */
	/* search() */
	u64 *conf;        /* item -> interfering items, as a mask */
	int *twin;        /* item -> the item before it that it could swap
	                   * with (same size, alignment, interference), or -1 */
	u64 *cl;          /* sets of pairwise interfering items */
	uint ncl;
	u64 heavy;        /* bytes of the heaviest such set */
	u64 lower;        /* with the fixed bytes, rounded: a bound; 0 if
	                   * the search did not run */
	u64 *fits;        /* per depth, per item: its first fit */
	/* fitrow() */
	int *item;        /* slot -> item, or -1 */
	uint *stamp;      /* item -> the layout (gen) it is placed in */
	uint gen;         /* the layout being built: reset() counts */
	Iv *tmp;          /* the intervals in the way of one item */
	uint nodes;       /* of search(), for the debug line */
	u64 work;         /* see BUDGET */
	int full;         /* the search ran to its end: bestsize is optimal */
};

/* qsort's context; per thread: LTO backends may run passes in parallel */
static _Thread_local const Pk *sortp;

/* Order 1. The allocas of a split field share an offset: the slot
 * number breaks the tie, as qsort need not. */
static int
bysize(const void *a, const void *b)
{
	uint i = *(const uint *)a, j = *(const uint *)b;
	const Slot *x = &sortp->c->slot[i], *y = &sortp->c->slot[j];
	if (x->size != y->size)
		return x->size > y->size ? -1 : 1;
	if (x->align != y->align)
		return x->align > y->align ? -1 : 1;
	if (x->off != y->off)
		return x->off < y->off ? -1 : 1;
	return i < j ? -1 : i > j;
}

/* by key, then by item number (order 1) */
static int
bykey(const void *a, const void *b)
{
	uint x = *(const uint *)a, y = *(const uint *)b;
	if (sortp->key[x] != sortp->key[y])
		return sortp->key[x] > sortp->key[y] ? -1 : 1;
	return x < y ? -1 : x > y;
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

static u64
up(u64 x, u64 a)
{
	if (a & (a - 1))
		return (x + a - 1) / a * a;
	return (x + a - 1) & ~(a - 1);
}

static int
bit(const u64 *row, uint x)
{
	return (row[x / 64] >> (x % 64)) & 1;
}

/* Placed intervals are kept sorted by lo: each placement scans them once
 * (and stops at the first gap that fits) instead of collecting and
 * sorting them again. */
static void
insert(Iv *iv, uint *ni, u64 lo, u64 hi, uint slot, int item)
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
	iv[a].item = item;
	(*ni)++;
}

static void
delete(Iv *iv, uint *ni, int item)
{
	uint j = 0;
	while (iv[j].item != item)
		j++;
	memmove(iv + j, iv + j + 1, (size_t)(*ni - j - 1) * sizeof *iv);
	(*ni)--;
}

/* The lowest offset at or above o where item k fits among the placed
 * intervals: aligned, and clear of every fixed or interfering one. It
 * does not depend on the order of intervals with equal lo. The search's
 * masks stand in for the rows of c->conf when there are any. */
static u64
fit(Pk *p, uint k, u64 o)
{
	const Coro *c = p->c;
	const u64 *row = c->conf + (size_t)p->slot[k] * c->confw;
	u64 a = p->al[k], sz = p->size[k], m = p->conf ? p->conf[k] : 0;
	const Iv *iv = p->iv;
	uint j;
	o = up(o, a);
	for (j = 0; j < p->ni; j++) {
		int x = iv[j].item;
		if (x >= 0 && !(p->conf ? (int)(m >> x & 1) : bit(row, iv[j].slot)))
			continue;
		if (o + sz <= iv[j].lo)
			break;
		if (iv[j].hi > o)
			o = up(iv[j].hi, a);
	}
	p->work += j;
	return o;
}

static int
bylo(const void *a, const void *b)
{
	const Iv *x = a, *y = b;
	return x->lo < y->lo ? -1 : x->lo > y->lo;
}

/* fit(p, k, 0) by another road, for first fit with many items: the
 * placed items in k's way are read off its row of c->conf (few, in big
 * coroutines) instead of scanning every placed interval; with the fixed
 * ones, by lo, they are what fit() does not skip. Does not count work:
 * only search() reads it, and it never runs with this many items. */
static u64
fitrow(Pk *p, uint k)
{
	const Coro *c = p->c;
	const u64 *row = c->conf + (size_t)p->slot[k] * c->confw;
	u64 a = p->al[k], sz = p->size[k], o = 0;
	Iv *t = p->tmp;
	uint nt = 0;
	for (uint w = 0; w < c->confw; w++)
		for (u64 b = row[w]; b; b &= b - 1) {
			uint x = w * 64 + (uint)__builtin_ctzll(b);
			int it = x < c->nslot ? p->item[x] : -1;
			if (it < 0 || p->stamp[it] != p->gen)
				continue;
			/* many in the way: sorting them would cost more */
			if (nt * 8 >= p->ni)
				return fit(p, k, 0);
			t[nt].lo = p->off[it];
			t[nt++].hi = p->off[it] + p->size[it];
		}
	qsort(t, nt, sizeof *t, bylo);
	/* as fit(): intervals by lo, fixed and in the way merged (the
	 * order among equal lo does not matter) */
	uint i = 0, j = 0;
	while (i < p->nfix || j < nt) {
		const Iv *v = j == nt || (i < p->nfix && p->fix[i].lo <= t[j].lo)
		    ? &p->fix[i++] : &t[j++];
		if (o + sz <= v->lo)
			break;
		if (v->hi > o)
			o = up(v->hi, a);
	}
	return o;
}

static void
reset(Pk *p)
{
	memcpy(p->iv, p->fix, p->nfix * sizeof *p->iv);
	p->ni = p->nfix;
	p->gen++;
}

/* Keeps the layout being built if it is the smallest; returns its size. */
static u64
better(Pk *p, u64 end)
{
	u64 size = up(end, p->c->salign);
	if (size < p->bestsize) {
		p->bestsize = size;
		memcpy(p->best, p->off, p->n * sizeof *p->off);
	}
	return size;
}

/* First fit in the order of items ord. */
static u64
firstfit(Pk *p, const uint *ord)
{
	u64 end = p->c->fixed_end;
	reset(p);
	for (uint i = 0; i < p->n; i++) {
		uint k = ord[i];
		u64 o = p->n > NEXACT ? fitrow(p, k) : fit(p, k, 0);
		p->off[k] = o;
		p->stamp[k] = p->gen;
		insert(p->iv, &p->ni, o, o + p->size[k], p->slot[k], (int)k);
		if (o + p->size[k] > end)
			end = o + p->size[k];
	}
	return better(p, end);
}

/* Orders 2: each a key, ties in order 1. Interference with fixed slots
 * does not count: their bytes are taken by every item anyway. Suspend
 * indices follow the code (CoroSplit numbers suspends in the order it
 * finds them), so the last order is first fit by start of live range, as
 * for intervals. */
static void
orders(Pk *p, uint *ord)
{
	const Coro *c = p->c;
	u64 *w = xcalloc(p->n, sizeof *w), *d = xcalloc(p->n, sizeof *d);
	u64 *e = xcalloc(p->n, sizeof *e);
	int *item = xcalloc(c->nslot, sizeof *item);
	for (uint x = 0; x < c->nslot; x++)
		item[x] = -1;
	for (uint k = 0; k < p->n; k++)
		item[p->slot[k]] = k;
	for (uint k = 0; k < p->n; k++) {
		const u64 *row = c->conf + (size_t)p->slot[k] * c->confw;
		w[k] = p->size[k];
		for (uint i = 0; i < c->confw; i++)
			for (u64 b = row[i]; b; b &= b - 1) {
				uint x = i * 64 + __builtin_ctzll(b);
				if (item[x] >= 0 && (uint)item[x] != k) {
					w[k] += p->size[item[x]];
					d[k]++;
				}
			}
		/* the final suspend (and one of unknown index) last */
		const Bset *su = &c->slot[p->slot[k]].susp;
		u64 first = c->nsusp;
		for (uint s = 0; su->w && bsiter(su, &s); s++)
			if (c->susp[s].index >= 0 && (u64)c->susp[s].index < first)
				first = c->susp[s].index;
		e[k] = c->nsusp - first;
	}
	for (uint r = 0; r < NORDER - 1 && p->bestsize > p->goal; r++) {
		for (uint k = 0; k < p->n; k++) {
			p->key[k] = r == 0 ? p->al[k] : r == 1 ? w[k] : r == 2 ? d[k] : e[k];
			ord[k] = k;
		}
		sortp = p;
		qsort(ord, p->n, sizeof *ord, bykey);
		firstfit(p, ord);
	}
	free(item);
	free(e);
	free(d);
	free(w);
}

/* Branch and bound over orders. Any layout can be pushed down, a slot at
 * a time, until each slot is at the first fit of the slots below it; that
 * does not make it larger, and placing the slots by ascending offset then
 * gives that layout back. So it is enough to try orders in which each
 * item's first fit is at or above the last one's: a node places one more
 * item, an unplaced item that would fit wholly below the last offset can
 * never be placed in such an order (the node is dead), and items at equal
 * offsets, or twins, go in item order. The bound of a node: the end so
 * far, where an unplaced item would end if placed now, and, for each set
 * of p->cl, its unplaced items one above the other from the lowest place
 * one of them could take. Children go lowest first, then largest. */
static void
search(Pk *p, uint done, u64 placed, u64 last, int lastk, u64 end)
{
	uint cand[NEXACT], nc = 0;
	u64 at[NEXACT];
	if (p->bestsize <= p->goal)
		return;
	if (p->work >= BUDGET) {
		p->full = 0;
		return;
	}
	p->nodes++;
	p->work += p->n;
	if (done == p->n) {
		better(p, end);
		return;
	}
	u64 lb = end, lo[NEXACT], *f = p->fits + (size_t)done * p->n;
	for (uint k = 0; k < p->n; k++) {
		if (placed >> k & 1)
			continue;
		u64 o = f[k];
		if (o + p->size[k] <= last)
			return;
		if (o < last)
			o = fit(p, k, last);
		else if ((o > last || (int)k > lastk) &&
		    (p->twin[k] < 0 || placed >> p->twin[k] & 1)) {
			/* by offset, then by size: a candidate list sorted as it grows */
			uint i = nc++;
			for (; i > 0 && (at[i - 1] > o ||
			    (at[i - 1] == o && p->size[cand[i - 1]] < p->size[k])); i--) {
				cand[i] = cand[i - 1];
				at[i] = at[i - 1];
			}
			cand[i] = k;
			at[i] = o;
		}
		if (o + p->size[k] > lb)
			lb = o + p->size[k];
		lo[k] = o;
	}
	/* the unplaced items of a set that interfere pairwise go one above
	 * the other, above where the lowest of them could go */
	for (uint i = 0; i < p->ncl; i++) {
		u64 w = 0, min = ~(u64)0;
		for (u64 m = p->cl[i] & ~placed; m; m &= m - 1) {
			uint k = __builtin_ctzll(m);
			p->work++;
			w += p->size[k];
			if (lo[k] < min)
				min = lo[k];
		}
		if (w && min + w > lb)
			lb = min + w;
	}
	if (up(lb, p->c->salign) >= p->bestsize)
		return;
	for (uint i = 0; i < nc; i++) {
		uint k = cand[i];
		if (p->work >= BUDGET) {
			p->full = 0;
			return;
		}
		u64 o = at[i], e = o + p->size[k], *g = f + p->n;
		p->off[k] = o;
		insert(p->iv, &p->ni, o, e, p->slot[k], (int)k);
		/* first fits only go up as items are placed: only those of the
		 * items k is in the way of move */
		for (uint j = 0; j < p->n; j++) {
			g[j] = f[j];
			if (!(placed >> j & 1) && p->conf[j] >> k & 1 &&
			    f[j] < e && o < f[j] + p->size[j])
				g[j] = fit(p, j, f[j]);
		}
		search(p, done + 1, placed | 1ull << k, o, (int)k, e > end ? e : end);
		delete(p->iv, &p->ni, (int)k);
		if (p->bestsize <= p->goal)
			return;
	}
}

/* The heaviest set of pairwise interfering items: one in set, more from
 * cand. Any such set is a bound: its items need bytes of their own. */
static void
clique(Pk *p, u64 cand, u64 w)
{
	u64 rest = 0;
	if (p->work >= BUDGET)
		return;
	if (w > p->heavy)
		p->heavy = w;
	for (u64 m = cand; m; m &= m - 1) {
		rest += p->size[__builtin_ctzll(m)];
		p->work++;
	}
	while (cand && w + rest > p->heavy) {
		uint k = __builtin_ctzll(cand);
		clique(p, cand & p->conf[k], w + p->size[k]);
		cand &= ~(1ull << k);
		rest -= p->size[k];
	}
}

static void
exact(Pk *p)
{
	const Coro *c = p->c;
	p->conf = xcalloc(p->n, sizeof *p->conf);
	p->twin = xcalloc(p->n, sizeof *p->twin);
	for (uint k = 0; k < p->n; k++) {
		const u64 *row = c->conf + (size_t)p->slot[k] * c->confw;
		for (uint i = 0; i < p->n; i++)
			if (i != k && bit(row, p->slot[i]))
				p->conf[k] |= 1ull << i;
	}
	for (uint k = 0; k < p->n; k++) {
		p->twin[k] = -1;
		for (uint i = k; i-- > 0 && p->twin[k] < 0;) {
			/* fixed slots are in the way of every item alike */
			u64 m = ~(1ull << i | 1ull << k);
			if (p->size[i] == p->size[k] && p->al[i] == p->al[k] &&
			    (p->conf[i] & m) == (p->conf[k] & m))
				p->twin[k] = i;
		}
	}
	/* the search's bounds: from each item, greedily the largest item
	 * that interferes with all so far */
	p->cl = xcalloc(p->n, sizeof *p->cl);
	for (uint k = 0; k < p->n; k++) {
		u64 q = 1ull << k, cand = p->conf[k];
		uint i;
		while (cand) {
			uint j = __builtin_ctzll(cand);
			for (u64 m = cand; m; m &= m - 1)
				if (p->size[__builtin_ctzll(m)] > p->size[j])
					j = __builtin_ctzll(m);
			q |= 1ull << j;
			cand &= p->conf[j];
		}
		for (i = 0; i < p->ncl && p->cl[i] != q; i++)
			;
		if (i == p->ncl)
			p->cl[p->ncl++] = q;
	}
	/* its goal: the fixed bytes and the heaviest set, if above the bound */
	u64 fixed = 0, top = 0;
	for (uint j = 0; j < p->nfix; j++) {
		u64 lo = p->fix[j].lo > top ? p->fix[j].lo : top;
		if (p->fix[j].hi > lo)
			fixed += p->fix[j].hi - lo;
		if (p->fix[j].hi > top)
			top = p->fix[j].hi;
	}
	clique(p, (p->n < 64 ? 1ull << p->n : 0) - 1, 0);
	p->lower = up(fixed + p->heavy, c->salign);
	if (p->lower > p->goal)
		p->goal = p->lower;
	p->full = 1;
	p->fits = xcalloc((size_t)(p->n + 1) * p->n, sizeof *p->fits);
	reset(p);
	for (uint k = 0; k < p->n; k++)
		p->fits[k] = fit(p, k, 0);
	search(p, 0, 0, 0, -1, c->fixed_end);
	free(p->fits);
	free(p->cl);
	free(p->twin);
	free(p->conf);
	p->conf = NULL;
}

static void
broken(const Coro *c, const char *what, uint x, int y)
{
	fprintf(stderr, "coropack: pack of %s: %s: slot #%u at %llu", c->name,
	    what, x, (unsigned long long)c->slot[x].newoff);
	if (y >= 0)
		fprintf(stderr, " and slot #%d at %llu", y,
		    (unsigned long long)c->slot[y].newoff);
	fputc('\n', stderr);
	abort();
}

/* Debug only (it is quadratic): fixed slots did not move, movable ones
 * are aligned, inside the frame, clear of every fixed slot and of every
 * slot they interfere with. */
static void
check(const Coro *c)
{
	for (uint x = 0; x < c->nslot; x++) {
		const Slot *s = &c->slot[x];
		if (s->nsub || !s->size)
			continue;
		if (s->fixed) {
			if (s->newoff != s->off)
				broken(c, "a fixed slot moved", x, -1);
			continue;
		}
		if (s->newoff % needalign(c, s))
			broken(c, "misaligned", x, -1);
		if (s->newoff + s->size > c->newsize)
			broken(c, "past the end", x, -1);
		for (uint y = 0; y < c->nslot; y++) {
			const Slot *t = &c->slot[y];
			if (y == x || t->nsub || !t->size ||
			    (!t->fixed && !conflicts(c, x, y)))
				continue;
			if (s->newoff < t->newoff + t->size && t->newoff < s->newoff + s->size)
				broken(c, "overlap", x, (int)y);
		}
	}
}

/* COROPACK_DEBUG as driver.c reads it (coro-pack<debug> does not reach
 * here) */
static int
debugging(void)
{
	const char *v = getenv("COROPACK_DEBUG");
	return v && *v && strcmp(v, "0") && strcmp(v, "off") && strcmp(v, "no") &&
	    strcmp(v, "false");
}

void
pack(Coro *c)
{
	uint n = c->nslot;
	Pk p;
	memset(&p, 0, sizeof p);
	p.c = c;
	p.slot = xcalloc(n + 1, sizeof *p.slot);
	p.fix = xcalloc(n + 1, sizeof *p.fix);
	p.iv = xcalloc(n + 1, sizeof *p.iv);
	for (uint i = 0; i < n; i++) {
		Slot *s = &c->slot[i];
		s->newoff = s->off;
		if (s->fixed) {
			if (s->size)
				insert(p.fix, &p.nfix, s->off, s->off + s->size, i, -1);
		} else if (!s->nsub) {
			/* a split field is placed by its allocas; a slot of no
			 * bytes goes at 0, as first fit would put it */
			if (s->size)
				p.slot[p.n++] = i;
			else
				s->newoff = 0;
		}
	}
	sortp = &p;
	qsort(p.slot, p.n, sizeof *p.slot, bysize);
	p.size = xcalloc(p.n + 1, sizeof *p.size);
	p.al = xcalloc(p.n + 1, sizeof *p.al);
	p.key = xcalloc(p.n + 1, sizeof *p.key);
	p.off = xcalloc(p.n + 1, sizeof *p.off);
	p.best = xcalloc(p.n + 1, sizeof *p.best);
	uint *ord = xcalloc(p.n + 1, sizeof *ord);
	p.item = xcalloc(n + 1, sizeof *p.item);
	p.stamp = xcalloc(p.n + 1, sizeof *p.stamp);
	p.tmp = xcalloc(p.n + 1, sizeof *p.tmp);
	for (uint i = 0; i < n; i++)
		p.item[i] = -1;
	for (uint k = 0; k < p.n; k++) {
		p.item[p.slot[k]] = (int)k;
		p.size[k] = c->slot[p.slot[k]].size;
		p.al[k] = needalign(c, &c->slot[p.slot[k]]);
		ord[k] = k;
	}
	/* only a frame smaller than the old one is of use; none is when the
	 * bound is the old size (live.c caps it there) */
	p.bestsize = c->size;
	p.goal = c->bound;
	u64 first = 0, heur = 0;
	if (p.goal < c->size) {
		first = firstfit(&p, ord);
		if (p.bestsize > p.goal) {
			orders(&p, ord);
			heur = p.bestsize;
		}
		if (p.bestsize > p.goal && p.n <= NEXACT)
			exact(&p);
	}
	if (p.bestsize < c->size)
		for (uint k = 0; k < p.n; k++)
			c->slot[p.slot[k]].newoff = p.best[k];
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
	/* LLVM states the struct's alloc size: keep the same convention */
	c->newsize = p.bestsize < c->size ? p.bestsize : c->size;
	if (c->newsize >= c->size) {
		for (uint i = 0; i < n; i++)
			c->slot[i].newoff = c->slot[i].off;
		c->newsize = c->size;
	}
	if (debugging()) {
		fprintf(stderr, "coropack: pack of %s: %u slots, bound %llu", c->name,
		    p.n, (unsigned long long)c->bound);
		if (first)
			fprintf(stderr, ": first fit %llu", (unsigned long long)first);
		if (heur)
			fprintf(stderr, ", orders %llu", (unsigned long long)heur);
		if (p.lower)
			fprintf(stderr, ", clique bound %llu, search %llu (%u nodes, %s)",
			    (unsigned long long)p.lower, (unsigned long long)p.bestsize,
			    p.nodes, p.full ? "optimal" : "budget spent");
		fprintf(stderr, "; frame %llu -> %llu\n",
		    (unsigned long long)c->size, (unsigned long long)c->newsize);
		if (c->newsize < c->size)
			check(c);
	}
	free(ord);
	free(p.tmp);
	free(p.stamp);
	free(p.item);
	free(p.best);
	free(p.off);
	free(p.key);
	free(p.al);
	free(p.size);
	free(p.iv);
	free(p.fix);
	free(p.slot);
}
