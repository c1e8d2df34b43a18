// A lesson's cluster settings: read onto the command line's (applySettings) and written back as
// the flags a saved lesson keeps (settingsFlags).
#include "core/classroom/lesson.h"

#include <QCoreApplication>

namespace hopscope {

namespace {

// The lesson reader's translation context (lesson.cpp uses the same).
class LessonTr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Lesson)
};

} // namespace

ClusterSettings Lesson::applySettings(const ClusterSettings &base, Diagnostics *out) const
{
    ClusterSettings s = base;
    auto bad = [&](const QString &key, const QString &value) {
        if (out)
            out->append(Diagnostic::make(
                Severity::Error, "lesson-setting", SourceLocation{file, 0, 0},
                LessonTr::tr("Bad value \"%1\" for the setting \"%2\".").arg(value, key)));
    };
    for (const auto &[key, value] : settings) {
        if (key == u"nodes") {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (ok && n > 0)
                s.nodeCount = n;
            else
                bad(key, value);
        } else if (key == u"cluster-cidr") {
            s.clusterCidr = value;
        } else if (key == u"service-cluster-ip-range") {
            s.serviceCidr = value;
        } else if (key == u"service-node-port-range") {
            if (!s.setNodePortRange(value))
                bad(key, value);
        } else if (key == u"client-ip") {
            s.clientIP = value;
        } else if (!s.setOption(key, value)) {
            bad(key, value);
        }
    }
    for (const LessonClient &c : clients)
        s.clients.append({c.name, c.address});
    if (out)
        out->append(s.validate());
    return s;
}

QList<QPair<QString, QString>> Lesson::settingsFlags(const ClusterSettings &s)
{
    const ClusterSettings d;
    QList<QPair<QString, QString>> out;
    if (s.nodeCount != d.nodeCount)
        out.append({QStringLiteral("nodes"), QString::number(s.nodeCount)});
    if (s.clusterCidr != d.clusterCidr)
        out.append({QStringLiteral("cluster-cidr"), s.clusterCidr});
    if (s.serviceCidr != d.serviceCidr)
        out.append({QStringLiteral("service-cluster-ip-range"), s.serviceCidr});
    if (s.nodePortRange() != d.nodePortRange())
        out.append({QStringLiteral("service-node-port-range"), s.nodePortRange()});
    if (s.clientIP != d.clientIP)
        out.append({QStringLiteral("client-ip"), s.clientIP});
    out += s.changedOptions();
    return out;
}

} // namespace hopscope
