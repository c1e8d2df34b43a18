<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>hopscope::Cli</name>
    <message>
        <source>Usage: hopscope [FILE|DIR|-]...            open the GUI (no argument: the bundled demo)
       hopscope COMMAND [ARGS]...           run a command without a display

Commands:
</source>
        <translation>Usage: hopscope [FILE|DIR|-]...            open the GUI (no argument: the bundled demo)
       hopscope COMMAND [ARGS]...           run a command without a display

Commands:
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
Cluster options (every command): --nodes N, --cluster-cidr CIDR,
  --service-cluster-ip-range CIDR, --service-node-port-range A-B, --lang ko|en
Exit codes: 0 ok, 1 manifest errors, 2 usage errors, 3 request not delivered.
Run &apos;hopscope COMMAND --help&apos; for a command&apos;s own options.
</translation>
    </message>
    <message>
        <source>Nodes of the default cluster (when the manifests hold no Node objects).</source>
        <translation>Nodes of the default cluster (when the manifests hold no Node objects).</translation>
    </message>
    <message>
        <source>Pod network (default 10.244.0.0/16).</source>
        <translation>Pod network (default 10.244.0.0/16).</translation>
    </message>
    <message>
        <source>Service ClusterIP range (default 10.96.0.0/12).</source>
        <translation>Service ClusterIP range (default 10.96.0.0/12).</translation>
    </message>
    <message>
        <source>NodePort range (default 30000-32767).</source>
        <translation>NodePort range (default 30000-32767).</translation>
    </message>
    <message>
        <source>Language of the output: ko or en.</source>
        <translation>Language of the output: ko or en.</translation>
    </message>
    <message>
        <source>hopscope: --service-node-port-range: &quot;%1&quot; is not a range such as 30000-32767
</source>
        <translation>hopscope: --service-node-port-range: &quot;%1&quot; is not a range such as 30000-32767
</translation>
    </message>
    <message>
        <source>hopscope generate: --%1 wants a whole number, not &quot;%2&quot;
</source>
        <translation>hopscope generate: --%1 wants a whole number, not &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>Writes a synthetic cluster as manifests on standard output: &apos;workloads&apos; gives Node objects, Deployments and Services (what a team writes); &apos;dump&apos; gives what &apos;kubectl get nodes,pods,services,endpointslices -A -o yaml&apos; prints for the same cluster. The same arguments always give the same bytes.</source>
        <translation>Writes a synthetic cluster as manifests on standard output: &apos;workloads&apos; gives Node objects, Deployments and Services (what a team writes); &apos;dump&apos; gives what &apos;kubectl get nodes,pods,services,endpointslices -A -o yaml&apos; prints for the same cluster. The same arguments always give the same bytes.</translation>
    </message>
    <message>
        <source>Nodes (1-%1).</source>
        <translation>Nodes (1-%1).</translation>
    </message>
    <message>
        <source>Pods (0-%1).</source>
        <translation>Pods (0-%1).</translation>
    </message>
    <message>
        <source>Services (0-%1), each with its Deployment.</source>
        <translation>Services (0-%1), each with its Deployment.</translation>
    </message>
    <message>
        <source>workloads (default) or dump.</source>
        <translation>workloads (default) or dump.</translation>
    </message>
    <message>
        <source>Language of messages: ko or en.</source>
        <translation>Language of messages: ko or en.</translation>
    </message>
    <message>
        <source>hopscope generate: unexpected argument &quot;%1&quot;
</source>
        <translation>hopscope generate: unexpected argument &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>hopscope generate: --form is workloads or dump, not &quot;%1&quot;
</source>
        <translation>hopscope generate: --form is workloads or dump, not &quot;%1&quot;
</translation>
    </message>
    <message>
        <source>hopscope generate: cannot write to standard output
</source>
        <translation>hopscope generate: cannot write to standard output
</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Prints the iptables-restore input that kube-proxy (iptables mode) writes on a node in one full sync: *filter then *nat, chain lines included.</source>
        <translation>Prints the iptables-restore input that kube-proxy (iptables mode) writes on a node in one full sync: *filter then *nat, chain lines included.</translation>
    </message>
    <message>
        <source>Manifests: files, directories, or - for stdin.</source>
        <translation>Manifests: files, directories, or - for stdin.</translation>
    </message>
    <message>
        <source>The node whose rules to print.</source>
        <translation>The node whose rules to print.</translation>
    </message>
    <message>
        <source>hopscope iptables: no manifest given (usage: hopscope iptables FILE... --node NODE)
</source>
        <translation>hopscope iptables: no manifest given (usage: hopscope iptables FILE... --node NODE)
</translation>
    </message>
    <message>
        <source>hopscope iptables: --node NODE is required; the nodes are: %1
</source>
        <translation>hopscope iptables: --node NODE is required; the nodes are: %1
</translation>
    </message>
    <message>
        <source>hopscope iptables: no node &quot;%1&quot;; the nodes are: %2
</source>
        <translation>hopscope iptables: no node &quot;%1&quot;; the nodes are: %2
</translation>
    </message>
    <message>
        <source>Prints what kubectl would show for the cluster the manifests describe.
  hopscope kubectl FILE... -- get svc|services [-o wide] | get pods [-o wide]
                            | get endpoints | get nodes [-o wide]
                            | describe svc NAME
kubectl flags: -n NS, --namespace NS, -A, --all-namespaces, -o wide.
Exit codes: 0 ok, 1 manifest errors or an object not found (as kubectl), 2 usage errors.</source>
        <translation>Prints what kubectl would show for the cluster the manifests describe.
  hopscope kubectl FILE... -- get svc|services [-o wide] | get pods [-o wide]
                            | get endpoints | get nodes [-o wide]
                            | describe svc NAME
kubectl flags: -n NS, --namespace NS, -A, --all-namespaces, -o wide.
Exit codes: 0 ok, 1 manifest errors or an object not found (as kubectl), 2 usage errors.</translation>
    </message>
    <message>
        <source>Manifest files or directories, or - for stdin.</source>
        <translation>Manifest files or directories, or - for stdin.</translation>
    </message>
    <message>
        <source>Then the kubectl command.</source>
        <translation>Then the kubectl command.</translation>
    </message>
    <message>
        <source>hopscope kubectl: give the manifests first, e.g. hopscope kubectl app.yaml -- get svc
</source>
        <translation>hopscope kubectl: give the manifests first, e.g. hopscope kubectl app.yaml -- get svc
</translation>
    </message>
    <message>
        <source>hopscope kubectl: put the kubectl command after --, e.g. hopscope kubectl app.yaml -- get svc
</source>
        <translation>hopscope kubectl: put the kubectl command after --, e.g. hopscope kubectl app.yaml -- get svc
</translation>
    </message>
    <message>
        <source>The picture to write: a .png or .svg file.</source>
        <translation>The picture to write: a .png or .svg file.</translation>
    </message>
    <message>
        <source>Its size in pixels (default 1600x1000).</source>
        <translation>Its size in pixels (default 1600x1000).</translation>
    </message>
    <message>
        <source>Manifest files or folders, - for standard input.</source>
        <translation>Manifest files or folders, - for standard input.</translation>
    </message>
    <message>
        <source>hopscope render: %1: the output must end in .png or .svg
</source>
        <translation>hopscope render: %1: the output must end in .png or .svg
</translation>
    </message>
    <message>
        <source>hopscope render: --size: &quot;%1&quot; is not a size such as 1600x1000
</source>
        <translation>hopscope render: --size: &quot;%1&quot; is not a size such as 1600x1000
</translation>
    </message>
    <message>
        <source>hopscope render: nothing to draw
</source>
        <translation>hopscope render: nothing to draw
</translation>
    </message>
    <message>
        <source>%1 requests %2 → %3 (seeds %4-%5): %6 delivered
</source>
        <translation>%1 requests %2 → %3 (seeds %4-%5): %6 delivered
</translation>
    </message>
    <message>
        <source>  not delivered: %1 (last: %2)
</source>
        <translation>  not delivered: %1 (last: %2)
</translation>
    </message>
    <message>
        <source>Traces a request and its reply hop by hop through the cluster: routes, VXLAN, and the kube-proxy rules (DNAT, SNAT, un-DNAT) each node really has.</source>
        <translation>Traces a request and its reply hop by hop through the cluster: routes, VXLAN, and the kube-proxy rules (DNAT, SNAT, un-DNAT) each node really has.</translation>
    </message>
    <message>
        <source>Where it goes: IP:PORT (node port, ClusterIP, load-balancer IP, pod IP), a pod IP, or a Service name NAME:PORT, NAME.NAMESPACE:PORT, NAME.NAMESPACE.svc.cluster.local:PORT (resolved by cluster DNS from a pod).</source>
        <translation>Where it goes: IP:PORT (node port, ClusterIP, load-balancer IP, pod IP), a pod IP, or a Service name NAME:PORT, NAME.NAMESPACE:PORT, NAME.NAMESPACE.svc.cluster.local:PORT (resolved by cluster DNS from a pod).</translation>
    </message>
    <message>
        <source>Seed of the random choices (endpoint, ports): the same seed gives the same trace. Default 1.</source>
        <translation>Seed of the random choices (endpoint, ports): the same seed gives the same trace. Default 1.</translation>
    </message>
    <message>
        <source>tcp (default), udp or sctp.</source>
        <translation>tcp (default), udp or sctp.</translation>
    </message>
    <message>
        <source>Take this endpoint where the rules choose at random.</source>
        <translation>Take this endpoint where the rules choose at random.</translation>
    </message>
    <message>
        <source>Send N requests (seeds N, N+1, …) and print where they went.</source>
        <translation>Send N requests (seeds N, N+1, …) and print where they went.</translation>
    </message>
    <message>
        <source>hopscope trace: --to DST is required (IP:PORT or a Service NAME:PORT)
</source>
        <translation>hopscope trace: --to DST is required (IP:PORT or a Service NAME:PORT)
</translation>
    </message>
    <message>
        <source>hopscope trace: --seed needs a non-negative number
</source>
        <translation>hopscope trace: --seed needs a non-negative number
</translation>
    </message>
    <message>
        <source>hopscope trace: --count needs a number from 1 to 1000000
</source>
        <translation>hopscope trace: --count needs a number from 1 to 1000000
</translation>
    </message>
    <message>
        <source>print what kubectl get/describe would show</source>
        <translation>print what kubectl get/describe would show</translation>
    </message>
    <message>
        <source>draw the cluster to a PNG or SVG file</source>
        <translation>draw the cluster to a PNG or SVG file</translation>
    </message>
    <message>
        <source>follow a request hop by hop, and its reply</source>
        <translation>follow a request hop by hop, and its reply</translation>
    </message>
    <message>
        <source>the rules kube-proxy writes on a node</source>
        <translation>the rules kube-proxy writes on a node</translation>
    </message>
    <message>
        <source>check manifests and explain the problems</source>
        <translation>check manifests and explain the problems</translation>
    </message>
    <message>
        <source>write a large test cluster as manifests</source>
        <translation>write a large test cluster as manifests</translation>
    </message>
    <message>
        <source>Kubernetes service-network visualizer</source>
        <translation>Kubernetes service-network visualizer</translation>
    </message>
    <message>
        <source>Manifest files or folders, - for standard input (none: the bundled demo).</source>
        <translation>Manifest files or folders, - for standard input (none: the bundled demo).</translation>
    </message>
    <message>
        <source>Checks Kubernetes manifests and explains each problem at its line: YAML mistakes (tabs, a missing space after &apos;:&apos;), what the API server would refuse, and what the Services would do on the network.</source>
        <translation>Checks Kubernetes manifests and explains each problem at its line: YAML mistakes (tabs, a missing space after &apos;:&apos;), what the API server would refuse, and what the Services would do on the network.</translation>
    </message>
    <message>
        <source>Manifest files or folders to check (&apos;-&apos; for standard input).</source>
        <translation>Manifest files or folders to check (&apos;-&apos; for standard input).</translation>
    </message>
    <message>
        <source>Print the diagnostics as JSON.</source>
        <translation>Print the diagnostics as JSON.</translation>
    </message>
    <message>
        <source>hopscope lint: no manifest given
Usage: hopscope lint FILE... [--json]
</source>
        <translation>hopscope lint: no manifest given
Usage: hopscope lint FILE... [--json]
</translation>
    </message>
    <message>
        <source>hopscope lint: %1, %2, %3 checked
</source>
        <translation>hopscope lint: %1, %2, %3 checked
</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Draw the cluster to a PNG or SVG file; with --to, a traced request on it at one step (the packet and the path so far), or every step as numbered PNG frames.</source>
        <translation>Draw the cluster to a PNG or SVG file; with --to, a traced request on it at one step (the packet and the path so far), or every step as numbered PNG frames.</translation>
    </message>
    <message>
        <source>Where the request starts, as for hopscope trace (default client).</source>
        <translation>Where the request starts, as for hopscope trace (default client).</translation>
    </message>
    <message>
        <source>Where the request goes, as for hopscope trace: draw its trace.</source>
        <translation>Where the request goes, as for hopscope trace: draw its trace.</translation>
    </message>
    <message>
        <source>Seed of the random choices (default 1), as for hopscope trace.</source>
        <translation>Seed of the random choices (default 1), as for hopscope trace.</translation>
    </message>
    <message>
        <source>The hop to draw the packet at, 1 to the number of hops that hopscope trace prints (default: the last).</source>
        <translation>The hop to draw the packet at, 1 to the number of hops that hopscope trace prints (default: the last).</translation>
    </message>
    <message>
        <source>Also write one PNG per hop into DIR: frame-001.png, frame-002.png …</source>
        <translation>Also write one PNG per hop into DIR: frame-001.png, frame-002.png …</translation>
    </message>
    <message>
        <source>hopscope render: --%1 needs a request: --to DST
</source>
        <translation>hopscope render: --%1 needs a request: --to DST
</translation>
    </message>
    <message>
        <source>hopscope render: --to DST is empty
</source>
        <translation>hopscope render: --to DST is empty
</translation>
    </message>
    <message>
        <source>hopscope render: --seed needs a non-negative number
</source>
        <translation>hopscope render: --seed needs a non-negative number
</translation>
    </message>
    <message>
        <source>hopscope render: --step needs a hop number from 1
</source>
        <translation>hopscope render: --step needs a hop number from 1
</translation>
    </message>
    <message numerus="yes">
        <source>hopscope render: --step %1: the trace has %n hop(s)
</source>
        <translation>
            <numerusform>hopscope render: --step %1: the trace has %n hop
</numerusform>
            <numerusform>hopscope render: --step %1: the trace has %n hops
</numerusform>
        </translation>
    </message>
    <message>
        <source>Output: text (default), json (schema hopscope-trace/1), markdown (a table for handouts) or csv (RFC 4180: hop, where, action, before, after, rule, explanation).</source>
        <translation>Output: text (default), json (schema hopscope-trace/1), markdown (a table for handouts) or csv (RFC 4180: hop, where, action, before, after, rule, explanation).</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>The same as --format json.</translation>
    </message>
    <message>
        <source>hopscope trace: no manifest given (usage: hopscope trace FILE... --from SRC --to DST [--seed N] [--format text|json|markdown|csv])
</source>
        <translation>hopscope trace: no manifest given (usage: hopscope trace FILE... --from SRC --to DST [--seed N] [--format text|json|markdown|csv])
</translation>
    </message>
    <message>
        <source>hopscope trace: --json and --format %1 contradict each other
</source>
        <translation>hopscope trace: --json and --format %1 contradict each other
</translation>
    </message>
    <message>
        <source>hopscope trace: --format: &quot;%1&quot; is not one of text, json, markdown, csv
</source>
        <translation>hopscope trace: --format: &quot;%1&quot; is not one of text, json, markdown, csv
</translation>
    </message>
    <message>
        <source>hopscope trace: --count prints text or json, not %1
</source>
        <translation>hopscope trace: --count prints text or json, not %1
</translation>
    </message>
    <message>
        <source>hopscope: --%1 %2: the number is too large (at most %3)
</source>
        <translation>hopscope: --%1 %2: the number is too large (at most %3)
</translation>
    </message>
    <message>
        <source>hopscope: --%1 needs a number, not &quot;%2&quot;
</source>
        <translation>hopscope: --%1 needs a number, not &quot;%2&quot;
</translation>
    </message>
    <message>
        <source>hopscope: --%1 %2: the number is too small (at least %3)
</source>
        <translation>hopscope: --%1 %2: the number is too small (at least %3)
</translation>
    </message>
    <message>
        <source>Largest file (or standard input) read, in MiB (default 2048).</source>
        <translation>Largest file (or standard input) read, in MiB (default 2048).</translation>
    </message>
    <message>
        <source>Most objects (documents and List items) read in all (default 400000).</source>
        <translation>Most objects (documents and List items) read in all (default 400000).</translation>
    </message>
    <message>
        <source>Let a lesson read manifests outside its folder without asking.</source>
        <translation>Let a lesson read manifests outside its folder without asking.</translation>
    </message>
    <message>
        <source>Where the request starts: client (default), ip/ADDR (an outside host at ADDR), client/NAME (a lesson&apos;s client), node/NAME, or a pod: NAME, pod/NAME, pod/NAMESPACE/NAME (a workload&apos;s name picks its first pod).</source>
        <translation>Where the request starts: client (default), ip/ADDR (an outside host at ADDR), client/NAME (a lesson&apos;s client), node/NAME, or a pod: NAME, pod/NAME, pod/NAMESPACE/NAME (a workload&apos;s name picks its first pod).</translation>
    </message>
    <message>
        <source>kube-proxy: SNAT all traffic sent to Service IPs (true or false).</source>
        <translation>kube-proxy: SNAT all traffic sent to Service IPs (true or false).</translation>
    </message>
    <message>
        <source>kube-proxy: node ports answer on 127.0.0.1 too (default true).</source>
        <translation>kube-proxy: node ports answer on 127.0.0.1 too (default true).</translation>
    </message>
    <message>
        <source>kube-proxy: how pod traffic is told apart: ClusterCIDR (default), NodeCIDR or None.</source>
        <translation>kube-proxy: how pod traffic is told apart: ClusterCIDR (default), NodeCIDR or None.</translation>
    </message>
    <message>
        <source>Where cloud load balancers send: vip (default: to a node, still addressed to the LB IP) or node-port (NodeIP:NodePort).</source>
        <translation>Where cloud load balancers send: vip (default: to a node, still addressed to the LB IP) or node-port (NodeIP:NodePort).</translation>
    </message>
    <message>
        <source>The node the LAN routes external IPs to (default: the first node).</source>
        <translation>The node the LAN routes external IPs to (default: the first node).</translation>
    </message>
    <message>
        <source>hopscope: --%1: &quot;%2&quot; is not a valid value
</source>
        <translation>hopscope: --%1: &quot;%2&quot; is not a valid value
</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>Add the hop&apos;s caption under the drawing (hop N of M, where, the action, the packet before and after, the explanation, the teacher&apos;s note).</source>
        <translation>Add the hop&apos;s caption under the drawing (hop N of M, where, the action, the packet before and after, the explanation, the teacher&apos;s note).</translation>
    </message>
    <message>
        <source>Frames without captions (--frames has them by default).</source>
        <translation>Frames without captions (--frames has them by default).</translation>
    </message>
    <message>
        <source>Write where every text of OUT is, in pixels, to FILE as JSON.</source>
        <translation>Write where every text of OUT is, in pixels, to FILE as JSON.</translation>
    </message>
    <message>
        <source>Usage: hopscope render FILE... -o OUT.png|OUT.svg [--size WxH] [--layout-json FILE] [--from SRC --to DST [--seed N] [--step K] [--caption] [--frames DIR [--no-caption]]]
