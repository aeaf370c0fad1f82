/* coropack internal header: the table of contents.
 *
 * Phases, one per file, run in this order by driver.c:
 *   discover.c  find split coroutine families and recover their frame layout
 *   access.c    classify every frame access of the family into events
 *   live.c      liveness of frame slots over the family's super-CFG,
 *               interference, and the lower bound
 *   pack.c      choose new offsets for the movable slots
 *   rewrite.c   apply the new layout to the ramp and every clone
 *   report.c    text and JSON reports, and optimisation remarks
 * bridge.c is the Rust bridge, shim.cpp the C++ registration shim.
 */
#ifndef COROPACK_INTERNAL_H
#define COROPACK_INTERNAL_H

#include "coropack/coropack.h"

#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned int uint;
typedef uint64_t u64;
typedef int64_t i64;

/* bits.c: dense bit sets, arenas, growable arrays and a pointer map */

typedef struct Bset Bset;
struct Bset {
	uint n;    /* bits */
	u64 *w;
};

void bsinit(Bset *b, uint n);
void bsfree(Bset *b);
void bsfreev(Bset *v, uint n); /* n sets and the array; v may be NULL */
void bszero(Bset *b);
void bscopy(Bset *dst, const Bset *src);
void bsset(Bset *b, uint i);
void bsclr(Bset *b, uint i);
int bshas(const Bset *b, uint i);
int bsiter(const Bset *b, uint *i); /* for (i = 0; bsiter(b, &i); i++) */

/* An arena: blocks freed all at once by arfree. Zeroed = empty. */
typedef struct Arena Arena;
struct Arena {
	char *cur;
	size_t left;
	void *chunk;   /* the newest chunk; each starts with the previous one */
	size_t next;   /* size of the next chunk */
};
void *aralloc(Arena *a, size_t n); /* zeroed, 16-byte aligned */
void arfree(Arena *a);

void *xcalloc(size_t n, size_t sz);
void *xrealloc(void *p, size_t sz);
char *xstrdup(const char *s);
/* VPUSH(v, n): appends a zeroed element to the array v of n elements
 * (n is evaluated more than once); returns a pointer to it. vgrow gives
 * v room for n + 1 elements when n reaches its capacity: 8, then powers
 * of two (most arrays are short: one allocation). */
void *vgrow(void *v, uint n, size_t sz);
static inline void *
vroom(void *v, uint n, size_t sz)
{
	return n == 0 || (n >= 8 && (n & (n - 1)) == 0) ? vgrow(v, n, sz) : v;
}
#define VPUSH(v, n) ((v) = vroom((v), (n), sizeof *(v)), \
	memset((v) + (n), 0, sizeof *(v)), (v) + (n)++)

/* IR helpers: a value's name ("" if none), the name of the function a
 * call or invoke calls directly ("" if indirect), whether i is a call. */
const char *vname(LLVMValueRef v);
const char *calleename(LLVMValueRef call);
int iscall(LLVMValueRef i);
/* Function f's attachment of metadata kind kind, or NULL (the C API reads
 * a global's attachments only all at once). */
LLVMMetadataRef fnmd(LLVMValueRef f, uint kind);
uint attrkind(const char *name); /* enum attribute kind, cached */

/* Pointer-keyed hash map to int (values >= 0); -1 when absent. */
typedef struct Pmap Pmap;
struct Pmap {
	uint cap, len;
	void **key;
	int *val;
	Arena *ar;   /* or NULL: malloc (old tables stay in the arena) */
};
void pmput(Pmap *m, void *k, int v);
/* Where k is in m (cap > 0), or the empty slot where it would go: the one
 * probe pmget, pmput and pmadd share (inline: the analyses ask often). */
static inline uint
pmslot(const Pmap *m, void *k)
{
	uintptr_t x = (uintptr_t)k;
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	uint i = (uint)x & (m->cap - 1);
	while (m->key[i] && m->key[i] != k)
		i = (i + 1) & (m->cap - 1);
	return i;
}
static inline int
pmget(const Pmap *m, void *k)
{
	if (!m->cap)
		return -1;
	uint i = pmslot(m, k);
	return m->key[i] ? m->val[i] : -1;
}
/* pmget, else pmput(m, k, v) and -1: one probe for both. */
int pmadd(Pmap *m, void *k, int v);
/* Makes room for n more keys at once (no rehash per doubling). */
void pmreserve(Pmap *m, uint n);
void pmfree(Pmap *m);

/* discover.c: coroutine families and their frame layout */

