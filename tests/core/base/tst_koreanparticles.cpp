// Korean particles chosen from the sound the preceding word ends with, as a Korean teacher reads
// it aloud: Hangul 받침 (ㄹ apart), numbers in Sino-Korean by their last digit, Latin words by the
// reading table, letter names or English spelling, through quotes, brackets and markup. Every
// known fallback resolved; every other bracket left alone. Each row names the fact it checks.
#include "core/base/koreanparticles.h"

#include <QtTest>

using namespace hopscope::korean;

Q_DECLARE_METATYPE(hopscope::korean::Particle)

namespace {

QString soundName(FinalSound s)
{
    switch (s) {
    case FinalSound::None:
        return QStringLiteral("none");
    case FinalSound::Vowel:
        return QStringLiteral("vowel");
    case FinalSound::Consonant:
        return QStringLiteral("consonant");
    case FinalSound::Rieul:
        return QStringLiteral("rieul");
    }
    return QStringLiteral("?");
}

void row(const char *name, const char *text, const char *expected)
{
    QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
}

} // namespace

class TestKoreanParticles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolve_data();
    void resolve();
    void finalSound_data();
    void finalSound();
    void particle_data();
    void particle();
    void textWithoutFallbackIsNotCopied_data();
    void textWithoutFallbackIsNotCopied();
};

