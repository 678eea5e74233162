#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so <libxml/encoding.h> would pull in <unicode/ucnv.h>.
 * In a Swift module that can also see Foundation, those ICU types clash with Foundation's
 * private ICU ("'UErrorCode' has different definitions in different modules"). Only the
 * trailing ICU fields of xmlCharEncodingHandler depend on this, and we never touch that
 * struct except through a pointer. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

/* `xmlFree` is a global function-pointer variable; Swift 6 rejects reading a mutable global.
 * A static inline wrapper is a plain function. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }
#endif
