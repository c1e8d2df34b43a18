// How Korean reads the end of a word before a particle: single characters (Hangul, jamo, digits,
// Latin letters) and Latin words (a reading table, acronyms, generated names, English spelling).

#include "core/base/koreanreading_p.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace hopscope::korean::detail {

namespace {

bool isAsciiUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
bool isAsciiLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
char asciiLower(char16_t c)
{
    return char(isAsciiUpper(c) ? c - u'A' + u'a' : c);
}

bool isWordJoiner(char16_t c)
{
    return c == u'-' || c == u'_' || c == u'.';
}

// ---- Latin words -------------------------------------------------------------------------

// Words this program prints, with the reading a Korean teacher says aloud (the usual loanword
// form; an acronym letter by letter). The sound is the reading's last syllable, so the table
// documents itself. Keys are lowercase and sorted (checked below). Choices worth knowing:
// NAT, DNAT, SNAT are read by their letters (엔에이티 → 를), as Korean writing mostly does;
// conntrack 콘트랙 and DROP 드롭 end in a consonant, KUBE-POSTROUTING 포스트라우팅 too;
// yaml 야믈, kubectl 큐브컨트롤, label 레이블 end in ㄹ; type 타입 and none 논 end in a consonant
// although their spelling ends in a silent e.
struct Reading
{
    std::string_view word;
    std::u16string_view korean;
};

constexpr Reading readings[] = {
    {"accept", u"억셉트"},
    {"affinity", u"어피니티"},
    {"api", u"에이피아이"},
    {"apiserver", u"에이피아이서버"},
    {"apiversion", u"에이피아이버전"},
    {"app", u"앱"},
    {"back-end", u"백엔드"},
    {"backend", u"백엔드"},
    {"bit", u"비트"},
    {"bridge", u"브리지"},
    {"calico", u"캘리코"},
    {"check", u"체크"},
    {"cilium", u"실리움"},
    {"client", u"클라이언트"},
    {"clientip", u"클라이언트아이피"},
    {"cloud", u"클라우드"},
    {"cluster", u"클러스터"},
    {"clusterip", u"클러스터아이피"},
    {"cni", u"씨엔아이"},
    {"conntrack", u"콘트랙"},
    {"container", u"컨테이너"},
    {"containerport", u"컨테이너포트"},
    {"containers", u"컨테이너스"},
    {"coredns", u"코어디엔에스"},
    {"curl", u"컬"},
    {"daemonset", u"데몬셋"},
    {"db", u"디비"},
    {"default", u"디폴트"},
    {"deployment", u"디플로이먼트"},
    {"dnat", u"디엔에이티"},
    {"dns", u"디엔에스"},
    {"drop", u"드롭"},
    {"endpoint", u"엔드포인트"},
    {"endpoints", u"엔드포인츠"},
    {"endpointslice", u"엔드포인트슬라이스"},
    {"endpointslices", u"엔드포인트슬라이시스"},
    {"externalip", u"익스터널아이피"},
    {"externalname", u"익스터널네임"},
    {"externaltrafficpolicy", u"익스터널트래픽폴리시"},
    {"filter", u"필터"},
    {"flannel", u"플란넬"},
    {"forward", u"포워드"},
    {"front-end", u"프런트엔드"},
    {"frontend", u"프런트엔드"},
    {"gateway", u"게이트웨이"},
    {"headless", u"헤드리스"},
    {"health", u"헬스"},
    {"hit", u"히트"},
    {"host", u"호스트"},
    {"hostname", u"호스트네임"},
    {"hostnetwork", u"호스트네트워크"},
    {"hostport", u"호스트포트"},
    {"http", u"에이치티티피"},
    {"https", u"에이치티티피에스"},
    {"hub", u"허브"},
    {"image", u"이미지"},
    {"ingress", u"인그레스"},
    {"input", u"인풋"},
    {"internaltrafficpolicy", u"인터널트래픽폴리시"},
    {"ip", u"아이피"},
    {"iptables", u"아이피테이블스"},
    {"ipvs", u"아이피브이에스"},
    {"json", u"제이슨"},
    {"kind", u"카인드"},
    {"kit", u"키트"},
    {"kube-dns", u"큐브디엔에스"},
    {"kube-firewall", u"큐브파이어월"},
    {"kube-forward", u"큐브포워드"},
    {"kube-mark-drop", u"큐브마크드롭"},
    {"kube-mark-masq", u"큐브마크마스크"},
    {"kube-nodeports", u"큐브노드포츠"},
    {"kube-postrouting", u"큐브포스트라우팅"},
    {"kube-proxy", u"큐브프록시"},
    {"kube-services", u"큐브서비시스"},
    {"kube-system", u"큐브시스템"},
    {"kubectl", u"큐브컨트롤"},
    {"kubelet", u"큐블릿"},
    {"kubernetes", u"쿠버네티스"},
    {"label", u"레이블"},
    {"labels", u"레이블스"},
    {"lo", u"로"},
    {"loadbalancer", u"로드밸런서"},
    {"loadbalancerip", u"로드밸런서아이피"},
    {"local", u"로컬"},
    {"localhost", u"로컬호스트"},
    {"mac", u"맥"},
    {"mark", u"마크"},
    {"masq", u"마스크"},
    {"masquerade", u"마스커레이드"},
    {"metadata", u"메타데이터"},
    {"myapp", u"마이앱"},
    {"name", u"네임"},
    {"namespace", u"네임스페이스"},
    {"nat", u"엔에이티"},
    {"nftables", u"엔에프테이블스"},
    {"nginx", u"엔진엑스"},
    {"node", u"노드"},
    {"nodeport", u"노드포트"},
    {"nodes", u"노즈"},
    {"none", u"논"},
    {"null", u"널"},
    {"ok", u"오케이"},
    {"output", u"아웃풋"},
    {"pod", u"파드"},
    {"pods", u"파즈"},
    {"policy", u"폴리시"},
    {"port", u"포트"},
    {"ports", u"포츠"},
    {"postgres", u"포스트그레스"},
    {"postrouting", u"포스트라우팅"},
    {"prerouting", u"프리라우팅"},
    {"protocol", u"프로토콜"},
    {"proxy", u"프록시"},
    {"redis", u"레디스"},
    {"reject", u"리젝트"},
    {"replicas", u"레플리카스"},
    {"replicaset", u"레플리카셋"},
    {"result", u"리절트"},
    {"return", u"리턴"},
    {"route", u"라우트"},
    {"sctp", u"에스씨티피"},
    {"selector", u"셀렉터"},
    {"server", u"서버"},
    {"service", u"서비스"},
    {"services", u"서비시스"},
    {"sessionaffinity", u"세션어피니티"},
    {"snat", u"에스엔에이티"},
    {"spec", u"스펙"},
    {"statefulset", u"스테이트풀셋"},
    {"status", u"스테이터스"},
    {"sub", u"서브"},
    {"targetport", u"타깃포트"},
    {"tcp", u"티씨피"},
    {"type", u"타입"},
    {"udp", u"유디피"},
    {"vip", u"브이아이피"},
    {"vote", u"보트"},
    {"voting-app", u"보팅앱"},
    {"vxlan", u"브이엑스랜"},
    {"web", u"웹"},
    {"worker", u"워커"},
    {"yaml", u"야믈"},
};

static_assert(std::ranges::is_sorted(readings, {}, &Reading::word), "keep the readings sorted");

const Reading *findReading(std::string_view lower)
{
    const auto it = std::ranges::lower_bound(readings, lower, {}, &Reading::word);
    return it != std::end(readings) && it->word == lower ? it : nullptr;
}

// The longest table word of 4 letters or more that `lower` ends with (healthcheck → check,
// kubeproxy → proxy, prototype → type). Shorter words would match too much (lip → ip).
const Reading *findSuffixReading(std::string_view lower)
{
    const Reading *best = nullptr;
    for (const Reading &r : readings) {
        if (r.word.size() >= 4 && r.word.size() < lower.size() && lower.ends_with(r.word) &&
            r.word.find('-') == std::string_view::npos &&
            (!best || r.word.size() > best->word.size()))
            best = &r;
    }
    return best;
}

FinalSound readingSound(const Reading &r)
{
    return syllableSound(r.korean.back());
}

std::string lowered(QStringView s)
{
    std::string out;
    out.reserve(size_t(s.size()));
    for (QChar c : s)
        out.push_back(asciiLower(c.unicode()));
    return out;
}

bool isEnglishVowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// A single vowel letter at i that is not part of a vowel pair (the "e" of packet, not the "oo"
// of root).
bool shortVowelAt(std::string_view w, size_t i)
{
    return isEnglishVowel(w[i]) && (i == 0 || !isEnglishVowel(w[i - 1]));
}

// A lowercase English word with at least one vowel letter, read by its spelling as Korean
// loanwords are written (국립국어원 외래어 표기법 and the usual IT spellings):
//  - a final silent e (a vowel letter earlier, a consonant before the e): after l → ㄹ (file 파일,
//    rule 룰, scale 스케일); after m, n → consonant (name 네임, time 타임, zone 존, none 논);
//    otherwise the consonant gets its own syllable → vowel (node 노드, vote 보트, kube 큐브,
//    code 코드, route 라우트, base 베이스). "type" (타입) is the table's exception.
//  - final l, ll → ㄹ (pool 풀, control 컨트롤, flannel 플란넬).
//  - final m, n, ng → consonant (system 시스템, token 토큰, routing 라우팅).
//  - final p, b, k, c after a vowel → consonant ㅂ/ㄱ (app 앱, drop 드롭, setup 셋업, keep 킵,
//    group 그룹, web 웹, job 잡, back 백, book 북, spec 스펙, traffic 트래픽), but after a
//    consonant → vowel (dump 덤프, help 헬프, link 링크, task 태스크, desk 데스크); loop 루프 and
//    the -eek/-eak words (week 위크, break 브레이크) keep their 프/크.
//  - final t after a single short vowel → ㅅ (packet 패킷, socket 소켓, target 타깃, subnet 서브넷,
//    format 포맷, output 아웃풋, set 셋) and after "ou" (timeout 타임아웃, layout 레이아웃);
//    otherwise a vowel (port 포트, host 호스트, client 클라이언트, root 루트, wait 웨이트).
//  - everything else ends in a vowel: d 드 (pod 파드, kind 카인드), s/z 스/즈, x 엑스, r 어
//    (server 서버), y 이 (proxy 프록시), g 그 (tag 태그, log 로그), f 프, h (patch 패치, hash 해시,
//    path 패스), w (flow 플로), a, i, o, u and a sounded e (true 트루).
FinalSound englishSound(std::string_view w)
{
    const size_t n = w.size();
    const char last = w[n - 1];
    const char before = n >= 2 ? w[n - 2] : '\0';
    if (last == 'e' && n >= 3 && !isEnglishVowel(before) &&
        std::ranges::any_of(w.substr(0, n - 2), isEnglishVowel)) {
        if (before == 'l')
            return FinalSound::Rieul;
        if (before == 'm' || before == 'n')
            return FinalSound::Consonant;
        return FinalSound::Vowel;
    }
    switch (last) {
    case 'l':
        return FinalSound::Rieul;
    case 'm':
    case 'n':
        return FinalSound::Consonant;
    case 'g':
        return before == 'n' ? FinalSound::Consonant : FinalSound::Vowel;
    case 'p':
        if (!isEnglishVowel(before) || w.ends_with("oop"))
            return FinalSound::Vowel;
        return FinalSound::Consonant;
    case 'b':
        return isEnglishVowel(before) || before == 'm' ? FinalSound::Consonant : FinalSound::Vowel;
    case 'c':
        return isEnglishVowel(before) ? FinalSound::Consonant : FinalSound::Vowel;
    case 'k':
        if (before == 'c' || w.ends_with("ook") || (n >= 2 && shortVowelAt(w, n - 2)))
            return FinalSound::Consonant;
        return FinalSound::Vowel;
    case 't':
        if ((n >= 2 && shortVowelAt(w, n - 2)) || w.ends_with("out"))
            return FinalSound::Consonant;
        return FinalSound::Vowel;
    default:
        return FinalSound::Vowel;
    }
}

// The last part of a camelCase or CamelCase word: targetPort → Port, ClusterIP → IP,
// HTTPRoute → Route; a word in one case is its own last part.
QStringView lastHump(QStringView w)
{
    qsizetype i = w.size() - 1;
    if (isAsciiLower(w[i].unicode())) {
        while (i > 0 && isAsciiLower(w[i - 1].unicode()))
            --i;
        if (i > 0 && isAsciiUpper(w[i - 1].unicode()))
            --i;
    } else {
        while (i > 0 && isAsciiUpper(w[i - 1].unicode()))
            --i;
    }
    return w.sliced(i);
}

// One segment of letters and digits ending in a letter (the part after the last '-', '_', '.').
FinalSound segmentSound(QStringView seg)
{
    const char16_t last = seg.back().unicode();
    if (seg.size() == 1)
        return letterSound(last); // node-a, x
    // Digits inside (x2k4q, 7d9f8c, k8s): a generated name or an abbreviation, read letter by
    // letter.
    if (std::ranges::any_of(seg, [](QChar c) { return isAsciiDigit(c.unicode()); }))
        return letterSound(last);
    const QStringView hump = lastHump(seg);
    const std::string lower = lowered(hump);
    if (hump.size() != seg.size()) {
        if (const Reading *r = findReading(lower))
            return readingSound(*r);
    }
    if (isAsciiUpper(hump.front().unicode()) && isAsciiUpper(hump.back().unicode()))
        return letterSound(last); // an acronym (the table had its chance): TCP, ARP, KUBE-SEP-…
    if (hump.size() == 1)
        return letterSound(last);
    // No a, e, i, o, u: a lowercase acronym or a generated suffix (tcp, pvc, db, x2k4q's kin
    // "bcdfg"), letter by letter.
    if (!std::ranges::any_of(lower, isEnglishVowel))
        return letterSound(last);
    if (const Reading *r = findSuffixReading(lower))
        return readingSound(*r);
    return englishSound(lower);
}

} // namespace

