#ifndef CRADICU_H
#define CRADICU_H
/* A small C facade over system ICU whose header uses only plain C types.
 *
 * Why it exists: Swift's Foundation carries a private ICU (`_FoundationICU`) that declares the
 * same C type names as system ICU; a Swift module that sees both fails to compile. Swift code
 * imports this header only; the ICU headers are included in radicu.c alone.
 *
 * Every function that can fail returns the raw ICU `UErrorCode` as int32_t: 0 success,
 * < 0 warning (treat as success), > 0 failure. */
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define RADICU_DONE (-1)              /* UBRK_DONE */
#define RADICU_BUFFER_OVERFLOW 15     /* U_BUFFER_OVERFLOW_ERROR */

/* Character classes used by the tokenizer for non-ASCII code points. */
#define RADICU_CLASS_OTHER 0
#define RADICU_CLASS_UPPER 1
#define RADICU_CLASS_LOWER 2
#define RADICU_CLASS_LETTER 3   /* titlecase, modifier, other letters, combining marks */
#define RADICU_CLASS_DIGIT 4
#define RADICU_CLASS_SPACE 5
#define RADICU_CLASS_DASH 6
#define RADICU_CLASS_PUNCT 7

typedef struct radicu_breaker radicu_breaker;

/** ICU's name for a status code, e.g. "U_BUFFER_OVERFLOW_ERROR". */
const char *_Nonnull radicu_error_name(int32_t status);

/** The ICU version, four numbers. */
void radicu_version(uint8_t out[_Nonnull 4]);

/** Opens a sentence break iterator for a locale ("en"). */
int32_t radicu_sentence_breaker_open(const char *_Nonnull locale, radicu_breaker *_Nullable *_Nonnull out);

/** A fresh iterator with the same rules (iterators are stateful: one per thread). */
int32_t radicu_breaker_clone(const radicu_breaker *_Nonnull it, radicu_breaker *_Nullable *_Nonnull out);

void radicu_breaker_close(radicu_breaker *_Nullable it);

/** Writes the boundaries of `text` (UTF-16, not copied: keep it alive) after 0, in order, into `out`.
 *  Returns the count, or -(count needed) when `cap` is too small. The last boundary is `length`. */
int32_t radicu_breaker_boundaries(radicu_breaker *_Nonnull it, const uint16_t *_Nullable text, int32_t length,
                                  int32_t *_Nonnull out, int32_t cap, int32_t *_Nonnull status);

/** NFKC + full case folding of UTF-16 text. Returns the output length; when it exceeds `cap`,
 *  `*status` is RADICU_BUFFER_OVERFLOW and nothing useful was written (retry with that size). */
int32_t radicu_nfkc_casefold(const uint16_t *_Nonnull text, int32_t length, uint16_t *_Nullable out, int32_t cap,
                             int32_t *_Nonnull status);

/** The tokenizer class (RADICU_CLASS_*) of a Unicode code point. */
int32_t radicu_char_class(uint32_t codePoint);

#ifdef __cplusplus
}
#endif
#endif
