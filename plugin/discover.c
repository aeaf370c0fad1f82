/* discover.c: find split coroutine families and recover their frame layout.
 *
 * A family is a ramp and its CoroSplit clones (.resume, .destroy, .cleanup,
 * and .noalloc when some caller may elide the allocation). It is found two
 * ways: through the resumers array named by the ramp's llvm.coro.id (from
 * the split until CoroCleanup), or, after CoroCleanup (the O0 pipeline),
 * through a function F.resume whose address the ramp F stores at offset 0
 * of the frame.
 *
 * The frame base is the pointer the resume function is stored into (the
 * ramp and .noalloc) or the first parameter (the clones). The layout is the
 * struct type of the GEPs CoroSplit emits on the base: one slot per field.
 * Then every statement of the frame size is collected: the allocation size,
 * sized and aligned deallocation, dereferenceable/align on frame
 * parameters, and the debug-info frame type.
 *
 * Anything unexpected (another ABI, a layout type that cannot be found,
 * clone addresses used outside the family, a size that is not a plain
 * constant) marks the family skipped with the reason; nothing is changed.
 */
#include "coropack.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const char *kindname[SK_NKIND] = {
	"resume", "destroy", "promise", "index", "spill", "alloca", "pad",
};
static const char *fnname[FN_NKIND] = {
	"ramp", "resume", "destroy", "cleanup", "noalloc",
};
static const char *stname[ST_NKIND] = {
	"alloc-size", "alloc-align", "free-size", "free-align",
	"param-dereferenceable", "param-align", "call-dereferenceable",
	"debug-frame-type",
};

const char *slotkind(int k) { return kindname[k]; }
const char *fnkind(int k) { return fnname[k]; }
const char *stmtkind(int k) { return stname[k]; }

void
skipf(Coro *c, const char *fmt, ...)
{
	if (c->skip)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(c->skipbuf, sizeof c->skipbuf, fmt, ap);
	va_end(ap);
	c->skip = c->skipbuf;
}

void
freecoro(Coro *c)
{
	for (uint i = 0; i < c->nslot; i++)
		bsfree(&c->slot[i].susp);
	free(c->slot);
	free(c->susp);
	free(c->stmt);
	free(c->conf);
	free(c->name);
	bsfreev(c->kill, c->nsusp);
	bsfreev(c->dead, c->ndead);
}

int
slotat(const Coro *c, u64 off)
{
	/* slots are sorted by offset; zero-sized ones never contain bytes */
	uint lo = 0, hi = c->nfield;
	while (lo < hi) {
		uint mid = (lo + hi) / 2;
		const Slot *s = &c->slot[mid];
		if (off < s->off)
			hi = mid;
		else if (off >= s->off + s->size)
			lo = mid + 1;
		else
			return (int)mid;
	}
	return -1;
}





/* The operand that strip0 steps to from p (an all-zero GEP or a pointer
 * cast), or NULL. */
static LLVMValueRef
peel(LLVMValueRef p)
{
	if (LLVMIsAGetElementPtrInst(p) || (LLVMIsAConstantExpr(p) &&
	    LLVMGetConstOpcode(p) == LLVMGetElementPtr)) {
		uint n = (uint)LLVMGetNumOperands(p);
		for (uint k = 1; k < n; k++) {
			LLVMValueRef x = LLVMGetOperand(p, k);
			if (!LLVMIsAConstantInt(x) || LLVMConstIntGetZExtValue(x) != 0)
				return NULL;
		}
		return LLVMGetOperand(p, 0);
	}
	if (LLVMIsABitCastInst(p) || LLVMIsAAddrSpaceCastInst(p))
		return LLVMGetOperand(p, 0);
	return NULL;
}

/* Strips all-zero GEPs and pointer casts. */
static LLVMValueRef
strip0(LLVMValueRef p)
{
	for (LLVMValueRef q; (q = peel(p));)
		p = q;
	return p;
}

/* The function stored by `store @fn, ptr p` instructions, with p. */
static LLVMValueRef
storedfnbase(LLVMValueRef fn, LLVMValueRef in, LLVMValueRef *store)
{
	for (LLVMUseRef u = LLVMGetFirstUse(fn); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		if (!LLVMIsAStoreInst(user) || LLVMGetOperand(user, 0) != fn)
			continue;
		LLVMValueRef f = LLVMGetBasicBlockParent(LLVMGetInstructionParent(user));
		if (f != in)
			continue;
		if (store)
			*store = user;
		return strip0(LLVMGetOperand(user, 1));
	}
	return NULL;
}

