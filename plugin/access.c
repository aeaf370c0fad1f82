/* access.c: the family's super-CFG and its frame-access events.
 *
 * 1. Provenance. Starting from each member's frame base, every pointer
 *    derived from it (GEPs, casts, phis, selects) gets a provenance: the
 *    frame base itself (the coroutine handle), or a slot with a constant
 *    offset when all indices are constants, or a slot at an unknown offset
 *    (a variable index stays inside the object it started in: an alloca
 *    moved into the frame). A merge of two different slots, a variable
 *    index on the base, or an access covering two slots ends the analysis.
 * 2. Events. Each instruction becomes events in program order: USE (reads
 *    bytes of a slot), KILL (overwrites the whole slot), DEF (may write
 *    it). A slot pointer that reaches unknown code escapes: the slot is
 *    then live from its first access on (live.c). The handle may be passed
 *    anywhere: through it only the header and promise are reachable.
 * 3. Suspends. A forward pass tracks the last suspend index stored (and
 *    whether the resume pointer was nulled: the final suspend). Each return
 *    then flows to the resume targets of that suspend in every clone; where
 *    the state is not known, to every target (sound, less precise). Slots
 *    accessed between the index store and the return (the awaiter, used by
 *    await_suspend) count as live at the suspend.
 * 4. Dispatch. A clone's entry blocks that only load the index or resume
 *    pointer and branch on them are followed for each suspend to the block
 *    that resumes it; that block is the suspend's target in the clone.
 */
#include "coropack.h"

#include <stdlib.h>
#include <string.h>

/* VPUSH for an array in arena a. On growth the old array stays in the
 * arena, freed with it: most arrays here live as long as the graph, and
 * one arfree beats a free per block. */
static __attribute__((noinline)) void *
argrow1(Arena *a, void *v, uint n, size_t sz)
{
	void *w = aralloc(a, (n ? 2 * (size_t)n : 8) * sz);
	if (n)
		memcpy(w, v, n * sz);
	return w;
}

/* inline: most pushes find room (a call per event cost more than the
 * event) */
static inline void *
argrow(Arena *a, void *v, uint n, size_t sz)
{
	if (n != 0 && (n < 8 || (n & (n - 1)) != 0))
		return v;
	return argrow1(a, v, n, sz);
}
#define APUSH(a, v, n) ((v) = argrow((a), (v), (n), sizeof *(v)), \
	memset((v) + (n), 0, sizeof *(v)), (v) + (n)++)

enum {
	PV_NONE = -1,  /* not derived from the frame */
	PV_BASE = -2,  /* the frame base (offset known in off) */
};

typedef struct Prov Prov;
struct Prov {
	int slot;      /* slot number, PV_BASE, or PV_NONE */
	i64 off;       /* byte offset from the frame base, when exact */
	int exact;
};

/* Attribute kinds asked of calls, looked up once per family. */
enum {
	AK_ALIGN,
	AK_CAPTURES,
	AK_READONLY,
	AK_READNONE,
	AK_WRITEONLY,
	AK_MEMORY,
	AK_N
};
static const char *const akname[AK_N] = {
	"align", "captures", "readonly", "readnone", "writeonly", "memory",
};

typedef struct Fctx Fctx;
struct Fctx {
	Coro *c;
	Graph *g;
	LLVMTargetDataRef td;
	int fn;
	LLVMValueRef base;
	Pmap pv;       /* value -> index into prov */
	Prov *prov;
	uint nprov;
	Pmap bb;       /* basic block -> Blk number */
	uint *mark;    /* addsucc's stamps, per block of the graph */
	uint first, nb; /* this function's prototype blocks in the graph */
	u64 **st;      /* entry states of each block */
	uint *nst;
	char *isctx;   /* blocks whose phis are resolved per predecessor */
	char *tdone;   /* transfer(): what a block stores, once known */
	char *hasst;   /* blocks holding a store idxstore() may read */
	uint ndead;    /* blocks no path from the entry reaches (no Blk) */
	int *tidx, *tfz;
	LLVMBasicBlockRef ctxpred; /* the predecessor of the node being read */
	Pmap ctxgep;   /* GEPs base + phi of constant offsets */
	uint **node;   /* graph node of each (block, state) */
	LLVMValueRef *work;
	uint nwork;
	u64 origin;    /* dispatch: storigin of the suspend being followed */
	uint sk;       /* the !coropack.scope kind */
	uint dk;       /* the !coropack.inscope kind */
	uint ak[AK_N]; /* attribute kinds */
	Arena *tmp;    /* what lives until fillgraph returns */
};

static int ctxprov(Fctx *x, LLVMValueRef gep, Prov *p);
static LLVMValueRef ctxphi(LLVMValueRef gep);
static int blkof(Fctx *x, LLVMBasicBlockRef bb);

static int
getprov(Fctx *x, LLVMValueRef v, Prov *p)
{
	if (v == x->base) {
		p->slot = PV_BASE;
		p->off = 0;
		p->exact = 1;
		return 1;
	}
	int k = pmget(&x->pv, v);
	if (k < 0) {
		p->slot = PV_NONE;
		if (pmget(&x->ctxgep, v) >= 0)
			return ctxprov(x, v, p);
		return 0;
	}
	*p = x->prov[k];
	return 1;
}

static void
setprov(Fctx *x, LLVMValueRef v, Prov p)
{
	int k = pmadd(&x->pv, v, (int)x->nprov);
	if (k < 0) {
		*APUSH(x->tmp, x->prov, x->nprov) = p;
		*APUSH(x->tmp, x->work, x->nwork) = v;
		return;
	}
	Prov *o = &x->prov[k];
	if (o->slot == p.slot && o->exact == p.exact && (!p.exact || o->off == p.off))
		return;
	/* a merge: same slot at another offset loses exactness */
	if (o->slot == p.slot) {
		if (!o->exact)
			return;
		o->exact = 0;
	} else if (o->slot == PV_BASE || p.slot == PV_BASE) {
		skipf(x->c, "a pointer in %s may point to the frame base or into slot %d",
		    vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(v))),
		    o->slot == PV_BASE ? p.slot : o->slot);
		return;
	} else {
		skipf(x->c, "a pointer in %s may point into two frame slots",
		    vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(v))));
		return;
	}
	*APUSH(x->tmp, x->work, x->nwork) = v;
}

/* A split field (fillsplits): a pointer q into the whole field that
 * instruction i derives from v, or accesses, becomes a pointer into the
 * slot of the alloca i's scope tag names; the place is recorded for
 * rewrite.c. A pointer into an alloca slot stays there, and i must not
 * name another alloca. must: i accesses the memory (a tag is required). */
static void
splitprov(Fctx *x, LLVMValueRef i, LLVMValueRef v, Prov *q, int must)
{
	Coro *c = x->c;
	if (q->slot < 0 || c->nfield == c->nslot)
		return;
	Slot *sl = &c->slot[q->slot];
	if (sl->sub) {
		LLVMValueRef md = LLVMGetMetadata(i, x->sk);
		if (md && md != sl->tag)
			skipf(c, "an instruction in %s derives from two allocas of frame field %u",
			    vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(i))), sl->field);
		return;
	}
	if (!sl->nsub)
		return;
	int k = subslotof(c, (uint)q->slot, i);
	if (k < 0) {
		if (must)
			skipf(c, "an access of shared frame field %u in %s names no alloca",
			    sl->field, vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(i))));
		return;
	}
	q->slot = k;
	if (v != x->base) {
		Graph *g = x->g;
		uint n0 = g->nbnd, n1 = g->nbnd;
		*APUSH(&g->ar, g->bat, g->nbnd) = i;
		*APUSH(&g->ar, g->bval, n0) = v;
		*APUSH(&g->ar, g->bslot, n1) = k;
	}
}

/* The provenance of operand v of instruction i, which uses it. */
static int
useprov(Fctx *x, LLVMValueRef i, LLVMValueRef v, Prov *p)
{
	if (!getprov(x, v, p))
		return 0;
	splitprov(x, i, v, p, 1);
	return 1;
}

i64
gepoff(LLVMTargetDataRef td, LLVMValueRef g, int *ok)
{
	LLVMTypeRef t = LLVMGetGEPSourceElementType(g);
	uint n = (uint)LLVMGetNumOperands(g);
	i64 off = 0;
	*ok = 1;
	for (uint k = 1; k < n; k++) {
		LLVMValueRef ix = LLVMGetOperand(g, k);
		if (!LLVMIsAConstantInt(ix)) {
			*ok = 0;
			return 0;
		}
		i64 v = LLVMConstIntGetSExtValue(ix);
		if (k == 1) {
			/* the size costs a layout lookup: not for a 0 index */
			if (v)
				off += v * (i64)LLVMABISizeOfType(td, t);
			continue;
		}
		switch (LLVMGetTypeKind(t)) {
		case LLVMStructTypeKind:
			off += (i64)LLVMOffsetOfElement(td, t, (unsigned)v);
			t = LLVMStructGetTypeAtIndex(t, (unsigned)v);
			break;
		case LLVMArrayTypeKind:
		case LLVMVectorTypeKind:
			t = LLVMGetElementType(t);
			if (v)
				off += v * (i64)LLVMABISizeOfType(td, t);
			break;
		default:
			*ok = 0;
			return 0;
		}
	}
	return off;
}

int
baseoff(LLVMValueRef p, LLVMValueRef b, i64 *off)
{
	/* used by discover.c before provenance exists: GEP chains only */
	i64 o = 0;
	for (int depth = 0; depth < 8; depth++) {
		if (p == b) {
			*off = o;
			return 1;
		}
		if (!LLVMIsAGetElementPtrInst(p))
			return 0;
		LLVMValueRef f = LLVMGetBasicBlockParent(LLVMGetInstructionParent(p));
		LLVMModuleRef m = LLVMGetGlobalParent(f);
		int ok;
		o += gepoff(LLVMGetModuleDataLayout(m), p, &ok);
		if (!ok)
			return 0;
		p = LLVMGetOperand(p, 0);
	}
	return 0;
}

