/* presplit.c: what CoroSplit erases, recorded before the split.
 *
 * CoroSplit deletes the lifetime markers of the allocas it moves into the
 * frame, so afterwards a slot whose address escaped looks live until the
 * coroutine ends. Just before the split (ScalarOptimizerLateEP) this phase
 * writes the scopes down as metadata that the split carries into every
 * clone, without changing what the code does:
 *   - the suspends are numbered j = 0.. in instruction order; every
 *     instruction of each suspend's resume block gets
 *     !coropack.resume !{i32 j}; after the split, the tags found in the
 *     block a clone resumes suspend k at name its j (the final suspend
 *     is not resumable: its number travels in the scopes, below);
 *   - an alloca with lifetime markers is in scope across suspend j when j
 *     can be reached from a lifetime.start without passing a lifetime.end;
 *     every instruction that accesses or passes on the alloca's address
 *     gets !coropack.scope !{i32 nsusp, i32 final, i32 id, i64 size,
 *     i32 align, i64 mask words..., [its DILocalVariable]}: id numbers the
 *     allocas of the function, so every alloca has a node of its own.
 *   - every call of unknown code gets !coropack.inscope !{ptr @f, scope
 *     nodes...}: the allocas of f whose scope it is in (computed as for
 *     suspends); every other alloca of f with a scope is outside its
 *     lifetime there. Unknown code may not touch an alloca outside its
 *     lifetime, and no access to an escaped alloca moves across a call
 *     that may access it, so after the split such a call ends the use of
 *     each escaped slot of f it does not name. (Listing those in scope,
 *     not those out of it, keeps the records small: few allocas are in
 *     scope at any one call.)
 * After the split (access.c, live.c) a slot all of whose accesses carry a
 * scope is known dead across every suspend outside it: the markers say
 * its contents are gone there, whoever holds its address.
 *
 * CoroSplit gives allocas whose scopes never meet one frame field, at its
 * start. When every access of such a field names its alloca, the field is
 * split (fillsplits): each alloca becomes a slot of its own, with its own
 * size, alignment and liveness, that pack.c may place anywhere.
 */
#include "coropack.h"

#include <stdlib.h>
#include <string.h>

static uint
mdkind(LLVMContextRef ctx, const char *name)
{
	return LLVMGetMDKindIDInContext(ctx, name, (unsigned)strlen(name));
}

static LLVMValueRef
i32(LLVMContextRef ctx, u64 v)
{
	return LLVMConstInt(LLVMInt32TypeInContext(ctx), v, 0);
}

static LLVMValueRef
i64c(LLVMContextRef ctx, u64 v)
{
	return LLVMConstInt(LLVMInt64TypeInContext(ctx), v, 0);
}

static void
stripblock(LLVMBasicBlockRef bb, const uint *kinds)
{
	for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
		cp_dropmd(i, kinds, 3); /* one lookup for the three */
}

/* The kinds are looked up once for all (a family's members). */
void
striptags(LLVMValueRef *fn, uint n, const Graph *g)
{
	uint kinds[3], tk = 0;
	int have = 0;
	for (uint q = 0; q < n; q++) {
		LLVMValueRef f = fn[q];
		if (!f)
			continue;
		if (!have++) {
			LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(f));
			kinds[0] = mdkind(ctx, "coropack.resume");
			kinds[1] = mdkind(ctx, "coropack.scope");
			kinds[2] = mdkind(ctx, "coropack.inscope");
			tk = mdkind(ctx, "coropack.tags");
		}
		if (q == FN_RAMP && g && g->rampnb) {
			for (uint b = 0; b < g->rampnb; b++)
				stripblock(g->blk[b].bb, kinds);
			if (!g->rampdead)
				LLVMGlobalEraseMetadata(f, tk);
			continue;
		}
		LLVMGlobalEraseMetadata(f, tk);
		for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
			stripblock(bb, kinds);
	}
}

/* The records are read only by the family they were written for. The
 * CGSCC walk strips each family's once it is handled, before a caller
 * can inline its ramp (a function keeps its !coropack.tags mark until
 * then, and clones inherit it); a handled ramp (marked "coropack") that
 * kept the mark holds records only in blocks no path reaches, which no
 * inliner copies: it alone is walked again. The instructions of every
 * function are walked when some other split function still has the mark,
 * e.g. after an explicit pipeline without the CGSCC walk: a ramp may have
 * been inlined anywhere. */
