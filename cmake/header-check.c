/* Compiles the public header as strict C: it must stay C. */
#include "coropack/coropack.h"
int coropack_header_check(void) { return (int)sizeof(CpOptions); }
