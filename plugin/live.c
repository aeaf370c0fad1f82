/* live.c: liveness of frame slots, interference, and the lower bound.
 *
 * The super-CFG joins the ramp and clones: a block ending in a suspend
 * flows into that suspend's resume targets (access.c). Over it:
 *   backward  live(x) at p: a path from p reads x before overwriting it;
 *   forward   reached(x) at p: some access of x precedes p on a path to p
 *             (not across a suspend outside x's recorded scope).
 * A slot is in use at p when it is live and reached there: before its
 * first access, a slot holds nothing anyone wrote, so its bytes may hold
 * another slot's (a partial write, such as a loop filling an array, does
 * not end liveness, but the first access starts reachedness). A slot whose
 * address escaped is in use when live or reached: unknown code may access
 * it from its first access on. A slot is also in use at a write to it. Two slots interfere when both are in use at one
 * point; this is recorded where a set gains a member (a use, a write, a
 * branch whose successors disagree, a join whose predecessors disagree),
 * which covers every point. The bound is the fixed header plus the most
 * movable bytes in use at any one point, rounded to the frame alignment.
 */
#include "coropack.h"

#include <stdlib.h>
#include <string.h>

/* Sparse bit sets: only the nonzero words, by ascending word index. The
 * liveness of a large frame keeps a few members per program point among
 * thousands of slots; a dense set costs every slot at every step. Most
 * sets hold one word or none, so every operation tries that first.
 * Zeroed with ar set = empty; the words come from that arena. */
typedef struct Sword Sword;
struct Sword {
	u64 w;
	uint i;      /* word index */
};
typedef struct Sset Sset;
struct Sset {
	Sword *v;
	uint len, cap;
	Arena *ar;
};
typedef struct Ssit Ssit; /* for (Ssit it = {0}; ssnext(s, &it, &x);) */
struct Ssit {
	uint k;
	u64 rest;
};
/* The words of a or b, ascending: index i, a's word wa and b's wb (0
 * where one has none). for (Ss2it it = {0}; ssnext2(a, b, &it, ...);) */
typedef struct Ss2it Ss2it;
struct Ss2it {
	uint ka, kb;
};

static __attribute__((noinline)) void
ssgrow(Sset *s, uint n)
{
	uint cap = s->cap ? s->cap : 2;
	while (cap < n)
		cap *= 2;
	/* the old words stay in the arena until it is freed */
	Sword *v = aralloc(s->ar, cap * sizeof *v);
	if (s->len)
		memcpy(v, s->v, s->len * sizeof *v);
	s->v = v;
	s->cap = cap;
}

static inline void
ssroom(Sset *s, uint n)
{
	if (n > s->cap)
		ssgrow(s, n);
}

static inline void
sszero(Sset *s)
{
	s->len = 0;
}

static inline void
sscopy(Sset *dst, const Sset *src)
{
	ssroom(dst, src->len);
	if (src->len <= 4) /* no call for the usual few words */
		for (uint k = 0; k < src->len; k++)
			dst->v[k] = src->v[k];
	else
		memcpy(dst->v, src->v, src->len * sizeof *dst->v);
	dst->len = src->len;
}

/* Position of word i in s, or where it would go. */
static inline uint
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

/* The word at index i of s; *k is a cursor for calls in ascending i
 * (start it at 0). */
static inline u64
ssat(const Sset *s, uint *k, uint i)
{
	while (*k < s->len && s->v[*k].i < i)
		(*k)++;
	return *k < s->len && s->v[*k].i == i ? s->v[*k].w : 0;
}

/* Drops the zero words. */
static inline void
sscompact(Sset *s)
{
	uint n = 0;
	for (uint k = 0; k < s->len; k++)
		if (s->v[k].w)
			s->v[n++] = s->v[k];
	s->len = n;
}

static void
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

static void
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

static inline int
sshas(const Sset *s, uint x)
{
	uint i = x / 64, k = sspos(s, i);
	return k < s->len && s->v[k].i == i && (s->v[k].w >> (x % 64) & 1);
}

static int ssmerge(Sset *dst, const Sset *src);

/* dst |= src; returns 1 if dst grew. */
static inline int
ssunion(Sset *dst, const Sset *src)
{
	if (!src->len)
		return 0;
	if (!dst->len) {
		sscopy(dst, src);
		return 1;
	}
	if (dst->len == 1 && src->len == 1 && dst->v[0].i == src->v[0].i) {
		u64 grew = src->v[0].w & ~dst->v[0].w;
		dst->v[0].w |= grew;
		return grew != 0;
	}
	return ssmerge(dst, src);
}