int
cp_strip(LLVMModuleRef m)
{
	uint pk = attrkind("presplitcoroutine");
	uint tk = mdkind(LLVMGetModuleContext(m), "coropack.tags");
	int all = 0;
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f && !all; f = LLVMGetNextFunction(f))
		all = !LLVMIsDeclaration(f) && !LLVMGetEnumAttributeAtIndex(f, LLVMAttributeFunctionIndex, pk) &&
		    fnmd(f, tk) &&
		    !LLVMGetStringAttributeAtIndex(f, LLVMAttributeFunctionIndex, "coropack", 8);
	for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
		if (LLVMIsDeclaration(f) || LLVMGetEnumAttributeAtIndex(f, LLVMAttributeFunctionIndex, pk))
			continue;
		int own = all || fnmd(f, tk);
		LLVMGlobalEraseMetadata(f, tk);
		/* the CGSCC walk's mark: only "packed" must stay (a packed
		 * frame no longer matches its struct type: never again) */
		LLVMAttributeRef mk = LLVMGetStringAttributeAtIndex(f, LLVMAttributeFunctionIndex, "coropack", 8);
		unsigned ml = 0;
		const char *mv = mk ? LLVMGetStringAttributeValue(mk, &ml) : NULL;
		if (mk && !(ml == 6 && memcmp(mv, "packed", 6) == 0))
			LLVMRemoveStringAttributeAtIndex(f, LLVMAttributeFunctionIndex, "coropack", 8);
		if (own)
			striptags(&f, 1, NULL);
	}
	return 0;
}

/* Operands of a !coropack.scope node. */
enum {
	SC_NSUSP,
	SC_FINAL,
	SC_ID,
	SC_SIZE,
	SC_ALIGN,
	SC_FN,       /* the pre-split function: tags inlined from another
	              * coroutine name theirs */
	SC_MASK,     /* (nsusp + 63) / 64 words, then the variable if any */
};

typedef struct Mark Mark;
struct Mark {
	LLVMValueRef a;         /* MK_START, MK_END: the alloca */
	int pt;                 /* MK_POINT: the scope point; a call is
	                         * numbered nsusp + k once nsusp is known */
	int kind;
};
enum { MK_POINT, MK_CALL, MK_START, MK_END };

typedef struct Pre Pre;
struct Pre {
	LLVMContextRef ctx;
	LLVMMetadataRef *vars;  /* variables of declared allocas */
	uint nvars;
	LLVMValueRef *susp;     /* coro.suspend calls, in order */
	uint nsusp;
	int final;              /* number of the final suspend, or -1 */
	Pmap blk;               /* block -> index */
	LLVMValueRef *calls;    /* calls that may access any memory */
	uint ncalls;
	LLVMBasicBlockRef *bbs;
	uint nbb;
	/* per block, in order, what scope() looks at: scope points and
	 * lifetime markers (marks[bmark[b] .. bmark[b + 1])) */
	Mark *marks;
	uint nmarks;
	uint *bmark;
	Pmap markat;            /* lifetime.start -> its index in marks */
	Pmap cls;               /* callee -> its CC_* (scan) */
	char *seen;             /* scope(): per block, zero between calls */
	int *stack, *done;      /* scope(): blocks to walk, blocks seen */
	uint nstack, ndone;
};

/* What scan makes of a callee, by its name: asked once per callee (a
 * name is a hash lookup, then string compares), not once per call. */
enum { CC_NONE, CC_CALL, CC_SUSPEND, CC_START, CC_END, CC_ID };

static int
calleeclass(Pre *p, LLVMValueRef i)
{
	LLVMValueRef f = LLVMGetCalledValue(i);
	if (!f || !LLVMIsAFunction(f))
		return CC_CALL; /* calleename "": not llvm.* */
	int k = pmget(&p->cls, f);
	if (k >= 0)
		return k;
	const char *n = vname(f);
	k = strncmp(n, "llvm.", 5) != 0 ? CC_CALL
	    : strcmp(n, "llvm.coro.suspend") == 0 ? CC_SUSPEND
	    : strncmp(n, "llvm.lifetime.start", 19) == 0 ? CC_START
	    : strncmp(n, "llvm.lifetime.end", 17) == 0 ? CC_END
	    : strcmp(n, "llvm.coro.id") == 0 ? CC_ID : CC_NONE;
	pmput(&p->cls, f, k);
	return k;
}

/* The alloca lifetime marker i is of (its last argument), or NULL. */
static LLVMValueRef
lifetimeof(LLVMValueRef i)
{
	uint na = (uint)LLVMGetNumArgOperands(i);
	return na > 0 ? LLVMGetOperand(i, na - 1) : NULL;
}

/* Walks the marks [k, end) of one block for alloca a and sets the points
 * in scope, up to a lifetime.end of a (returns 1: the successors are not
 * in this scope) or, with stopstart, a lifetime.start of a (a new scope,
 * walked from its own start; the successors are still walked). */