/* gepoff, but a GEP CoroSplit emits on the frame (gep %frame, p, 0, k)
 * takes field k's offset from its slot: LLVMOffsetOfElement looks the
 * struct's layout up at every call. */
static i64
framegepoff(Fctx *x, LLVMValueRef g, int *ok)
{
	Coro *c = x->c;
	if (LLVMGetGEPSourceElementType(g) == c->frame && LLVMGetNumOperands(g) == 3) {
		LLVMValueRef i0 = LLVMGetOperand(g, 1), i1 = LLVMGetOperand(g, 2);
		if (LLVMIsAConstantInt(i0) && LLVMIsAConstantInt(i1) &&
		    LLVMConstIntGetSExtValue(i0) == 0) {
			i64 k = LLVMConstIntGetSExtValue(i1);
			if (k >= 0 && (u64)k < c->nfield) {
				*ok = 1;
				return (i64)c->slot[k].off;
			}
		}
	}
	return gepoff(x->td, g, ok);
}

/* Is instruction i in a block of this member a path reaches? */
static int
livein(Fctx *x, LLVMValueRef i)
{
	return blkof(x, LLVMGetInstructionParent(i)) >= (int)x->first;
}

/* Provenance of every value derived from the base, by a worklist over
 * use lists, in the blocks a path reaches. */
static void
fillprov(Fctx *x)
{
	Coro *c = x->c;
	*APUSH(x->tmp, x->work, x->nwork) = x->base;
	while (x->nwork && !c->skip) {
		LLVMValueRef v = x->work[--x->nwork];
		Prov p;
		getprov(x, v, &p);
		for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
			LLVMValueRef i = LLVMGetUser(u);
			if (!LLVMIsAInstruction(i) || (x->ndead && !livein(x, i)))
				continue;
			Prov q = p;
			if (LLVMIsAGetElementPtrInst(i) && LLVMGetOperand(i, 0) == v) {
				int ok;
				i64 d = framegepoff(x, i, &ok);
				if (ok && p.exact) {
					q.off = p.off + d;
				} else if (p.slot == PV_BASE) {
					if (p.exact && p.off == 0 && !ok && v == x->base && ctxphi(i)) {
						/* base + a phi of constant offsets: read per
						 * predecessor (getprov, ctxprov) */
						pmput(&x->ctxgep, i, 1);
						Graph *g = x->g;
						*APUSH(&g->ar, g->ctxgep, g->nctxgep) = i;
						continue;
					}
					if (!p.exact || !ok) {
						/* a variable index on the handle: unless it
						 * starts inside a movable slot, unknown */
						int s = p.exact ? slotat(c, (u64)p.off) : -1;
						if (s < 0 || c->slot[s].fixed) {
							skipf(c, "a variable-index GEP on the frame base in %s",
							    vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(i))));
							return;
						}
						q.slot = s;
					}
					q.exact = 0;
				} else
					q.exact = 0;
				if (q.slot == PV_BASE && q.exact && q.off != 0) {
					if (q.off < 0 || (u64)q.off >= c->size) {
						/* outside the frame: leave it alone only if
						 * nothing accesses it; treat as unknown */
						skipf(c, "a GEP at offset %lld, outside the frame", (long long)q.off);
						return;
					}
					int s = slotat(c, (u64)q.off);
					if (s < 0) {
						/* padding or a zero-sized field: its accesses
						 * are checked at use */
						q.slot = PV_BASE;
					} else
						q.slot = s;
				}
				splitprov(x, i, v, &q, 0);
				if (q.slot >= 0 && c->slot[q.slot].nsub) {
					Graph *g = x->g;
					*APUSH(&g->ar, g->flev, g->nflev) = i;
				}
				if (q.slot >= 0 && !c->slot[q.slot].fixed && p.slot == PV_BASE &&
				    pmget(&x->pv, i) < 0) {
					/* recorded at the first visit (i has no provenance
					 * yet): a later one finds the same slot, or the
					 * family is skipped */
					Graph *g = x->g;
					uint n0 = g->nroot, n1 = g->nroot, n2 = g->nroot;
					*APUSH(&g->ar, g->root, g->nroot) = i;
					*APUSH(&g->ar, g->rootslot, n0) = q.slot;
					*APUSH(&g->ar, g->rootrel, n1) = ok ? d : 0;
					*APUSH(&g->ar, g->rootok, n2) = (char)ok;
				}
				if (q.slot >= 0 && !q.exact)
					c->slot[q.slot].varidx = 1;
				setprov(x, i, q);
			} else if (LLVMIsABitCastInst(i) || LLVMIsAAddrSpaceCastInst(i) ||
			    LLVMIsAPHINode(i) || LLVMIsAFreezeInst(i)) {
				splitprov(x, i, v, &q, 0);
				setprov(x, i, q);
			} else if (LLVMIsASelectInst(i) && LLVMGetOperand(i, 0) != v) {
				splitprov(x, i, v, &q, 0);
				setprov(x, i, q);
			} else if (iscall(i)) {
				const char *n = calleename(i);
				if ((strcmp(n, "llvm.launder.invariant.group.p0") == 0 ||
				    strcmp(n, "llvm.strip.invariant.group.p0") == 0 ||
				    strncmp(n, "llvm.ptrmask", 12) == 0) &&
				    LLVMGetOperand(i, 0) == v) {
					splitprov(x, i, v, &q, 0);
					setprov(x, i, q);
				}
			}
		}
	}
}

static void
ev(Fctx *x, Blk *b, int kind, uint arg)
{
	Ev *e = APUSH(&x->g->ar, b->ev, b->nev);
	e->kind = (unsigned char)kind;
	e->arg = arg;
}

/* The end of an instruction: a program point. Points with no event
 * between them are one (the same slots are in use at both), so a run of
 * instructions that touch no frame slot adds one. */
static void
endpoint(Fctx *x, Blk *b)
{
	if (b->nev == 0 || b->ev[b->nev - 1].kind != EV_END)
		ev(x, b, EV_END, 0);
}

/* The slot a provenance points into, or -1. */
static int
provslot(Fctx *x, const Prov *p)
{
	if (p->slot >= 0)
		return p->slot;
	if (p->slot == PV_BASE && p->exact)
		return p->off == 0 ? 0 : slotat(x->c, (u64)p->off);
	return -1;
}

/* A pointer at the exact start of a slot that directly follows an array
 * slot may equally be that array's one-past-the-end pointer: such uses
 * (escapes, comparisons) are collected and judged once every access is
 * known (padding arrays are never accessed). */
static int
ambiguous(Fctx *x, const Prov *p, LLVMValueRef at)
{
	Coro *c = x->c;
	int s = provslot(x, p);
	if (s > 0 && p->exact && (u64)p->off == c->slot[s].off) {
		Graph *g = x->g;
		uint n0 = g->nedge;
		*APUSH(&g->ar, g->edge, g->nedge) = s;
		*APUSH(&g->ar, g->edgeat, n0) = at;
	}
	return 0;
}

/* Does a load, store or memory intrinsic of known extent in slot s carry
 * scope tag md? (Such an access lies inside the alloca it names.) */
static int
tagged(const Graph *g, int s, LLVMValueRef md, uint sk)
{
	for (uint i = 0; i < g->nacc; i++)
		if (g->accslot[i] == s && g->accsized[i] && LLVMGetMetadata(g->acc[i], sk) == md)
			return 1;
	return 0;
}

/* Is scope tag md on any access or escape of slot s? */
static int
taggedany(const Graph *g, int s, LLVMValueRef md, uint sk)
{
	for (uint i = 0; i < g->nacc; i++)
		if (g->accslot[i] == s && LLVMGetMetadata(g->acc[i], sk) == md)
			return 1;
	return 0;
}

/* A pointer to the start of slot s, escaping or compared at instruction
 * at, may be the one-past-the-end pointer of the slot t before it. Not if
 * at's scope tag (presplit.c) names one alloca N of this coroutine that
 * no access of t names, and N cannot lie in t: an access of known extent
 * in s names N, or N's size is not t's (an alloca in t whose end is s's
 * start fills t; a pointer past an alloca's end is not one). */
static void
checkedges(Coro *c, Graph *g)
{
	uint sk = LLVMGetMDKindIDInContext(LLVMGetModuleContext(LLVMGetGlobalParent(c->fn[FN_RAMP])),
	    "coropack.scope", 14);
	for (uint k = 0; k < g->nedge && !c->skip; k++) {
		int s = g->edge[k];
		LLVMValueRef md = g->edgeat[k] ? LLVMGetMetadata(g->edgeat[k], sk) : NULL;
		u64 nsize = 0;
		if (md && !scopeof(c, md, &nsize))
			nsize = 0;
		int ins = nsize && tagged(g, s, md, sk);
		for (uint t = 0; t < c->nslot; t++) {
			Slot *sl = &c->slot[t];
			if ((int)t == s || sl->off + sl->size != c->slot[s].off || sl->size == 0 ||
			    sl->nacc == 0 || sl->nsub)
				continue;
			if (nsize && (ins || nsize != sl->size) && !taggedany(g, (int)t, md, sk))
				continue;
			LLVMTypeRef ty = LLVMStructGetTypeAtIndex(c->frame, sl->field);
			if (LLVMGetTypeKind(ty) == LLVMArrayTypeKind || sl->varidx || sl->sub)
				skipf(c, "a pointer to frame offset %llu may be one past the end of the slot before it",
				    (unsigned long long)c->slot[s].off);
		}
	}
}