static LLVMValueRef
namedsuffix(LLVMModuleRef m, const char *ramp, const char *suffix)
{
	size_t n = strlen(ramp) + strlen(suffix) + 1;
	char *s = xcalloc(n, 1);
	snprintf(s, n, "%s%s", ramp, suffix);
	LLVMValueRef f = LLVMGetNamedFunction(m, s);
	free(s);
	if (f && LLVMIsDeclaration(f))
		f = NULL;
	return f;
}

/* Is v a use inside the family or its resumers array? */
static int
infamily(const Coro *c, LLVMValueRef user)
{
	if (LLVMIsAInstruction(user)) {
		LLVMValueRef f = LLVMGetBasicBlockParent(LLVMGetInstructionParent(user));
		for (int k = 0; k < FN_NKIND; k++)
			if (c->fn[k] == f)
				return 1;
		return 0;
	}
	if (LLVMIsAConstantArray(user) || LLVMIsAConstantStruct(user)) {
		/* a resumers array: the ramp's, or the one CoroSplit leaves for
		 * the .noalloc clone; constant, and listing only clones */
		for (LLVMUseRef u = LLVMGetFirstUse(user); u; u = LLVMGetNextUse(u)) {
			LLVMValueRef g = LLVMGetUser(u);
			if (g == c->resumers)
				continue;
			if (!LLVMIsAGlobalVariable(g) || !LLVMIsGlobalConstant(g))
				return 0;
			uint ne = (uint)LLVMGetNumOperands(user);
			for (uint k = 0; k < ne; k++) {
				LLVMValueRef e = LLVMGetOperand(user, k);
				int mine = 0;
				for (int q = FN_RESUME; q < FN_NKIND; q++)
					if (c->fn[q] == e)
						mine = 1;
				if (!mine)
					return 0;
			}
			/* and used only by llvm.coro.id calls in the family */
			for (LLVMUseRef w = LLVMGetFirstUse(g); w; w = LLVMGetNextUse(w)) {
				LLVMValueRef id = LLVMGetUser(w);
				if (!LLVMIsAInstruction(id) || !infamily(c, id))
					return 0;
			}
		}
		return 1;
	}
	return 0;
}

/* Every clone's address must stay within the family: a caller that
 * inlined the ramp or .noalloc holds the layout in its own code. */
static void
checkescape(Coro *c)
{
	for (int k = FN_RESUME; k < FN_NKIND; k++) {
		if (!c->fn[k])
			continue;
		for (LLVMUseRef u = LLVMGetFirstUse(c->fn[k]); u; u = LLVMGetNextUse(u)) {
			LLVMValueRef user = LLVMGetUser(u);
			if (k == FN_NOALLOC && (LLVMIsACallInst(user) || LLVMIsAInvokeInst(user)) &&
			    LLVMGetCalledValue(user) == c->fn[k])
				continue; /* callers of .noalloc pass their own storage */
			if (LLVMIsASelectInst(user)) {
				int ok = 1;
				for (LLVMUseRef v = LLVMGetFirstUse(user); v; v = LLVMGetNextUse(v))
					if (!infamily(c, LLVMGetUser(v)))
						ok = 0;
				if (ok && infamily(c, user))
					continue;
			}
			if (!infamily(c, user)) {
				LLVMValueRef f = LLVMIsAInstruction(user)
				    ? LLVMGetBasicBlockParent(LLVMGetInstructionParent(user)) : NULL;
				skipf(c, "the address of %s is used outside the family%s%s "
				    "(a caller holds the old frame layout)", vname(c->fn[k]),
				    f ? ", in " : "", f ? vname(f) : "");
				return;
			}
		}
	}
}

/* The struct type of frame GEPs on base b in function f, or NULL. Sets
 * *bad when two different struct types are used. */
static LLVMTypeRef
frametype(LLVMValueRef f, LLVMValueRef b, int *bad)
{
	LLVMTypeRef t = NULL;
	for (LLVMUseRef u = LLVMGetFirstUse(b); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef g = LLVMGetUser(u);
		if (!LLVMIsAGetElementPtrInst(g) || LLVMGetOperand(g, 0) != b)
			continue;
		LLVMTypeRef s = LLVMGetGEPSourceElementType(g);
		if (LLVMGetTypeKind(s) != LLVMStructTypeKind || LLVMGetNumOperands(g) < 3)
			continue;
		LLVMValueRef i0 = LLVMGetOperand(g, 1);
		if (!LLVMIsAConstantInt(i0) || LLVMConstIntGetZExtValue(i0) != 0)
			continue;
		if (t && t != s)
			*bad = 1;
		t = s;
	}
	return t;
}