static int
scopewalk(const Pre *p, LLVMValueRef a, uint k, uint end, Bset *in, int stopstart)
{
	for (; k < end; k++) {
		const Mark *m = &p->marks[k];
		if (m->kind == MK_POINT)
			bsset(in, (uint)m->pt);
		else if (m->a == a && m->kind == MK_END)
			return 1;
		else if (m->a == a && stopstart)
			return 0;
	}
	return 0;
}

/* Pushes the successors of terminator t that scope() has not seen. */
static void
pushsuccs(Pre *p, LLVMValueRef t)
{
	for (uint k = 0; t && k < LLVMGetNumSuccessors(t); k++) {
		int b = pmget(&p->blk, LLVMGetSuccessor(t, k));
		if (b >= 0 && !p->seen[b]) {
			p->seen[b] = 1;
			p->stack[p->nstack++] = b;
			p->done[p->ndone++] = b;
		}
	}
}

/* Points (suspends, then calls) in scope of alloca a: reachable from one of its
 * lifetime.start without crossing a lifetime.end. Returns 0 when a has
 * no lifetime.start (no scope is known). */
static int
scope(Pre *p, LLVMValueRef a, Bset *in)
{
	if (!p->seen) { /* once per function: most allocas walk few blocks */
		p->seen = xcalloc(p->nbb + 1, 1);
		p->stack = xcalloc(p->nbb + 1, sizeof *p->stack);
		p->done = xcalloc(p->nbb + 1, sizeof *p->done);
	}
	int any = 0;
	/* walk from each start to the end of its block, then to successors */
	for (LLVMUseRef u = LLVMGetFirstUse(a); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef st = LLVMGetUser(u);
		int k = pmget(&p->markat, st);
		if (k < 0 || p->marks[k].a != a)
			continue;
		any = 1;
		LLVMBasicBlockRef bb = LLVMGetInstructionParent(st);
		int bi = pmget(&p->blk, bb);
		if (!scopewalk(p, a, (uint)k + 1, p->bmark[bi + 1], in, 0))
			pushsuccs(p, LLVMGetBasicBlockTerminator(bb));
	}
	while (p->nstack) {
		int bi = p->stack[--p->nstack];
		if (!scopewalk(p, a, p->bmark[bi], p->bmark[bi + 1], in, 1))
			pushsuccs(p, LLVMGetBasicBlockTerminator(p->bbs[bi]));
	}
	while (p->ndone)
		p->seen[p->done[--p->ndone]] = 0;
	return any;
}

/* Tags every instruction that uses a's address (through GEPs and casts
 * too) with the scope node md. */
static void
tagaccesses(LLVMValueRef v, uint kind, LLVMValueRef md, int depth)
{
	for (LLVMUseRef u = LLVMGetFirstUse(v); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef i = LLVMGetUser(u);
		if (!LLVMIsAInstruction(i))
			continue;
		if (iscall(i) && strncmp(calleename(i), "llvm.lifetime.", 14) == 0)
			continue;
		LLVMValueRef had = LLVMGetMetadata(i, kind), mine = md;
		if (had == md)
			continue; /* already tagged, with what it derives from */
		if (had) {
			/* it touches two allocas of different scopes: claim none */
			LLVMValueRef z = LLVMConstInt(LLVMInt32TypeInContext(
			    LLVMGetTypeContext(LLVMTypeOf(v))), 0, 0);
			mine = LLVMMDNodeInContext(LLVMGetTypeContext(LLVMTypeOf(v)), &z, 1);
		}
		LLVMSetMetadata(i, kind, mine);
		if ((LLVMIsAGetElementPtrInst(i) || LLVMIsABitCastInst(i) ||
		    LLVMIsAAddrSpaceCastInst(i) || LLVMIsAPHINode(i) || LLVMIsASelectInst(i)) &&
		    depth < 16)
			tagaccesses(i, kind, mine, depth + 1);
	}
}

/* The variable each alloca is declared as (#dbg_declare): alloca ->
 * index into p->vars. */
static void
declares(Pre *p, LLVMValueRef i, Pmap *var)
{
	for (LLVMDbgRecordRef r = LLVMGetFirstDbgRecord(i); r; r = LLVMGetNextDbgRecord(r)) {
		if (LLVMDbgRecordGetKind(r) != LLVMDbgRecordDeclare)
			continue;
		LLVMValueRef a = LLVMDbgVariableRecordGetValue(r, 0);
		if (!a || !LLVMIsAAllocaInst(a) || pmget(var, a) >= 0)
			continue;
		pmput(var, a, (int)p->nvars);
		*VPUSH(p->vars, p->nvars) = LLVMDbgVariableRecordGetVariable(r);
	}
}