static void
accalign(Fctx *x, const Prov *p, uint a)
{
	int s = provslot(x, p);
	if (s < 0 || !p->exact)
		return;
	/* the alignment an access assumes, relative to its slot's start */
	u64 rel = (u64)p->off - x->c->slot[s].off;
	while (a > 1 && rel % a)
		a /= 2;
	if (a > x->c->slot[s].accalign)
		x->c->slot[s].accalign = a;
}

/* An access of len bytes (len 0: unknown extent) through pointer p. */
static void
access(Fctx *x, Blk *b, LLVMValueRef at, const Prov *p, u64 len, int write)
{
	Coro *c = x->c;
	int s = p->slot;
	if (s == PV_BASE) {
		if (!p->exact || len == 0) {
			skipf(c, "an access of unknown extent through the frame base in %s",
			    vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(at))));
			return;
		}
		s = slotat(c, (u64)p->off);
		if (s < 0) {
			skipf(c, "an access at frame offset %lld, in no field", (long long)p->off);
			return;
		}
		if (c->slot[s].nsub) {
			skipf(c, "an access through the frame base into shared frame field %u",
			    c->slot[s].field);
			return;
		}
	}
	Slot *sl = &c->slot[s];
	sl->nacc++;
	if (!sl->fixed) {
		Graph *g = x->g;
		uint n0 = g->nacc, n1 = g->nacc;
		*APUSH(&g->ar, g->acc, g->nacc) = at;
		*APUSH(&g->ar, g->accslot, n0) = s;
		*APUSH(&g->ar, g->accsized, n1) = len > 0;
	}
	if (p->exact && len) {
		u64 o = (u64)p->off;
		if (p->off < 0 || o < sl->off) {
			skipf(c, "an access at frame offset %lld lies before the slot it was derived from",
			    (long long)p->off);
			return;
		}
		if (o + len > sl->off + sl->size) {
			/* spans several fields: fine among fixed ones only */
			int t = slotat(c, o + len - 1);
			int allfixed = sl->fixed && t >= 0 && c->slot[t].fixed;
			if (!allfixed) {
				skipf(c, "an access of %llu bytes at offset %llu covers several frame slots",
				    (unsigned long long)len, (unsigned long long)o);
				return;
			}
			for (int k = s; k <= t; k++)
				ev(x, b, write ? EV_DEF : EV_USE, (uint)k);
			return;
		}
		if (write) {
			ev(x, b, o == sl->off && len >= sl->size ? EV_KILL : EV_DEF,
			    (uint)s);
		} else
			ev(x, b, EV_USE, (uint)s);
		return;
	}
	ev(x, b, write ? EV_DEF : EV_USE, (uint)s);
}

static void
escape(Fctx *x, Blk *b, LLVMValueRef at, const Prov *p)
{
	if (p->slot == PV_BASE && p->exact && p->off == 0)
		return; /* the coroutine handle */
	int s = p->slot;
	if (s == PV_BASE)
		s = p->exact ? slotat(x->c, (u64)p->off) : -1;
	if (s < 0) {
		skipf(x->c, "a pointer into the frame at an unknown offset escapes");
		return;
	}
	Slot *sl = &x->c->slot[s];
	if (sl->fixed)
		return; /* header and promise are reachable from the handle */
	ambiguous(x, p, at);
	if (at) {
		Graph *g = x->g;
		uint n0 = g->nacc, n1 = g->nacc;
		*APUSH(&g->ar, g->acc, g->nacc) = at;
		*APUSH(&g->ar, g->accslot, n0) = s;
		*APUSH(&g->ar, g->accsized, n1) = 0;
	}
	/* Unknown code may read or write it from now on: it is reached
	 * (live) from its first access on. Before that it holds nothing, so
	 * the escape itself is a write, not a read. */
	sl->escaped = 1;
	sl->nacc++;
	ev(x, b, EV_DEF, (uint)s);
}

static int
hasattr(Fctx *x, LLVMValueRef call, LLVMValueRef callee, uint idx, int ak, u64 *val)
{
	uint kind = x->ak[ak];
	if (!kind)
		return 0;
	LLVMAttributeRef a = LLVMGetCallSiteEnumAttribute(call, idx, kind);
	if (!a && callee)
		a = LLVMGetEnumAttributeAtIndex(callee, idx, kind);
	if (a && val)
		*val = LLVMGetEnumAttributeValue(a);
	return a != NULL;
}

static u64
storesize(Fctx *x, LLVMTypeRef t)
{
	return LLVMStoreSizeOfType(x->td, t);
}

/* The alignment the align(A) attribute of argument k of call i claims. */
static void
argalign(Fctx *x, LLVMValueRef i, LLVMValueRef callee, uint k, const Prov *p)
{
	u64 a;
	if (hasattr(x, i, callee, k + 1, AK_ALIGN, &a) && a > 1)
		accalign(x, p, a > (1u << 30) ? (1u << 30) : (uint)a);
}

/* A call of unknown code tagged !coropack.inscope: the point just before it
 * is outside the scopes of the allocas of its function it does not name
 * (presplit.c). Only a call
 * that may access any memory counts: no access to an escaped slot moves
 * across it. Not for intrinsics (the caller's test). */
static void
deadpoint(Fctx *x, Blk *b, LLVMValueRef i, LLVMValueRef callee)
{
	if (!cp_hasmd(i, x->dk))
		return;
	static const int pure[] = { AK_MEMORY, AK_READNONE, AK_READONLY, AK_WRITEONLY };
	for (uint k = 0; k < sizeof pure / sizeof *pure; k++)
		if (hasattr(x, i, callee, LLVMAttributeFunctionIndex, pure[k], NULL))
			return;
	Graph *g = x->g;
	int d = pmadd(&g->deadk, i, (int)g->ndead);
	if (d < 0) {
		d = (int)g->ndead;
		*VPUSH(g->dead, g->ndead) = i;
	}
	ev(x, b, EV_DEAD, (uint)d);
	ev(x, b, EV_END, 0);
}

/* What callevents makes of a callee, by its name. */
enum {
	CL_OTHER,     /* unknown code */
	CL_LLVM,      /* another llvm.* name */
	CL_MEMCPY,    /* llvm.memcpy*, llvm.memmove* */
	CL_MEMSET,    /* llvm.memset* */
	CL_ASSUME,    /* llvm.assume */
	CL_CORO,      /* llvm.coro.*: takes the handle */
	CL_INVARIANT, /* llvm.invariant.* */
	CL_NOMEM,     /* touch no memory, or pass the pointer on */
};

static int
pre(const char *n, const char *p)
{
	return strncmp(n, p, strlen(p)) == 0;
}

/* One look at the name instead of a test per known prefix. */
static int
callclass(const char *n)
{
	if (strncmp(n, "llvm.", 5) != 0)
		return CL_OTHER;
	const char *r = n + 5;
	switch (r[0]) {
	case 'm':
		if (pre(r, "memcpy") || pre(r, "memmove"))
			return CL_MEMCPY;
		if (pre(r, "memset"))
			return CL_MEMSET;
		break;
	case 'a':
		if (strcmp(r, "assume") == 0)
			return CL_ASSUME;
		break;
	case 'c':
		if (pre(r, "coro."))
			return CL_CORO;
		break;
	case 'i':
		if (pre(r, "invariant."))
			return CL_INVARIANT;
		break;
	case 'l':
		if (pre(r, "lifetime.") || pre(r, "launder.invariant.group"))
			return CL_NOMEM;
		break;
	case 'd':
		if (pre(r, "dbg."))
			return CL_NOMEM;
		break;
	case 'p':
		if (pre(r, "prefetch") || pre(r, "ptrmask"))
			return CL_NOMEM;
		break;
	case 's':
		if (pre(r, "strip.invariant.group"))
			return CL_NOMEM;
		break;
	case 'o':
		if (pre(r, "objectsize"))
			return CL_NOMEM;
		break;
	case 'e':
		if (strcmp(r, "experimental.noalias.scope.decl") == 0)
			return CL_NOMEM;
		break;
	}
	return CL_LLVM;
}

/* Events of one call: intrinsics we understand, then argument
 * attributes, else escape. */