static void
addstmt(Coro *c, int kind, LLVMValueRef v, uint arg, u64 val)
{
	Stmt *s = VPUSH(c->stmt, c->nstmt);
	s->kind = kind;
	s->v = v;
	s->arg = arg;
	s->val = val;
}

static u64
attrval(LLVMValueRef f, uint idx, const char *name)
{
	uint kind = attrkind(name);
	LLVMAttributeRef a = LLVMGetEnumAttributeAtIndex(f, idx, kind);
	return a ? LLVMGetEnumAttributeValue(a) : 0;
}

static u64
callattrval(LLVMValueRef call, uint idx, const char *name)
{
	uint kind = attrkind(name);
	LLVMAttributeRef a = LLVMGetCallSiteEnumAttribute(call, idx, kind);
	return a ? LLVMGetEnumAttributeValue(a) : 0;
}

static int
constval(LLVMValueRef v, u64 *x)
{
	if (!LLVMIsAConstantInt(v))
		return 0;
	*x = LLVMConstIntGetZExtValue(v);
	return 1;
}

/* The allocation: the frame memory (coro.begin's operand) traced through phis to a
 * direct call. Its size argument must be the frame size (a constant). */
static void
fillalloc(Coro *c, LLVMValueRef mem)
{
	LLVMValueRef work[16];
	uint nw = 0, seen = 0;
	work[nw++] = mem;
	while (nw && seen++ < 64) {
		LLVMValueRef v = work[--nw];
		if (LLVMIsAConstantPointerNull(v) || LLVMIsAUndefValue(v))
			continue;
		if (LLVMIsAPHINode(v)) {
			for (uint k = 0; k < LLVMCountIncoming(v) && nw < 16; k++)
				work[nw++] = LLVMGetIncomingValue(v, k);
			continue;
		}
		if (LLVMIsASelectInst(v) && nw + 2 <= 16) {
			work[nw++] = LLVMGetOperand(v, 1);
			work[nw++] = LLVMGetOperand(v, 2);
			continue;
		}
		if (!iscall(v)) {
			skipf(c, "the frame memory does not come from a direct allocation call");
			return;
		}
		uint nargs = (uint)LLVMGetNumArgOperands(v);
		int found = 0;
		for (uint k = 0; k < nargs; k++) {
			u64 x;
			LLVMValueRef a = LLVMGetOperand(v, k);
			if (constval(a, &x) && x == c->size && !found) {
				addstmt(c, ST_ALLOC_SIZE, v, k, x);
				found = 1;
			} else if (constval(a, &x) && found && x == c->align && c->align > 16)
				addstmt(c, ST_ALLOC_ALIGN, v, k, x);
		}
		if (!found) {
			skipf(c, "the allocation call %s does not take the frame size %llu as a constant",
			    calleename(v), (unsigned long long)c->size);
			return;
		}
		u64 d = callattrval(v, 0, "dereferenceable");
		if (d)
			addstmt(c, ST_CALL_DEREF, v, 0, d);
	}
}

/* Sized deallocations: calls taking the coro.free result (or the frame
 * base after CoroCleanup) and the frame size as a constant. */
static void
fillfree(Coro *c, int fk, LLVMValueRef p, int depth)
{
	for (LLVMUseRef u = LLVMGetFirstUse(p); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		if (LLVMIsAPHINode(user) || LLVMIsASelectInst(user)) {
			if (depth < 4)
				fillfree(c, fk, user, depth + 1);
			continue;
		}
		if (!iscall(user) || LLVMIsAIntrinsicInst(user))
			continue;
		uint nargs = (uint)LLVMGetNumArgOperands(user);
		if (nargs < 2 || LLVMGetOperand(user, 0) != p)
			continue;
		for (uint k = 1; k < nargs; k++) {
			u64 x;
			if (!constval(LLVMGetOperand(user, k), &x))
				continue;
			if (x == c->size)
				addstmt(c, ST_FREE_SIZE, user, k, x);
			else if (x == c->align && c->align > 16 && k == nargs - 1)
				addstmt(c, ST_FREE_ALIGN, user, k, x);
		}
	}
}

