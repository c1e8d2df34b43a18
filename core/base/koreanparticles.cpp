// Korean particles: what closes a word (quotes, brackets, markup), and the fallbacks translators
// write. koreanparticles.h states the rules; koreanreading.cpp reads characters and Latin words.

#include "core/base/koreanparticles.h"

#include "core/base/koreanreading_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <string_view>

namespace hopscope::korean {

namespace {

using namespace detail;

// ---- looking through what closes a word -------------------------------------------------------

char16_t openerOf(char16_t close)
{
    switch (close) {
    case u')':
        return u'(';
    case u']':
        return u'[';
    case u'}':
        return u'{';
    case u'>':
        return u'<';
    case u'›':
        return u'‹';
    case u'»':
        return u'«';
    case u'”':
        return u'“';
    case u'’':
        return u'‘';
    case u'」':
        return u'「';
    case u'』':
        return u'『';
    case u'〉':
        return u'〈';
    case u'》':
        return u'《';
    case u'】':
        return u'【';
    case u'）':
        return u'（';
    case u'］':
        return u'［';
    default:
        return 0;
    }
}

bool isQuote(char16_t c)
{
    return c == u'"' || c == u'\'' || c == u'`';
}

// Punctuation a particle may follow without changing the word it belongs to ("kind:"를, "pod/"를).
bool isSkippedPunctuation(char16_t c)
{
    switch (c) {
    case u'.':
    case u',':
    case u':':
    case u';':
    case u'!':
    case u'?':
    case u'/':
    case u'-':
    case u'_':
    case u'*':
    case u'~':
    case u'=':
    case u'+':
    case u'…':
        return true;
    default:
        return false;
    }
}

// The length of the closing tag ("</b>", or "&lt;/b&gt;" in escaped rich text) `s` ends with, or 0.
qsizetype closingTagLength(QStringView s, QStringView open, QStringView close)
{
    if (!s.endsWith(close))
        return 0;
    qsizetype i = s.size() - close.size();
    const qsizetype nameEnd = i;
    while (i > 0 && isAsciiAlnum(s[i - 1].unicode()))
        --i;
    if (i == nameEnd || i < open.size() + 1 || s[i - 1] != u'/')
        return 0;
    return s.sliced(0, i - 1).endsWith(open) ? s.size() - (i - 1 - open.size()) : 0;
}

// Entities and closing tags of rich text: "&quot;web&quot;", "<b>web</b>".
qsizetype markupSuffixLength(QStringView s)
{
    static constexpr std::u16string_view entities[] = {
        u"&quot;",  u"&apos;",  u"&#39;",   u"&#34;",    u"&gt;",
        u"&rsquo;", u"&rdquo;", u"&raquo;", u"&rsaquo;",
    };
    if (const qsizetype tag = closingTagLength(s, u"<", u">"))
        return tag;
    if (!s.endsWith(u';'))
        return 0;
    if (const qsizetype tag = closingTagLength(s, u"&lt;", u"&gt;"))
        return tag;
    for (std::u16string_view e : entities) {
        if (s.endsWith(QStringView(e)))
            return qsizetype(e.size());
    }
    return 0;
}

// Where the bracket closing `s` opens, or -1.
qsizetype matchingOpener(QStringView s, char16_t open, char16_t close)
{
    constexpr qsizetype maxScan = 256;
    int depth = 0;
    const qsizetype stop = std::max<qsizetype>(0, s.size() - maxScan);
    for (qsizetype i = s.size() - 1; i >= stop; --i) {
        const char16_t c = s[i].unicode();
        if (c == close)
            ++depth;
        else if (c == open && --depth == 0)
            return i;
    }
    return -1;
}

FinalSound readEnd(QStringView s, int depth)
{
    constexpr int maxDepth = 4;
    while (!s.isEmpty()) {
        const char16_t c = s.back().unicode();
        if (isHangulSyllable(c))
            return syllableSound(c);
        if (isAsciiDigit(c))
            return digitSound(c);
        if (isAsciiLetter(c))
            return latinSound(latinRun(s));
        if (isJamo(c))
            return jamoSound(c);
        if (c == u'%')
            return FinalSound::Vowel; // 퍼센트
        if (const qsizetype markup = markupSuffixLength(s)) {
            s.chop(markup);
            continue;
        }
        if (const char16_t open = openerOf(c)) {
            // A round bracket glued to a word is a gloss or an aside: Korean takes the particle
            // from the word before it (디플로이먼트(Deployment)를). Otherwise read inside.
            const qsizetype at =
                (c == u')' || c == u'）') && depth < maxDepth ? matchingOpener(s, open, c) : -1;
            if (at > 0 && !s[at - 1].isSpace()) {
                const FinalSound before = readEnd(s.first(at), depth + 1);
                if (before != FinalSound::None)
                    return before;
            }
            s.chop(1);
            continue;
        }
        if (isQuote(c) || isSkippedPunctuation(c)) {
            s.chop(1);
            continue;
        }
        return FinalSound::None; // a space, a symbol, a script we do not read
    }
    return FinalSound::None;
}

// ---- particles and fallbacks ----------------------------------------------------------------

struct Forms
{
    std::u16string_view consonant, vowel, rieul, none;
};

std::u16string_view pick(const Forms &f, FinalSound s)
{
    switch (s) {
    case FinalSound::Consonant:
        return f.consonant;
    case FinalSound::Vowel:
        return f.vowel;
    case FinalSound::Rieul:
        return f.rieul;
    case FinalSound::None:
        break;
    }
    return f.none;
}

constexpr Forms particleForms[] = {
    {u"은", u"는", u"은", u"은"},             // Topic
    {u"이", u"가", u"이", u"이"},             // Subject
    {u"을", u"를", u"을", u"을"},             // Object
    {u"과", u"와", u"과", u"과"},             // With
    {u"으로", u"로", u"로", u"로"},           // Direction
    {u"이나", u"나", u"이나", u"나"},         // Or
    {u"이라", u"라", u"이라", u"라"},         // Quote
    {u"이에요", u"예요", u"이에요", u"예요"}, // Copula
};

// A fallback written as one string: `text` with its '(' at `paren`.
struct Fallback
{
    std::u16string_view text;
    qsizetype paren;
    Forms forms;
};

constexpr Fallback fallbacks[] = {
    {u"은(는)", 1, {u"은", u"는", u"은", u"은"}},
    {u"는(은)", 1, {u"은", u"는", u"은", u"는"}},
    {u"이(가)", 1, {u"이", u"가", u"이", u"이"}},
    {u"가(이)", 1, {u"이", u"가", u"이", u"가"}},
    {u"을(를)", 1, {u"을", u"를", u"을", u"을"}},
    {u"를(을)", 1, {u"을", u"를", u"을", u"를"}},
    {u"과(와)", 1, {u"과", u"와", u"과", u"과"}},
    {u"와(과)", 1, {u"과", u"와", u"과", u"와"}},
    {u"아(야)", 1, {u"아", u"야", u"아", u"아"}},
    {u"야(아)", 1, {u"아", u"야", u"아", u"야"}},
    {u"(으)로", 0, {u"으로", u"로", u"로", u"로"}},
    {u"으로(로)", 2, {u"으로", u"로", u"로", u"으로"}},
    {u"로(으로)", 1, {u"으로", u"로", u"로", u"로"}},
    {u"이나(나)", 2, {u"이나", u"나", u"이나", u"이나"}},
    {u"나(이나)", 1, {u"이나", u"나", u"이나", u"나"}},
    {u"이라(라)", 2, {u"이라", u"라", u"이라", u"이라"}},
    {u"라(이라)", 1, {u"이라", u"라", u"이라", u"라"}},
    {u"이랑(랑)", 2, {u"이랑", u"랑", u"이랑", u"이랑"}},
    {u"랑(이랑)", 1, {u"이랑", u"랑", u"이랑", u"랑"}},
    {u"이에요(예요)", 3, {u"이에요", u"예요", u"이에요", u"이에요"}},
    {u"예요(이에요)", 2, {u"이에요", u"예요", u"이에요", u"예요"}},
};

// "(이)" before one of these syllables is the optional copula stem: 이 after a consonant, nothing
// after a vowel, where 에, 었, 어 contract with it (노드예요, 노드였다, 노드여서).
constexpr std::u16string_view copulaNext = u"나냐라란랑래고며면든다야여자지에었어니";
constexpr std::u16string_view copulaStem = u"(이)";

char16_t contractedAfterVowel(char16_t next)
{
    switch (next) {
    case u'에':
        return u'예';
    case u'었':
        return u'였';
    case u'어':
        return u'여';
    default:
        return next;
    }
}

// The characters a known fallback has right after its '(' (a quick first test).
bool mayFollowParen(char16_t c)
{
    static constexpr std::u16string_view first = u"는은가이를을와과야아으로나라랑예";
    return first.find(c) != std::u16string_view::npos;
}

struct Match
{
    qsizetype start = -1; // where the fallback starts in the text
    qsizetype length = 0;
    const Fallback *fallback = nullptr; // nullptr: the copula stem "(이)" + one syllable
};

// The known fallback whose '(' is at `paren`, starting at or after `from`.
Match matchAt(QStringView text, qsizetype paren, qsizetype from)
{
    Match best;
    if (paren + 1 >= text.size() || !mayFollowParen(text[paren + 1].unicode()))
        return best;
    for (const Fallback &f : fallbacks) {
        const qsizetype start = paren - f.paren;
        const auto length = qsizetype(f.text.size());
        if (start < from || length <= best.length || start + length > text.size())
            continue;
        if (text.sliced(start, length) == QStringView(f.text))
            best = {start, length, &f};
    }
    if (best.fallback)
        return best;
    const auto stem = qsizetype(copulaStem.size());
    if (paren + stem < text.size() && text.sliced(paren, stem) == QStringView(copulaStem) &&
        copulaNext.find(text[paren + stem].unicode()) != std::u16string_view::npos)
        return {paren, stem + 1, nullptr};
    return best;
}

// Whether `s` ends with a placeholder QString::arg has not filled yet (%1, %L2, %n): its word is
// not known, so the fallback is left for the pass after the filling.
bool endsWithPlaceholder(QStringView s)
{
    qsizetype i = s.size();
    if (i >= 2 && s[i - 1] == u'n' && s[i - 2] == u'%')
        return true;
    while (i > 0 && isAsciiDigit(s[i - 1].unicode()))
        --i;
    if (i == s.size())
        return false;
    if (i > 0 && s[i - 1] == u'L')
        --i;
    return i > 0 && s[i - 1] == u'%';
}

// Appends the form the fallback takes after `out`'s last word.
void appendResolved(QString &out, QStringView matched, const Match &m)
{
    const FinalSound sound = finalSound(out);
    if (m.fallback) {
        const std::u16string_view form = pick(m.fallback->forms, sound);
        out.append(QStringView(form));
        return;
    }
    const char16_t next = matched.back().unicode();
    if (sound == FinalSound::Consonant || sound == FinalSound::Rieul) {
        out.append(u'이');
        out.append(QChar(next));
    } else {
        out.append(QChar(contractedAfterVowel(next)));
    }
}

} // namespace

FinalSound finalSound(QStringView text)
{
    return readEnd(text, 0);
}

QString particle(FinalSound sound, Particle p)
{
    return QStringView(pick(particleForms[int(p)], sound)).toString();
}

QString particle(QStringView word, Particle p)
{
    return particle(finalSound(word), p);
}

QString resolveParticles(const QString &text)
{
    qsizetype paren = text.indexOf(u'(');
    if (paren < 0)
        return text;
    const QStringView view(text);
    QString out;
    qsizetype copied = 0;
    bool changed = false;
    while (paren >= 0) {
        const Match m = matchAt(view, paren, copied);
        if (m.length == 0 || endsWithPlaceholder(view.first(m.start))) {
            paren = text.indexOf(u'(', paren + 1);
            continue;
        }
        if (!changed)
            out.reserve(text.size());
        changed = true;
        out.append(view.sliced(copied, m.start - copied));
        appendResolved(out, view.sliced(m.start, m.length), m);
        copied = m.start + m.length;
        paren = text.indexOf(u'(', copied);
    }
    if (!changed)
        return text;
    out.append(view.sliced(copied));
    return out;
}

QString resolveParticles(QStringView text)
{
    if (!text.contains(u'('))
        return text.toString();
    return resolveParticles(text.toString());
}

bool hasParticleFallback(QStringView text)
{
    for (qsizetype paren = text.indexOf(u'('); paren >= 0; paren = text.indexOf(u'(', paren + 1)) {
        if (matchAt(text, paren, 0).length > 0)
            return true;
    }
    return false;
}

bool inUse()
{
    return QCoreApplication::translate(
               "hopscope::korean", "en",
               "This translation's language code: ko in the Korean translation, en in English")
           == u"ko";
}

} // namespace hopscope::korean