enum {
	SK_RESUME,   /* header: resume function pointer at 0 */
	SK_DESTROY,  /* header: destroy function pointer at 8 */
	SK_PROMISE,  /* header: the promise, ABI-visible */
	SK_INDEX,    /* the suspend index */
	SK_SPILL,    /* an SSA value spilled across a suspend */
	SK_ALLOCA,   /* an alloca moved into the frame */
	SK_PAD,      /* a struct field nothing accesses */
	SK_NKIND
};

enum {
	FN_RAMP,
	FN_RESUME,
	FN_DESTROY,
	FN_CLEANUP,
	FN_NOALLOC,
	FN_NKIND
};

/* Where the frame size or alignment is stated. */
enum {
	ST_ALLOC_SIZE,     /* size argument of the allocation call */
	ST_ALLOC_ALIGN,    /* alignment argument of an aligned allocation */
	ST_FREE_SIZE,      /* size argument of a sized deallocation */
	ST_FREE_ALIGN,     /* alignment argument of an aligned deallocation */
	ST_PARAM_DEREF,    /* dereferenceable(N) on a frame parameter */
	ST_PARAM_ALIGN,    /* align(A) on a frame parameter */
	ST_CALL_DEREF,     /* dereferenceable(N) on the allocation's return */
	ST_DI_FRAME,       /* size of the DICompositeType of the frame */
	ST_NKIND
};

typedef struct Slot Slot;
typedef struct Susp Susp;
typedef struct Stmt Stmt;
typedef struct Coro Coro;

struct Slot {
	uint field;      /* field of the frame struct */
	int kind;        /* SK_* */
	u64 off, size;   /* bytes */
	uint align;      /* ABI alignment of the field type */
	int fixed;       /* never moves (header, promise, unknown) */
	int escaped;     /* address reaches unknown code */
	int scoped;      /* escaped, but the pre-split scope bounds it */
	uint nacc;       /* accesses seen */
	uint accalign;   /* largest alignment an access assumes */
	int varidx;      /* reached through a variable index */
	Bset susp;       /* suspend points across which it is live */
	u64 newoff;      /* pack.c: new offset */
	/* a field CoroSplit shares among allocas is split into one slot per
	 * alloca (fillsplits), appended after the fields */
	uint nsub;       /* field: number of its alloca slots (0: not split) */
	int sub;         /* alloca slot of field `of` */
	uint of;
	LLVMValueRef tag;  /* its !coropack.scope node */
	LLVMValueRef var;  /* its DILocalVariable, or NULL */
};

struct Susp {
	int index;       /* value stored to the index slot; -1: final; -2: any */
	int pre;         /* its number before the split (presplit.c), or -1 */
	LLVMValueRef at; /* the store that marks the suspend */
	int fn;          /* FN_* of the function holding it */
};

struct Stmt {
	int kind;        /* ST_* */
	LLVMValueRef v;  /* instruction or function */
	uint arg;        /* operand or attribute index */
	u64 val;         /* value stated */
};

struct Coro {
	char *name;                /* the ramp's name */
	LLVMValueRef fn[FN_NKIND]; /* family members; NULL when absent */
	LLVMValueRef base[FN_NKIND]; /* the frame pointer in each member */
	LLVMValueRef resumers;     /* the resumers array, if still present */
	LLVMTypeRef frame;         /* the frame struct type */
	u64 size;                  /* struct alloc size */
	uint align;                /* frame alignment */
	uint salign;               /* the struct's: the size is a multiple */
	u64 fixed_end;             /* end of header and promise */
	Slot *slot;
	uint nslot;
	uint nfield;               /* slots 0..nfield-1 are the fields */
	int index_slot;            /* slot of the suspend index, -1 if none */
	Susp *susp;
	uint nsusp;
	Stmt *stmt;
	uint nstmt;
	const char *skip;          /* why it is left untouched, or NULL */
	char skipbuf[160];
	Bset *kill;                /* per suspend: slots whose scope ends
	                            * before it (presplit.c), or NULL */
	uint nscoped;              /* slots with a recorded scope */
	Bset *dead;                /* per Graph.dead call: escaped slots whose
	                            * scope it is outside of, or NULL */
	uint ndead;
	/* live.c results */
	u64 maxlive;               /* most movable slot bytes live at a point */
	u64 bound;                 /* lower bound on the frame size */
	u64 *conf;                 /* nslot x nslot interference bits */
	uint confw;                /* words per row of conf */
	/* pack.c results */
	u64 newsize;               /* packed frame size (== size if unpacked) */
	int packed;                /* 1 if the layout was rewritten */
};

