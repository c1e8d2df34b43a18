#include "core/objects/objectparser.h"

#include "core/objects/duplicatekeys.h"
#include "core/objects/fieldreader.h"
#include "core/objects/objectparser_p.h"

#include <QCoreApplication>

#include <algorithm>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::Manifest)
};

struct KindInfo
{
    const char *kind;
    const char *apiVersion;
};

// The kinds Hopscope models and the API version that serves them today.
constexpr KindInfo kModelled[] = {
    {"Pod", "v1"},
    {"Service", "v1"},
    {"Node", "v1"},
    {"Namespace", "v1"},
    {"Endpoints", "v1"},
    {"ReplicationController", "v1"},
    {"Deployment", "apps/v1"},
    {"ReplicaSet", "apps/v1"},
    {"StatefulSet", "apps/v1"},
    {"DaemonSet", "apps/v1"},
    {"EndpointSlice", "discovery.k8s.io/v1"},
};

void emit(ManifestSet *out, Severity severity, const QString &code, const SourceLocation &where,
          const QString &message, const QString &hint = QString())
{
    out->diagnostics << Diagnostic::make(severity, code, where, message, hint);
}

void appendCanonical(const YamlNode &n, QByteArray &out)
{
    switch (n.type) {
    case YamlNode::Type::Null:
        out += "null";
        return;
    case YamlNode::Type::Scalar:
        out += '"';
        out += n.scalar.toUtf8().replace('\\', "\\\\").replace('"', "\\\"");
        out += '"';
        return;
    case YamlNode::Type::Sequence:
        out += '[';
        for (std::size_t i = 0; i < n.children.size(); ++i) {
            if (i)
                out += ',';
            appendCanonical(n.children[i], out);
        }
        out += ']';
        return;
    case YamlNode::Type::Map: {
        std::vector<int> order(std::size_t(n.size()));
        for (int i = 0; i < n.size(); ++i)
            order[std::size_t(i)] = i;
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return n.keyAt(a).scalar < n.keyAt(b).scalar; });
        out += '{';
        bool first = true;
        for (int i : order) {
            if (!first)
                out += ',';
            first = false;
            appendCanonical(n.keyAt(i), out);
            out += ':';
            appendCanonical(n.valueAt(i), out);
        }
        out += '}';
        return;
    }
    }
}

NodeObject readNode(const FieldReader &reader, ObjectMeta meta)
{
    NodeObject node;
    node.meta = std::move(meta);
    const FieldReader spec = reader.object("spec", "NodeSpec");
    node.podCIDR = spec.string("podCIDR");
    node.podCIDRs = spec.stringList("podCIDRs");
    if (node.podCIDR.isEmpty() && !node.podCIDRs.isEmpty())
        node.podCIDR = node.podCIDRs.first();
    node.unschedulable = spec.boolean("unschedulable").value_or(false);
    for (const FieldReader &t : spec.objects("taints", "Taint"))
        node.taints << Taint{t.string("key"), t.string("value"), t.string("effect")};
    const FieldReader status = reader.object("status", "NodeStatus");
    for (const FieldReader &a : status.objects("addresses", "NodeAddress")) {
        const QString type = a.string("type");
        if (type == u"InternalIP" && node.internalIP.isEmpty())
            node.internalIP = a.string("address");
        else if (type == u"ExternalIP" && node.externalIP.isEmpty())
            node.externalIP = a.string("address");
        else if (type == u"Hostname")
            node.hostname = a.string("address");
    }
    for (const FieldReader &c : status.objects("conditions", "NodeCondition"))
        if (c.string("type") == u"Ready")
            node.ready = c.string("status") == u"True";
    return node;
}

} // namespace

QByteArray canonicalYaml(const YamlNode &node)
{
    QByteArray out;
    appendCanonical(node, out);
    return out;
}

ObjectParser::ObjectParser(QString file, ManifestSet *out) : m_file(std::move(file)), m_out(out) {}