static void
callevents(Fctx *x, Blk *b, LLVMValueRef i)
{
	LLVMValueRef callee = LLVMGetCalledValue(i);
	if (callee && !LLVMIsAFunction(callee))
		callee = NULL;
	const char *cn = callee ? vname(callee) : "";
	int cl = callee ? callclass(cn) : CL_OTHER;
	uint na = (uint)LLVMGetNumArgOperands(i);
	if (cl == CL_CORO && na == 2 && strcmp(cn, "llvm.coro.free") == 0)
		checkfree(x->c, x->fn, i);
	if (cl == CL_MEMCPY || cl == CL_MEMSET) {
		int mem = cl == CL_MEMCPY;
		u64 len = 0;
		LLVMValueRef l = LLVMGetOperand(i, 2);
		if (LLVMIsAConstantInt(l))
			len = LLVMConstIntGetZExtValue(l);
		Prov p;
		if (mem && useprov(x, i, LLVMGetOperand(i, 1), &p)) {
			access(x, b, i, &p, len, 0);
			argalign(x, i, callee, 1, &p);
		}
		if (useprov(x, i, LLVMGetOperand(i, 0), &p)) {
			access(x, b, i, &p, len, 1);
			argalign(x, i, callee, 0, &p);
		}
		return;
	}
	if (cl == CL_ASSUME) {
		/* "align"(ptr p, i64 A): p is A-aligned */
		for (uint k = 0; k < LLVMGetNumOperandBundles(i); k++) {
			LLVMOperandBundleRef ob = LLVMGetOperandBundleAtIndex(i, k);
			size_t tl;
			const char *tag = LLVMGetOperandBundleTag(ob, &tl);
			Prov p;
			if (tl == 5 && memcmp(tag, "align", 5) == 0 && LLVMGetNumOperandBundleArgs(ob) >= 2 &&
			    useprov(x, i, LLVMGetOperandBundleArgAtIndex(ob, 0), &p)) {
				LLVMValueRef av = LLVMGetOperandBundleArgAtIndex(ob, 1);
				if (LLVMGetNumOperandBundleArgs(ob) > 2)
					skipf(x->c, "an alignment assumption with an offset on a frame pointer");
				else if (LLVMIsAConstantInt(av))
					accalign(x, &p, (uint)LLVMConstIntGetZExtValue(av));
				else
					skipf(x->c, "an alignment assumption of unknown alignment on a frame pointer");
			}
			LLVMDisposeOperandBundle(ob);
		}
	}
	if (cl >= CL_ASSUME) {
		/* llvm.coro.* take the handle; the rest do not touch memory or
		 * pass the pointer on (tracked by fillprov) */
		for (uint k = 0; k < na; k++) {
			Prov p;
			if (!useprov(x, i, LLVMGetOperand(i, k), &p) ||
			    (p.slot == PV_BASE && p.exact && p.off == 0))
				continue;
			int s = provslot(x, &p);
			if (cl == CL_CORO)
				escape(x, b, i, &p);
			else if (s >= 0 && x->c->slot[s].fixed)
				continue;
			else if (cl == CL_INVARIANT)
				/* bytes another slot may share are not invariant */
				skipf(x->c, "llvm.invariant.start on a movable frame slot in %s",
				    vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(i))));
			else
				ambiguous(x, &p, i);
		}
		return;
	}
	if (cl == CL_OTHER)
		deadpoint(x, b, i, callee);
	for (uint k = 0; k < na; k++) {
		Prov p;
		LLVMValueRef a = LLVMGetOperand(i, k);
		if (!useprov(x, i, a, &p))
			continue;
		if (p.slot == PV_BASE && p.exact && p.off == 0)
			continue;
		argalign(x, i, callee, k, &p);
		u64 cap = 1;
		int nocap = hasattr(x, i, callee, k + 1, AK_CAPTURES, &cap) && cap == 0;
		if (nocap) {
			/* it may still be the end of the slot before, read back */
			Slot *ps = provslot(x, &p) >= 0 ? &x->c->slot[provslot(x, &p)] : NULL;
			if (ps && !ps->fixed)
				ambiguous(x, &p, i);
			int rn = hasattr(x, i, callee, k + 1, AK_READNONE, NULL);
			int ro = rn || hasattr(x, i, callee, k + 1, AK_READONLY, NULL);
			int wo = hasattr(x, i, callee, k + 1, AK_WRITEONLY, NULL);
			if (!wo && !rn)
				access(x, b, i, &p, 0, 0);
			if (!ro)
				access(x, b, i, &p, 0, 1);
			continue;
		}
		escape(x, b, i, &p);
	}
}

/* Events of instruction i, of opcode op, into block b. */
static void
instevents(Fctx *x, Blk *b, LLVMValueRef i, LLVMOpcode op)
{
	Prov p;
	switch (op) {
	case LLVMLoad:
		if (useprov(x, i, LLVMGetOperand(i, 0), &p)) {
			access(x, b, i, &p, storesize(x, LLVMTypeOf(i)), 0);
			accalign(x, &p, LLVMGetAlignment(i));
		}
		break;
	case LLVMStore:
		if (useprov(x, i, LLVMGetOperand(i, 0), &p))
			escape(x, b, i, &p);
		if (useprov(x, i, LLVMGetOperand(i, 1), &p)) {
			access(x, b, i, &p, storesize(x, LLVMTypeOf(LLVMGetOperand(i, 0))), 1);
			accalign(x, &p, LLVMGetAlignment(i));
		}
		break;
	case LLVMPtrToInt:
		if (useprov(x, i, LLVMGetOperand(i, 0), &p) &&
		    !(p.slot == PV_BASE && p.exact && p.off == 0)) {
			int s = provslot(x, &p);
			if (s < 0 || !x->c->slot[s].fixed)
				skipf(x->c, "a pointer into frame slot %d is converted to an integer in %s",
				    s, vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(i))));
		}
		break;
	case LLVMIntToPtr:
		skipf(x->c, "an inttoptr in %s may rebuild a frame pointer",
		    vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(i))));
		break;
	case LLVMICmp: {
		Prov q;
		if (useprov(x, i, LLVMGetOperand(i, 0), &p) && useprov(x, i, LLVMGetOperand(i, 1), &q)) {
			int a = provslot(x, &p), bb2 = provslot(x, &q);
			int fixedboth = a >= 0 && bb2 >= 0 && x->c->slot[a].fixed && x->c->slot[bb2].fixed;
			if ((a != bb2 || a < 0) && !fixedboth)
				skipf(x->c, "frame pointers into different slots are compared in %s",
				    vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(i))));
			else if (a >= 0) {
				ambiguous(x, &p, i);
				ambiguous(x, &q, i);
			}
		}
		break;
	}
	case LLVMAtomicRMW:
	case LLVMAtomicCmpXchg:
		if (useprov(x, i, LLVMGetOperand(i, 0), &p)) {
			access(x, b, i, &p, 0, 0);
			access(x, b, i, &p, 0, 1);
		}
		for (uint k = 1; k < (uint)LLVMGetNumOperands(i); k++)
			if (useprov(x, i, LLVMGetOperand(i, k), &p))
				escape(x, b, i, &p);
		break;
	case LLVMCall:
	case LLVMInvoke:
	case LLVMCallBr:
		callevents(x, b, i);
		break;
	case LLVMGetElementPtr:
	case LLVMBitCast:
	case LLVMAddrSpaceCast:
	case LLVMPHI:
	case LLVMSelect:
	case LLVMFreeze:
		/* derived pointers are tracked by fillprov; comparing a frame
		 * pointer reads no memory */
		if (op == LLVMSelect && useprov(x, i, LLVMGetOperand(i, 0), &p))
			escape(x, b, i, &p);
		break;
	case LLVMAdd: case LLVMFAdd: case LLVMSub: case LLVMFSub: case LLVMMul:
	case LLVMFMul: case LLVMUDiv: case LLVMSDiv: case LLVMFDiv: case LLVMURem:
	case LLVMSRem: case LLVMFRem: case LLVMShl: case LLVMLShr: case LLVMAShr:
	case LLVMAnd: case LLVMOr: case LLVMXor: case LLVMFNeg: case LLVMFCmp:
	case LLVMTrunc: case LLVMZExt: case LLVMSExt: case LLVMFPToUI:
	case LLVMFPToSI: case LLVMUIToFP: case LLVMSIToFP: case LLVMFPTrunc:
	case LLVMFPExt: case LLVMBr: case LLVMSwitch: case LLVMUnreachable:
	case LLVMAlloca: case LLVMFence:
		/* no operand of these can be a pointer: nothing to look up */
		break;
	default:
		for (uint k = 0; k < (uint)LLVMGetNumOperands(i); k++)
			if (useprov(x, i, LLVMGetOperand(i, k), &p))
				escape(x, b, i, &p);
		break;
	}
}

/* Suspend state lattice for the forward pass. */
enum {
	ST_UNSET = -3, /* no store on this path yet */
	ST_TOP = -4,   /* differs between paths */
};


/* Suspend number for index value v (-1: final, -2: any), creating it. */
static uint
suspid(Coro *c, int v, int fn, LLVMValueRef at)
{
	for (uint k = 0; k < c->nsusp; k++)
		if (c->susp[k].index == v)
			return k;
	Susp *s = VPUSH(c->susp, c->nsusp);
	s->index = v;
	s->fn = fn;
	s->at = at;
	return c->nsusp - 1;
}

/* A phi of the block being read, resolved for its predecessor. */
static LLVMValueRef
ctxvalue(Fctx *x, LLVMValueRef v)
{
	if (!x->ctxpred || !LLVMIsAPHINode(v))
		return v;
	for (uint k = 0; k < LLVMCountIncoming(v); k++)
		if (LLVMGetIncomingBlock(v, k) == x->ctxpred)
			return LLVMGetIncomingValue(v, k);
	return v;
}

/* A phi whose incoming values are all constants: it may pick a frame
 * offset or a suspend index by the path taken. */
static int
constphi(LLVMValueRef v)
{
	if (!LLVMIsAPHINode(v))
		return 0;
	for (uint k = 0; k < LLVMCountIncoming(v); k++)
		if (!LLVMIsAConstantInt(LLVMGetIncomingValue(v, k)))
			return 0;
	return LLVMCountIncoming(v) > 0;
}

/* The phi of a context GEP `gep i8, base, (zext|sext)? phi`, or NULL. */
static LLVMValueRef
ctxphi(LLVMValueRef gep)
{
	if (LLVMGetNumOperands(gep) != 2 ||
	    LLVMGetTypeKind(LLVMGetGEPSourceElementType(gep)) != LLVMIntegerTypeKind ||
	    LLVMGetIntTypeWidth(LLVMGetGEPSourceElementType(gep)) != 8)
		return NULL;
	LLVMValueRef ix = LLVMGetOperand(gep, 1);
	if (LLVMIsAZExtInst(ix) || LLVMIsASExtInst(ix))
		ix = LLVMGetOperand(ix, 0);
	if (!constphi(ix) || LLVMGetInstructionParent(ix) != LLVMGetInstructionParent(gep))
		return NULL;
	/* the phi must serve only this role: its constants will change */
	for (LLVMUseRef u = LLVMGetFirstUse(ix); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef w = LLVMGetUser(u);
		if (w == gep)
			continue;
		if ((LLVMIsAZExtInst(w) || LLVMIsASExtInst(w)) && w == LLVMGetOperand(gep, 1))
			continue;
		if (LLVMIsAGetElementPtrInst(w) && ctxphi(w) == ix)
			continue;
		return NULL;
	}
	if (LLVMIsAZExtInst(LLVMGetOperand(gep, 1)) || LLVMIsASExtInst(LLVMGetOperand(gep, 1))) {
		LLVMValueRef z = LLVMGetOperand(gep, 1);
		for (LLVMUseRef u = LLVMGetFirstUse(z); u; u = LLVMGetNextUse(u))
			if (LLVMGetUser(u) != gep)
				return NULL;
	}
	/* and be read right there, as an address only */
	for (LLVMUseRef u = LLVMGetFirstUse(gep); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef w = LLVMGetUser(u);
		int addr = (LLVMIsALoadInst(w) && LLVMGetOperand(w, 0) == gep) ||
		    (LLVMIsAStoreInst(w) && LLVMGetOperand(w, 1) == gep &&
		    LLVMGetOperand(w, 0) != gep);
		if (!addr || LLVMGetInstructionParent(w) != LLVMGetInstructionParent(gep))
			return NULL;
	}
	return ix;
}

