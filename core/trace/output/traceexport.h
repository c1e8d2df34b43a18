#pragma once

// A Trace as a table for handouts: Markdown (a pipe table) and CSV (RFC 4180). One row per hop,
// the request's and the reply's, with the columns
//
//   hop | where | action | before | after | rule | explanation
//
// `hop` is the 1-based number of `hopscope trace`'s text ("9 (reply)" on the reply's hops);
// `where` the entity and its interface; `action` the translated label (a failure hop ends in
// " ✗"); `before`/`after` the packet headers (PacketHeader::toString); `rule` what decided: the
// iptables rule ("nat #57 -A KUBE-SEP-… -j DNAT …"), else the route, the conntrack entry or the
// DNS lines; `explanation` the tracer's translated sentence. Headers are translated (context
// hopscope::TraceFormat, like the text format).
//
// Markdown: a title line, the table (a cell escapes `|` and Markdown's inline marks with a
// backslash, and writes its line breaks as <br>; an `after` that differs from `before` is
// bold), then the result sentence. CSV: the header row and the rows only, fields quoted when
// they hold a comma, a double quote (doubled), CR or LF; records end in CRLF; UTF-8.

#include "core/model/cluster.h"
#include "core/model/trace.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hopscope {

// The translated column headers, in order.
QStringList traceTableHeader();
// The cells of every hop, in order (plain text: line breaks are '\n').
QList<QStringList> traceTableRows(const Trace &trace);

QString formatTraceMarkdown(const Trace &trace);
QString formatTraceCsv(const Trace &trace);

// One Markdown table cell / one CSV field, escaped.
QString markdownCell(const QString &text);
QString csvField(const QString &text);
// Reads CSV back (RFC 4180: quoted fields, doubled quotes, CRLF or LF records); the inverse of
// formatTraceCsv for tests and for scripts that re-read a handout.
QList<QStringList> parseCsv(const QString &text);

// A short name for files of this trace: the type of the Service it went through ("nodeport",
// "clusterip", "loadbalancer"), else "pod" / "node" for a request to an address, "request" when
// nothing better is known. Lower case ASCII, for file names.
QString traceFileTag(const Trace &trace, const Cluster &cluster);
// `text` as a file-name part: lower case, runs of anything but [a-z0-9.] made one '-'.
QString fileNameSlug(const QString &text);

} // namespace hopscope
