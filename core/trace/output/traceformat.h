#pragma once

// A Trace as text (one hop per block, for terminals and handouts) and as JSON (a stable schema
// for scripts). Used by `hopscope trace` and by the GUI's export, so both print the same.
//
// Text (columns aligned over the whole trace; explanations wrapped at `width` columns):
//
//   Trace  pod/default/front-end-0 → back-end:80  (TCP, seed 1)
//
//    #  R  where                             action      packet
//    1     pod/default/front-end-0 eth0      send        10.244.1.2:43512 → 10.96.0.20:80 TCP
//            route    default via 10.244.1.1 dev eth0
//            Pod front-end-0 sends 10.244.1.2:43512 → 10.96.0.20:80. …
//    2     node/node-2 veth3f2a9c1e          DNAT        10.244.1.2:43512 → 10.96.0.20:80 TCP
//                                                      ⇒ 10.244.1.2:43512 → 10.244.2.3:8080 TCP
//            rules    nat      -A PREROUTING -m comment --comment "kubernetes service …
//                     nat #12  -A KUBE-SERVICES -m comment --comment "default/back-end …
//                     nat #57  -A KUBE-SEP-… -j DNAT --to-destination 10.244.2.3:8080
//            service  svc/default/back-end
//            kube-proxy's rules on node-2 catch 10.96.0.20:80, …
//    …
//       ── reply ──
//    9  R  pod/default/back-end-1 eth0       send        …
//
//   Result: delivered. Delivered to pod/default/back-end-1 (10.244.2.3:8080); …
//
// A failure hop is marked "✗" after its action. `#N` is the rule's position in its table on
// that node (NodeProxyRules::ruleIndex; the order of `hopscope iptables`); rules that are not
// kube-proxy's (entry jumps, flannel's) have none.

#include "core/model/trace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hopscope {

QString formatTraceText(const Trace &trace, int width = 100);

// The JSON object of a trace (schema "hopscope-trace/1", documented in traceformat.cpp).
QJsonObject traceToJson(const Trace &trace);
QByteArray formatTraceJson(const Trace &trace); // indented, UTF-8, ends with a newline

// The terminal width of a string: East Asian wide characters (Hangul, CJK) count 2.
int displayWidth(QStringView text);

} // namespace hopscope
