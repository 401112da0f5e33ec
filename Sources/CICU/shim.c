// shim.c — the only file that includes ICU headers. See include/cicu.h.
#include "cicu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/udata.h>
#include <unicode/ures.h>
#include <unicode/ustring.h>
#include <unicode/unorm2.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>
#include <unicode/utypes.h>

struct cicu_breaker {
    UBreakIterator *iterator;
    UText text;
    int has_text;
};

static cicu_breaker *cicu_breaker_wrap(UBreakIterator *iterator) {
    cicu_breaker *breaker = calloc(1, sizeof(cicu_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        return NULL;
    }
    breaker->iterator = iterator;
    UText initial = UTEXT_INITIALIZER;
    breaker->text = initial;
    breaker->has_text = 0;
    return breaker;
}

cicu_breaker *cicu_breaker_create(cicu_break_kind kind, const char *locale, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == CICU_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    *error = (int32_t)status;
    if (U_FAILURE(status) || iterator == NULL) {
        return NULL;
    }
    return cicu_breaker_wrap(iterator);
}

cicu_breaker *cicu_breaker_clone(const cicu_breaker *prototype, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_clone(prototype->iterator, &status);
    *error = (int32_t)status;
    if (U_FAILURE(status) || iterator == NULL) {
        return NULL;
    }
    return cicu_breaker_wrap(iterator);
}

void cicu_breaker_close(cicu_breaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    ubrk_close(breaker->iterator);
    if (breaker->has_text) {
        utext_close(&breaker->text);
    }
    free(breaker);
}

int32_t cicu_breaker_set_utf8(cicu_breaker *breaker, const char *text, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    static const char empty[1] = {0};
    utext_openUTF8(&breaker->text, text != NULL ? text : empty, text != NULL ? length : 0, &status);
    if (U_FAILURE(status)) {
        return (int32_t)status;
    }
    breaker->has_text = 1;
    ubrk_setUText(breaker->iterator, &breaker->text, &status);
    return (int32_t)status;
}

int32_t cicu_breaker_set_utf16(cicu_breaker *breaker, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    ubrk_setText(breaker->iterator, text != NULL ? (const UChar *)text : empty,
                 text != NULL ? length : 0, &status);
    return (int32_t)status;
}

int32_t cicu_breaker_next_batch(cicu_breaker *breaker, int64_t *boundaries, int32_t *statuses,
                                int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t boundary = ubrk_next(breaker->iterator);
        if (boundary == UBRK_DONE) {
            break;
        }
        boundaries[count] = boundary;
        statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count += 1;
    }
    return count;
}

int32_t cicu_breaker_following_batch(cicu_breaker *breaker, int64_t offset, int64_t *boundaries,
                                     int32_t *statuses, int32_t capacity) {
    if (offset > INT32_MAX || capacity <= 0) {
        return 0;
    }
    int32_t boundary = ubrk_following(breaker->iterator, (int32_t)offset);
    if (boundary == UBRK_DONE) {
        return 0;
    }
    boundaries[0] = boundary;
    statuses[0] = ubrk_getRuleStatus(breaker->iterator);
    return 1 + cicu_breaker_next_batch(breaker, boundaries + 1, statuses + 1, capacity - 1);
}

int64_t cicu_breaker_following(cicu_breaker *breaker, int64_t offset) {
    if (offset > INT32_MAX) {
        return -1;
    }
    int32_t boundary = ubrk_following(breaker->iterator, (int32_t)offset);
    return boundary == UBRK_DONE ? -1 : boundary;
}

int64_t cicu_breaker_count(cicu_breaker *breaker) {
    int64_t count = 0;
    ubrk_first(breaker->iterator);
    while (ubrk_next(breaker->iterator) != UBRK_DONE) {
        count += 1;
    }
    return count;
}

