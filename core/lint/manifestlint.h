#pragma once

// Text-level teaching checks on the raw bytes of one manifest file: the mistakes that stop YAML
// from reading a file the way its author meant, found even when the YAML does not parse.
//
//   tab-indent      a tab in a line's indentation (YAML allows only spaces; kubectl stops with
//                   "found character that cannot start any token"). One diagnostic per run of
//                   consecutive lines, at the first tab, with the line count. A tab before a
//                   comment or on a blank line is legal YAML that Hopscope's parser (yaml-cpp)
//                   still refuses: a warning.
//   key-no-space    `kind:Service`: no space after the colon, so YAML reads one text
//                   "kind:Service" instead of the key kind with the value Service. Reported at
//                   the colon, for known Kubernetes keys and wherever a key must stand.
//   dash-no-space   `-port: 80`: no space after the dash, so "-port" is a key, not a list item.
//   duplicate-key   the same key twice in one mapping (kubectl silently keeps the last value).
//
// Each finding but duplicate-key also yields a repair (TextEdit). Read with the repairs applied,
// the file says what its author meant; the checks entry point (checks.h) re-reads it that way to
// report the file's other mistakes too, located in the original text.
//
// Tab width of the repair: a tab advances to the next multiple of W columns, as an editor shows
// it. W = 2 is tried first: the seed's YAML, indented with one tab per level, then nests two
// spaces per level as Kubernetes examples do, and means what its author meant. Any W gives the
// same structure when only tabs indent a file; W matters when spaces and tabs are mixed, where
// the author lined lines up in an editor: then 4 and 8 are tried too and the first width with
// which the document parses is kept (2 if none does).

#include "core/base/diagnostic.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace hopscope {

// One change of the repaired reading: bytes [column, column + length) of a line (1-based
// column) are replaced. Lines are never added or removed.
struct TextEdit
{
    enum class Kind { Tab, ColonSpace, DashSpace };
    Kind kind = Kind::Tab;
    int line = 0;
    int column = 1;
    int length = 0;
    QByteArray replacement;
    QString key; // the key given a space (ColonSpace, DashSpace)
};

struct TextLintResult
{
    Diagnostics diagnostics; // in the original text's coordinates (file name filled in)
    QList<TextEdit> edits;   // sorted by line, then column; empty when nothing to repair
    int tabWidth = 0;        // W of the repair; 0 when no tab was repaired

    bool needsRepair() const { return !edits.isEmpty(); }
};

// Runs the text checks on one file's bytes (UTF-8, as the reader parses them).
TextLintResult lintText(QByteArrayView text, const QString &fileName);

// The text with the edits applied.
QByteArray applyEdits(QByteArrayView text, const QList<TextEdit> &edits);

// A location in the repaired text, mapped back to the original text (same line; the column of
// a character inserted or expanded by an edit maps to the edit's own column).
SourceLocation mapToOriginal(const QList<TextEdit> &edits, SourceLocation where);

// "each tab taken as 2 spaces and a space after 'kind:' and 'type:'" for the edits given: a
// list of repairs, translated, for sentences that take it whole ("Read with %1, it is %2.");
// empty when there are none.
QString describeRepairs(const QList<TextEdit> &edits, int tabWidth);

} // namespace hopscope