// ---- single characters -------------------------------------------------------------------

constexpr char16_t hangulFirst = 0xAC00; // 가
constexpr char16_t hangulLast = 0xD7A3;  // 힣
constexpr int rieulFinal = 8;            // index of ㄹ among the 28 finals (0 = none)

bool isHangulSyllable(char16_t c)
{
    return c >= hangulFirst && c <= hangulLast;
}

FinalSound syllableSound(char16_t c)
{
    const int final = (c - hangulFirst) % 28;
    if (final == 0)
        return FinalSound::Vowel;
    return final == rieulFinal ? FinalSound::Rieul : FinalSound::Consonant;
}

// A lone jamo is read by its name: ㄱ 기역, ㄴ 니은 … all end in a consonant, ㄹ 리을 in ㄹ; ㅏ 아
// … are vowels.
FinalSound jamoSound(char16_t c)
{
    if (c == u'ㄹ')
        return FinalSound::Rieul;
    return c <= u'ㅎ' ? FinalSound::Consonant : FinalSound::Vowel;
}

bool isJamo(char16_t c)
{
    return c >= u'ㄱ' && c <= u'ㅣ';
}

// Sino-Korean: 0 영 (and 십, 백, 천, 만 for a trailing zero), 3 삼, 6 육 → consonant; 1 일, 7 칠,
// 8 팔 → ㄹ; 2 이, 4 사, 5 오, 9 구 → vowel. The last digit decides for any number, IP or port.
FinalSound digitSound(char16_t d)
{
    switch (d) {
    case u'0':
    case u'3':
    case u'6':
        return FinalSound::Consonant;
    case u'1':
    case u'7':
    case u'8':
        return FinalSound::Rieul;
    default:
        return FinalSound::Vowel;
    }
}

bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
bool isAsciiLetter(char16_t c)
{
    return isAsciiUpper(c) || isAsciiLower(c);
}
bool isAsciiAlnum(char16_t c)
{
    return isAsciiLetter(c) || isAsciiDigit(c);
}

// The Korean letter names: A 에이, B 비, C 씨, D 디, E 이, F 에프, G 지, H 에이치, I 아이, J 제이,
// K 케이, L 엘, M 엠, N 엔, O 오, P 피, Q 큐, R 알, S 에스, T 티, U 유, V 브이, W 더블유, X 엑스,
// Y 와이, Z 제트.
FinalSound letterSound(char16_t c)
{
    switch (asciiLower(c)) {
    case 'l':
    case 'r':
        return FinalSound::Rieul;
    case 'm':
    case 'n':
        return FinalSound::Consonant;
    default:
        return FinalSound::Vowel;
    }
}

// ---- Latin words -------------------------------------------------------------------------

// `run`: ASCII letters and digits, joined by '-', '_' or '.', ending in a letter.
FinalSound latinSound(QStringView run)
{
    if (const Reading *r = findReading(lowered(run)))
        return readingSound(*r);
    qsizetype start = run.size();
    while (start > 0 && !isWordJoiner(run[start - 1].unicode()))
        --start;
    const QStringView seg = run.sliced(start);
    if (seg.size() != run.size()) {
        if (const Reading *r = findReading(lowered(seg)))
            return readingSound(*r);
    }
    return segmentSound(seg);
}

// The run of ASCII letters, digits and inner joiners that `s` ends with.
QStringView latinRun(QStringView s)
{
    qsizetype i = s.size();
    while (i > 0) {
        const char16_t c = s[i - 1].unicode();
        if (isAsciiAlnum(c) ||
            (isWordJoiner(c) && i < s.size() && i >= 2 && isAsciiAlnum(s[i - 2].unicode())))
            --i;
        else
            break;
    }
    return s.sliced(i);
}

} // namespace hopscope::korean::detail