/* Finds every split switch-ABI family in m (or only the one containing f)
 * and recovers its layout. Families that cannot be analysed are returned
 * with skip set. Requires nothing; changes nothing. */
Coro *fillcoros(LLVMModuleRef m, LLVMValueRef f, uint *n);
void freecoro(Coro *c);
/* Marks c skipped with a printf-style reason (first reason wins). */
void skipf(Coro *c, const char *fmt, ...);
/* Checks a llvm.coro.free call i met in member k (access.c): the ramp's
 * own were followed by fillcoros; any other must free the frame of
 * another coroutine (its coro.begin), else c is skipped. */
void checkfree(Coro *c, int k, LLVMValueRef i);
/* Returns the slot whose bytes contain offset off, or -1. */
int slotat(const Coro *c, u64 off);
/* Returns the name of kind k in reports. */
const char *slotkind(int k);
const char *fnkind(int k);
const char *stmtkind(int k);

/* access.c: frame accesses as events */

enum {
	EV_USE,    /* reads bytes of a slot */
	EV_KILL,   /* overwrites the whole slot */
	EV_DEF,    /* may write part of the slot */
	EV_SUSP,   /* suspend point: flows into the resume targets */
	EV_END,    /* end of one instruction (a program point) */
	EV_DEAD,   /* a call outside the scopes of Coro.dead[arg]'s slots */
};

typedef struct Ev Ev;
typedef struct Blk Blk;
typedef struct Graph Graph;

struct Ev {
	unsigned char kind;
	uint arg;         /* slot, or suspend number for EV_SUSP */
};

struct Blk {
	LLVMBasicBlockRef bb;
	int fn;           /* FN_* */
	Ev *ev;
	uint nev;
	int *succ;        /* successor blocks (constant branches folded) */
	uint nsucc;
	int *pred;
	uint npred;
	int reach;        /* reachable from a family entry */
	int *spred;       /* suspends (Susp numbers) entering this block */
	uint nspred;
};

/* The family's super-CFG: blocks of all members plus suspend edges. */
struct Graph {
	Blk *blk;
	uint nblk;
	int *entry;       /* per suspend: target blocks (one per clone) */
	uint *nentry;
	int ramp_entry;   /* entry block of the ramp (or .noalloc) */
	/* a member's blocks are those a path from its entry reaches
	 * (constant branches folded); the ramp's are blk[0..rampnb), rampdead
	 * more are in the function */
	uint rampnb, rampdead;
	/* rewrite.c: GEPs that step from the frame base into a movable
	 * slot; moving the slot adds its offset change to each */
	LLVMValueRef *root;  /* each once */
	int *rootslot;
	i64 *rootrel;        /* the offset each adds to its pointer ... */
	char *rootok;        /* ... when its indices are constants */
	uint nroot;
	/* memory instructions and the slot they access, for the metadata
	 * that overlapping makes false */
	LLVMValueRef *acc;
	int *accslot;
	char *accsized;      /* a load, store or intrinsic of known extent */
	uint nacc;
	int *edge;           /* slots whose start address escapes or is compared */
	LLVMValueRef *edgeat; /* ... at this instruction */
	uint nedge;
	LLVMValueRef *ctxgep; /* GEPs base + phi of constant offsets */
	uint nctxgep;
	/* split fields: where a pointer into the field (val) becomes one into
	 * an alloca slot (bslot), used by instruction at; rewrite.c moves the
	 * pointer there. flev: GEPs still pointing into the whole field. */
	LLVMValueRef *bat, *bval;
	int *bslot;
	uint nbnd;
	LLVMValueRef *flev;
	uint nflev;
	/* calls tagged !coropack.inscope (presplit.c): EV_DEAD's arg */
	LLVMValueRef *dead;
	uint ndead;
	Pmap deadk;
	Arena ar;         /* the arrays above but blk and dead, and each
	                   * block's; freed at once by freegraph */
};

/* Builds the super-CFG of c and the access events of every block. On an
 * access the analysis cannot account for, marks c skipped. */
void fillgraph(Coro *c, Graph *g);
void freegraph(Graph *g);
/* Reads the scopes recorded by presplit.c: Susp.pre, Coro.kill,
 * Slot.scoped. Requires fillgraph (uses Graph.acc). */
void fillscopes(Coro *c, Graph *g);
/* Removes the records of presplit.c from the instructions of the n
 * functions in fn, NULL entries skipped (a family's members, once it is
 * handled; cp_strip removes what is left), and their !coropack.tags marks.
 * With g (the family's graph, members in fn[FN_*] order), the ramp's blocks
 * no path reaches keep theirs (CoroSplit leaves most of the ramp there,
 * for SimplifyCFG to delete; no inliner copies it), and then the ramp its
 * mark, for cp_strip; a ramp without such blocks loses the mark and, with
 * it, the promise's alignment (a later analysis of it keeps every field
 * where a promise could start fixed). */
