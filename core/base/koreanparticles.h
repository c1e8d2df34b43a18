#pragma once

// Korean particles chosen as Korean does: 은/는, 이/가, 을/를, 과/와, (으)로, (이)나, (이)라,
// (이)에요 follow the sound the preceding word ends with, as the word is read aloud. Translators
// may write a fallback ("%1은(는)", "%1(으)로"); resolveParticles() turns each known fallback into
// the one right form once the placeholders are filled, so no output shows a fallback.
//
//   korean::resolveParticles(u"192.168.1.2은(는) 30008(으)로")   →  "192.168.1.2는 30008로"
//   name + korean::particle(name, korean::Particle::Subject)      →  "node-1이", "web-1이", "db가"
//
// How a word is read (translations/GLOSSARY.md has the same rules for translators):
//  - Hangul: the last syllable's final consonant (받침); ㄹ apart, as (으)로 takes 로 after it.
//  - Digits: Sino-Korean, by the last digit: 0 (영, 십, 백, 천, 만), 3 삼, 6 육 end in a consonant;
//    1 일, 7 칠, 8 팔 in ㄹ; 2 이, 4 사, 5 오, 9 구 in a vowel. So 80 → 팔십 (을), 30008 → 삼만 팔
//    (로), 192.168.1.2 → … 이 (는), 10.244.1.2:80 → … 팔십 (으로), node-1 → 노드 일 (로).
//  - Latin words: a table of the words this program prints, with their usual Korean reading
//    (pod 파드, kube-proxy 큐브프록시, conntrack 콘트랙, yaml 야믈, DROP 드롭 …); an all-capital
//    acronym letter by letter by the Korean letter names (TCP 티씨피, DNS 디엔에스: L 엘, R 알 end
//    in ㄹ, M 엠, N 엔 in a consonant, every other letter in a vowel); a word without a, e, i, o,
//    u, or with digits inside (a generated suffix: myapp-7d9f8c-x2k4q) letter by letter too; a
//    camelCase word by its last part (targetPort → port); any other word by its English spelling
//    (see englishSound() in koreanreading.cpp: final l → ㄹ, m/n/ng → consonant, …).
//  - The word is looked for through closing quotes, brackets and HTML closing tags ("web"을,
//    (node-1)이, ‹lo›는, <b>web</b>을). A bracket glued to the word before it is a gloss, and
//    Korean takes the particle from the word before the bracket: 디플로이먼트(Deployment)를,
//    node-2(192.168.1.3)로.
//  - Nothing readable before the particle (start of the text, a space, a symbol): FinalSound::None.

#include <QString>
#include <QStringView>

namespace hopscope::korean {

enum class FinalSound {
    None,      // nothing readable: start of text, a space, a symbol, a script we do not read
    Vowel,     // 노드, 파드, 192.168.1.2 (이), TCP (피)
    Consonant, // 규칙, 80 (팔십), eth0 (영), app (앱)
    Rieul,     // a final ㄹ: 서울, node-1 (일), 30008 (팔), yaml (야믈), label (레이블)
};

// The sound `text` ends with, as read before a particle glued to its end.
FinalSound finalSound(QStringView text);

enum class Particle {
    Topic,     // 은 / 는
    Subject,   // 이 / 가
    Object,    // 을 / 를
    With,      // 과 / 와
    Direction, // 으로 / 로 (로 after ㄹ too)
    Or,        // 이나 / 나
    Quote,     // 이라 / 라   (…이라는, …이라고)
    Copula,    // 이에요 / 예요
};

// The particle (without the word) that follows `word`. With FinalSound::None, the form a fallback
// shows outside its brackets: 은, 이, 을, 과, 로, 나, 라, 예요.
QString particle(QStringView word, Particle p);
QString particle(FinalSound sound, Particle p);

// Every known particle fallback in `text` replaced by the form its preceding word takes. Known
// fallbacks, in either order where Korean writes both: 은(는) 는(은) 이(가) 가(이) 을(를) 를(을)
// 과(와) 와(과) 아(야) 야(아) (으)로 으로(로) 로(으로) 이나(나) 나(이나) 이라(라) 라(이라) 이랑(랑)
// 랑(이랑) 이에요(예요) 예요(이에요), and (이) before a copula ending: (이)나 (이)라 (이)란 (이)랑
// (이)고 (이)며 (이)면 (이)든 (이)다 (이)야 (이)여 (이)지 (이)자 (이)에요 (이)었 (이)어; after a
// vowel 에/었/어 contract to 예/였/여 (노드예요, 노드였다). Anything else in brackets — (기본값),
// (하루), (없음), a translator's own parenthesis — is left exactly as it is. With nothing readable
// before a fallback, its bracketed part is dropped (은(는) → 은, (으)로 → 로, (이)에요 → 예요).
// A fallback right after a placeholder not filled yet (%1, %L1, %n) is left as it is: run the
// pass on the filled text. Text without a fallback is returned as it is, without a copy.
QString resolveParticles(const QString &text);
QString resolveParticles(QStringView text);

// Whether `text` still holds one of the fallbacks resolveParticles() knows (for tests and checks).
bool hasParticleFallback(QStringView text);

// Whether the texts being written now are Korean: asks the installed translators (the context
// "hopscope::korean" translates "en" to its language code, "ko" in hopscope_ko.ts), so core
// needs no setting from the app and follows a language switch at once. A translate() call:
// ask once per trace or list, not per sentence.
bool inUse();

// `text` with its fallbacks resolved when `korean` is true (see inUse()), else `text` as it is.
inline QString finished(const QString &text, bool korean)
{
    return korean ? resolveParticles(text) : text;
}
// The same, asking inUse(): for a single text (a status message, a tooltip, an error).
inline QString finished(const QString &text)
{
    return finished(text, inUse());
}
inline void finish(QString &text, bool korean)
{
    if (korean)
        text = resolveParticles(text);
}

} // namespace hopscope::korean
