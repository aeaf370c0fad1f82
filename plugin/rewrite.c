/* rewrite.c: apply the packed layout to the ramp and every clone.
 *
 * 1. Accesses. Every pointer into a movable slot is derived from a root:
 *    a GEP whose operand is the frame base (access.c). A root of a moved
 *    slot gets its operand replaced by base + (new - old offset), so the
 *    root and everything derived from it, constant or variable index,
 *    lands in the new place.
 * 2. Aliasing. Accesses to slots that now share bytes with another slot
 *    lose the metadata that would claim they do not alias or do not change
 *    (!tbaa, !tbaa.struct, !alias.scope, !noalias, !invariant.load,
 *    !invariant.group), as StackColoring does for merged stack slots.
 * 3. Size. Every statement of the frame size found by discover.c is set
 *    to the new size: the allocation and sized deallocation arguments and
 *    the dereferenceable attributes; `initializes` ranges on frame
 *    parameters are dropped.
 * 4. Debug info. DW_OP_plus_uconst offsets of variables located in the
 *    frame (the ramp's frame pointer, the clones' spilled frame pointer
 *    after DW_OP_deref) are moved with their slot, and so are the members
 *    of the artificial frame type and its size.
 */
#include "coropack.h"

#include <stdlib.h>
#include <string.h>

/* The new place of frame offset off; in a split field, in the slot of
 * the alloca declared as variable var (if known), else in its largest. */
static u64
slotnew(const Coro *c, u64 off, LLVMMetadataRef var, int *moved)
{
	int s = slotat(c, off);
	*moved = 0;
	if (s >= 0 && c->slot[s].nsub && var) {
		for (uint k = c->nfield; k < c->nslot; k++)
			if (c->slot[k].of == (uint)s && c->slot[k].var &&
			    cp_divar_same(c->slot[k].var, var)) {
				s = (int)k;
				break;
			}
	}
	if (s < 0 || c->slot[s].fixed || c->slot[s].newoff == c->slot[s].off)
		return off;
	*moved = 1;
	return c->slot[s].newoff + (off - c->slot[s].off);
}

/* A root with constant indices becomes one in-bounds byte GEP to the new
 * offset (an intermediate base + delta could lie before the frame, which
 * would make an inbounds GEP poison). A root with a variable index keeps
 * its indices; delta is added after it, and both lose inbounds and the
 * no-wrap flags: the old offset may now lie past the smaller frame. */
/* What building byte GEPs in c's module needs. */
typedef struct Bytes Bytes;
struct Bytes {
	LLVMTargetDataRef td;
	LLVMTypeRef i8, i64t;
};

static Bytes
bytesof(const Coro *c)
{
	LLVMModuleRef m = LLVMGetGlobalParent(c->fn[FN_RAMP]);
	LLVMContextRef ctx = LLVMGetModuleContext(m);
	Bytes t = {LLVMGetModuleDataLayout(m), LLVMInt8TypeInContext(ctx), LLVMInt64TypeInContext(ctx)};
	return t;
}

/* Is g `getelementptr i8, p, C`? */
static int
bytegep(LLVMValueRef g, LLVMTypeRef i8)
{
	return LLVMGetGEPSourceElementType(g) == i8 && LLVMGetNumIndices(g) == 1 &&
	    LLVMIsAConstantInt(LLVMGetOperand(g, 1));
}