void striptags(LLVMValueRef *fn, uint n, const Graph *g);
/* Appends a slot per alloca to each field that CoroSplit shares among
 * allocas, when every access of it names its alloca (presplit.c).
 * Returns the number of fields split; fillgraph must then run again. */
uint fillsplits(Coro *c, const Graph *g);
/* The alloca slot of split field s that instruction i's scope tag names,
 * or -1. */
int subslotof(const Coro *c, uint s, LLVMValueRef i);
/* Is md a well-formed !coropack.scope node of c's own pre-split function
 * (one alloca)? *size: the alloca's size (0: unknown). */
int scopeof(const Coro *c, LLVMValueRef md, u64 *size);
/* The constant byte offset GEP g adds to its pointer, or 0 with *ok
 * cleared when an index is not a constant. */
i64 gepoff(LLVMTargetDataRef td, LLVMValueRef g, int *ok);
/* Constant offset of pointer p from the frame base b, or -1 if unknown. */
int baseoff(LLVMValueRef p, LLVMValueRef b, i64 *off);

/* live.c: liveness, interference and the bound */

/* Computes Slot.susp, Slot.escaped effects, Coro.maxlive, Coro.bound and
 * the interference matrix. Requires fillgraph. */
void filllive(Coro *c, Graph *g);
int conflicts(const Coro *c, uint a, uint b);

/* pack.c: the new layout */

/* Chooses Slot.newoff for every slot and Coro.newsize. Never larger than
 * the old frame; fixed slots keep their offsets. Requires filllive. */
void pack(Coro *c);

/* rewrite.c: applying the layout */

/* Rewrites every frame access and size statement of c to the packed
 * layout. Returns the number of functions changed, written to changed. */
int rewrite(Coro *c, Graph *g, LLVMValueRef *changed, int max);
/* Moves the members of the artificial frame type and resizes it. */
void cp_fixframetype(Coro *c);

/* report.c: what the user sees */

void report_text(FILE *f, Coro *c, uint n);
void report_json(FILE *f, Coro *c, uint n);
void remarks(Coro *c, uint n);
/* Prints phase dumps when o->debug. */
void dumpgraph(FILE *f, const Coro *c, const Graph *g);

/* shim.cpp: what the C API cannot do */

enum {
	RK_ANALYSIS,
	RK_PASSED,
	RK_MISSED,
};
/* Emits an optimisation remark on function fn, anchored at instruction at
 * (or the function's first instruction when at is NULL). */
void cp_remark(LLVMValueRef fn, LLVMValueRef at, int kind, const char *name,
    const char *msg);
/* Does anyone take remarks in fn's context (a remark file, or a -pass-remarks
 * / -R filter)? The test LLVM's own passes make before building one. */
int cp_remarks_wanted(LLVMValueRef fn);
/* Number of DWARF operations in expression e, and operation i (raw
 * element values, DW_OP_* codes and literal operands). */
uint cp_diexpr_len(LLVMMetadataRef e);
u64 cp_diexpr_elt(LLVMMetadataRef e, uint i);
/* Replaces the expression of debug record r. */
void cp_dbgrec_setexpr(LLVMDbgRecordRef r, LLVMMetadataRef e);
/* Size of a DICompositeType and its members: replaced in place. */
void cp_dicomposite_resize(LLVMMetadataRef t, u64 bits);
uint cp_dicomposite_nmembers(LLVMMetadataRef t);
LLVMMetadataRef cp_dicomposite_member(LLVMMetadataRef t, uint i);
void cp_ditype_setoffset(LLVMMetadataRef t, u64 bits);
/* The composite type of variable v, or NULL. */
LLVMMetadataRef cp_divar_type(LLVMMetadataRef v);
/* Are a (a variable wrapped as a value) and b the same source variable
 * (one may be a clone's copy)? */
int cp_divar_same(LLVMValueRef a, LLVMMetadataRef b);
/* Removes instruction i's attachments of the n kinds in k: one lookup of
 * its attachments, where LLVMSetMetadata(i, k, NULL) costs one per kind. */
void cp_dropmd(LLVMValueRef i, const uint *k, uint n);
/* Does instruction i have an attachment of kind k? (LLVMGetMetadata
 * would also wrap the node as a value: a second lookup.) */
int cp_hasmd(LLVMValueRef i, uint k);

#ifdef __cplusplus
}
#endif
#endif