static const UNormalizer2 *cicu_normalizer(cicu_norm_form form) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = form == CICU_NORM_NFC ? unorm2_getNFCInstance(&status)
                                                           : unorm2_getNFKCCasefoldInstance(&status);
    return U_FAILURE(status) ? NULL : normalizer;
}

int32_t cicu_norm_is_inert(cicu_norm_form form, uint32_t code_point) {
    const UNormalizer2 *normalizer = cicu_normalizer(form);
    return normalizer != NULL && unorm2_isInert(normalizer, (UChar32)code_point) ? 1 : 0;
}

int32_t cicu_norm_has_boundary_before(cicu_norm_form form, uint32_t code_point) {
    const UNormalizer2 *normalizer = cicu_normalizer(form);
    return normalizer != NULL && unorm2_hasBoundaryBefore(normalizer, (UChar32)code_point) ? 1 : 0;
}

void cicu_norm_fill_tables(cicu_norm_form form, uint64_t *inert, uint64_t *boundary_before, int32_t words) {
    const UNormalizer2 *normalizer = cicu_normalizer(form);
    if (normalizer == NULL || words <= 0) return;
    for (UChar32 code_point = 0; code_point < (UChar32)words * 64; code_point++) {
        uint64_t bit = (uint64_t)1 << (code_point & 63);
        if (unorm2_isInert(normalizer, code_point)) inert[code_point >> 6] |= bit;
        if (unorm2_hasBoundaryBefore(normalizer, code_point)) boundary_before[code_point >> 6] |= bit;
    }
}

int32_t cicu_normalize(cicu_norm_form form, const uint16_t *source, int32_t length,
                       uint16_t *destination, int32_t capacity, int32_t *error) {
    const UNormalizer2 *normalizer = cicu_normalizer(form);
    if (normalizer == NULL) {
        *error = (int32_t)U_INTERNAL_PROGRAM_ERROR;
        return -1;
    }
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = unorm2_normalize(normalizer, (const UChar *)source, length,
                                      (UChar *)destination, capacity, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING) {
        *error = 0;
        return needed;
    }
    *error = (int32_t)status;
    return U_FAILURE(status) ? -1 : needed;
}

int32_t cicu_sentence_suppressions(const char *locale, char *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UResourceBundle *bundle = ures_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", locale, &status);
    if (U_FAILURE(status)) {
        ures_close(bundle);
        return -1;
    }
    UResourceBundle *exceptions = ures_getByKey(bundle, "exceptions", NULL, &status);
    UResourceBundle *list = ures_getByKey(exceptions, "SentenceBreak", NULL, &status);
    int32_t needed = 0;
    if (U_SUCCESS(status)) {
        int32_t count = ures_getSize(list);
        for (int32_t index = 0; index < count; index++) {
            UErrorCode itemStatus = U_ZERO_ERROR;
            int32_t length = 0;
            const UChar *entry = ures_getStringByIndex(list, index, &length, &itemStatus);
            if (U_FAILURE(itemStatus)) continue;
            // Preflight the entry's UTF-8 length, then write it when it fits.
            int32_t bytes = 0;
            UErrorCode sizeStatus = U_ZERO_ERROR;
            u_strToUTF8(NULL, 0, &bytes, entry, length, &sizeStatus);
            if (needed + bytes + 1 <= capacity && buffer != NULL) {
                UErrorCode writeStatus = U_ZERO_ERROR;
                u_strToUTF8(buffer + needed, bytes, NULL, entry, length, &writeStatus);
                buffer[needed + bytes] = '\n';
            }
            needed += bytes + 1;
        }
    }
    // A locale without the list (its data has no exceptions) has no suppressions.
    ures_close(list);
    ures_close(exceptions);
    ures_close(bundle);
    return needed;
}

void cicu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity > 0) {
        strncpy(buffer, text, (size_t)capacity - 1);
        buffer[capacity - 1] = 0;
    }
}

const char *cicu_error_name(int32_t error) {
    return u_errorName((UErrorCode)error);
}
