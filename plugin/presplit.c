/* presplit.c: what CoroSplit erases, recorded before the split.
 *
 * (Scope recording of allocas lands with frame packing.)
 */
#include "coropack.h"

int
cp_presplit(LLVMModuleRef m, LLVMValueRef f, const CpOptions *o)
{
	(void)m;
	(void)f;
	(void)o;
	return 0;
}