static void
fillparams(Coro *c)
{
	for (int k = FN_RESUME; k < FN_NKIND; k++) {
		LLVMValueRef f = c->fn[k];
		if (!f)
			continue;
		uint np = LLVMCountParams(f);
		for (uint i = 0; i < np; i++) {
			if (LLVMGetParam(f, i) != c->base[k])
				continue;
			u64 d = attrval(f, i + 1, "dereferenceable");
			u64 a = attrval(f, i + 1, "align");
			if (d)
				addstmt(c, ST_PARAM_DEREF, f, i + 1, d);
			if (a)
				addstmt(c, ST_PARAM_ALIGN, f, i + 1, a);
		}
	}
}

/* The index field: the frame field a clone's entry dispatch loads. */
static int
findindex(Coro *c, LLVMTargetDataRef td)
{
	for (int k = FN_RESUME; k <= FN_CLEANUP; k++) {
		LLVMValueRef f = c->fn[k];
		if (!f)
			continue;
		for (LLVMBasicBlockRef bb = LLVMGetEntryBasicBlock(f); bb;
		    bb = LLVMGetNextBasicBlock(bb)) {
			LLVMValueRef t = LLVMGetBasicBlockTerminator(bb);
			if (!t || !LLVMIsASwitchInst(t))
				continue;
			LLVMValueRef x = LLVMGetOperand(t, 0);
			while (LLVMIsAZExtInst(x) || LLVMIsATruncInst(x))
				x = LLVMGetOperand(x, 0);
			if (!LLVMIsALoadInst(x))
				continue;
			i64 off;
			if (!baseoff(LLVMGetOperand(x, 0), c->base[k], &off) || off < 0)
				continue;
			int s = slotat(c, (u64)off);
			if (s >= 0 && c->slot[s].off == (u64)off &&
			    LLVMGetTypeKind(LLVMTypeOf(x)) == LLVMIntegerTypeKind &&
			    c->slot[s].kind != SK_RESUME && c->slot[s].kind != SK_DESTROY)
				return s;
		}
	}
	/* No dispatch: with a single resumable suspend the index is an i1. */
	for (uint s = 2; s < c->nslot; s++) {
		LLVMTypeRef t = LLVMStructGetTypeAtIndex(c->frame, c->slot[s].field);
		if (LLVMGetTypeKind(t) == LLVMIntegerTypeKind &&
		    LLVMGetIntTypeWidth(t) % 8 != 0 && c->slot[s].kind != SK_PROMISE)
			return (int)s;
	}
	(void)td;
	return -1;
}

static void
fillslots(Coro *c, LLVMTargetDataRef td)
{
	uint nf = LLVMCountStructElementTypes(c->frame);
	c->size = LLVMABISizeOfType(td, c->frame);
	c->align = c->salign = LLVMABIAlignmentOfType(td, c->frame);
	for (uint i = 0; i < nf; i++) {
		LLVMTypeRef t = LLVMStructGetTypeAtIndex(c->frame, i);
		Slot *s = VPUSH(c->slot, c->nslot);
		s->field = i;
		s->off = LLVMOffsetOfElement(td, c->frame, i);
		s->size = LLVMABISizeOfType(td, t);
		s->align = LLVMABIAlignmentOfType(td, t);
		s->kind = LLVMGetTypeKind(t) == LLVMStructTypeKind ||
		    LLVMGetTypeKind(t) == LLVMArrayTypeKind ? SK_ALLOCA : SK_SPILL;
		if (i == 0 || i == 1) {
			s->kind = i == 0 ? SK_RESUME : SK_DESTROY;
			s->fixed = 1;
		}
	}
	if (nf < 2 || c->slot[0].off != 0 || c->slot[1].off != 8 ||
	    LLVMGetTypeKind(LLVMStructGetTypeAtIndex(c->frame, 0)) != LLVMPointerTypeKind) {
		skipf(c, "the frame type does not start with the resume and destroy pointers");
		return;
	}
	c->nfield = c->nslot;
	c->fixed_end = 16;
	/* Zero-sized fields hold no bytes: keep them out of the offset map by
	 * sorting (they already are in offset order: struct fields). */
	c->index_slot = findindex(c, td);
	if (c->index_slot >= 0)
		c->slot[c->index_slot].kind = SK_INDEX;
}