void ObjectParser::parseDocument(const YamlNode &root)
{
    // kubectl decodes a key written twice without a word, keeping the last value
    // (duplicatekeys.h): so does Hopscope, with a warning at each repeat.
    const DuplicateKeys dup = findDuplicateKeys(root);
    if (dup.isEmpty()) {
        parseObject(root);
        return;
    }
    for (const RepeatedKey &d : dup.keys)
        emit(m_out, Severity::Warning, QStringLiteral("duplicate-key"), {m_file, d.line, d.column},
             Tr::tr("the key %1 is written a second time in this mapping (first at line %2); "
                    "kubectl keeps only this last value, without a word")
                 .arg(d.key)
                 .arg(d.firstLine),
             Tr::tr("A mapping holds one value per key: keep one of the two."));
    parseObject(withLastValues(root));
}

void ObjectParser::parseObject(const YamlNode &root)
{
    const SourceLocation where{m_file, root.line, root.column};
    if (root.isNull())
        return;
    if (!root.isMap()) {
        emit(m_out, Severity::Error, QStringLiteral("not-an-object"), where,
             Tr::tr("this document is a %1, not a Kubernetes object").arg(root.typeName()),
             Tr::tr("A manifest is a mapping that starts with 'apiVersion:' and 'kind:'."));
        return;
    }
    ParseContext ctx;
    ctx.file = m_file;
    ctx.diagnostics = &m_out->diagnostics;
    FieldReader top(&root, QString(), QString(), &ctx);
    const QString kind = top.string("kind");
    const QString apiVersion = top.string("apiVersion");
    ctx.kind = kind;
    ctx.apiVersion = apiVersion;

    if (kind.isEmpty()) {
        emit(m_out, Severity::Error, QStringLiteral("missing-kind"), where,
             QStringLiteral("Object 'Kind' is missing"),
             Tr::tr("Every manifest needs 'kind:' (Pod, Deployment, Service …), with a space after "
                    "the colon."));
        return;
    }
    if (apiVersion.isEmpty()) {
        emit(m_out, Severity::Error, QStringLiteral("missing-apiversion"), where,
             QStringLiteral("Object 'apiVersion' is missing"),
             Tr::tr("Every manifest needs 'apiVersion:' (v1 for a Service or Pod, apps/v1 for a "
                    "Deployment)."));
        return;
    }

    // kind: List (kubectl get -o yaml) and typed lists (PodList, ServiceList …)
    if ((kind == u"List" || kind.endsWith(u"List")) && top.has("items")) {
        const YamlNode *items = root.get(u"items");
        if (items && items->isSequence()) {
            for (const YamlNode &item : items->children)
                parseObject(item);
        } else if (items && !items->isNull()) {
            emit(m_out, Severity::Error, QStringLiteral("bad-field-type"),
                 {m_file, items->line, items->column},
                 Tr::tr("the items of a List must be a list of objects"));
        }
        return;
    }

    const KindInfo *info = nullptr;
    for (const KindInfo &k : kModelled)
        if (kind == QLatin1String(k.kind))
            info = &k;
    if (!info) {
        emit(m_out, Severity::Info, QStringLiteral("kind-skipped"), where,
             Tr::tr("%1 \"%2\" is not part of the service network; Hopscope skips it")
                 .arg(kind, FieldReader(&root, {}, {}, &ctx)
                                .object("metadata", "ObjectMeta")
                                .string("name")));
        return;
    }
    if (apiVersion != QLatin1String(info->apiVersion)) {
        emit(m_out, Severity::Error, QStringLiteral("unknown-apiversion"),
             top.locationOf("apiVersion"),
             QStringLiteral("no matches for kind \"%1\" in version \"%2\"").arg(kind, apiVersion),
             Tr::tr("Today's clusters serve %1 as apiVersion: %2 (older tutorials use versions "
                    "that were removed).")
                 .arg(kind, QLatin1String(info->apiVersion)));
        return;
    }

    ctx.strictFields = true;
    const qsizetype before = m_out->diagnostics.size(); // this object's own diagnostics follow
    // Field locations for the objects validation talks about (not for Pods or endpoint lists,
    // which a cluster dump holds by the hundred thousand).
    FieldMarks marks;
    const bool keepMarks = kind != u"Pod" && kind != u"EndpointSlice" && kind != u"Endpoints";
    ctx.marks = keepMarks ? &marks : nullptr;
    FieldReader reader(&root, QString(), kind, &ctx);
    if (kind == u"EndpointSlice")
        reader.checkKnownFields({"apiVersion", "kind", "metadata", "addressType", "endpoints",
                                 "ports"});
    else if (kind == u"Endpoints")
        reader.checkKnownFields({"apiVersion", "kind", "metadata", "subsets"});
    else
        reader.checkKnownFields({"apiVersion", "kind", "metadata", "spec", "status"});
    ObjectMeta meta = detail::readMeta(reader, ctx);
    meta.where = where;
    ctx.objectName = meta.name;
    if (meta.name.isEmpty() && meta.generateName.isEmpty()) {
        emit(m_out, Severity::Error, QStringLiteral("missing-name"), where,
             QStringLiteral("resource name may not be empty"),
             Tr::tr("Give the %1 a name under metadata: (metadata:\n  name: my-%2).")
                 .arg(kind, kind.toLower()));
        return;
    }
    // A generateName alone is kept as it is: the builder derives a stable unique name.

    // The API server refuses an object whose JSON does not decode (a value of the wrong type,
    // a number that is not an int32: "cannot be handled as a …"): it never reaches defaulting or
    // validation, so nothing derived from it (a port read as 0 …) may be reported, and it does
    // not join the cluster. (apiserver: the decode error is returned before admission.)
    auto decoded = [&] {
        for (qsizetype i = before; i < m_out->diagnostics.size(); ++i)
            if (m_out->diagnostics[i].code == u"bad-field-type")
                return false;
        return true;
    };
    if (kind == u"Pod") {
        PodObject pod = detail::readPod(reader, std::move(meta));
        if (decoded())
            m_out->pods << std::move(pod);
    } else if (kind == u"Service") {
        ServiceObject service = detail::readService(reader, std::move(meta));
        service.meta.marks = std::move(marks);
        if (decoded())
            m_out->services << std::move(service);
    } else if (kind == u"Endpoints") {
        EndpointsObject endpoints = detail::readEndpoints(reader, std::move(meta));
        if (decoded())
            m_out->endpoints << std::move(endpoints);
    } else if (kind == u"EndpointSlice") {
        EndpointSliceObject slice = detail::readEndpointSlice(reader, std::move(meta));
        if (decoded())
            m_out->endpointSlices << std::move(slice);
    } else if (kind == u"Namespace") {
        if (decoded())
            m_out->namespaces << NamespaceObject{std::move(meta)};
    } else if (kind == u"Node") {
        NodeObject node = readNode(reader, std::move(meta));
        node.meta.marks = std::move(marks);
        if (decoded())
            m_out->nodes << std::move(node);
    } else {
        const WorkloadKind wk = kind == u"Deployment"    ? WorkloadKind::Deployment
                                : kind == u"ReplicaSet"  ? WorkloadKind::ReplicaSet
                                : kind == u"StatefulSet" ? WorkloadKind::StatefulSet
                                : kind == u"DaemonSet"   ? WorkloadKind::DaemonSet
                                                         : WorkloadKind::ReplicationController;
        WorkloadObject workload = detail::readWorkload(wk, reader, std::move(meta));
        workload.meta.marks = std::move(marks);
        if (decoded())
            m_out->workloads << std::move(workload);
    }
}

} // namespace hopscope