/* Marks f as holding records: !coropack.tags !{i32 A} with the promise's
 * alignment A (0: no promise), which the frame type after the split does
 * not tell and callers of llvm.coro.promise rely on (discover.c); !{} when
 * it is unknown (the promise is not an alloca, or f holds no coro.id).
 * The clones inherit it. An attachment, not an attribute: adding and
 * dropping one costs a hash, an attribute list is rebuilt each time. */
static void
marktags(Pre *p, LLVMValueRef f, LLVMValueRef id)
{
	LLVMValueRef pr = id ? LLVMGetOperand(id, 1) : NULL;
	LLVMMetadataRef a = NULL;
	if (pr && LLVMIsAAllocaInst(pr))
		a = LLVMValueAsMetadata(i32(p->ctx, LLVMGetAlignment(pr)));
	else if (pr && LLVMIsAConstantPointerNull(pr))
		a = LLVMValueAsMetadata(i32(p->ctx, 0));
	LLVMGlobalSetMetadata(f, mdkind(p->ctx, "coropack.tags"),
	    LLVMMDNodeInContext2(p->ctx, &a, a ? 1 : 0));
}

/* One pass over f: blocks, suspends, calls of unknown code, lifetime
 * markers (the marks scope() walks), declared variables, and the first
 * llvm.coro.id. */
static LLVMValueRef
scan(Pre *p, LLVMValueRef f, Pmap *var)
{
	LLVMValueRef id = NULL;
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb)) {
		pmput(&p->blk, bb, (int)p->nbb);
		*VPUSH(p->bbs, p->nbb) = bb;
		uint n0 = p->nbb - 1;
		*VPUSH(p->bmark, n0) = p->nmarks;
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
			declares(p, i, var);
			if (!iscall(i))
				continue;
			int cc = calleeclass(p, i);
			LLVMValueRef a;
			if (cc == CC_CALL) {
				if (p->ncalls < 65536) {
					*VPUSH(p->marks, p->nmarks) = (Mark){ NULL, (int)p->ncalls, MK_CALL };
					*VPUSH(p->calls, p->ncalls) = i;
				}
			} else if (cc == CC_SUSPEND) {
				LLVMValueRef fin = LLVMGetOperand(i, 1);
				if (LLVMIsAConstantInt(fin) && LLVMConstIntGetZExtValue(fin))
					p->final = (int)p->nsusp;
				*VPUSH(p->marks, p->nmarks) = (Mark){ NULL, (int)p->nsusp, MK_POINT };
				*VPUSH(p->susp, p->nsusp) = i;
			} else if (cc == CC_START && (a = lifetimeof(i))) {
				pmput(&p->markat, i, (int)p->nmarks);
				*VPUSH(p->marks, p->nmarks) = (Mark){ a, -1, MK_START };
			} else if (cc == CC_END && (a = lifetimeof(i))) {
				*VPUSH(p->marks, p->nmarks) = (Mark){ a, -1, MK_END };
			} else if (!id && cc == CC_ID)
				id = i;
		}
	}
	uint nb = p->nbb;
	*VPUSH(p->bmark, nb) = p->nmarks;
	/* scope points: the suspends, then the calls */
	for (uint k = 0; k < p->nmarks; k++)
		if (p->marks[k].kind == MK_CALL) {
			p->marks[k].kind = MK_POINT;
			p->marks[k].pt += (int)p->nsusp;
		}
	return id;
}

