/* rewrite.c: apply the packed layout (issue 3). */
#include "coropack.h"

int
rewrite(Coro *c, Graph *g, LLVMValueRef *changed, int max)
{
	return 0;
}