</source>
        <translation>Usage: hopscope render FILE... -o OUT.png|OUT.svg [--size WxH] [--layout-json FILE] [--from SRC --to DST [--seed N] [--step K] [--caption] [--frames DIR [--no-caption]]]
</translation>
    </message>
    <message>
        <source>hopscope render: --layout-json needs a picture: -o OUT.png|OUT.svg
</source>
        <translation>hopscope render: --layout-json needs a picture: -o OUT.png|OUT.svg
</translation>
    </message>
    <message>
        <source>hopscope iptables: with --proxy-mode nftables the node %1 holds nftables rules (hopscope nftables); these are the rules it would hold in iptables mode.
</source>
        <translation>hopscope iptables: with --proxy-mode nftables the node %1 holds nftables rules (hopscope nftables); these are the rules it would hold in iptables mode.
</translation>
    </message>
    <message>
        <source>Prints the nftables ruleset that kube-proxy (nftables mode) writes on a node in one full sync, as the add table/chain/set/map/rule/element lines of its unit tests.</source>
        <translation>Prints the nftables ruleset that kube-proxy (nftables mode) writes on a node in one full sync, as the add table/chain/set/map/rule/element lines of its unit tests.</translation>
    </message>
    <message>
        <source>hopscope nftables: no manifest given (usage: hopscope nftables FILE... --node NODE)
</source>
        <translation>hopscope nftables: no manifest given (usage: hopscope nftables FILE... --node NODE)
</translation>
    </message>
    <message>
        <source>hopscope nftables: --node NODE is required; the nodes are: %1
</source>
        <translation>hopscope nftables: --node NODE is required; the nodes are: %1
</translation>
    </message>
    <message>
        <source>hopscope nftables: no node &quot;%1&quot;; the nodes are: %2
</source>
        <translation>hopscope nftables: no node &quot;%1&quot;; the nodes are: %2
</translation>
    </message>
    <message>
        <source>hopscope nftables: with --proxy-mode iptables the node %1 holds iptables rules (hopscope iptables); these are the rules it would hold in nftables mode.
</source>
        <translation>hopscope nftables: with --proxy-mode iptables the node %1 holds iptables rules (hopscope iptables); these are the rules it would hold in nftables mode.
</translation>
    </message>
    <message>
        <source>the rules kube-proxy writes on a node in nftables mode</source>
        <translation>the rules kube-proxy writes on a node in nftables mode</translation>
    </message>
    <message>
        <source>kube-proxy: node addresses (CIDRs, comma-separated, or primary) on which node ports open (default: every local address; in nftables mode the node&apos;s primary IP).</source>
        <translation>kube-proxy: node addresses (CIDRs, comma-separated, or primary) on which node ports open (default: every local address; in nftables mode the node&apos;s primary IP).</translation>
    </message>
    <message>
        <source>kube-proxy: the rules it writes on the nodes: iptables (default) or nftables.</source>
        <translation>kube-proxy: the rules it writes on the nodes: iptables (default) or nftables.</translation>
    </message>
    <message>
        <source>hopscope %1: --proxy-mode nftables: the walk still evaluates kube-proxy&apos;s iptables rules (the nftables walk is not there yet); hopscope nftables prints the node&apos;s nftables rules.
</source>
        <translation>hopscope %1: --proxy-mode nftables: the walk still evaluates kube-proxy&apos;s iptables rules (the nftables walk is not there yet); hopscope nftables prints the node&apos;s nftables rules.
</translation>
    </message>
</context>
<context>
    <name>hopscope::ClusterBuilder</name>
    <message>
        <source>The API server refuses this Service, so Hopscope leaves it out of the cluster.</source>
        <translation>The API server refuses this Service, so Hopscope leaves it out of the cluster.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; asks for IPv6 (ipFamilies / ipFamilyPolicy); Hopscope simulates a single-stack IPv4 cluster and gives it an IPv4 ClusterIP only.</source>
        <translation>Service &quot;%1&quot; asks for IPv6 (ipFamilies / ipFamilyPolicy); Hopscope simulates a single-stack IPv4 cluster and gives it an IPv4 ClusterIP only.</translation>
    </message>
    <message>
        <source>The API server refuses an object without a name, so Hopscope leaves it out of the cluster.</source>
        <translation>The API server refuses an object without a name, so Hopscope leaves it out of the cluster.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; in namespace %3</source>
        <translation>%1 &quot;%2&quot; in namespace %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is defined again; this definition replaces the one at %2.</source>
        <translation>%1 is defined again; this definition replaces the one at %2.</translation>
    </message>
    <message>
        <source>kubectl apply of both would leave only the later one.</source>
        <translation>kubectl apply of both would leave only the later one.</translation>
    </message>
    <message>
        <source>The load-balancer pool %1 is used up; Service &quot;%2&quot; stays &lt;pending&gt;.</source>
        <translation>The load-balancer pool %1 is used up; Service &quot;%2&quot; stays &lt;pending&gt;.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; asks for load-balancer address %2, which is %3; it stays &lt;pending&gt;.</source>
        <translation>Service &quot;%1&quot; asks for load-balancer address %2, which is %3; it stays &lt;pending&gt;.</translation>
    </message>
    <message>
        <source>already in use</source>
        <translation>already in use</translation>
    </message>
    <message>
        <source>not an IPv4 address</source>
        <translation>not an IPv4 address</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot; has no InternalIP in status.addresses; Hopscope gives it %2.</source>
        <translation>Node &quot;%1&quot; has no InternalIP in status.addresses; Hopscope gives it %2.</translation>
    </message>
    <message>
        <source>No free /%1 pod network is left in --cluster-cidr %2 for node &quot;%3&quot;; pods on it get no IP.</source>
        <translation>No free /%1 pod network is left in --cluster-cidr %2 for node &quot;%3&quot;; pods on it get no IP.</translation>
    </message>
    <message>
        <source>Node &quot;%1&quot;: spec.podCIDR &quot;%2&quot; is not an IPv4 CIDR; Hopscope gives the node the next free pod network of --cluster-cidr %3.</source>
        <translation>Node &quot;%1&quot;: spec.podCIDR &quot;%2&quot; is not an IPv4 CIDR; Hopscope gives the node the next free pod network of --cluster-cidr %3.</translation>
    </message>
    <message>
        <source>The API server refuses this %1, so it creates no pods.</source>
        <translation>The API server refuses this %1, so it creates no pods.</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) of %1 stay Pending: %2.</source>
        <translation>
            <numerusform>%n pod of %1 stay Pending: %2.</numerusform>
            <numerusform>%n pods of %1 stay Pending: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) of %1 name node &quot;%2&quot;, which is not in the cluster; they stay Pending.</source>
        <translation>
            <numerusform>%n pod of %1 name node &quot;%2&quot;, which is not in the cluster; they stay Pending.</numerusform>
            <numerusform>%n pods of %1 name node &quot;%2&quot;, which is not in the cluster; they stay Pending.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) of %1 get no IP address on node &quot;%2&quot;: its pod network is full; they stay Pending.</source>
        <translation>
            <numerusform>%n pod of %1 get no IP address on node &quot;%2&quot;: its pod network is full; they stay Pending.</numerusform>
            <numerusform>%n pods of %1 get no IP address on node &quot;%2&quot;: its pod network is full; they stay Pending.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>Nodes: %1</translation>
    </message>
    <message>
        <source>kube-scheduler: %1</source>
        <translation>kube-scheduler: %1</translation>
    </message>
    <message>
        <source>The node has no pod network (podCIDR).</source>
        <translation>The node has no pod network (podCIDR).</translation>
    </message>
    <message>
        <source>nodeSelector %1 matches no node</source>
        <translation>nodeSelector %1 matches no node</translation>
    </message>
    <message>
        <source>every node has a taint the pod does not tolerate</source>
        <translation>every node has a taint the pod does not tolerate</translation>
    </message>
    <message>
        <source>every node is cordoned (unschedulable)</source>
        <translation>every node is cordoned (unschedulable)</translation>
    </message>
    <message>
        <source>no node passes the scheduler&apos;s filters</source>
        <translation>no node passes the scheduler&apos;s filters</translation>
    </message>
    <message>
        <source>first node address &quot;%1&quot; is not an IPv4 address</source>
        <translation>first node address &quot;%1&quot; is not an IPv4 address</translation>
    </message>
    <message>
        <source>client address &quot;%1&quot; is not an IPv4 address</source>
        <translation>client address &quot;%1&quot; is not an IPv4 address</translation>
    </message>
    <message>
        <source>Hopscope builds the cluster with the default value instead.</source>
        <translation>Hopscope builds the cluster with the default value instead.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; asks for %3 pods; Hopscope simulates at most %4 pods made by workloads, so it creates %5 of them.</source>
        <translation>%1 &quot;%2&quot; asks for %3 pods; Hopscope simulates at most %4 pods made by workloads, so it creates %5 of them.</translation>
    </message>
    <message>
        <source>A classroom cluster needs a few replicas: lower spec.replicas.</source>
        <translation>A classroom cluster needs a few replicas: lower spec.replicas.</translation>
    </message>
    <message>
        <source>Service &quot;%1&quot; has loadBalancerClass &quot;%2&quot;, which no controller of this cluster serves: it stays &lt;pending&gt;.</source>
        <translation>Service &quot;%1&quot; has loadBalancerClass &quot;%2&quot;, which no controller of this cluster serves: it stays &lt;pending&gt;.</translation>
    </message>
</context>
<context>
    <name>hopscope::Diagnostics</name>
    <message numerus="yes">
        <source>the same error %n more time(s), the last at %1</source>
        <translation>
            <numerusform>the same error %n more time, the last at %1</numerusform>
            <numerusform>the same error %n more times, the last at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the same warning %n more time(s), the last at %1</source>
        <translation>
            <numerusform>the same warning %n more time, the last at %1</numerusform>
            <numerusform>the same warning %n more times, the last at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the same note %n more time(s), the last at %1</source>
        <translation>
            <numerusform>the same note %n more time, the last at %1</numerusform>
            <numerusform>the same note %n more times, the last at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::Generator</name>
    <message>
        <source>--%1 must be between %2 and %3 (got %4)</source>
        <translation>--%1 must be between %2 and %3 (got %4)</translation>
    </message>
</context>
<context>
    <name>hopscope::HopAction</name>
    <message>
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <source>DNS query</source>
        <translation>DNS query</translation>
    </message>
    <message>
        <source>DNS answer</source>
        <translation>DNS answer</translation>
    </message>
    <message>
        <source>route</source>
        <translation>route</translation>
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
        <translation>VXLAN encapsulate</translation>
    </message>
    <message>
        <source>VXLAN decapsulate</source>
        <translation>VXLAN decapsulate</translation>
    </message>
    <message>
        <source>bridge</source>
        <translation>bridge</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>forward</translation>
    </message>
    <message>
        <source>deliver</source>
        <translation>deliver</translation>
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
        <translation>no route</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
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
        <translation>send / route</translation>
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
        <translation>deliver</translation>
    </message>
    <message>
        <source>drop / reject / refused</source>
        <translation>drop / reject / refused</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>reply</translation>
    </message>
</context>
<context>
    <name>hopscope::HopPlace</name>
    <message>
        <source>client</source>
        <comment>the external client, as a place</comment>
        <translation>client</translation>
    </message>