void TestKoreanParticles::resolve_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    // Every pair, both orders, after each kind of sound.
    row("ip ending 2 reads 이 (vowel): 192.168.1.2은(는) → 192.168.1.2는",
        "192.168.1.2은(는) 노드 주소입니다", "192.168.1.2는 노드 주소입니다");
    row("ip ending 10 reads 십 (consonant): 10.96.0.10은(는) → 10.96.0.10은", "10.96.0.10은(는)",
        "10.96.0.10은");
    row("ip ending 1 reads 일 (ㄹ takes 은): 10.96.0.1은(는) → 10.96.0.1은", "10.96.0.1은(는)",
        "10.96.0.1은");
    row("reversed 는(은) after a vowel: 노드는(은) → 노드는", "노드는(은)", "노드는");
    row("reversed 는(은) after a consonant: 규칙는(은) → 규칙은", "규칙는(은)", "규칙은");
    row("node-1 ends in 1 read 일 (ㄹ): node-1이(가) → node-1이", "node-1이(가)", "node-1이");
    row("pod reads 파드 (vowel): pod이(가) → pod가", "pod이(가)", "pod가");
    row("reversed 가(이) after a consonant: 패킷가(이) → 패킷이", "패킷가(이)", "패킷이");
    row("reversed 가(이) after a vowel: 서비스가(이) → 서비스가", "서비스가(이)", "서비스가");
    row("port 80 reads 팔십 (ㅂ): 80을(를) → 80을", "80을(를)", "80을");
    row("TCP ends in 피 (vowel): TCP을(를) → TCP를", "TCP을(를)", "TCP를");
    row("reversed 를(을) after yaml read 야믈 (ㄹ): yaml를(을) → yaml을", "yaml를(을)", "yaml을");
    row("reversed 를(을) after a vowel: 주소를(을) → 주소를", "주소를(을)", "주소를");
    row("과(와) after a consonant: 규칙과(와) → 규칙과", "규칙과(와) 체인", "규칙과 체인");
    row("과(와) after a vowel: 노드과(와) → 노드와", "노드과(와)", "노드와");
    row("과(와) after ㄹ takes 과: 서울과(와) → 서울과", "서울과(와)", "서울과");
    row("reversed 와(과) after eth0 (영): eth0와(과) → eth0과", "eth0와(과)", "eth0과");
    row("reversed 와(과) after kube-proxy (프록시): kube-proxy와(과) → kube-proxy와",
        "kube-proxy와(과)", "kube-proxy와");
    row("30008 ends in 8 read 팔 (ㄹ takes 로): 30008(으)로 → 30008로", "30008(으)로", "30008로");
    row("ip:port ending 80 (팔십): 10.244.1.2:80(으)로 → 10.244.1.2:80으로",
        "10.244.1.2:80(으)로 보냅니다", "10.244.1.2:80으로 보냅니다");
    row("(으)로 after a Hangul vowel: 노드(으)로 → 노드로", "노드(으)로", "노드로");
    row("(으)로 after Hangul ㄹ takes 로: 서울(으)로 → 서울로", "서울(으)로", "서울로");
    row("(으)로 after Hangul ㄱ: 규칙(으)로 → 규칙으로", "규칙(으)로", "규칙으로");
    row("으로(로) after a vowel: 파드으로(로) → 파드로", "파드으로(로)", "파드로");
    row("로(으로) after eth0 (영): eth0로(으로) → eth0으로", "eth0로(으로)", "eth0으로");
    row("(으)로서 keeps its ending: 노드(으)로서 → 노드로서", "노드(으)로서", "노드로서");
    row("(으)로부터 after cni0 (영): cni0(으)로부터 → cni0으로부터", "cni0(으)로부터",
        "cni0으로부터");
    row("(이)나 after web (웹): web(이)나 → web이나", "web(이)나", "web이나");
    row("(이)나 after pod (파드): pod(이)나 → pod나", "pod(이)나", "pod나");
    row("이나(나) after a vowel: 노드이나(나) → 노드나", "노드이나(나)", "노드나");
    row("reversed 나(이나) after 80 (팔십): 80나(이나) → 80이나", "80나(이나)", "80이나");
    row("(이)라는 after app (앱): app(이)라는 → app이라는", "app(이)라는", "app이라는");
    row("(이)라고 after nginx (엔진엑스): nginx(이)라고 → nginx라고", "nginx(이)라고", "nginx라고");
    row("이라(라) after label (레이블, ㄹ): label이라(라) → label이라", "label이라(라)",
        "label이라");
    row("reversed 라(이라) after a vowel: 서비스라(이라) → 서비스라", "서비스라(이라)", "서비스라");
    row("(이)에요 after 10 (십): 10.96.0.10(이)에요 → 10.96.0.10이에요", "10.96.0.10(이)에요",
        "10.96.0.10이에요");
    row("(이)에요 after a vowel contracts to 예요: 노드(이)에요 → 노드예요", "노드(이)에요",
        "노드예요");
    row("이에요(예요) after node-1 (ㄹ): node-1이에요(예요) → node-1이에요", "node-1이에요(예요)",
        "node-1이에요");
    row("reversed 예요(이에요) after DNS (에스): DNS예요(이에요) → DNS예요", "DNS예요(이에요)",
        "DNS예요");
    row("(이)었다 after a vowel contracts to 였: 파드(이)었다 → 파드였다", "파드(이)었다",
        "파드였다");
    row("(이)었다 after app (앱): app(이)었다 → app이었다", "app(이)었다", "app이었다");
    row("(이)고 after 80 (팔십): 80(이)고 → 80이고", "포트는 80(이)고", "포트는 80이고");
    row("(이)며 after TCP (피): TCP(이)며 → TCP며", "TCP(이)며", "TCP며");
    row("이랑(랑) after a vowel: 파드이랑(랑) → 파드랑", "파드이랑(랑)", "파드랑");
    row("vocative 아(야) after ㄴ: 서연아(야) → 서연아", "서연아(야)", "서연아");
    row("vocative 아(야) after a vowel: 지수아(야) → 지수야", "지수아(야)", "지수야");

    // Digits 0–9 in Sino-Korean.
    row("digit 0 reads 영 (consonant): 값 0은(는) → 0은", "값 0은(는)", "값 0은");
    row("digit 1 reads 일 (ㄹ): 값 1은(는) → 1은", "값 1은(는)", "값 1은");
    row("digit 2 reads 이 (vowel): 값 2은(는) → 2는", "값 2은(는)", "값 2는");
    row("digit 3 reads 삼 (consonant): 값 3은(는) → 3은", "값 3은(는)", "값 3은");
    row("digit 4 reads 사 (vowel): 값 4은(는) → 4는", "값 4은(는)", "값 4는");
    row("digit 5 reads 오 (vowel): 값 5은(는) → 5는", "값 5은(는)", "값 5는");
    row("digit 6 reads 육 (consonant): 값 6은(는) → 6은", "값 6은(는)", "값 6은");
    row("digit 7 reads 칠 (ㄹ): 값 7은(는) → 7은", "값 7은(는)", "값 7은");
    row("digit 8 reads 팔 (ㄹ): 값 8은(는) → 8은", "값 8은(는)", "값 8은");
    row("digit 9 reads 구 (vowel): 값 9은(는) → 9는", "값 9은(는)", "값 9는");
    row("digit 1 (일) takes 로: 1(으)로 → 1로", "1(으)로", "1로");
    row("digit 7 (칠) takes 로: 7(으)로 → 7로", "7(으)로", "7로");
    row("digit 3 (삼) takes 으로: 3(으)로 → 3으로", "3(으)로", "3으로");
    row("digit 6 (육) takes 으로: 6(으)로 → 6으로", "6(으)로", "6으로");
    row("digit 0 (영) takes 으로: 0(으)로 → 0으로", "0(으)로", "0으로");
    row("digit 9 (구) takes 로: 9(으)로 → 9로", "9(으)로", "9로");

    // Ports, IPs with ports, CIDRs.
    row("port 443 ends in 삼: 443을(를) → 443을", "443을(를)", "443을");
    row("port 8080 ends in 팔십: 8080을(를) → 8080을", "8080을(를)", "8080을");
    row("port 30035 ends in 오: 30035을(를) → 30035를", "30035을(를)", "30035를");
    row("port 8472 ends in 이: UDP 8472을(를) → 8472를", "UDP 8472을(를)", "UDP 8472를");
    row("port 9376 ends in 육: 9376(으)로 → 9376으로", "9376(으)로", "9376으로");
    row("ip:port ending 5 (오): 192.168.56.71:30035(으)로 → 로", "192.168.56.71:30035(으)로",
        "192.168.56.71:30035로");
    row("ip:port ending 53 (삼): 10.96.0.10:53(으)로 → 으로", "10.96.0.10:53(으)로",
        "10.96.0.10:53으로");
    row("ip:port ending 7 (칠): 10.244.2.5:8087(으)로 → 로", "10.244.2.5:8087(으)로",
        "10.244.2.5:8087로");
    row("cidr /16 ends in 육: 10.244.0.0/16은(는) → 은", "10.244.0.0/16은(는)", "10.244.0.0/16은");
    row("cidr /12 ends in 이: 10.96.0.0/12은(는) → 는", "10.96.0.0/12은(는)", "10.96.0.0/12는");
    row("probability 1/3 ends in 삼: 1/3(으)로 → 1/3으로", "확률 1/3(으)로", "확률 1/3으로");

    // Hangul words.
    row("Hangul without 받침: 클러스터을(를) → 클러스터를", "클러스터을(를)", "클러스터를");
    row("Hangul with 받침 ㅅ: 패킷을(를) → 패킷을", "패킷을(를)", "패킷을");
    row("Hangul with 받침 ㄹ for 을(를): 레이블을(를) → 레이블을", "레이블을(를)", "레이블을");
    row("Hangul with 받침 ㄹ for (으)로: 레이블(으)로 → 레이블로", "레이블(으)로", "레이블로");
    row("Hangul with 받침 ㄱ: 정책(으)로 → 정책으로", "정책(으)로", "정책으로");
    row("a lone jamo by its name ㄹ 리을: ㄹ(으)로 → ㄹ로", "ㄹ(으)로", "ㄹ로");

    // Acronyms letter by letter, table words, the English-spelling heuristic.
    row("acronym DNS ends in 에스: DNS은(는) → DNS는", "DNS은(는)", "DNS는");
    row("acronym URL ends in 엘 (ㄹ): URL(으)로 → URL로", "URL(으)로", "URL로");
    row("acronym CR ends in 알 (ㄹ takes 을): CR을(를) → CR을", "CR을(를)", "CR을");
    row("acronym ARP ends in 피: ARP을(를) → ARP를", "ARP을(를)", "ARP를");
    row("acronym LVM ends in 엠: LVM은(는) → LVM은", "LVM은(는)", "LVM은");
    row("chain hash letter by letter, last U 유: KUBE-SVC-TCOU7JCQXEZGVUNU을(를) → 를",
        "KUBE-SVC-TCOU7JCQXEZGVUNU을(를)", "KUBE-SVC-TCOU7JCQXEZGVUNU를");
    row("chain hash letter by letter, last M 엠: KUBE-SEP-ABCDEFGHIJKLMNOM(으)로 → 으로",
        "KUBE-SEP-ABCDEFGHIJKLMNOM(으)로", "KUBE-SEP-ABCDEFGHIJKLMNOM으로");
    row("table: conntrack 콘트랙 (ㄱ): conntrack이(가) → conntrack이", "conntrack이(가)",
        "conntrack이");
    row("table: DROP 드롭 (ㅂ), not letter P: DROP은(는) → DROP은", "DROP은(는)", "DROP은");
    row("table: RETURN 리턴: RETURN(으)로 → RETURN으로", "RETURN(으)로", "RETURN으로");
    row("table: KUBE-POSTROUTING 포스트라우팅: KUBE-POSTROUTING이(가) → 이",
        "KUBE-POSTROUTING이(가)", "KUBE-POSTROUTING이");
    row("table: KUBE-MARK-MASQ 마크마스크: KUBE-MARK-MASQ(으)로 → 로", "KUBE-MARK-MASQ(으)로",
        "KUBE-MARK-MASQ로");
    row("table: KUBE-SERVICES 서비시스: KUBE-SERVICES은(는) → 는", "KUBE-SERVICES은(는)",
        "KUBE-SERVICES는");
    row("table: VXLAN 브이엑스랜: VXLAN(으)로 → VXLAN으로", "VXLAN(으)로", "VXLAN으로");
    row("table: DNAT read by letters 디엔에이티: DNAT이(가) → DNAT가", "DNAT이(가)", "DNAT가");
    row("table: MASQUERADE 마스커레이드: MASQUERADE을(를) → 를", "MASQUERADE을(를)",
        "MASQUERADE를");
    row("table: yaml 야믈 (ㄹ): yaml(으)로 → yaml로", "yaml(으)로", "yaml로");
    row("table: flannel.1 ends in 1 (일): flannel.1(으)로 → flannel.1로", "flannel.1(으)로",
        "flannel.1로");
    row("table: lo 로: lo은(는) → lo는", "lo은(는)", "lo는");
    row("table: type 타입 (silent e is not read): type은(는) → type은", "type은(는)", "type은");
    row("table: spec 스펙: spec을(를) → spec을", "spec을(를)", "spec을");
    row("table: metadata 메타데이터: metadata을(를) → 를", "metadata을(를)", "metadata를");
    row("table: NodePort 노드포트: NodePort(으)로 → NodePort로", "NodePort(으)로", "NodePort로");
    row("table: ClusterIP 클러스터아이피: ClusterIP은(는) → 는", "ClusterIP은(는)", "ClusterIP는");
    row("table: myapp 마이앱: myapp이(가) → myapp이", "myapp이(가)", "myapp이");
    row("table: back-end 백엔드: back-end(으)로 → back-end로", "back-end(으)로", "back-end로");
    row("table: postgres 포스트그레스: postgres와(과) → postgres와", "postgres와(과)",
        "postgres와");
    row("table: kube-proxy 큐브프록시: kube-proxy이(가) → kube-proxy가", "kube-proxy이(가)",
        "kube-proxy가");
    row("camelCase by its last part: externalTrafficPolicy은(는) → 는 (폴리시)",
        "externalTrafficPolicy은(는)", "externalTrafficPolicy는");
    row("generated pod suffix letter by letter, q 큐: myapp-7d9f8c-x2k4q이(가) → 가",
        "myapp-7d9f8c-x2k4q이(가)", "myapp-7d9f8c-x2k4q가");
    row("generated pod suffix letter by letter, l 엘: redis-8f9c7d-tvbxl(으)로 → 로",
        "redis-8f9c7d-tvbxl(으)로", "redis-8f9c7d-tvbxl로");
    row("heuristic: final t after a short vowel is ㅅ: socket을(를) → socket을", "socket을(를)",
        "socket을");
    row("heuristic: final t after a consonant is 트: tenant(으)로 → tenant로", "tenant(으)로",
        "tenant로");
    row("heuristic: final l is ㄹ: pool(으)로 → pool로", "pool(으)로", "pool로");
    row("heuristic: final m is a consonant: system(으)로 → system으로", "system(으)로",
        "system으로");
    row("heuristic: final ng is ㅇ: routing은(는) → routing은", "routing은(는)", "routing은");
    row("heuristic: silent e after m is 임: frame을(를) → frame을", "frame을(를)", "frame을");
    row("heuristic: silent e after l is ㄹ: scale(으)로 → scale로", "scale(으)로", "scale로");
    row("heuristic: silent e after d is 드: code을(를) → code를", "code을(를)", "code를");
    row("heuristic: final p after a vowel is ㅂ: setup이(가) → setup이", "setup이(가)", "setup이");
    row("heuristic: final p after a consonant is 프: dump이(가) → dump가", "dump이(가)", "dump가");
    row("heuristic: final ck is ㄱ: stack을(를) → stack을", "stack을(를)", "stack을");
    row("heuristic: final d is 드: shard을(를) → shard를", "shard을(를)", "shard를");
    row("heuristic: final r is 어: router을(를) → router를", "router을(를)", "router를");
    row("heuristic: no vowel letters, letter by letter (pvc, 씨): pvc은(는) → pvc는", "pvc은(는)",
        "pvc는");

    // Quotes, brackets, markup.
    row("through double quotes: \"web\"을(를) → \"web\"을", "\"web\"을(를)", "\"web\"을");
    row("through single quotes and a colon: 'kind:'을(를) → 'kind:'를", "'kind:'을(를)",
        "'kind:'를");
    row("through brackets with nothing glued before: (node-1)이(가) → (node-1)이",
        "노드 (node-1)이(가)", "노드 (node-1)이");
    row("through square brackets: [eth0]을(를) → [eth0]을", "[eth0]을(를)", "[eth0]을");
    row("through curly quotes: “svc”은(는) → “svc”는", "“svc”은(는)", "“svc”는");
    row("through single guillemets: ‹lo›은(는) → ‹lo›는", "‹lo›은(는)", "‹lo›는");
    row("through guillemets: «pod»을(를) → «pod»를", "«pod»을(를)", "«pod»를");
    row("through a right single quote: ‘app’을(를) → ‘app’을", "‘app’을(를)", "‘app’을");
    row("through backticks: `spec`을(를) → `spec`을", "`spec`을(를)", "`spec`을");
    row("through angle brackets: <none>은(는) → <none>은 (논)", "<none>은(는)", "<none>은");
    row("through a closing HTML tag: <b>web</b>이(가) → <b>web</b>이", "<b>web</b>이(가)",
        "<b>web</b>이");
    row("through an HTML quote entity: &quot;db&quot;을(를) → &quot;db&quot;를",
        "&quot;db&quot;을(를)", "&quot;db&quot;를");
    row("a bracket glued to a word is a gloss: 디플로이먼트(Deployment)을(를) → 를",
        "디플로이먼트(Deployment)을(를)", "디플로이먼트(Deployment)를");
    row("gloss after a name: node-2(192.168.1.3)(으)로 → node-2(192.168.1.3)로",
        "node-2(192.168.1.3)(으)로 갑니다", "node-2(192.168.1.3)로 갑니다");
    row("a spaced bracket is read inside: web-1 (10.244.1.5)(으)로 → 로 (오)",
        "web-1 (10.244.1.5)(으)로", "web-1 (10.244.1.5)로");
    row("nested brackets: ((eth0))을(를) → ((eth0))을", "((eth0))을(를)", "((eth0))을");

    // Several fallbacks, none, and the start of a text.
    row("a trace sentence with two fallbacks",
        "un-DNAT: 출발지 10.96.0.10:80이(가) 보낸 쪽이 연결했던 주소 192.168.1.10(으)로 "
        "돌아갑니다.",
        "un-DNAT: 출발지 10.96.0.10:80이 보낸 쪽이 연결했던 주소 192.168.1.10으로 돌아갑니다.");
    row("a trace sentence with four fallbacks",
        "파드 web-1이(가) eth0으로 받습니다: 컨테이너 nginx이(가) 포트 80/TCP을(를) 선언했고, "
        "서버 10.244.1.5:80이(가) 응답합니다",
        "파드 web-1이 eth0으로 받습니다: 컨테이너 nginx가 포트 80/TCP를 선언했고, "
        "서버 10.244.1.5:80이 응답합니다");
    row("a lint sentence: --nodes: 7000은(는) 1에서 5000 사이", "--nodes: 7000은(는) 1에서 5000",
        "--nodes: 7000은 1에서 5000");
    row("fallbacks back to back each read their own word: 노드 node-1과(와) pod을(를)",
        "node-1과(와) pod을(를)", "node-1과 pod를");
    row("no fallback: text unchanged", "노드 node-1의 eth0 주소", "노드 node-1의 eth0 주소");
    row("a translator's parenthesis is not a pair: ClusterIP(기본값), NodePort",
        "type은 ClusterIP(기본값), NodePort 중 하나", "type은 ClusterIP(기본값), NodePort 중 하나");
    row("a Hangul parenthesis stays: 86400(하루)까지", "1부터 86400(하루)까지",
        "1부터 86400(하루)까지");
    row("a lone Hangul word in brackets stays: (없음)", "(없음)", "(없음)");
    row("(이) not before a copula ending stays: 값(이) 없음", "값(이) 없음", "값(이) 없음");
    row("an unclosed pair stays: 노드은(는", "노드은(는", "노드은(는");
    row("empty text stays empty", "", "");
    row("an unfilled placeholder is left for the pass after filling: %1은(는) stays",
        "노드 %1은(는) 준비되었고 %L2(으)로 보냅니다",
        "노드 %1은(는) 준비되었고 %L2(으)로 보냅니다");
    row("a bracket glued to a quote is a gloss too: \"web\"(웹)을(를) → 을", "\"web\"(웹)을(를)",
        "\"web\"(웹)을");
    row("at the start of a text there is no word: the bracketed part is dropped, 은(는) → 은",
        "은(는) 비어 있습니다", "은 비어 있습니다");
    row("at the start (으)로 → 로", "(으)로 갑니다", "로 갑니다");
    row("at the start (이)에요 → 예요", "(이)에요", "예요");
    row("after a space there is no word: 파드 을(를) → 파드 을", "파드 을(를)", "파드 을");
    row("after a symbol that is not read: →(으)로 → →로", "→(으)로", "→로");
}

