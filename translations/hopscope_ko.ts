<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>hopscope::Cli</name>
    <message>
        <source>Usage: hopscope [FILE|DIR|-]...            open the GUI (no argument: the bundled demo)
       hopscope COMMAND [ARGS]...           run a command without a display

Commands:
</source>
        <translation>사용법: hopscope [FILE|DIR|-]...            GUI를 엽니다 (인자가 없으면 내장 데모)
       hopscope COMMAND [ARGS]...           화면 없이 명령을 실행합니다

명령:
</translation>
    </message>
    <message>
        <source>
Cluster options (every command): --nodes N, --cluster-cidr CIDR,
  --service-cluster-ip-range CIDR, --service-node-port-range A-B, --lang ko|en
Exit codes: 0 ok, 1 manifest errors, 2 usage errors, 3 request not delivered.
Run &apos;hopscope COMMAND --help&apos; for a command&apos;s own options.
</source>
        <translation>
클러스터 옵션 (모든 명령): --nodes N, --cluster-cidr CIDR,
  --service-cluster-ip-range CIDR, --service-node-port-range A-B, --lang ko|en
종료 코드: 0 성공, 1 매니페스트 오류, 2 사용법 오류, 3 요청이 전달되지 않음.
명령별 옵션은 &apos;hopscope COMMAND --help&apos;로 확인하세요.
</translation>
    </message>
    <message>
        <source>Nodes of the default cluster (when the manifests hold no Node objects).</source>
        <translation>기본 클러스터의 노드 수 (매니페스트에 Node 오브젝트가 없을 때).</translation>
    </message>
    <message>
        <source>Pod network (default 10.244.0.0/16).</source>
        <translation>파드 네트워크 (기본값 10.244.0.0/16).</translation>
    </message>
    <message>
        <source>Service ClusterIP range (default 10.96.0.0/12).</source>
        <translation>서비스 클러스터 IP 대역 (기본값 10.96.0.0/12).</translation>
    </message>
    <message>
        <source>NodePort range (default 30000-32767).</source>
        <translation>노드 포트 범위 (기본값 30000-32767).</translation>
    </message>
    <message>
        <source>Language of the output: ko or en.</source>
        <translation>출력 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>hopscope: --service-node-port-range: &quot;%1&quot; is not a range such as 30000-32767
</source>
        <translation>hopscope: --service-node-port-range: &quot;%1&quot;은(는) 30000-32767 같은 범위가 아닙니다
</translation>
    </message>
    <message>
        <source>hopscope generate: --%1 wants a whole number, not &quot;%2&quot;
</source>
        <translation>hopscope generate: --%1에는 &quot;%2&quot;이(가) 아니라 정수가 필요합니다
</translation>
    </message>
    <message>
        <source>Writes a synthetic cluster as manifests on standard output: &apos;workloads&apos; gives Node objects, Deployments and Services (what a team writes); &apos;dump&apos; gives what &apos;kubectl get nodes,pods,services,endpointslices -A -o yaml&apos; prints for the same cluster. The same arguments always give the same bytes.</source>
        <translation>가상의 클러스터를 매니페스트로 표준 출력에 씁니다. &apos;workloads&apos;는 Node 오브젝트, 디플로이먼트, 서비스를 만들고(팀이 직접 작성하는 형태), &apos;dump&apos;는 같은 클러스터에 대해 &apos;kubectl get nodes,pods,services,endpointslices -A -o yaml&apos;이 출력하는 내용을 만듭니다. 인자가 같으면 언제나 같은 바이트가 나옵니다.</translation>
    </message>
    <message>
        <source>Nodes (1-%1).</source>
        <translation>노드 수 (1-%1).</translation>
    </message>
    <message>
        <source>Pods (0-%1).</source>
        <translation>파드 수 (0-%1).</translation>
    </message>
    <message>
        <source>Services (0-%1), each with its Deployment.</source>
        <translation>서비스 수 (0-%1), 서비스마다 디플로이먼트 하나.</translation>
    </message>
    <message>
        <source>workloads (default) or dump.</source>
        <translation>workloads (기본값) 또는 dump.</translation>
    </message>
    <message>
        <source>Language of messages: ko or en.</source>
        <translation>메시지 언어: ko 또는 en.</translation>
    </message>
    <message>
        <source>hopscope generate: unexpected argument &quot;%1&quot;
</source>
        <translation>hopscope generate: 예상하지 못한 인자 &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>hopscope generate: --form is workloads or dump, not &quot;%1&quot;
</source>
        <translation>hopscope generate: --form은 workloads 또는 dump입니다. &quot;%1&quot;은(는) 쓸 수 없습니다
</translation>
    </message>
    <message>
        <source>hopscope generate: cannot write to standard output
</source>
        <translation>hopscope generate: 표준 출력에 쓸 수 없습니다
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Prints the iptables-restore input that kube-proxy (iptables mode) writes on a node in one full sync: *filter then *nat, chain lines included.</source>
        <translation>kube-proxy(iptables 모드)가 한 번의 전체 동기화로 노드에 쓰는 iptables-restore 입력을 출력합니다. *filter 다음에 *nat 순서이며 체인 줄도 포함합니다.</translation>
    </message>
    <message>
        <source>Manifests: files, directories, or - for stdin.</source>
        <translation>매니페스트: 파일, 디렉터리, 또는 표준 입력을 뜻하는 -.</translation>
    </message>
    <message>
        <source>The node whose rules to print.</source>
        <translation>규칙을 출력할 노드.</translation>
    </message>
    <message>
        <source>hopscope iptables: no manifest given (usage: hopscope iptables FILE... --node NODE)
</source>
        <translation>hopscope iptables: 매니페스트가 없습니다 (사용법: hopscope iptables FILE... --node NODE)
</translation>
    </message>
    <message>
        <source>hopscope iptables: --node NODE is required; the nodes are: %1
</source>
        <translation>hopscope iptables: --node NODE가 필요합니다. 노드 목록: %1
</translation>
    </message>
    <message>
        <source>hopscope iptables: no node &quot;%1&quot;; the nodes are: %2
</source>
        <translation>hopscope iptables: &quot;%1&quot; 노드가 없습니다. 노드 목록: %2
</translation>
    </message>
    <message>
        <source>Prints what kubectl would show for the cluster the manifests describe.
  hopscope kubectl FILE... -- get svc|services [-o wide] | get pods [-o wide]
                            | get endpoints | get nodes [-o wide]
                            | describe svc NAME
kubectl flags: -n NS, --namespace NS, -A, --all-namespaces, -o wide.
Exit codes: 0 ok, 1 manifest errors or an object not found (as kubectl), 2 usage errors.</source>
        <translation>매니페스트가 설명하는 클러스터에 대해 kubectl이 보여 줄 내용을 출력합니다.
  hopscope kubectl FILE... -- get svc|services [-o wide] | get pods [-o wide]
                            | get endpoints | get nodes [-o wide]
                            | describe svc NAME
kubectl 플래그: -n NS, --namespace NS, -A, --all-namespaces, -o wide.
종료 코드: 0 성공, 1 매니페스트 오류 또는 오브젝트를 찾을 수 없음 (kubectl과 같음), 2 사용법 오류.</translation>
    </message>
    <message>
        <source>Manifest files or directories, or - for stdin.</source>
        <translation>매니페스트 파일이나 디렉터리, 또는 표준 입력을 뜻하는 -.</translation>
    </message>
    <message>
        <source>Then the kubectl command.</source>
        <translation>그다음 kubectl 명령.</translation>
    </message>
    <message>
        <source>hopscope kubectl: give the manifests first, e.g. hopscope kubectl app.yaml -- get svc
</source>
        <translation>hopscope kubectl: 매니페스트를 먼저 지정하세요. 예: hopscope kubectl app.yaml -- get svc
</translation>
    </message>
    <message>
        <source>hopscope kubectl: put the kubectl command after --, e.g. hopscope kubectl app.yaml -- get svc
</source>
        <translation>hopscope kubectl: kubectl 명령은 -- 뒤에 쓰세요. 예: hopscope kubectl app.yaml -- get svc
</translation>
    </message>
    <message>
        <source>The picture to write: a .png or .svg file.</source>
        <translation>저장할 그림: .png 또는 .svg 파일.</translation>
    </message>
    <message>
        <source>Its size in pixels (default 1600x1000).</source>
        <translation>그림 크기(픽셀, 기본값 1600x1000).</translation>
    </message>
    <message>
        <source>Manifest files or folders, - for standard input.</source>
        <translation>매니페스트 파일이나 폴더, 표준 입력은 -.</translation>
    </message>
    <message>
        <source>hopscope render: %1: the output must end in .png or .svg
</source>
        <translation>hopscope render: %1: 출력 파일은 .png 또는 .svg로 끝나야 합니다
</translation>
    </message>
    <message>
        <source>hopscope render: --size: &quot;%1&quot; is not a size such as 1600x1000
</source>
        <translation>hopscope render: --size: &quot;%1&quot;은(는) 1600x1000 같은 크기가 아닙니다
</translation>
    </message>
    <message>
        <source>hopscope render: nothing to draw
</source>
        <translation>hopscope render: 그릴 것이 없습니다
</translation>
    </message>
    <message>
        <source>%1 requests %2 → %3 (seeds %4-%5): %6 delivered
</source>
        <translation>요청 %1개 %2 → %3 (시드 %4-%5): %6개 전달됨
</translation>
    </message>
    <message>
        <source>  not delivered: %1 (last: %2)
</source>
        <translation>  전달되지 않음: %1 (마지막: %2)
</translation>
    </message>
    <message>
        <source>Traces a request and its reply hop by hop through the cluster: routes, VXLAN, and the kube-proxy rules (DNAT, SNAT, un-DNAT) each node really has.</source>
        <translation>요청과 그 응답이 클러스터를 지나는 길을 홉 단위로 추적합니다. 라우팅, VXLAN, 그리고 각 노드에 실제로 있는 kube-proxy 규칙(DNAT, SNAT, un-DNAT)을 따라갑니다.</translation>
    </message>
    <message>
        <source>Where it goes: IP:PORT (node port, ClusterIP, load-balancer IP, pod IP), a pod IP, or a Service name NAME:PORT, NAME.NAMESPACE:PORT, NAME.NAMESPACE.svc.cluster.local:PORT (resolved by cluster DNS from a pod).</source>
        <translation>요청이 가는 곳: IP:PORT (노드 포트, 클러스터 IP, 로드 밸런서 IP, 파드 IP), 파드 IP, 또는 서비스 이름 NAME:PORT, NAME.NAMESPACE:PORT, NAME.NAMESPACE.svc.cluster.local:PORT (파드에서 클러스터 DNS로 조회).</translation>
    </message>
    <message>
        <source>Seed of the random choices (endpoint, ports): the same seed gives the same trace. Default 1.</source>
        <translation>무작위 선택(엔드포인트, 포트)의 시드: 같은 시드는 같은 추적 결과를 냅니다. 기본값 1.</translation>
    </message>
    <message>
        <source>tcp (default), udp or sctp.</source>
        <translation>tcp (기본값), udp 또는 sctp.</translation>
    </message>
    <message>
        <source>Take this endpoint where the rules choose at random.</source>
        <translation>규칙이 무작위로 고르는 곳에서 이 엔드포인트를 사용합니다.</translation>
    </message>
    <message>
        <source>Send N requests (seeds N, N+1, …) and print where they went.</source>
        <translation>요청 N개를 보내고 (시드 N, N+1, …) 각각 어디로 갔는지 출력합니다.</translation>
    </message>
    <message>
        <source>hopscope trace: --to DST is required (IP:PORT or a Service NAME:PORT)
</source>
        <translation>hopscope trace: --to DST가 필요합니다 (IP:PORT 또는 서비스 NAME:PORT)
</translation>
    </message>
    <message>
        <source>hopscope trace: --seed needs a non-negative number
</source>
        <translation>hopscope trace: --seed에는 0 이상의 숫자가 필요합니다
</translation>
    </message>
    <message>
        <source>hopscope trace: --count needs a number from 1 to 1000000
</source>
        <translation>hopscope trace: --count에는 1부터 1000000까지의 숫자가 필요합니다
</translation>
    </message>
    <message>
        <source>print what kubectl get/describe would show</source>
        <translation>kubectl get/describe가 보여 줄 내용을 출력합니다</translation>
    </message>
    <message>
        <source>draw the cluster to a PNG or SVG file</source>
        <translation>클러스터를 PNG 또는 SVG 파일로 그립니다</translation>
    </message>
    <message>
        <source>follow a request hop by hop, and its reply</source>
        <translation>요청과 그 응답을 홉 단위로 따라갑니다</translation>
    </message>
    <message>
        <source>the rules kube-proxy writes on a node</source>
        <translation>kube-proxy가 노드에 쓰는 규칙을 보여 줍니다</translation>
    </message>
    <message>
        <source>check manifests and explain the problems</source>
        <translation>매니페스트를 검사하고 문제를 설명합니다</translation>
    </message>
    <message>
        <source>write a large test cluster as manifests</source>
        <translation>큰 테스트 클러스터를 매니페스트로 씁니다</translation>
    </message>
    <message>
        <source>Kubernetes service-network visualizer</source>
        <translation>쿠버네티스 서비스 네트워크 시각화 도구</translation>
    </message>
    <message>
        <source>Manifest files or folders, - for standard input (none: the bundled demo).</source>
        <translation>매니페스트 파일이나 폴더, 표준 입력은 - (없으면 내장 데모).</translation>
    </message>
    <message>
        <source>Checks Kubernetes manifests and explains each problem at its line: YAML mistakes (tabs, a missing space after &apos;:&apos;), what the API server would refuse, and what the Services would do on the network.</source>
        <translation>쿠버네티스 매니페스트를 검사하고 문제마다 해당 줄에서 설명합니다: YAML 실수(탭, &apos;:&apos; 뒤 공백 누락), API 서버가 거부할 내용, 서비스가 네트워크에서 실제로 하게 될 동작.</translation>
    </message>
    <message>
        <source>Manifest files or folders to check (&apos;-&apos; for standard input).</source>
        <translation>검사할 매니페스트 파일이나 폴더 (표준 입력은 &apos;-&apos;).</translation>
    </message>
    <message>
        <source>Print the diagnostics as JSON.</source>
        <translation>진단 결과를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>hopscope lint: no manifest given
Usage: hopscope lint FILE... [--json]
</source>
        <translation>hopscope lint: 매니페스트가 없습니다
사용법: hopscope lint FILE... [--json]
</translation>
    </message>
    <message>
        <source>hopscope lint: %1, %2, %3 checked
</source>
        <translation>hopscope lint: %1, %2, %3 검사함
</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>파일 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the cluster to a PNG or SVG file; with --to, a traced request on it at one step (the packet and the path so far), or every step as numbered PNG frames.</source>
        <translation>클러스터를 PNG 또는 SVG 파일로 그립니다. --to를 주면 추적한 요청을 한 단계(패킷과 지금까지의 경로)로 그리거나, 모든 단계를 번호 붙은 PNG 프레임으로 그립니다.</translation>
    </message>
    <message>
        <source>Where the request starts, as for hopscope trace (default client).</source>
        <translation>요청의 출발지, hopscope trace와 같습니다 (기본값 client).</translation>
    </message>
    <message>
        <source>Where the request goes, as for hopscope trace: draw its trace.</source>
        <translation>요청의 목적지, hopscope trace와 같습니다: 이 요청의 추적을 그립니다.</translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1), as for hopscope trace.</source>
        <translation>무작위 선택의 시드 (기본값 1), hopscope trace와 같습니다.</translation>
    </message>
    <message>
        <source>The hop to draw the packet at, 1 to the number of hops that hopscope trace prints (default: the last).</source>
        <translation>패킷을 그릴 홉, 1부터 hopscope trace가 출력하는 홉 수까지 (기본값: 마지막 홉).</translation>
    </message>
    <message>
        <source>Also write one PNG per hop into DIR: frame-001.png, frame-002.png …</source>
        <translation>홉마다 PNG 하나씩 DIR에도 씁니다: frame-001.png, frame-002.png …</translation>
    </message>
    <message>
        <source>hopscope render: --%1 needs a request: --to DST
</source>
        <translation>hopscope render: --%1에는 요청이 필요합니다: --to DST
</translation>
    </message>
    <message>
        <source>hopscope render: --to DST is empty
</source>
        <translation>hopscope render: --to DST가 비어 있습니다
</translation>
    </message>
    <message>
        <source>hopscope render: --seed needs a non-negative number
</source>
        <translation>hopscope render: --seed에는 0 이상의 숫자가 필요합니다
</translation>
    </message>
    <message>
        <source>hopscope render: --step needs a hop number from 1
</source>
        <translation>hopscope render: --step에는 1부터 시작하는 홉 번호가 필요합니다
</translation>
    </message>
    <message numerus="yes">
        <source>hopscope render: --step %1: the trace has %n hop(s)
</source>
        <translation>
            <numerusform>hopscope render: --step %1: 추적의 홉은 %n개입니다
</numerusform>
        </translation>
    </message>
    <message>
        <source>Output: text (default), json (schema hopscope-trace/1), markdown (a table for handouts) or csv (RFC 4180: hop, where, action, before, after, rule, explanation).</source>
        <translation>출력 형식: text (기본값), json (스키마 hopscope-trace/1), markdown (수업 자료용 표) 또는 csv (RFC 4180: 홉, 위치, 동작, 이전, 이후, 규칙, 설명).</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>--format json과 같습니다.</translation>
    </message>
    <message>
        <source>hopscope trace: no manifest given (usage: hopscope trace FILE... --from SRC --to DST [--seed N] [--format text|json|markdown|csv])
</source>
        <translation>hopscope trace: 매니페스트가 없습니다 (사용법: hopscope trace FILE... --from SRC --to DST [--seed N] [--format text|json|markdown|csv])
</translation>
    </message>
    <message>
        <source>hopscope trace: --json and --format %1 contradict each other
</source>
        <translation>hopscope trace: --json과 --format %1은(는) 서로 맞지 않습니다
</translation>
    </message>
    <message>
        <source>hopscope trace: --format: &quot;%1&quot; is not one of text, json, markdown, csv
</source>
        <translation>hopscope trace: --format: &quot;%1&quot;은(는) text, json, markdown, csv 중 하나가 아닙니다
</translation>
    </message>
    <message>
        <source>hopscope trace: --count prints text or json, not %1
</source>
        <translation>hopscope trace: --count는 text나 json으로만 출력합니다 (%1은(는) 안 됩니다)
</translation>
    </message>
    <message>
        <source>hopscope: --%1 %2: the number is too large (at most %3)
</source>
        <translation>hopscope: --%1 %2: 수가 너무 큽니다(최대 %3)
</translation>
    </message>
    <message>
        <source>hopscope: --%1 needs a number, not &quot;%2&quot;
</source>
        <translation>hopscope: --%1에는 수가 필요합니다(받은 값: &quot;%2&quot;)
</translation>
    </message>
    <message>
        <source>hopscope: --%1 %2: the number is too small (at least %3)
</source>
        <translation>hopscope: --%1 %2: 수가 너무 작습니다(최소 %3)
</translation>
    </message>
    <message>
        <source>Largest file (or standard input) read, in MiB (default 2048).</source>
        <translation>읽을 수 있는 가장 큰 파일(또는 표준 입력)의 크기, MiB 단위입니다(기본값 2048).</translation>
    </message>
    <message>
        <source>Most objects (documents and List items) read in all (default 400000).</source>
        <translation>모든 파일에서 읽을 수 있는 최대 오브젝트 수(문서와 List 항목)입니다(기본값 400000).</translation>
    </message>
    <message>
        <source>Let a lesson read manifests outside its folder without asking.</source>
        <translation>레슨이 자기 폴더 밖의 매니페스트를 묻지 않고 읽게 합니다.</translation>
    </message>
    <message>
        <source>Where the request starts: client (default), ip/ADDR (an outside host at ADDR), client/NAME (a lesson&apos;s client), node/NAME, or a pod: NAME, pod/NAME, pod/NAMESPACE/NAME (a workload&apos;s name picks its first pod).</source>
        <translation>요청을 시작하는 곳: client(기본값), ip/ADDR(주소 ADDR의 외부 호스트), client/NAME(레슨의 클라이언트), node/NAME, 또는 파드: NAME, pod/NAME, pod/NAMESPACE/NAME(워크로드 이름이면 첫 번째 파드).</translation>
    </message>
    <message>
        <source>kube-proxy: SNAT all traffic sent to Service IPs (true or false).</source>
        <translation>kube-proxy: 서비스 IP로 가는 모든 트래픽을 SNAT합니다(true 또는 false).</translation>
    </message>
    <message>
        <source>kube-proxy: node ports answer on 127.0.0.1 too (default true).</source>
        <translation>kube-proxy: 노드 포트가 127.0.0.1에서도 응답합니다(기본값 true).</translation>
    </message>
    <message>
        <source>kube-proxy: how pod traffic is told apart: ClusterCIDR (default), NodeCIDR or None.</source>
        <translation>kube-proxy: 파드 트래픽을 구별하는 방법: ClusterCIDR(기본값), NodeCIDR, None.</translation>
    </message>
    <message>
        <source>Where cloud load balancers send: vip (default: to a node, still addressed to the LB IP) or node-port (NodeIP:NodePort).</source>
        <translation>클라우드 로드 밸런서가 보내는 곳: vip(기본값: 목적지를 LB IP로 둔 채 노드로) 또는 node-port(NodeIP:NodePort).</translation>
    </message>
    <message>
        <source>The node the LAN routes external IPs to (default: the first node).</source>
        <translation>LAN에서 외부 IP를 보내는 노드(기본값: 첫 번째 노드).</translation>
    </message>
    <message>
        <source>hopscope: --%1: &quot;%2&quot; is not a valid value
</source>
        <translation>hopscope: --%1: &quot;%2&quot;: 올바른 값이 아닙니다
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Add the hop&apos;s caption under the drawing (hop N of M, where, the action, the packet before and after, the explanation, the teacher&apos;s note).</source>
        <translation>그림 아래에 홉의 캡션(홉 N/M, 위치, 동작, 바뀌기 전과 후의 패킷, 설명, 강의 노트)을 넣습니다.</translation>
    </message>
    <message>
        <source>Frames without captions (--frames has them by default).</source>
        <translation>캡션 없이 프레임을 씁니다(--frames는 기본으로 캡션을 넣습니다).</translation>
    </message>
    <message>
        <source>Write where every text of OUT is, in pixels, to FILE as JSON.</source>
        <translation>OUT에 있는 모든 텍스트의 위치를 픽셀 단위의 JSON으로 FILE에 씁니다.</translation>
    </message>
    <message>
        <source>Usage: hopscope render FILE... -o OUT.png|OUT.svg [--size WxH] [--layout-json FILE] [--from SRC --to DST [--seed N] [--step K] [--caption] [--frames DIR [--no-caption]]]