</context>
<context>
    <name>hopscope::IptablesDump</name>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no COMMIT</source>
        <translation>table &quot;%1&quot; has no COMMIT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; outside a table</source>
        <translation>&quot;%1&quot; outside a table</translation>
    </message>
    <message>
        <source>empty chain line</source>
        <translation>empty chain line</translation>
    </message>
    <message>
        <source>chain &quot;%1&quot; declared twice</source>
        <translation>chain &quot;%1&quot; declared twice</translation>
    </message>
    <message>
        <source>rule for undeclared chain &quot;%1&quot;</source>
        <translation>rule for undeclared chain &quot;%1&quot;</translation>
    </message>
    <message>
        <source>deletion of undeclared chain &quot;%1&quot;</source>
        <translation>deletion of undeclared chain &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unexpected line &quot;%1&quot;</source>
        <translation>unexpected line &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>hopscope::KubectlCommand</name>
    <message>
        <source>hopscope kubectl: say what to run: get or describe, e.g. &quot;get svc -o wide&quot;.</source>
        <translation>hopscope kubectl: say what to run: get or describe, e.g. &quot;get svc -o wide&quot;.</translation>
    </message>
    <message>
        <source>hopscope kubectl: &quot;%1&quot; is not simulated; use get or describe.</source>
        <translation>hopscope kubectl: &quot;%1&quot; is not simulated; use get or describe.</translation>
    </message>
    <message>
        <source>hopscope kubectl: one resource type at a time.</source>
        <translation>hopscope kubectl: one resource type at a time.</translation>
    </message>
    <message>
        <source>hopscope kubectl: one resource type at a time (not &quot;%1&quot;).</source>
        <translation>hopscope kubectl: one resource type at a time (not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>hopscope kubectl: &quot;%1&quot; is not simulated; services, pods, endpoints, endpointslices and nodes are.</source>
        <translation>hopscope kubectl: &quot;%1&quot; is not simulated; services, pods, endpoints, endpointslices and nodes are.</translation>
    </message>
    <message>
        <source>hopscope kubectl: the namespace must not be empty.</source>
        <translation>hopscope kubectl: the namespace must not be empty.</translation>
    </message>
    <message>
        <source>hopscope kubectl: only &quot;-o wide&quot; is simulated (not &quot;%1&quot;).</source>
        <translation>hopscope kubectl: only &quot;-o wide&quot; is simulated (not &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>hopscope kubectl: describe is simulated for services and endpointslices only.</source>
        <translation>hopscope kubectl: describe is simulated for services and endpointslices only.</translation>
    </message>
</context>
<context>
    <name>hopscope::Lesson</name>
    <message>
        <source>Bad value &quot;%1&quot; for the setting &quot;%2&quot;.</source>
        <translation>Bad value &quot;%1&quot; for the setting &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text, not a %2.</source>
        <translation>&quot;%1&quot; must be a text, not a %2.</translation>
    </message>
    <message>
        <source>A lesson is a mapping with title, manifests and requests.</source>
        <translation>A lesson is a mapping with title, manifests and requests.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a lesson: ignored.</source>
        <translation>Unknown key &quot;%1&quot; in a lesson: ignored.</translation>
    </message>
    <message>
        <source>A lesson needs a title.</source>
        <translation>A lesson needs a title.</translation>
    </message>
    <message>
        <source>A lesson needs manifests: the files (or inline YAML) it opens.</source>
        <translation>A lesson needs manifests: the files (or inline YAML) it opens.</translation>
    </message>
    <message>
        <source>&quot;manifests&quot; must be a list of paths or inline manifests.</source>
        <translation>&quot;manifests&quot; must be a list of paths or inline manifests.</translation>
    </message>
    <message>
        <source>An empty manifest path.</source>
        <translation>An empty manifest path.</translation>
    </message>
    <message>
        <source>A manifest is a path or a mapping with &quot;inline&quot;.</source>
        <translation>A manifest is a path or a mapping with &quot;inline&quot;.</translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be a mapping of flag names to values.</source>
        <translation>&quot;settings&quot; must be a mapping of flag names to values.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;: ignored.</source>
        <translation>Unknown setting &quot;%1&quot;: ignored.</translation>
    </message>
    <message>
        <source>&quot;requests&quot; must be a list.</source>
        <translation>&quot;requests&quot; must be a list.</translation>
    </message>
    <message>
        <source>A request is a mapping with title, from and to.</source>
        <translation>A request is a mapping with title, from and to.</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number, 0 or more.</source>
        <translation>&quot;seed&quot; must be a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>&quot;expect&quot; is delivered or fails, not &quot;%1&quot;.</source>
        <translation>&quot;expect&quot; is delivered or fails, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot; in a request: ignored.</source>
        <translation>Unknown key &quot;%1&quot; in a request: ignored.</translation>
    </message>
    <message>
        <source>A request needs a title, from and to.</source>
        <translation>A request needs a title, from and to.</translation>
    </message>
    <message>
        <source>&quot;to&quot; is a destination or a list of them.</source>
        <translation>&quot;to&quot; is a destination or a list of them.</translation>
    </message>
    <message>
        <source>Cannot read the lesson: %1</source>
        <translation>Cannot read the lesson: %1</translation>
    </message>
    <message>
        <source>The lesson is larger than 4 MiB.</source>
        <translation>The lesson is larger than 4 MiB.</translation>
    </message>
    <message>
        <source>The lesson is empty.</source>
        <translation>The lesson is empty.</translation>
    </message>
    <message>
        <source>A lesson is one YAML document: the others are ignored.</source>
        <translation>A lesson is one YAML document: the others are ignored.</translation>
    </message>
    <message>
        <source>&quot;whatif&quot; must be a list of edits (&quot;delete-pod pod/ns/name&quot;).</source>
        <translation>&quot;whatif&quot; must be a list of edits (&quot;delete-pod pod/ns/name&quot;).</translation>
    </message>
    <message>
        <source>&quot;positions&quot; must map item ids to [x, y] offsets.</source>
        <translation>&quot;positions&quot; must map item ids to [x, y] offsets.</translation>
    </message>
    <message>
        <source>A position is [x, y], two numbers.</source>
        <translation>A position is [x, y], two numbers.</translation>
    </message>
    <message>
        <source>&quot;hop-notes&quot; must be a list of {hop, note}.</source>
        <translation>&quot;hop-notes&quot; must be a list of {hop, note}.</translation>
    </message>
    <message>
        <source>A hop note is {hop: N, note: text}, N from 0.</source>
        <translation>A hop note is {hop: N, note: text}, N from 0.</translation>
    </message>
    <message>
        <source>Cannot read the manifest to embed it: %1</source>
        <translation>Cannot read the manifest to embed it: %1</translation>
    </message>
    <message>
        <source>The manifests are too large to embed in a lesson (3 MiB at most).</source>
        <translation>The manifests are too large to embed in a lesson (3 MiB at most).</translation>
    </message>
    <message>
        <source>The lesson names %1, outside its folder: not read without your consent.</source>
        <translation>The lesson names %1, outside its folder: not read without your consent.</translation>
    </message>
    <message>
        <source>Open it again and allow it (on the command line: --allow-outside-lesson), or copy the manifest next to the lesson.</source>
        <translation>Open it again and allow it (on the command line: --allow-outside-lesson), or copy the manifest next to the lesson.</translation>
    </message>
    <message>
        <source>Not a what-if edit: &quot;%1&quot; (%2); ignored.</source>
        <translation>Not a what-if edit: &quot;%1&quot; (%2); ignored.</translation>
    </message>
    <message>
        <source>The lesson is not a text file.</source>
        <translation>The lesson is not a text file.</translation>
    </message>
    <message>
        <source>it is not a text file</source>
        <translation>it is not a text file</translation>
    </message>
    <message>
        <source>%1 is outside the lesson&apos;s folder: it is not embedded without your consent.</source>
        <translation>%1 is outside the lesson&apos;s folder: it is not embedded without your consent.</translation>
    </message>
    <message>
        <source>&quot;clients&quot; must be a list of names with addresses.</source>
        <translation>&quot;clients&quot; must be a list of names with addresses.</translation>
    </message>
    <message>
        <source>A client is a mapping with a name and an IPv4 address.</source>
        <translation>A client is a mapping with a name and an IPv4 address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text or one text per language ({en: …, ko: …}), not a %2.</source>
        <translation>&quot;%1&quot; must be a text or one text per language ({en: …, ko: …}), not a %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language of &quot;%2&quot;: write en or ko.</source>
        <translation>&quot;%1&quot; is not a language of &quot;%2&quot;: write en or ko.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; must be a text, not a %3.</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; must be a text, not a %3.</translation>
    </message>
</context>
<context>
    <name>hopscope::Lint</name>
    <message>
        <source>a Service &quot;%1&quot; (type %2; ports: %3; selector: %4)</source>
        <translation>a Service &quot;%1&quot; (type %2; ports: %3; selector: %4)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>a %1 &quot;%2&quot;</source>
        <translation>a %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>As written, YAML stops reading this document at line %1. </source>
        <translation>As written, YAML stops reading this document at line %1. </translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> and %1 more</translation>
    </message>
    <message>
        <source>Pods in namespace &quot;%1&quot; match (%2), but a Service selects only pods of its own namespace &quot;%3&quot;.</source>
        <translation>Pods in namespace &quot;%1&quot; match (%2), but a Service selects only pods of its own namespace &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>No pod in namespace &quot;%1&quot; has any of these labels: compare the selector with the labels under the pod template (spec.template.metadata.labels).</source>
        <translation>No pod in namespace &quot;%1&quot; has any of these labels: compare the selector with the labels under the pod template (spec.template.metadata.labels).</translation>
    </message>
    <message>
        <source>%1 (the pods have no %2 label)</source>
        <translation>%1 (the pods have no %2 label)</translation>
    </message>
    <message>
        <source>%1 (the pods have %2)</source>
        <translation>%1 (the pods have %2)</translation>
    </message>
    <message>
        <source>The closest pods, %1, lack %2. A pod is selected only when it has every label of the selector.</source>
        <translation>The closest pods, %1, lack %2. A pod is selected only when it has every label of the selector.</translation>
    </message>
    <message>
        <source>this Service has no selector, so Kubernetes creates no endpoints for it: it forwards nowhere unless an EndpointSlice or Endpoints object is written for it</source>
        <translation>this Service has no selector, so Kubernetes creates no endpoints for it: it forwards nowhere unless an EndpointSlice or Endpoints object is written for it</translation>
    </message>
    <message>
        <source>Add a selector (selector:, then app: &lt;label of the pods&gt;) to send the traffic to pods.</source>
        <translation>Add a selector (selector:, then app: &lt;label of the pods&gt;) to send the traffic to pods.</translation>
    </message>
    <message>
        <source>the selector %1 matches no pod in namespace &quot;%2&quot;, so the Service has no endpoints: kube-proxy REJECTs its traffic and clients get &quot;connection refused&quot;</source>
        <translation>the selector %1 matches no pod in namespace &quot;%2&quot;, so the Service has no endpoints: kube-proxy REJECTs its traffic and clients get &quot;connection refused&quot;</translation>
    </message>
    <message>
        <source>the selected pods (%1) declare no containerPort, so Hopscope cannot tell whether anything listens on port %2</source>
        <translation>the selected pods (%1) declare no containerPort, so Hopscope cannot tell whether anything listens on port %2</translation>
    </message>
    <message>
        <source>containerPort is informational, but declaring it (ports: - containerPort: %1) documents what the container listens on.</source>
        <translation>containerPort is informational, but declaring it (ports: - containerPort: %1) documents what the container listens on.</translation>
    </message>
    <message>
        <source>no container of the selected pods (%1) declares port %2/%3 (they declare %4): traffic goes to a port nothing may listen on, and the pod answers &quot;connection refused&quot;</source>
        <translation>no container of the selected pods (%1) declares port %2/%3 (they declare %4): traffic goes to a port nothing may listen on, and the pod answers &quot;connection refused&quot;</translation>
    </message>
    <message>
        <source>targetPort is the port the container listens on: its containerPort (here perhaps targetPort: %1).</source>
        <translation>targetPort is the port the container listens on: its containerPort (here perhaps targetPort: %1).</translation>
    </message>
    <message>
        <source>A named targetPort must match the name and the protocol of a containerPort: the pods name a %1 port &quot;%2&quot;.</source>
        <translation>A named targetPort must match the name and the protocol of a containerPort: the pods name a %1 port &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A named targetPort refers to the name of a containerPort (ports: - name: %1, containerPort: …); name the port in the pod template, or use its number.</source>
        <translation>A named targetPort refers to the name of a containerPort (ports: - name: %1, containerPort: …); name the port in the pod template, or use its number.</translation>
    </message>
    <message>
        <source>no selected pod (%1) has a %2 container port named &quot;%3&quot;: the endpoint controller leaves every pod out, so port %4 of the Service has no endpoints and its traffic is REJECTed (&quot;connection refused&quot;)</source>
        <translation>no selected pod (%1) has a %2 container port named &quot;%3&quot;: the endpoint controller leaves every pod out, so port %4 of the Service has no endpoints and its traffic is REJECTed (&quot;connection refused&quot;)</translation>
    </message>
    <message>
        <source>%1 of the %2 selected pods (%3) have no %4 container port named &quot;%5&quot;: the endpoint controller leaves them out of port %6&apos;s endpoints</source>
        <translation>%1 of the %2 selected pods (%3) have no %4 container port named &quot;%5&quot;: the endpoint controller leaves them out of port %6&apos;s endpoints</translation>
    </message>
    <message>
        <source>this line is indented with a tab; YAML indentation must be spaces</source>
        <translation>this line is indented with a tab; YAML indentation must be spaces</translation>
    </message>
    <message>
        <source>lines %1-%2 are indented with tabs (%3 lines); YAML indentation must be spaces</source>
        <translation>lines %1-%2 are indented with tabs (%3 lines); YAML indentation must be spaces</translation>
    </message>
    <message>
        <source>Replace the tabs at the start of the lines with spaces (2 per level is usual); most editors can show tabs and convert them. kubectl stops at the first one: &quot;found character that cannot start any token&quot;.</source>
        <translation>Replace the tabs at the start of the lines with spaces (2 per level is usual); most editors can show tabs and convert them. kubectl stops at the first one: &quot;found character that cannot start any token&quot;.</translation>
    </message>
    <message>
        <source>a tab before a comment or on an empty line: legal YAML, but Hopscope&apos;s YAML reader stops here</source>
        <translation>a tab before a comment or on an empty line: legal YAML, but Hopscope&apos;s YAML reader stops here</translation>
    </message>
    <message>
        <source>lines %1-%2 hold tabs before comments or on empty lines (%3 lines): legal YAML, but Hopscope&apos;s YAML reader stops here</source>
        <translation>lines %1-%2 hold tabs before comments or on empty lines (%3 lines): legal YAML, but Hopscope&apos;s YAML reader stops here</translation>
    </message>
    <message>
        <source>Remove the tabs, or replace them with spaces.</source>
        <translation>Remove the tabs, or replace them with spaces.</translation>
    </message>
    <message>
        <source>&apos;-%1:&apos; has no space after the &apos;-&apos;, so YAML reads &quot;-%1&quot; as a key, not as a new list item with the key %1</source>
        <translation>&apos;-%1:&apos; has no space after the &apos;-&apos;, so YAML reads &quot;-%1&quot; as a key, not as a new list item with the key %1</translation>
    </message>
    <message>
        <source>Write &apos;- %1:&apos; (a dash, a space, then the key).</source>
        <translation>Write &apos;- %1:&apos; (a dash, a space, then the key).</translation>
    </message>
    <message>
        <source>&apos;%1:%2&apos; has no space after the colon, so YAML reads it as the text &quot;%1:%2&quot;, not as the key %1 with the value %2</source>
        <translation>&apos;%1:%2&apos; has no space after the colon, so YAML reads it as the text &quot;%1:%2&quot;, not as the key %1 with the value %2</translation>
    </message>
    <message>
        <source>Put a space after the colon: %1: %2</source>
        <translation>Put a space after the colon: %1: %2</translation>
    </message>
    <message>
        <source>Merge the two: a mapping holds one value per key, so one of them would be lost.</source>
        <translation>Merge the two: a mapping holds one value per key, so one of them would be lost.</translation>
    </message>
    <message>
        <source>each tab taken as %1 spaces</source>
        <translation>each tab taken as %1 spaces</translation>
    </message>
    <message>
        <source>a space after %1</source>
        <translation>a space after %1</translation>
    </message>
    <message>
        <source>a space after the &apos;-&apos; of %1</source>
        <translation>a space after the &apos;-&apos; of %1</translation>
    </message>
    <message>
        <source>Write one item instead: &apos;- %1&apos;, then %2 on the lines below it, lined up with its first key.</source>
        <translation>Write one item instead: &apos;- %1&apos;, then %2 on the lines below it, lined up with its first key.</translation>
    </message>
    <message>
        <source>Each item under ports: is one port mapping; write targetPort, port and nodePort in the same item (no &apos;-&apos; before port:).</source>
        <translation>Each item under ports: is one port mapping; write targetPort, port and nodePort in the same item (no &apos;-&apos; before port:).</translation>
    </message>
    <message>
        <source>the %1 items under ports: each hold part of one port mapping (%2): every &apos;- &apos; starts a new mapping, so Kubernetes reads %1 mappings and refuses the ones without port:</source>
        <translation>the %1 items under ports: each hold part of one port mapping (%2): every &apos;- &apos; starts a new mapping, so Kubernetes reads %1 mappings and refuses the ones without port:</translation>
    </message>
    <message>
        <source>Hopscope simulates an IPv4-only cluster and does not model IPv6 or dual-stack Services (a real IPv4-only cluster refuses %1)</source>
        <translation>Hopscope simulates an IPv4-only cluster and does not model IPv6 or dual-stack Services (a real IPv4-only cluster refuses %1)</translation>
    </message>
    <message>
        <source>Leave ipFamilies, ipFamilyPolicy and clusterIP out to get the cluster&apos;s default: one IPv4 address.</source>
        <translation>Leave ipFamilies, ipFamilyPolicy and clusterIP out to get the cluster&apos;s default: one IPv4 address.</translation>
    </message>
    <message>
        <source>PreferDualStack on an IPv4-only cluster gives the Service one IPv4 address, which is what Hopscope shows; IPv6 is not modelled</source>
        <translation>PreferDualStack on an IPv4-only cluster gives the Service one IPv4 address, which is what Hopscope shows; IPv6 is not modelled</translation>
    </message>
    <message>
        <source>sessionAffinityConfig has no effect: sessionAffinity is None, so the API server drops it and each connection may go to a different pod</source>
        <translation>sessionAffinityConfig has no effect: sessionAffinity is None, so the API server drops it and each connection may go to a different pod</translation>
    </message>
    <message>
        <source>Set sessionAffinity: ClientIP to keep each client on the same pod.</source>
        <translation>Set sessionAffinity: ClientIP to keep each client on the same pod.</translation>
    </message>
    <message>
        <source>Label keys and values use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, start and end with a letter or digit, have no spaces and at most 63 characters. Write each label on its own line as key: value.</source>
        <translation>Label keys and values use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, start and end with a letter or digit, have no spaces and at most 63 characters. Write each label on its own line as key: value.</translation>
    </message>
    <message>
        <source>(Found with %1.)</source>
        <comment>%1: the repairs</comment>
        <translation>(Found with %1.)</translation>
    </message>
    <message>
        <source>(Found with %1.) %2</source>
        <comment>%1: the repairs</comment>
        <translation>(Found with %1.) %2</translation>
    </message>
    <message>
        <source>Even read with %1, the YAML does not parse.</source>
        <comment>%1: the repairs</comment>
        <translation>Even read with %1, the YAML does not parse.</translation>
    </message>
    <message>
        <source>Read with %1, it holds no object Hopscope models.</source>
        <comment>%1: the repairs</comment>
        <translation>Read with %1, it holds no object Hopscope models.</translation>
    </message>
    <message>
        <source>Read with %1, it is %2.</source>
        <comment>%1: the repairs, %2: the objects</comment>
        <translation>Read with %1, it is %2.</translation>
    </message>
    <message>
        <source> and </source>
        <comment>between the last two quoted keys</comment>
        <translation> and </translation>
    </message>
    <message>
        <source> and </source>
        <comment>between two repairs</comment>
        <translation> and </translation>
    </message>
    <message>
        <source>Each item under ports: is one port mapping; write port and targetPort in the same item (no &apos;-&apos; before port:).</source>
        <translation>Each item under ports: is one port mapping; write port and targetPort in the same item (no &apos;-&apos; before port:).</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears a second time in this mapping (first at line %2); kubectl keeps only the last value and says nothing, so the first is lost</source>
        <translation>the key &quot;%1&quot; appears a second time in this mapping (first at line %2); kubectl keeps only the last value and says nothing, so the first is lost</translation>
    </message>
</context>
<context>
    <name>hopscope::Manifest</name>
    <message>
        <source>YAML reads %1 as a %2, but Kubernetes wants text here: put it in quotes (&quot;%1&quot;).</source>
        <translation>YAML reads %1 as a %2, but Kubernetes wants text here: put it in quotes (&quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Kubernetes wants a number here: write it without quotes.</source>
        <translation>Kubernetes wants a number here: write it without quotes.</translation>
    </message>
    <message>
        <source>Kubernetes does not know this field; check its spelling and its indentation (it may belong one level up or down).</source>
        <translation>Kubernetes does not know this field; check its spelling and its indentation (it may belong one level up or down).</translation>
    </message>
    <message>
        <source>Field names are case-sensitive: did you mean &quot;%1&quot;?</source>
        <translation>Field names are case-sensitive: did you mean &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>this document is a %1, not a Kubernetes object</source>
        <translation>this document is a %1, not a Kubernetes object</translation>
    </message>
    <message>
        <source>A manifest is a mapping that starts with &apos;apiVersion:&apos; and &apos;kind:&apos;.</source>
        <translation>A manifest is a mapping that starts with &apos;apiVersion:&apos; and &apos;kind:&apos;.</translation>
    </message>
    <message>
        <source>Every manifest needs &apos;kind:&apos; (Pod, Deployment, Service …), with a space after the colon.</source>
        <translation>Every manifest needs &apos;kind:&apos; (Pod, Deployment, Service …), with a space after the colon.</translation>
    </message>
    <message>
        <source>Every manifest needs &apos;apiVersion:&apos; (v1 for a Service or Pod, apps/v1 for a Deployment).</source>
        <translation>Every manifest needs &apos;apiVersion:&apos; (v1 for a Service or Pod, apps/v1 for a Deployment).</translation>
    </message>
    <message>
        <source>the items of a List must be a list of objects</source>
        <translation>the items of a List must be a list of objects</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not part of the service network; Hopscope skips it</source>
        <translation>%1 &quot;%2&quot; is not part of the service network; Hopscope skips it</translation>
    </message>
    <message>
        <source>Today&apos;s clusters serve %1 as apiVersion: %2 (older tutorials use versions that were removed).</source>
        <translation>Today&apos;s clusters serve %1 as apiVersion: %2 (older tutorials use versions that were removed).</translation>
    </message>
    <message>
        <source>Give the %1 a name under metadata: (metadata:
  name: my-%2).</source>
        <translation>Give the %1 a name under metadata: (metadata:
  name: my-%2).</translation>
    </message>
    <message>
        <source>A mapping holds one value per key: keep one of the two.</source>
        <translation>A mapping holds one value per key: keep one of the two.</translation>
    </message>
    <message>
        <source>the key %1 is written a second time in this mapping (first at line %2); kubectl keeps only this last value, without a word</source>
        <translation>the key %1 is written a second time in this mapping (first at line %2); kubectl keeps only this last value, without a word</translation>
    </message>
</context>
<context>
    <name>hopscope::Quiz</name>
    <message>
        <source>the client (%1)</source>
        <translation>the client (%1)</translation>
    </message>
    <message>
        <source>load balancer %1</source>
        <translation>load balancer %1</translation>
    </message>
    <message>
        <source>load balancer %1 (%2)</source>
        <translation>load balancer %1 (%2)</translation>
    </message>
    <message>
        <source>node %1 (%2)</source>
        <translation>node %1 (%2)</translation>
    </message>
    <message>
        <source>pod %1</source>
        <translation>pod %1</translation>
    </message>
    <message>
        <source>pod %1 (%2)</source>
        <translation>pod %1 (%2)</translation>
    </message>
    <message>
        <source>%1 on %2: the destination is %3. What does it become?</source>
        <translation>%1 on %2: the destination is %3. What does it become?</translation>
    </message>
    <message>
        <source>%1 on %2: the source is %3. What does it become?</source>
        <translation>%1 on %2: the source is %3. What does it become?</translation>
    </message>
    <message>
        <source>The reply leaves %1. Where does it go next?</source>
        <translation>The reply leaves %1. Where does it go next?</translation>
    </message>
    <message>
        <source>The packet leaves %1. Where does it go next?</source>
        <translation>The packet leaves %1. Where does it go next?</translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation>%1 of %2 right</translation>
    </message>
    <message>
        <source>Quiz: %1 of %2 right (%3 %).</source>
        <translation>Quiz: %1 of %2 right (%3 %).</translation>
    </message>
    <message>
        <source>hop %1 (%2)</source>
        <translation>hop %1 (%2)</translation>
    </message>
    <message>
        <source>Missed: %1.</source>
        <translation>Missed: %1.</translation>
    </message>
</context>
<context>
    <name>hopscope::Reader</name>
    <message>
        <source>the file is %1 MiB; Hopscope reads files of up to %2 MiB</source>
        <translation>the file is %1 MiB; Hopscope reads files of up to %2 MiB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>this is not a text file (it holds a NUL byte); Hopscope reads YAML or JSON manifests</source>
        <translation>this is not a text file (it holds a NUL byte); Hopscope reads YAML or JSON manifests</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte 0x%1)</source>
        <translation>the file is not valid UTF-8 text (byte 0x%1)</translation>
    </message>
    <message>
        <source>Save the file as UTF-8, as Kubernetes expects.</source>
        <translation>Save the file as UTF-8, as Kubernetes expects.</translation>
    </message>
    <message>
        <source>this document is %1 MiB; Hopscope reads documents of up to %2 MiB</source>
        <translation>this document is %1 MiB; Hopscope reads documents of up to %2 MiB</translation>
    </message>
    <message>
        <source>Split it into several documents separated by &apos;---&apos; lines.</source>
        <translation>Split it into several documents separated by &apos;---&apos; lines.</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>loading was cancelled</translation>
    </message>
    <message>
        <source>no *.yaml, *.yml or *.json files in this folder</source>
        <translation>no *.yaml, *.yml or *.json files in this folder</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>a file</translation>
    </message>
    <message>
        <source>a loop of symbolic links</source>
        <translation>a loop of symbolic links</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a character device (such as /dev/zero or a terminal)</source>
        <translation>a character device (such as /dev/zero or a terminal)</translation>
    </message>
    <message>
        <source>a block device (a disk)</source>
        <translation>a block device (a disk)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a path through a folder Hopscope may not enter</source>
        <translation>a path through a folder Hopscope may not enter</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>the path is a loop of symbolic links (a link that leads back to itself); Hopscope cannot follow it</source>
        <translation>the path is a loop of symbolic links (a link that leads back to itself); Hopscope cannot follow it</translation>
    </message>
    <message>
        <source>this is %1, not a regular file; Hopscope reads only regular files</source>
        <translation>this is %1, not a regular file; Hopscope reads only regular files</translation>
    </message>
    <message>
        <source>standard input is larger than %1 MiB, the limit; Hopscope stopped reading it</source>
        <translation>standard input is larger than %1 MiB, the limit; Hopscope stopped reading it</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the limit; Hopscope stopped reading it</source>
        <translation>the file is larger than %1 MiB, the limit; Hopscope stopped reading it</translation>
    </message>
    <message>
        <source>To read larger files, raise the limit: %1 MIB (on the command line).</source>
        <translation>To read larger files, raise the limit: %1 MIB (on the command line).</translation>
    </message>
    <message>
        <source>To read from a pipe, give &apos;-&apos; and send the data to standard input.</source>
        <translation>To read from a pipe, give &apos;-&apos; and send the data to standard input.</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n characters)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>the manifests hold more than %1 objects (documents and List items); Hopscope reads up to %1</source>
        <translation>the manifests hold more than %1 objects (documents and List items); Hopscope reads up to %1</translation>
    </message>
    <message>
        <source>Kubernetes itself is tested up to 150,000 pods, 10,000 Services and 5,000 nodes.</source>
        <translation>Kubernetes itself is tested up to 150,000 pods, 10,000 Services and 5,000 nodes.</translation>
    </message>
    <message>
        <source>Kubernetes itself is tested up to 150,000 pods, 10,000 Services and 5,000 nodes. To read more, raise the limit: %1 N.</source>
        <translation>Kubernetes itself is tested up to 150,000 pods, 10,000 Services and 5,000 nodes. To read more, raise the limit: %1 N.</translation>
    </message>
    <message>
        <source>the lines of this file end in a carriage return alone (CR, as classic Mac OS wrote them); YAML needs LF or CR LF line ends here</source>
        <translation>the lines of this file end in a carriage return alone (CR, as classic Mac OS wrote them); YAML needs LF or CR LF line ends here</translation>
    </message>
    <message>
        <source>Save the file with Unix (LF) line ends.</source>
        <translation>Save the file with Unix (LF) line ends.</translation>
    </message>
    <message>
        <source>the folder holds more than %1 manifest files; Hopscope read the first %1 in name order and skipped %2 (%3 to %4)</source>
        <translation>the folder holds more than %1 manifest files; Hopscope read the first %1 in name order and skipped %2 (%3 to %4)</translation>
    </message>
    <message>
        <source>the folder holds more than %1 entries; Hopscope stopped listing it there, so the files read are the first in name order among those listed</source>
        <translation>the folder holds more than %1 entries; Hopscope stopped listing it there, so the files read are the first in name order among those listed</translation>
    </message>
</context>
<context>
    <name>hopscope::RequestTargets</name>
    <message>
        <source>%1 · DNS name, port %2%3</source>
        <translation>%1 · DNS name, port %2%3</translation>
    </message>
    <message>
        <source>%1 · short name, port %2%3</source>
        <translation>%1 · short name, port %2%3</translation>
    </message>
    <message>
        <source>%1 · ClusterIP %2%3</source>
        <translation>%1 · ClusterIP %2%3</translation>
    </message>
    <message>
        <source>%1 · %2 node port %3%4</source>
        <translation>%1 · %2 node port %3%4</translation>
    </message>
    <message>
        <source>%1 · load balancer %2%3</source>
        <translation>%1 · load balancer %2%3</translation>
    </message>
    <message>
        <source>%1 · external IP %2%3</source>
        <translation>%1 · external IP %2%3</translation>
    </message>
    <message>
        <source>pod %1 · %2/%3</source>
        <translation>pod %1 · %2/%3</translation>
    </message>
    <message>
        <source>pod %1 · %2</source>
        <translation>pod %1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 node port %3</source>
        <translation>%1 · %2 node port %3</translation>
    </message>
</context>
<context>
    <name>hopscope::ServiceValidation</name>
    <message>
        <source>Each item under ports: is one port mapping; write targetPort, port and nodePort in the same item (no &apos;-&apos; before port:).</source>
        <translation>Each item under ports: is one port mapping; write targetPort, port and nodePort in the same item (no &apos;-&apos; before port:).</translation>
    </message>
    <message>
        <source>A Service needs at least one entry under ports: (- port: 80), unless it is headless (clusterIP: None).</source>
        <translation>A Service needs at least one entry under ports: (- port: 80), unless it is headless (clusterIP: None).</translation>
    </message>
    <message>
        <source>With more than one port, each port needs a name (name: http), so that the ports can be told apart.</source>
        <translation>With more than one port, each port needs a name (name: http), so that the ports can be told apart.</translation>
    </message>
    <message>
        <source>Each port of a Service needs its own name.</source>
        <translation>Each port of a Service needs its own name.</translation>
    </message>
    <message>
        <source>A port name is lower-case letters, digits and &apos;-&apos; (http, metrics-2).</source>
        <translation>A port name is lower-case letters, digits and &apos;-&apos; (http, metrics-2).</translation>
    </message>
    <message>
        <source>Every item under ports: needs port: (the port the Service listens on).</source>
        <translation>Every item under ports: needs port: (the port the Service listens on).</translation>
    </message>
    <message>
        <source>A port number is between 1 and 65535.</source>
        <translation>A port number is between 1 and 65535.</translation>
    </message>
    <message>
        <source>A named targetPort must be the name of a containerPort: lower-case letters, digits and &apos;-&apos;, at most 15 characters, at least one letter. To use a number, write it without quotes.</source>
        <translation>A named targetPort must be the name of a containerPort: lower-case letters, digits and &apos;-&apos;, at most 15 characters, at least one letter. To use a number, write it without quotes.</translation>
    </message>
    <message>
        <source>targetPort is the container&apos;s port: a number between 1 and 65535, or the name of a containerPort.</source>
        <translation>targetPort is the container&apos;s port: a number between 1 and 65535, or the name of a containerPort.</translation>
    </message>
    <message>
        <source>Protocols are written in capitals: %1.</source>
        <translation>Protocols are written in capitals: %1.</translation>
    </message>
    <message>
        <source>The protocol is TCP (the default), UDP or SCTP. HTTP is not a Service protocol: HTTP runs over TCP.</source>
        <translation>The protocol is TCP (the default), UDP or SCTP. HTTP is not a Service protocol: HTTP runs over TCP.</translation>
    </message>
    <message>
        <source>appProtocol is a name such as http, or a prefixed one such as kubernetes.io/h2c.</source>
        <translation>appProtocol is a name such as http, or a prefixed one such as kubernetes.io/h2c.</translation>
    </message>
    <message>
        <source>Two items under ports: use the same port and protocol; a port number can appear once per protocol.</source>
        <translation>Two items under ports: use the same port and protocol; a port number can appear once per protocol.</translation>
    </message>
    <message>
        <source>A ClusterIP Service is reachable only inside the cluster, so it has no nodePort. To open the port on every node, set type: NodePort.</source>
        <translation>A ClusterIP Service is reachable only inside the cluster, so it has no nodePort. To open the port on every node, set type: NodePort.</translation>
    </message>
    <message>
        <source>Each port of a Service needs its own nodePort.</source>
        <translation>Each port of a Service needs its own nodePort.</translation>
    </message>
    <message>
        <source>Values are case-sensitive: did you mean %1?</source>
        <translation>Values are case-sensitive: did you mean %1?</translation>
    </message>
    <message>
        <source>type is ClusterIP (the default), NodePort, LoadBalancer or ExternalName.</source>
        <translation>type is ClusterIP (the default), NodePort, LoadBalancer or ExternalName.</translation>
    </message>
    <message>
        <source>Label keys and values use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, start and end with a letter or digit, have no spaces and at most 63 characters. Write each label on its own line as key: value.</source>
        <translation>Label keys and values use letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;, start and end with a letter or digit, have no spaces and at most 63 characters. Write each label on its own line as key: value.</translation>
    </message>
    <message>
        <source>A Service&apos;s name becomes a DNS name (name.namespace.svc.%1): use lower-case letters, digits and &apos;-&apos;, starting with a letter (web-svc, not Web_Svc or 1web).</source>
        <translation>A Service&apos;s name becomes a DNS name (name.namespace.svc.%1): use lower-case letters, digits and &apos;-&apos;, starting with a letter (web-svc, not Web_Svc or 1web).</translation>
    </message>
    <message>
        <source>A namespace name is lower-case letters, digits and &apos;-&apos;.</source>
        <translation>A namespace name is lower-case letters, digits and &apos;-&apos;.</translation>
    </message>
    <message>
        <source>Annotation keys follow the label-key rules: an optional prefix such as example.com/ and a name.</source>
        <translation>Annotation keys follow the label-key rules: an optional prefix such as example.com/ and a name.</translation>
    </message>
    <message>
        <source>A headless Service (clusterIP: None) has no virtual IP, so there is nothing for a node port or a load balancer to forward to. Remove clusterIP: None, or use type: ClusterIP.</source>
        <translation>A headless Service (clusterIP: None) has no virtual IP, so there is nothing for a node port or a load balancer to forward to. Remove clusterIP: None, or use type: ClusterIP.</translation>
    </message>
    <message>
        <source>clusterIP is an address inside the service range (%1), or None for a headless Service; leave it out to let Kubernetes choose one.</source>
        <translation>clusterIP is an address inside the service range (%1), or None for a headless Service; leave it out to let Kubernetes choose one.</translation>
    </message>
    <message>
        <source>ipFamilies lists IPv4 and/or IPv6; ipFamilyPolicy is SingleStack, PreferDualStack or RequireDualStack.</source>
        <translation>ipFamilies lists IPv4 and/or IPv6; ipFamilyPolicy is SingleStack, PreferDualStack or RequireDualStack.</translation>
    </message>
    <message>
        <source>An external IP is an address that routes to a node, such as 192.168.1.100: not 0.0.0.0, 127.x.x.x or 169.254.x.x.</source>
        <translation>An external IP is an address that routes to a node, such as 192.168.1.100: not 0.0.0.0, 127.x.x.x or 169.254.x.x.</translation>
    </message>
    <message>
        <source>An ExternalName Service is a DNS alias: write the target host name under externalName: (db.example.com).</source>
        <translation>An ExternalName Service is a DNS alias: write the target host name under externalName: (db.example.com).</translation>
    </message>
    <message>
        <source>externalName is a DNS name (db.example.com), not a URL or an IP address.</source>
        <translation>externalName is a DNS name (db.example.com), not a URL or an IP address.</translation>
    </message>
    <message>
        <source>sessionAffinity is None (the default) or ClientIP.</source>
        <translation>sessionAffinity is None (the default) or ClientIP.</translation>
    </message>
    <message>
        <source>The ClientIP timeout is in seconds, from 1 to 86400 (one day); the default is 10800 (three hours).</source>
        <translation>The ClientIP timeout is in seconds, from 1 to 86400 (one day); the default is 10800 (three hours).</translation>
    </message>
    <message>
        <source>Source ranges tell a cloud load balancer which clients to accept: they only apply to type: LoadBalancer.</source>
        <translation>Source ranges tell a cloud load balancer which clients to accept: they only apply to type: LoadBalancer.</translation>
    </message>
    <message>
        <source>Write each source range as a CIDR such as 203.0.113.0/24.</source>
        <translation>Write each source range as a CIDR such as 203.0.113.0/24.</translation>
    </message>
    <message>
        <source>allocateLoadBalancerNodePorts only applies to type: LoadBalancer.</source>
        <translation>allocateLoadBalancerNodePorts only applies to type: LoadBalancer.</translation>
    </message>
    <message>
        <source>externalTrafficPolicy is about traffic from outside the cluster: it applies to NodePort and LoadBalancer Services (or ones with externalIPs). Remove it, or change the type.</source>
        <translation>externalTrafficPolicy is about traffic from outside the cluster: it applies to NodePort and LoadBalancer Services (or ones with externalIPs). Remove it, or change the type.</translation>
    </message>
    <message>
        <source>externalTrafficPolicy is Cluster (the default: any node forwards to any pod, and the client address is rewritten) or Local (only pods on the receiving node; the client address is kept).</source>
        <translation>externalTrafficPolicy is Cluster (the default: any node forwards to any pod, and the client address is rewritten) or Local (only pods on the receiving node; the client address is kept).</translation>
    </message>
    <message>
        <source>healthCheckNodePort is used only by type: LoadBalancer with externalTrafficPolicy: Local, and Kubernetes picks it for you.</source>
        <translation>healthCheckNodePort is used only by type: LoadBalancer with externalTrafficPolicy: Local, and Kubernetes picks it for you.</translation>
    </message>
    <message>
        <source>internalTrafficPolicy is Cluster (the default) or Local.</source>
        <translation>internalTrafficPolicy is Cluster (the default) or Local.</translation>
    </message>
    <message>
        <source>Each item under ports: is one port mapping; write port and targetPort in the same item (no &apos;-&apos; before port:).</source>
        <translation>Each item under ports: is one port mapping; write port and targetPort in the same item (no &apos;-&apos; before port:).</translation>
    </message>
</context>
<context>
    <name>hopscope::Settings</name>
    <message>
        <source>--cluster-cidr: &quot;%1&quot; is not an IPv4 CIDR such as 10.244.0.0/16</source>
        <translation>--cluster-cidr: &quot;%1&quot; is not an IPv4 CIDR such as 10.244.0.0/16</translation>
    </message>
    <message>
        <source>--service-cluster-ip-range: &quot;%1&quot; is not an IPv4 CIDR such as 10.96.0.0/12</source>
        <translation>--service-cluster-ip-range: &quot;%1&quot; is not an IPv4 CIDR such as 10.96.0.0/12</translation>
    </message>
    <message>
        <source>--nodes: %1 is not between 1 and 5000</source>
        <translation>--nodes: %1 is not between 1 and 5000</translation>
    </message>
    <message>
        <source>--service-node-port-range: %1 is not a range such as 30000-32767</source>
        <translation>--service-node-port-range: %1 is not a range such as 30000-32767</translation>
    </message>
    <message>
        <source>load-balancer pool &quot;%1&quot; is not an IPv4 CIDR</source>
        <translation>load-balancer pool &quot;%1&quot; is not an IPv4 CIDR</translation>
    </message>
    <message>
        <source>--cluster-cidr %1 is too small for /%2 node pod networks</source>
        <translation>--cluster-cidr %1 is too small for /%2 node pod networks</translation>
    </message>
</context>
<context>
    <name>hopscope::TraceDiff</name>
    <message>
        <source>%1 (pod %2)</source>
        <translation>%1 (pod %2)</translation>
    </message>
    <message>
        <source>Before, the request reached %1; now it is not delivered.</source>
        <translation>Before, the request reached %1; now it is not delivered.</translation>
    </message>
    <message>
        <source>Now the request reaches %1; before, it was not delivered.</source>
        <translation>Now the request reaches %1; before, it was not delivered.</translation>
    </message>
    <message>
        <source>The request now reaches %1 instead of %2.</source>
        <translation>The request now reaches %1 instead of %2.</translation>
    </message>
    <message>
        <source>The request takes the same path.</source>
        <translation>The request takes the same path.</translation>
    </message>
    <message>
        <source>The path changes at hop %1: %2 at %3.</source>
        <translation>The path changes at hop %1: %2 at %3.</translation>
    </message>
    <message>
        <source>The path ends earlier, after hop %1.</source>
        <translation>The path ends earlier, after hop %1.</translation>
    </message>
</context>
<context>
    <name>hopscope::TraceFormat</name>
    <message>
        <source>Trace  %1 → %2  (%3, seed %4)
</source>
        <translation>Trace  %1 → %2  (%3, seed %4)
</translation>
    </message>
    <message>
        <source>       endpoint chosen by hand: %1
</source>
        <translation>       endpoint chosen by hand: %1
</translation>
    </message>
    <message>
        <source>problem: %1
</source>
        <translation>problem: %1
</translation>
    </message>
    <message>
        <source>where</source>
        <translation>where</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>packet</translation>
    </message>
    <message>
        <source>── reply ──</source>
        <translation>── reply ──</translation>
    </message>
    <message>
        <source>dns</source>
        <translation>dns</translation>
    </message>
    <message>
        <source>route</source>
        <translation>route</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>rules</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>conntrack</source>
        <translation>conntrack</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>Result: not traced (bad request).</source>
        <translation>Result: not traced (bad request).</translation>
    </message>
    <message>
        <source>Result: delivered. %1</source>
        <translation>Result: delivered. %1</translation>
    </message>
    <message>
        <source>Result: not delivered. %1</source>
        <translation>Result: not delivered. %1</translation>
    </message>
    <message>
        <source>hop</source>
        <translation>hop</translation>
    </message>
    <message>
        <source>before</source>
        <translation>before</translation>
    </message>
    <message>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <source>explanation</source>
        <translation>explanation</translation>
    </message>
    <message>
        <source>%1 (reply)</source>
        <translation>%1 (reply)</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
</context>
<context>
    <name>hopscope::Tracer</name>
    <message>
        <source>The walk goes round in circles: Hopscope stops it here.</source>
        <translation>The walk goes round in circles: Hopscope stops it here.</translation>
    </message>
    <message>
        <source>Stopped: the packet loops.</source>
        <translation>Stopped: the packet loops.</translation>
    </message>
    <message>
        <source>The client</source>
        <translation>The client</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>No route: pod %1 has no network.</source>
        <translation>No route: pod %1 has no network.</translation>
    </message>
    <message>
        <source>The packet goes to the router %1 (the default route).</source>
        <translation>The packet goes to the router %1 (the default route).</translation>
    </message>
    <message>
        <source>The packet is put on the LAN, where nothing answers for %1.</source>
        <translation>The packet is put on the LAN, where nothing answers for %1.</translation>
    </message>
    <message>
        <source>The router knows the node network, but not the pod network %1: pod addresses exist only inside the cluster, on each node&apos;s cni0 and flannel.1. The packet is dropped (no route to host). From outside, reach pods through a Service: a node port on a node IP, or a LoadBalancer.</source>
        <translation>The router knows the node network, but not the pod network %1: pod addresses exist only inside the cluster, on each node&apos;s cni0 and flannel.1. The packet is dropped (no route to host). From outside, reach pods through a Service: a node port on a node IP, or a LoadBalancer.</translation>
    </message>
    <message>
        <source>No route: %1 is a pod address, unreachable from outside the cluster.</source>
        <translation>No route: %1 is a pod address, unreachable from outside the cluster.</translation>
    </message>
    <message>
        <source>%1 is in the Service network %2: a ClusterIP is not a machine, it exists only as kube-proxy rules inside the nodes, and no rule on the way caught %1:%3. The router has no route to %2 either: nobody answers and the connection times out.</source>
        <translation>%1 is in the Service network %2: a ClusterIP is not a machine, it exists only as kube-proxy rules inside the nodes, and no rule on the way caught %1:%3. The router has no route to %2 either: nobody answers and the connection times out.</translation>
    </message>
    <message>
        <source>Timeout: nothing answers %1:%2 (a ClusterIP exists only in kube-proxy&apos;s rules, and none caught this port).</source>
        <translation>Timeout: nothing answers %1:%2 (a ClusterIP exists only in kube-proxy&apos;s rules, and none caught this port).</translation>
    </message>
    <message>
        <source>No machine of this network has the address %1, and the router has no route to it: the packet is lost.</source>
        <translation>No machine of this network has the address %1, and the router has no route to it: the packet is lost.</translation>
    </message>
    <message>
        <source>No route to %1.</source>
        <translation>No route to %1.</translation>
    </message>
    <message>
        <source>The cloud load balancer of Service %1 listens only on the Service&apos;s ports (%2); nothing answers on %3: the connection times out.</source>
        <translation>The cloud load balancer of Service %1 listens only on the Service&apos;s ports (%2); nothing answers on %3: the connection times out.</translation>
    </message>
    <message>
        <source>Timeout: the load balancer of %1 has no listener on %2.</source>
        <translation>Timeout: the load balancer of %1 has no listener on %2.</translation>
    </message>
    <message>
        <source>The cloud load balancer of Service %1 only admits the sources listed in loadBalancerSourceRanges (%2); %3 is not one of them, so it drops the packet: the connection times out.</source>
        <translation>The cloud load balancer of Service %1 only admits the sources listed in loadBalancerSourceRanges (%2); %3 is not one of them, so it drops the packet: the connection times out.</translation>
    </message>
    <message>
        <source>Dropped: %1 is not in the loadBalancerSourceRanges of %2.</source>
        <translation>Dropped: %1 is not in the loadBalancerSourceRanges of %2.</translation>
    </message>
    <message>
        <source>Service %1 has no node port (allocateLoadBalancerNodePorts: false), and this simulated cloud load balancer forwards to node ports only: nothing takes the connection.</source>
        <translation>Service %1 has no node port (allocateLoadBalancerNodePorts: false), and this simulated cloud load balancer forwards to node ports only: nothing takes the connection.</translation>
    </message>
    <message>
        <source>Dropped: the load balancer of %1 has no node port to forward to.</source>
        <translation>Dropped: the load balancer of %1 has no node port to forward to.</translation>
    </message>
    <message>
        <source>externalTrafficPolicy is Local and no node has a ready pod of Service %1, so every node fails the load balancer&apos;s health check (healthCheckNodePort %2): it has nowhere to send the connection, which times out.</source>
        <translation>externalTrafficPolicy is Local and no node has a ready pod of Service %1, so every node fails the load balancer&apos;s health check (healthCheckNodePort %2): it has nowhere to send the connection, which times out.</translation>
    </message>
    <message>
        <source>Timeout: no node passes the health check of %1&apos;s load balancer.</source>
        <translation>Timeout: no node passes the health check of %1&apos;s load balancer.</translation>
    </message>
    <message>
        <source>With externalTrafficPolicy Local only nodes with a pod of the Service pass its health check on healthCheckNodePort %1: %2.</source>
        <translation>With externalTrafficPolicy Local only nodes with a pod of the Service pass its health check on healthCheckNodePort %1: %2.</translation>
    </message>
    <message>
        <source>With externalTrafficPolicy Cluster every node passes its health check (%1), and it picked one.</source>
        <translation>With externalTrafficPolicy Cluster every node passes its health check (%1), and it picked one.</translation>
    </message>
    <message>
        <source>The cloud load balancer of Service %1 (%2) forwards the connection to %3&apos;s node port %4:%5: LoadBalancer → node port → pod. It keeps the client&apos;s address %6 as the source, as network load balancers do.</source>
        <translation>The cloud load balancer of Service %1 (%2) forwards the connection to %3&apos;s node port %4:%5: LoadBalancer → node port → pod. It keeps the client&apos;s address %6 as the source, as network load balancers do.</translation>
    </message>
    <message>
        <source>The load balancer recognises the answer of the connection it forwarded and puts its own address back as the source: %1:%2 becomes %3:%4.</source>
        <translation>The load balancer recognises the answer of the connection it forwarded and puts its own address back as the source: %1:%2 becomes %3:%4.</translation>
    </message>
    <message>
        <source>sshd</source>
        <translation>sshd</translation>
    </message>
    <message>
        <source>the kubelet</source>
        <translation>the kubelet</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s healthz server</source>
        <translation>kube-proxy&apos;s healthz server</translation>
    </message>
    <message>
        <source>The client %1 runs no server on port %2: its kernel refuses the connection.</source>
        <translation>The client %1 runs no server on port %2: its kernel refuses the connection.</translation>
    </message>
    <message>
        <source>Refused: the client serves nothing.</source>
        <translation>Refused: the client serves nothing.</translation>
    </message>
    <message>
        <source>Pod %1 receives it, but its containers declare only %2: nothing listens on %3/UDP. Its kernel answers with ICMP port unreachable: connection refused.</source>
        <translation>Pod %1 receives it, but its containers declare only %2: nothing listens on %3/UDP. Its kernel answers with ICMP port unreachable: connection refused.</translation>
    </message>
    <message>
        <source>Pod %1 receives it, but its containers declare only %2: nothing listens on %3/TCP. Its kernel answers with a TCP reset: connection refused.</source>
        <translation>Pod %1 receives it, but its containers declare only %2: nothing listens on %3/TCP. Its kernel answers with a TCP reset: connection refused.</translation>
    </message>
    <message>
        <source>The Service %1 sends to targetPort %2, which no container of the pod serves.</source>
        <translation>The Service %1 sends to targetPort %2, which no container of the pod serves.</translation>
    </message>
    <message>
        <source>Refused: pod %1 does not listen on %2.</source>
        <translation>Refused: pod %1 does not listen on %2.</translation>
    </message>
    <message>
        <source>Pod %1 receives it on eth0: container %2 declares port %3/%4, where its server listens. It sees the source %5.</source>
        <translation>Pod %1 receives it on eth0: container %2 declares port %3/%4, where its server listens. It sees the source %5.</translation>
    </message>
    <message>
        <source>Pod %1 receives it on eth0. It declares no container ports (containerPort is only informative), so Hopscope assumes a server listens on %2. It sees the source %3.</source>
        <translation>Pod %1 receives it on eth0. It declares no container ports (containerPort is only informative), so Hopscope assumes a server listens on %2. It sees the source %3.</translation>
    </message>
    <message>
        <source>Not the sender&apos;s own address %1: the source was translated on the way (SNAT), so the answer must come back the same way.</source>
        <translation>Not the sender&apos;s own address %1: the source was translated on the way (SNAT), so the answer must come back the same way.</translation>
    </message>
    <message>
        <source>The client&apos;s own address: it was kept all the way.</source>
        <translation>The client&apos;s own address: it was kept all the way.</translation>
    </message>
    <message>
        <source>pod %1, which uses the node&apos;s network (hostNetwork)</source>
        <translation>pod %1, which uses the node&apos;s network (hostNetwork)</translation>
    </message>
    <message>
        <source>the API server (endpoint of Service default/kubernetes)</source>
        <translation>the API server (endpoint of Service default/kubernetes)</translation>
    </message>
    <message>
        <source>the process behind an endpoint of Service %1</source>
        <translation>the process behind an endpoint of Service %1</translation>
    </message>
    <message>
        <source>%1 accepts the packet for itself, but nothing on it listens on %2/UDP (no Service uses this node port, no rule caught it): it answers with ICMP port unreachable. Connection refused.</source>
        <translation>%1 accepts the packet for itself, but nothing on it listens on %2/UDP (no Service uses this node port, no rule caught it): it answers with ICMP port unreachable. Connection refused.</translation>
    </message>
    <message>
        <source>%1 accepts the packet for itself, but nothing on it listens on %2/TCP (no Service uses this node port, no rule caught it): its kernel answers with a TCP reset. Connection refused.</source>
        <translation>%1 accepts the packet for itself, but nothing on it listens on %2/TCP (no Service uses this node port, no rule caught it): its kernel answers with a TCP reset. Connection refused.</translation>
    </message>
    <message>
        <source>Refused: nothing listens on %1 (%2).</source>
        <translation>Refused: nothing listens on %1 (%2).</translation>
    </message>
    <message>
        <source>%1 takes it for itself (%2 is its own address): %3 listens on port %4. It sees the source %5.</source>
        <translation>%1 takes it for itself (%2 is its own address): %3 listens on port %4. It sees the source %5.</translation>
    </message>
    <message>
        <source>The answer arrives from %1, but the connection was opened to %2: the sender knows no such connection and resets it. The answer did not pass back through the place that translated the request.</source>
        <translation>The answer arrives from %1, but the connection was opened to %2: the sender knows no such connection and resets it. The answer did not pass back through the place that translated the request.</translation>
    </message>
    <message>
        <source>Failed: the answer came back from %1 instead of %2.</source>
        <translation>Failed: the answer came back from %1 instead of %2.</translation>
    </message>
    <message>
        <source>The answer arrives from %1, exactly the address the connection was opened to, so the connection completes.</source>
        <translation>The answer arrives from %1, exactly the address the connection was opened to, so the connection completes.</translation>
    </message>
    <message>
        <source>The sender never sees the address that really answered (%1): conntrack translated every packet both ways.</source>
        <translation>The sender never sees the address that really answered (%1): conntrack translated every packet both ways.</translation>
    </message>
    <message>
        <source>%1 receives UDP %2 on eth0 from %3: a VXLAN packet. Its flannel.1 device (VNI %4) unwraps it, and the inner packet %5 → %6 goes on as if it had arrived on flannel.1.</source>
        <translation>%1 receives UDP %2 on eth0 from %3: a VXLAN packet. Its flannel.1 device (VNI %4) unwraps it, and the inner packet %5 → %6 goes on as if it had arrived on flannel.1.</translation>
    </message>
    <message>
        <source>A process on %1</source>
        <translation>A process on %1</translation>
    </message>
    <message>
        <source>Pod %1 (hostNetwork: the network of %2)</source>
        <translation>Pod %1 (hostNetwork: the network of %2)</translation>
    </message>
    <message>
        <source>(As in the lesson: SSH to the node, then curl.)</source>
        <translation>(As in the lesson: SSH to the node, then curl.)</translation>
    </message>
    <message>
        <source>conntrack on %1 recognises the answer of a connection it translated and undoes the translation.</source>
        <translation>conntrack on %1 recognises the answer of a connection it translated and undoes the translation.</translation>
    </message>
    <message>
        <source>un-DNAT: the source %1 becomes %2 again, the address the sender connected to.</source>
        <translation>un-DNAT: the source %1 becomes %2 again, the address the sender connected to.</translation>
    </message>
    <message>
        <source>un-SNAT: the destination %1 becomes %2 again, the real sender.</source>
        <translation>un-SNAT: the destination %1 becomes %2 again, the real sender.</translation>
    </message>
    <message>
        <source>%1 has no route to %2.</source>
        <translation>%1 has no route to %2.</translation>
    </message>
    <message>
        <source>The packet carries a masquerade mark (%1), so %2 masquerades it to the address of %3, the interface it leaves by: %4. It already has that source, so the address stays; conntrack still records the translation.</source>
        <translation>The packet carries a masquerade mark (%1), so %2 masquerades it to the address of %3, the interface it leaves by: %4. It already has that source, so the address stays; conntrack still records the translation.</translation>
    </message>
    <message>
        <source>flannel&apos;s --ip-masq rule</source>
        <translation>flannel&apos;s --ip-masq rule</translation>
    </message>
    <message>
        <source>The packet carries kube-proxy&apos;s mark 0x4000 (%1), so KUBE-POSTROUTING masquerades it: the source %2 becomes %3, the address of %4, the interface it leaves by. The receiver will see %3, and its answer comes back to %5.</source>
        <translation>The packet carries kube-proxy&apos;s mark 0x4000 (%1), so KUBE-POSTROUTING masquerades it: the source %2 becomes %3, the address of %4, the interface it leaves by. The receiver will see %3, and its answer comes back to %5.</translation>
    </message>
    <message>
        <source>flannel (--ip-masq) masquerades pod traffic that leaves the pod network %1: the source %2 becomes %3, the address of %4 on %5, because nothing outside the cluster could route an answer back to a pod address.</source>
        <translation>flannel (--ip-masq) masquerades pod traffic that leaves the pod network %1: the source %2 becomes %3, the address of %4 on %5, because nothing outside the cluster could route an answer back to a pod address.</translation>
    </message>
    <message>
        <source>No node owns the VXLAN gateway %1: flannel.1 cannot send the packet.</source>
        <translation>No node owns the VXLAN gateway %1: flannel.1 cannot send the packet.</translation>
    </message>
    <message>
        <source>flannel.1 on %1 wraps the packet in VXLAN for %2: its neighbour entry gives the MAC of %2&apos;s flannel.1, its FDB entry the node IP %3 behind it. The outer header is %4 → %3 UDP %5, VNI %6; the pod addresses travel unchanged inside.</source>
        <translation>flannel.1 on %1 wraps the packet in VXLAN for %2: its neighbour entry gives the MAC of %2&apos;s flannel.1, its FDB entry the node IP %3 behind it. The outer header is %4 → %3 UDP %5, VNI %6; the pod addresses travel unchanged inside.</translation>
    </message>
    <message>
        <source>The VXLAN packet leaves %1&apos;s eth0 by &apos;%2&apos; and crosses the node network to %3 (%4).</source>
        <translation>The VXLAN packet leaves %1&apos;s eth0 by &apos;%2&apos; and crosses the node network to %3 (%4).</translation>
    </message>
    <message>
        <source>No pod on %1 has the address %2: nothing answers the ARP request on cni0 (host unreachable).</source>
        <translation>No pod on %1 has the address %2: nothing answers the ARP request on cni0 (host unreachable).</translation>
    </message>
    <message>
        <source>Unreachable: no pod has %1.</source>
        <translation>Unreachable: no pod has %1.</translation>
    </message>
    <message>
        <source>The bridge cni0 of %1 passes the frame to %2, the host end of the veth pair whose other end is eth0 in pod %3.</source>
        <translation>The bridge cni0 of %1 passes the frame to %2, the host end of the veth pair whose other end is eth0 in pod %3.</translation>
    </message>
    <message>
        <source>It leaves by the port it came in by: cni0 allows that (hairpinMode).</source>
        <translation>It leaves by the port it came in by: cni0 allows that (hairpinMode).</translation>
    </message>
    <message>
        <source>pod %1 on %2</source>
        <translation>pod %1 on %2</translation>
    </message>
    <message>
        <source>%1&apos;s own address</source>
        <translation>%1&apos;s own address</translation>
    </message>
    <message>
        <source>not a pod of this cluster</source>
        <translation>not a pod of this cluster</translation>
    </message>
    <message>
        <source>its source %1 is outside the pod network %2, which could not route the answer back through this node</source>
        <translation>its source %1 is outside the pod network %2, which could not route the answer back through this node</translation>
    </message>
    <message>
        <source>externalTrafficPolicy Cluster masquerades everything sent to a node port, an external IP or a load-balancer IP, so that the answer comes back through this node</source>
        <translation>externalTrafficPolicy Cluster masquerades everything sent to a node port, an external IP or a load-balancer IP, so that the answer comes back through this node</translation>
    </message>
    <message>
        <source>the node itself sent it to a Service with externalTrafficPolicy Local</source>
        <translation>the node itself sent it to a Service with externalTrafficPolicy Local</translation>
    </message>
    <message>
        <source>the pod reaches itself through its Service (hairpin): without SNAT it would answer itself directly and never see the un-DNAT</source>
        <translation>the pod reaches itself through its Service (hairpin): without SNAT it would answer itself directly and never see the un-DNAT</translation>
    </message>
    <message>
        <source>kube-proxy marked it for masquerading</source>
        <translation>kube-proxy marked it for masquerading</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, a node port of Service %3: nodePort %4 → port %5 → targetPort %6. Every node opens this port.</source>
        <translation>kube-proxy&apos;s rules on %1 catch %2, a node port of Service %3: nodePort %4 → port %5 → targetPort %6. Every node opens this port.</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, the load-balancer IP of Service %3 (port %4 → targetPort %5): from inside the cluster it never goes out to the load balancer.</source>
        <translation>kube-proxy&apos;s rules on %1 catch %2, the load-balancer IP of Service %3 (port %4 → targetPort %5): from inside the cluster it never goes out to the load balancer.</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, an external IP of Service %3 (port %4 → targetPort %5).</source>
        <translation>kube-proxy&apos;s rules on %1 catch %2, an external IP of Service %3 (port %4 → targetPort %5).</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, the ClusterIP of Service %3 (port %4 → targetPort %5).</source>
        <translation>kube-proxy&apos;s rules on %1 catch %2, the ClusterIP of Service %3 (port %4 → targetPort %5).</translation>
    </message>
    <message>
        <source>sessionAffinity is ClientIP, and %1 was sent to %2 (%3) before, within %4 seconds: the -m recent list %5 sends it there again.</source>
        <translation>sessionAffinity is ClientIP, and %1 was sent to %2 (%3) before, within %4 seconds: the -m recent list %5 sends it there again.</translation>
    </message>
    <message>
        <source>The endpoint %1 (%2) was chosen by hand, out of %3.</source>
        <translation>The endpoint %1 (%2) was chosen by hand, out of %3.</translation>
    </message>
    <message>
        <source>Its only endpoint is %1 (%2).</source>
        <translation>Its only endpoint is %1 (%2).</translation>
    </message>
    <message>
        <source>Of its %1 endpoints the rules pick %2 (%3) at random: they try -m statistic --probability %4 in turn, then take the last one, so each endpoint has the same chance, 1/%1.</source>
        <translation>Of its %1 endpoints the rules pick %2 (%3) at random: they try -m statistic --probability %4 in turn, then take the last one, so each endpoint has the same chance, 1/%1.</translation>
    </message>
    <message>
        <source>The traffic policy is Local: only the endpoints on %1 count, and the source address is kept.</source>
        <translation>The traffic policy is Local: only the endpoints on %1 count, and the source address is kept.</translation>
    </message>
    <message>
        <source>DNAT rewrites the destination to %1; conntrack on %2 remembers it for the answer.</source>
        <translation>DNAT rewrites the destination to %1; conntrack on %2 remembers it for the answer.</translation>
    </message>
    <message>
        <source>The packet is also marked for SNAT (0x4000): %1.</source>
        <translation>The packet is also marked for SNAT (0x4000): %1.</translation>
    </message>
    <message>
        <source>%1 answers: source and destination swap, %2 → %3.</source>
        <translation>%1 answers: source and destination swap, %2 → %3.</translation>
    </message>
    <message>
        <source>%1 sends %2 → %3.</source>
        <translation>%1 sends %2 → %3.</translation>
    </message>
    <message>
        <source>It has no route to %1.</source>
        <translation>It has no route to %1.</translation>
    </message>
    <message>
        <source>That is its own address: the packet never leaves it.</source>
        <translation>That is its own address: the packet never leaves it.</translation>
    </message>
    <message>
        <source>%1 is not on the pod network, so the default route &apos;%2&apos; hands it to the gateway %3: cni0, the bridge of %4, where the node&apos;s rules and routes take over.</source>
        <translation>%1 is not on the pod network, so the default route &apos;%2&apos; hands it to the gateway %3: cni0, the bridge of %4, where the node&apos;s rules and routes take over.</translation>
    </message>
    <message>
        <source>%1 is on the cluster&apos;s pod network: the route &apos;%2&apos; hands it to the gateway %3 (cni0 on %4).</source>
        <translation>%1 is on the cluster&apos;s pod network: the route &apos;%2&apos; hands it to the gateway %3 (cni0 on %4).</translation>
    </message>
    <message>
        <source>%1 is on the pod network of this node: the route &apos;%2&apos; sends it straight across the cni0 bridge.</source>
        <translation>%1 is on the pod network of this node: the route &apos;%2&apos; sends it straight across the cni0 bridge.</translation>
    </message>
    <message>
        <source>The client is outside the cluster; its default route &apos;%1&apos; sends the packet to the router %2.</source>
        <translation>The client is outside the cluster; its default route &apos;%1&apos; sends the packet to the router %2.</translation>
    </message>
    <message>
        <source>%1 is on the client&apos;s own LAN: the route &apos;%2&apos; sends it there directly.</source>
        <translation>%1 is on the client&apos;s own LAN: the route &apos;%2&apos; sends it there directly.</translation>
    </message>
    <message>
        <source>The route &apos;%1&apos; picks the interface %2, and with it the source address %3.</source>
        <translation>The route &apos;%1&apos; picks the interface %2, and with it the source address %3.</translation>
    </message>
    <message>
        <source>%1 routes %2 by &apos;%3&apos;: a pod on this node, behind the bridge cni0.</source>
        <translation>%1 routes %2 by &apos;%3&apos;: a pod on this node, behind the bridge cni0.</translation>
    </message>
    <message>
        <source>%1 routes %2 by &apos;%3&apos;: the pod network %4 belongs to %5 and is reached through the VXLAN device flannel.1.</source>
        <translation>%1 routes %2 by &apos;%3&apos;: the pod network %4 belongs to %5 and is reached through the VXLAN device flannel.1.</translation>
    </message>
    <message>
        <source>%1 has no specific route for %2: the default route &apos;%3&apos; sends it out of eth0 to the router %4.</source>
        <translation>%1 has no specific route for %2: the default route &apos;%3&apos; sends it out of eth0 to the router %4.</translation>
    </message>
    <message>
        <source>%1 routes %2 by &apos;%3&apos;: out of eth0, on the node network.</source>
        <translation>%1 routes %2 by &apos;%3&apos;: out of eth0, on the node network.</translation>
    </message>
    <message>
        <source>No filter rule stops it (the chain&apos;s policy is ACCEPT).</source>
        <translation>No filter rule stops it (the chain&apos;s policy is ACCEPT).</translation>
    </message>
    <message>
        <source>filter FORWARD accepts it: KUBE-FORWARD lets packets marked by kube-proxy (0x4000) through.</source>
        <translation>filter FORWARD accepts it: KUBE-FORWARD lets packets marked by kube-proxy (0x4000) through.</translation>
    </message>
    <message>
        <source>filter FORWARD accepts it: KUBE-FORWARD lets packets of known connections (conntrack RELATED,ESTABLISHED) through.</source>
        <translation>filter FORWARD accepts it: KUBE-FORWARD lets packets of known connections (conntrack RELATED,ESTABLISHED) through.</translation>
    </message>
    <message>
        <source>filter FORWARD accepts it: flannel&apos;s FLANNEL-FWD accepts traffic to and from the pod network.</source>
        <translation>filter FORWARD accepts it: flannel&apos;s FLANNEL-FWD accepts traffic to and from the pod network.</translation>
    </message>
    <message>
        <source>filter %1 accepts it.</source>
        <translation>filter %1 accepts it.</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 rejects it: &quot;%3&quot;. No ready pod backs Service %4, so kube-proxy wrote a REJECT instead of a DNAT: the sender gets ICMP port unreachable at once and reports &apos;connection refused&apos;, without waiting.</source>
        <translation>The filter rule %1 on %2 rejects it: &quot;%3&quot;. No ready pod backs Service %4, so kube-proxy wrote a REJECT instead of a DNAT: the sender gets ICMP port unreachable at once and reports &apos;connection refused&apos;, without waiting.</translation>
    </message>
    <message>
        <source>Check the selector %1 against the pods&apos; labels.</source>
        <translation>Check the selector %1 against the pods&apos; labels.</translation>
    </message>
    <message>
        <source>Refused at once: Service %1 has no endpoints (%2).</source>
        <translation>Refused at once: Service %1 has no endpoints (%2).</translation>
    </message>
    <message>
        <source>Timeout: %1 has no local endpoint of Service %2 (externalTrafficPolicy Local).</source>
        <translation>Timeout: %1 has no local endpoint of Service %2 (externalTrafficPolicy Local).</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 drops it: &quot;%3&quot;. With externalTrafficPolicy Local, traffic from outside goes only to pods on the node it reaches, and %2 runs no pod of Service %4. Nothing answers: the client waits until it times out. (Send it to a node that runs one of the pods, or use the policy Cluster.)</source>
        <translation>The filter rule %1 on %2 drops it: &quot;%3&quot;. With externalTrafficPolicy Local, traffic from outside goes only to pods on the node it reaches, and %2 runs no pod of Service %4. Nothing answers: the client waits until it times out. (Send it to a node that runs one of the pods, or use the policy Cluster.)</translation>
    </message>
    <message>
        <source>Timeout: %1 has no local endpoint of Service %2 (internalTrafficPolicy Local).</source>
        <translation>Timeout: %1 has no local endpoint of Service %2 (internalTrafficPolicy Local).</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 drops it: &quot;%3&quot;. With internalTrafficPolicy Local, traffic from inside the cluster goes only to pods on the sender&apos;s node, and %2 runs no pod of Service %4. Nothing answers: the connection times out.</source>
        <translation>The filter rule %1 on %2 drops it: &quot;%3&quot;. With internalTrafficPolicy Local, traffic from inside the cluster goes only to pods on the sender&apos;s node, and %2 runs no pod of Service %4. Nothing answers: the connection times out.</translation>
    </message>
    <message>
        <source>Timeout: %1 is not in the loadBalancerSourceRanges of Service %2.</source>
        <translation>Timeout: %1 is not in the loadBalancerSourceRanges of Service %2.</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 drops it: &quot;%3&quot;. The source %4 is not in the loadBalancerSourceRanges of Service %5, so the KUBE-FW chain did not let it through. Nothing answers: the connection times out.</source>
        <translation>The filter rule %1 on %2 drops it: &quot;%3&quot;. The source %4 is not in the loadBalancerSourceRanges of Service %5, so the KUBE-FW chain did not let it through. Nothing answers: the connection times out.</translation>
    </message>
    <message>
        <source>Refused: a filter rule on %1 rejects %2.</source>
        <translation>Refused: a filter rule on %1 rejects %2.</translation>
    </message>
    <message>
        <source>Timeout: a filter rule on %1 drops %2.</source>
        <translation>Timeout: a filter rule on %1 drops %2.</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 rejects it: connection refused.</source>
        <translation>The filter rule %1 on %2 rejects it: connection refused.</translation>
    </message>
    <message>
        <source>The filter rule %1 on %2 drops it: nothing answers, the connection times out.</source>
        <translation>The filter rule %1 on %2 drops it: nothing answers, the connection times out.</translation>
    </message>
    <message>
        <source>No node &quot;%1&quot;; the nodes are: %2.</source>
        <translation>No node &quot;%1&quot;; the nodes are: %2.</translation>
    </message>
    <message>
        <source>Several pods are called &quot;%1&quot;: %2.</source>
        <translation>Several pods are called &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Name one as pod/NAMESPACE/NAME.</source>
        <translation>Name one as pod/NAMESPACE/NAME.</translation>
    </message>
    <message>
        <source>No pod &quot;%1&quot; in the cluster.</source>
        <translation>No pod &quot;%1&quot; in the cluster.</translation>
    </message>
    <message>
        <source>A source is client, node/NAME, or a pod: NAME, pod/NAME or pod/NAMESPACE/NAME.</source>
        <translation>A source is client, node/NAME, or a pod: NAME, pod/NAME or pod/NAMESPACE/NAME.</translation>
    </message>
    <message>
        <source>Pod %1 is Pending (no node took it): it has no address and cannot send.</source>
        <translation>Pod %1 is Pending (no node took it): it has no address and cannot send.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port (1-65535).</source>
        <translation>&quot;%1&quot; is not a port (1-65535).</translation>
    </message>
    <message>
        <source>No destination given.</source>
        <translation>No destination given.</translation>
    </message>
    <message>
        <source>A destination is IP:PORT, a pod IP, or a Service name NAME:PORT.</source>
        <translation>A destination is IP:PORT, a pod IP, or a Service name NAME:PORT.</translation>
    </message>
    <message>
        <source>Pod %1 (hostNetwork)</source>
        <translation>Pod %1 (hostNetwork)</translation>
    </message>
    <message>
        <source>%1 does not use the cluster DNS: its /etc/resolv.conf points to the DNS server of its own network (%2 here), which knows nothing of *.svc.%3 names. A Service name resolves only inside pods.</source>
        <translation>%1 does not use the cluster DNS: its /etc/resolv.conf points to the DNS server of its own network (%2 here), which knows nothing of *.svc.%3 names. A Service name resolves only inside pods.</translation>
    </message>
    <message>
        <source>From outside, use a node IP with the node port, or the load-balancer IP.</source>
        <translation>From outside, use a node IP with the node port, or the load-balancer IP.</translation>
    </message>
    <message>
        <source>Use the ClusterIP instead: the node&apos;s own rules catch it.</source>
        <translation>Use the ClusterIP instead: the node&apos;s own rules catch it.</translation>
    </message>
    <message>
        <source>Unresolved: &quot;%1&quot; is a Service name, and only pods use the cluster DNS that knows it.</source>
        <translation>Unresolved: &quot;%1&quot; is a Service name, and only pods use the cluster DNS that knows it.</translation>
    </message>
    <message>
        <source>This cluster has no kube-dns Service: nobody answers the name.</source>
        <translation>This cluster has no kube-dns Service: nobody answers the name.</translation>
    </message>
    <message>
        <source>Unresolved: no cluster DNS.</source>
        <translation>Unresolved: no cluster DNS.</translation>
    </message>
    <message>
        <source>Pod %1 must turn &quot;%2&quot; into an address first. Its /etc/resolv.conf names kube-dns (%3) as the nameserver, with the search path of namespace %4, so it asks for %5.</source>
        <translation>Pod %1 must turn &quot;%2&quot; into an address first. Its /etc/resolv.conf names kube-dns (%3) as the nameserver, with the search path of namespace %4, so it asks for %5.</translation>
    </message>
    <message>
        <source>CoreDNS knows none of these names (NXDOMAIN): there is no Service &quot;%1&quot; where the search path looks. A Service in another namespace needs NAME.NAMESPACE.</source>
        <translation>CoreDNS knows none of these names (NXDOMAIN): there is no Service &quot;%1&quot; where the search path looks. A Service in another namespace needs NAME.NAMESPACE.</translation>
    </message>
    <message>
        <source>Unresolved: no Service answers to &quot;%1&quot; from namespace %2.</source>
        <translation>Unresolved: no Service answers to &quot;%1&quot; from namespace %2.</translation>
    </message>
    <message>
        <source>%1 is a headless Service (clusterIP: None), and none of its pods is ready: CoreDNS has no address to give.</source>
        <translation>%1 is a headless Service (clusterIP: None), and none of its pods is ready: CoreDNS has no address to give.</translation>
    </message>
    <message>
        <source>Unresolved: headless Service %1 has no ready pod.</source>
        <translation>Unresolved: headless Service %1 has no ready pod.</translation>
    </message>
    <message>
        <source>%1 is an ExternalName Service: CoreDNS answers with a CNAME to %2, a name outside the cluster. The pod&apos;s resolver asks the upstream DNS for it next, and the connection leaves the cluster: no kube-proxy rule is involved, and Hopscope follows it no further.</source>
        <translation>%1 is an ExternalName Service: CoreDNS answers with a CNAME to %2, a name outside the cluster. The pod&apos;s resolver asks the upstream DNS for it next, and the connection leaves the cluster: no kube-proxy rule is involved, and Hopscope follows it no further.</translation>
    </message>
    <message>
        <source>Resolved to %1, outside the cluster (ExternalName): the trace ends at the DNS answer.</source>
        <translation>Resolved to %1, outside the cluster (ExternalName): the trace ends at the DNS answer.</translation>
    </message>
    <message>
        <source>CoreDNS answers: %1 is %2, the ClusterIP of Service %3. The pod connects to that virtual address; the rules of its node do the rest.</source>
        <translation>CoreDNS answers: %1 is %2, the ClusterIP of Service %3. The pod connects to that virtual address; the rules of its node do the rest.</translation>
    </message>
    <message>
        <source>CoreDNS answers: %1 is the pod address %2 (a hostname record of headless Service %3).</source>
        <translation>CoreDNS answers: %1 is the pod address %2 (a hostname record of headless Service %3).</translation>
    </message>
    <message>
        <source>%1 is a headless Service (clusterIP: None): CoreDNS answers with the addresses of its ready pods (%2), and the client takes %3. No ClusterIP, no kube-proxy rule: the connection goes straight to the pod.</source>
        <translation>%1 is a headless Service (clusterIP: None): CoreDNS answers with the addresses of its ready pods (%2), and the client takes %3. No ClusterIP, no kube-proxy rule: the connection goes straight to the pod.</translation>
    </message>
    <message>
        <source>Unknown protocol &quot;%1&quot;: use TCP, UDP or SCTP.</source>
        <translation>Unknown protocol &quot;%1&quot;: use TCP, UDP or SCTP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a port (IP:PORT).</source>
        <translation>&quot;%1&quot; needs a port (IP:PORT).</translation>
    </message>
    <message>
        <source>Pod %1 declares no container port.</source>
        <translation>Pod %1 declares no container port.</translation>
    </message>
    <message>
        <source>Delivered to %1 (%2); the answer came back to %3.</source>
        <translation>Delivered to %1 (%2); the answer came back to %3.</translation>
    </message>
    <message>
        <source>, then </source>
        <comment>joins the names a resolver tries</comment>
        <translation>, then </translation>
    </message>
    <message>
        <source>client</source>
        <comment>the external client, where the answer comes back</comment>
        <translation>client</translation>
    </message>
    <message>
        <source>The outside host %1</source>
        <translation>The outside host %1</translation>
    </message>
    <message>
        <source>The LAN&apos;s router %1 receives the packet from %2, which is outside the LAN, and forwards it onto the LAN, unchanged.</source>
        <translation>The LAN&apos;s router %1 receives the packet from %2, which is outside the LAN, and forwards it onto the LAN, unchanged.</translation>
    </message>
    <message>
        <source>The LAN&apos;s router %1 forwards the answer to %2, outside the LAN, unchanged.</source>
        <translation>The LAN&apos;s router %1 forwards the answer to %2, outside the LAN, unchanged.</translation>
    </message>
    <message>
        <source>%1 is an external IP of Service %2. No node has that address, so the LAN delivers it where its route points: %3 (%4). kube-proxy&apos;s &quot;external IP&quot; rule on that node takes it from there.</source>
        <translation>%1 is an external IP of Service %2. No node has that address, so the LAN delivers it where its route points: %3 (%4). kube-proxy&apos;s &quot;external IP&quot; rule on that node takes it from there.</translation>
    </message>
    <message>
        <source>The load balancer of Service %1 (%2) sends the packet to %3 (%4) unchanged: the destination stays %2 and the source %5, as MetalLB, GCP and Azure load balancers do. The kube-proxy rules of %3 for the load-balancer IP take it from there.</source>
        <translation>The load balancer of Service %1 (%2) sends the packet to %3 (%4) unchanged: the destination stays %2 and the source %5, as MetalLB, GCP and Azure load balancers do. The kube-proxy rules of %3 for the load-balancer IP take it from there.</translation>
    </message>
    <message>
        <source>%1 takes it for itself (%2 is its own address): kube-proxy&apos;s health check server for Service %3 listens on port %4. It answers HTTP %5, because %1 has %6 ready local endpoints (terminating ones do not count). It sees the source %7.</source>
        <translation>%1 takes it for itself (%2 is its own address): kube-proxy&apos;s health check server for Service %3 listens on port %4. It answers HTTP %5, because %1 has %6 ready local endpoints (terminating ones do not count). It sees the source %7.</translation>
    </message>
    <message>
        <source>kube-proxy&apos;s rules on %1 catch %2, the load-balancer IP of Service %3 (port %4 → targetPort %5): the load balancer delivered the packet still addressed to it.</source>
        <translation>kube-proxy&apos;s rules on %1 catch %2, the load-balancer IP of Service %3 (port %4 → targetPort %5): the load balancer delivered the packet still addressed to it.</translation>
    </message>
    <message>
        <source>No client &quot;%1&quot;; the lesson names: %2.</source>
        <translation>No client &quot;%1&quot;; the lesson names: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>&quot;%1&quot; is not an IPv4 address.</translation>
    </message>
    <message>
        <source>An outside host is ip/ADDR, such as ip/203.0.113.7.</source>
        <translation>An outside host is ip/ADDR, such as ip/203.0.113.7.</translation>
    </message>
    <message>
        <source>%1 is an address of node %2.</source>
        <translation>%1 is an address of node %2.</translation>
    </message>
    <message>
        <source>Send from the node itself: node/%1.</source>
        <translation>Send from the node itself: node/%1.</translation>
    </message>
    <message>
        <source>%1 is not an address an outside host can have here: it belongs to the cluster (pods, Services or load balancers) or to loopback.</source>
        <translation>%1 is not an address an outside host can have here: it belongs to the cluster (pods, Services or load balancers) or to loopback.</translation>
    </message>
    <message>
        <source>%1 is on the host&apos;s own network: the route &apos;%2&apos; sends it there directly.</source>
        <translation>%1 is on the host&apos;s own network: the route &apos;%2&apos; sends it there directly.</translation>
    </message>
    <message>
        <source>It is on the client&apos;s LAN, outside the cluster; its default route &apos;%1&apos; sends the packet to the router %2.</source>
        <translation>It is on the client&apos;s LAN, outside the cluster; its default route &apos;%1&apos; sends the packet to the router %2.</translation>
    </message>
    <message>
        <source>It is not on the client&apos;s LAN but behind the LAN&apos;s router %1; its default route &apos;%2&apos; sends the packet to its own router %3, which passes it on towards the LAN.</source>
        <translation>It is not on the client&apos;s LAN but behind the LAN&apos;s router %1; its default route &apos;%2&apos; sends the packet to its own router %3, which passes it on towards the LAN.</translation>
    </message>
    <message>
        <source>the outside host %1</source>
        <comment>where the answer comes back</comment>
        <translation>the outside host %1</translation>
    </message>
</context>
<context>
    <name>hopscope::WhatIf</name>
    <message>
        <source>The target must be one entity id without spaces.</source>
        <translation>The target must be one entity id without spaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value.</source>
        <translation>&quot;%1&quot; needs a value.</translation>
    </message>
    <message>
        <source>Unknown what-if &quot;%1&quot;.</source>
        <translation>Unknown what-if &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has the wrong number of parts.</source>
        <translation>&quot;%1&quot; has the wrong number of parts.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>&quot;%1&quot; is not a number.</translation>
    </message>
    <message>
        <source>Delete pod %1</source>
        <translation>Delete pod %1</translation>
    </message>
    <message>
        <source>Scale %1 %2 to %3</source>
        <translation>Scale %1 %2 to %3</translation>
    </message>
    <message>
        <source>Take node %1 down</source>
        <translation>Take node %1 down</translation>
    </message>
    <message>
        <source>Bring node %1 up</source>
        <translation>Bring node %1 up</translation>
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
        <translation>%1: sessionAffinity ClientIP (%2 s)</translation>
    </message>
    <message>
        <source>%1: sessionAffinity %2</source>
        <translation>%1: sessionAffinity %2</translation>
    </message>
    <message>
        <source>%1: type %2</source>
        <translation>%1: type %2</translation>
    </message>
    <message>
        <source>Add a replica (%1)</source>
        <translation>Add a replica (%1)</translation>
    </message>
    <message>
        <source>Remove a replica (%1)</source>
        <translation>Remove a replica (%1)</translation>
    </message>
    <message>
        <source>%1 removes pod %2.</source>
        <translation>%1 removes pod %2.</translation>
    </message>
    <message>
        <source>%1 creates pod %2 on node %3 (hostNetwork: the node&apos;s address %4).</source>
        <translation>%1 creates pod %2 on node %3 (hostNetwork: the node&apos;s address %4).</translation>
    </message>
    <message>
        <source>%1 creates pod %2 on node %3 with IP %4.</source>
        <translation>%1 creates pod %2 on node %3 with IP %4.</translation>
    </message>
    <message>
        <source>Pod %1 %2; no controller created it, so nothing brings it back.</source>
        <translation>Pod %1 %2; no controller created it, so nothing brings it back.</translation>
    </message>
    <message>
        <source>Pod %1 %2; its owner %3 %4 is not in the manifests, so nothing here brings it back.</source>
        <translation>Pod %1 %2; its owner %3 %4 is not in the manifests, so nothing here brings it back.</translation>
    </message>
    <message>
        <source>There is no pod %1.</source>
        <translation>There is no pod %1.</translation>
    </message>
    <message>
        <source>is deleted</source>
        <translation>is deleted</translation>
    </message>
    <message>
        <source>There is no workload %1 (Deployment, ReplicaSet, StatefulSet or ReplicationController) to scale.</source>
        <translation>There is no workload %1 (Deployment, ReplicaSet, StatefulSet or ReplicationController) to scale.</translation>
    </message>
    <message>
        <source>A DaemonSet has no replicas: it runs one pod on every node that can take it.</source>
        <translation>A DaemonSet has no replicas: it runs one pod on every node that can take it.</translation>
    </message>
    <message>
        <source>The number of replicas cannot be negative (%1).</source>
        <translation>The number of replicas cannot be negative (%1).</translation>
    </message>
    <message>
        <source>Hopscope simulates at most %1 pods made by workloads; %2 replicas are too many.</source>
        <translation>Hopscope simulates at most %1 pods made by workloads; %2 replicas are too many.</translation>
    </message>
    <message>
        <source>There is no node %1.</source>
        <translation>There is no node %1.</translation>
    </message>
    <message>
        <source>is lost with node %1</source>
        <translation>is lost with node %1</translation>
    </message>
    <message>
        <source>DaemonSet %1 runs no pod on node %2 while it is NotReady: pod %3 is gone.</source>
        <translation>DaemonSet %1 runs no pod on node %2 while it is NotReady: pod %3 is gone.</translation>
    </message>
    <message>
        <source>The API server refuses this change; the Service stays as it was.</source>
        <translation>The API server refuses this change; the Service stays as it was.</translation>
    </message>
    <message>
        <source>Hopscope does not turn Services into or out of ExternalName (a DNS alias with no ClusterIP).</source>
        <translation>Hopscope does not turn Services into or out of ExternalName (a DNS alias with no ClusterIP).</translation>
    </message>
    <message>
        <source>There is no Service %1.</source>
        <translation>There is no Service %1.</translation>
    </message>
</context>
<context>
    <name>hopscope::YamlParse</name>
    <message>
        <source>this alias (*name) points at a node that contains it: an endless loop</source>
        <translation>this alias (*name) points at a node that contains it: an endless loop</translation>
    </message>
    <message>
        <source>An alias may only repeat a node that is already complete. Remove the alias or write the content out.</source>
        <translation>An alias may only repeat a node that is already complete. Remove the alias or write the content out.</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 nodes in this document (a &quot;billion laughs&quot; file?); Hopscope stopped reading it</source>
        <translation>aliases expand to more than %1 nodes in this document (a &quot;billion laughs&quot; file?); Hopscope stopped reading it</translation>
    </message>
    <message>
        <source>Kubernetes manifests rarely need aliases (*name). Write the repeated parts out, or split the document.</source>
        <translation>Kubernetes manifests rarely need aliases (*name). Write the repeated parts out, or split the document.</translation>
    </message>
    <message>
        <source>the YAML nests deeper than %1 levels; Hopscope stopped reading this document</source>
        <translation>the YAML nests deeper than %1 levels; Hopscope stopped reading this document</translation>
    </message>
    <message>
        <source>Kubernetes objects are never this deep: look for a runaway of [ or { brackets or of indentation.</source>
        <translation>Kubernetes objects are never this deep: look for a runaway of [ or { brackets or of indentation.</translation>
    </message>
    <message>
        <source>YAML found a &apos;key: value&apos; where none can start: the indentation here does not fit the lines above</source>
        <translation>YAML found a &apos;key: value&apos; where none can start: the indentation here does not fit the lines above</translation>
    </message>
    <message>
        <source>Check this line and the one before it: indent with spaces (never tabs), line up keys of the same object, and put a space after every &apos;:&apos; (kind: Service, not kind:Service).</source>
        <translation>Check this line and the one before it: indent with spaces (never tabs), line up keys of the same object, and put a space after every &apos;:&apos; (kind: Service, not kind:Service).</translation>
    </message>
    <message>
        <source>YAML expected the object to continue or end here, but the indentation breaks it</source>
        <translation>YAML expected the object to continue or end here, but the indentation breaks it</translation>
    </message>
    <message>
        <source>Line up keys of the same object in the same column, with spaces.</source>
        <translation>Line up keys of the same object in the same column, with spaces.</translation>
    </message>
    <message>
        <source>YAML expected another list item (&apos;- …&apos;) or the end of the list here</source>
        <translation>YAML expected another list item (&apos;- …&apos;) or the end of the list here</translation>
    </message>
    <message>
        <source>Every item of a list starts with &apos;- &apos; at the same indentation.</source>
        <translation>Every item of a list starts with &apos;- &apos; at the same indentation.</translation>
    </message>
    <message>
        <source>a &apos;{&apos; is never closed by a &apos;}&apos;</source>
        <translation>a &apos;{&apos; is never closed by a &apos;}&apos;</translation>
    </message>
    <message>
        <source>Close the braces, or use indented YAML.</source>
        <translation>Close the braces, or use indented YAML.</translation>
    </message>
    <message>
        <source>a &apos;[&apos; is never closed by a &apos;]&apos;</source>
        <translation>a &apos;[&apos; is never closed by a &apos;]&apos;</translation>
    </message>
    <message>
        <source>Close the brackets, or use indented YAML.</source>
        <translation>Close the brackets, or use indented YAML.</translation>
    </message>
    <message>
        <source>a list item (&apos;- …&apos;) appears where YAML does not expect a list</source>
        <translation>a list item (&apos;- …&apos;) appears where YAML does not expect a list</translation>
    </message>
    <message>
        <source>A list belongs under a key (ports:) and its items are indented the same way.</source>
        <translation>A list belongs under a key (ports:) and its items are indented the same way.</translation>
    </message>
    <message>
        <source>a key appears where YAML does not expect one</source>
        <translation>a key appears where YAML does not expect one</translation>
    </message>
    <message>
        <source>Check the indentation of this line.</source>
        <translation>Check the indentation of this line.</translation>
    </message>
    <message>
        <source>a quoted text is never closed</source>
        <translation>a quoted text is never closed</translation>
    </message>
    <message>
        <source>Add the closing quote.</source>
        <translation>Add the closing quote.</translation>
    </message>
    <message>
        <source>a character YAML does not understand here</source>
        <translation>a character YAML does not understand here</translation>
    </message>
    <message>
        <source>Quote values that start with special characters such as @, ` or %.</source>
        <translation>Quote values that start with special characters such as @, ` or %.</translation>
    </message>
    <message>
        <source>an alias (*name) refers to an unknown anchor</source>
        <translation>an alias (*name) refers to an unknown anchor</translation>
    </message>
    <message>
        <source>Define the anchor (&amp;name) before its use.</source>
        <translation>Define the anchor (&amp;name) before its use.</translation>
    </message>
    <message>
        <source>a &apos;]&apos; or &apos;}&apos; closes something never opened</source>
        <translation>a &apos;]&apos; or &apos;}&apos; closes something never opened</translation>
    </message>
    <message>
        <source>Remove it or add the opening bracket.</source>
        <translation>Remove it or add the opening bracket.</translation>
    </message>
    <message>
        <source>the YAML nests too deep for the parser (yaml-cpp: %1)</source>
        <translation>the YAML nests too deep for the parser (yaml-cpp: %1)</translation>
    </message>
    <message>
        <source>Kubernetes objects are never this deep: look for a runaway of [ or { brackets.</source>
        <translation>Kubernetes objects are never this deep: look for a runaway of [ or { brackets.</translation>
    </message>
    <message>
        <source>invalid YAML (yaml-cpp: %1)</source>
        <translation>invalid YAML (yaml-cpp: %1)</translation>
    </message>
    <message>
        <source>the YAML parser cannot get past this point (a stray &apos;,&apos; or similar at the top of a document?)</source>
        <translation>the YAML parser cannot get past this point (a stray &apos;,&apos; or similar at the top of a document?)</translation>
    </message>
    <message>
        <source>A document must be a Kubernetes object: &apos;apiVersion: …&apos;, &apos;kind: …&apos;.</source>
        <translation>A document must be a Kubernetes object: &apos;apiVersion: …&apos;, &apos;kind: …&apos;.</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 MiB of text in this document; Hopscope stopped reading it</source>
        <translation>aliases expand to more than %1 MiB of text in this document; Hopscope stopped reading it</translation>
    </message>
</context>
<context>
    <name>hopscope::app::Classroom</name>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(the open manifests have no lesson)</source>
        <translation>(the open manifests have no lesson)</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>the client</translation>
    </message>
    <message>
        <source>Send request from here</source>
        <translation>Send request from here</translation>
    </message>
    <message>
        <source>Send request to this Service</source>
        <translation>Send request to this Service</translation>
    </message>
    <message>
        <source>Send request to this pod</source>
        <translation>Send request to this pod</translation>
    </message>
    <message>
        <source>Send request to this node</source>
        <translation>Send request to this node</translation>
    </message>
    <message>
        <source>Send request to…</source>
        <translation>Send request to…</translation>
    </message>
    <message>
        <source>Click a source: the client, a pod or a node</source>
        <translation>Click a source: the client, a pod or a node</translation>
    </message>
    <message>
        <source>From %1: click a destination (a Service, node port, load balancer or pod)</source>
        <translation>From %1: click a destination (a Service, node port, load balancer or pod)</translation>
    </message>
    <message>
        <source>Press Send</source>
        <translation>Press Send</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>%1 of %2 requests delivered: %3</source>
        <translation>%1 of %2 requests delivered: %3</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ClientItem</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Client&lt;/b&gt; outside the cluster&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Client&lt;/b&gt; outside the cluster&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ClusterDocument</name>
    <message>
        <source>untitled</source>
        <translation>untitled</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>The bundled demo is not part of this build.</source>
        <translation>The bundled demo is not part of this build.</translation>
    </message>
    <message>
        <source>No Kubernetes objects found (no Pod, workload, Service or Node).</source>
        <translation>No Kubernetes objects found (no Pod, workload, Service or Node).</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (demo)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ClusterFrameItem</name>
    <message>
        <source>pods %1 · Services %2 · NodePorts %3</source>
        <translation>pods %1 · Services %2 · NodePorts %3</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ClusterView</name>
    <message>
        <source>Drop Kubernetes manifests here</source>
        <translation>Drop Kubernetes manifests here</translation>
    </message>
    <message>
        <source>YAML or JSON files, or a folder of them
or use File ▸ Open Files…, Open Folder… or Open Demo</source>
        <translation>YAML or JSON files, or a folder of them
or use File ▸ Open Files…, Open Folder… or Open Demo</translation>
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
        <translation>Where</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Packet (src → dst)</source>
        <translation>Packet (src → dst)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::EventListPanel</name>
    <message>
        <source>Show or hide the %1 events</source>
        <translation>Show or hide the %1 events</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ExportActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Scene as &amp;PNG…</source>
        <translation>Scene as &amp;PNG…</translation>
    </message>
    <message>
        <source>Scene as &amp;SVG…</source>
        <translation>Scene as &amp;SVG…</translation>
    </message>
    <message>
        <source>Trace as &amp;Markdown…</source>
        <translation>Trace as &amp;Markdown…</translation>
    </message>
    <message>
        <source>Trace as &amp;CSV…</source>
        <translation>Trace as &amp;CSV…</translation>
    </message>
    <message>
        <source>Trace as &amp;Frames (Folder)…</source>
        <translation>Trace as &amp;Frames (Folder)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>The drawing as shown, with the packet and its path at the current step</source>
        <translation>The drawing as shown, with the packet and its path at the current step</translation>
    </message>
    <message>
        <source>There is no trace to export: send a request first.</source>
        <translation>There is no trace to export: send a request first.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export the scene as SVG</source>
        <translation>Export the scene as SVG</translation>
    </message>
    <message>
        <source>Export the scene as PNG</source>
        <translation>Export the scene as PNG</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Export the trace as CSV</source>
        <translation>Export the trace as CSV</translation>
    </message>
    <message>
        <source>Export the trace as Markdown</source>
        <translation>Export the trace as Markdown</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV table (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export the trace as frames: choose a folder</source>
        <translation>Export the trace as frames: choose a folder</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n frame(s) to %1</source>
        <translation>
            <numerusform>Exported %n frame to %1</numerusform>
            <numerusform>Exported %n frames to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>hopscope::app::FindActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>Find a node, pod, Service or workload by name, label or address</source>
        <translation>Find a node, pod, Service or workload by name, label or address</translation>
    </message>
    <message>
        <source>Name, key=value or IP address</source>
        <translation>Name, key=value or IP address</translation>
    </message>
    <message>
        <source>Find a node, pod, Service or workload: a name (web, default/web, svc/web), a label (app=web) or an address (10.244.1.2)</source>
        <translation>Find a node, pod, Service or workload: a name (web, default/web, svc/web), a label (app=web) or an address (10.244.1.2)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Indexing…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>%1 has no pods to show</source>
        <translation>%1 has no pods to show</translation>
    </message>
    <message>
        <source>%1 is not drawn</source>
        <translation>%1 is not drawn</translation>
    </message>
</context>
<context>
    <name>hopscope::app::FindResultsModel</name>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>ReplicaSet</source>
        <translation>ReplicaSet</translation>
    </message>
    <message>
        <source>StatefulSet</source>
        <translation>StatefulSet</translation>
    </message>
    <message>
        <source>DaemonSet</source>
        <translation>DaemonSet</translation>
    </message>
</context>
<context>
    <name>hopscope::app::HelpActions</name>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Keyboard Shortcuts…</translation>
    </message>
    <message>
        <source>&amp;First Steps</source>
        <translation>&amp;First Steps</translation>
    </message>
    <message>
        <source>&lt;b&gt;Where to start&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Pick a request from &lt;b&gt;Requests&lt;/b&gt; (or the box at the left of the request bar) — or click the client, then a Service on the drawing.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;→&lt;/b&gt; or &lt;b&gt;PageDown&lt;/b&gt; to step hop by hop; &lt;b&gt;Space&lt;/b&gt; plays.&lt;/li&gt;&lt;li&gt;Read &lt;b&gt;What happens&lt;/b&gt; in Hop details; the &lt;b&gt;Rules&lt;/b&gt; pane shows the iptables rules the hop walked.&lt;/li&gt;&lt;/ol&gt;Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>&lt;b&gt;Where to start&lt;/b&gt;&lt;ol&gt;&lt;li&gt;Pick a request from &lt;b&gt;Requests&lt;/b&gt; (or the box at the left of the request bar) — or click the client, then a Service on the drawing.&lt;/li&gt;&lt;li&gt;Press &lt;b&gt;→&lt;/b&gt; or &lt;b&gt;PageDown&lt;/b&gt; to step hop by hop; &lt;b&gt;Space&lt;/b&gt; plays.&lt;/li&gt;&lt;li&gt;Read &lt;b&gt;What happens&lt;/b&gt; in Hop details; the &lt;b&gt;Rules&lt;/b&gt; pane shows the iptables rules the hop walked.&lt;/li&gt;&lt;/ol&gt;Help ▸ Keyboard Shortcuts lists every key.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Got it</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Keyboard Shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>hopscope::app::HopCaption</name>
    <message>
        <source>Hop %1 of %2 · %3 · %4 (reply)</source>
        <translation>Hop %1 of %2 · %3 · %4 (reply)</translation>
    </message>
    <message>
        <source>Hop %1 of %2 · %3 · %4</source>
        <translation>Hop %1 of %2 · %3 · %4</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>packet</translation>
    </message>
    <message>
        <source>Teacher&apos;s note:</source>
        <translation>Teacher&apos;s note:</translation>
    </message>
</context>
<context>
    <name>hopscope::app::HopDetailsPanel</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>No request yet: click a source, then a destination.</source>
        <translation>No request yet: click a source, then a destination.</translation>
    </message>
    <message>
        <source>Hop %1 of %2 · %3 · %4%5</source>
        <translation>Hop %1 of %2 · %3 · %4%5</translation>
    </message>
    <message>
        <source> (reply)</source>
        <translation> (reply)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>route: %1</translation>
    </message>
    <message>
        <source>conntrack: %1</source>
        <translation>conntrack: %1</translation>
    </message>
    <message>
        <source>(nothing to decide: the packet goes on as it is)</source>
        <translation>(nothing to decide: the packet goes on as it is)</translation>
    </message>
    <message>
        <source>Why: problems in the manifests</source>
        <translation>Why: problems in the manifests</translation>
    </message>
</context>
<context>
    <name>hopscope::app::LegendItem</name>
    <message>
        <source>node</source>
        <translation>node</translation>
    </message>
    <message>
        <source>pod</source>
        <translation>pod</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>selector</source>
        <translation>selector</translation>
    </message>
    <message>
        <source>request path</source>
        <translation>request path</translation>
    </message>
    <message>
        <source>reply path</source>
        <translation>reply path</translation>
    </message>
    <message>
        <source>packet</source>
        <translation>packet</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>failure</translation>
    </message>
    <message>
        <source>system object</source>
        <translation>system object</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>node and its IPs</source>
        <translation>node and its IPs</translation>
    </message>
    <message>
        <source>pod and its IP</source>
        <translation>pod and its IP</translation>
    </message>
    <message>
        <source>a virtual IP inside</source>
        <translation>a virtual IP inside</translation>
    </message>
    <message>
        <source>+ port on each node</source>
        <translation>+ port on each node</translation>
    </message>
    <message>
        <source>+ cloud balancer</source>
        <translation>+ cloud balancer</translation>
    </message>
    <message>
        <source>DNS name (CNAME)</source>
        <translation>DNS name (CNAME)</translation>
    </message>
    <message>
        <source>outside client</source>
        <translation>outside client</translation>
    </message>
    <message>
        <source>selector → pod</source>
        <translation>selector → pod</translation>
    </message>
    <message>
        <source>packet src → dst</source>
        <translation>packet src → dst</translation>
    </message>
    <message>
        <source>dropped: failure</source>
        <translation>dropped: failure</translation>
    </message>
</context>
<context>
    <name>hopscope::app::LessonActions</name>
    <message>
        <source>the client</source>
        <translation>the client</translation>
    </message>
    <message>
        <source>&amp;Save Lesson</source>
        <translation>&amp;Save Lesson</translation>
    </message>
    <message>
        <source>Save Lesson &amp;As…</source>
        <translation>Save Lesson &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Embed Manifests in Lessons</source>
        <translation>&amp;Embed Manifests in Lessons</translation>
    </message>
    <message>
        <source>Write the manifests into the lesson file instead of referring to them (always done for standard input and the demos)</source>
        <translation>Write the manifests into the lesson file instead of referring to them (always done for standard input and the demos)</translation>
    </message>
    <message>
        <source>&amp;Reset Positions</source>
        <translation>&amp;Reset Positions</translation>
    </message>
    <message>
        <source>Put every dragged item back where the layout puts it</source>
        <translation>Put every dragged item back where the layout puts it</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Reset positions</source>
        <translation>Reset positions</translation>
    </message>
    <message>
        <source>Reset position of %1</source>
        <translation>Reset position of %1</translation>
    </message>
    <message>
        <source>Untitled lesson</source>
        <translation>Untitled lesson</translation>
    </message>
    <message>
        <source>Lesson saved: %1</source>
        <translation>Lesson saved: %1</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>Save lesson</translation>
    </message>
    <message>
        <source>Hopscope lessons (*.lesson.yaml)</source>
        <translation>Hopscope lessons (*.lesson.yaml)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::LoadBalancerItem</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Cloud load balancer&lt;/b&gt; of %1&lt;/p&gt;&lt;p&gt;%2 → the nodes&apos; NodePorts&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cloud load balancer&lt;/b&gt; of %1&lt;/p&gt;&lt;p&gt;%2 → the nodes&apos; NodePorts&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hopscope::app::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Loading… %p%</source>
        <translation>Loading… %p%</translation>
    </message>
    <message>
        <source>Stop loading; the cluster on screen stays</source>
        <translation>Stop loading; the cluster on screen stays</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Open Files…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Open &amp;Folder…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open &amp;Demo</source>
        <translation>Open &amp;Demo</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Cluster &amp;Settings…</source>
        <translation>Cluster &amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Actual Size</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Fit to Window</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Hopscope</source>
        <translation>&amp;About Hopscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Service(s)</source>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>what-if</translation>
    </message>
    <message>
        <source>Open Kubernetes manifests</source>
        <translation>Open Kubernetes manifests</translation>
    </message>
    <message>
        <source>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Kubernetes manifests (*.yaml *.yml *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Open a folder of manifests</source>
        <translation>Open a folder of manifests</translation>
    </message>
    <message>
        <source>About Hopscope</source>
        <translation>About Hopscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;A Kubernetes service-network visualizer for teaching: nodes, pods, Services and the path a request takes, hop by hop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;A Kubernetes service-network visualizer for teaching: nodes, pods, Services and the path a request takes, hop by hop.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Hop details</source>
        <translation>Hop details</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;System Default</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Teacher&apos;s notes</source>
        <translation>Teacher&apos;s notes</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Watch Files</source>
        <translation>&amp;Watch Files</translation>
    </message>
    <message>
        <source>Reload the manifests when they change on disk</source>
        <translation>Reload the manifests when they change on disk</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legend</translation>
    </message>
    <message>
        <source>&amp;Minimap</source>
        <translation>&amp;Minimap</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message numerus="yes">
        <source>Reload failed: showing the last good cluster; %n problem(s)</source>
        <translation>
            <numerusform>Reload failed: showing the last good cluster; %n problem</numerusform>
            <numerusform>Reload failed: showing the last good cluster; %n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not open %1: showing the cluster open before; %n problem(s)</source>
        <translation>
            <numerusform>Could not open %1: showing the cluster open before; %n problem</numerusform>
            <numerusform>Could not open %1: showing the cluster open before; %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Files outside the lesson</source>
        <translation>Files outside the lesson</translation>
    </message>
    <message>
        <source>This lesson names files outside its folder. Read them?

%1</source>
        <translation>This lesson names files outside its folder. Read them?

%1</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>Open from &amp;Cluster…</source>
        <translation>Open from &amp;Cluster…</translation>
    </message>
</context>
<context>
    <name>hopscope::app::MiniMap</name>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Overview: click or drag to move the view</translation>
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
        <translation>no node could take these pods</translation>
    </message>
    <message>
        <source>Pods that the scheduler could not place on any node: they have no IP.</source>
        <translation>Pods that the scheduler could not place on any node: they have no IP.</translation>
    </message>
    <message>
        <source>no pods</source>
        <translation>no pods</translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::app::NodePortItem</name>
    <message numerus="yes">
        <source>%n more NodePort(s) on %1</source>
        <translation>
            <numerusform>%n more NodePort on %1</numerusform>
            <numerusform>%n more NodePorts on %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;NodePort %1&lt;/b&gt; of %2 on %3&lt;/p&gt;&lt;p&gt;%4:%1 → %5&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;NodePort %1&lt;/b&gt; of %2 on %3&lt;/p&gt;&lt;p&gt;%4:%1 → %5&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hopscope::app::NotesPanel</name>
    <message>
        <source>Said with this request (shown to the class)</source>
        <translation>Said with this request (shown to the class)</translation>
    </message>
    <message>
        <source>Said at this step (shown to the class)</source>
        <translation>Said at this step (shown to the class)</translation>
    </message>
    <message>
        <source>Request note:</source>
        <translation>Request note:</translation>
    </message>
    <message>
        <source>Step note:</source>
        <translation>Step note:</translation>
    </message>
    <message>
        <source>Send a request to write notes for it.</source>
        <translation>Send a request to write notes for it.</translation>
    </message>
    <message>
        <source>Preset: %1</source>
        <translation>Preset: %1</translation>
    </message>
    <message>
        <source>%1 → %2 (a note keeps it in the lesson)</source>
        <translation>%1 → %2 (a note keeps it in the lesson)</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
</context>
<context>
    <name>hopscope::app::OpenFromClusterDialog</name>
    <message>
        <source>Open from Cluster</source>
        <translation>Open from Cluster</translation>
    </message>
    <message>
        <source>kubectl &amp;context:</source>
        <translation>kubectl &amp;context:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>The contexts of your kubeconfig (kubectl config get-contexts)</source>
        <translation>The contexts of your kubeconfig (kubectl config get-contexts)</translation>
    </message>
    <message>
        <source>kubectl is not installed, or not on the PATH. Install kubectl and set up a context for your cluster, then try again.</source>
        <translation>kubectl is not installed, or not on the PATH. Install kubectl and set up a context for your cluster, then try again.</translation>
    </message>
    <message>
        <source>Asking kubectl for its contexts…</source>
        <translation>Asking kubectl for its contexts…</translation>
    </message>
    <message>
        <source>kubectl has no contexts: set one up for your cluster (kubectl config set-context) and try again.</source>
        <translation>kubectl has no contexts: set one up for your cluster (kubectl config set-context) and try again.</translation>
    </message>
    <message>
        <source>Reading the cluster of context %1… %2 read</source>
        <translation>Reading the cluster of context %1… %2 read</translation>
    </message>
    <message>
        <source>Reading the cluster of context %1…</source>
        <translation>Reading the cluster of context %1…</translation>
    </message>
    <message>
        <source>kubectl stopped with exit code %1.</source>
        <translation>kubectl stopped with exit code %1.</translation>
    </message>
    <message>
        <source>kubectl failed:</source>
        <translation>kubectl failed:</translation>
    </message>
    <message>
        <source>Cancelled: the cluster on screen stays.</source>
        <translation>Cancelled: the cluster on screen stays.</translation>
    </message>
</context>
<context>
    <name>hopscope::app::OverviewItem</name>
    <message>
        <source>zoom in to see pods</source>
        <translation>zoom in to see pods</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s)</source>
        <translation>
            <numerusform>%n pod</numerusform>
            <numerusform>%n pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Service(s)</source>
        <translation>
            <numerusform>%n Service</numerusform>
            <numerusform>%n Services</numerusform>
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
        <translation>VXLAN outer source</translation>
    </message>
    <message>
        <source>VXLAN outer destination</source>
        <translation>VXLAN outer destination</translation>
    </message>
    <message>
        <source>VXLAN UDP port</source>
        <translation>VXLAN UDP port</translation>
    </message>
    <message>
        <source>VNI</source>
        <translation>VNI</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>Source IP</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>Source port</translation>
    </message>
    <message>
        <source>Destination IP</source>
        <translation>Destination IP</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>Destination port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Masquerade mark</source>
        <translation>Masquerade mark</translation>
    </message>
</context>
<context>
    <name>hopscope::app::PlaybackBar</name>
    <message>
        <source>Playback</source>
        <translation>Playback</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>  hop %1 / %2  </source>
        <translation>  hop %1 / %2  </translation>
    </message>
</context>
<context>
    <name>hopscope::app::PodItem</name>
    <message numerus="yes">
        <source>%n more pod(s)</source>
        <translation>
            <numerusform>%n more pod</numerusform>
            <numerusform>%n more pods</numerusform>
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
        <translation>no container ports</translation>
    </message>
</context>
<context>
    <name>hopscope::app::PresentationMode</name>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Presentation Mode</translation>
    </message>
    <message>
        <source>Full screen, large text, high contrast (F5; Esc leaves)</source>
        <translation>Full screen, large text, high contrast (F5; Esc leaves)</translation>
    </message>
    <message>
        <source>Leave Presentation Mode</source>
        <translation>Leave Presentation Mode</translation>
    </message>
    <message>
        <source>Esc leaves presentation</source>
        <translation>Esc leaves presentation</translation>
    </message>
    <message>
        <source>Presentation &amp;Text Size</source>
        <translation>Presentation &amp;Text Size</translation>
    </message>
    <message>
        <source>Presentation &amp;Caption</source>
        <translation>Presentation &amp;Caption</translation>
    </message>
    <message>
        <source>The hop&apos;s caption under the drawing while presenting (C hides or shows it)</source>
        <translation>The hop&apos;s caption under the drawing while presenting (C hides or shows it)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ProblemsModel</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standard input</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>hint: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>Click a problem to see its line.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Infos</source>
        <translation>Infos</translation>
    </message>
    <message>
        <source>%1 has no file to show.</source>
        <translation>%1 has no file to show.</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <translation>hint: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::app::QuizPanel</name>
    <message>
        <source>&amp;Quiz Mode</source>
        <translation>&amp;Quiz Mode</translation>
    </message>
    <message>
        <source>Before each hop, the class guesses where the packet goes or what the rule makes of it</source>
        <translation>Before each hop, the class guesses where the packet goes or what the rule makes of it</translation>
    </message>
    <message>
        <source>Quiz mode: guess each hop before it is shown</source>
        <translation>Quiz mode: guess each hop before it is shown</translation>
    </message>
    <message>
        <source>Show hop %1</source>
        <translation>Show hop %1</translation>
    </message>
    <message>
        <source>Hop %1 of %2: pick an answer.</source>
        <translation>Hop %1 of %2: pick an answer.</translation>
    </message>
    <message>
        <source>Send a request: the quiz asks before each hop.</source>
        <translation>Send a request: the quiz asks before each hop.</translation>
    </message>
    <message>
        <source>Quiz mode is off.</source>
        <translation>Quiz mode is off.</translation>
    </message>
    <message>
        <source>Right!</source>
        <translation>Right!</translation>
    </message>
    <message>
        <source>Not quite: the answer is %1.</source>
        <translation>Not quite: the answer is %1.</translation>
    </message>
    <message>
        <source>Step on: the next question comes before its hop.</source>
        <translation>Step on: the next question comes before its hop.</translation>
    </message>
    <message>
        <source>Score: %1</source>
        <translation>Score: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::app::RequestBar</name>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send N</source>
        <translation>Send N</translation>
    </message>
    <message>
        <source>The lesson&apos;s requests</source>
        <translation>The lesson&apos;s requests</translation>
    </message>
    <message>
        <source>Source: client, pod/NAME or node/NAME — or click one on the drawing</source>
        <translation>Source: client, pod/NAME or node/NAME — or click one on the drawing</translation>
    </message>
    <message>
        <source>Destination: IP:PORT, NAME:PORT or a Service&apos;s DNS name — or click a Service, node port, load balancer or pod</source>
        <translation>Destination: IP:PORT, NAME:PORT or a Service&apos;s DNS name — or click a Service, node port, load balancer or pod</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>seed </translation>
    </message>
    <message>
        <source>The random endpoint choice follows this seed</source>
        <translation>The random endpoint choice follows this seed</translation>
    </message>
    <message>
        <source>pin endpoint ip:port</source>
        <translation>pin endpoint ip:port</translation>
    </message>
    <message>
        <source>How many requests &quot;Send N&quot; sends</source>
        <translation>How many requests &quot;Send N&quot; sends</translation>
    </message>
    <message>
        <source> From </source>
        <translation> From </translation>
    </message>
    <message>
        <source> To </source>
        <translation> To </translation>
    </message>
    <message>
        <source>(no lesson presets)</source>
        <translation>(no lesson presets)</translation>
    </message>
    <message>
        <source>Lesson presets…</source>
        <translation>Lesson presets…</translation>
    </message>
</context>
<context>
    <name>hopscope::app::RulesPanel</name>
    <message>
        <source>Outside the cluster: no kube-proxy rules here.</source>
        <translation>Outside the cluster: no kube-proxy rules here.</translation>
    </message>
    <message>
        <source>iptables rules kube-proxy wrote on %1 (iptables-save)</source>
        <translation>iptables rules kube-proxy wrote on %1 (iptables-save)</translation>
    </message>
    <message>
        <source>This hop</source>
        <translation>This hop</translation>
    </message>
    <message>
        <source>All rules (iptables-save)</source>
        <translation>All rules (iptables-save)</translation>
    </message>
    <message>
        <source>The rules this hop walked, in order, chain by chain</source>
        <translation>The rules this hop walked, in order, chain by chain</translation>
    </message>
    <message>
        <source>Every rule kube-proxy wrote on the node</source>
        <translation>Every rule kube-proxy wrote on the node</translation>
    </message>
    <message>
        <source>On %1, in the order netfilter met them; ▶ decided.</source>
        <translation>On %1, in the order netfilter met them; ▶ decided.</translation>
    </message>
    <message>
        <source>Send a request to see the rules each hop walks.</source>
        <translation>Send a request to see the rules each hop walks.</translation>
    </message>
    <message>
        <source>Route (ip route)</source>
        <translation>Route (ip route)</translation>
    </message>
    <message>
        <source>Conntrack entry (conntrack -L)</source>
        <translation>Conntrack entry (conntrack -L)</translation>
    </message>
    <message>
        <source>No iptables rule, route or conntrack entry decides this hop.</source>
        <translation>No iptables rule, route or conntrack entry decides this hop.</translation>
    </message>
</context>
<context>
    <name>hopscope::app::SceneRenderer</name>
    <message>
        <source>Kubernetes service network drawn by Hopscope</source>
        <translation>Kubernetes service network drawn by Hopscope</translation>
    </message>
    <message>
        <source>%1: the output must end in .png or .svg</source>
        <translation>%1: the output must end in .png or .svg</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>cannot write the SVG drawing</source>
        <translation>cannot write the SVG drawing</translation>
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
        <translation>None (headless)</translation>
    </message>
    <message>
        <source>no endpoints</source>
        <translation>no endpoints</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
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
        <translation>Pod network</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>Node %1</source>
        <translation>Node %1</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>none yet (Pending)</source>
        <translation>none yet (Pending)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Node</translation>
    </message>
    <message>
        <source>none (Pending)</source>
        <translation>none (Pending)</translation>
    </message>
    <message>
        <source>Container ports</source>
        <translation>Container ports</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Hopscope (a system pod of the cluster)</source>
        <translation>Hopscope (a system pod of the cluster)</translation>
    </message>
    <message>
        <source>Pod %1</source>
        <translation>Pod %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>Load balancer</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
</context>
<context>
    <name>hopscope::app::SelectorEdgeItem</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; selects &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;selector: %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; selects &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;selector: %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hopscope::app::SettingsDialog</name>
    <message>
        <source>Cluster settings</source>
        <translation>Cluster settings</translation>
    </message>
    <message>
        <source>Nodes (--nodes):</source>
        <translation>Nodes (--nodes):</translation>
    </message>
    <message>
        <source>Pod network (--cluster-cidr):</source>
        <translation>Pod network (--cluster-cidr):</translation>
    </message>
    <message>
        <source>Service range (--service-cluster-ip-range):</source>
        <translation>Service range (--service-cluster-ip-range):</translation>
    </message>
    <message>
        <source>NodePort range (--service-node-port-range):</source>
        <translation>NodePort range (--service-node-port-range):</translation>
    </message>
    <message>
        <source>The number of nodes applies when the manifests hold no Node objects.</source>
        <translation>The number of nodes applies when the manifests hold no Node objects.</translation>
    </message>
    <message>
        <source>--service-node-port-range: &quot;%1&quot; is not a range such as 30000-32767</source>
        <translation>--service-node-port-range: &quot;%1&quot; is not a range such as 30000-32767</translation>
    </message>
</context>
<context>
    <name>hopscope::app::SourceView</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>… (only the first %1 MB are shown)</source>
        <translation>… (only the first %1 MB are shown)</translation>
    </message>
</context>
<context>
    <name>hopscope::app::ThemeManager</name>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;High Contrast</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
</context>
<context>
    <name>hopscope::app::TraceFrames</name>
    <message>
        <source>the trace has no hops</source>
        <translation>the trace has no hops</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>hopscope::app::TraceOverlay</name>
    <message>
        <source>VXLAN tunnel · UDP 8472</source>
        <translation>VXLAN tunnel · UDP 8472</translation>
    </message>
</context>
<context>
    <name>hopscope::app::UserGuideDialog</name>
    <message>
        <source>Hopscope User Guide</source>
        <translation>Hopscope User Guide</translation>
    </message>
</context>
<context>
    <name>hopscope::app::WhatIfActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>What-if History</source>
        <translation>What-if History</translation>
    </message>
    <message>
        <source>The cluster as opened</source>
        <translation>The cluster as opened</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Replicas of %1:</source>
        <translation>Replicas of %1:</translation>
    </message>
    <message>
        <source>%1: nothing changes.</source>
        <translation>%1: nothing changes.</translation>
    </message>
    <message>
        <source>Scale %1 %2</source>
        <translation>Scale %1 %2</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Set Replicas…</source>
        <translation>Set Replicas…</translation>
    </message>
</context>
<context>
    <name>hopscope::korean</name>
    <message>
        <source>en</source>
        <comment>This translation&apos;s language code: ko in the Korean translation, en in English</comment>
        <translation>en</translation>
    </message>
</context>
</TS>