static void
presplitfn(LLVMValueRef f)
{
	Pre p;
	memset(&p, 0, sizeof p);
	p.ctx = LLVMGetModuleContext(LLVMGetGlobalParent(f));
	p.final = -1;
	Pmap var = {0};
	LLVMValueRef cid = scan(&p, f, &var);
	/* a second run (ThinLTO's post-link pipeline after its pre-link
	 * one): the first run's records go, so that no instruction of f
	 * holds one of ours and none is left stale, also when this run
	 * writes none */
	if (fnmd(f, mdkind(p.ctx, "coropack.tags")))
		striptags(&f, 1, NULL);
	if (p.nsusp == 0 || p.nsusp > 4096)
		goto done;
	marktags(&p, f, cid);
	uint rk = mdkind(p.ctx, "coropack.resume"), sk = mdkind(p.ctx, "coropack.scope");
	/* resume blocks: case 0 of the switch on each suspend's result. A
	 * block two suspends resume at names neither (mdbad); which blocks
	 * are tagged is kept here, not asked of each instruction. */
	Pmap rblk = {0}; /* resume block -> its suspend, or nsusp: clash */
	LLVMValueRef mdbad = NULL;
	for (uint j = 0; j < p.nsusp; j++) {
		for (LLVMUseRef u = LLVMGetFirstUse(p.susp[j]); u; u = LLVMGetNextUse(u)) {
			LLVMValueRef sw = LLVMGetUser(u);
			if (!LLVMIsASwitchInst(sw) || LLVMGetOperand(sw, 0) != p.susp[j])
				continue;
			for (uint k = 1; k < LLVMGetNumSuccessors(sw); k++) {
				LLVMValueRef cv = LLVMGetSwitchCaseValue(sw, k);
				if (LLVMConstIntGetZExtValue(cv) != 0)
					continue;
				LLVMBasicBlockRef rb = LLVMGetSuccessor(sw, k);
				int was = pmget(&rblk, rb);
				if (was == (int)j || was == (int)p.nsusp)
					continue;
				LLVMValueRef md;
				if (was >= 0) {
					/* the clash node only when needed: nodes are
					 * uniqued, looking one up costs a hash */
					if (!mdbad) {
						LLVMValueRef bad[2] = {i32(p.ctx, 0xffffffffu), f};
						mdbad = LLVMMDNodeInContext(p.ctx, bad, 2);
					}
					md = mdbad;
					pmput(&rblk, rb, (int)p.nsusp);
				} else {
					LLVMValueRef n[2] = {i32(p.ctx, j), f};
					md = LLVMMDNodeInContext(p.ctx, n, 2);
					pmput(&rblk, rb, (int)j);
				}
				/* every instruction of the resume block: whatever of
				 * it survives the clones' simplification names j */
				for (LLVMValueRef i = LLVMGetFirstInstruction(rb); i;
				    i = LLVMGetNextInstruction(i))
					LLVMSetMetadata(i, rk, md);
			}
		}
	}
	pmfree(&rblk);
	/* alloca scopes */
	uint nw = (p.nsusp + 63) / 64;
	LLVMMetadataRef *ops = xcalloc(nw + SC_MASK + 1, sizeof *ops);
	LLVMTargetDataRef td = LLVMGetModuleDataLayout(LLVMGetGlobalParent(f));
	Bset in;
	bsinit(&in, p.nsusp + p.ncalls);
	uint id = 0;
	/* the same in every alloca's node */
	ops[SC_NSUSP] = LLVMValueAsMetadata(i32(p.ctx, p.nsusp));
	ops[SC_FINAL] = LLVMValueAsMetadata(i32(p.ctx, p.final < 0 ? 0xffffffffu : (u64)p.final));
	ops[SC_FN] = LLVMValueAsMetadata(f);
	/* per call: its record's operands, @f and the nodes of the allocas
	 * in whose scope it is */
	LLVMMetadataRef self = LLVMValueAsMetadata(f);
	LLVMMetadataRef **live = xcalloc(p.ncalls + 1, sizeof *live);
	uint *nlive = xcalloc(p.ncalls + 1, sizeof *nlive);
	size_t total = 0;
	for (LLVMValueRef i = LLVMGetFirstInstruction(LLVMGetEntryBasicBlock(f)); i;
	    i = LLVMGetNextInstruction(i)) {
		if (!LLVMIsAAllocaInst(i))
			continue;
		bszero(&in);
		if (!scope(&p, i, &in))
			continue;
		u64 size = 0;
		LLVMValueRef n = LLVMGetOperand(i, 0);
		if (LLVMIsAConstantInt(n))
			size = LLVMABISizeOfType(td, LLVMGetAllocatedType(i)) * LLVMConstIntGetZExtValue(n);
		ops[SC_ID] = LLVMValueAsMetadata(i32(p.ctx, id++));
		ops[SC_SIZE] = LLVMValueAsMetadata(i64c(p.ctx, size));
		ops[SC_ALIGN] = LLVMValueAsMetadata(i32(p.ctx, LLVMGetAlignment(i)));
		for (uint w = 0; w < nw; w++) {
			u64 word = in.w[w];
			if (w == nw - 1 && p.nsusp % 64)
				word &= ((u64)1 << (p.nsusp % 64)) - 1; /* suspends only */
			ops[SC_MASK + w] = LLVMValueAsMetadata(i64c(p.ctx, word));
		}
		uint nops = SC_MASK + nw;
		int v = pmget(&var, i);
		if (v >= 0)
			ops[nops++] = p.vars[v];
		LLVMMetadataRef node = LLVMMDNodeInContext2(p.ctx, ops, nops);
		tagaccesses(i, sk, LLVMMetadataAsValue(p.ctx, node), 0);
		for (uint k = p.nsusp; bsiter(&in, &k); k++) {
			uint c = k - p.nsusp;
			if (!nlive[c])
				*VPUSH(live[c], nlive[c]) = self;
			*VPUSH(live[c], nlive[c]) = node;
			total++;
		}
	}
	/* each call: the allocas in scope there (a bound on the records'
	 * size: without them no call ends any slot) */
	uint dk = mdkind(p.ctx, "coropack.inscope");
	LLVMValueRef none = NULL; /* !{ptr @f}: most calls' record, made once */
	for (uint k = 0; total <= (1u << 20) && k < p.ncalls; k++) {
		if (!nlive[k] && !none)
			none = LLVMMetadataAsValue(p.ctx, LLVMMDNodeInContext2(p.ctx, &self, 1));
		LLVMSetMetadata(p.calls[k], dk, nlive[k]
		    ? LLVMMetadataAsValue(p.ctx, LLVMMDNodeInContext2(p.ctx, live[k], nlive[k]))
		    : none);
	}
	for (uint k = 0; k < p.ncalls; k++)
		free(live[k]);
	free(live);
	free(nlive);
	bsfree(&in);
	free(ops);
done:
	free(p.seen);
	free(p.stack);
	free(p.done);
	pmfree(&var);
	free(p.vars);
	free(p.marks);
	free(p.bmark);
	pmfree(&p.markat);
	pmfree(&p.blk);
	pmfree(&p.cls);
	free(p.calls);
	free(p.bbs);
	free(p.susp);
}