/* The provenance of a context GEP for the predecessor being read. */
static int
ctxprov(Fctx *x, LLVMValueRef gep, Prov *p)
{
	LLVMValueRef phi = ctxphi(gep);
	LLVMValueRef v = phi ? ctxvalue(x, phi) : NULL;
	if (!v || !LLVMIsAConstantInt(v)) {
		skipf(x->c, "a frame offset chosen by a phi cannot be resolved in %s",
		    vname(LLVMGetBasicBlockParent(LLVMGetInstructionParent(gep))));
		return 0;
	}
	int sext = LLVMIsASExtInst(LLVMGetOperand(gep, 1)) != NULL;
	i64 off = sext ? LLVMConstIntGetSExtValue(v) : (i64)LLVMConstIntGetZExtValue(v);
	if (off < 0 || (u64)off >= x->c->size) {
		skipf(x->c, "a phi picks frame offset %lld, outside the frame", (long long)off);
		return 0;
	}
	int s = slotat(x->c, (u64)off);
	if (s >= 0 && x->c->slot[s].nsub) {
		skipf(x->c, "a phi picks an offset in shared frame field %u", x->c->slot[s].field);
		return 0;
	}
	p->slot = s >= 0 ? s : PV_BASE;
	p->off = off;
	p->exact = 1;
	return 1;
}

/* What a pointer of provenance p points at, of what the suspend states
 * follow: the suspend index, the resume pointer (offset 0), or neither. */
enum { IK_NONE, IK_INDEX, IK_RESUME };
static int
idxkind(const Coro *c, const Prov *p)
{
	if (!p->exact)
		return IK_NONE;
	int s = p->slot == PV_BASE ? slotat(c, (u64)p->off) : p->slot;
	if (s == 0 && p->off == 0)
		return IK_RESUME;
	if (s >= 0 && s == c->index_slot && (u64)p->off == c->slot[s].off)
		return IK_INDEX;
	return IK_NONE;
}

/* Per-instruction suspend facts: a constant index store (returns
 * IK_INDEX, *val), a store to the resume pointer (IK_RESUME; *fin: null,
 * the final suspend), or neither. */
static int
idxstore(Fctx *x, LLVMValueRef i, int *val, int *fin)
{
	Prov p;
	if (!LLVMIsAStoreInst(i) || !getprov(x, LLVMGetOperand(i, 1), &p))
		return IK_NONE;
	int k = idxkind(x->c, &p);
	LLVMValueRef v = LLVMGetOperand(i, 0);
	if (k == IK_RESUME)
		*fin = LLVMIsAConstantPointerNull(v) ? 1 : 0;
	else if (k == IK_INDEX) {
		v = ctxvalue(x, v);
		*val = LLVMIsAConstantInt(v) ? (int)LLVMConstIntGetZExtValue(v) : ST_TOP;
	}
	return k;
}

static int
blkof(Fctx *x, LLVMBasicBlockRef bb)
{
	return pmget(&x->bb, bb);
}

static u64 stcode(int idx, int fz);
static u64 stctx(u64 code, uint pred);
/* A state code: bits 0-31 the index and final flag (stcode), 32-55 the
 * predecessor of a context block plus 1, 56-63 the suspend a destroy or
 * cleanup clone was entered from plus 1 (0: not known). */
#define ST_PREDBITS 0x00ffffff00000000ull
#define ST_ORIGINBITS 0xff00000000000000ull
static u64
storigin(int s)
{
	return s < 0 || s >= 254 ? 0 : (u64)(s + 1) << 56;
}
static uint statenode(const u64 *v, uint n, u64 s);

/* The node of block bb entered, from block `from` (NULL: bb is the entry),
 * as at the start of the function. */
static int
entrynode(Fctx *x, LLVMBasicBlockRef bb, LLVMBasicBlockRef from)
{
	int p = blkof(x, bb);
	if (p < 0 || !x->node)
		return p;
	uint k = (uint)p - x->first;
	u64 want = stcode(-3, 0) | x->origin;
	if (x->isctx[k] && from)
		want = stctx(want, (uint)blkof(x, from) - x->first);
	uint j = statenode(x->st[k], x->nst[k], want);
	if (j < x->nst[k])
		return (int)x->node[k][j];
	if (x->isctx[k])
		skipf(x->c, "a resume target whose phis pick frame offsets");
	return p;
}

/* a: the graph's arena, or the scratch one for the prototype's edges,
 * which the copies' replace. A block's edges are added in one go, under
 * a stamp of their own: mark[to] == stamp when to is already there (a
 * switch of a thousand cases is not searched a thousand times). */
static void
addsucc(Arena *a, Graph *g, int from, int to, uint *mark, uint stamp)
{
	if (mark[to] == stamp)
		return;
	mark[to] = stamp;
	Blk *b = &g->blk[from];
	*APUSH(a, b->succ, b->nsucc) = to;
}

/* A block of the member reached for the first time: the next number. */
static int
newblk(Fctx *x, LLVMBasicBlockRef bb)
{
	Graph *g = x->g;
	Blk *b = VPUSH(g->blk, g->nblk);
	b->bb = bb;
	b->fn = x->fn;
	pmput(&x->bb, bb, (int)g->nblk - 1);
	return (int)g->nblk - 1;
}

/* Renumbers the member's blocks in the function's order, the order the
 * events walk meets suspends in and the report numbers them by. */
static void
inorder(Fctx *x)
{
	Graph *g = x->g;
	uint first = x->first, nb = g->nblk - first;
	uint *pos = aralloc(x->tmp, nb * sizeof *pos), n = 0;
	Blk *old = aralloc(x->tmp, nb * sizeof *old);
	memcpy(old, g->blk + first, nb * sizeof *old);
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(x->c->fn[x->fn]); bb;
	    bb = LLVMGetNextBasicBlock(bb)) {
		int k = pmget(&x->bb, bb);
		if (k >= 0)
			pos[(uint)k - first] = n++;
	}
	for (uint k = 0; k < nb; k++) {
		Blk *b = &g->blk[first + pos[k]];
		*b = old[k];
		for (uint e = 0; e < b->nsucc; e++)
			b->succ[e] = (int)(first + pos[(uint)b->succ[e] - first]);
		pmput(&x->bb, b->bb, (int)(first + pos[k]));
	}
}

/* The prototype's edge from block bi to bb. */
static void
edge(Fctx *x, int bi, LLVMBasicBlockRef bb)
{
	int t = blkof(x, bb);
	if (t < 0)
		t = newblk(x, bb);
	addsucc(x->tmp, x->g, bi, t, x->mark, (uint)bi + 1);
}

/* CFG edges of a block, folding branches on constants. */
static void
filledges(Fctx *x, int bi)
{
	Graph *g = x->g;
	LLVMValueRef t = LLVMGetBasicBlockTerminator(g->blk[bi].bb);
	if (!t)
		return;
	if (LLVMIsABranchInst(t) && LLVMIsConditional(t)) {
		LLVMValueRef cnd = LLVMGetCondition(t);
		if (LLVMIsAConstantInt(cnd)) {
			int taken = LLVMConstIntGetZExtValue(cnd) ? 0 : 1;
			edge(x, bi, LLVMGetSuccessor(t, (unsigned)taken));
			return;
		}
	}
	if (LLVMIsASwitchInst(t)) {
		LLVMValueRef cnd = LLVMGetOperand(t, 0);
		if (LLVMIsAConstantInt(cnd)) {
			u64 v = LLVMConstIntGetZExtValue(cnd);
			uint nc = LLVMGetNumSuccessors(t);
			for (uint k = 1; k < nc; k++) {
				LLVMValueRef cv = LLVMGetSwitchCaseValue(t, k);
				if (LLVMIsAConstantInt(cv) && LLVMConstIntGetZExtValue(cv) == v) {
					edge(x, bi, LLVMGetSuccessor(t, k));
					return;
				}
			}
			edge(x, bi, LLVMGetSuccessor(t, 0));
			return;
		}
	}
	uint ns = LLVMGetNumSuccessors(t);
	for (uint k = 0; k < ns; k++)
		edge(x, bi, LLVMGetSuccessor(t, k));
}