</source>
        <translation>사용법: hopscope render FILE... -o OUT.png|OUT.svg [--size WxH] [--layout-json FILE] [--from SRC --to DST [--seed N] [--step K] [--caption] [--frames DIR [--no-caption]]]
</translation>
    </message>
    <message>
        <source>hopscope render: --layout-json needs a picture: -o OUT.png|OUT.svg
</source>
        <translation>hopscope render: --layout-json에는 그림이 필요합니다: -o OUT.png|OUT.svg
</translation>
    </message>
    <message>
        <source>hopscope iptables: with --proxy-mode nftables the node %1 holds nftables rules (hopscope nftables); these are the rules it would hold in iptables mode.
</source>
        <translation>hopscope iptables: --proxy-mode nftables에서는 노드 %1에 nftables 규칙이 있습니다(hopscope nftables로 볼 수 있습니다). 아래는 iptables 모드였다면 이 노드에 있을 규칙입니다.
</translation>
    </message>
    <message>
        <source>Prints the nftables ruleset that kube-proxy (nftables mode) writes on a node in one full sync, as the add table/chain/set/map/rule/element lines of its unit tests.</source>
        <translation>kube-proxy(nftables 모드)가 한 번의 전체 동기화로 노드에 쓰는 nftables 규칙 집합을 kube-proxy 단위 테스트와 같은 add table/chain/set/map/rule/element 줄로 출력합니다.</translation>
    </message>
    <message>
        <source>hopscope nftables: no manifest given (usage: hopscope nftables FILE... --node NODE)
</source>
        <translation>hopscope nftables: 매니페스트가 없습니다 (사용법: hopscope nftables FILE... --node NODE)
</translation>
    </message>
    <message>
        <source>hopscope nftables: --node NODE is required; the nodes are: %1
</source>
        <translation>hopscope nftables: --node NODE가 필요합니다. 노드 목록: %1
</translation>
    </message>
    <message>
        <source>hopscope nftables: no node &quot;%1&quot;; the nodes are: %2
</source>
        <translation>hopscope nftables: &quot;%1&quot; 노드가 없습니다. 노드 목록: %2
</translation>
    </message>
    <message>
        <source>hopscope nftables: with --proxy-mode iptables the node %1 holds iptables rules (hopscope iptables); these are the rules it would hold in nftables mode.
</source>
        <translation>hopscope nftables: --proxy-mode iptables에서는 노드 %1에 iptables 규칙이 있습니다(hopscope iptables로 볼 수 있습니다). 아래는 nftables 모드였다면 이 노드에 있을 규칙입니다.
</translation>
    </message>
    <message>
        <source>the rules kube-proxy writes on a node in nftables mode</source>
        <translation>nftables 모드의 kube-proxy가 노드에 쓰는 규칙을 보여 줍니다</translation>
    </message>
    <message>
        <source>kube-proxy: node addresses (CIDRs, comma-separated, or primary) on which node ports open (default: every local address; in nftables mode the node&apos;s primary IP).</source>
        <translation>kube-proxy: 노드 포트를 여는 노드 주소(쉼표로 구분한 CIDR, 또는 primary). 기본값은 모든 로컬 주소이고, nftables 모드에서는 노드의 기본 IP입니다.</translation>
    </message>
    <message>
        <source>kube-proxy: the rules it writes on the nodes: iptables (default) or nftables.</source>
        <translation>kube-proxy: 노드에 쓰는 규칙의 종류: iptables(기본값) 또는 nftables.</translation>
    </message>
    <message>
        <source>hopscope %1: --proxy-mode nftables: the walk still evaluates kube-proxy&apos;s iptables rules (the nftables walk is not there yet); hopscope nftables prints the node&apos;s nftables rules.
</source>
        <translation>hopscope %1: --proxy-mode nftables: 패킷 경로는 아직 kube-proxy의 iptables 규칙으로 따라갑니다(nftables 규칙으로 따라가는 기능은 아직 없습니다). 노드의 nftables 규칙은 hopscope nftables로 볼 수 있습니다.
</translation>
    </message>
</context>
<context>
    <name>hopscope::ClusterBuilder</name>
    <message>
        <source>The API server refuses this Service, so Hopscope leaves it out of the cluster.</source>
        <translation>API 서버가 이 서비스를 거부하므로 Hopscope는 이 서비스를 클러스터에서 뺍니다.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; asks for IPv6 (ipFamilies / ipFamilyPolicy); Hopscope simulates a single-stack IPv4 cluster and gives it an IPv4 ClusterIP only.</source>
        <translation>서비스 &quot;%1&quot;이(가) IPv6를 요청합니다 (ipFamilies / ipFamilyPolicy). Hopscope는 IPv4 단일 스택 클러스터를 시뮬레이션하므로 IPv4 클러스터 IP만 줍니다.</translation>
    </message>
    <message>
        <source>The API server refuses an object without a name, so Hopscope leaves it out of the cluster.</source>
        <translation>API 서버는 이름이 없는 오브젝트를 거부하므로 Hopscope는 이 오브젝트를 클러스터에서 뺍니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; in namespace %3</source>
        <translation>%3 네임스페이스의 %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is defined again; this definition replaces the one at %2.</source>
        <translation>%1이(가) 다시 정의되었습니다. 이 정의가 %2에 있는 정의를 대신합니다.</translation>
    </message>
    <message>
        <source>kubectl apply of both would leave only the later one.</source>
        <translation>둘 다 kubectl apply하면 나중 것만 남습니다.</translation>
    </message>
    <message>
        <source>The load-balancer pool %1 is used up; Service &quot;%2&quot; stays &lt;pending&gt;.</source>
        <translation>로드 밸런서 주소 풀 %1을(를) 모두 썼습니다. 서비스 &quot;%2&quot;은(는) &lt;pending&gt; 상태로 남습니다.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; asks for load-balancer address %2, which is %3; it stays &lt;pending&gt;.</source>
        <translation>서비스 &quot;%1&quot;이(가) 로드 밸런서 주소 %2을(를) 요청하지만 이 주소는 %3. &lt;pending&gt; 상태로 남습니다.</translation>
    </message>
    <message>
        <source>already in use</source>
        <translation>이미 사용 중입니다</translation>
    </message>
    <message>
        <source>not an IPv4 address</source>
        <translation>IPv4 주소가 아닙니다</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; has no InternalIP in status.addresses; Hopscope gives it %2.</source>
        <translation>노드 &quot;%1&quot;의 status.addresses에 InternalIP가 없습니다. Hopscope가 %2을(를) 줍니다.</translation>
    </message>
    <message>
        <source>No free /%1 pod network is left in --cluster-cidr %2 for node &quot;%3&quot;; pods on it get no IP.</source>
        <translation>--cluster-cidr %2에 노드 &quot;%3&quot;에 줄 /%1 파드 네트워크가 더 남아 있지 않습니다. 이 노드의 파드는 IP를 받지 못합니다.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;: spec.podCIDR &quot;%2&quot; is not an IPv4 CIDR; Hopscope gives the node the next free pod network of --cluster-cidr %3.</source>
        <translation>노드 &quot;%1&quot;: spec.podCIDR &quot;%2&quot;은(는) IPv4 CIDR가 아닙니다. Hopscope는 --cluster-cidr %3에서 다음 빈 파드 네트워크를 이 노드에 줍니다.</translation>
    </message>
    <message>
        <source>The API server refuses this %1, so it creates no pods.</source>
        <translation>API 서버가 이 %1을(를) 거부하므로 파드가 만들어지지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) of %1 stay Pending: %2.</source>
        <translation>
            <numerusform>%1의 파드 %n개가 Pending 상태로 남습니다: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) of %1 name node &quot;%2&quot;, which is not in the cluster; they stay Pending.</source>
        <translation>
            <numerusform>%1의 파드 %n개가 클러스터에 없는 노드 &quot;%2&quot;을(를) 지정하고 있어 Pending 상태로 남습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) of %1 get no IP address on node &quot;%2&quot;: its pod network is full; they stay Pending.</source>
        <translation>
            <numerusform>%1의 파드 %n개가 노드 &quot;%2&quot;에서 IP 주소를 받지 못합니다. 이 노드의 파드 네트워크가 가득 찼으므로 Pending 상태로 남습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>노드: %1</translation>
    </message>
    <message>
        <source>kube-scheduler: %1</source>
        <translation>kube-scheduler: %1</translation>
    </message>
    <message>
        <source>The node has no pod network (podCIDR).</source>
        <translation>이 노드에는 파드 네트워크(podCIDR)가 없습니다.</translation>
    </message>
    <message>
        <source>nodeSelector %1 matches no node</source>
        <translation>nodeSelector %1에 맞는 노드가 없습니다</translation>
    </message>
    <message>
        <source>every node has a taint the pod does not tolerate</source>
        <translation>모든 노드에 파드가 허용(toleration)하지 않는 테인트가 있습니다</translation>
    </message>
    <message>
        <source>every node is cordoned (unschedulable)</source>
        <translation>모든 노드가 cordon 상태(스케줄 불가)입니다</translation>
    </message>
    <message>
        <source>no node passes the scheduler&apos;s filters</source>
        <translation>스케줄러의 필터를 통과하는 노드가 없습니다</translation>
    </message>
    <message>
        <source>first node address &quot;%1&quot; is not an IPv4 address</source>
        <translation>첫 노드 주소 &quot;%1&quot;은(는) IPv4 주소가 아닙니다</translation>
    </message>
    <message>
        <source>client address &quot;%1&quot; is not an IPv4 address</source>
        <translation>클라이언트 주소 &quot;%1&quot;은(는) IPv4 주소가 아닙니다</translation>
    </message>
    <message>
        <source>Hopscope builds the cluster with the default value instead.</source>
        <translation>Hopscope는 대신 기본값으로 클러스터를 만듭니다.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; asks for %3 pods; Hopscope simulates at most %4 pods made by workloads, so it creates %5 of them.</source>
        <translation>%1 &quot;%2&quot;이(가) 파드 %3개를 요청합니다. Hopscope는 워크로드가 만드는 파드를 최대 %4개까지만 시뮬레이션하므로 그중 %5개를 만듭니다.</translation>
    </message>
    <message>
        <source>A classroom cluster needs a few replicas: lower spec.replicas.</source>
        <translation>수업용 클러스터에는 레플리카 몇 개면 충분합니다: spec.replicas를 줄이세요.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has loadBalancerClass &quot;%2&quot;, which no controller of this cluster serves: it stays &lt;pending&gt;.</source>
        <translation>서비스 &quot;%1&quot;: loadBalancerClass &quot;%2&quot; 클래스를 처리하는 컨트롤러가 이 클러스터에 없습니다. &lt;pending&gt; 상태로 남습니다.</translation>
    </message>