int
cp_presplit(LLVMModuleRef m, LLVMValueRef f, const CpOptions *o)
{
	(void)o;
	uint pk = attrkind("presplitcoroutine");
	if (f) {
		if (!LLVMGetEnumAttributeAtIndex(f, LLVMAttributeFunctionIndex, pk))
			return 0;
		presplitfn(f);
		return 0; /* metadata only: no analysis is invalidated */
	}
	for (LLVMValueRef g = LLVMGetFirstFunction(m); g; g = LLVMGetNextFunction(g))
		if (!LLVMIsDeclaration(g) &&
		    LLVMGetEnumAttributeAtIndex(g, LLVMAttributeFunctionIndex, pk))
			presplitfn(g);
	return 0;
}

typedef struct Scope Scope;
struct Scope {
	uint nsusp;
	int final;        /* -1: none */
	u64 size;         /* of the alloca; 0 if unknown */
	uint align;
	u64 *mask;        /* (nsusp + 63) / 64 words, malloc'd */
	LLVMValueRef var; /* the DILocalVariable (as a value), or NULL */
	LLVMValueRef fn;  /* the function it was recorded in */
};

/* Reads a !coropack.scope node; 0 if md is not a well-formed one. */
static int
readscope(LLVMValueRef md, Scope *sc)
{
	uint n = md ? (uint)LLVMGetMDNodeNumOperands(md) : 0;
	if (n < SC_MASK + 1)
		return 0;
	LLVMValueRef *op = xcalloc(n, sizeof *op);
	LLVMGetMDNodeOperands(md, op);
	int ok = 1;
	for (uint k = 0; k < SC_MASK && ok; k++)
		ok = op[k] && (k == SC_FN ? LLVMIsAFunction(op[k]) != NULL : LLVMIsAConstantInt(op[k]) != NULL);
	uint ns = ok ? (uint)LLVMConstIntGetZExtValue(op[SC_NSUSP]) : 0;
	uint nw = (ns + 63) / 64;
	if (!ns || (n != SC_MASK + nw && n != SC_MASK + nw + 1))
		ok = 0;
	for (uint w = 0; w < nw && ok; w++)
		ok = op[SC_MASK + w] && LLVMIsAConstantInt(op[SC_MASK + w]);
	if (ok) {
		u64 fv = LLVMConstIntGetZExtValue(op[SC_FINAL]);
		sc->nsusp = ns;
		sc->final = fv == 0xffffffffu ? -1 : (int)fv;
		sc->size = LLVMConstIntGetZExtValue(op[SC_SIZE]);
		sc->align = (uint)LLVMConstIntGetZExtValue(op[SC_ALIGN]);
		sc->mask = xcalloc(nw, sizeof *sc->mask);
		for (uint w = 0; w < nw; w++)
			sc->mask[w] = LLVMConstIntGetZExtValue(op[SC_MASK + w]);
		sc->var = n > SC_MASK + nw ? op[SC_MASK + nw] : NULL;
		sc->fn = op[SC_FN];
	}
	free(op);
	return ok;
}

/* After the split: the recorded number of the suspend that resumes at
 * block bb, from the tags of the instructions in bb itself (what moved
 * out of the resume block, hoisted or sunk, is not looked at); -1 if
 * none, if they disagree, or if one was recorded in another function. */