static void
fixroots(Coro *c, Graph *g, LLVMBuilderRef b)
{
	Bytes t = bytesof(c);
	LLVMTypeRef i8 = t.i8, i64t = t.i64t;
	Pmap done = {0};
	for (uint r = 0; r < g->nroot; r++) {
		LLVMValueRef gep = g->root[r];
		Slot *s = &c->slot[g->rootslot[r]];
		i64 delta = (i64)s->newoff - (i64)s->off;
		if (delta == 0 || s->nsub)
			continue; /* a split field's roots stay: fixsplits */
		/* its offset as fillprov found it (gepoff): no root's pointer
		 * is a root, so none has changed since */
		int ok = g->rootok[r];
		i64 rel = g->rootrel[r];
		if (ok && rel + delta >= 0 && bytegep(gep, i8)) {
			/* gep i8, p, C (instcombine's form): only C changes; its
			 * flags stay true of an offset inside the smaller frame */
			LLVMValueRef ix = LLVMGetOperand(gep, 1);
			LLVMSetOperand(gep, 1, LLVMConstInt(LLVMTypeOf(ix),
			    (unsigned long long)(rel + delta), 1));
			continue;
		}
		if (ok && rel + delta >= 0) {
			LLVMPositionBuilderBefore(b, gep);
			LLVMValueRef idx = LLVMConstInt(i64t, (unsigned long long)(rel + delta), 1);
			/* the name moves to the new GEP once the old one is gone */
			size_t len;
			const char *nm = LLVMGetValueName2(gep, &len);
			len = strlen(nm);
			char buf[64], *name = len < sizeof buf ? memcpy(buf, nm, len + 1) : xstrdup(nm);
			LLVMValueRef ng = LLVMBuildInBoundsGEP2(b, i8, LLVMGetOperand(gep, 0), &idx, 1,
			    len ? "" : "coropack.slot");
			LLVMReplaceAllUsesWith(gep, ng);
			LLVMInstructionEraseFromParent(gep);
			if (len)
				LLVMSetValueName2(ng, name, len);
			if (name != buf)
				free(name);
			continue;
		}
		LLVMValueRef next = LLVMGetNextInstruction(gep);
		LLVMPositionBuilderBefore(b, next);
		LLVMValueRef idx = LLVMConstInt(i64t, (unsigned long long)delta, 1);
		LLVMValueRef ng = LLVMBuildGEP2(b, i8, gep, &idx, 1, "coropack.slot");
		LLVMReplaceAllUsesWith(gep, ng);
		LLVMSetOperand(ng, 0, gep);
		LLVMSetIsInBounds(gep, 0);
		LLVMGEPSetNoWrapFlags(gep, 0);
	}
	/* base + phi of constant offsets: move each constant with its slot */
	for (uint r = 0; r < g->nctxgep; r++) {
		LLVMValueRef ix = LLVMGetOperand(g->ctxgep[r], 1);
		int sext = LLVMIsASExtInst(ix) != NULL;
		if (LLVMIsAZExtInst(ix) || sext)
			ix = LLVMGetOperand(ix, 0);
		if (pmget(&done, ix) >= 0)
			continue;
		pmput(&done, ix, 1);
		for (uint k = 0; k < LLVMCountIncoming(ix); k++) {
			LLVMValueRef cv = LLVMGetIncomingValue(ix, k);
			i64 off = sext ? LLVMConstIntGetSExtValue(cv) : (i64)LLVMConstIntGetZExtValue(cv);
			int moved;
			u64 nv = slotnew(c, (u64)off, NULL, &moved);
			if (moved)
				LLVMSetOperand(ix, k, LLVMConstInt(LLVMTypeOf(cv), nv, 0));
		}
	}
	pmfree(&done);
}

/* Split fields: each place where a pointer into the whole field becomes
 * one into an alloca's slot (access.c) gets the alloca's move. A pointer
 * that is a constant root gets a new in-bounds root; any other gets a
 * byte GEP by the move before its user. GEPs left pointing into the whole
 * field lose inbounds and no-wrap: the field may now reach past the frame. */