/* The promise is where llvm.coro.promise finds it, in code we do not see:
 * the header rounded up to the promise's alignment. presplit.c records
 * that alignment on the ramp (!coropack.tags !{i32 A}, 0: no promise).
 * Without it, every field starting where a promise of some alignment up
 * to the frame's would start stays in place. Requires Coro.align. */
static void
fixpromise(Coro *c)
{
	LLVMValueRef f = c->fn[FN_RAMP];
	LLVMContextRef ctx = LLVMGetModuleContext(LLVMGetGlobalParent(f));
	LLVMMetadataRef md = fnmd(f, LLVMGetMDKindIDInContext(ctx, "coropack.tags", 13));
	LLVMValueRef node = md ? LLVMMetadataAsValue(ctx, md) : NULL, op = NULL;
	if (node && LLVMIsAMDNode(node) && LLVMGetMDNodeNumOperands(node) == 1)
		LLVMGetMDNodeOperands(node, &op);
	int known = op && LLVMIsAConstantInt(op);
	u64 pa = known ? LLVMConstIntGetZExtValue(op) : 0;
	int named = 0;
	for (uint i = 2; i < c->nfield; i++) {
		Slot *p = &c->slot[i];
		int at = 0;
		if (known)
			at = pa && p->off == (16 + pa - 1) / pa * pa;
		else
			for (u64 al = 1; al <= c->align && !at; al *= 2)
				at = p->off == (16 + al - 1) / al * al;
		if (!at || p->size == 0)
			continue;
		if (p->kind != SK_INDEX && !named++)
			p->kind = SK_PROMISE; /* the first that may be: reports only */
		p->fixed = 1;
	}
	for (uint i = 0; i < c->nfield; i++)
		if (c->slot[i].fixed && c->slot[i].off + c->slot[i].size > c->fixed_end)
			c->fixed_end = c->slot[i].off + c->slot[i].size;
}


static int
isswitchid(const char *n)
{
	return strcmp(n, "llvm.coro.id") == 0;
}

static int
isotherid(const char *n)
{
	return strncmp(n, "llvm.coro.id.", 13) == 0;
}

/* Does coro.free call i of member k free this family's frame? One on
 * another coroutine's coro.begin (a ramp inlined into this one) is not
 * ours: its sized delete must keep its own frame's size. One on any other
 * pointer cannot be told apart, and the family is skipped. */
static int
ownfree(Coro *c, int k, LLVMValueRef i)
{
	LLVMValueRef p = LLVMGetOperand(i, 1);
	if (p == c->base[k])
		return 1;
	LLVMValueRef callee = LLVMIsACallInst(p) ? LLVMGetCalledValue(p) : NULL;
	if (callee && strcmp(vname(callee), "llvm.coro.begin") == 0)
		return 0;
	skipf(c, "%s frees a frame through a pointer coropack cannot tie to it",
	    vname(c->fn[k]));
	return 0;
}

void
checkfree(Coro *c, int k, LLVMValueRef i)
{
	LLVMValueRef tok = LLVMGetOperand(i, 0);
	if (k == FN_RAMP && iscall(c->base[k]) &&
	    strcmp(calleename(c->base[k]), "llvm.coro.begin") == 0 &&
	    tok == LLVMGetOperand(c->base[k], 0))
		return; /* the ramp's own: finish followed it */
	if (ownfree(c, k, i))
		skipf(c, "%s frees the frame with an llvm.coro.id other than the ramp's",
		    vname(c->fn[k]));
}