static int
resumetag(LLVMBasicBlockRef bb, uint rk, LLVMValueRef ramp)
{
	int j = -1;
	for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
		LLVMValueRef md = LLVMGetMetadata(i, rk);
		if (!md)
			continue;
		LLVMValueRef op[2] = {NULL, NULL};
		if (LLVMGetMDNodeNumOperands(md) != 2)
			return -1;
		LLVMGetMDNodeOperands(md, op);
		LLVMValueRef v = op[0];
		if (!v || !LLVMIsAConstantInt(v) || op[1] != ramp)
			return -1;
		u64 t = LLVMConstIntGetZExtValue(v);
		if (t == 0xffffffffu || (j >= 0 && (u64)j != t))
			return -1;
		j = (int)t;
	}
	return j;
}

void
fillscopes(Coro *c, Graph *g)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(c->fn[FN_RAMP]));
	uint rk = mdkind(ctx, "coropack.resume"), sk = mdkind(ctx, "coropack.scope");
	for (uint s = 0; s < c->nsusp; s++)
		c->susp[s].pre = -1;
	/* scopes of every slot: all its accesses must carry the same count */
	uint nsusp = 0;
	int final = -1;
	LLVMValueRef *node = xcalloc(c->nslot + 1, sizeof *node);
	char *bad = xcalloc(c->nslot + 1, 1), *multi = xcalloc(c->nslot + 1, 1);
	Bset *mask = xcalloc(c->nslot + 1, sizeof *mask);
	Scope sc;
	for (uint i = 0; i < g->nacc; i++) {
		int sl = g->accslot[i];
		LLVMValueRef md = LLVMGetMetadata(g->acc[i], sk);
		int ok = readscope(md, &sc);
		if (ok && ((nsusp && sc.nsusp != nsusp) || sc.fn != c->fn[FN_RAMP])) {
			free(sc.mask);
			ok = 0;
		}
		if (!ok) {
			bad[sl] = 1;
			continue;
		}
		nsusp = sc.nsusp;
		final = sc.final;
		/* the alloca's own alignment: code may rely on it */
		if (sc.align > c->slot[sl].accalign)
			c->slot[sl].accalign = sc.align;
		if (!mask[sl].w)
			bsinit(&mask[sl], nsusp);
		for (uint w = 0; w < (nsusp + 63) / 64; w++)
			mask[sl].w[w] |= sc.mask[w];
		if (node[sl] && node[sl] != md)
			multi[sl] = 1;
		node[sl] = md;
		free(sc.mask);
	}
	if (!nsusp)
		goto done;
	/* suspend numbers: the resume block each one lands in */
	char *used = xcalloc(nsusp + 1, 1);
	int clash = 0;
	for (uint s = 0; s < c->nsusp; s++) {
		if (c->susp[s].index == -1) {
			c->susp[s].pre = final;
			if (final >= 0 && (uint)final < nsusp)
				used[final] = 1;
			continue;
		}
		if (c->susp[s].index < 0)
			continue;
		for (uint k = 0; k < g->nentry[s]; k++) {
			Blk *b = &g->blk[g->entry[s * 4 + k]];
			if (b->fn != FN_RESUME)
				continue;
			int j = resumetag(b->bb, rk, c->fn[FN_RAMP]);
			if (j >= 0 && (uint)j < nsusp) {
				/* CoroSplit numbers the suspends as presplit did, in
				 * instruction order, but moves the final one to the
				 * end (the last takes its number). A tag that says
				 * otherwise came with an instruction copied or moved
				 * from another resume block (CoroSplit rematerialises
				 * cheap ones into the blocks that use them): trust
				 * none, as when two suspends name one. */
				int k = final >= 0 && (uint)j == nsusp - 1 && j != final ? final : j;
				if (used[j] || j == final || k != c->susp[s].index)
					clash = 1;
				used[j] = 1;
				c->susp[s].pre = j;
			}
		}
	}
	free(used);
	/* two suspends naming one, or a number out of order: the tags
	 * moved, trust none */
	if (clash)
		for (uint s = 0; s < c->nsusp; s++)
			c->susp[s].pre = -1;
	c->kill = xcalloc(c->nsusp + 1, sizeof *c->kill);
	for (uint s = 0; s < c->nsusp; s++)
		bsinit(&c->kill[s], c->nslot);
	for (uint sl = 0; sl < c->nslot; sl++) {
		if (bad[sl] || !node[sl] || c->slot[sl].fixed)
			continue;
		c->slot[sl].scoped = 1;
		c->nscoped++;
		for (uint s = 0; s < c->nsusp; s++) {
			int j = c->susp[s].pre;
			if (j >= 0 && (uint)j < nsusp && !bshas(&mask[sl], (uint)j))
				bsset(&c->kill[s], sl);
		}
	}
	/* per tagged call, the escaped slots of one alloca each that it
	 * does not name: it is outside their scopes */
	uint dk = mdkind(ctx, "coropack.inscope");
	Pmap bynode = {0};   /* node -> its slots: the first, then next[] */
	int *next = xcalloc(c->nslot + 1, sizeof *next);
	Bset all;
	bsinit(&all, c->nslot);
	for (uint sl = c->nslot; sl-- > 0;) {
		if (!c->slot[sl].scoped || !c->slot[sl].escaped || multi[sl])
			continue;
		bsset(&all, sl);
		next[sl] = pmget(&bynode, node[sl]);
		pmput(&bynode, node[sl], (int)sl);
	}
	c->ndead = g->ndead;
	c->dead = xcalloc(g->ndead + 1, sizeof *c->dead);
	for (uint k = 0; k < g->ndead; k++) {
		bsinit(&c->dead[k], c->nslot);
		LLVMValueRef md = LLVMGetMetadata(g->dead[k], dk);
		uint n = md ? (uint)LLVMGetMDNodeNumOperands(md) : 0;
		LLVMValueRef *op = xcalloc(n + 1, sizeof *op);
		if (n)
			LLVMGetMDNodeOperands(md, op);
		/* a record of another function (inlined) says nothing of ours */
		if (n && op[0] == c->fn[FN_RAMP]) {
			bscopy(&c->dead[k], &all);
			for (uint q = 1; q < n; q++)
				for (int sl = pmget(&bynode, op[q]); sl >= 0; sl = next[sl])
					bsclr(&c->dead[k], (uint)sl);
		}
		free(op);
	}
	bsfree(&all);
	pmfree(&bynode);
	free(next);