/* The block of clone fn where suspend number s resumes. */
static int
dispatch(Fctx *x, int s, uint *gen, int *genslot, uint maxgen)
{
	Coro *c = x->c;
	int val = c->susp[s].index;
	LLVMBasicBlockRef bb = LLVMGetEntryBasicBlock(x->c->fn[x->fn]), prev = NULL;
	x->origin = (x->fn == FN_DESTROY || x->fn == FN_CLEANUP) && c->nsusp < 255
	    ? storigin(s) : 0;
	for (int step = 0; step < 8; step++) {
		/* only loads of the header or index, and pure arithmetic */
		int pure = 1;
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
			if (LLVMIsATerminatorInst(i))
				break;
			Prov p;
			if (LLVMIsALoadInst(i) && getprov(x, LLVMGetOperand(i, 0), &p) && p.exact) {
				int sl = p.slot == PV_BASE ? slotat(c, (u64)p.off) : p.slot;
				if (sl == c->index_slot || sl == 0) {
					if (*gen < maxgen)
						genslot[(*gen)++] = sl;
					continue;
				}
				pure = 0;
			} else if (LLVMIsAGetElementPtrInst(i) || LLVMIsAICmpInst(i) ||
			    LLVMIsAZExtInst(i) || LLVMIsATruncInst(i)) {
				continue;
			} else
				pure = 0;
		}
		if (!pure || val == -2)
			return entrynode(x, bb, prev);
		LLVMValueRef t = LLVMGetBasicBlockTerminator(bb);
		LLVMBasicBlockRef next = NULL;
		if (LLVMIsABranchInst(t) && !LLVMIsConditional(t)) {
			next = LLVMGetSuccessor(t, 0);
		} else if (LLVMIsASwitchInst(t) && val >= 0) {
			LLVMValueRef x0 = LLVMGetOperand(t, 0);
			while (LLVMIsAZExtInst(x0) || LLVMIsATruncInst(x0))
				x0 = LLVMGetOperand(x0, 0);
			Prov p;
			if (!LLVMIsALoadInst(x0) || !getprov(x, LLVMGetOperand(x0, 0), &p) || !p.exact ||
			    slotat(c, (u64)p.off) != c->index_slot)
				return entrynode(x, bb, prev);
			LLVMTypeRef it = LLVMTypeOf(LLVMGetOperand(t, 0));
			uint w = LLVMGetIntTypeWidth(it);
			u64 mask = w >= 64 ? ~(u64)0 : (((u64)1 << w) - 1);
			next = LLVMGetSuccessor(t, 0);
			uint nc = LLVMGetNumSuccessors(t);
			/* case values are distinct, and CoroSplit numbers its cases
			 * in order: try case val first (else every suspend would
			 * scan the whole switch) */
			u64 want = (u64)val & mask;
			if (want + 1 < nc && (LLVMConstIntGetZExtValue(
			    LLVMGetSwitchCaseValue(t, (uint)want + 1)) & mask) == want)
				next = LLVMGetSuccessor(t, (uint)want + 1);
			else
				for (uint k = 1; k < nc; k++) {
					LLVMValueRef cv = LLVMGetSwitchCaseValue(t, k);
					if ((LLVMConstIntGetZExtValue(cv) & mask) == want)
						next = LLVMGetSuccessor(t, k);
				}
		} else if (LLVMIsABranchInst(t) && val != -2) {
			/* br (icmp eq/ne (load resume), null): the final check */
			LLVMValueRef cnd = LLVMGetCondition(t);
			if (!LLVMIsAICmpInst(cnd))
				return entrynode(x, bb, prev);
			LLVMValueRef a = LLVMGetOperand(cnd, 0), z = LLVMGetOperand(cnd, 1);
			if (LLVMIsAConstantPointerNull(a)) {
				LLVMValueRef tmp = a;
				a = z;
				z = tmp;
			}
			Prov p;
			LLVMIntPredicate pr = LLVMGetICmpPredicate(cnd);
			if (LLVMIsAConstantInt(z) && val >= 0 && (pr == LLVMIntEQ || pr == LLVMIntNE)) {
				/* br (icmp eq/ne (load index), C) */
				LLVMValueRef ld = a;
				while (LLVMIsAZExtInst(ld) || LLVMIsATruncInst(ld))
					ld = LLVMGetOperand(ld, 0);
				if (!LLVMIsALoadInst(ld) || !getprov(x, LLVMGetOperand(ld, 0), &p) ||
				    !p.exact || provslot(x, &p) != c->index_slot)
					return entrynode(x, bb, prev);
				uint w = LLVMGetIntTypeWidth(LLVMTypeOf(z));
				u64 mask = w >= 64 ? ~(u64)0 : (((u64)1 << w) - 1);
				int eq = (LLVMConstIntGetZExtValue(z) & mask) == ((u64)val & mask);
				next = LLVMGetSuccessor(t, (unsigned)((pr == LLVMIntEQ) == eq ? 0 : 1));
				if (LLVMIsAPHINode(LLVMGetFirstInstruction(next)))
					return entrynode(x, bb, prev);
				prev = bb;
				bb = next;
				continue;
			}
			if (!LLVMIsAConstantPointerNull(z) || !LLVMIsALoadInst(a) ||
			    !getprov(x, LLVMGetOperand(a, 0), &p) || !p.exact || p.off != 0 ||
			    (pr != LLVMIntEQ && pr != LLVMIntNE))
				return entrynode(x, bb, prev);
			int isnull = val == -1;
			int taken = (pr == LLVMIntEQ) == isnull ? 0 : 1;
			next = LLVMGetSuccessor(t, (unsigned)taken);
		} else
			return entrynode(x, bb, prev);
		/* a target with phis keeps its predecessor's meaning: stop */
		if (LLVMIsAPHINode(LLVMGetFirstInstruction(next)))
			return entrynode(x, bb, prev);
		prev = bb;
		bb = next;
	}
	return entrynode(x, bb, prev);
}

enum { ST_NONE = -5 }; /* a tail that does not store this */

/* A return tail: a block of phis, GEPs, stores of the index or of a null
 * resume pointer, and a return (SimplifyCFG merges the returns of several
 * suspends and sinks their index stores into one phi). Each predecessor then
 * leaves at its own end, in its own state, and the edge into the tail is
 * dropped. phi or cidx: the index stored (a phi, or a constant; ST_NONE when
 * not stored); fin: 1 when the tail nulls the resume pointer. */
static int
istail(Fctx *x, LLVMBasicBlockRef bb, LLVMValueRef *phi, int *cidx, int *fin)
{
	*phi = NULL;
	*cidx = ST_NONE;
	*fin = ST_NONE;
	for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
		LLVMOpcode op = LLVMGetInstructionOpcode(i);
		if (op == LLVMPHI || op == LLVMGetElementPtr)
			continue;
		if (op == LLVMRet)
			return LLVMGetFirstUse(i) == NULL;
		if (op != LLVMStore)
			return 0;
		Prov p;
		if (!getprov(x, LLVMGetOperand(i, 1), &p))
			return 0;
		int k = idxkind(x->c, &p);
		LLVMValueRef v = LLVMGetOperand(i, 0);
		if (k == IK_RESUME && LLVMIsAConstantPointerNull(v))
			*fin = 1;
		else if (k == IK_INDEX && LLVMIsAPHINode(v) && LLVMGetInstructionParent(v) == bb &&
		    !*phi && *cidx == ST_NONE)
			*phi = v;
		else if (k == IK_INDEX && LLVMIsAConstantInt(v) && !*phi && *cidx == ST_NONE)
			*cidx = (int)LLVMConstIntGetZExtValue(v);
		else
			return 0;
	}
	return 0;
}

/* The slots accessed since the last index store, as a set and a list
 * (cleared by what it holds: a frame of thousands of slots is not
 * zeroed at every block). */
typedef struct Win Win;
struct Win {
	Bset in;
	uint *v, n;
};

static void
winadd(Win *w, uint sl)
{
	if (!bshas(&w->in, sl)) {
		bsset(&w->in, sl);
		w->v[w->n++] = sl;
	}
}

static void
winclear(Win *w)
{
	while (w->n)
		bsclr(&w->in, w->v[--w->n]);
}

static int
uintcmp(const void *a, const void *b)
{
	uint x = *(const uint *)a, y = *(const uint *)b;
	return x < y ? -1 : x > y;
}

/* Leaving the function in state (s, fz): a suspend. With no index stored
 * since entry and the resume pointer intact the frame was freed (every
 * switch-ABI suspend stores its index), unless the index slot is
 * unknown: then it may be any suspend. Slots accessed since the store
 * (the awaiter, used by await_suspend) are in use at the suspend. */
static void
leave(Fctx *x, Blk *b, int s, int fz, Win *win, LLVMValueRef at)
{
	Coro *c = x->c;
	int set = s != ST_UNSET || fz == 1 || fz == ST_TOP;
	int v = fz == 1 ? -1 : fz == ST_TOP ? -2 : s >= 0 ? s : -2;
	if (!set && c->index_slot >= 0)
		return;
	if (set && win) {
		qsort(win->v, win->n, sizeof *win->v, uintcmp); /* in slot order */
		for (uint k = 0; k < win->n; k++)
			ev(x, b, EV_USE, win->v[k]);
	}
	ev(x, b, EV_SUSP, suspid(c, v, x->fn, at));
}

/* State codes: (index + 4) << 2 | (0: resume pointer intact, 1: nulled,
 * 2: unknown), and in the upper half the predecessor (plus one) a context
 * block was entered from. Index ST_UNSET: none stored yet; ST_TOP:
 * unknown. */
static u64
stcode(int idx, int fz)
{
	return (u64)(uint)(idx + 4) << 2 | (fz == 1 ? 1u : fz == ST_TOP ? 2u : 0u);
}

static u64
stctx(u64 code, uint pred)
{
	return (code & ~ST_PREDBITS) | ((u64)(pred + 1) << 32 & ST_PREDBITS);
}

static int
stidx(u64 code)
{
	return (int)((code & 0xffffffffu) >> 2) - 4;
}

static int
stfin(u64 code)
{
	return (code & 3) == 1 ? 1 : (code & 3) == 2 ? ST_TOP : 0;
}

static int
stpred(u64 code)
{
	return (int)((code & ST_PREDBITS) >> 32) - 1;
}

enum { MAXSTATES = 256 };