static void
fixsplits(Coro *c, Graph *g, LLVMBuilderRef b)
{
	Bytes t = bytesof(c);
	LLVMTargetDataRef td = t.td;
	LLVMTypeRef i8 = t.i8, i64t = t.i64t;
	LLVMValueRef *cv = NULL, *cg = NULL; /* (root, slot) -> new root */
	int *cs = NULL;
	uint nc = 0;
	for (uint r = 0; r < g->nbnd; r++) {
		LLVMValueRef u = g->bat[r], v = g->bval[r];
		int k = g->bslot[r];
		Slot *s = &c->slot[k];
		i64 delta = (i64)s->newoff - (i64)s->off;
		if (delta == 0)
			continue;
		int isroot = 0;
		i64 rel = 0;
		if (LLVMIsAGetElementPtrInst(v))
			for (int f = 0; f < FN_NKIND; f++)
				if (c->base[f] && LLVMGetOperand(v, 0) == c->base[f]) {
					int ok;
					rel = gepoff(td, v, &ok);
					isroot = ok;
				}
		LLVMBasicBlockRef *pb = NULL;
		LLVMValueRef *pv = NULL;
		uint npb = 0;
		for (uint op = 0; op < (uint)LLVMGetNumOperands(u); op++) {
			if (LLVMGetOperand(u, op) != v)
				continue;
			LLVMValueRef nv = NULL;
			/* a phi takes one value per predecessor, however many
			 * edges come from it */
			if (LLVMIsAPHINode(u))
				for (uint q = 0; q < npb && !nv; q++)
					if (pb[q] == LLVMGetIncomingBlock(u, op))
						nv = pv[q];
			if (isroot) {
				for (uint q = 0; q < nc && !nv; q++)
					if (cv[q] == v && cs[q] == k)
						nv = cg[q];
				if (!nv) {
					LLVMPositionBuilderBefore(b, LLVMGetNextInstruction(v));
					LLVMValueRef idx = LLVMConstInt(i64t, (unsigned long long)(rel + delta), 1);
					nv = LLVMBuildInBoundsGEP2(b, i8, LLVMGetOperand(v, 0), &idx, 1,
					    "coropack.slot");
					uint n0 = nc, n1 = nc;
					*VPUSH(cv, nc) = v;
					*VPUSH(cs, n0) = k;
					*VPUSH(cg, n1) = nv;
				}
			} else if (!nv) {
				if (LLVMIsAPHINode(u))
					LLVMPositionBuilderBefore(b,
					    LLVMGetBasicBlockTerminator(LLVMGetIncomingBlock(u, op)));
				else
					LLVMPositionBuilderBefore(b, u);
				LLVMValueRef idx = LLVMConstInt(i64t, (unsigned long long)delta, 1);
				nv = LLVMBuildGEP2(b, i8, v, &idx, 1, "coropack.slot");
			}
			if (LLVMIsAPHINode(u)) {
				uint n0 = npb;
				*VPUSH(pb, npb) = LLVMGetIncomingBlock(u, op);
				*VPUSH(pv, n0) = nv;
			}
			LLVMSetOperand(u, op, nv);
		}
		free(pb);
		free(pv);
	}
	for (uint r = 0; r < g->nflev; r++) {
		LLVMValueRef gep = g->flev[r];
		if (!LLVMGetFirstUse(gep))
			continue;
		LLVMSetIsInBounds(gep, 0);
		LLVMGEPSetNoWrapFlags(gep, 0);
	}
	free(cv);
	free(cs);
	free(cg);
}

/* qsort's context; per thread: LTO backends may run passes in parallel */
static _Thread_local const Coro *sortc;

static int
bynewoff(const void *a, const void *b)
{
	u64 x = sortc->slot[*(const uint *)a].newoff, y = sortc->slot[*(const uint *)b].newoff;
	return x < y ? -1 : x > y;
}

static void
fixmetadata(Coro *c, Graph *g)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(c->fn[FN_RAMP]));
	static const char *kinds[] = {
		"tbaa", "tbaa.struct", "alias.scope", "noalias", "invariant.load",
		"invariant.group",
	};
	uint kid[6];
	for (int k = 0; k < 6; k++)
		kid[k] = LLVMGetMDKindIDInContext(ctx, kinds[k], (unsigned)strlen(kinds[k]));
	/* slots that share a byte with another slot in the new layout: sorted
	 * by new offset, a slot overlaps an earlier one when it starts before
	 * the furthest end so far, and a later one when the next slot starts
	 * before its end */
	char *shared = xcalloc(c->nslot + 1, 1);
	uint *by = xcalloc(c->nslot + 1, sizeof *by), nby = 0;
	for (uint a = 0; a < c->nslot; a++)
		if (c->slot[a].size && !c->slot[a].nsub)
			by[nby++] = a;
	sortc = c;
	qsort(by, nby, sizeof *by, bynewoff);
	u64 far = 0;
	for (uint k = 0; k < nby; k++) {
		const Slot *x = &c->slot[by[k]];
		if (k > 0 && x->newoff < far)
			shared[by[k]] = 1;
		if (k + 1 < nby && c->slot[by[k + 1]].newoff < x->newoff + x->size)
			shared[by[k]] = 1;
		if (x->newoff + x->size > far)
			far = x->newoff + x->size;
	}
	free(by);
	for (uint i = 0; i < g->nacc; i++) {
		if (!shared[g->accslot[i]])
			continue;
		cp_dropmd(g->acc[i], kid, 6);
	}
	free(shared);
}

