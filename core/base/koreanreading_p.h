#pragma once

// Private to koreanparticles.cpp and its tests: how single characters and Latin words are read
// aloud in Korean, for the particle that follows them. koreanparticles.h states the rules.

#include "core/base/koreanparticles.h"

#include <QStringView>

namespace hopscope::korean::detail {

bool isHangulSyllable(char16_t c);
bool isJamo(char16_t c);
bool isAsciiDigit(char16_t c);
bool isAsciiLetter(char16_t c);
bool isAsciiAlnum(char16_t c);

FinalSound syllableSound(char16_t syllable); // the 받침 of a Hangul syllable
FinalSound jamoSound(char16_t jamo);   // a lone jamo by its name (ㄱ 기역, ㄹ 리을, ㅏ 아)
FinalSound digitSound(char16_t digit); // Sino-Korean (0 영, 1 일, 2 이 …)
FinalSound letterSound(char16_t letter); // by its Korean name (A 에이, L 엘, M 엠 …)

// The run of ASCII letters and digits, joined by '-', '_' or '.', that `text` ends with.
QStringView latinRun(QStringView text);
// A run as latinRun() returns it, ending in a letter: the reading table, acronyms, generated
// suffixes, camelCase, then the English spelling.
FinalSound latinSound(QStringView run);

} // namespace hopscope::korean::detail