/* ssunion's general case. */
static int
ssmerge(Sset *dst, const Sset *src)
{
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

static void
ssinter(Sset *dst, const Sset *src)
{
	uint j = 0;
	for (uint k = 0; k < dst->len; k++)
		dst->v[k].w &= ssat(src, &j, dst->v[k].i);
	sscompact(dst);
}

/* With a dense set. */
static inline void
ssinterb(Sset *dst, const Bset *src)
{
	for (uint k = 0; k < dst->len; k++)
		dst->v[k].w &= src->w[dst->v[k].i];
	sscompact(dst);
}

static inline void
ssdiffb(Sset *dst, const Bset *src)
{
	for (uint k = 0; k < dst->len; k++)
		dst->v[k].w &= ~src->w[dst->v[k].i];
	sscompact(dst);
}

static inline int
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

/* dst = f(a, b, c) word by word over the words of a or b (f(0, 0, _)
 * must be 0); dst is neither. Inlined, so f is too. */
static inline __attribute__((always_inline)) void
ssmap2(Sset *dst, const Sset *a, const Sset *b, const Bset *c,
    u64 (*f)(u64, u64, u64))
{
	if (a->len <= 1 && b->len <= 1) {
		uint i = a->len ? a->v[0].i : b->len ? b->v[0].i : 0;
		u64 wa = a->len ? a->v[0].w : 0, wb = b->len ? b->v[0].w : 0;
		if (a->len && b->len && a->v[0].i != b->v[0].i)
			goto general;
		u64 w = a->len || b->len ? f(wa, wb, c->w[i]) : 0;
		ssroom(dst, 1);
		dst->v[0] = (Sword){ w, i };
		dst->len = w != 0;
		return;
	}
general:;
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

/* acc &= f(a, b, c) over the words of acc; acc may be a or b. */
static inline __attribute__((always_inline)) void
ssmeet2(Sset *acc, const Sset *a, const Sset *b, const Bset *c,
    u64 (*f)(u64, u64, u64))
{
	if (acc->len == 1) {
		uint i = acc->v[0].i, ka = 0, kb = 0;
		acc->v[0].w &= f(ssat(a, &ka, i), ssat(b, &kb, i), c->w[i]);
		acc->len = acc->v[0].w != 0;
		return;
	}
	uint ka = 0, kb = 0;
	for (uint k = 0; k < acc->len; k++) {
		uint i = acc->v[k].i;
		acc->v[k].w &= f(ssat(a, &ka, i), ssat(b, &kb, i), c->w[i]);
	}
	sscompact(acc);
}

static inline int
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

typedef struct Live Live;
struct Live {
	Coro *c;
	Graph *g;
	Sset *bin, *bout, *rin, *rout;
	Sset *bs, *rs;       /* per suspend: backward / reached sets */
	Bset esc;            /* escaped slots */
	Sset tmp, tmp2;
	Sset *sc;            /* walk(): bw, reached, after, before, defs */
	uint *gain, *lossat; /* walk(): per event of a block */
	Sset *loss;          /* walk(): what each call ended */
	uint nloss;
	char *reach;
	uint *pos;           /* reverse postorder position of reachable blocks */
	u64 *size;           /* bytes of each movable slot; 0 if fixed */
	Sset ref;            /* bytes(): the set measured last, and its bytes */
	u64 refbytes;
	Arena ar;            /* the words of every sparse set */
	uint *orig;          /* renumber(): slot -> the Coro's slot, or NULL */
	Bset *kill, *dead;   /* Coro.kill and Coro.dead, renumbered */
};

/* The Coro's number of slot x. */
static inline uint
slotof(const Live *l, uint x)
{
	return l->orig ? l->orig[x] : x;
}

static void
rowor(Coro *c, uint x, const Sset *s)
{
	u64 *row = c->conf + (size_t)x * c->confw;
	for (uint k = 0; k < s->len; k++)
		row[s->v[k].i] |= s->v[k].w;
}

int
conflicts(const Coro *c, uint a, uint b)
{
	const u64 *ra = c->conf + (size_t)a * c->confw;
	return (ra[b / 64] >> (b % 64)) & 1;
}

/* One word of the in-use rule: live and reached, or either when escaped. */
static inline u64
inword(u64 live, u64 reached, u64 esc)
{
	return (live & reached) | ((live | reached) & esc);
}

/* dst = the slots in use, of those live and those reached. */
static void
inuse(const Live *l, Sset *dst, const Sset *live, const Sset *reached)
{
	ssmap2(dst, live, reached, &l->esc, inword);
}

/* acc &= the slots in use, of those live and those reached. */
static void
inusemeet(const Live *l, Sset *acc, const Sset *live, const Sset *reached)
{
	ssmeet2(acc, live, reached, &l->esc, inword);
}

/* One word of what a reached set keeps: the slots live there, and the
 * escaped ones (in use wherever reached). A slot that is not escaped is
 * in use only where live, so dropping it elsewhere changes no in-use
 * set, and keeps the reached sets as small as the live ones. */
static inline u64
keepword(u64 reached, u64 live, u64 esc)
{
	return reached & (live | esc);
}

/* The bytes of the members of word i that are in w. */
static inline u64
wbytes(const Live *l, uint i, u64 w)
{
	u64 n = 0;
	for (; w; w &= w - 1)
		n += l->size[i * 64 + (uint)__builtin_ctzll(w)];
	return n;
}

/* The movable bytes of s. Counted from the difference to the set measured
 * last: sets measured one after the other (neighbouring points, suspend
 * after suspend) differ in few slots, so this costs a pass over the words
 * plus the slots that changed, not one step per member. */
static u64
bytes(Live *l, const Sset *s)
{
	u64 n = l->refbytes; /* wraps in between, never at the end */
	const Sset *r = &l->ref;
	if (s->len <= 1 && r->len <= 1 && (!s->len || !r->len || s->v[0].i == r->v[0].i)) {
		/* a word each: no merge */
		uint i = s->len ? s->v[0].i : r->len ? r->v[0].i : 0;
		u64 w = s->len ? s->v[0].w : 0, o = r->len ? r->v[0].w : 0;
		n += wbytes(l, i, w & ~o) - wbytes(l, i, o & ~w);
	} else {
		Ss2it it = {0};
		uint i;
		u64 w, o;
		while (ssnext2(s, r, &it, &i, &w, &o))
			n += wbytes(l, i, w & ~o) - wbytes(l, i, o & ~w);
	}
	sscopy(&l->ref, s);
	l->refbytes = n;
	return n;
}

/* The super-successors of block b: its edges, then for each suspend it
 * ends in, that suspend's resume targets; k counts across both. Returns
 * -1 past the last. */
static int
supersucc(const Graph *g, const Blk *b, uint *e, uint *k)
{
	if (*k < b->nsucc)
		return b->succ[(*k)++];
	for (; *e < b->nev; (*e)++, *k = b->nsucc) {
		if (b->ev[*e].kind != EV_SUSP)
			continue;
		uint s = b->ev[*e].arg, j = *k - b->nsucc;
		if (j < g->nentry[s]) {
			(*k)++;
			return g->entry[s * 4 + j];
		}
	}
	return -1;
}

/* Entry blocks of the ramp and .noalloc, reachability from them, and the
 * reverse postorder of the reachable blocks over the super-CFG (l->pos):
 * the work queues take blocks in that order (forward) or its reverse
 * (backward), so on a graph without loops every block is looked at once
 * per problem, and a long chain of suspends costs no more passes than a
 * short one. */
static void
fillreach(Live *l)
{
	Graph *g = l->g;
	Coro *c = l->c;
	uint nb = g->nblk, ns = 0, npost = 0;
	struct Frame { int b; uint e, k; } *stack = xcalloc(nb + 1, sizeof *stack);
	l->reach = xcalloc(nb + 1, 1);
	l->pos = xcalloc(nb + 1, sizeof *l->pos);
	for (uint b = 0; b < nb; b++) {
		Blk *bk = &g->blk[b];
		if ((bk->fn != FN_RAMP && bk->fn != FN_NOALLOC) ||
		    bk->bb != LLVMGetEntryBasicBlock(c->fn[bk->fn]) || l->reach[b])
			continue;
		l->reach[b] = 1;
		stack[ns++] = (struct Frame){ (int)b, 0, 0 };
		while (ns) {
			struct Frame *f = &stack[ns - 1];
			int t = supersucc(g, &g->blk[f->b], &f->e, &f->k);
			if (t < 0) {
				l->pos[f->b] = npost++;
				ns--;
			} else if (!l->reach[t]) {
				l->reach[t] = 1;
				stack[ns++] = (struct Frame){ t, 0, 0 };
			}
		}
	}
	/* postorder number -> reverse postorder position */
	for (uint b = 0; b < nb; b++) {
		g->blk[b].reach = l->reach[b];
		if (l->reach[b])
			l->pos[b] = npost - 1 - l->pos[b];
	}
	free(stack);
}

/* Backward transfer of block b from bout into cur. */
static void
backward(Live *l, uint b, Sset *cur)
{
	Blk *bk = &l->g->blk[b];
	sscopy(cur, &l->bout[b]);
	for (uint e = bk->nev; e-- > 0;) {
		Ev *v = &bk->ev[e];
		switch (v->kind) {
		case EV_USE: ssset(cur, v->arg); break;
		case EV_KILL: ssclr(cur, v->arg); break;
		case EV_SUSP: ssunion(cur, &l->bs[v->arg]); break;
		case EV_DEAD: if (l->dead) ssdiffb(cur, &l->dead[v->arg]); break;
		default: break;
		}
	}
}

/* bs[s]: what is live at the resume targets of suspend s, less the
 * slots whose recorded scope ends before it. Returns 1 if it grew. */
static int
suspset(Live *l, uint s)
{
	Graph *g = l->g;
	sszero(&l->tmp2);
	for (uint k = 0; k < g->nentry[s]; k++)
		ssunion(&l->tmp2, &l->bin[g->entry[s * 4 + k]]);
	if (l->kill)
		ssdiffb(&l->tmp2, &l->kill[s]);
	return ssunion(&l->bs[s], &l->tmp2);
}

/* Blocks waiting to be looked at, each at most once, taken lowest key
 * first: the key is the block's reverse postorder position (forward) or
 * its negation (backward). A binary heap. */
typedef struct Work Work;
struct Work {
	uint *heap, len;
	char *in;
	const uint *pos;
	int rev;
};

static uint
wkey(const Work *w, uint b)
{
	return w->rev ? ~w->pos[b] : w->pos[b];
}

static void
wpush(Work *w, uint b)
{
	if (w->in[b])
		return;
	w->in[b] = 1;
	uint i = w->len++;
	while (i > 0 && wkey(w, w->heap[(i - 1) / 2]) > wkey(w, b)) {
		w->heap[i] = w->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	w->heap[i] = b;
}

static int
wpop(Work *w, uint *b)
{
	if (!w->len)
		return 0;
	*b = w->heap[0];
	w->in[*b] = 0;
	uint last = w->heap[--w->len], i = 0;
	for (;;) {
		uint m = 2 * i + 1;
		if (m >= w->len)
			break;
		if (m + 1 < w->len && wkey(w, w->heap[m + 1]) < wkey(w, w->heap[m]))
			m++;
		if (wkey(w, w->heap[m]) >= wkey(w, last))
			break;
		w->heap[i] = w->heap[m];
		i = m;
	}
	if (w->len)
		w->heap[i] = last;
	return 1;
}

/* Every reachable block. */
static void
wstart(Live *l, Work *w, int rev)
{
	uint n = l->g->nblk;
	w->heap = xcalloc(n + 1, sizeof *w->heap);
	w->in = xcalloc(n + 1, 1);
	w->len = 0;
	w->pos = l->pos;
	w->rev = rev;
	for (uint b = 0; b < n; b++)
		if (l->reach[b])
			wpush(w, b);
}

static void
wfree(Work *w)
{
	free(w->heap);
	free(w->in);
}

/* A list per key k: v[at[k]] .. v[at[k + 1] - 1]. */
typedef struct Lists Lists;
struct Lists {
	uint *at, *v;
};

/* Per suspend, the blocks that end in it (sb); per block, the suspends
 * it is a target of (ts). Counted first, then filled. */
static void
suspmaps(Live *l, Lists *sb, Lists *ts)
{
	Graph *g = l->g;
	uint ns = l->c->nsusp, nb = g->nblk;
	sb->at = xcalloc(ns + 2, sizeof *sb->at);
	ts->at = xcalloc(nb + 2, sizeof *ts->at);
	for (int fill = 0; fill < 2; fill++) {
		for (uint b = 0; b < nb; b++)
			for (uint e = 0; e < g->blk[b].nev; e++)
				if (g->blk[b].ev[e].kind == EV_SUSP) {
					uint s = g->blk[b].ev[e].arg;
					if (fill)
						sb->v[sb->at[s + 1]++] = b;
					else
						sb->at[s + 2]++;
				}
		for (uint s = 0; s < ns; s++)
			for (uint k = 0; k < g->nentry[s]; k++) {
				uint t = (uint)g->entry[s * 4 + k];
				if (fill)
					ts->v[ts->at[t + 1]++] = s;
				else
					ts->at[t + 2]++;
			}
		if (fill)
			break;
		/* at[k + 1] is where k's list starts while filling, and ends after */
		for (uint s = 0; s < ns; s++)
			sb->at[s + 2] += sb->at[s + 1];
		for (uint b = 0; b < nb; b++)
			ts->at[b + 2] += ts->at[b + 1];
		sb->v = xcalloc(sb->at[ns + 1] + 1, sizeof *sb->v);
		ts->v = xcalloc(ts->at[nb + 1] + 1, sizeof *ts->v);
	}
}

/* Both are solved with work queues: a block is looked at again only when
 * what flows into it changed (through an edge or a suspend). */
static void
solvebackward(Live *l, const Lists *sb, const Lists *ts)
{
	Graph *g = l->g;
	Work w;
	wstart(l, &w, 1);
	uint b;
	while (wpop(&w, &b)) {
		Blk *bk = &g->blk[b];
		for (uint k = 0; k < bk->nsucc; k++)
			ssunion(&l->bout[b], &l->bin[bk->succ[k]]);
		backward(l, b, &l->tmp);
		if (!ssunion(&l->bin[b], &l->tmp))
			continue;
		for (uint k = 0; k < bk->npred; k++)
			if (l->reach[bk->pred[k]])
				wpush(&w, (uint)bk->pred[k]);
		for (uint k = ts->at[b]; k < ts->at[b + 1]; k++) {
			uint s = ts->v[k];
			if (suspset(l, s))
				for (uint q = sb->at[s]; q < sb->at[s + 1]; q++)
					if (l->reach[sb->v[q]])
						wpush(&w, sb->v[q]);
		}
	}
	wfree(&w);
}

static void
solveforward(Live *l)
{
	Graph *g = l->g;
	Work w;
	wstart(l, &w, 0);
	uint b;
	while (wpop(&w, &b)) {
		Blk *bk = &g->blk[b];
		for (uint k = 0; k < bk->npred; k++)
			ssunion(&l->rin[b], &l->rout[bk->pred[k]]);
		for (uint k = 0; k < bk->nspred; k++)
			ssunion(&l->rin[b], &l->rs[bk->spred[k]]);
		sscopy(&l->tmp, &l->rin[b]);
		for (uint e = 0; e < bk->nev; e++) {
			Ev *v = &bk->ev[e];
			if (v->kind == EV_SUSP) {
				/* a slot whose scope ends before this suspend is
				 * not carried across it, whoever has its address */
				sscopy(&l->tmp2, &l->tmp);
				if (l->kill)
					ssdiffb(&l->tmp2, &l->kill[v->arg]);
				ssmeet2(&l->tmp2, &l->tmp2, &l->bs[v->arg], &l->esc, keepword);
				if (ssunion(&l->rs[v->arg], &l->tmp2))
					for (uint k = 0; k < g->nentry[v->arg]; k++) {
						uint t = (uint)g->entry[v->arg * 4 + k];
						if (l->reach[t])
							wpush(&w, t);
					}
			} else if (v->kind == EV_DEAD) {
				if (l->dead)
					ssdiffb(&l->tmp, &l->dead[v->arg]);
			} else if (v->kind != EV_END)
				ssset(&l->tmp, v->arg);
		}
		ssmeet2(&l->tmp, &l->tmp, &l->bout[b], &l->esc, keepword);
		if (ssunion(&l->rout[b], &l->tmp))
			for (uint k = 0; k < bk->nsucc; k++)
				if (l->reach[bk->succ[k]])
					wpush(&w, (uint)bk->succ[k]);
	}
	wfree(&w);
}

/* Row x of the interference matrix gains whole, for every x of whole
 * & ~keep (word by word). */
static void
rowsor(Coro *c, const Sset *whole, const Sset *keep)
{
	uint j = 0;
	for (uint k = 0; k < whole->len; k++) {
		uint i = whole->v[k].i;
		for (u64 d = whole->v[k].w & ~ssat(keep, &j, i); d; d &= d - 1)
			rowor(c, i * 64 + (uint)__builtin_ctzll(d), whole);
	}
}

/* Merge rule at a branch into (or a suspend onto) the targets t[0..n):
 * members of whole not in use at the entry of every target interfere
 * with all of whole. */
static void
mergerule(Live *l, const Sset *whole, const int *t, uint n)
{
	if (n < 2)
		return;
	sscopy(&l->tmp2, whole);
	for (uint k = 0; k < n; k++)
		inusemeet(l, &l->tmp2, &l->bin[t[k]], &l->rin[t[k]]);
	rowsor(l->c, whole, &l->tmp2);
}

/* The per-point walk of block b: interference, bound, suspend sets. */
static void
walk(Live *l, uint b, u64 *maxlive)
{
	Coro *c = l->c;
	Graph *g = l->g;
	Blk *bk = &g->blk[b];
	Sset *bw = &l->sc[0], *reached = &l->sc[1], *after = &l->sc[2],
	    *before = &l->sc[3], *defs = &l->sc[4];
	/* reached forward through the block; the events where it changes, to
	 * undo them walking backward: an access that reaches its slot first,
	 * a call that ends slots (with the slots it ended) */
	uint *gain = l->gain, *lossat = l->lossat;
	uint ngain = 0, nloss = 0;
	sscopy(reached, &l->rin[b]);
	for (uint e = 0; e < bk->nev; e++) {
		Ev *v = &bk->ev[e];
		if (v->kind == EV_DEAD && l->dead) {
			if (nloss == l->nloss)
				*VPUSH(l->loss, l->nloss) = (Sset){ .ar = &l->ar };
			lossat[nloss] = e;
			Sset *ls = &l->loss[nloss++];
			sscopy(ls, reached);
			ssinterb(ls, &l->dead[v->arg]);
			ssdiffb(reached, &l->dead[v->arg]);
			continue;
		}
		if (v->kind == EV_END || v->kind == EV_SUSP || v->kind == EV_DEAD ||
		    sshas(reached, v->arg))
			continue;
		ssset(reached, v->arg);
		gain[ngain++] = e;
	}
	sscopy(bw, &l->bout[b]);
	/* block end: successors may disagree */
	inuse(l, after, bw, reached);
	mergerule(l, after, bk->succ, bk->nsucc);
	uint gi = ngain, li = nloss;
	uint e = bk->nev;
	int counted = 0; /* after's bytes are in maxlive */
	while (e > 0) {
		/* one instruction: events (start, e) end with EV_END at e-1;
		 * after is what was in use before the one that follows */
		uint end = e - 1;
		uint start = end;
		while (start > 0 && bk->ev[start - 1].kind != EV_END)
			start--;
		/* reads of live slots that were reached before: nothing changes
		 * (before = after, and no write) */
		int quiet = counted && !(gi > 0 && gain[gi - 1] >= start);
		for (uint q = start; quiet && q < end; q++)
			quiet = bk->ev[q].kind == EV_USE && sshas(bw, bk->ev[q].arg);
		if (quiet) {
			e = start;
			continue;
		}
		sszero(defs);
		int susp = -1;
		for (uint q = end; q-- > start;) {
			Ev *v = &bk->ev[q];
			switch (v->kind) {
			case EV_USE: ssset(bw, v->arg); break;
			case EV_KILL: ssclr(bw, v->arg); ssset(defs, v->arg); break;
			case EV_DEF: ssset(defs, v->arg); break;
			case EV_SUSP: ssunion(bw, &l->bs[v->arg]); susp = (int)v->arg; break;
			case EV_DEAD: if (l->dead) ssdiffb(bw, &l->dead[v->arg]); break;
			default: break;
			}
			/* undo what the event did to reached */
			if (gi > 0 && gain[gi - 1] == q)
				ssclr(reached, bk->ev[gain[--gi]].arg);
			if (li > 0 && lossat[li - 1] == q)
				ssunion(reached, &l->loss[--li]);
		}
		/* a write interferes with everything in use after it */
		ssunion(defs, after);
		inuse(l, before, bw, reached);
		for (uint q = start; q < end; q++) {
			Ev *v = &bk->ev[q];
			if (v->kind == EV_KILL || v->kind == EV_DEF)
				rowor(c, v->arg, defs);
		}
		u64 m = bytes(l, defs);
		if (m > *maxlive)
			*maxlive = m;
		/* members gained going backward interfere with all before */
		Ss2it it = {0};
		uint i;
		u64 wb, wa;
		while (ssnext2(before, after, &it, &i, &wb, &wa))
			for (u64 d = wb & ~wa; d; d &= d - 1)
				rowor(c, i * 64 + (uint)__builtin_ctzll(d), before);
		m = bytes(l, before);
		if (m > *maxlive)
			*maxlive = m;
		if (susp >= 0) {
			Ssit is = {0};
			for (uint x; ssnext(before, &is, &x);)
				if (!l->kill || !bshas(&l->kill[susp], x))
					bsset(&c->slot[slotof(l, x)].susp, (uint)susp);
		}
		Sset *t = after;
		after = before;
		before = t;
		counted = 1;
		e = start;
	}
	/* block entry: predecessors may disagree on what was reached */
	{
		uint k = 0;
		sscopy(&l->tmp2, &l->rin[b]);
		for (uint q = 0; q < bk->npred; q++)
			if (l->reach[bk->pred[q]]) {
				ssinter(&l->tmp2, &l->rout[bk->pred[q]]);
				k++;
			}
		for (uint q = 0; q < bk->nspred; q++, k++)
			ssinter(&l->tmp2, &l->rs[bk->spred[q]]);
		inuse(l, before, &l->bin[b], &l->rin[b]);
		if (k >= 2) {
			Ssit it = {0};
			for (uint x; ssnext(&l->rin[b], &it, &x);)
				if (!sshas(&l->tmp2, x) && sshas(before, x))
					rowor(c, x, before);
		}
	}
}

/* conf |= its transpose, 64x64 bit blocks at a time. */
static void
tr64(u64 *a)
{
	u64 m = 0x00000000FFFFFFFFULL;
	for (uint j = 32; j != 0; j >>= 1, m ^= m << j)
		for (uint k = 0; k < 64; k = ((k | j) + 1) & ~j) {
			u64 t = ((a[k] >> j) ^ a[k | j]) & m;
			a[k] ^= t << j;
			a[k | j] ^= t;
		}
}

/* dst = the transpose of src, n x n bits in rows of cw words; dst is
 * zeroed. */
static void
transpose(u64 *dst, const u64 *src, uint n, uint cw)
{
	u64 a[64];
	for (uint I = 0; I < cw; I++)
		for (uint J = 0; J < cw; J++) {
			/* block (I,J): rows I*64.., word J, into rows J*64.., word I */
			u64 any = 0;
			for (uint r = 0; r < 64; r++) {
				uint row = I * 64 + r;
				a[r] = row < n ? src[(size_t)row * cw + J] : 0;
				any |= a[r];
			}
			if (!any)
				continue;
			tr64(a);
			for (uint r = 0; r < 64 && J * 64 + r < n; r++)
				dst[(size_t)(J * 64 + r) * cw + I] = a[r];
		}
}

static void
symmetric(Coro *c)
{
	size_t nw = (size_t)c->nslot * c->confw;
	u64 *t = xcalloc(nw + 1, sizeof *t);
	transpose(t, c->conf, c->nslot, c->confw);
	for (size_t k = 0; k < nw; k++)
		c->conf[k] |= t[k];
	free(t);
}

static int
slotev(const Ev *v)
{
	return v->kind == EV_USE || v->kind == EV_KILL || v->kind == EV_DEF;
}

/* Each slot event's slot x becomes to[x]. */
static void
mapevents(Graph *g, const uint *to)
{
	for (uint b = 0; b < g->nblk; b++)
		for (uint e = 0; e < g->blk[b].nev; e++)
			if (slotev(&g->blk[b].ev[e]))
				g->blk[b].ev[e].arg = to[g->blk[b].ev[e].arg];
}

/* Copies of the count sets of v (n bits) with member x as id[x]; NULL
 * for NULL. */
static Bset *
mapsets(const Bset *v, uint count, uint n, const uint *id)
{
	if (!v)
		return NULL;
	Bset *w = xcalloc(count + 1, sizeof *w);
	for (uint q = 0; q < count; q++) {
		bsinit(&w[q], n);
		for (uint x = 0; bsiter(&v[q], &x); x++)
			bsset(&w[q], id[x]);
	}
	return w;
}

/* Row x of src (n rows of cw words) becomes row o[x] of dst. */
static void
maprows(u64 *dst, const u64 *src, uint n, uint cw, const uint *o)
{
	for (uint x = 0; x < n; x++)
		memcpy(dst + (size_t)o[x] * cw, src + (size_t)x * cw, cw * sizeof *dst);
}

/* The slots renumbered in order of first access, blocks in reverse
 * postorder: slots in use at one point were mostly accessed close
 * together, so a sparse set holds a word or two, where CoroSplit's
 * numbering (fields by size and alignment) scatters them over one word per
 * member. Rewrites the events in place; unnumber() undoes it. */
static void
renumber(Live *l)
{
	Coro *c = l->c;
	Graph *g = l->g;
	uint n = c->nslot, nb = g->nblk, next = 0, k = 0;
	l->kill = c->kill;
	l->dead = c->dead;
	if (n <= 64)
		return; /* one word in any order */
	uint *order = xcalloc(nb + 1, sizeof *order), *id = xcalloc(n, sizeof *id);
	for (uint b = 0; b < nb; b++)
		if (l->reach[b])
			order[l->pos[b]] = b, k++;
	for (uint b = 0; b < nb; b++)
		if (!l->reach[b])
			order[k++] = b;
	memset(id, 0xff, n * sizeof *id);
	for (k = 0; k < nb; k++) {
		Blk *bk = &g->blk[order[k]];
		for (uint e = 0; e < bk->nev; e++)
			if (slotev(&bk->ev[e]) && id[bk->ev[e].arg] == ~0u)
				id[bk->ev[e].arg] = next++;
	}
	int same = 1;
	for (uint x = 0; x < n; x++) {
		if (id[x] == ~0u)
			id[x] = next++;
		same &= id[x] == x;
	}
	free(order);
	if (same) {
		free(id);
		return;
	}
	l->orig = xcalloc(n, sizeof *l->orig);
	for (uint x = 0; x < n; x++)
		l->orig[id[x]] = x;
	mapevents(g, id);
	l->kill = mapsets(c->kill, c->nsusp, n, id);
	l->dead = mapsets(c->dead, c->ndead, n, id);
	free(id);
}

/* Back to the Coro's numbering: the events, and conf (symmetric by
 * now). Bit by bit when conf is sparse, as it mostly is (renumbered, its
 * bits hug the diagonal); else rows mapped, the transpose, rows mapped
 * again, which maps the columns too (conf is its own transpose). */
static void
unnumber(Live *l)
{
	Coro *c = l->c;
	Graph *g = l->g;
	uint n = c->nslot, cw = c->confw;
	const uint *o = l->orig;
	if (!o)
		return;
	mapevents(g, o);
	/* bits counted up to what the transpose's blocks cost */
	size_t nw = (size_t)n * cw, bits = 0, most = (size_t)cw * cw * 64;
	for (size_t k = 0; k < nw && bits < most; k++)
		for (u64 d = c->conf[k]; d; d &= d - 1)
			bits++;
	u64 *a = xcalloc(nw + 1, sizeof *a);
	if (bits < most) {
		for (uint x = 0; x < n; x++) {
			const u64 *row = c->conf + (size_t)x * cw;
			u64 *to = a + (size_t)o[x] * cw;
			for (uint w = 0; w < cw; w++)
				for (u64 d = row[w]; d; d &= d - 1) {
					uint y = o[w * 64 + (uint)__builtin_ctzll(d)];
					to[y / 64] |= (u64)1 << (y % 64);
				}
		}
	} else {
		maprows(a, c->conf, n, cw, o);
		memset(c->conf, 0, nw * sizeof *a);
		transpose(c->conf, a, n, cw);
		maprows(a, c->conf, n, cw, o);
	}
	free(c->conf);
	c->conf = a;
	bsfreev(l->kill, c->nsusp);
	bsfreev(l->dead, c->ndead);
	free(l->orig);
	l->orig = NULL;
}

void
filllive(Coro *c, Graph *g)
{
	Live l;
	uint n = c->nslot, nb = g->nblk;
	memset(&l, 0, sizeof l);
	l.c = c;
	l.g = g;
	/* the sparse sets of blocks, suspends and walk() */
	uint ns = c->nsusp, maxev = 0, nall = 4 * nb + 2 * ns + 5;
	Sset *all = xcalloc(nall, sizeof *all);
	for (uint k = 0; k < nall; k++)
		all[k].ar = &l.ar;
	l.tmp.ar = l.tmp2.ar = l.ref.ar = &l.ar;
	l.bin = all;
	l.bout = all + nb;
	l.rin = all + 2 * nb;
	l.rout = all + 3 * nb;
	l.bs = all + 4 * nb;
	l.rs = all + 4 * nb + ns;
	l.sc = all + 4 * nb + 2 * ns;
	for (uint b = 0; b < nb; b++)
		if (g->blk[b].nev > maxev)
			maxev = g->blk[b].nev;
	l.gain = xcalloc(maxev + 1, sizeof *l.gain);
	l.lossat = xcalloc(maxev + 1, sizeof *l.lossat);
	c->confw = (n + 63) / 64;
	c->conf = xcalloc((size_t)n * c->confw + 1, sizeof *c->conf);

	fillreach(&l);
	renumber(&l);
	bsinit(&l.esc, n);
	l.size = xcalloc(n + 1, sizeof *l.size);
	for (uint x = 0; x < n; x++) {
		const Slot *sl = &c->slot[slotof(&l, x)];
		bsinit(&c->slot[x].susp, c->nsusp);
		if (sl->escaped)
			bsset(&l.esc, x);
		l.size[x] = sl->fixed ? 0 : sl->size;
	}
	Lists sb, ts;
	suspmaps(&l, &sb, &ts);
	solvebackward(&l, &sb, &ts);
	solveforward(&l);
	free(sb.at);
	free(sb.v);
	free(ts.at);
	free(ts.v);
	u64 maxlive = 0;
	for (uint b = 0; b < nb; b++)
		if (l.reach[b])
			walk(&l, b, &maxlive);
	/* suspend nodes: targets may disagree */
	for (uint s = 0; s < c->nsusp; s++) {
		Sset *whole = &l.sc[0];
		inuse(&l, whole, &l.bs[s], &l.rs[s]);
		mergerule(&l, whole, &g->entry[s * 4], g->nentry[s]);
		Ssit it = {0};
		for (uint x; ssnext(whole, &it, &x);)
			bsset(&c->slot[slotof(&l, x)].susp, s);
		u64 m = bytes(&l, whole);
		if (m > maxlive)
			maxlive = m;
	}
	/* symmetric interference */
	symmetric(c);
	unnumber(&l);
	c->maxlive = maxlive;
	/* a field whose address is taken is an alloca, whatever its type */
	for (uint i = 0; i < n; i++)
		if (c->slot[i].kind == SK_SPILL && (c->slot[i].escaped || c->slot[i].varidx))
			c->slot[i].kind = SK_ALLOCA;
	u64 hb = c->fixed_end + maxlive;
	c->bound = (hb + c->salign - 1) / c->salign * c->salign;
	if (c->bound > c->size)
		c->bound = c->size;

	free(all);
	free(l.loss);
	free(l.gain);
	free(l.lossat);
	bsfree(&l.esc);
	arfree(&l.ar);
	free(l.size);
	free(l.reach);
	free(l.pos);
}