</context>
<context>
    <name>hopscope::Diagnostics</name>
    <message numerus="yes">
        <source>the same error %n more time(s), the last at %1</source>
        <translation>
            <numerusform>같은 오류가 %n번 더 있습니다(마지막: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the same warning %n more time(s), the last at %1</source>
        <translation>
            <numerusform>같은 경고가 %n번 더 있습니다(마지막: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the same note %n more time(s), the last at %1</source>
        <translation>
            <numerusform>같은 안내가 %n번 더 있습니다(마지막: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::Generator</name>
    <message>
        <source>--%1 must be between %2 and %3 (got %4)</source>
        <translation>--%1은(는) %2에서 %3 사이여야 합니다 (입력값 %4)</translation>
    </message>
</context>
<context>
    <name>hopscope::HopAction</name>
    <message>
        <source>send</source>
        <translation>전송</translation>
    </message>
    <message>
        <source>DNS query</source>
        <translation>DNS 질의</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS 응답</translation>
    </message>
    <message>
        <source>route</source>
        <translation>라우팅</translation>
    </message>
    <message>
        <source>DNAT</source>
        <translation>DNAT</translation>
    </message>
    <message>
        <source>SNAT</source>
        <translation>SNAT</translation>
    </message>
    <message>
        <source>VXLAN encapsulate</source>
        <translation>VXLAN 캡슐화</translation>
    </message>
    <message>
        <source>VXLAN decapsulate</source>
        <translation>VXLAN 캡슐 해제</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>브리지</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>포워드</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>전달</translation>
    </message>
    <message>
        <source>un-DNAT</source>
        <translation>un-DNAT</translation>
    </message>
    <message>
        <source>REJECT</source>
        <translation>REJECT</translation>
    </message>
    <message>
        <source>DROP</source>
        <translation>DROP</translation>
    </message>
    <message>
        <source>no route</source>
        <translation>경로 없음</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>연결 거부</translation>
    </message>
    <message>
        <source>un-SNAT</source>
        <translation>un-SNAT</translation>
    </message>
</context>
<context>
    <name>hopscope::HopKind</name>
    <message>
        <source>send / route</source>
        <translation>전송 / 라우팅</translation>
    </message>
    <message>
        <source>DNAT / un-DNAT</source>
        <translation>DNAT / un-DNAT</translation>
    </message>
    <message>
        <source>SNAT / un-SNAT</source>
        <translation>SNAT / un-SNAT</translation>
    </message>
    <message>
        <source>VXLAN</source>
        <translation>VXLAN</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>전달</translation>
    </message>
    <message>
        <source>drop / reject / refused</source>
        <translation>드롭 / 거부 / 연결 거부</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>응답</translation>
    </message>
</context>
<context>
    <name>hopscope::HopPlace</name>
    <message>
        <source>client</source>
        <comment>the external client, as a place</comment>
        <translation>클라이언트</translation>
    </message>
</context>
<context>
    <name>hopscope::IptablesDump</name>
    <message>
        <source>line %1: %2</source>
        <translation>%1번째 줄: %2</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no COMMIT</source>
        <translation>테이블 &quot;%1&quot;에 COMMIT이 없습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; outside a table</source>
        <translation>테이블 밖의 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>empty chain line</source>
        <translation>빈 체인 줄</translation>
    </message>
    <message>
        <source>chain &quot;%1&quot; declared twice</source>
        <translation>체인 &quot;%1&quot;이(가) 두 번 선언되었습니다</translation>
    </message>
    <message>
        <source>rule for undeclared chain &quot;%1&quot;</source>
        <translation>선언되지 않은 체인 &quot;%1&quot;에 대한 규칙</translation>
    </message>
    <message>
        <source>deletion of undeclared chain &quot;%1&quot;</source>
        <translation>선언되지 않은 체인 &quot;%1&quot;의 삭제</translation>
    </message>
    <message>
        <source>unexpected line &quot;%1&quot;</source>
        <translation>예상하지 못한 줄 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>hopscope::KubectlCommand</name>
    <message>
        <source>hopscope kubectl: say what to run: get or describe, e.g. &quot;get svc -o wide&quot;.</source>
        <translation>hopscope kubectl: 실행할 명령을 지정하세요. get 또는 describe, 예: &quot;get svc -o wide&quot;.</translation>
    </message>
    <message>
        <source>hopscope kubectl: &quot;%1&quot; is not simulated; use get or describe.</source>
        <translation>hopscope kubectl: &quot;%1&quot;은(는) 시뮬레이션하지 않습니다. get 또는 describe를 사용하세요.</translation>
    </message>
    <message>
        <source>hopscope kubectl: one resource type at a time.</source>
        <translation>hopscope kubectl: 리소스 유형은 한 번에 하나만 지정하세요.</translation>
    </message>
    <message>
        <source>hopscope kubectl: one resource type at a time (not &quot;%1&quot;).</source>
        <translation>hopscope kubectl: 리소스 유형은 한 번에 하나만 지정하세요 (&quot;%1&quot;은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>hopscope kubectl: &quot;%1&quot; is not simulated; services, pods, endpoints, endpointslices and nodes are.</source>
        <translation>hopscope kubectl: &quot;%1&quot;은(는) 시뮬레이션하지 않습니다. services, pods, endpoints, endpointslices, nodes를 지원합니다.</translation>
    </message>
    <message>
        <source>hopscope kubectl: the namespace must not be empty.</source>
        <translation>hopscope kubectl: 네임스페이스는 비어 있으면 안 됩니다.</translation>
    </message>
    <message>
        <source>hopscope kubectl: only &quot;-o wide&quot; is simulated (not &quot;%1&quot;).</source>
        <translation>hopscope kubectl: &quot;-o wide&quot;만 시뮬레이션합니다 (&quot;%1&quot;은(는) 지원하지 않습니다).</translation>
    </message>
    <message>
        <source>hopscope kubectl: describe is simulated for services and endpointslices only.</source>
        <translation>hopscope kubectl: describe는 services와 endpointslices에 대해서만 시뮬레이션합니다.</translation>
    </message>
</context>
<context>
    <name>hopscope::Lesson</name>
    <message>
        <source>Bad value &quot;%1&quot; for the setting &quot;%2&quot;.</source>
        <translation>설정 &quot;%2&quot;의 값 &quot;%1&quot;이(가) 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text, not a %2.</source>
        <translation>&quot;%1&quot;은(는) %2이(가) 아니라 문자열이어야 합니다.</translation>
    </message>
    <message>
        <source>A lesson is a mapping with title, manifests and requests.</source>
        <translation>수업 파일은 title, manifests, requests를 가진 매핑입니다.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a lesson: ignored.</source>
        <translation>수업 파일의 알 수 없는 키 &quot;%1&quot;: 무시합니다.</translation>
    </message>
    <message>
        <source>A lesson needs a title.</source>
        <translation>수업에는 제목(title)이 필요합니다.</translation>
    </message>
    <message>
        <source>A lesson needs manifests: the files (or inline YAML) it opens.</source>
        <translation>수업에는 manifests가 필요합니다: 수업이 여는 파일(또는 인라인 YAML)입니다.</translation>
    </message>
    <message>
        <source>&quot;manifests&quot; must be a list of paths or inline manifests.</source>
        <translation>&quot;manifests&quot;는 경로나 인라인 매니페스트의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>An empty manifest path.</source>
        <translation>매니페스트 경로가 비어 있습니다.</translation>
    </message>
    <message>
        <source>A manifest is a path or a mapping with &quot;inline&quot;.</source>
        <translation>매니페스트는 경로이거나 &quot;inline&quot;을 가진 매핑입니다.</translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be a mapping of flag names to values.</source>
        <translation>&quot;settings&quot;는 플래그 이름과 값의 매핑이어야 합니다.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;: ignored.</source>
        <translation>알 수 없는 설정 &quot;%1&quot;: 무시합니다.</translation>
    </message>
    <message>
        <source>&quot;requests&quot; must be a list.</source>
        <translation>&quot;requests&quot;는 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>A request is a mapping with title, from and to.</source>
        <translation>요청은 title, from, to를 가진 매핑입니다.</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number, 0 or more.</source>
        <translation>&quot;seed&quot;는 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;expect&quot; is delivered or fails, not &quot;%1&quot;.</source>
        <translation>&quot;expect&quot;는 &quot;%1&quot;이(가) 아니라 delivered 또는 fails입니다.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a request: ignored.</source>
        <translation>요청의 알 수 없는 키 &quot;%1&quot;: 무시합니다.</translation>
    </message>
    <message>
        <source>A request needs a title, from and to.</source>
        <translation>요청에는 title, from, to가 필요합니다.</translation>
    </message>
    <message>
        <source>&quot;to&quot; is a destination or a list of them.</source>
        <translation>&quot;to&quot;는 목적지 하나 또는 목적지의 목록입니다.</translation>
    </message>
    <message>
        <source>Cannot read the lesson: %1</source>
        <translation>수업 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The lesson is larger than 4 MiB.</source>
        <translation>수업 파일이 4 MiB보다 큽니다.</translation>
    </message>
    <message>
        <source>The lesson is empty.</source>
        <translation>수업 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>A lesson is one YAML document: the others are ignored.</source>
        <translation>수업 파일은 YAML 문서 하나입니다. 나머지 문서는 무시합니다.</translation>
    </message>
    <message>
        <source>&quot;whatif&quot; must be a list of edits (&quot;delete-pod pod/ns/name&quot;).</source>
        <translation>&quot;whatif&quot;는 편집의 목록이어야 합니다 (&quot;delete-pod pod/ns/name&quot;).</translation>
    </message>
    <message>
        <source>&quot;positions&quot; must map item ids to [x, y] offsets.</source>
        <translation>&quot;positions&quot;는 항목 ID를 [x, y] 오프셋에 대응시키는 매핑이어야 합니다.</translation>
    </message>
    <message>
        <source>A position is [x, y], two numbers.</source>
        <translation>위치는 숫자 두 개로 된 [x, y]입니다.</translation>
    </message>
    <message>
        <source>&quot;hop-notes&quot; must be a list of {hop, note}.</source>
        <translation>&quot;hop-notes&quot;는 {hop, note}의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>A hop note is {hop: N, note: text}, N from 0.</source>
        <translation>홉 메모는 {hop: N, note: 텍스트}이며, N은 0부터입니다.</translation>
    </message>
    <message>
        <source>Cannot read the manifest to embed it: %1</source>
        <translation>매니페스트를 읽을 수 없어 수업 파일에 넣지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The manifests are too large to embed in a lesson (3 MiB at most).</source>
        <translation>매니페스트가 너무 커서 수업 파일에 넣을 수 없습니다 (최대 3 MiB).</translation>
    </message>
    <message>
        <source>The lesson names %1, outside its folder: not read without your consent.</source>
        <translation>레슨이 폴더 밖의 파일을 지정합니다: %1. 동의 없이는 읽지 않습니다.</translation>
    </message>
    <message>
        <source>Open it again and allow it (on the command line: --allow-outside-lesson), or copy the manifest next to the lesson.</source>
        <translation>레슨을 다시 열어 허용하거나(명령줄에서는 --allow-outside-lesson), 매니페스트를 레슨 옆에 복사하십시오.</translation>
    </message>
    <message>
        <source>Not a what-if edit: &quot;%1&quot; (%2); ignored.</source>
        <translation>what-if 편집이 아닙니다: &quot;%1&quot; (%2). 무시합니다.</translation>
    </message>
    <message>
        <source>The lesson is not a text file.</source>
        <translation>레슨이 텍스트 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>텍스트 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1 is outside the lesson&apos;s folder: it is not embedded without your consent.</source>
        <translation>레슨 폴더 밖에 있는 파일입니다: %1. 동의 없이는 레슨에 포함하지 않습니다.</translation>
    </message>
    <message>
        <source>&quot;clients&quot; must be a list of names with addresses.</source>
        <translation>&quot;clients&quot;는 이름과 주소의 목록이어야 합니다.</translation>
    </message>
    <message>
        <source>A client is a mapping with a name and an IPv4 address.</source>
        <translation>클라이언트는 name과 IPv4 address를 가진 매핑입니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text or one text per language ({en: …, ko: …}), not a %2.</source>
        <translation>&quot;%1&quot;은(는) %2이(가) 아니라 문자열이거나 언어별 문자열({en: …, ko: …})이어야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language of &quot;%2&quot;: write en or ko.</source>
        <translation>&quot;%1&quot;은(는) &quot;%2&quot;의 언어가 아닙니다. en 또는 ko여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text, not a %3.</source>
        <translation>&quot;%2&quot;의 &quot;%1&quot;은(는) %3이(가) 아니라 문자열이어야 합니다.</translation>
    </message>
</context>
<context>
    <name>hopscope::Lint</name>
    <message>
        <source>a Service &quot;%1&quot; (type %2; ports: %3; selector: %4)</source>
        <translation>서비스 &quot;%1&quot; (유형 %2, 포트: %3, 셀렉터: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>a %1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>As written, YAML stops reading this document at line %1. </source>
        <translation>쓰인 그대로라면 YAML은 이 문서를 %1번째 줄에서 그만 읽습니다. </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> 외 %1개</translation>
    </message>
    <message>
        <source>Pods in namespace &quot;%1&quot; match (%2), but a Service selects only pods of its own namespace &quot;%3&quot;.</source>
        <translation>네임스페이스 &quot;%1&quot;의 파드가 맞지만 (%2), 서비스는 자기 네임스페이스 &quot;%3&quot;의 파드만 선택합니다.</translation>
    </message>
    <message>
        <source>No pod in namespace &quot;%1&quot; has any of these labels: compare the selector with the labels under the pod template (spec.template.metadata.labels).</source>
        <translation>네임스페이스 &quot;%1&quot;의 어떤 파드에도 이 레이블이 없습니다. 셀렉터를 파드 템플릿의 레이블(spec.template.metadata.labels)과 비교해 보세요.</translation>
    </message>
    <message>
        <source>%1 (the pods have no %2 label)</source>
        <translation>%1 (파드에 %2 레이블이 없습니다)</translation>
    </message>
    <message>
        <source>%1 (the pods have %2)</source>
        <translation>%1 (파드에는 %2이(가) 있습니다)</translation>
    </message>
    <message>
        <source>The closest pods, %1, lack %2. A pod is selected only when it has every label of the selector.</source>
        <translation>가장 가까운 파드 %1에는 %2이(가) 없습니다. 파드는 셀렉터의 레이블을 모두 가지고 있어야만 선택됩니다.</translation>
    </message>
    <message>
        <source>this Service has no selector, so Kubernetes creates no endpoints for it: it forwards nowhere unless an EndpointSlice or Endpoints object is written for it</source>
        <translation>이 서비스에는 셀렉터가 없으므로 쿠버네티스가 엔드포인트를 만들지 않습니다. 이 서비스를 위한 EndpointSlice나 Endpoints 오브젝트를 따로 작성하지 않으면 트래픽은 어디로도 전달되지 않습니다</translation>
    </message>
    <message>
        <source>Add a selector (selector:, then app: &lt;label of the pods&gt;) to send the traffic to pods.</source>
        <translation>트래픽을 파드로 보내려면 셀렉터를 추가하세요 (selector: 다음 줄에 app: &lt;파드의 레이블&gt;).</translation>
    </message>
    <message>
        <source>the selector %1 matches no pod in namespace &quot;%2&quot;, so the Service has no endpoints: kube-proxy REJECTs its traffic and clients get &quot;connection refused&quot;</source>
        <translation>셀렉터 %1에 맞는 파드가 네임스페이스 &quot;%2&quot;에 없으므로 서비스에 엔드포인트가 없습니다. kube-proxy가 트래픽을 REJECT하고 클라이언트는 &quot;connection refused&quot;를 받습니다</translation>
    </message>
    <message>
        <source>the selected pods (%1) declare no containerPort, so Hopscope cannot tell whether anything listens on port %2</source>
        <translation>선택된 파드(%1)에 containerPort가 선언되어 있지 않아, 포트 %2에서 무언가 대기하고 있는지 Hopscope가 알 수 없습니다</translation>
    </message>
    <message>
        <source>containerPort is informational, but declaring it (ports: - containerPort: %1) documents what the container listens on.</source>
        <translation>containerPort는 참고용이지만, 선언해 두면 (ports: - containerPort: %1) 컨테이너가 어느 포트에서 대기하는지 문서로 남습니다.</translation>
    </message>
    <message>
        <source>no container of the selected pods (%1) declares port %2/%3 (they declare %4): traffic goes to a port nothing may listen on, and the pod answers &quot;connection refused&quot;</source>
        <translation>선택된 파드(%1)의 어떤 컨테이너도 포트 %2/%3을(를) 선언하지 않았습니다 (선언된 포트: %4). 트래픽이 아무도 대기하지 않을 수 있는 포트로 가고, 파드는 &quot;connection refused&quot;로 응답합니다</translation>
    </message>
    <message>
        <source>targetPort is the port the container listens on: its containerPort (here perhaps targetPort: %1).</source>
        <translation>targetPort는 컨테이너가 대기하는 포트, 곧 containerPort입니다 (여기서는 아마 targetPort: %1).</translation>
    </message>
    <message>
        <source>A named targetPort must match the name and the protocol of a containerPort: the pods name a %1 port &quot;%2&quot;.</source>
        <translation>이름으로 지정한 targetPort는 containerPort의 이름과 프로토콜이 모두 맞아야 합니다. 파드에는 %1 포트 &quot;%2&quot;이(가) 있습니다.</translation>
    </message>
    <message>
        <source>A named targetPort refers to the name of a containerPort (ports: - name: %1, containerPort: …); name the port in the pod template, or use its number.</source>
        <translation>이름으로 지정한 targetPort는 containerPort의 이름을 가리킵니다 (ports: - name: %1, containerPort: …). 파드 템플릿에서 포트에 이름을 붙이거나 포트 번호를 쓰세요.</translation>
    </message>
    <message>
        <source>no selected pod (%1) has a %2 container port named &quot;%3&quot;: the endpoint controller leaves every pod out, so port %4 of the Service has no endpoints and its traffic is REJECTed (&quot;connection refused&quot;)</source>
        <translation>선택된 파드(%1) 중 &quot;%3&quot;(이)라는 이름의 %2 컨테이너 포트를 가진 파드가 없습니다. 엔드포인트 컨트롤러가 모든 파드를 제외하므로 서비스의 포트 %4에는 엔드포인트가 없고 트래픽은 REJECT됩니다 (&quot;connection refused&quot;)</translation>
    </message>
    <message>
        <source>%1 of the %2 selected pods (%3) have no %4 container port named &quot;%5&quot;: the endpoint controller leaves them out of port %6&apos;s endpoints</source>
        <translation>선택된 파드 %2개 중 %1개(%3)에 &quot;%5&quot;(이)라는 이름의 %4 컨테이너 포트가 없습니다. 엔드포인트 컨트롤러가 이 파드들을 포트 %6의 엔드포인트에서 제외합니다</translation>
    </message>
    <message>
        <source>this line is indented with a tab; YAML indentation must be spaces</source>
        <translation>이 줄은 탭으로 들여쓰기되어 있습니다. YAML 들여쓰기는 공백이어야 합니다</translation>
    </message>
    <message>
        <source>lines %1-%2 are indented with tabs (%3 lines); YAML indentation must be spaces</source>
        <translation>%1-%2번째 줄이 탭으로 들여쓰기되어 있습니다 (%3줄). YAML 들여쓰기는 공백이어야 합니다</translation>
    </message>
    <message>
        <source>Replace the tabs at the start of the lines with spaces (2 per level is usual); most editors can show tabs and convert them. kubectl stops at the first one: &quot;found character that cannot start any token&quot;.</source>
        <translation>줄 앞의 탭을 공백으로 바꾸세요 (한 단계에 공백 2개가 보통입니다). 대부분의 편집기는 탭을 보여 주고 변환할 수 있습니다. kubectl은 첫 번째 탭에서 멈춥니다: &quot;found character that cannot start any token&quot;.</translation>
    </message>
    <message>
        <source>a tab before a comment or on an empty line: legal YAML, but Hopscope&apos;s YAML reader stops here</source>
        <translation>주석 앞이나 빈 줄의 탭: YAML로는 올바르지만 Hopscope의 YAML 리더는 여기서 멈춥니다</translation>
    </message>
    <message>
        <source>lines %1-%2 hold tabs before comments or on empty lines (%3 lines): legal YAML, but Hopscope&apos;s YAML reader stops here</source>
        <translation>%1-%2번째 줄의 주석 앞이나 빈 줄에 탭이 있습니다 (%3줄). YAML로는 올바르지만 Hopscope의 YAML 리더는 여기서 멈춥니다</translation>
    </message>
    <message>
        <source>Remove the tabs, or replace them with spaces.</source>
        <translation>탭을 지우거나 공백으로 바꾸세요.</translation>
    </message>
    <message>
        <source>&apos;-%1:&apos; has no space after the &apos;-&apos;, so YAML reads &quot;-%1&quot; as a key, not as a new list item with the key %1</source>
        <translation>&apos;-%1:&apos;에는 &apos;-&apos; 뒤에 공백이 없어서, YAML은 &quot;-%1&quot;을(를) 키 %1을(를) 가진 새 목록 항목이 아니라 하나의 키로 읽습니다</translation>
    </message>
    <message>
        <source>Write &apos;- %1:&apos; (a dash, a space, then the key).</source>
        <translation>&apos;- %1:&apos;로 쓰세요 (대시, 공백, 그다음 키).</translation>
    </message>
    <message>
        <source>&apos;%1:%2&apos; has no space after the colon, so YAML reads it as the text &quot;%1:%2&quot;, not as the key %1 with the value %2</source>
        <translation>&apos;%1:%2&apos;에는 콜론 뒤에 공백이 없어서, YAML은 이를 키 %1과(와) 값 %2이(가) 아니라 문자열 &quot;%1:%2&quot;(으)로 읽습니다</translation>
    </message>
    <message>
        <source>Put a space after the colon: %1: %2</source>
        <translation>콜론 뒤에 공백을 넣으세요: %1: %2</translation>
    </message>
    <message>
        <source>Merge the two: a mapping holds one value per key, so one of them would be lost.</source>
        <translation>둘을 합치세요. 매핑은 키마다 값을 하나만 가지므로 둘 중 하나는 사라집니다.</translation>
    </message>
    <message>
        <source>each tab taken as %1 spaces</source>
        <translation>탭 하나를 공백 %1칸으로 읽기</translation>
    </message>
    <message>
        <source>a space after %1</source>
        <translation>%1 뒤에 공백 넣기</translation>
    </message>
    <message>
        <source>a space after the &apos;-&apos; of %1</source>
        <translation>%1의 &apos;-&apos; 뒤에 공백 넣기</translation>
    </message>
    <message>
        <source>Write one item instead: &apos;- %1&apos;, then %2 on the lines below it, lined up with its first key.</source>
        <translation>항목 하나로 쓰세요: &apos;- %1&apos; 다음, 그 아래 줄들에 %2을(를) 첫 키와 줄을 맞춰 쓰세요.</translation>
    </message>
    <message>
        <source>Each item under ports: is one port mapping; write targetPort, port and nodePort in the same item (no &apos;-&apos; before port:).</source>
        <translation>ports: 아래 항목 하나가 포트 매핑 하나입니다. targetPort, port, nodePort를 같은 항목에 쓰세요 (port: 앞에 &apos;-&apos;를 붙이지 마세요).</translation>
    </message>
    <message>
        <source>the %1 items under ports: each hold part of one port mapping (%2): every &apos;- &apos; starts a new mapping, so Kubernetes reads %1 mappings and refuses the ones without port:</source>
        <translation>ports: 아래 항목 %1개가 각각 포트 매핑 하나의 일부만 가지고 있습니다 (%2). &apos;- &apos;마다 새 매핑이 시작되므로 쿠버네티스는 매핑 %1개로 읽고, port:가 없는 매핑은 거부합니다</translation>
    </message>
    <message>
        <source>Hopscope simulates an IPv4-only cluster and does not model IPv6 or dual-stack Services (a real IPv4-only cluster refuses %1)</source>
        <translation>Hopscope는 IPv4 전용 클러스터를 시뮬레이션하며 IPv6나 듀얼 스택 서비스는 다루지 않습니다 (실제 IPv4 전용 클러스터는 %1을(를) 거부합니다)</translation>
    </message>
    <message>
        <source>Leave ipFamilies, ipFamilyPolicy and clusterIP out to get the cluster&apos;s default: one IPv4 address.</source>
        <translation>ipFamilies, ipFamilyPolicy, clusterIP를 빼면 클러스터의 기본값인 IPv4 주소 하나를 받습니다.</translation>
    </message>
    <message>
        <source>PreferDualStack on an IPv4-only cluster gives the Service one IPv4 address, which is what Hopscope shows; IPv6 is not modelled</source>
        <translation>IPv4 전용 클러스터에서 PreferDualStack이면 서비스는 IPv4 주소 하나를 받으며, Hopscope도 그렇게 보여 줍니다. IPv6는 다루지 않습니다</translation>
    </message>
    <message>
        <source>sessionAffinityConfig has no effect: sessionAffinity is None, so the API server drops it and each connection may go to a different pod</source>
        <translation>sessionAffinityConfig는 효과가 없습니다. sessionAffinity가 None이므로 API 서버가 이를 버리고, 연결마다 다른 파드로 갈 수 있습니다</translation>
    </message>
    <message>
        <source>Set sessionAffinity: ClientIP to keep each client on the same pod.</source>
        <translation>클라이언트마다 같은 파드로 보내려면 sessionAffinity: ClientIP로 설정하세요.</translation>
    </message>
    <message>
        <source>Label keys and values use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, start and end with a letter or digit, have no spaces and at most 63 characters. Write each label on its own line as key: value.</source>
        <translation>레이블 키와 값에는 영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;를 쓰고, 영문자나 숫자로 시작하고 끝나야 하며, 공백 없이 최대 63자입니다. 레이블은 한 줄에 하나씩 key: value 형태로 쓰세요.</translation>
    </message>
    <message>
        <source>(Found with %1.)</source>
        <comment>%1: the repairs</comment>
        <translation>(다음처럼 고쳐 읽어서 찾았습니다: %1.)</translation>
    </message>
    <message>
        <source>(Found with %1.) %2</source>
        <comment>%1: the repairs</comment>
        <translation>(다음처럼 고쳐 읽어서 찾았습니다: %1.) %2</translation>
    </message>
    <message>
        <source>Even read with %1, the YAML does not parse.</source>
        <comment>%1: the repairs</comment>
        <translation>다음처럼 고쳐 읽어도 YAML을 파싱할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>Read with %1, it holds no object Hopscope models.</source>
        <comment>%1: the repairs</comment>
        <translation>다음처럼 고쳐 읽으면 Hopscope가 다루는 오브젝트가 없습니다: %1.</translation>
    </message>
    <message>
        <source>Read with %1, it is %2.</source>
        <comment>%1: the repairs, %2: the objects</comment>
        <translation>다음처럼 고쳐 읽으면 %2입니다: %1.</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the last two quoted keys</comment>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between two repairs</comment>
        <translation> 및 </translation>
    </message>
    <message>
        <source>Each item under ports: is one port mapping; write port and targetPort in the same item (no &apos;-&apos; before port:).</source>
        <translation>ports: 아래 항목 하나가 포트 매핑 하나입니다. port와 targetPort를 같은 항목에 씁니다 (port: 앞에 &apos;-&apos;를 붙이지 않습니다).</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears a second time in this mapping (first at line %2); kubectl keeps only the last value and says nothing, so the first is lost</source>
        <translation>키 &quot;%1&quot;이(가) 이 매핑에 두 번 나옵니다(처음은 %2번째 줄). kubectl은 아무 말 없이 마지막 값만 남기므로 처음 값은 사라집니다</translation>
    </message>
</context>
<context>
    <name>hopscope::Manifest</name>
    <message>
        <source>YAML reads %1 as a %2, but Kubernetes wants text here: put it in quotes (&quot;%1&quot;).</source>
        <translation>YAML은 %1을(를) %2(으)로 읽지만 쿠버네티스는 여기에 문자열을 원합니다: 따옴표로 감싸세요 (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Kubernetes wants a number here: write it without quotes.</source>
        <translation>쿠버네티스는 여기에 숫자를 원합니다: 따옴표 없이 쓰세요.</translation>
    </message>
    <message>
        <source>Kubernetes does not know this field; check its spelling and its indentation (it may belong one level up or down).</source>
        <translation>쿠버네티스가 모르는 필드입니다. 철자와 들여쓰기를 확인하세요 (한 단계 위나 아래에 있어야 할 수도 있습니다).</translation>
    </message>
    <message>
        <source>Field names are case-sensitive: did you mean &quot;%1&quot;?</source>
        <translation>필드 이름은 대소문자를 구분합니다: &quot;%1&quot;을(를) 뜻했나요?</translation>
    </message>
    <message>
        <source>this document is a %1, not a Kubernetes object</source>
        <translation>이 문서는 쿠버네티스 오브젝트가 아니라 %1입니다</translation>
    </message>
    <message>
        <source>A manifest is a mapping that starts with &apos;apiVersion:&apos; and &apos;kind:&apos;.</source>
        <translation>매니페스트는 &apos;apiVersion:&apos;과 &apos;kind:&apos;로 시작하는 매핑입니다.</translation>
    </message>
    <message>
        <source>Every manifest needs &apos;kind:&apos; (Pod, Deployment, Service …), with a space after the colon.</source>
        <translation>모든 매니페스트에는 &apos;kind:&apos;(Pod, Deployment, Service …)가 필요하며, 콜론 뒤에 공백이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Every manifest needs &apos;apiVersion:&apos; (v1 for a Service or Pod, apps/v1 for a Deployment).</source>
        <translation>모든 매니페스트에는 &apos;apiVersion:&apos;이 필요합니다 (Service나 Pod는 v1, Deployment는 apps/v1).</translation>
    </message>
    <message>
        <source>the items of a List must be a list of objects</source>
        <translation>List의 items는 오브젝트의 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not part of the service network; Hopscope skips it</source>
        <translation>%1 &quot;%2&quot;은(는) 서비스 네트워크와 관계가 없어 Hopscope가 건너뜁니다</translation>
    </message>
    <message>
        <source>Today&apos;s clusters serve %1 as apiVersion: %2 (older tutorials use versions that were removed).</source>
        <translation>요즘 클러스터는 %1을(를) apiVersion: %2(으)로 제공합니다 (오래된 튜토리얼은 이미 제거된 버전을 씁니다).</translation>
    </message>
    <message>
        <source>Give the %1 a name under metadata: (metadata:
  name: my-%2).</source>
        <translation>metadata: 아래에 %1의 이름을 지정하세요 (metadata:
  name: my-%2).</translation>
    </message>
    <message>
        <source>A mapping holds one value per key: keep one of the two.</source>
        <translation>매핑 하나에는 키마다 값이 하나만 들어갑니다. 둘 중 하나만 남기세요.</translation>
    </message>
    <message>
        <source>the key %1 is written a second time in this mapping (first at line %2); kubectl keeps only this last value, without a word</source>
        <translation>키 %1이(가) 이 매핑에 두 번째로 쓰였습니다(처음은 %2번째 줄). kubectl은 아무 말 없이 이 마지막 값만 남깁니다</translation>
    </message>
</context>
<context>
    <name>hopscope::Quiz</name>
    <message>
        <source>the client (%1)</source>
        <translation>클라이언트 (%1)</translation>
    </message>
    <message>
        <source>load balancer %1</source>
        <translation>로드 밸런서 %1</translation>
    </message>
    <message>
        <source>load balancer %1 (%2)</source>
        <translation>로드 밸런서 %1 (%2)</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>노드 %1 (%2)</translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation>파드 %1</translation>
    </message>
    <message>
        <source>pod %1 (%2)</source>
        <translation>파드 %1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: the destination is %3. What does it become?</source>
        <translation>%2의 %1: 목적지 %3은(는) 무엇으로 바뀔까요?</translation>
    </message>
    <message>
        <source>%1 on %2: the source is %3. What does it become?</source>
        <translation>%2의 %1: 출발지 %3은(는) 무엇으로 바뀔까요?</translation>
    </message>
    <message>
        <source>The reply leaves %1. Where does it go next?</source>
        <translation>응답이 %1을(를) 떠납니다. 다음에는 어디로 갈까요?</translation>
    </message>
    <message>
        <source>The packet leaves %1. Where does it go next?</source>
        <translation>패킷이 %1을(를) 떠납니다. 다음에는 어디로 갈까요?</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%2개 중 %1개 정답</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 right (%3 %).</source>
        <translation>퀴즈: %2개 중 %1개 정답 (%3 %).</translation>
    </message>
    <message>
        <source>hop %1 (%2)</source>
        <translation>홉 %1 (%2)</translation>
    </message>
    <message>
        <source>Missed: %1.</source>
        <translation>틀린 문제: %1.</translation>
    </message>
</context>
<context>
    <name>hopscope::Reader</name>
    <message>
        <source>the file is %1 MiB; Hopscope reads files of up to %2 MiB</source>
        <translation>파일이 %1 MiB입니다. Hopscope는 %2 MiB까지의 파일을 읽습니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>파일이 비어 있습니다</translation>
    </message>
    <message>
        <source>this is not a text file (it holds a NUL byte); Hopscope reads YAML or JSON manifests</source>
        <translation>텍스트 파일이 아닙니다 (NUL 바이트가 있습니다). Hopscope는 YAML 또는 JSON 매니페스트를 읽습니다</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1)</source>
        <translation>올바른 UTF-8 텍스트 파일이 아닙니다 (바이트 0x%1)</translation>
    </message>
    <message>
        <source>Save the file as UTF-8, as Kubernetes expects.</source>
        <translation>쿠버네티스가 기대하는 대로 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <source>this document is %1 MiB; Hopscope reads documents of up to %2 MiB</source>
        <translation>이 문서는 %1 MiB입니다. Hopscope는 %2 MiB까지의 문서를 읽습니다</translation>
    </message>
    <message>
        <source>Split it into several documents separated by &apos;---&apos; lines.</source>
        <translation>&apos;---&apos; 줄로 나눠 여러 문서로 쪼개세요.</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>불러오기가 취소되었습니다</translation>
    </message>
    <message>
        <source>no *.yaml, *.yml or *.json files in this folder</source>
        <translation>이 폴더에 *.yaml, *.yml, *.json 파일이 없습니다</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>그런 파일이나 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>심볼릭 링크의 순환</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>이름 있는 파이프(FIFO)</translation>
    </message>
    <message>
        <source>a character device (such as /dev/zero or a terminal)</source>
        <translation>문자 장치(/dev/zero나 터미널 등)</translation>
    </message>
    <message>
        <source>a block device (a disk)</source>
        <translation>블록 장치(디스크)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a path through a folder Hopscope may not enter</source>
        <translation>Hopscope가 들어갈 수 없는 폴더를 지나는 경로</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>the path is a loop of symbolic links (a link that leads back to itself); Hopscope cannot follow it</source>
        <translation>경로가 심볼릭 링크의 순환입니다(자기 자신으로 돌아오는 링크). Hopscope는 이 경로를 따라갈 수 없습니다</translation>
    </message>
    <message>
        <source>this is %1, not a regular file; Hopscope reads only regular files</source>
        <translation>일반 파일이 아닙니다(종류: %1). Hopscope는 일반 파일만 읽습니다</translation>
    </message>
    <message>
        <source>standard input is larger than %1 MiB, the limit; Hopscope stopped reading it</source>
        <translation>표준 입력이 한도인 %1 MiB보다 큽니다. Hopscope는 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the limit; Hopscope stopped reading it</source>
        <translation>파일이 한도인 %1 MiB보다 큽니다. Hopscope는 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <source>To read larger files, raise the limit: %1 MIB (on the command line).</source>
        <translation>더 큰 파일을 읽으려면 한도를 높이십시오: %1 MIB (명령줄에서).</translation>
    </message>
    <message>
        <source>To read from a pipe, give &apos;-&apos; and send the data to standard input.</source>
        <translation>파이프에서 읽으려면 &apos;-&apos;를 주고 데이터를 표준 입력으로 보내십시오.</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n자)</numerusform>
        </translation>
    </message>
    <message>
        <source>the manifests hold more than %1 objects (documents and List items); Hopscope reads up to %1</source>
        <translation>매니페스트에 오브젝트(문서와 List 항목)가 %1개보다 많습니다. Hopscope는 %1개까지 읽습니다</translation>
    </message>
    <message>
        <source>Kubernetes itself is tested up to 150,000 pods, 10,000 Services and 5,000 nodes.</source>
        <translation>쿠버네티스 자체는 파드 150,000개, 서비스 10,000개, 노드 5,000개까지 테스트됩니다.</translation>
    </message>
    <message>
        <source>Kubernetes itself is tested up to 150,000 pods, 10,000 Services and 5,000 nodes. To read more, raise the limit: %1 N.</source>
        <translation>쿠버네티스 자체는 파드 150,000개, 서비스 10,000개, 노드 5,000개까지 테스트됩니다. 더 읽으려면 한도를 높이십시오: %1 N.</translation>
    </message>
    <message>
        <source>the lines of this file end in a carriage return alone (CR, as classic Mac OS wrote them); YAML needs LF or CR LF line ends here</source>
        <translation>이 파일의 줄은 캐리지 리턴(CR) 하나로만 끝납니다(예전 Mac OS 방식). 여기서 YAML은 LF 또는 CR LF 줄 끝이 필요합니다</translation>
    </message>
    <message>
        <source>Save the file with Unix (LF) line ends.</source>
        <translation>파일을 Unix(LF) 줄 끝으로 저장하십시오.</translation>
    </message>
    <message>
        <source>the folder holds more than %1 manifest files; Hopscope read the first %1 in name order and skipped %2 (%3 to %4)</source>
        <translation>폴더에 매니페스트 파일이 %1개보다 많습니다. Hopscope는 이름 순으로 처음 %1개를 읽고 %2개(%3부터 %4까지)는 건너뛰었습니다</translation>
    </message>
    <message>
        <source>the folder holds more than %1 entries; Hopscope stopped listing it there, so the files read are the first in name order among those listed</source>
        <translation>폴더의 항목이 %1개보다 많아 Hopscope가 거기서 목록 읽기를 멈췄습니다. 그래서 읽은 파일은 목록에 오른 파일 가운데 이름 순으로 앞선 것입니다</translation>
    </message>
</context>
<context>
    <name>hopscope::RequestTargets</name>
    <message>
        <source>%1 · DNS name, port %2%3</source>
        <translation>%1 · DNS 이름, 포트 %2%3</translation>
    </message>
    <message>
        <source>%1 · short name, port %2%3</source>
        <translation>%1 · 짧은 이름, 포트 %2%3</translation>
    </message>
    <message>
        <source>%1 · ClusterIP %2%3</source>
        <translation>%1 · 클러스터 IP %2%3</translation>
    </message>
    <message>
        <source>%1 · %2 node port %3%4</source>
        <translation>%1 · %2 노드 포트 %3%4</translation>
    </message>
    <message>
        <source>%1 · load balancer %2%3</source>
        <translation>%1 · 로드 밸런서 %2%3</translation>
    </message>
    <message>
        <source>%1 · external IP %2%3</source>
        <translation>%1 · 외부 IP %2%3</translation>
    </message>
    <message>
        <source>pod %1 · %2/%3</source>
        <translation>파드 %1 · %2/%3</translation>
    </message>
    <message>
        <source>pod %1 · %2</source>
        <translation>파드 %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 node port %3</source>
        <translation>%1 · %2 노드 포트 %3</translation>
    </message>
</context>
<context>
    <name>hopscope::ServiceValidation</name>
    <message>
        <source>Each item under ports: is one port mapping; write targetPort, port and nodePort in the same item (no &apos;-&apos; before port:).</source>
        <translation>ports: 아래 항목 하나가 포트 매핑 하나입니다. targetPort, port, nodePort를 같은 항목에 쓰세요 (port: 앞에 &apos;-&apos;를 붙이지 마세요).</translation>
    </message>
    <message>
        <source>A Service needs at least one entry under ports: (- port: 80), unless it is headless (clusterIP: None).</source>
        <translation>헤드리스 서비스(clusterIP: None)가 아니라면, 서비스에는 ports: 아래 항목이 하나 이상 필요합니다 (- port: 80).</translation>
    </message>
    <message>
        <source>With more than one port, each port needs a name (name: http), so that the ports can be told apart.</source>
        <translation>포트가 둘 이상이면 서로 구별할 수 있도록 각 포트에 이름(name: http)이 필요합니다.</translation>
    </message>
    <message>
        <source>Each port of a Service needs its own name.</source>
        <translation>서비스의 각 포트에는 서로 다른 이름이 필요합니다.</translation>
    </message>
    <message>
        <source>A port name is lower-case letters, digits and &apos;-&apos; (http, metrics-2).</source>
        <translation>포트 이름은 영문 소문자, 숫자, &apos;-&apos;로 이루어집니다 (http, metrics-2).</translation>
    </message>
    <message>
        <source>Every item under ports: needs port: (the port the Service listens on).</source>
        <translation>ports: 아래 모든 항목에는 port:(서비스가 대기하는 포트)가 필요합니다.</translation>
    </message>
    <message>
        <source>A port number is between 1 and 65535.</source>
        <translation>포트 번호는 1에서 65535 사이입니다.</translation>
    </message>
    <message>
        <source>A named targetPort must be the name of a containerPort: lower-case letters, digits and &apos;-&apos;, at most 15 characters, at least one letter. To use a number, write it without quotes.</source>
        <translation>이름으로 지정한 targetPort는 containerPort의 이름이어야 합니다: 영문 소문자, 숫자, &apos;-&apos;로 최대 15자이고 영문자가 하나 이상 있어야 합니다. 숫자를 쓰려면 따옴표 없이 쓰세요.</translation>
    </message>
    <message>
        <source>targetPort is the container&apos;s port: a number between 1 and 65535, or the name of a containerPort.</source>
        <translation>targetPort는 컨테이너의 포트입니다: 1에서 65535 사이의 숫자나 containerPort의 이름입니다.</translation>
    </message>
    <message>
        <source>Protocols are written in capitals: %1.</source>
        <translation>프로토콜은 대문자로 씁니다: %1.</translation>
    </message>
    <message>
        <source>The protocol is TCP (the default), UDP or SCTP. HTTP is not a Service protocol: HTTP runs over TCP.</source>
        <translation>프로토콜은 TCP(기본값), UDP, SCTP 중 하나입니다. HTTP는 서비스 프로토콜이 아닙니다: HTTP는 TCP 위에서 동작합니다.</translation>
    </message>
    <message>
        <source>appProtocol is a name such as http, or a prefixed one such as kubernetes.io/h2c.</source>
        <translation>appProtocol은 http 같은 이름이나 kubernetes.io/h2c 같은 접두사가 붙은 이름입니다.</translation>
    </message>
    <message>
        <source>Two items under ports: use the same port and protocol; a port number can appear once per protocol.</source>
        <translation>ports: 아래 두 항목이 같은 포트와 프로토콜을 씁니다. 포트 번호는 프로토콜마다 한 번만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>A ClusterIP Service is reachable only inside the cluster, so it has no nodePort. To open the port on every node, set type: NodePort.</source>
        <translation>ClusterIP 서비스는 클러스터 안에서만 접근할 수 있으므로 nodePort가 없습니다. 모든 노드에 포트를 열려면 type: NodePort로 설정하세요.</translation>
    </message>
    <message>
        <source>Each port of a Service needs its own nodePort.</source>
        <translation>서비스의 각 포트에는 서로 다른 nodePort가 필요합니다.</translation>
    </message>
    <message>
        <source>Values are case-sensitive: did you mean %1?</source>
        <translation>값은 대소문자를 구분합니다: %1을(를) 뜻했나요?</translation>
    </message>
    <message>
        <source>type is ClusterIP (the default), NodePort, LoadBalancer or ExternalName.</source>
        <translation>type은 ClusterIP(기본값), NodePort, LoadBalancer, ExternalName 중 하나입니다.</translation>
    </message>
    <message>
        <source>Label keys and values use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, start and end with a letter or digit, have no spaces and at most 63 characters. Write each label on its own line as key: value.</source>
        <translation>레이블 키와 값에는 영문자, 숫자, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;를 쓰고, 영문자나 숫자로 시작하고 끝나야 하며, 공백 없이 최대 63자입니다. 레이블은 한 줄에 하나씩 key: value 형태로 쓰세요.</translation>
    </message>
    <message>
        <source>A Service&apos;s name becomes a DNS name (name.namespace.svc.%1): use lower-case letters, digits and &apos;-&apos;, starting with a letter (web-svc, not Web_Svc or 1web).</source>
        <translation>서비스 이름은 DNS 이름(name.namespace.svc.%1)이 됩니다: 영문 소문자, 숫자, &apos;-&apos;를 쓰고 영문자로 시작하세요 (Web_Svc나 1web이 아니라 web-svc).</translation>
    </message>
    <message>
        <source>A namespace name is lower-case letters, digits and &apos;-&apos;.</source>
        <translation>네임스페이스 이름은 영문 소문자, 숫자, &apos;-&apos;로 이루어집니다.</translation>
    </message>
    <message>
        <source>Annotation keys follow the label-key rules: an optional prefix such as example.com/ and a name.</source>
        <translation>어노테이션 키는 레이블 키 규칙을 따릅니다: example.com/ 같은 선택적 접두사와 이름.</translation>
    </message>
    <message>
        <source>A headless Service (clusterIP: None) has no virtual IP, so there is nothing for a node port or a load balancer to forward to. Remove clusterIP: None, or use type: ClusterIP.</source>
        <translation>헤드리스 서비스(clusterIP: None)에는 가상 IP가 없으므로 노드 포트나 로드 밸런서가 전달할 곳이 없습니다. clusterIP: None을 지우거나 type: ClusterIP를 쓰세요.</translation>
    </message>
    <message>
        <source>clusterIP is an address inside the service range (%1), or None for a headless Service; leave it out to let Kubernetes choose one.</source>
        <translation>clusterIP는 서비스 대역(%1) 안의 주소이거나, 헤드리스 서비스라면 None입니다. 쿠버네티스가 고르게 하려면 빼 두세요.</translation>
    </message>
    <message>
        <source>ipFamilies lists IPv4 and/or IPv6; ipFamilyPolicy is SingleStack, PreferDualStack or RequireDualStack.</source>
        <translation>ipFamilies에는 IPv4와/또는 IPv6를 쓰고, ipFamilyPolicy는 SingleStack, PreferDualStack, RequireDualStack 중 하나입니다.</translation>
    </message>
    <message>
        <source>An external IP is an address that routes to a node, such as 192.168.1.100: not 0.0.0.0, 127.x.x.x or 169.254.x.x.</source>
        <translation>외부 IP는 192.168.1.100처럼 노드로 라우팅되는 주소입니다: 0.0.0.0, 127.x.x.x, 169.254.x.x는 안 됩니다.</translation>
    </message>
    <message>
        <source>An ExternalName Service is a DNS alias: write the target host name under externalName: (db.example.com).</source>
        <translation>ExternalName 서비스는 DNS 별칭입니다: externalName: 아래에 대상 호스트 이름(db.example.com)을 쓰세요.</translation>
    </message>
    <message>
        <source>externalName is a DNS name (db.example.com), not a URL or an IP address.</source>
        <translation>externalName은 URL이나 IP 주소가 아니라 DNS 이름(db.example.com)입니다.</translation>
    </message>
    <message>
        <source>sessionAffinity is None (the default) or ClientIP.</source>
        <translation>sessionAffinity는 None(기본값) 또는 ClientIP입니다.</translation>
    </message>
    <message>
        <source>The ClientIP timeout is in seconds, from 1 to 86400 (one day); the default is 10800 (three hours).</source>
        <translation>ClientIP 타임아웃은 초 단위로 1부터 86400(하루)까지이며, 기본값은 10800(세 시간)입니다.</translation>
    </message>
    <message>
        <source>Source ranges tell a cloud load balancer which clients to accept: they only apply to type: LoadBalancer.</source>
        <translation>소스 범위는 클라우드 로드 밸런서가 어떤 클라이언트를 받을지 정합니다: type: LoadBalancer에만 적용됩니다.</translation>
    </message>
    <message>
        <source>Write each source range as a CIDR such as 203.0.113.0/24.</source>
        <translation>소스 범위는 203.0.113.0/24 같은 CIDR로 쓰세요.</translation>
    </message>
    <message>
        <source>allocateLoadBalancerNodePorts only applies to type: LoadBalancer.</source>
        <translation>allocateLoadBalancerNodePorts는 type: LoadBalancer에만 적용됩니다.</translation>
    </message>
    <message>
        <source>externalTrafficPolicy is about traffic from outside the cluster: it applies to NodePort and LoadBalancer Services (or ones with externalIPs). Remove it, or change the type.</source>
        <translation>externalTrafficPolicy는 클러스터 밖에서 오는 트래픽에 관한 설정입니다: NodePort와 LoadBalancer 서비스(또는 externalIPs가 있는 서비스)에 적용됩니다. 지우거나 유형을 바꾸세요.</translation>
    </message>
    <message>
        <source>externalTrafficPolicy is Cluster (the default: any node forwards to any pod, and the client address is rewritten) or Local (only pods on the receiving node; the client address is kept).</source>
        <translation>externalTrafficPolicy는 Cluster(기본값: 어느 노드든 어느 파드로든 전달하며 클라이언트 주소가 바뀝니다) 또는 Local(요청을 받은 노드의 파드로만 전달하며 클라이언트 주소가 유지됩니다)입니다.</translation>
    </message>
    <message>
        <source>healthCheckNodePort is used only by type: LoadBalancer with externalTrafficPolicy: Local, and Kubernetes picks it for you.</source>
        <translation>healthCheckNodePort는 type: LoadBalancer이면서 externalTrafficPolicy: Local일 때만 쓰이며, 쿠버네티스가 알아서 고릅니다.</translation>
    </message>
    <message>
        <source>internalTrafficPolicy is Cluster (the default) or Local.</source>
        <translation>internalTrafficPolicy는 Cluster(기본값) 또는 Local입니다.</translation>
    </message>
    <message>
        <source>Each item under ports: is one port mapping; write port and targetPort in the same item (no &apos;-&apos; before port:).</source>
        <translation>ports: 아래 항목 하나가 포트 매핑 하나입니다. port와 targetPort를 같은 항목에 씁니다 (port: 앞에 &apos;-&apos;를 붙이지 않습니다).</translation>
    </message>
</context>
<context>
    <name>hopscope::Settings</name>
    <message>
        <source>--cluster-cidr: &quot;%1&quot; is not an IPv4 CIDR such as 10.244.0.0/16</source>
        <translation>--cluster-cidr: &quot;%1&quot;은(는) 10.244.0.0/16 같은 IPv4 CIDR가 아닙니다</translation>
    </message>
    <message>
        <source>--service-cluster-ip-range: &quot;%1&quot; is not an IPv4 CIDR such as 10.96.0.0/12</source>
        <translation>--service-cluster-ip-range: &quot;%1&quot;은(는) 10.96.0.0/12 같은 IPv4 CIDR가 아닙니다</translation>
    </message>
    <message>
        <source>--nodes: %1 is not between 1 and 5000</source>
        <translation>--nodes: %1은(는) 1에서 5000 사이가 아닙니다</translation>
    </message>
    <message>
        <source>--service-node-port-range: %1 is not a range such as 30000-32767</source>
        <translation>--service-node-port-range: %1은(는) 30000-32767 같은 범위가 아닙니다</translation>
    </message>
    <message>
        <source>load-balancer pool &quot;%1&quot; is not an IPv4 CIDR</source>
        <translation>로드 밸런서 주소 풀 &quot;%1&quot;은(는) IPv4 CIDR가 아닙니다</translation>
    </message>
    <message>
        <source>--cluster-cidr %1 is too small for /%2 node pod networks</source>
        <translation>--cluster-cidr %1은(는) 노드마다 /%2 파드 네트워크를 주기에는 너무 작습니다</translation>
    </message>
</context>
<context>
    <name>hopscope::TraceDiff</name>
    <message>
        <source>%1 (pod %2)</source>
        <translation>%1 (파드 %2)</translation>
    </message>
    <message>
        <source>Before, the request reached %1; now it is not delivered.</source>
        <translation>이전에는 요청이 %1에 도착했지만, 이제는 전달되지 않습니다.</translation>
    </message>
    <message>
        <source>Now the request reaches %1; before, it was not delivered.</source>
        <translation>이제 요청이 %1에 도착합니다. 이전에는 전달되지 않았습니다.</translation>
    </message>
    <message>
        <source>The request now reaches %1 instead of %2.</source>
        <translation>요청이 이제 %2 대신 %1에 도착합니다.</translation>
    </message>
    <message>
        <source>The request takes the same path.</source>
        <translation>요청은 같은 경로로 갑니다.</translation>
    </message>
    <message>
        <source>The path changes at hop %1: %2 at %3.</source>
        <translation>경로가 %1번째 홉에서 바뀝니다: %3에서 %2.</translation>
    </message>
    <message>
        <source>The path ends earlier, after hop %1.</source>
        <translation>경로가 %1번째 홉 뒤에서 더 일찍 끝납니다.</translation>
    </message>
</context>
<context>
    <name>hopscope::TraceFormat</name>
    <message>
        <source>Trace  %1 → %2  (%3, seed %4)
</source>
        <translation>추적  %1 → %2  (%3, 시드 %4)
</translation>
    </message>
    <message>
        <source>       endpoint chosen by hand: %1
</source>
        <translation>       직접 고른 엔드포인트: %1
</translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>문제: %1
</translation>
    </message>
    <message>
        <source>where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>패킷</translation>
    </message>
    <message>
        <source>── reply ──</source>
        <translation>── 응답 ──</translation>
    </message>
    <message>
        <source>dns</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>route</source>
        <translation>라우팅</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>규칙들</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>conntrack</source>
        <translation>conntrack</translation>
    </message>
    <message>
        <source>service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Result: not traced (bad request).</source>
        <translation>결과: 추적하지 않음 (잘못된 요청).</translation>
    </message>
    <message>
        <source>Result: delivered. %1</source>
        <translation>결과: 전달됨. %1</translation>
    </message>
    <message>
        <source>Result: not delivered. %1</source>
        <translation>결과: 전달되지 않음. %1</translation>
    </message>
    <message>
        <source>hop</source>
        <translation>홉</translation>
    </message>
    <message>
        <source>before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>after</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>%1 (reply)</source>
        <translation>%1 (응답)</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>hopscope::Tracer</name>
    <message>
        <source>The walk goes round in circles: Hopscope stops it here.</source>
        <translation>패킷이 같은 곳을 맴돕니다: Hopscope가 여기서 멈춥니다.</translation>
    </message>
    <message>
        <source>Stopped: the packet loops.</source>
        <translation>중단: 패킷이 루프를 돕니다.</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>파드 %1</translation>
    </message>
    <message>
        <source>No route: pod %1 has no network.</source>
        <translation>경로 없음: 파드 %1에 네트워크가 없습니다.</translation>
    </message>
    <message>
        <source>The packet goes to the router %1 (the default route).</source>
        <translation>패킷은 라우터 %1(기본 경로)로 갑니다.</translation>
    </message>
    <message>
        <source>The packet is put on the LAN, where nothing answers for %1.</source>
        <translation>패킷이 LAN에 나가지만, 그곳에서 %1에 응답하는 장비가 없습니다.</translation>
    </message>
    <message>
        <source>The router knows the node network, but not the pod network %1: pod addresses exist only inside the cluster, on each node&apos;s cni0 and flannel.1. The packet is dropped (no route to host). From outside, reach pods through a Service: a node port on a node IP, or a LoadBalancer.</source>
        <translation>라우터는 노드 네트워크는 알지만 파드 네트워크 %1은(는) 모릅니다: 파드 주소는 클러스터 안, 각 노드의 cni0와 flannel.1에만 있습니다. 패킷은 버려집니다 (no route to host). 클러스터 밖에서는 서비스를 통해 파드에 접근하세요: 노드 IP의 노드 포트나 로드 밸런서로요.</translation>
    </message>
    <message>
        <source>No route: %1 is a pod address, unreachable from outside the cluster.</source>
        <translation>경로 없음: %1은(는) 파드 주소여서 클러스터 밖에서는 닿을 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 is in the Service network %2: a ClusterIP is not a machine, it exists only as kube-proxy rules inside the nodes, and no rule on the way caught %1:%3. The router has no route to %2 either: nobody answers and the connection times out.</source>
        <translation>%1은(는) 서비스 네트워크 %2에 속합니다: 클러스터 IP는 실제 장비가 아니라 노드 안의 kube-proxy 규칙으로만 존재하는데, 지나온 길의 어떤 규칙도 %1:%3을(를) 잡지 않았습니다. 라우터에도 %2(으)로 가는 경로가 없으므로 아무도 응답하지 않고 연결은 타임아웃됩니다.</translation>
    </message>
    <message>
        <source>Timeout: nothing answers %1:%2 (a ClusterIP exists only in kube-proxy&apos;s rules, and none caught this port).</source>
        <translation>타임아웃: %1:%2에 응답하는 곳이 없습니다 (클러스터 IP는 kube-proxy 규칙 안에만 있고, 이 포트를 잡는 규칙이 없습니다).</translation>
    </message>
    <message>
        <source>No machine of this network has the address %1, and the router has no route to it: the packet is lost.</source>
        <translation>이 네트워크의 어떤 장비도 주소 %1을(를) 가지고 있지 않고, 라우터에도 그곳으로 가는 경로가 없습니다: 패킷은 사라집니다.</translation>
    </message>
    <message>
        <source>No route to %1.</source>
        <translation>%1(으)로 가는 경로가 없습니다.</translation>
    </message>
    <message>
        <source>The cloud load balancer of Service %1 listens only on the Service&apos;s ports (%2); nothing answers on %3: the connection times out.</source>
        <translation>서비스 %1의 클라우드 로드 밸런서는 서비스의 포트(%2)에서만 대기합니다. %3에는 아무도 응답하지 않으므로 연결은 타임아웃됩니다.</translation>
    </message>
    <message>
        <source>Timeout: the load balancer of %1 has no listener on %2.</source>
        <translation>타임아웃: %1의 로드 밸런서에는 %2에서 대기하는 리스너가 없습니다.</translation>
    </message>
    <message>
        <source>The cloud load balancer of Service %1 only admits the sources listed in loadBalancerSourceRanges (%2); %3 is not one of them, so it drops the packet: the connection times out.</source>
        <translation>서비스 %1의 클라우드 로드 밸런서는 loadBalancerSourceRanges(%2)에 있는 출발지만 받습니다. %3은(는) 여기에 없으므로 패킷을 버리고, 연결은 타임아웃됩니다.</translation>
    </message>
    <message>
        <source>Dropped: %1 is not in the loadBalancerSourceRanges of %2.</source>
        <translation>버려짐: %1은(는) %2의 loadBalancerSourceRanges에 없습니다.</translation>
    </message>
    <message>
        <source>Service %1 has no node port (allocateLoadBalancerNodePorts: false), and this simulated cloud load balancer forwards to node ports only: nothing takes the connection.</source>
        <translation>서비스 %1에는 노드 포트가 없고 (allocateLoadBalancerNodePorts: false), 시뮬레이션하는 클라우드 로드 밸런서는 노드 포트로만 전달합니다: 연결을 받을 곳이 없습니다.</translation>
    </message>
    <message>
        <source>Dropped: the load balancer of %1 has no node port to forward to.</source>
        <translation>버려짐: %1의 로드 밸런서에는 전달할 노드 포트가 없습니다.</translation>
    </message>
    <message>
        <source>externalTrafficPolicy is Local and no node has a ready pod of Service %1, so every node fails the load balancer&apos;s health check (healthCheckNodePort %2): it has nowhere to send the connection, which times out.</source>
        <translation>externalTrafficPolicy가 Local인데 서비스 %1의 준비된 파드가 있는 노드가 없어서, 모든 노드가 로드 밸런서의 헬스 체크(healthCheckNodePort %2)에 실패합니다: 연결을 보낼 곳이 없어 타임아웃됩니다.</translation>
    </message>
    <message>
        <source>Timeout: no node passes the health check of %1&apos;s load balancer.</source>
        <translation>타임아웃: %1의 로드 밸런서 헬스 체크를 통과하는 노드가 없습니다.</translation>
    </message>
    <message>
        <source>With externalTrafficPolicy Local only nodes with a pod of the Service pass its health check on healthCheckNodePort %1: %2.</source>
        <translation>externalTrafficPolicy가 Local이면 서비스의 파드가 있는 노드만 healthCheckNodePort %1의 헬스 체크를 통과합니다: %2.</translation>
    </message>
    <message>
        <source>With externalTrafficPolicy Cluster every node passes its health check (%1), and it picked one.</source>
        <translation>externalTrafficPolicy가 Cluster이면 모든 노드가 헬스 체크(%1)를 통과하고, 로드 밸런서는 그중 하나를 골랐습니다.</translation>
    </message>
    <message>
        <source>The cloud load balancer of Service %1 (%2) forwards the connection to %3&apos;s node port %4:%5: LoadBalancer → node port → pod. It keeps the client&apos;s address %6 as the source, as network load balancers do.</source>
        <translation>서비스 %1의 클라우드 로드 밸런서(%2)가 연결을 %3의 노드 포트 %4:%5(으)로 전달합니다: 로드 밸런서 → 노드 포트 → 파드. 네트워크 로드 밸런서가 그렇듯 출발지로 클라이언트 주소 %6을(를) 그대로 둡니다.</translation>
    </message>
    <message>
        <source>The load balancer recognises the answer of the connection it forwarded and puts its own address back as the source: %1:%2 becomes %3:%4.</source>
        <translation>로드 밸런서는 자기가 전달한 연결의 응답을 알아보고 출발지를 자기 주소로 되돌립니다: %1:%2이(가) %3:%4이(가) 됩니다.</translation>
    </message>
    <message>
        <source>sshd</source>
        <translation>sshd</translation>
    </message>
    <message>
        <source>the kubelet</source>
        <translation>kubelet</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s healthz server</source>
        <translation>kube-proxy의 healthz 서버</translation>
    </message>
    <message>
        <source>The client %1 runs no server on port %2: its kernel refuses the connection.</source>
        <translation>클라이언트 %1은(는) 포트 %2에서 서버를 실행하지 않습니다: 커널이 연결을 거부합니다.</translation>
    </message>
    <message>
        <source>Refused: the client serves nothing.</source>
        <translation>거부됨: 클라이언트는 아무것도 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Pod %1 receives it, but its containers declare only %2: nothing listens on %3/UDP. Its kernel answers with ICMP port unreachable: connection refused.</source>
        <translation>파드 %1이(가) 패킷을 받지만 컨테이너에는 %2만 선언되어 있습니다: %3/UDP에서 대기하는 것이 없습니다. 커널이 ICMP port unreachable로 응답합니다: 연결 거부.</translation>
    </message>
    <message>
        <source>Pod %1 receives it, but its containers declare only %2: nothing listens on %3/TCP. Its kernel answers with a TCP reset: connection refused.</source>
        <translation>파드 %1이(가) 패킷을 받지만 컨테이너에는 %2만 선언되어 있습니다: %3/TCP에서 대기하는 것이 없습니다. 커널이 TCP 리셋으로 응답합니다: 연결 거부.</translation>
    </message>
    <message>
        <source>The Service %1 sends to targetPort %2, which no container of the pod serves.</source>
        <translation>서비스 %1은(는) targetPort %2(으)로 보내는데, 파드의 어떤 컨테이너도 이 포트를 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>Refused: pod %1 does not listen on %2.</source>
        <translation>거부됨: 파드 %1은(는) %2에서 대기하지 않습니다.</translation>
    </message>
    <message>
        <source>Pod %1 receives it on eth0: container %2 declares port %3/%4, where its server listens. It sees the source %5.</source>
        <translation>파드 %1이(가) eth0으로 받습니다: 컨테이너 %2이(가) 포트 %3/%4을(를) 선언했고, 서버가 그곳에서 대기합니다. 파드가 보는 출발지는 %5입니다.</translation>
    </message>
    <message>
        <source>Pod %1 receives it on eth0. It declares no container ports (containerPort is only informative), so Hopscope assumes a server listens on %2. It sees the source %3.</source>
        <translation>파드 %1이(가) eth0으로 받습니다. 컨테이너 포트가 선언되어 있지 않으므로 (containerPort는 참고용입니다) Hopscope는 %2에서 서버가 대기한다고 가정합니다. 파드가 보는 출발지는 %3입니다.</translation>
    </message>
    <message>
        <source>Not the sender&apos;s own address %1: the source was translated on the way (SNAT), so the answer must come back the same way.</source>
        <translation>보낸 쪽의 원래 주소 %1이(가) 아닙니다: 오는 길에 출발지가 바뀌었으므로(SNAT) 응답도 같은 길로 돌아와야 합니다.</translation>
    </message>
    <message>
        <source>The client&apos;s own address: it was kept all the way.</source>
        <translation>클라이언트의 원래 주소입니다: 끝까지 그대로 유지되었습니다.</translation>
    </message>
    <message>
        <source>pod %1, which uses the node&apos;s network (hostNetwork)</source>
        <translation>노드의 네트워크를 쓰는(hostNetwork) 파드 %1</translation>
    </message>
    <message>
        <source>the API server (endpoint of Service default/kubernetes)</source>
        <translation>API 서버 (서비스 default/kubernetes의 엔드포인트)</translation>
    </message>
    <message>
        <source>the process behind an endpoint of Service %1</source>
        <translation>서비스 %1의 엔드포인트 뒤에 있는 프로세스</translation>
    </message>
    <message>
        <source>%1 accepts the packet for itself, but nothing on it listens on %2/UDP (no Service uses this node port, no rule caught it): it answers with ICMP port unreachable. Connection refused.</source>
        <translation>%1이(가) 패킷을 자기 것으로 받지만 %2/UDP에서 대기하는 것이 없습니다 (이 노드 포트를 쓰는 서비스가 없고, 잡은 규칙도 없습니다): ICMP port unreachable로 응답합니다. 연결 거부.</translation>
    </message>
    <message>
        <source>%1 accepts the packet for itself, but nothing on it listens on %2/TCP (no Service uses this node port, no rule caught it): its kernel answers with a TCP reset. Connection refused.</source>
        <translation>%1이(가) 패킷을 자기 것으로 받지만 %2/TCP에서 대기하는 것이 없습니다 (이 노드 포트를 쓰는 서비스가 없고, 잡은 규칙도 없습니다): 커널이 TCP 리셋으로 응답합니다. 연결 거부.</translation>
    </message>
    <message>
        <source>Refused: nothing listens on %1 (%2).</source>
        <translation>거부됨: %1에서 대기하는 것이 없습니다 (%2).</translation>
    </message>
    <message>
        <source>%1 takes it for itself (%2 is its own address): %3 listens on port %4. It sees the source %5.</source>
        <translation>%1이(가) 패킷을 자기 것으로 받습니다 (%2은(는) 자기 주소입니다): %3이(가) 포트 %4에서 대기합니다. 보이는 출발지는 %5입니다.</translation>
    </message>
    <message>
        <source>The answer arrives from %1, but the connection was opened to %2: the sender knows no such connection and resets it. The answer did not pass back through the place that translated the request.</source>
        <translation>응답이 %1에서 오지만 연결은 %2(으)로 열었습니다: 보낸 쪽은 그런 연결을 모르므로 리셋합니다. 응답이 요청의 주소를 바꾼 곳을 거쳐 돌아오지 않았습니다.</translation>
    </message>
    <message>
        <source>Failed: the answer came back from %1 instead of %2.</source>
        <translation>실패: 응답이 %2이(가) 아니라 %1에서 왔습니다.</translation>
    </message>
    <message>
        <source>The answer arrives from %1, exactly the address the connection was opened to, so the connection completes.</source>
        <translation>응답이 연결을 열었던 바로 그 주소 %1에서 오므로 연결이 완료됩니다.</translation>
    </message>
    <message>
        <source>The sender never sees the address that really answered (%1): conntrack translated every packet both ways.</source>
        <translation>보낸 쪽은 실제로 응답한 주소(%1)를 보지 못합니다: conntrack이 모든 패킷의 주소를 양방향으로 바꿨습니다.</translation>
    </message>
    <message>
        <source>%1 receives UDP %2 on eth0 from %3: a VXLAN packet. Its flannel.1 device (VNI %4) unwraps it, and the inner packet %5 → %6 goes on as if it had arrived on flannel.1.</source>
        <translation>%1이(가) eth0으로 %3에서 온 UDP %2을(를) 받습니다: VXLAN 패킷입니다. flannel.1 장치(VNI %4)가 캡슐을 풀고, 안쪽 패킷 %5 → %6은(는) flannel.1로 들어온 것처럼 계속 갑니다.</translation>
    </message>
    <message>
        <source>A process on %1</source>
        <translation>%1의 프로세스</translation>
    </message>
    <message>
        <source>Pod %1 (hostNetwork: the network of %2)</source>
        <translation>파드 %1 (hostNetwork: %2의 네트워크)</translation>
    </message>
    <message>
        <source>(As in the lesson: SSH to the node, then curl.)</source>
        <translation>(수업에서처럼: 노드에 SSH로 접속한 뒤 curl.)</translation>
    </message>
    <message>
        <source>conntrack on %1 recognises the answer of a connection it translated and undoes the translation.</source>
        <translation>%1의 conntrack이 자기가 주소를 바꾼 연결의 응답을 알아보고 변환을 되돌립니다.</translation>
    </message>
    <message>
        <source>un-DNAT: the source %1 becomes %2 again, the address the sender connected to.</source>
        <translation>un-DNAT: 출발지 %1이(가) 보낸 쪽이 연결했던 주소 %2(으)로 돌아갑니다.</translation>
    </message>
    <message>
        <source>un-SNAT: the destination %1 becomes %2 again, the real sender.</source>
        <translation>un-SNAT: 목적지 %1이(가) 실제로 보낸 쪽 %2(으)로 돌아갑니다.</translation>
    </message>
    <message>
        <source>%1 has no route to %2.</source>
        <translation>%1에는 %2(으)로 가는 경로가 없습니다.</translation>
    </message>
    <message>
        <source>The packet carries a masquerade mark (%1), so %2 masquerades it to the address of %3, the interface it leaves by: %4. It already has that source, so the address stays; conntrack still records the translation.</source>
        <translation>패킷에 마스커레이딩 표시(%1)가 있으므로 %2이(가) 패킷이 나가는 인터페이스 %3의 주소 %4(으)로 마스커레이드합니다. 이미 그 출발지를 가지고 있어 주소는 그대로지만, conntrack은 변환을 기록합니다.</translation>
    </message>
    <message>
        <source>flannel&apos;s --ip-masq rule</source>
        <translation>flannel의 --ip-masq 규칙</translation>
    </message>
    <message>
        <source>The packet carries kube-proxy&apos;s mark 0x4000 (%1), so KUBE-POSTROUTING masquerades it: the source %2 becomes %3, the address of %4, the interface it leaves by. The receiver will see %3, and its answer comes back to %5.</source>
        <translation>패킷에 kube-proxy의 표시 0x4000(%1)이 있으므로 KUBE-POSTROUTING이 마스커레이드합니다: 출발지 %2이(가) 패킷이 나가는 인터페이스 %4의 주소 %3이(가) 됩니다. 받는 쪽은 %3을(를) 보고, 응답은 %5(으)로 돌아옵니다.</translation>
    </message>
    <message>
        <source>flannel (--ip-masq) masquerades pod traffic that leaves the pod network %1: the source %2 becomes %3, the address of %4 on %5, because nothing outside the cluster could route an answer back to a pod address.</source>
        <translation>flannel(--ip-masq)은 파드 네트워크 %1을(를) 벗어나는 파드 트래픽을 마스커레이드합니다: 출발지 %2이(가) %5에 있는 %4의 주소 %3이(가) 됩니다. 클러스터 밖의 어떤 장비도 파드 주소로 응답을 돌려보낼 수 없기 때문입니다.</translation>
    </message>
    <message>
        <source>No node owns the VXLAN gateway %1: flannel.1 cannot send the packet.</source>
        <translation>VXLAN 게이트웨이 %1을(를) 가진 노드가 없습니다: flannel.1이 패킷을 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>flannel.1 on %1 wraps the packet in VXLAN for %2: its neighbour entry gives the MAC of %2&apos;s flannel.1, its FDB entry the node IP %3 behind it. The outer header is %4 → %3 UDP %5, VNI %6; the pod addresses travel unchanged inside.</source>
        <translation>%1의 flannel.1이 패킷을 %2(으)로 보내려고 VXLAN으로 감쌉니다: 이웃 항목에서 %2의 flannel.1 MAC을, FDB 항목에서 그 뒤의 노드 IP %3을(를) 얻습니다. 바깥 헤더는 %4 → %3 UDP %5, VNI %6(이)며, 파드 주소는 안쪽에서 그대로 전달됩니다.</translation>
    </message>
    <message>
        <source>The VXLAN packet leaves %1&apos;s eth0 by &apos;%2&apos; and crosses the node network to %3 (%4).</source>
        <translation>VXLAN 패킷이 &apos;%2&apos; 경로로 %1의 eth0을 나가 노드 네트워크를 건너 %3(%4)(으)로 갑니다.</translation>
    </message>
    <message>
        <source>No pod on %1 has the address %2: nothing answers the ARP request on cni0 (host unreachable).</source>
        <translation>%1에는 주소가 %2인 파드가 없습니다: cni0에서 ARP 요청에 응답하는 것이 없습니다 (host unreachable).</translation>
    </message>
    <message>
        <source>Unreachable: no pod has %1.</source>
        <translation>도달 불가: %1을(를) 가진 파드가 없습니다.</translation>
    </message>
    <message>
        <source>The bridge cni0 of %1 passes the frame to %2, the host end of the veth pair whose other end is eth0 in pod %3.</source>
        <translation>%1의 브리지 cni0가 프레임을 %2(으)로 넘깁니다. %2은(는) veth 쌍의 호스트 쪽 끝이고, 다른 쪽 끝은 파드 %3의 eth0입니다.</translation>
    </message>
    <message>
        <source>It leaves by the port it came in by: cni0 allows that (hairpinMode).</source>
        <translation>들어온 포트로 다시 나갑니다: cni0가 이를 허용합니다 (hairpinMode).</translation>
    </message>
    <message>
        <source>pod %1 on %2</source>
        <translation>%2의 파드 %1</translation>
    </message>
    <message>
        <source>%1&apos;s own address</source>
        <translation>%1 자신의 주소</translation>
    </message>
    <message>
        <source>not a pod of this cluster</source>
        <translation>이 클러스터의 파드가 아님</translation>
    </message>
    <message>
        <source>its source %1 is outside the pod network %2, which could not route the answer back through this node</source>
        <translation>출발지 %1이(가) 파드 네트워크 %2 밖에 있어서, 응답이 이 노드를 거쳐 돌아오도록 라우팅할 수 없기 때문입니다</translation>
    </message>
    <message>
        <source>externalTrafficPolicy Cluster masquerades everything sent to a node port, an external IP or a load-balancer IP, so that the answer comes back through this node</source>
        <translation>externalTrafficPolicy가 Cluster이면 노드 포트, 외부 IP, 로드 밸런서 IP로 온 모든 트래픽을 마스커레이드해서 응답이 이 노드를 거쳐 돌아오게 하기 때문입니다</translation>
    </message>
    <message>
        <source>the node itself sent it to a Service with externalTrafficPolicy Local</source>
        <translation>노드 자신이 externalTrafficPolicy가 Local인 서비스로 보냈기 때문입니다</translation>
    </message>
    <message>
        <source>the pod reaches itself through its Service (hairpin): without SNAT it would answer itself directly and never see the un-DNAT</source>
        <translation>파드가 자기 서비스를 통해 자기 자신에게 닿기 때문입니다(hairpin): SNAT가 없으면 자기에게 바로 응답해서 un-DNAT를 보지 못합니다</translation>
    </message>
    <message>
        <source>kube-proxy marked it for masquerading</source>
        <translation>kube-proxy가 마스커레이드하도록 표시했기 때문입니다</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, a node port of Service %3: nodePort %4 → port %5 → targetPort %6. Every node opens this port.</source>
        <translation>%1의 kube-proxy 규칙이 서비스 %3의 노드 포트인 %2을(를) 잡습니다: nodePort %4 → port %5 → targetPort %6. 모든 노드가 이 포트를 엽니다.</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, the load-balancer IP of Service %3 (port %4 → targetPort %5): from inside the cluster it never goes out to the load balancer.</source>
        <translation>%1의 kube-proxy 규칙이 서비스 %3의 로드 밸런서 IP인 %2을(를) 잡습니다 (port %4 → targetPort %5): 클러스터 안에서는 로드 밸런서까지 나가지 않습니다.</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, an external IP of Service %3 (port %4 → targetPort %5).</source>
        <translation>%1의 kube-proxy 규칙이 서비스 %3의 외부 IP인 %2을(를) 잡습니다 (port %4 → targetPort %5).</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, the ClusterIP of Service %3 (port %4 → targetPort %5).</source>
        <translation>%1의 kube-proxy 규칙이 서비스 %3의 클러스터 IP인 %2을(를) 잡습니다 (port %4 → targetPort %5).</translation>
    </message>
    <message>
        <source>sessionAffinity is ClientIP, and %1 was sent to %2 (%3) before, within %4 seconds: the -m recent list %5 sends it there again.</source>
        <translation>sessionAffinity가 ClientIP이고 %1은(는) %4초 안에 %2(%3)(으)로 보낸 적이 있습니다: -m recent 목록 %5이(가) 다시 그곳으로 보냅니다.</translation>
    </message>
    <message>
        <source>The endpoint %1 (%2) was chosen by hand, out of %3.</source>
        <translation>엔드포인트 %1(%2)을(를) %3 중에서 직접 골랐습니다.</translation>
    </message>
    <message>
        <source>Its only endpoint is %1 (%2).</source>
        <translation>엔드포인트는 %1(%2) 하나뿐입니다.</translation>
    </message>
    <message>
        <source>Of its %1 endpoints the rules pick %2 (%3) at random: they try -m statistic --probability %4 in turn, then take the last one, so each endpoint has the same chance, 1/%1.</source>
        <translation>엔드포인트 %1개 중에서 규칙이 %2(%3)을(를) 무작위로 고릅니다: -m statistic --probability %4을(를) 차례로 시도하고 마지막에는 남은 하나를 택하므로, 모든 엔드포인트가 같은 확률 1/%1(으)로 뽑힙니다.</translation>
    </message>
    <message>
        <source>The traffic policy is Local: only the endpoints on %1 count, and the source address is kept.</source>
        <translation>트래픽 정책이 Local입니다: %1에 있는 엔드포인트만 후보가 되고, 출발지 주소는 유지됩니다.</translation>
    </message>
    <message>
        <source>DNAT rewrites the destination to %1; conntrack on %2 remembers it for the answer.</source>
        <translation>DNAT가 목적지를 %1(으)로 바꿉니다. %2의 conntrack이 응답을 위해 이를 기억합니다.</translation>
    </message>
    <message>
        <source>The packet is also marked for SNAT (0x4000): %1.</source>
        <translation>패킷에는 SNAT 표시(0x4000)도 붙습니다: %1.</translation>
    </message>
    <message>
        <source>%1 answers: source and destination swap, %2 → %3.</source>
        <translation>%1이(가) 응답합니다: 출발지와 목적지가 바뀌어 %2 → %3.</translation>
    </message>
    <message>
        <source>%1 sends %2 → %3.</source>
        <translation>%1에서 %2 → %3(으)로 보냅니다.</translation>
    </message>
    <message>
        <source>It has no route to %1.</source>
        <translation>%1(으)로 가는 경로가 없습니다.</translation>
    </message>
    <message>
        <source>That is its own address: the packet never leaves it.</source>
        <translation>자기 자신의 주소입니다: 패킷은 밖으로 나가지 않습니다.</translation>
    </message>
    <message>
        <source>%1 is not on the pod network, so the default route &apos;%2&apos; hands it to the gateway %3: cni0, the bridge of %4, where the node&apos;s rules and routes take over.</source>
        <translation>%1은(는) 파드 네트워크에 있지 않으므로, 기본 경로 &apos;%2&apos;이(가) 패킷을 게이트웨이 %3에 넘깁니다: %4의 브리지 cni0이며, 여기서부터 노드의 규칙과 경로가 처리합니다.</translation>
    </message>
    <message>
        <source>%1 is on the cluster&apos;s pod network: the route &apos;%2&apos; hands it to the gateway %3 (cni0 on %4).</source>
        <translation>%1은(는) 클러스터의 파드 네트워크에 있습니다: 경로 &apos;%2&apos;이(가) 패킷을 게이트웨이 %3(%4의 cni0)에 넘깁니다.</translation>
    </message>
    <message>
        <source>%1 is on the pod network of this node: the route &apos;%2&apos; sends it straight across the cni0 bridge.</source>
        <translation>%1은(는) 이 노드의 파드 네트워크에 있습니다: 경로 &apos;%2&apos;이(가) cni0 브리지를 건너 바로 보냅니다.</translation>
    </message>
    <message>
        <source>The client is outside the cluster; its default route &apos;%1&apos; sends the packet to the router %2.</source>
        <translation>클라이언트는 클러스터 밖에 있습니다: 기본 경로 &apos;%1&apos;이(가) 패킷을 라우터 %2(으)로 보냅니다.</translation>
    </message>
    <message>
        <source>%1 is on the client&apos;s own LAN: the route &apos;%2&apos; sends it there directly.</source>
        <translation>%1은(는) 클라이언트와 같은 LAN에 있습니다: 경로 &apos;%2&apos;이(가) 그곳으로 바로 보냅니다.</translation>
    </message>
    <message>
        <source>The route &apos;%1&apos; picks the interface %2, and with it the source address %3.</source>
        <translation>경로 &apos;%1&apos;이(가) 인터페이스 %2을(를) 고르고, 그에 따라 출발지 주소 %3이(가) 정해집니다.</translation>
    </message>
    <message>
        <source>%1 routes %2 by &apos;%3&apos;: a pod on this node, behind the bridge cni0.</source>
        <translation>%1이(가) &apos;%3&apos; 경로로 %2을(를) 보냅니다: 이 노드의 파드로, 브리지 cni0 뒤에 있습니다.</translation>
    </message>
    <message>
        <source>%1 routes %2 by &apos;%3&apos;: the pod network %4 belongs to %5 and is reached through the VXLAN device flannel.1.</source>
        <translation>%1이(가) &apos;%3&apos; 경로로 %2을(를) 보냅니다: 파드 네트워크 %4은(는) %5의 것이고, VXLAN 장치 flannel.1을 통해 닿습니다.</translation>
    </message>
    <message>
        <source>%1 has no specific route for %2: the default route &apos;%3&apos; sends it out of eth0 to the router %4.</source>
        <translation>%1에는 %2(으)로 가는 구체적인 경로가 없습니다: 기본 경로 &apos;%3&apos;이(가) eth0으로 라우터 %4에 보냅니다.</translation>
    </message>
    <message>
        <source>%1 routes %2 by &apos;%3&apos;: out of eth0, on the node network.</source>
        <translation>%1이(가) &apos;%3&apos; 경로로 %2을(를) 보냅니다: eth0으로 나가 노드 네트워크로 갑니다.</translation>
    </message>
    <message>
        <source>No filter rule stops it (the chain&apos;s policy is ACCEPT).</source>
        <translation>막는 filter 규칙이 없습니다 (체인의 정책이 ACCEPT입니다).</translation>
    </message>
    <message>
        <source>filter FORWARD accepts it: KUBE-FORWARD lets packets marked by kube-proxy (0x4000) through.</source>
        <translation>filter FORWARD가 받아들입니다: KUBE-FORWARD가 kube-proxy 표시(0x4000)가 있는 패킷을 통과시킵니다.</translation>
    </message>
    <message>
        <source>filter FORWARD accepts it: KUBE-FORWARD lets packets of known connections (conntrack RELATED,ESTABLISHED) through.</source>
        <translation>filter FORWARD가 받아들입니다: KUBE-FORWARD가 알려진 연결(conntrack RELATED,ESTABLISHED)의 패킷을 통과시킵니다.</translation>
    </message>
    <message>
        <source>filter FORWARD accepts it: flannel&apos;s FLANNEL-FWD accepts traffic to and from the pod network.</source>
        <translation>filter FORWARD가 받아들입니다: flannel의 FLANNEL-FWD가 파드 네트워크를 오가는 트래픽을 받아들입니다.</translation>
    </message>
    <message>
        <source>filter %1 accepts it.</source>
        <translation>filter %1이(가) 받아들입니다.</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 rejects it: &quot;%3&quot;. No ready pod backs Service %4, so kube-proxy wrote a REJECT instead of a DNAT: the sender gets ICMP port unreachable at once and reports &apos;connection refused&apos;, without waiting.</source>
        <translation>%2의 filter 규칙 %1이(가) 거부합니다: &quot;%3&quot;. 서비스 %4 뒤에 준비된 파드가 없어서 kube-proxy가 DNAT 대신 REJECT를 썼습니다: 보낸 쪽은 곧바로 ICMP port unreachable을 받고 기다리지 않고 &apos;connection refused&apos;를 알립니다.</translation>
    </message>
    <message>
        <source>Check the selector %1 against the pods&apos; labels.</source>
        <translation>셀렉터 %1을(를) 파드의 레이블과 비교해 보세요.</translation>
    </message>
    <message>
        <source>Refused at once: Service %1 has no endpoints (%2).</source>
        <translation>즉시 거부됨: 서비스 %1에 엔드포인트가 없습니다 (%2).</translation>
    </message>
    <message>
        <source>Timeout: %1 has no local endpoint of Service %2 (externalTrafficPolicy Local).</source>
        <translation>타임아웃: %1에는 서비스 %2의 로컬 엔드포인트가 없습니다 (externalTrafficPolicy Local).</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 drops it: &quot;%3&quot;. With externalTrafficPolicy Local, traffic from outside goes only to pods on the node it reaches, and %2 runs no pod of Service %4. Nothing answers: the client waits until it times out. (Send it to a node that runs one of the pods, or use the policy Cluster.)</source>
        <translation>%2의 filter 규칙 %1이(가) 패킷을 버립니다: &quot;%3&quot;. externalTrafficPolicy가 Local이면 밖에서 온 트래픽은 패킷이 도착한 노드의 파드로만 가는데, %2에는 서비스 %4의 파드가 없습니다. 아무도 응답하지 않아 클라이언트는 타임아웃될 때까지 기다립니다. (파드가 있는 노드로 보내거나 정책을 Cluster로 바꾸세요.)</translation>
    </message>
    <message>
        <source>Timeout: %1 has no local endpoint of Service %2 (internalTrafficPolicy Local).</source>
        <translation>타임아웃: %1에는 서비스 %2의 로컬 엔드포인트가 없습니다 (internalTrafficPolicy Local).</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 drops it: &quot;%3&quot;. With internalTrafficPolicy Local, traffic from inside the cluster goes only to pods on the sender&apos;s node, and %2 runs no pod of Service %4. Nothing answers: the connection times out.</source>
        <translation>%2의 filter 규칙 %1이(가) 패킷을 버립니다: &quot;%3&quot;. internalTrafficPolicy가 Local이면 클러스터 안에서 온 트래픽은 보낸 쪽 노드의 파드로만 가는데, %2에는 서비스 %4의 파드가 없습니다. 아무도 응답하지 않아 연결은 타임아웃됩니다.</translation>
    </message>
    <message>
        <source>Timeout: %1 is not in the loadBalancerSourceRanges of Service %2.</source>
        <translation>타임아웃: %1은(는) 서비스 %2의 loadBalancerSourceRanges에 없습니다.</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 drops it: &quot;%3&quot;. The source %4 is not in the loadBalancerSourceRanges of Service %5, so the KUBE-FW chain did not let it through. Nothing answers: the connection times out.</source>
        <translation>%2의 filter 규칙 %1이(가) 패킷을 버립니다: &quot;%3&quot;. 출발지 %4이(가) 서비스 %5의 loadBalancerSourceRanges에 없어서 KUBE-FW 체인이 통과시키지 않았습니다. 아무도 응답하지 않아 연결은 타임아웃됩니다.</translation>
    </message>
    <message>
        <source>Refused: a filter rule on %1 rejects %2.</source>
        <translation>거부됨: %1의 filter 규칙이 %2을(를) 거부합니다.</translation>
    </message>
    <message>
        <source>Timeout: a filter rule on %1 drops %2.</source>
        <translation>타임아웃: %1의 filter 규칙이 %2을(를) 버립니다.</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 rejects it: connection refused.</source>
        <translation>%2의 filter 규칙 %1이(가) 거부합니다: 연결 거부.</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 drops it: nothing answers, the connection times out.</source>
        <translation>%2의 filter 규칙 %1이(가) 패킷을 버립니다: 아무도 응답하지 않아 연결은 타임아웃됩니다.</translation>
    </message>
    <message>
        <source>No node &quot;%1&quot;; the nodes are: %2.</source>
        <translation>&quot;%1&quot; 노드가 없습니다. 노드 목록: %2.</translation>
    </message>
    <message>
        <source>Several pods are called &quot;%1&quot;: %2.</source>
        <translation>&quot;%1&quot;(이)라는 파드가 여러 개입니다: %2.</translation>
    </message>
    <message>
        <source>Name one as pod/NAMESPACE/NAME.</source>
        <translation>pod/NAMESPACE/NAME 형식으로 하나를 지정하세요.</translation>
    </message>
    <message>
        <source>No pod &quot;%1&quot; in the cluster.</source>
        <translation>클러스터에 &quot;%1&quot; 파드가 없습니다.</translation>
    </message>
    <message>
        <source>A source is client, node/NAME, or a pod: NAME, pod/NAME or pod/NAMESPACE/NAME.</source>
        <translation>출발지는 client, node/NAME, 또는 파드(NAME, pod/NAME, pod/NAMESPACE/NAME)입니다.</translation>
    </message>
    <message>
        <source>Pod %1 is Pending (no node took it): it has no address and cannot send.</source>
        <translation>파드 %1은(는) Pending 상태입니다 (받아 준 노드가 없음): 주소가 없어서 보낼 수 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535).</source>
        <translation>&quot;%1&quot;은(는) 포트(1-65535)가 아닙니다.</translation>
    </message>
    <message>
        <source>No destination given.</source>
        <translation>목적지가 없습니다.</translation>
    </message>
    <message>
        <source>A destination is IP:PORT, a pod IP, or a Service name NAME:PORT.</source>
        <translation>목적지는 IP:PORT, 파드 IP, 또는 서비스 이름 NAME:PORT입니다.</translation>
    </message>
    <message>
        <source>Pod %1 (hostNetwork)</source>
        <translation>파드 %1 (hostNetwork)</translation>
    </message>
    <message>
        <source>%1 does not use the cluster DNS: its /etc/resolv.conf points to the DNS server of its own network (%2 here), which knows nothing of *.svc.%3 names. A Service name resolves only inside pods.</source>
        <translation>%1은(는) 클러스터 DNS를 쓰지 않습니다: /etc/resolv.conf가 자기 네트워크의 DNS 서버(여기서는 %2)를 가리키는데, 이 서버는 *.svc.%3 이름을 전혀 모릅니다. 서비스 이름은 파드 안에서만 조회됩니다.</translation>
    </message>
    <message>
        <source>From outside, use a node IP with the node port, or the load-balancer IP.</source>
        <translation>클러스터 밖에서는 노드 IP와 노드 포트, 또는 로드 밸런서 IP를 쓰세요.</translation>
    </message>
    <message>
        <source>Use the ClusterIP instead: the node&apos;s own rules catch it.</source>
        <translation>대신 클러스터 IP를 쓰세요: 노드 자신의 규칙이 잡아 줍니다.</translation>
    </message>
    <message>
        <source>Unresolved: &quot;%1&quot; is a Service name, and only pods use the cluster DNS that knows it.</source>
        <translation>조회 실패: &quot;%1&quot;은(는) 서비스 이름이고, 이 이름을 아는 클러스터 DNS는 파드만 사용합니다.</translation>
    </message>
    <message>
        <source>This cluster has no kube-dns Service: nobody answers the name.</source>
        <translation>이 클러스터에는 kube-dns 서비스가 없습니다: 이름에 응답하는 곳이 없습니다.</translation>
    </message>
    <message>
        <source>Unresolved: no cluster DNS.</source>
        <translation>조회 실패: 클러스터 DNS가 없습니다.</translation>
    </message>
    <message>
        <source>Pod %1 must turn &quot;%2&quot; into an address first. Its /etc/resolv.conf names kube-dns (%3) as the nameserver, with the search path of namespace %4, so it asks for %5.</source>
        <translation>파드 %1은(는) 먼저 &quot;%2&quot;을(를) 주소로 바꿔야 합니다. /etc/resolv.conf에 네임서버로 kube-dns(%3)가, 검색 경로로 네임스페이스 %4의 경로가 있으므로 %5을(를) 질의합니다.</translation>
    </message>
    <message>
        <source>CoreDNS knows none of these names (NXDOMAIN): there is no Service &quot;%1&quot; where the search path looks. A Service in another namespace needs NAME.NAMESPACE.</source>
        <translation>CoreDNS는 이 이름들을 하나도 모릅니다(NXDOMAIN): 검색 경로가 찾는 곳에 &quot;%1&quot; 서비스가 없습니다. 다른 네임스페이스의 서비스는 NAME.NAMESPACE로 불러야 합니다.</translation>
    </message>
    <message>
        <source>Unresolved: no Service answers to &quot;%1&quot; from namespace %2.</source>
        <translation>조회 실패: 네임스페이스 %2에서 &quot;%1&quot;에 응답하는 서비스가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is a headless Service (clusterIP: None), and none of its pods is ready: CoreDNS has no address to give.</source>
        <translation>%1은(는) 헤드리스 서비스(clusterIP: None)인데 준비된 파드가 하나도 없습니다: CoreDNS가 줄 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Unresolved: headless Service %1 has no ready pod.</source>
        <translation>조회 실패: 헤드리스 서비스 %1에 준비된 파드가 없습니다.</translation>
    </message>
    <message>
        <source>%1 is an ExternalName Service: CoreDNS answers with a CNAME to %2, a name outside the cluster. The pod&apos;s resolver asks the upstream DNS for it next, and the connection leaves the cluster: no kube-proxy rule is involved, and Hopscope follows it no further.</source>
        <translation>%1은(는) ExternalName 서비스입니다: CoreDNS가 클러스터 밖의 이름 %2을(를) 가리키는 CNAME으로 응답합니다. 파드의 리졸버는 다음으로 상위 DNS에 이 이름을 묻고, 연결은 클러스터를 떠납니다. kube-proxy 규칙은 관여하지 않으며, Hopscope도 더는 따라가지 않습니다.</translation>
    </message>
    <message>
        <source>Resolved to %1, outside the cluster (ExternalName): the trace ends at the DNS answer.</source>
        <translation>클러스터 밖의 %1(으)로 조회되었습니다(ExternalName): 추적은 DNS 응답에서 끝납니다.</translation>
    </message>
    <message>
        <source>CoreDNS answers: %1 is %2, the ClusterIP of Service %3. The pod connects to that virtual address; the rules of its node do the rest.</source>
        <translation>CoreDNS의 응답: %1은(는) 서비스 %3의 클러스터 IP인 %2입니다. 파드는 이 가상 주소로 연결하고, 나머지는 노드의 규칙이 처리합니다.</translation>
    </message>
    <message>
        <source>CoreDNS answers: %1 is the pod address %2 (a hostname record of headless Service %3).</source>
        <translation>CoreDNS의 응답: %1은(는) 파드 주소 %2입니다 (헤드리스 서비스 %3의 호스트 이름 레코드).</translation>
    </message>
    <message>
        <source>%1 is a headless Service (clusterIP: None): CoreDNS answers with the addresses of its ready pods (%2), and the client takes %3. No ClusterIP, no kube-proxy rule: the connection goes straight to the pod.</source>
        <translation>%1은(는) 헤드리스 서비스(clusterIP: None)입니다: CoreDNS가 준비된 파드들의 주소(%2)로 응답하고, 클라이언트는 %3을(를) 고릅니다. 클러스터 IP도 kube-proxy 규칙도 없이 연결은 파드로 바로 갑니다.</translation>
    </message>
    <message>
        <source>Unknown protocol &quot;%1&quot;: use TCP, UDP or SCTP.</source>
        <translation>알 수 없는 프로토콜 &quot;%1&quot;: TCP, UDP, SCTP 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port (IP:PORT).</source>
        <translation>&quot;%1&quot;에는 포트가 필요합니다 (IP:PORT).</translation>
    </message>
    <message>
        <source>Pod %1 declares no container port.</source>
        <translation>파드 %1에는 선언된 컨테이너 포트가 없습니다.</translation>
    </message>
    <message>
        <source>Delivered to %1 (%2); the answer came back to %3.</source>
        <translation>%1(%2)에 전달되었고, 응답이 %3(으)로 돌아왔습니다.</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>joins the names a resolver tries</comment>
        <translation>, 그다음 </translation>
    </message>
    <message>
        <source>client</source>
        <comment>the external client, where the answer comes back</comment>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>The outside host %1</source>
        <translation>외부 호스트 %1</translation>
    </message>
    <message>
        <source>The LAN&apos;s router %1 receives the packet from %2, which is outside the LAN, and forwards it onto the LAN, unchanged.</source>
        <translation>LAN의 라우터 %1에서 LAN 밖의 주소 %2에서 온 패킷을 받아, 바꾸지 않고 LAN으로 전달합니다.</translation>
    </message>
    <message>
        <source>The LAN&apos;s router %1 forwards the answer to %2, outside the LAN, unchanged.</source>
        <translation>LAN의 라우터 %1에서 응답을 바꾸지 않고 LAN 밖의 주소 %2에 전달합니다.</translation>
    </message>
    <message>
        <source>%1 is an external IP of Service %2. No node has that address, so the LAN delivers it where its route points: %3 (%4). kube-proxy&apos;s &quot;external IP&quot; rule on that node takes it from there.</source>
        <translation>주소 %1: 서비스 %2의 외부 IP입니다. 이 주소를 가진 노드가 없으므로 LAN은 경로가 가리키는 노드 %3(%4)에 전달합니다. 그 노드에서 kube-proxy의 &quot;external IP&quot; 규칙이 이어서 처리합니다.</translation>
    </message>
    <message>
        <source>The load balancer of Service %1 (%2) sends the packet to %3 (%4) unchanged: the destination stays %2 and the source %5, as MetalLB, GCP and Azure load balancers do. The kube-proxy rules of %3 for the load-balancer IP take it from there.</source>
        <translation>서비스 %1의 로드 밸런서(%2)에서 패킷을 바꾸지 않고 노드 %3(%4)에 보냅니다. MetalLB, GCP, Azure의 로드 밸런서처럼 목적지는 %2, 출발지는 %5 그대로입니다. 이어서 노드 %3에 있는 로드 밸런서 IP용 kube-proxy 규칙이 처리합니다.</translation>
    </message>
    <message>
        <source>%1 takes it for itself (%2 is its own address): kube-proxy&apos;s health check server for Service %3 listens on port %4. It answers HTTP %5, because %1 has %6 ready local endpoints (terminating ones do not count). It sees the source %7.</source>
        <translation>노드 %1에서 패킷을 자신에게 받습니다(%2: 자신의 주소). 서비스 %3에 대한 kube-proxy의 헬스 체크 서버가 포트 %4에서 대기합니다. 노드 %1에 준비 상태의 로컬 엔드포인트가 %6개 있으므로 HTTP %5 응답을 보냅니다(종료 중(terminating)인 엔드포인트는 세지 않습니다). 출발지는 %7입니다.</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, the load-balancer IP of Service %3 (port %4 → targetPort %5): the load balancer delivered the packet still addressed to it.</source>
        <translation>노드 %1의 kube-proxy 규칙이 서비스 %3의 로드 밸런서 IP인 %2 주소를 잡습니다(port %4 → targetPort %5). 로드 밸런서는 목적지를 이 주소로 둔 채 패킷을 전달했습니다.</translation>
    </message>
    <message>
        <source>No client &quot;%1&quot;; the lesson names: %2.</source>
        <translation>이름이 &quot;%1&quot;인 클라이언트가 없습니다. 레슨에 있는 클라이언트: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>&quot;%1&quot;: IPv4 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>An outside host is ip/ADDR, such as ip/203.0.113.7.</source>
        <translation>외부 호스트는 ip/ADDR 형식으로 씁니다(예: ip/203.0.113.7).</translation>
    </message>
    <message>
        <source>%1 is an address of node %2.</source>
        <translation>%1: 노드 %2의 주소입니다.</translation>
    </message>
    <message>
        <source>Send from the node itself: node/%1.</source>
        <translation>노드 자체에서 보내십시오: node/%1.</translation>
    </message>
    <message>
        <source>%1 is not an address an outside host can have here: it belongs to the cluster (pods, Services or load balancers) or to loopback.</source>
        <translation>%1: 외부 호스트가 가질 수 있는 주소가 아닙니다. 클러스터(파드, 서비스, 로드 밸런서) 또는 루프백(loopback)의 주소입니다.</translation>
    </message>
    <message>
        <source>%1 is on the host&apos;s own network: the route &apos;%2&apos; sends it there directly.</source>
        <translation>%1은(는) 이 호스트와 같은 네트워크에 있습니다: 경로 &apos;%2&apos;이(가) 그곳으로 바로 보냅니다.</translation>
    </message>
    <message>
        <source>It is on the client&apos;s LAN, outside the cluster; its default route &apos;%1&apos; sends the packet to the router %2.</source>
        <translation>이 호스트는 클라이언트와 같은 LAN에 있고 클러스터 밖에 있습니다: 기본 경로 &apos;%1&apos;이(가) 패킷을 라우터 %2(으)로 보냅니다.</translation>
    </message>
    <message>
        <source>It is not on the client&apos;s LAN but behind the LAN&apos;s router %1; its default route &apos;%2&apos; sends the packet to its own router %3, which passes it on towards the LAN.</source>
        <translation>이 호스트는 클라이언트의 LAN이 아니라 LAN의 라우터 %1 뒤에 있습니다: 기본 경로 &apos;%2&apos;이(가) 패킷을 자기 라우터 %3(으)로 보내고, 그 라우터가 패킷을 LAN 쪽으로 넘깁니다.</translation>
    </message>
    <message>
        <source>the outside host %1</source>
        <comment>where the answer comes back</comment>
        <translation>외부 호스트 %1</translation>
    </message>
</context>
<context>
    <name>hopscope::WhatIf</name>
    <message>
        <source>The target must be one entity id without spaces.</source>
        <translation>대상은 공백 없는 엔티티 ID 하나여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value.</source>
        <translation>&quot;%1&quot;에는 값이 필요합니다.</translation>
    </message>
    <message>
        <source>Unknown what-if &quot;%1&quot;.</source>
        <translation>알 수 없는 가상 변경(what-if) &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of parts.</source>
        <translation>&quot;%1&quot;의 구성 요소 개수가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>Delete pod %1</source>
        <translation>파드 %1 삭제</translation>
    </message>
    <message>
        <source>Scale %1 %2 to %3</source>
        <translation>%1 %2을(를) %3개로 스케일</translation>
    </message>
    <message>
        <source>Take node %1 down</source>
        <translation>노드 %1 내리기</translation>
    </message>
    <message>
        <source>Bring node %1 up</source>
        <translation>노드 %1 올리기</translation>
    </message>
    <message>
        <source>%1: externalTrafficPolicy %2</source>
        <translation>%1: externalTrafficPolicy %2</translation>
    </message>
    <message>
        <source>%1: internalTrafficPolicy %2</source>
        <translation>%1: internalTrafficPolicy %2</translation>
    </message>
    <message>
        <source>%1: sessionAffinity ClientIP (%2 s)</source>
        <translation>%1: sessionAffinity ClientIP (%2초)</translation>
    </message>
    <message>
        <source>%1: sessionAffinity %2</source>
        <translation>%1: sessionAffinity %2</translation>
    </message>
    <message>
        <source>%1: type %2</source>
        <translation>%1: 유형 %2</translation>
    </message>
    <message>
        <source>Add a replica (%1)</source>
        <translation>레플리카 추가 (%1)</translation>
    </message>
    <message>
        <source>Remove a replica (%1)</source>
        <translation>레플리카 제거 (%1)</translation>
    </message>
    <message>
        <source>%1 removes pod %2.</source>
        <translation>%1이(가) 파드 %2을(를) 제거합니다.</translation>
    </message>
    <message>
        <source>%1 creates pod %2 on node %3 (hostNetwork: the node&apos;s address %4).</source>
        <translation>%1이(가) 노드 %3에 파드 %2을(를) 만듭니다 (hostNetwork: 노드 주소 %4).</translation>
    </message>
    <message>
        <source>%1 creates pod %2 on node %3 with IP %4.</source>
        <translation>%1이(가) 노드 %3에 IP %4인 파드 %2을(를) 만듭니다.</translation>
    </message>
    <message>
        <source>Pod %1 %2; no controller created it, so nothing brings it back.</source>
        <translation>파드 %1이(가) %2. 이 파드를 만든 컨트롤러가 없으므로 되살려 주는 것이 없습니다.</translation>
    </message>
    <message>
        <source>Pod %1 %2; its owner %3 %4 is not in the manifests, so nothing here brings it back.</source>
        <translation>파드 %1이(가) %2. 소유자 %3 %4이(가) 매니페스트에 없으므로 여기서는 되살려 주는 것이 없습니다.</translation>
    </message>
    <message>
        <source>There is no pod %1.</source>
        <translation>파드 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>is deleted</source>
        <translation>삭제되었습니다</translation>
    </message>
    <message>
        <source>There is no workload %1 (Deployment, ReplicaSet, StatefulSet or ReplicationController) to scale.</source>
        <translation>스케일할 워크로드 %1(Deployment, ReplicaSet, StatefulSet, ReplicationController)이(가) 없습니다.</translation>
    </message>
    <message>
        <source>A DaemonSet has no replicas: it runs one pod on every node that can take it.</source>
        <translation>DaemonSet에는 레플리카가 없습니다: 받아 줄 수 있는 모든 노드에 파드를 하나씩 실행합니다.</translation>
    </message>
    <message>
        <source>The number of replicas cannot be negative (%1).</source>
        <translation>레플리카 수는 음수일 수 없습니다 (%1).</translation>
    </message>
    <message>
        <source>Hopscope simulates at most %1 pods made by workloads; %2 replicas are too many.</source>
        <translation>Hopscope는 워크로드가 만드는 파드를 최대 %1개까지만 시뮬레이션합니다. 레플리카 %2개는 너무 많습니다.</translation>
    </message>
    <message>
        <source>There is no node %1.</source>
        <translation>노드 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>is lost with node %1</source>
        <translation>노드 %1과(와) 함께 사라졌습니다</translation>
    </message>
    <message>
        <source>DaemonSet %1 runs no pod on node %2 while it is NotReady: pod %3 is gone.</source>
        <translation>노드 %2이(가) NotReady인 동안 DaemonSet %1은(는) 그 노드에서 파드를 실행하지 않습니다: 파드 %3은(는) 사라졌습니다.</translation>
    </message>
    <message>
        <source>The API server refuses this change; the Service stays as it was.</source>
        <translation>API 서버가 이 변경을 거부합니다. 서비스는 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Hopscope does not turn Services into or out of ExternalName (a DNS alias with no ClusterIP).</source>
        <translation>Hopscope는 서비스를 ExternalName(클러스터 IP가 없는 DNS 별칭)으로 바꾸거나 ExternalName에서 다른 유형으로 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>There is no Service %1.</source>
        <translation>서비스 %1이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>hopscope::YamlParse</name>
    <message>
        <source>this alias (*name) points at a node that contains it: an endless loop</source>
        <translation>이 별칭(*name)이 자기 자신을 포함한 노드를 가리킵니다: 끝없는 루프입니다</translation>
    </message>
    <message>
        <source>An alias may only repeat a node that is already complete. Remove the alias or write the content out.</source>
        <translation>별칭은 이미 완성된 노드만 반복할 수 있습니다. 별칭을 지우거나 내용을 직접 쓰세요.</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 nodes in this document (a &quot;billion laughs&quot; file?); Hopscope stopped reading it</source>
        <translation>이 문서에서 별칭이 %1개가 넘는 노드로 펼쳐집니다 (&quot;billion laughs&quot; 파일인가요?). Hopscope가 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <source>Kubernetes manifests rarely need aliases (*name). Write the repeated parts out, or split the document.</source>
        <translation>쿠버네티스 매니페스트에는 별칭(*name)이 거의 필요 없습니다. 반복되는 부분을 직접 쓰거나 문서를 나누세요.</translation>
    </message>
    <message>
        <source>the YAML nests deeper than %1 levels; Hopscope stopped reading this document</source>
        <translation>YAML이 %1단계보다 깊게 중첩되어 있습니다. Hopscope가 이 문서 읽기를 멈췄습니다</translation>
    </message>
    <message>
        <source>Kubernetes objects are never this deep: look for a runaway of [ or { brackets or of indentation.</source>
        <translation>쿠버네티스 오브젝트는 이렇게 깊지 않습니다: [ 나 { 괄호, 또는 들여쓰기가 계속 늘어나는 곳을 찾아보세요.</translation>
    </message>
    <message>
        <source>YAML found a &apos;key: value&apos; where none can start: the indentation here does not fit the lines above</source>
        <translation>YAML이 &apos;key: value&apos;를 찾았는데 그 위치에서는 시작할 수 없습니다: 이 줄의 들여쓰기가 위의 줄들과 맞지 않습니다</translation>
    </message>
    <message>
        <source>Check this line and the one before it: indent with spaces (never tabs), line up keys of the same object, and put a space after every &apos;:&apos; (kind: Service, not kind:Service).</source>
        <translation>이 줄과 바로 앞 줄을 확인하세요: 들여쓰기는 공백으로(탭은 절대 안 됩니다), 같은 오브젝트의 키는 같은 열에 맞추고, 모든 &apos;:&apos; 뒤에 공백을 넣으세요 (kind:Service가 아니라 kind: Service).</translation>
    </message>
    <message>
        <source>YAML expected the object to continue or end here, but the indentation breaks it</source>
        <translation>YAML은 여기서 오브젝트가 계속되거나 끝나기를 기대했지만, 들여쓰기가 이를 깨뜨립니다</translation>
    </message>
    <message>
        <source>Line up keys of the same object in the same column, with spaces.</source>
        <translation>같은 오브젝트의 키는 공백으로 같은 열에 맞추세요.</translation>
    </message>
    <message>
        <source>YAML expected another list item (&apos;- …&apos;) or the end of the list here</source>
        <translation>YAML은 여기서 다음 목록 항목(&apos;- …&apos;)이나 목록의 끝을 기대했습니다</translation>
    </message>
    <message>
        <source>Every item of a list starts with &apos;- &apos; at the same indentation.</source>
        <translation>목록의 모든 항목은 같은 들여쓰기에서 &apos;- &apos;로 시작합니다.</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is never closed by a &apos;}&apos;</source>
        <translation>&apos;{&apos;가 &apos;}&apos;로 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>Close the braces, or use indented YAML.</source>
        <translation>중괄호를 닫거나, 들여쓰기 방식의 YAML을 쓰세요.</translation>
    </message>
    <message>
        <source>a &apos;[&apos; is never closed by a &apos;]&apos;</source>
        <translation>&apos;[&apos;가 &apos;]&apos;로 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>Close the brackets, or use indented YAML.</source>
        <translation>대괄호를 닫거나, 들여쓰기 방식의 YAML을 쓰세요.</translation>
    </message>
    <message>
        <source>a list item (&apos;- …&apos;) appears where YAML does not expect a list</source>
        <translation>YAML이 목록을 기대하지 않는 곳에 목록 항목(&apos;- …&apos;)이 있습니다</translation>
    </message>
    <message>
        <source>A list belongs under a key (ports:) and its items are indented the same way.</source>
        <translation>목록은 키(ports:) 아래에 오며, 항목들은 같은 들여쓰기로 씁니다.</translation>
    </message>
    <message>
        <source>a key appears where YAML does not expect one</source>
        <translation>YAML이 키를 기대하지 않는 곳에 키가 있습니다</translation>
    </message>
    <message>
        <source>Check the indentation of this line.</source>
        <translation>이 줄의 들여쓰기를 확인하세요.</translation>
    </message>
    <message>
        <source>a quoted text is never closed</source>
        <translation>따옴표로 시작한 문자열이 닫히지 않았습니다</translation>
    </message>
    <message>
        <source>Add the closing quote.</source>
        <translation>닫는 따옴표를 넣으세요.</translation>
    </message>
    <message>
        <source>a character YAML does not understand here</source>
        <translation>YAML이 이 위치에서 이해하지 못하는 문자입니다</translation>
    </message>
    <message>
        <source>Quote values that start with special characters such as @, ` or %.</source>
        <translation>@, ` , % 같은 특수 문자로 시작하는 값은 따옴표로 감싸세요.</translation>
    </message>
    <message>
        <source>an alias (*name) refers to an unknown anchor</source>
        <translation>별칭(*name)이 알 수 없는 앵커를 가리킵니다</translation>
    </message>
    <message>
        <source>Define the anchor (&amp;name) before its use.</source>
        <translation>앵커(&amp;name)를 쓰기 전에 먼저 정의하세요.</translation>
    </message>
    <message>
        <source>a &apos;]&apos; or &apos;}&apos; closes something never opened</source>
        <translation>&apos;]&apos;나 &apos;}&apos;가 열린 적 없는 것을 닫습니다</translation>
    </message>
    <message>
        <source>Remove it or add the opening bracket.</source>
        <translation>지우거나 여는 괄호를 넣으세요.</translation>
    </message>
    <message>
        <source>the YAML nests too deep for the parser (yaml-cpp: %1)</source>
        <translation>YAML이 파서가 처리하기에 너무 깊게 중첩되어 있습니다 (yaml-cpp: %1)</translation>
    </message>
    <message>
        <source>Kubernetes objects are never this deep: look for a runaway of [ or { brackets.</source>
        <translation>쿠버네티스 오브젝트는 이렇게 깊지 않습니다: [ 나 { 괄호가 계속 늘어나는 곳을 찾아보세요.</translation>
    </message>
    <message>
        <source>invalid YAML (yaml-cpp: %1)</source>
        <translation>잘못된 YAML입니다 (yaml-cpp: %1)</translation>
    </message>
    <message>
        <source>the YAML parser cannot get past this point (a stray &apos;,&apos; or similar at the top of a document?)</source>
        <translation>YAML 파서가 이 위치를 넘어가지 못합니다 (문서 맨 앞에 잘못 들어간 &apos;,&apos; 같은 것이 있나요?)</translation>
    </message>
    <message>
        <source>A document must be a Kubernetes object: &apos;apiVersion: …&apos;, &apos;kind: …&apos;.</source>
        <translation>문서는 쿠버네티스 오브젝트여야 합니다: &apos;apiVersion: …&apos;, &apos;kind: …&apos;.</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 MiB of text in this document; Hopscope stopped reading it</source>
        <translation>이 문서에서 별칭이 %1 MiB보다 많은 텍스트로 펼쳐집니다. Hopscope는 이 문서 읽기를 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>hopscope::app::Classroom</name>
    <message>
        <source>&amp;Requests</source>
        <translation>요청(&amp;R)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(the open manifests have no lesson)</source>
        <translation>(열린 매니페스트에 수업이 없습니다)</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>Send request from here</source>
        <translation>여기서 요청 보내기</translation>
    </message>
    <message>
        <source>Send request to this Service</source>
        <translation>이 서비스로 요청 보내기</translation>
    </message>
    <message>
        <source>Send request to this pod</source>
        <translation>이 파드로 요청 보내기</translation>
    </message>
    <message>
        <source>Send request to this node</source>
        <translation>이 노드로 요청 보내기</translation>
    </message>
    <message>
        <source>Send request to…</source>
        <translation>요청 보낼 곳…</translation>
    </message>
    <message>
        <source>Click a source: the client, a pod or a node</source>
        <translation>출발지를 클릭하세요: 클라이언트, 파드, 또는 노드</translation>
    </message>
    <message>
        <source>From %1: click a destination (a Service, node port, load balancer or pod)</source>
        <translation>%1에서: 목적지를 클릭하세요 (서비스, 노드 포트, 로드 밸런서, 또는 파드)</translation>
    </message>
    <message>
        <source>Press Send</source>
        <translation>보내기를 누르세요</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 of %2 requests delivered: %3</source>
        <translation>요청 %2개 중 %1개 전달됨: %3</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ClientItem</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Client&lt;/b&gt; outside the cluster&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;클러스터 밖의 &lt;b&gt;클라이언트&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>client</source>
        <translation>클라이언트</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ClusterDocument</name>
    <message>
        <source>untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>The bundled demo is not part of this build.</source>
        <translation>이 빌드에는 내장 데모가 포함되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No Kubernetes objects found (no Pod, workload, Service or Node).</source>
        <translation>쿠버네티스 오브젝트를 찾지 못했습니다 (Pod, 워크로드, Service, Node가 없습니다).</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (데모)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ClusterFrameItem</name>
    <message>
        <source>pods %1 · Services %2 · NodePorts %3</source>
        <translation>파드 %1 · 서비스 %2 · 노드 포트 %3</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>클러스터</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ClusterView</name>
    <message>
        <source>Drop Kubernetes manifests here</source>
        <translation>쿠버네티스 매니페스트를 여기에 끌어다 놓으세요</translation>
    </message>
    <message>
        <source>YAML or JSON files, or a folder of them
or use File ▸ Open Files…, Open Folder… or Open Demo</source>
        <translation>YAML 또는 JSON 파일, 또는 그런 파일이 든 폴더
또는 파일 ▸ 파일 열기…, 폴더 열기…, 데모 열기를 사용하세요</translation>
    </message>
</context>
<context>
    <name>hopscope::app::EventListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Packet (src → dst)</source>
        <translation>패킷 (출발지 → 목적지)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::EventListPanel</name>
    <message>
        <source>Show or hide the %1 events</source>
        <translation>%1 이벤트를 표시하거나 숨깁니다</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Scene as &amp;PNG…</source>
        <translation>장면을 PNG로(&amp;P)…</translation>
    </message>
    <message>
        <source>Scene as &amp;SVG…</source>
        <translation>장면을 SVG로(&amp;S)…</translation>
    </message>
    <message>
        <source>Trace as &amp;Markdown…</source>
        <translation>추적을 Markdown으로(&amp;M)…</translation>
    </message>
    <message>
        <source>Trace as &amp;CSV…</source>
        <translation>추적을 CSV로(&amp;C)…</translation>
    </message>
    <message>
        <source>Trace as &amp;Frames (Folder)…</source>
        <translation>추적을 프레임 폴더로(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The drawing as shown, with the packet and its path at the current step</source>
        <translation>보이는 그대로의 그림 (현재 단계의 패킷과 지금까지의 경로 포함)</translation>
    </message>
    <message>
        <source>There is no trace to export: send a request first.</source>
        <translation>내보낼 추적이 없습니다: 먼저 요청을 보내세요.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Export the scene as SVG</source>
        <translation>장면을 SVG로 내보내기</translation>
    </message>
    <message>
        <source>Export the scene as PNG</source>
        <translation>장면을 PNG로 내보내기</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Export the trace as CSV</source>
        <translation>추적을 CSV로 내보내기</translation>
    </message>
    <message>
        <source>Export the trace as Markdown</source>
        <translation>추적을 Markdown으로 내보내기</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 표 (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the trace as frames: choose a folder</source>
        <translation>추적을 프레임으로 내보내기: 폴더를 고르세요</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n frame(s) to %1</source>
        <translation>
            <numerusform>프레임 %n개를 %1에 내보냈습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
</context>
<context>
    <name>hopscope::app::FindActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Find a node, pod, Service or workload by name, label or address</source>
        <translation>이름, 레이블 또는 주소로 노드, 파드, 서비스, 워크로드를 찾습니다</translation>
    </message>
    <message>
        <source>Name, key=value or IP address</source>
        <translation>이름, 키=값 또는 IP 주소</translation>
    </message>
    <message>
        <source>Find a node, pod, Service or workload: a name (web, default/web, svc/web), a label (app=web) or an address (10.244.1.2)</source>
        <translation>노드, 파드, 서비스, 워크로드를 찾습니다: 이름(web, default/web, svc/web), 레이블(app=web) 또는 주소(10.244.1.2)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>닫기(Esc)</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>색인을 만드는 중…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾지 못했습니다</translation>
    </message>
    <message>
        <source>%1 has no pods to show</source>
        <translation>%1: 보여 줄 파드가 없습니다</translation>
    </message>
    <message>
        <source>%1 is not drawn</source>
        <translation>%1: 그림에 없습니다</translation>
    </message>
</context>
<context>
    <name>hopscope::app::FindResultsModel</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>디플로이먼트</translation>
    </message>
    <message>
        <source>ReplicaSet</source>
        <translation>레플리카셋</translation>
    </message>
    <message>
        <source>StatefulSet</source>
        <translation>스테이트풀셋</translation>
    </message>
    <message>
        <source>DaemonSet</source>
        <translation>데몬셋</translation>
    </message>
</context>
<context>
    <name>hopscope::app::HelpActions</name>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>키보드 단축키(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;First Steps</source>
        <translation>처음 시작하기(&amp;F)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to start&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Pick a request from &lt;b&gt;Requests&lt;/b&gt; (or the box at the left of the request bar) — or click the client, then a Service on the drawing.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;→&lt;/b&gt; or &lt;b&gt;PageDown&lt;/b&gt; to step hop by hop; &lt;b&gt;Space&lt;/b&gt; plays.&lt;/li&gt;&lt;li&gt;Read &lt;b&gt;What happens&lt;/b&gt; in Hop details; the &lt;b&gt;Rules&lt;/b&gt; pane shows the iptables rules the hop walked.&lt;/li&gt;&lt;/ol&gt;Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>&lt;b&gt;어디서 시작하나요&lt;/b&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;요청&lt;/b&gt; 메뉴(또는 요청 막대 왼쪽의 상자)에서 요청을 고릅니다. 또는 그림에서 클라이언트를 누른 다음 서비스를 누릅니다.&lt;/li&gt;&lt;li&gt;&lt;b&gt;→&lt;/b&gt; 또는 &lt;b&gt;PageDown&lt;/b&gt;을 누르면 홉 단위로 진행합니다. &lt;b&gt;Space&lt;/b&gt;는 재생합니다.&lt;/li&gt;&lt;li&gt;홉 상세의 &lt;b&gt;무슨 일이 일어나나&lt;/b&gt;를 읽습니다. &lt;b&gt;규칙&lt;/b&gt; 창에는 이 홉이 거친 iptables 규칙이 나옵니다.&lt;/li&gt;&lt;/ol&gt;도움말 ▸ 키보드 단축키에 모든 키가 있습니다.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>알겠습니다</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
</context>
<context>
    <name>hopscope::app::HopCaption</name>
    <message>
        <source>Hop %1 of %2 · %3 · %4 (reply)</source>
        <translation>홉 %1/%2 · %3 · %4 (응답)</translation>
    </message>
    <message>
        <source>Hop %1 of %2 · %3 · %4</source>
        <translation>홉 %1/%2 · %3 · %4</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>패킷</translation>
    </message>
    <message>
        <source>Teacher&apos;s note:</source>
        <translation>강의 노트:</translation>
    </message>
</context>
<context>
    <name>hopscope::app::HopDetailsPanel</name>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>After</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>결정한 것</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>무슨 일이 일어나나</translation>
    </message>
    <message>
        <source>No request yet: click a source, then a destination.</source>
        <translation>아직 요청이 없습니다: 출발지를 클릭한 다음 목적지를 클릭하세요.</translation>
    </message>
    <message>
        <source>Hop %1 of %2 · %3 · %4%5</source>
        <translation>홉 %1/%2 · %3 · %4%5</translation>
    </message>
    <message>
        <source> (reply)</source>
        <translation> (응답)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>바뀜</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>경로: %1</translation>
    </message>
    <message>
        <source>conntrack: %1</source>
        <translation>conntrack: %1</translation>
    </message>
    <message>
        <source>(nothing to decide: the packet goes on as it is)</source>
        <translation>(결정할 것이 없습니다: 패킷은 그대로 계속 갑니다)</translation>
    </message>
    <message>
        <source>Why: problems in the manifests</source>
        <translation>원인: 매니페스트의 문제</translation>
    </message>
</context>
<context>
    <name>hopscope::app::LegendItem</name>
    <message>
        <source>node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>selector</source>
        <translation>셀렉터</translation>
    </message>
    <message>
        <source>request path</source>
        <translation>요청 경로</translation>
    </message>
    <message>
        <source>reply path</source>
        <translation>응답 경로</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>패킷</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>system object</source>
        <translation>시스템 오브젝트</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
    <message>
        <source>node and its IPs</source>
        <translation>노드와 그 IP</translation>
    </message>
    <message>
        <source>pod and its IP</source>
        <translation>파드와 그 IP</translation>
    </message>
    <message>
        <source>a virtual IP inside</source>
        <translation>클러스터 안의 가상 IP</translation>
    </message>
    <message>
        <source>+ port on each node</source>
        <translation>+ 모든 노드의 포트</translation>
    </message>
    <message>
        <source>+ cloud balancer</source>
        <translation>+ 클라우드 로드 밸런서</translation>
    </message>
    <message>
        <source>DNS name (CNAME)</source>
        <translation>DNS 이름 (CNAME)</translation>
    </message>
    <message>
        <source>outside client</source>
        <translation>외부 클라이언트</translation>
    </message>
    <message>
        <source>selector → pod</source>
        <translation>셀렉터 → 파드</translation>
    </message>
    <message>
        <source>packet src → dst</source>
        <translation>패킷 출발지 → 목적지</translation>
    </message>
    <message>
        <source>dropped: failure</source>
        <translation>버려짐: 실패</translation>
    </message>
</context>
<context>
    <name>hopscope::app::LessonActions</name>
    <message>
        <source>the client</source>
        <translation>클라이언트</translation>
    </message>
    <message>
        <source>&amp;Save Lesson</source>
        <translation>수업 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save Lesson &amp;As…</source>
        <translation>다른 이름으로 수업 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Embed Manifests in Lessons</source>
        <translation>수업 파일에 매니페스트 포함(&amp;E)</translation>
    </message>
    <message>
        <source>Write the manifests into the lesson file instead of referring to them (always done for standard input and the demos)</source>
        <translation>매니페스트를 참조하는 대신 수업 파일 안에 씁니다 (표준 입력과 데모는 항상 포함합니다)</translation>
    </message>
    <message>
        <source>&amp;Reset Positions</source>
        <translation>위치 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Put every dragged item back where the layout puts it</source>
        <translation>끌어서 옮긴 항목을 모두 레이아웃이 정한 자리로 되돌립니다</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 이동</translation>
    </message>
    <message>
        <source>Reset positions</source>
        <translation>위치 초기화</translation>
    </message>
    <message>
        <source>Reset position of %1</source>
        <translation>%1 위치 초기화</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>제목 없는 수업</translation>
    </message>
    <message>
        <source>Lesson saved: %1</source>
        <translation>수업을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>수업 저장</translation>
    </message>
    <message>
        <source>Hopscope lessons (*.lesson.yaml)</source>
        <translation>Hopscope 수업 파일 (*.lesson.yaml)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::LoadBalancerItem</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cloud load balancer&lt;/b&gt; of %1&lt;/p&gt;&lt;p&gt;%2 → the nodes&apos; NodePorts&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1의 &lt;b&gt;클라우드 로드 밸런서&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%2 → 노드들의 노드 포트&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hopscope::app::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Loading… %p%</source>
        <translation>불러오는 중… %p%</translation>
    </message>
    <message>
        <source>Stop loading; the cluster on screen stays</source>
        <translation>불러오기를 멈춥니다. 화면의 클러스터는 그대로 남습니다</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>폴더 열기(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>데모 열기(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>다시 불러오기(&amp;R)</translation>
    </message>
    <message>
        <source>Cluster &amp;Settings…</source>
        <translation>클러스터 설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hopscope</source>
        <translation>Hopscope 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>파드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Service(s)</source>
        <translation>
            <numerusform>서비스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>오류 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>가상 변경</translation>
    </message>
    <message>
        <source>Open Kubernetes manifests</source>
        <translation>쿠버네티스 매니페스트 열기</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>쿠버네티스 매니페스트 (*.yaml *.yml *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Open a folder of manifests</source>
        <translation>매니페스트 폴더 열기</translation>
    </message>
    <message>
        <source>About Hopscope</source>
        <translation>Hopscope 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;A Kubernetes service-network visualizer for teaching: nodes, pods, Services and the path a request takes, hop by hop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;수업을 위한 쿠버네티스 서비스 네트워크 시각화 도구: 노드, 파드, 서비스, 그리고 요청이 지나가는 길을 홉 단위로 보여 줍니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Hop details</source>
        <translation>홉 상세</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>데모(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>시스템 기본값(&amp;S)</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>퀴즈</translation>
    </message>
    <message>
        <source>Teacher&apos;s notes</source>
        <translation>강의 노트</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Watch Files</source>
        <translation>파일 변경 감시(&amp;W)</translation>
    </message>
    <message>
        <source>Reload the manifests when they change on disk</source>
        <translation>디스크의 매니페스트가 바뀌면 다시 불러옵니다</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>범례(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>미니맵(&amp;M)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>문제(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>Reload failed: showing the last good cluster; %n problem(s)</source>
        <translation>
            <numerusform>다시 불러오기 실패: 마지막으로 정상이던 클러스터를 보여 줍니다. 문제 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not open %1: showing the cluster open before; %n problem(s)</source>
        <translation>
            <numerusform>%1을(를) 열 수 없습니다: 전에 열려 있던 클러스터를 보여 줍니다. 문제 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Files outside the lesson</source>
        <translation>레슨 밖의 파일</translation>
    </message>
    <message>
        <source>This lesson names files outside its folder. Read them?

%1</source>
        <translation>이 레슨은 자기 폴더 밖의 파일을 지정합니다. 읽을까요?

%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>사용 설명서(&amp;U)</translation>
    </message>
    <message>
        <source>Open from &amp;Cluster…</source>
        <translation>클러스터에서 열기(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>hopscope::app::MiniMap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>전체 보기: 클릭하거나 끌어서 화면을 옮기세요</translation>
    </message>
</context>
<context>
    <name>hopscope::app::NodeItem</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>no node could take these pods</source>
        <translation>이 파드들을 받아 줄 노드가 없습니다</translation>
    </message>
    <message>
        <source>Pods that the scheduler could not place on any node: they have no IP.</source>
        <translation>스케줄러가 어느 노드에도 배치하지 못한 파드입니다: IP가 없습니다.</translation>
    </message>
    <message>
        <source>no pods</source>
        <translation>파드 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>파드 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::app::NodePortItem</name>
    <message numerus="yes">
        <source>%n more NodePort(s) on %1</source>
        <translation>
            <numerusform>%1의 노드 포트 %n개 더</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NodePort %1&lt;/b&gt; of %2 on %3&lt;/p&gt;&lt;p&gt;%4:%1 → %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;%3에 있는 %2의 &lt;b&gt;노드 포트 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%4:%1 → %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hopscope::app::NotesPanel</name>
    <message>
        <source>Said with this request (shown to the class)</source>
        <translation>이 요청과 함께 할 말 (학생들에게 보입니다)</translation>
    </message>
    <message>
        <source>Said at this step (shown to the class)</source>
        <translation>이 단계에서 할 말 (학생들에게 보입니다)</translation>
    </message>
    <message>
        <source>Request note:</source>
        <translation>요청 메모:</translation>
    </message>
    <message>
        <source>Step note:</source>
        <translation>단계 메모:</translation>
    </message>
    <message>
        <source>Send a request to write notes for it.</source>
        <translation>메모를 쓰려면 요청을 보내세요.</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>프리셋: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (a note keeps it in the lesson)</source>
        <translation>%1 → %2 (메모를 쓰면 수업에 남습니다)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>%1단계: %2</translation>
    </message>
</context>
<context>
    <name>hopscope::app::OpenFromClusterDialog</name>
    <message>
        <source>Open from Cluster</source>
        <translation>클러스터에서 열기</translation>
    </message>
    <message>
        <source>kubectl &amp;context:</source>
        <translation>kubectl 컨텍스트(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>열기(&amp;O)</translation>
    </message>
    <message>
        <source>The contexts of your kubeconfig (kubectl config get-contexts)</source>
        <translation>kubeconfig의 컨텍스트(kubectl config get-contexts)</translation>
    </message>
    <message>
        <source>kubectl is not installed, or not on the PATH. Install kubectl and set up a context for your cluster, then try again.</source>
        <translation>kubectl이 설치되어 있지 않거나 PATH에 없습니다. kubectl을 설치하고 클러스터의 컨텍스트를 설정한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Asking kubectl for its contexts…</source>
        <translation>kubectl에 컨텍스트 목록을 묻는 중…</translation>
    </message>
    <message>
        <source>kubectl has no contexts: set one up for your cluster (kubectl config set-context) and try again.</source>
        <translation>kubectl에 컨텍스트가 없습니다. 클러스터의 컨텍스트를 설정(kubectl config set-context)한 다음 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Reading the cluster of context %1… %2 read</source>
        <translation>컨텍스트 %1의 클러스터를 읽는 중… %2 읽음</translation>
    </message>
    <message>
        <source>Reading the cluster of context %1…</source>
        <translation>컨텍스트 %1의 클러스터를 읽는 중…</translation>
    </message>
    <message>
        <source>kubectl stopped with exit code %1.</source>
        <translation>kubectl이 끝났습니다(종료 코드 %1).</translation>
    </message>
    <message>
        <source>kubectl failed:</source>
        <translation>kubectl이 실패했습니다:</translation>
    </message>
    <message>
        <source>Cancelled: the cluster on screen stays.</source>
        <translation>취소했습니다. 화면의 클러스터는 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>hopscope::app::OverviewItem</name>
    <message>
        <source>zoom in to see pods</source>
        <translation>확대하면 파드가 보입니다</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>노드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>파드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Service(s)</source>
        <translation>
            <numerusform>서비스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
</context>
<context>
    <name>hopscope::app::PacketDiff</name>
    <message>
        <source>VXLAN outer source</source>
        <translation>VXLAN 바깥 출발지</translation>
    </message>
    <message>
        <source>VXLAN outer destination</source>
        <translation>VXLAN 바깥 목적지</translation>
    </message>
    <message>
        <source>VXLAN UDP port</source>
        <translation>VXLAN UDP 포트</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>출발지 IP</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>출발지 포트</translation>
    </message>
    <message>
        <source>Destination IP</source>
        <translation>목적지 IP</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>목적지 포트</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>프로토콜</translation>
    </message>
    <message>
        <source>Masquerade mark</source>
        <translation>마스커레이딩 표시</translation>
    </message>
</context>
<context>
    <name>hopscope::app::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝으로</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <source>  hop %1 / %2  </source>
        <translation>  홉 %1 / %2  </translation>
    </message>
</context>
<context>
    <name>hopscope::app::PodItem</name>
    <message numerus="yes">
        <source>%n more pod(s)</source>
        <translation>
            <numerusform>파드 %n개 더</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>no container ports</source>
        <translation>컨테이너 포트 없음</translation>
    </message>
</context>
<context>
    <name>hopscope::app::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large text, high contrast (F5; Esc leaves)</source>
        <translation>전체 화면, 큰 글씨, 고대비 (F5, Esc로 나가기)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>발표 모드 끝내기</translation>
    </message>
    <message>
        <source>Esc leaves presentation</source>
        <translation>Esc: 발표 모드 끝내기</translation>
    </message>
    <message>
        <source>Presentation &amp;Text Size</source>
        <translation>발표 글자 크기(&amp;T)</translation>
    </message>
    <message>
        <source>Presentation &amp;Caption</source>
        <translation>발표 캡션(&amp;C)</translation>
    </message>
    <message>
        <source>The hop&apos;s caption under the drawing while presenting (C hides or shows it)</source>
        <translation>발표하는 동안 그림 아래에 놓이는 홉의 캡션(C 키로 숨기거나 다시 보입니다)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ProblemsModel</name>
    <message>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>표준 입력</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>힌트: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ProblemsPanel</name>
    <message>
        <source>Click a problem to see its line.</source>
        <translation>문제를 클릭하면 해당 줄을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>문제 (%1)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Infos</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>%1 has no file to show.</source>
        <translation>%1에는 보여 줄 파일이 없습니다.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>힌트: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::app::QuizPanel</name>
    <message>
        <source>&amp;Quiz Mode</source>
        <translation>퀴즈 모드(&amp;Q)</translation>
    </message>
    <message>
        <source>Before each hop, the class guesses where the packet goes or what the rule makes of it</source>
        <translation>각 홉 전에 학생들이 패킷이 어디로 갈지, 또는 규칙이 패킷을 어떻게 바꿀지 맞혀 봅니다</translation>
    </message>
    <message>
        <source>Quiz mode: guess each hop before it is shown</source>
        <translation>퀴즈 모드: 각 홉이 보이기 전에 맞혀 보세요</translation>
    </message>
    <message>
        <source>Show hop %1</source>
        <translation>홉 %1 보기</translation>
    </message>
    <message>
        <source>Hop %1 of %2: pick an answer.</source>
        <translation>홉 %1/%2: 답을 고르세요.</translation>
    </message>
    <message>
        <source>Send a request: the quiz asks before each hop.</source>
        <translation>요청을 보내세요: 퀴즈가 각 홉 전에 질문합니다.</translation>
    </message>
    <message>
        <source>Quiz mode is off.</source>
        <translation>퀴즈 모드가 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>정답!</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>아쉽습니다: 정답은 %1입니다.</translation>
    </message>
    <message>
        <source>Step on: the next question comes before its hop.</source>
        <translation>다음 단계로 넘어가세요: 다음 질문은 해당 홉 전에 나옵니다.</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>점수: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::app::RequestBar</name>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send N</source>
        <translation>N개 보내기</translation>
    </message>
    <message>
        <source>The lesson&apos;s requests</source>
        <translation>수업의 요청들</translation>
    </message>
    <message>
        <source>Source: client, pod/NAME or node/NAME — or click one on the drawing</source>
        <translation>출발지: client, pod/NAME 또는 node/NAME — 또는 그림에서 하나를 클릭하세요</translation>
    </message>
    <message>
        <source>Destination: IP:PORT, NAME:PORT or a Service&apos;s DNS name — or click a Service, node port, load balancer or pod</source>
        <translation>목적지: IP:PORT, NAME:PORT 또는 서비스의 DNS 이름 — 또는 서비스, 노드 포트, 로드 밸런서, 파드를 클릭하세요</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>시드 </translation>
    </message>
    <message>
        <source>The random endpoint choice follows this seed</source>
        <translation>엔드포인트를 무작위로 고를 때 이 시드를 따릅니다</translation>
    </message>
    <message>
        <source>pin endpoint ip:port</source>
        <translation>고정할 엔드포인트 ip:port</translation>
    </message>
    <message>
        <source>How many requests &quot;Send N&quot; sends</source>
        <translation>&quot;N개 보내기&quot;로 보낼 요청 수</translation>
    </message>
    <message>
        <source> From </source>
        <translation> 출발지 </translation>
    </message>
    <message>
        <source> To </source>
        <translation> 목적지 </translation>
    </message>
    <message>
        <source>(no lesson presets)</source>
        <translation>(수업 프리셋 없음)</translation>
    </message>
    <message>
        <source>Lesson presets…</source>
        <translation>수업 프리셋…</translation>
    </message>
</context>
<context>
    <name>hopscope::app::RulesPanel</name>
    <message>
        <source>Outside the cluster: no kube-proxy rules here.</source>
        <translation>클러스터 밖: 여기에는 kube-proxy 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>iptables rules kube-proxy wrote on %1 (iptables-save)</source>
        <translation>kube-proxy가 %1에 쓴 iptables 규칙 (iptables-save)</translation>
    </message>
    <message>
        <source>This hop</source>
        <translation>이 홉</translation>
    </message>
    <message>
        <source>All rules (iptables-save)</source>
        <translation>모든 규칙 (iptables-save)</translation>
    </message>
    <message>
        <source>The rules this hop walked, in order, chain by chain</source>
        <translation>이 홉이 거친 규칙을 체인별로 순서대로 보여 줍니다</translation>
    </message>
    <message>
        <source>Every rule kube-proxy wrote on the node</source>
        <translation>kube-proxy가 노드에 쓴 모든 규칙입니다</translation>
    </message>
    <message>
        <source>On %1, in the order netfilter met them; ▶ decided.</source>
        <translation>%1에서 netfilter가 만난 순서입니다. ▶ 표시가 결정한 규칙입니다.</translation>
    </message>
    <message>
        <source>Send a request to see the rules each hop walks.</source>
        <translation>요청을 보내면 각 홉이 거친 규칙이 나옵니다.</translation>
    </message>
    <message>
        <source>Route (ip route)</source>
        <translation>라우트 (ip route)</translation>
    </message>
    <message>
        <source>Conntrack entry (conntrack -L)</source>
        <translation>conntrack 항목 (conntrack -L)</translation>
    </message>
    <message>
        <source>No iptables rule, route or conntrack entry decides this hop.</source>
        <translation>이 홉을 결정하는 iptables 규칙, 라우트, conntrack 항목이 없습니다.</translation>
    </message>
</context>
<context>
    <name>hopscope::app::SceneRenderer</name>
    <message>
        <source>Kubernetes service network drawn by Hopscope</source>
        <translation>Hopscope가 그린 쿠버네티스 서비스 네트워크</translation>
    </message>
    <message>
        <source>%1: the output must end in .png or .svg</source>
        <translation>%1: 출력 파일은 .png 또는 .svg로 끝나야 합니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot write the SVG drawing</source>
        <translation>SVG 그림을 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>hopscope::app::SceneText</name>
    <message>
        <source>CNAME %1</source>
        <translation>CNAME %1</translation>
    </message>
    <message>
        <source>None (headless)</source>
        <translation>None (헤드리스)</translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation>엔드포인트 없음</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>엔드포인트 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>eth0 (InternalIP)</source>
        <translation>eth0 (InternalIP)</translation>
    </message>
    <message>
        <source>ExternalIP</source>
        <translation>ExternalIP</translation>
    </message>
    <message>
        <source>Pod network</source>
        <translation>파드 네트워크</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>스케줄링</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>노드 %1</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>none yet (Pending)</source>
        <translation>아직 없음 (Pending)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>none (Pending)</source>
        <translation>없음 (Pending)</translation>
    </message>
    <message>
        <source>Container ports</source>
        <translation>컨테이너 포트</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>소유자</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>추가한 곳</translation>
    </message>
    <message>
        <source>Hopscope (a system pod of the cluster)</source>
        <translation>Hopscope (클러스터의 시스템 파드)</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>파드 %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>포트 %1</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>로드 밸런서</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>셀렉터</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>엔드포인트</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>서비스 %1</translation>
    </message>
</context>
<context>
    <name>hopscope::app::SelectorEdgeItem</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; selects &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;selector: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;이(가) &lt;b&gt;%2&lt;/b&gt;을(를) 선택합니다&lt;/p&gt;&lt;p&gt;셀렉터: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hopscope::app::SettingsDialog</name>
    <message>
        <source>Cluster settings</source>
        <translation>클러스터 설정</translation>
    </message>
    <message>
        <source>Nodes (--nodes):</source>
        <translation>노드 수 (--nodes):</translation>
    </message>
    <message>
        <source>Pod network (--cluster-cidr):</source>
        <translation>파드 네트워크 (--cluster-cidr):</translation>
    </message>
    <message>
        <source>Service range (--service-cluster-ip-range):</source>
        <translation>서비스 대역 (--service-cluster-ip-range):</translation>
    </message>
    <message>
        <source>NodePort range (--service-node-port-range):</source>
        <translation>노드 포트 범위 (--service-node-port-range):</translation>
    </message>
    <message>
        <source>The number of nodes applies when the manifests hold no Node objects.</source>
        <translation>노드 수는 매니페스트에 Node 오브젝트가 없을 때 적용됩니다.</translation>
    </message>
    <message>
        <source>--service-node-port-range: &quot;%1&quot; is not a range such as 30000-32767</source>
        <translation>--service-node-port-range: &quot;%1&quot;은(는) 30000-32767 같은 범위가 아닙니다</translation>
    </message>
</context>
<context>
    <name>hopscope::app::SourceView</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>… (only the first %1 MB are shown)</source>
        <translation>… (처음 %1 MB만 보여 줍니다)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ThemeManager</name>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>고대비(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::TraceFrames</name>
    <message>
        <source>the trace has no hops</source>
        <translation>추적에 홉이 없습니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>hopscope::app::TraceOverlay</name>
    <message>
        <source>VXLAN tunnel · UDP 8472</source>
        <translation>VXLAN 터널 · UDP 8472</translation>
    </message>
</context>
<context>
    <name>hopscope::app::UserGuideDialog</name>
    <message>
        <source>Hopscope User Guide</source>
        <translation>Hopscope 사용 설명서</translation>
    </message>
</context>
<context>
    <name>hopscope::app::WhatIfActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>What-if History</source>
        <translation>가상 변경 기록</translation>
    </message>
    <message>
        <source>The cluster as opened</source>
        <translation>처음 연 클러스터</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>스케일</translation>
    </message>
    <message>
        <source>Replicas of %1:</source>
        <translation>%1의 레플리카 수:</translation>
    </message>
    <message>
        <source>%1: nothing changes.</source>
        <translation>%1: 바뀌는 것이 없습니다.</translation>
    </message>
    <message>
        <source>Scale %1 %2</source>
        <translation>%1 %2 스케일</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Set Replicas…</source>
        <translation>레플리카 수 설정…</translation>
    </message>
</context>
<context>
    <name>hopscope::korean</name>
    <message>
        <source>en</source>
        <comment>This translation&apos;s language code: ko in the Korean translation, en in English</comment>
        <translation>ko</translation>
    </message>
</context>
</TS>
