#include "scene/drawntext.h"

namespace hopscope::app {

QString DrawnText::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Label:
        return QStringLiteral("label");
    case Kind::Callout:
        return QStringLiteral("callout");
    case Kind::Caption:
        return QStringLiteral("caption");
    case Kind::Legend:
        return QStringLiteral("legend");
    }
    return QString();
}

} // namespace hopscope::app