static void
setconst(LLVMValueRef call, uint arg, u64 v)
{
	LLVMValueRef old = LLVMGetOperand(call, arg);
	LLVMSetOperand(call, arg, LLVMConstInt(LLVMTypeOf(old), v, 0));
}

static void
fixsizes(Coro *c)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(c->fn[FN_RAMP]));
	uint deref = attrkind("dereferenceable");
	uint init = attrkind("initializes");
	for (uint i = 0; i < c->nstmt; i++) {
		Stmt *s = &c->stmt[i];
		switch (s->kind) {
		case ST_ALLOC_SIZE:
		case ST_FREE_SIZE:
			setconst(s->v, s->arg, c->newsize);
			break;
		case ST_CALL_DEREF:
			LLVMRemoveCallSiteEnumAttribute(s->v, s->arg, deref);
			LLVMAddCallSiteAttribute(s->v, s->arg,
			    LLVMCreateEnumAttribute(ctx, deref, c->newsize));
			break;
		case ST_PARAM_DEREF:
			LLVMRemoveEnumAttributeAtIndex(s->v, s->arg, deref);
			LLVMAddAttributeAtIndex(s->v, s->arg,
			    LLVMCreateEnumAttribute(ctx, deref, c->newsize));
			break;
		default:
			break;
		}
	}
	/* byte ranges an old layout wrote: no longer true */
	for (int k = 0; k < FN_NKIND; k++) {
		LLVMValueRef f = c->fn[k];
		if (!f)
			continue;
		uint np = LLVMCountParams(f);
		for (uint p = 0; p < np; p++)
			if (LLVMGetParam(f, p) == c->base[k] &&
			    LLVMGetAttributeCountAtIndex(f, p + 1))
				LLVMRemoveEnumAttributeAtIndex(f, p + 1, init);
	}
}

/* The variable records (declare, value) of f, one by one: start with
 * *i = NULL, *r = NULL; returns 0 when there are no more. */
static int
nextvarrec(LLVMValueRef f, LLVMBasicBlockRef *bb, LLVMValueRef *i, LLVMDbgRecordRef *r)
{
	for (;;) {
		if (*r)
			*r = LLVMGetNextDbgRecord(*r);
		while (!*r) {
			if (*i)
				*i = LLVMGetNextInstruction(*i);
			while (!*i) {
				*bb = *bb ? LLVMGetNextBasicBlock(*bb) : LLVMGetFirstBasicBlock(f);
				if (!*bb)
					return 0;
				*i = LLVMGetFirstInstruction(*bb);
			}
			*r = LLVMGetFirstDbgRecord(*i);
		}
		LLVMDbgRecordKind dk = LLVMDbgRecordGetKind(*r);
		if (dk == LLVMDbgRecordDeclare || dk == LLVMDbgRecordValue)
			return 1;
	}
}

enum {
	OP_DEREF = 0x06,
	OP_PLUS_UCONST = 0x23,
};

/* Is v the frame base of function k, or an alloca that holds it? */
static int
framevalue(const Coro *c, int k, LLVMValueRef v, int *deref)
{
	*deref = 0;
	if (v == c->base[k])
		return 1;
	if (LLVMIsAAllocaInst(v)) {
		for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
			LLVMValueRef st = LLVMGetUser(u);
			if (LLVMIsAStoreInst(st) && LLVMGetOperand(st, 1) == v &&
			    LLVMGetOperand(st, 0) == c->base[k]) {
				*deref = 1;
				return 1;
			}
		}
	}
	return 0;
}