void TestKoreanParticles::resolve()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(resolveParticles(text), expected);
    QCOMPARE(resolveParticles(QStringView(text)), expected);
    QCOMPARE(hasParticleFallback(resolveParticles(text)), hasParticleFallback(expected));
}

void TestKoreanParticles::finalSound_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("sound");
    const auto add = [](const char *name, const char *word, const char *sound) {
        QTest::newRow(name) << QString::fromUtf8(word) << QString::fromUtf8(sound);
    };
    add("the brief's list: node read 노드", "node", "vowel");
    add("the brief's list: pods read 파즈", "pods", "vowel");
    add("the brief's list: node-1 ends in 일", "node-1", "rieul");
    add("the brief's list: eth0 ends in 영", "eth0", "consonant");
    add("the brief's list: cni0 ends in 영", "cni0", "consonant");
    add("the brief's list: iptables read 아이피테이블스", "iptables", "vowel");
    add("the brief's list: nftables read 엔에프테이블스", "nftables", "vowel");
    add("the brief's list: proxy read 프록시", "proxy", "vowel");
    add("the brief's list: LoadBalancer read 로드밸런서", "LoadBalancer", "vowel");
    add("the brief's list: Service read 서비스", "Service", "vowel");
    add("the brief's list: Endpoints read 엔드포인츠", "Endpoints", "vowel");
    add("the brief's list: EndpointSlice read 엔드포인트슬라이스", "EndpointSlice", "vowel");
    add("the brief's list: SNAT read 에스엔에이티", "SNAT", "vowel");
    add("the brief's list: NAT read 엔에이티", "NAT", "vowel");
    add("the brief's list: UDP read 유디피", "UDP", "vowel");
    add("the brief's list: HTTP read 에이치티티피", "HTTP", "vowel");
    add("the brief's list: IP read 아이피", "IP", "vowel");
    add("the brief's list: VIP read 브이아이피", "VIP", "vowel");
    add("the brief's list: client read 클라이언트", "client", "vowel");
    add("the brief's list: server read 서버", "server", "vowel");
    add("the brief's list: cluster read 클러스터", "cluster", "vowel");
    add("the brief's list: KUBE-NODEPORTS read 큐브노드포츠", "KUBE-NODEPORTS", "vowel");
    add("the brief's list: ACCEPT read 억셉트", "ACCEPT", "vowel");
    add("the brief's list: REJECT read 리젝트", "REJECT", "vowel");
    add("the brief's list: web read 웹", "web", "consonant");
    add("the brief's list: app read 앱", "app", "consonant");
    add("the brief's list: front-end read 프런트엔드", "front-end", "vowel");
    add("the brief's list: db read 디비", "db", "vowel");
    add("the brief's list: redis read 레디스", "redis", "vowel");
    add("the brief's list: vote read 보트", "vote", "vowel");
    add("the brief's list: result read 리절트", "result", "vowel");
    add("the brief's list: worker read 워커", "worker", "vowel");
    add("the brief's list: kind read 카인드", "kind", "vowel");
    add("the brief's list: port read 포트", "port", "vowel");
    add("the brief's list: nodePort read 노드포트", "nodePort", "vowel");
    add("the brief's list: targetPort read 타깃포트", "targetPort", "vowel");
    add("the brief's list: selector read 셀렉터", "selector", "vowel");
    add("the brief's list: label read 레이블", "label", "rieul");
    add("ExternalName by its last part 네임", "ExternalName", "consonant");
    add("healthcheck ends in the table word check 체크", "healthcheck", "vowel");
    add("kubectl read 큐브컨트롤", "kubectl", "rieul");
    add("percent read 퍼센트", "50%", "vowel");
    add("a trailing period is skipped", "node-1.", "rieul");
    add("an opening bracket at the end is not readable", "노드 (", "none");
    add("Han characters are not read", "漢", "none");
    add("only spaces", "   ", "none");
    add("empty", "", "none");
}