/* Adds state s to a block's set; too many states collapse into one
 * unknown state (sound: it flows to every target), except in a context
 * block, whose phis then cannot be read (ctx). Returns 1 if new. */
/* Does block b only lead, through a short chain of single successors,
 * to a block that leaves the function? */
static int
leavesonly(const Graph *g, uint b)
{
	for (int step = 0; step < 8; step++) {
		if (g->blk[b].nsucc == 0)
			return 1;
		if (g->blk[b].nsucc > 1)
			return 0;
		b = (uint)g->blk[b].succ[0];
	}
	return 0;
}

static int
addstate(Fctx *x, u64 **v, uint *n, u64 s, int ctx, uint lim)
{
	u64 top = stcode(ST_TOP, ST_TOP);
	for (uint k = 0; k < *n; k++)
		if ((*v)[k] == s || (*v)[k] == top)
			return 0;
	if (*n >= lim) {
		if (ctx) {
			skipf(x->c, "too many paths into a block whose phis pick frame offsets");
			return 0;
		}
		(*v)[0] = top;
		*n = 1;
		return 1;
	}
	*APUSH(x->tmp, *v, *n) = s;
	return 1;
}

/* The copy of a block for state s: its own, or the unknown state that
 * too many states collapsed into. Returns n if there is none. */
static uint
statenode(const u64 *v, uint n, u64 s)
{
	u64 top = stcode(ST_TOP, ST_TOP);
	for (uint k = 0; k < n; k++)
		if (v[k] == s)
			return k;
	for (uint k = 0; k < n; k++)
		if (v[k] == top)
			return k;
	return n;
}

/* Reads a context block's phis from the predecessor in code. */
static void
setctx(Fctx *x, u64 code)
{
	int p = stpred(code);
	x->ctxpred = p >= 0 ? x->g->blk[x->first + (uint)p].bb : NULL;
}

/* The state after local block k entered in state s. Outside a context
 * block what the block stores does not depend on s (no predecessor to
 * read phis by): it is looked up once. */
static u64
transfer(Fctx *x, uint k, u64 s)
{
	LLVMBasicBlockRef bb = x->g->blk[x->first + k].bb;
	int idx = stidx(s), fz = stfin(s);
	if (!x->isctx[k] && !x->hasst[k]) {
		/* no store through a pointer that may be the resume pointer's or
		 * the index's: idxstore() finds nothing */
		return stcode(idx, fz) | (s & ST_ORIGINBITS);
	}
	if (!x->isctx[k] && x->tdone[k]) {
		if (x->tidx[k] != ST_NONE)
			idx = x->tidx[k];
		if (x->tfz[k] != ST_NONE)
			fz = x->tfz[k];
		return stcode(idx, fz) | (s & ST_ORIGINBITS);
	}
	int sidx = ST_NONE, sfz = ST_NONE;
	setctx(x, s);
	for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
		int val = 0, fv = 0;
		int kind = idxstore(x, i, &val, &fv);
		if (kind == IK_INDEX)
			idx = sidx = val;
		else if (kind == IK_RESUME)
			fz = sfz = fv;
	}
	x->ctxpred = NULL;
	x->tdone[k] = 1;
	x->tidx[k] = sidx;
	x->tfz[k] = sfz;
	return stcode(idx, fz) | (s & ST_ORIGINBITS);
}

/* The stores through pointer v (a frame pointer): if v may point at the
 * resume pointer or the index (always, for a GEP whose offset depends on
 * the predecessor: ctx), their blocks hold stores idxstore() reads
 * (hasst); a block storing a phi of constants of its own to the index
 * slot is a context block. */
static void
storesof(Fctx *x, LLVMValueRef v, int ctx)
{
	Coro *c = x->c;
	Prov q;
	int may = ctx || (getprov(x, v, &q) && idxkind(c, &q) != IK_NONE);
	for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef i = LLVMGetUser(u);
		if (!LLVMIsAStoreInst(i) || LLVMGetOperand(i, 1) != v)
			continue;
		LLVMBasicBlockRef bb = LLVMGetInstructionParent(i);
		int b = blkof(x, bb);
		if (b < (int)x->first)
			continue;
		uint k = (uint)b - x->first;
		if (may)
			x->hasst[k] = 1;
		Prov p;
		if (constphi(LLVMGetOperand(i, 0)) &&
		    LLVMGetInstructionParent(LLVMGetOperand(i, 0)) == bb &&
		    getprov(x, v, &p) && p.exact &&
		    provslot(x, &p) == c->index_slot && c->index_slot >= 0)
			x->isctx[k] = 1;
	}
}

/* Context blocks and blocks with stores, from the use lists of the
 * pointers fillprov found (all a store's frame pointer can be) rather
 * than from every instruction: most instructions touch no frame. */
static void
fillstores(Fctx *x)
{
	storesof(x, x->base, 0);
	for (uint k = 0; k < x->pv.cap; k++)
		if (x->pv.key[k])
			storesof(x, x->pv.key[k], 0);
	for (uint k = 0; k < x->ctxgep.cap; k++) {
		LLVMValueRef gep = x->ctxgep.key[k];
		if (!gep)
			continue;
		int b = blkof(x, LLVMGetInstructionParent(gep));
		if (b >= (int)x->first)
			x->isctx[(uint)b - x->first] = 1;
		storesof(x, gep, 1);
	}
}