static void
finish(Coro *c, LLVMModuleRef m, LLVMValueRef begin, uint idalign)
{
	LLVMTargetDataRef td = LLVMGetModuleDataLayout(m);
	c->name = xstrdup(vname(c->fn[FN_RAMP]));
	/* frame bases */
	for (int k = FN_RESUME; k <= FN_CLEANUP; k++)
		if (c->fn[k]) {
			if (LLVMCountParams(c->fn[k]) < 1) {
				skipf(c, "%s takes no frame parameter", vname(c->fn[k]));
				return;
			}
			c->base[k] = LLVMGetParam(c->fn[k], 0);
		}
	if (!c->fn[FN_RESUME]) {
		skipf(c, "no resume function");
		return;
	}
	c->base[FN_RAMP] = begin ? begin : storedfnbase(c->fn[FN_RESUME], c->fn[FN_RAMP], NULL);
	if (!c->base[FN_RAMP]) {
		skipf(c, "the ramp does not store the resume function into the frame");
		return;
	}
	if (c->fn[FN_NOALLOC]) {
		c->base[FN_NOALLOC] = storedfnbase(c->fn[FN_RESUME], c->fn[FN_NOALLOC], NULL);
		if (!c->base[FN_NOALLOC] || !LLVMIsAArgument(c->base[FN_NOALLOC])) {
			skipf(c, "%s does not store the resume function into its frame parameter",
			    vname(c->fn[FN_NOALLOC]));
			return;
		}
	}
	checkescape(c);
	if (c->skip)
		return;
	int bad = 0, k0 = 0;
	for (; k0 < FN_NKIND && !c->frame; k0++)
		if (c->fn[k0])
			c->frame = frametype(c->fn[k0], c->base[k0], &bad);
	/* the members before k0 - 1 found no type and k0 - 1 found this
	 * one: asked again, they would tell the same */
	for (int k = k0; k < FN_NKIND; k++)
		if (c->fn[k]) {
			LLVMTypeRef t = frametype(c->fn[k], c->base[k], &bad);
			if (t && t != c->frame)
				bad = 1;
		}
	if (!c->frame || bad) {
		skipf(c, bad ? "frame accesses use two different struct types"
		    : "no frame struct type is left to recover the layout from");
		return;
	}
	fillslots(c, td);
	if (c->skip)
		return;
	/* after CoroCleanup the base is the allocation itself */
	fillalloc(c, begin ? LLVMGetOperand(begin, 1) : c->base[FN_RAMP]);
	if (c->skip)
		return;
	/* coro.free: CoroSplit lowers each clone's own, so this family's are
	 * the ramp's, the users of its llvm.coro.id (CoroCleanup lowers the
	 * rest). Any other frees the frame of a coroutine inlined into a
	 * member: access.c checks it where it meets it. */
	int rampfree = 0;
	LLVMValueRef id = begin ? LLVMGetOperand(begin, 0) : NULL;
	for (LLVMUseRef u = id ? LLVMGetFirstUse(id) : NULL; u; u = LLVMGetNextUse(u)) {
		LLVMValueRef i = LLVMGetUser(u);
		if (iscall(i) && strcmp(calleename(i), "llvm.coro.free") == 0 &&
		    ownfree(c, FN_RAMP, i)) {
			fillfree(c, FN_RAMP, i, 0);
			rampfree = 1;
		}
	}
	for (int k = 0; k < FN_NKIND; k++)
		if (c->fn[k] && !(k == FN_RAMP && rampfree))
			fillfree(c, k, c->base[k], 0);
	fillparams(c);
	/* the frame is as aligned as its clones may assume and its
	 * allocation provides, which can exceed the struct's ABI alignment
	 * (over-aligned allocas are placed at aligned offsets of a packed
	 * struct) */
	for (uint i = 0; i < c->nstmt; i++)
		if (c->stmt[i].kind == ST_PARAM_ALIGN && c->stmt[i].val > c->align)
			c->align = (uint)c->stmt[i].val;
	if (idalign > c->align)
		c->align = idalign;
	fixpromise(c);
}

static Coro *
newcoro(Coro **v, uint *n)
{
	Coro *c = VPUSH(*v, *n);
	c->index_slot = -1;
	return c;
}

static int
covered(Coro *v, uint n, LLVMValueRef ramp)
{
	for (uint i = 0; i < n; i++)
		if (v[i].fn[FN_RAMP] == ramp)
			return 1;
	return 0;
}

/* Is an id of another ABI in use anywhere in m? */
static int
otherabi(LLVMModuleRef m)
{
	static const char *const other[] = {
		"llvm.coro.id.async", "llvm.coro.id.retcon", "llvm.coro.id.retcon.once",
	};
	for (uint k = 0; k < sizeof other / sizeof *other; k++) {
		LLVMValueRef d = LLVMGetNamedFunction(m, other[k]);
		if (d && LLVMGetFirstUse(d))
			return 1;
	}
	return 0;
}

/* The first llvm.coro.id, llvm.coro.begin and other-ABI id in f, in
 * instruction order. */