void TestKoreanParticles::finalSound()
{
    QFETCH(QString, word);
    QFETCH(QString, sound);
    QCOMPARE(soundName(hopscope::korean::finalSound(word)), sound);
}

void TestKoreanParticles::particle_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Particle>("which");
    QTest::addColumn<QString>("expected");
    const auto add = [](const char *name, const char *word, Particle p, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(word) << p << QString::fromUtf8(expected);
    };
    add("topic after node-1 (일) is 은", "node-1", Particle::Topic, "은");
    add("subject after db (디비) is 가", "db", Particle::Subject, "가");
    add("object after yaml (야믈) is 을", "yaml", Particle::Object, "을");
    add("with after flannel.1 (일) is 과", "flannel.1", Particle::With, "과");
    add("direction after yaml (ㄹ) is 로", "yaml", Particle::Direction, "로");
    add("direction after 10.96.0.10 (십) is 으로", "10.96.0.10", Particle::Direction, "으로");
    add("or after TCP (피) is 나", "TCP", Particle::Or, "나");
    add("quote after web (웹) is 이라", "web", Particle::Quote, "이라");
    add("copula after 노드 is 예요", "노드", Particle::Copula, "예요");
    add("copula after 규칙 is 이에요", "규칙", Particle::Copula, "이에요");
    add("no word: topic defaults to 은", "", Particle::Topic, "은");
    add("no word: direction defaults to 로", "", Particle::Direction, "로");
}

void TestKoreanParticles::particle()
{
    QFETCH(QString, word);
    QFETCH(Particle, which);
    QFETCH(QString, expected);
    QCOMPARE(hopscope::korean::particle(word, which), expected);
}

void TestKoreanParticles::textWithoutFallbackIsNotCopied_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("no bracket at all") << QString::fromUtf8("패킷이 eth0을 나갑니다");
    QTest::newRow("brackets but no known pair")
        << QString::fromUtf8("ClusterIP(기본값) (없음) 86400(하루)");
}

// The pass runs on every explanation of every hop: text with nothing to resolve is handed back
// as it is, sharing its data.
void TestKoreanParticles::textWithoutFallbackIsNotCopied()
{
    QFETCH(QString, text);
    const QString out = resolveParticles(text);
    QCOMPARE(out, text);
    QCOMPARE(out.constData(), text.constData());
    QVERIFY(!hasParticleFallback(text));
}

QTEST_GUILESS_MAIN(TestKoreanParticles)
#include "tst_koreanparticles.moc"