static void
fixdebug(Coro *c)
{
	LLVMModuleRef m = LLVMGetGlobalParent(c->fn[FN_RAMP]);
	LLVMDIBuilderRef dib = NULL;
	for (int k = 0; k < FN_NKIND; k++) {
		LLVMValueRef f = c->fn[k];
		/* debug records live only in functions with a subprogram */
		if (!f || !LLVMGetSubprogram(f))
			continue;
		LLVMBasicBlockRef bb = NULL;
		LLVMValueRef i = NULL;
		LLVMDbgRecordRef r = NULL;
		while (nextvarrec(f, &bb, &i, &r)) {
			int deref;
			LLVMValueRef v = LLVMDbgVariableRecordGetValue(r, 0);
			if (!v || !framevalue(c, k, v, &deref))
				continue;
			LLVMMetadataRef e = LLVMDbgVariableRecordGetExpression(r);
			uint n = cp_diexpr_len(e);
			uint at = 0;
			if (deref) {
				if (n < 1 || cp_diexpr_elt(e, 0) != OP_DEREF)
					continue;
				at = 1;
			}
			if (n < at + 2 || cp_diexpr_elt(e, at) != OP_PLUS_UCONST)
				continue;
			int moved;
			u64 nv = slotnew(c, cp_diexpr_elt(e, at + 1),
			    LLVMDbgVariableRecordGetVariable(r), &moved);
			if (!moved)
				continue;
			uint64_t *ops = xcalloc(n, sizeof *ops);
			for (uint q = 0; q < n; q++)
				ops[q] = cp_diexpr_elt(e, q);
			ops[at + 1] = nv;
			if (!dib)
				dib = LLVMCreateDIBuilderDisallowUnresolved(m);
			cp_dbgrec_setexpr(r, LLVMDIBuilderCreateExpression(dib, ops, n));
			free(ops);
		}
	}
	if (dib)
		LLVMDisposeDIBuilder(dib);
	cp_fixframetype(c);
}

void
cp_fixframetype(Coro *c)
{
	LLVMValueRef f = c->fn[FN_RAMP];
	if (!LLVMGetSubprogram(f))
		return;
	LLVMBasicBlockRef bb = NULL;
	LLVMValueRef i = NULL;
	LLVMDbgRecordRef r = NULL;
	while (nextvarrec(f, &bb, &i, &r)) {
		LLVMMetadataRef t = cp_divar_type(LLVMDbgVariableRecordGetVariable(r));
		size_t len;
		const char *nm = t ? LLVMDITypeGetName(t, &len) : NULL;
		if (!nm || len < 14 || strcmp(nm + len - 14, ".coro_frame_ty") != 0)
			continue;
		if (LLVMDITypeGetSizeInBits(t) != c->size * 8)
			return; /* already updated, or not this layout */
		uint n = cp_dicomposite_nmembers(t);
		for (uint q = 0; q < n; q++) {
			LLVMMetadataRef mt = cp_dicomposite_member(t, q);
			int moved;
			u64 nv = slotnew(c, LLVMDITypeGetOffsetInBits(mt) / 8, NULL, &moved);
			if (moved)
				cp_ditype_setoffset(mt, nv * 8);
		}
		cp_dicomposite_resize(t, c->newsize * 8);
		return;
	}
}

int
rewrite(Coro *c, Graph *g, LLVMValueRef *changed, int max)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(c->fn[FN_RAMP]));
	LLVMBuilderRef b = LLVMCreateBuilderInContext(ctx);
	fixroots(c, g, b);
	fixsplits(c, g, b);
	LLVMDisposeBuilder(b);
	fixmetadata(c, g);
	fixsizes(c);
	fixdebug(c);
	c->packed = 1;
	int n = 0;
	for (int k = 0; k < FN_NKIND; k++)
		if (c->fn[k]) {
			if (changed && n < max)
				changed[n] = c->fn[k];
			n++;
		}
	return changed && n > max ? max : n;
}