static void
scanids(LLVMValueRef f, LLVMValueRef *id, LLVMValueRef *begin, const char **other)
{
	for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(f); bb; bb = LLVMGetNextBasicBlock(bb))
		for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
			/* the ids and coro.begin are intrinsics, never invoked:
			 * no name to read for any other call */
			LLVMValueRef callee = LLVMIsACallInst(i) ? LLVMGetCalledValue(i) : NULL;
			if (!callee || !LLVMIsAFunction(callee) || !LLVMGetIntrinsicID(callee))
				continue;
			const char *cn = vname(callee);
			if (isswitchid(cn) && !*id)
				*id = i;
			else if (isotherid(cn))
				*other = cn;
			else if (strcmp(cn, "llvm.coro.begin") == 0 && !*begin)
				*begin = i;
		}
}

/* The llvm.coro.id in f whose operand 2 is f itself, and the
 * llvm.coro.begin of that id, found from the users of f and of the id:
 * the CGSCC walk asks for every function it visits, and a scan of each
 * would cost the size of every clone. Returns 0 when f holds no such id;
 * -1 when f is wrapped in a constant expression or a cast or GEP
 * instruction of f, or is called from more than 32 places (the caller
 * scans). */
static int
findids(LLVMModuleRef m, LLVMValueRef f, LLVMValueRef *id, LLVMValueRef *begin)
{
	/* the declarations are looked up (by name: a hash of it) only for
	 * a function that could hold an id: most the walk visits do not */
	LLVMValueRef idfn = NULL;
	int looked = 0;
	uint calls = 0;
	for (LLVMUseRef u = LLVMGetFirstUse(f); u; u = LLVMGetNextUse(u)) {
		LLVMValueRef user = LLVMGetUser(u);
		/* a call of f, the usual use of a function the walk visits:
		 * read next to the use, where the caller's block is not. A
		 * function called from many places is visited as often as
		 * any: its own body is then the cheaper place to look. */
		if (LLVMIsACallInst(user) && LLVMGetCalledValue(user) == f) {
			if (++calls > 32)
				return -1;
			continue;
		}
		int cexpr = LLVMIsAConstantExpr(user) != NULL;
		if (!cexpr && (!LLVMIsAInstruction(user) ||
		    LLVMGetBasicBlockParent(LLVMGetInstructionParent(user)) != f))
			continue; /* an initializer (a resumers array), or another function */
		if (!looked++) {
			idfn = LLVMGetNamedFunction(m, "llvm.coro.id");
			if (!idfn || !LLVMGetFirstUse(idfn))
				return 0;
		}
		if (cexpr)
			return -1; /* a GEP that strip0 would see through */
		if (peel(user))
			return -1; /* a cast in f that strip0 would see through */
		if (!LLVMIsACallInst(user) || LLVMGetCalledValue(user) != idfn ||
		    LLVMGetOperand(user, 2) != f)
			continue;
		*id = user;
		LLVMValueRef beginfn = LLVMGetNamedFunction(m, "llvm.coro.begin");
		for (LLVMUseRef v = LLVMGetFirstUse(user); v && beginfn; v = LLVMGetNextUse(v)) {
			LLVMValueRef b = LLVMGetUser(v);
			if (LLVMIsACallInst(b) && LLVMGetCalledValue(b) == beginfn &&
			    LLVMGetOperand(b, 0) == user)
				*begin = b;
		}
		return 1;
	}
	return 0;
}

