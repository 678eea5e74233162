#ifndef CICU_SHIM_H
#define CICU_SHIM_H
/* Included textually by the C facade CRadICU only. Swift never imports this module: ICU's C
 * types would clash with Foundation's private copy of ICU (_FoundationICU) in any Swift module
 * that can also see Foundation. */
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#endif
