#include "CRadICU.h"
#include <stdlib.h>
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

_Static_assert(RADICU_BUFFER_OVERFLOW == U_BUFFER_OVERFLOW_ERROR, "mirror of U_BUFFER_OVERFLOW_ERROR");
_Static_assert(RADICU_DONE == UBRK_DONE, "mirror of UBRK_DONE");
_Static_assert(sizeof(UChar) == sizeof(uint16_t), "UChar is 16 bits");

struct radicu_breaker {
    UBreakIterator *iter;
};

const char *radicu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void radicu_version(uint8_t out[4]) {
    UVersionInfo v;
    u_getVersion(v);
    for (int i = 0; i < 4; i++) out[i] = v[i];
}

static int32_t wrap(UBreakIterator *iter, UErrorCode status, radicu_breaker **out) {
    *out = NULL;
    if (U_FAILURE(status)) {
        if (iter) ubrk_close(iter);
        return status;
    }
    radicu_breaker *b = malloc(sizeof *b);
    if (!b) {
        ubrk_close(iter);
        return U_MEMORY_ALLOCATION_ERROR;
    }
    b->iter = iter;
    *out = b;
    return status;
}

int32_t radicu_sentence_breaker_open(const char *locale, radicu_breaker **out) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iter = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    return wrap(iter, status, out);
}

int32_t radicu_breaker_clone(const radicu_breaker *it, radicu_breaker **out) {
    UErrorCode status = U_ZERO_ERROR;
#if U_ICU_VERSION_MAJOR_NUM >= 69
    UBreakIterator *copy = ubrk_clone(it->iter, &status);
#else
    UBreakIterator *copy = ubrk_safeClone(it->iter, NULL, NULL, &status);
#endif
    return wrap(copy, status, out);
}

void radicu_breaker_close(radicu_breaker *it) {
    if (!it) return;
    ubrk_close(it->iter);
    free(it);
}

int32_t radicu_breaker_boundaries(radicu_breaker *it, const uint16_t *text, int32_t length, int32_t *out,
                                  int32_t cap, int32_t *status) {
    UErrorCode s = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    ubrk_setText(it->iter, length > 0 ? (const UChar *)text : empty, length, &s);
    *status = s;
    if (U_FAILURE(s)) return 0;
    int32_t n = 0;
    for (int32_t b = ubrk_next(it->iter); b != UBRK_DONE; b = ubrk_next(it->iter)) {
        if (n < cap) out[n] = b;
        n++;
    }
    return n <= cap ? n : -n;
}

int32_t radicu_nfkc_casefold(const uint16_t *text, int32_t length, uint16_t *out, int32_t cap, int32_t *status) {
    UErrorCode s = U_ZERO_ERROR;
    const UNormalizer2 *norm = unorm2_getNFKCCasefoldInstance(&s);
    if (U_FAILURE(s)) {
        *status = s;
        return 0;
    }
    int32_t n = unorm2_normalize(norm, (const UChar *)text, length, (UChar *)out, cap, &s);
    *status = s;
    return n;
}

int32_t radicu_char_class(uint32_t c) {
    switch (u_charType((UChar32)c)) {
    case U_UPPERCASE_LETTER: return RADICU_CLASS_UPPER;
    case U_LOWERCASE_LETTER: return RADICU_CLASS_LOWER;
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_NON_SPACING_MARK:
    case U_COMBINING_SPACING_MARK:
    case U_ENCLOSING_MARK: return RADICU_CLASS_LETTER;
    case U_DECIMAL_DIGIT_NUMBER: return RADICU_CLASS_DIGIT;
    case U_SPACE_SEPARATOR:
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR: return RADICU_CLASS_SPACE;
    case U_CONTROL_CHAR: return u_isspace((UChar32)c) ? RADICU_CLASS_SPACE : RADICU_CLASS_OTHER;
    /* Invisible format characters: a zero-width space or a byte-order mark separates words (a BOM opening a file is
       no part of its first header); a soft hyphen, a zero-width joiner or a word joiner stays inside its word, whose
       NFKC_Casefold form drops it ("Atelec<SHY>tasis" is "atelectasis"). */
    case U_FORMAT_CHAR: return c == 0x200B || c == 0xFEFF ? RADICU_CLASS_SPACE : RADICU_CLASS_LETTER;
    case U_DASH_PUNCTUATION: return RADICU_CLASS_DASH;
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_MATH_SYMBOL: return RADICU_CLASS_PUNCT;
    default: return RADICU_CLASS_OTHER;
    }
}