Coro *
fillcoros(LLVMModuleRef m, LLVMValueRef only, uint *n)
{
	Coro *v = NULL;
	*n = 0;
	int fast = !otherabi(m);
	/* 1: ramps that still hold llvm.coro.id with a resumers array (only
	 * `only` itself in the CGSCC walk: a scan of the module per family
	 * would be quadratic) */
	for (LLVMValueRef f = only ? only : LLVMGetFirstFunction(m); f;
	    f = only ? NULL : LLVMGetNextFunction(f)) {
		if (LLVMIsDeclaration(f))
			continue;
		if (LLVMGetEnumAttributeAtIndex(f, LLVMAttributeFunctionIndex,
		    attrkind("presplitcoroutine")))
			continue;
		LLVMValueRef id = NULL, begin = NULL;
		const char *other = NULL;
		int found = only && fast ? findids(m, f, &id, &begin) : -1;
		if (found == 0)
			continue;
		if (found < 0) {
			id = begin = NULL;
			scanids(f, &id, &begin, &other);
		}
		if (other && !id && begin) {
			Coro *c = newcoro(&v, n);
			c->fn[FN_RAMP] = f;
			c->name = xstrdup(vname(f));
			skipf(c, "%s ABI is not supported (only the switch ABI of C++20)",
			    strcmp(other, "llvm.coro.id.async") == 0 ? "the async"
			    : strcmp(other, "llvm.coro.id.retcon.once") == 0 ? "the retcon.once"
			    : "the retcon");
			continue;
		}
		if (!id)
			continue;
		if (strip0(LLVMGetOperand(id, 2)) != f)
			continue; /* a ramp inlined into f: its family is checked there */
		LLVMValueRef r = strip0(LLVMGetOperand(id, 3));
		if (!LLVMIsAGlobalVariable(r))
			continue; /* not split yet (or no resumers: not ours) */
		LLVMValueRef init = LLVMGetInitializer(r);
		if (!init || !LLVMIsAConstantArray(init))
			continue;
		Coro *c = newcoro(&v, n);
		c->fn[FN_RAMP] = f;
		c->resumers = r;
		uint ne = (uint)LLVMGetNumOperands(init);
		for (uint k = 0; k < ne && k < 4; k++) {
			LLVMValueRef e = strip0(LLVMGetOperand(init, k));
			if (LLVMIsAFunction(e) && !LLVMIsDeclaration(e))
				c->fn[FN_RESUME + k] = e;
		}
		if (!begin) {
			c->name = xstrdup(vname(f));
			skipf(c, "the ramp has no llvm.coro.begin");
			continue;
		}
		LLVMAttributeRef mark = LLVMGetStringAttributeAtIndex(f,
		    LLVMAttributeFunctionIndex, "coropack", 8);
		unsigned ml = 0;
		if (mark && strcmp(LLVMGetStringAttributeValue(mark, &ml), "packed") == 0) {
			/* its GEPs no longer match the struct type: never again */
			c->name = xstrdup(vname(f));
			skipf(c, "already packed by coropack");
			continue;
		}
		finish(c, m, begin, (uint)LLVMConstIntGetZExtValue(LLVMGetOperand(id, 0)));
	}
	/* 2: after CoroCleanup: F.resume stored at offset 0 by F */
	for (LLVMValueRef f = only ? NULL : LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
		size_t len;
		const char *nm = LLVMGetValueName2(f, &len);
		if (LLVMIsDeclaration(f) || len <= 7 || strcmp(nm + len - 7, ".resume") != 0)
			continue;
		char *ramp = xcalloc(len - 6, 1);
		memcpy(ramp, nm, len - 7);
		LLVMValueRef r = LLVMGetNamedFunction(m, ramp);
		if (r && !LLVMIsDeclaration(r) && !covered(v, *n, r) &&
		    storedfnbase(f, r, NULL)) {
			Coro *c = newcoro(&v, n);
			c->fn[FN_RAMP] = r;
			c->fn[FN_RESUME] = f;
			c->fn[FN_DESTROY] = namedsuffix(m, ramp, ".destroy");
			c->fn[FN_CLEANUP] = namedsuffix(m, ramp, ".cleanup");
			c->fn[FN_NOALLOC] = namedsuffix(m, ramp, ".noalloc");
			finish(c, m, NULL, 0);
		}
		free(ramp);
	}
	if (only) {
		/* keep the family whose ramp is `only`, once (a processed ramp is
		 * marked). In the CGSCC walk the ramp is revisited after all its
		 * clones were simplified and before any caller inlines it. */
		uint k = 0;
		for (uint i = 0; i < *n; i++) {
			if (v[i].fn[FN_RAMP] == only && !LLVMGetStringAttributeAtIndex(
			    v[i].fn[FN_RAMP], LLVMAttributeFunctionIndex, "coropack", 8)) {
				v[k++] = v[i];
			} else
				freecoro(&v[i]);
		}
		*n = k;
	}
	/* skip reasons live in each Coro's own buffer: re-point them after
	 * the array moved */
	for (uint i = 0; i < *n; i++)
		if (v[i].skip)
			v[i].skip = v[i].skipbuf;
	/* noalloc lookups for family 1 (resumers arrays of 3 elements) */
	for (uint i = 0; i < *n; i++)
		if (!v[i].fn[FN_NOALLOC] && v[i].fn[FN_RAMP] && !v[i].skip && v[i].resumers) {
			LLVMValueRef na = namedsuffix(m, v[i].name, ".noalloc");
			if (na && storedfnbase(v[i].fn[FN_RESUME], na, NULL))
				skipf(&v[i], "%s is not listed in the resumers array", vname(na));
		}
	for (uint i = 0; i < *n; i++)
		if (v[i].skip)
			v[i].skip = v[i].skipbuf;
	return v;
}