/* Builds blocks, events and edges of one member function. */
static void
fillfn(Fctx *x)
{
	Coro *c = x->c;
	Graph *g = x->g;
	LLVMValueRef f = c->fn[x->fn];
	uint first = g->nblk;
	uint nbb = (uint)LLVMCountBasicBlocks(f); /* a count walks no instruction */
	pmreserve(&x->bb, nbb);
	x->first = first;
	/* the blocks a path from the entry reaches, numbered as the edges
	 * reach them: one that none reaches is neither analysed nor
	 * rewritten, since it never runs (CoroSplit leaves the ramp's code
	 * after its first suspend behind a `switch i8 -1`, for SimplifyCFG to
	 * delete) */
	x->mark = aralloc(x->tmp, (first + nbb + 1) * sizeof *x->mark);
	newblk(x, LLVMGetEntryBasicBlock(f));
	for (uint k = first; k < g->nblk; k++)
		filledges(x, (int)k); /* appends the blocks it reaches first */
	uint nb = g->nblk - first;
	x->ndead = nbb - nb;
	inorder(x);
	if (x->fn == FN_RAMP) {
		g->rampnb = nb;
		g->rampdead = x->ndead;
	}
	fillprov(x);
	if (c->skip) {
		/* the prototype's edges are in the scratch arena */
		for (uint k = first; k < g->nblk; k++) {
			g->blk[k].succ = NULL;
			g->blk[k].nsucc = 0;
		}
		return;
	}
	/* return tails: each predecessor leaves at its own end */
	Arena *tmp = x->tmp;
	int *tailv = aralloc(tmp, nb * sizeof *tailv), *tailf = aralloc(tmp, nb * sizeof *tailf);
	char *istl = aralloc(tmp, nb), *hastl = aralloc(tmp, nb);
	for (uint k = 0; k < nb; k++) {
		LLVMValueRef phi;
		int cidx, fz;
		LLVMBasicBlockRef bb = g->blk[first + k].bb;
		if (k == 0 || !istail(x, bb, &phi, &cidx, &fz))
			continue;
		int ok = 1;
		for (uint q = 0; q < g->nblk - first && ok; q++) {
			Blk *pb = &g->blk[first + q];
			for (uint e = 0; e < pb->nsucc; e++)
				if (pb->succ[e] == (int)(first + k) &&
				    (hastl[q] || istl[q] || LLVMGetNumSuccessors(
				    LLVMGetBasicBlockTerminator(pb->bb)) != 1))
					ok = 0;
		}
		if (!ok)
			continue;
		istl[k] = 1;
		for (uint q = 0; q < nb; q++) {
			Blk *pb = &g->blk[first + q];
			uint w = 0;
			for (uint e = 0; e < pb->nsucc; e++) {
				if (pb->succ[e] != (int)(first + k)) {
					pb->succ[w++] = pb->succ[e];
					continue;
				}
				hastl[q] = 1;
				tailv[q] = cidx;
				if (phi) {
					LLVMValueRef v = NULL;
					for (uint n = 0; n < LLVMCountIncoming(phi); n++)
						if (LLVMGetIncomingBlock(phi, n) == pb->bb)
							v = LLVMGetIncomingValue(phi, n);
					tailv[q] = v && LLVMIsAConstantInt(v)
					    ? (int)LLVMConstIntGetZExtValue(v) : ST_TOP;
				}
				tailf[q] = fz;
			}
			pb->nsucc = w;
		}
	}
	/* Forward pass: the states a block can be entered in. A state is
	 * the last index stored and whether the resume pointer was nulled; a
	 * block entered in several states is split into one copy per state,
	 * so that each suspend flows only into its own resume targets. */
	u64 **st = x->st = aralloc(tmp, nb * sizeof *st);
	uint *nst = x->nst = aralloc(tmp, nb * sizeof *nst);
	/* context blocks: their phis choose frame offsets or the index by
	 * the edge taken, so each predecessor gets its own copy */
	char *isctx = x->isctx = aralloc(tmp, nb + 1);
	x->tdone = aralloc(tmp, nb + 1);
	x->tidx = aralloc(tmp, (nb + 1) * sizeof *x->tidx);
	x->tfz = aralloc(tmp, (nb + 1) * sizeof *x->tfz);
	x->hasst = aralloc(tmp, nb + 1);
	fillstores(x);
	isctx[0] = 0;
	uint *work = aralloc(tmp, (nb * 2 + 1) * sizeof *work), nw = 0;
	char *inw = aralloc(tmp, nb);
	/* destroy and cleanup run after any suspend, in as many copies:
	 * what each suspend leaves in the frame stays apart */
	if ((x->fn == FN_DESTROY || x->fn == FN_CLEANUP) && c->nsusp && c->nsusp < 255)
		for (uint q = 0; q < c->nsusp; q++)
			*APUSH(x->tmp, st[0], nst[0]) = stcode(ST_UNSET, 0) | storigin((int)q);
	else
		*APUSH(x->tmp, st[0], nst[0]) = stcode(ST_UNSET, 0);
	work[nw++] = 0;
	inw[0] = 1;
	/* the states of each block already sent on: a block taken again
	 * sends only those added since (the others would add nothing) */
	uint *sent = aralloc(tmp, (nb + 1) * sizeof *sent);
	while (nw && !c->skip) {
		uint k = work[--nw];
		inw[k] = 0;
		Blk *b = &g->blk[first + k];
		uint j0 = sent[k];
		sent[k] = nst[k];
		for (uint j = j0; j < nst[k]; j++) {
			u64 out = transfer(x, k, st[k][j]);
			for (uint q = 0; q < b->nsucc; q++) {
				uint t = (uint)b->succ[q] - first;
				u64 in = isctx[t] ? stctx(out, k) : out;
				/* a block that only leaves (a return) may hold a copy
				 * per suspend: nothing flows on from it */
				uint lim = leavesonly(g, first + t) ? MAXSTATES * 64 : MAXSTATES;
				uint had = nst[t];
				if (!addstate(x, &st[t], &nst[t], in, isctx[t], lim))
					continue;
				if (nst[t] <= had)
					sent[t] = 0; /* collapsed into the unknown state */
				if (!inw[t]) {
					inw[t] = 1;
					work[nw++] = t;
				}
			}
		}
	}
	/* one node per (block, state): the prototype takes the first */
	uint **node = x->node = aralloc(tmp, (nb + 1) * sizeof *node);
	size_t nnode = 0;
	for (uint k = 0; k < nb; k++)
		nnode += nst[k] + 1;
	node[0] = aralloc(tmp, (nnode + 1) * sizeof *node[0]); /* all in one */
	for (uint k = 0; k < nb; k++) {
		if (k > 0)
			node[k] = node[k - 1] + nst[k - 1] + 1;
		node[k][0] = first + k;
		for (uint j = 1; j < nst[k]; j++) {
			LLVMBasicBlockRef bb = g->blk[first + k].bb;
			Blk *nbk = VPUSH(g->blk, g->nblk);
			nbk->bb = bb;
			nbk->fn = x->fn;
			node[k][j] = g->nblk - 1;
		}
	}
	/* edges of the copies follow the state out of the prototype's block
	 * (fresh stamps: a prototype keeps its number) */
	x->mark = aralloc(tmp, (g->nblk + 1) * sizeof *x->mark);
	for (uint k = 0; k < nb; k++) {
		int *succ = g->blk[first + k].succ;
		uint ns = g->blk[first + k].nsucc;
		g->blk[first + k].succ = NULL;
		g->blk[first + k].nsucc = 0;
		for (uint j = 0; j < nst[k]; j++) {
			u64 out = transfer(x, k, st[k][j]);
			for (uint q = 0; q < ns; q++) {
				uint t = (uint)succ[q] - first;
				u64 in = isctx[t] ? stctx(out, k) : out;
				uint m = statenode(st[t], nst[t], in);
				if (m < nst[t])
					addsucc(&g->ar, g, (int)node[k][j], (int)node[t][m],
					    x->mark, node[k][j] + 1);
				else if (nst[t])
					skipf(c, "internal: a state reaches no copy of its block");
			}
		}
	}
	/* events of every node, in its state */
	Win cur = { { c->nslot, aralloc(tmp, ((c->nslot + 63) / 64 + 1) * sizeof *cur.in.w) },
		aralloc(tmp, (c->nslot + 1) * sizeof *cur.v), 0 };
	for (uint k = 0; k < nb && !c->skip; k++)
		for (uint j = 0; j < nst[k] && !c->skip; j++) {
			Blk *b = &g->blk[node[k][j]];
			int s = stidx(st[k][j]), fz = stfin(st[k][j]);
			setctx(x, st[k][j]);
			winclear(&cur);
			for (LLVMValueRef i = LLVMGetFirstInstruction(b->bb); i;
			    i = LLVMGetNextInstruction(i)) {
				uint e0 = b->nev;
				int val = 0, fv = 0;
				/* one opcode read serves all three tests */
				LLVMOpcode op = LLVMGetInstructionOpcode(i);
				int kind = op == LLVMStore && x->hasst[k] ? idxstore(x, i, &val, &fv) : 0;
				instevents(x, b, i, op);
				b = &g->blk[node[k][j]];
				if (kind == IK_INDEX) {
					s = val;
					winclear(&cur);
				} else if (kind == IK_RESUME) {
					fz = fv;
					if (fv)
						winclear(&cur);
				} else {
					for (uint e = e0; e < b->nev; e++)
						if (b->ev[e].kind <= EV_DEF)
							winadd(&cur, b->ev[e].arg);
				}
				if (op == LLVMRet || op == LLVMResume)
					leave(x, b, s, fz, &cur, i);
				endpoint(x, b);
			}
			if (hastl[k]) {
				int s2 = tailv[k] != ST_NONE ? tailv[k] : s;
				int f2 = tailf[k] != ST_NONE ? tailf[k] : fz;
				leave(x, b, s2, f2, tailv[k] != ST_NONE ? NULL : &cur,
				    LLVMGetBasicBlockTerminator(b->bb));
				ev(x, b, EV_END, 0);
			}
			x->ctxpred = NULL;
		}
	x->nb = nb;
}
void
fillgraph(Coro *c, Graph *g)
{
	LLVMModuleRef m = LLVMGetGlobalParent(c->fn[FN_RAMP]);
	Fctx fx[FN_NKIND];
	Arena tmp = {0};
	memset(fx, 0, sizeof fx);
	LLVMContextRef ctx = LLVMGetModuleContext(m);
	uint sk = LLVMGetMDKindIDInContext(ctx, "coropack.scope", 14);
	uint dk = LLVMGetMDKindIDInContext(ctx, "coropack.inscope", 16);
	uint ak[AK_N];
	for (int k = 0; k < AK_N; k++)
		ak[k] = attrkind(akname[k]);
	for (int k = 0; k < FN_NKIND && !c->skip; k++) {
		if (!c->fn[k])
			continue;
		Fctx *x = &fx[k];
		x->c = c;
		x->g = g;
		x->tmp = &tmp;
		/* no calloc and free per map and growth: a family makes a few
		 * per member function */
		x->pv.ar = x->bb.ar = x->ctxgep.ar = &tmp;
		x->td = LLVMGetModuleDataLayout(m);
		x->fn = k;
		x->base = c->base[k];
		x->sk = sk;
		x->dk = dk;
		memcpy(x->ak, ak, sizeof ak);
		fillfn(x);
		if (k == FN_RAMP || k == FN_NOALLOC) {
			if (k == FN_RAMP)
				g->ramp_entry = pmget(&x->bb, LLVMGetEntryBasicBlock(c->fn[k]));
		}
	}
	/* suspend targets: one per clone that can run after it */
	/* suspend s's targets are entry[s * 4 ...] */
	g->nentry = aralloc(&g->ar, (c->nsusp ? c->nsusp : 1) * sizeof *g->nentry);
	int *targets = g->entry = aralloc(&g->ar, ((size_t)c->nsusp * 4 + 1) * sizeof *targets);
	for (uint s = 0; s < c->nsusp && !c->skip; s++) {
		for (int k = FN_RESUME; k <= FN_CLEANUP; k++) {
			if (!c->fn[k])
				continue;
			if (k == FN_RESUME && c->susp[s].index == -1)
				continue; /* resuming at the final suspend is UB */
			uint gen = 0;
			int genslot[8];
			int t = dispatch(&fx[k], (int)s, &gen, genslot, 8);
			targets[s * 4 + g->nentry[s]++] = t;
			for (uint q = 0; q < gen; q++)
				if (genslot[q] >= 0)
					c->slot[genslot[q]].nacc++;
			/* loads skipped by the dispatch walk are uses at entry:
			 * put them in front of the target's events */
			if (gen) {
				Blk *b = &g->blk[t];
				Ev *nev = aralloc(&g->ar, (b->nev + gen + 1) * sizeof *nev);
				uint n = 0;
				for (uint q = 0; q < gen; q++)
					if (genslot[q] >= 0) {
						nev[n].kind = EV_USE;
						nev[n++].arg = (uint)genslot[q];
					}
				if (b->nev)
					memcpy(nev + n, b->ev, b->nev * sizeof *nev);
				b->ev = nev;
				b->nev += n;
			}
			*APUSH(&g->ar, g->blk[t].spred, g->blk[t].nspred) = (int)s;
		}
	}
	arfree(&tmp); /* the Fctx maps too */
	checkedges(c, g);
	/* predecessors: counted, then filled in the same order */
	for (uint b = 0; b < g->nblk; b++)
		for (uint k = 0; k < g->blk[b].nsucc; k++)
			g->blk[g->blk[b].succ[k]].npred++;
	for (uint b = 0; b < g->nblk; b++) {
		Blk *t = &g->blk[b];
		t->pred = t->npred ? aralloc(&g->ar, t->npred * sizeof *t->pred) : NULL;
		t->npred = 0;
	}
	for (uint b = 0; b < g->nblk; b++)
		for (uint k = 0; k < g->blk[b].nsucc; k++) {
			Blk *t = &g->blk[g->blk[b].succ[k]];
			t->pred[t->npred++] = (int)b;
		}
}

void
freegraph(Graph *g)
{
	free(g->blk);
	free(g->dead);
	arfree(&g->ar);
	pmfree(&g->deadk);
	memset(g, 0, sizeof *g);
}