done:
	for (uint sl = 0; sl < c->nslot; sl++)
		if (mask[sl].w)
			bsfree(&mask[sl]);
	free(mask);
	free(node);
	free(bad);
	free(multi);
}

int
scopeof(const Coro *c, LLVMValueRef md, u64 *size)
{
	Scope sc;
	if (!readscope(md, &sc))
		return 0;
	free(sc.mask);
	*size = sc.size;
	return sc.fn == c->fn[FN_RAMP];
}

int
subslotof(const Coro *c, uint s, LLVMValueRef i)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(c->fn[FN_RAMP]));
	LLVMValueRef md = LLVMGetMetadata(i, mdkind(ctx, "coropack.scope"));
	if (!md)
		return -1;
	for (uint k = c->nfield; k < c->nslot; k++)
		if (c->slot[k].of == s && c->slot[k].tag == md)
			return (int)k;
	return -1;
}

uint
fillsplits(Coro *c, const Graph *g)
{
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(c->fn[FN_RAMP]));
	uint sk = mdkind(ctx, "coropack.scope");
	uint nf = c->nfield;
	/* per field: the distinct scope nodes of its accesses */
	LLVMValueRef **node = xcalloc(nf + 1, sizeof *node);
	uint *nnode = xcalloc(nf + 1, sizeof *nnode);
	char *bad = xcalloc(nf + 1, 1);
	for (uint i = 0; i < g->nacc; i++) {
		uint sl = (uint)g->accslot[i];
		if (sl >= nf || bad[sl])
			continue;
		LLVMValueRef md = LLVMGetMetadata(g->acc[i], sk);
		u64 size;
		if (!scopeof(c, md, &size) || !size || size > c->slot[sl].size) {
			bad[sl] = 1;
			continue;
		}
		uint k = 0;
		while (k < nnode[sl] && node[sl][k] != md)
			k++;
		if (k == nnode[sl])
			*VPUSH(node[sl], nnode[sl]) = md;
	}
	uint nsplit = 0;
	for (uint sl = 0; sl < nf; sl++) {
		if (bad[sl] || nnode[sl] < 2 || c->slot[sl].fixed || (int)sl == c->index_slot)
			continue;
		nsplit++;
		c->slot[sl].nsub = nnode[sl];
		for (uint k = 0; k < nnode[sl]; k++) {
			Scope sc;
			readscope(node[sl][k], &sc);
			free(sc.mask);
			Slot f = c->slot[sl];
			Slot *s = VPUSH(c->slot, c->nslot);
			memset(s, 0, sizeof *s);
			s->field = f.field;
			s->kind = SK_ALLOCA;
			s->off = f.off;
			s->size = sc.size;
			s->align = sc.align ? sc.align : 1;
			s->sub = 1;
			s->of = sl;
			s->tag = node[sl][k];
			s->var = sc.var;
		}
	}
	for (uint sl = 0; sl < nf; sl++)
		free(node[sl]);
	free(node);
	free(nnode);
	free(bad);
	return nsplit;
}
