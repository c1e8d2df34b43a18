#pragma once

#include <QCoreApplication>

namespace hopscope {

// The translation context of the teaching checks' texts: lupdate files LintTr::tr() calls under
// "hopscope::Lint", which is also the context they are looked up in at run time.
class LintTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Lint)
};

} // namespace hopscope
