#include "core/kubectl/kubectlcommand.h"

#include <QCoreApplication>

#include <optional>

namespace hopscope {

namespace {

// lupdate files Tr::tr() texts under the context they are looked up in at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(hopscope::KubectlCommand)
};

KubectlParseResult failure(const QString &message)
{
    KubectlParseResult r;
    r.error = message.endsWith(u'\n') ? message : message + u'\n';
    return r;
}

std::optional<KubectlResource> resourceFor(const QString &word)
{
    const QString w = word.toLower();
    if (w == u"svc" || w == u"service" || w == u"services")
        return KubectlResource::Services;
    if (w == u"po" || w == u"pod" || w == u"pods")
        return KubectlResource::Pods;
    if (w == u"ep" || w == u"endpoint" || w == u"endpoints")
        return KubectlResource::Endpoints;
    if (w == u"no" || w == u"node" || w == u"nodes")
        return KubectlResource::Nodes;
    // discovery.k8s.io/v1 EndpointSlice has no short name.
    if (w == u"endpointslice" || w == u"endpointslices" || w == u"endpointslice.discovery.k8s.io" ||
        w == u"endpointslices.discovery.k8s.io")
        return KubectlResource::EndpointSlices;
    return std::nullopt;
}

// Resources a real cluster has that the simulator does not print.
bool isOtherKnownResource(const QString &word)
{
    // clang-format off
    static const QStringList known = {
        "deploy", "deployment", "deployments", "rs", "replicaset", "replicasets", "sts",
        "statefulset", "statefulsets", "ds", "daemonset", "daemonsets", "ns", "namespace",
        "namespaces", "cm", "configmap", "configmaps",
        "secret", "secrets", "ing", "ingress", "ingresses", "netpol", "networkpolicy",
        "networkpolicies", "job", "jobs", "cj", "cronjob", "cronjobs", "rc",
        "replicationcontroller", "replicationcontrollers", "ev", "event", "events", "all",
        "sa", "serviceaccount", "serviceaccounts", "pv", "pvc", "hpa"};
    // clang-format on
    return known.contains(word.toLower());
}

bool isOtherKubectlVerb(const QString &word)
{
    // clang-format off
    static const QStringList verbs = {
        "apply", "create", "delete", "edit", "patch", "replace", "run", "expose", "scale",
        "rollout", "logs", "exec", "port-forward", "proxy", "cp", "attach", "top", "label",
        "annotate", "explain", "api-resources", "api-versions", "config", "cluster-info",
        "version", "wait", "debug", "diff", "events", "set", "autoscale", "cordon",
        "uncordon", "drain", "taint", "auth", "certificate", "kustomize", "plugin",
        "completion", "alpha"};
    // clang-format on
    return verbs.contains(word);
}

} // namespace

KubectlParseResult parseKubectlArguments(const QStringList &args)
{
    KubectlCommand command;
    QStringList words;
    std::optional<QString> output;
    std::optional<QString> ns;
    bool allNamespaces = false;

    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        // "-n NS", "-nNS", "-n=NS", "--namespace NS", "--namespace=NS"
        auto valueOf = [&](qsizetype prefixLength) -> std::optional<QString> {
            if (a.size() > prefixLength) {
                QString v = a.mid(prefixLength);
                if (v.startsWith(u'='))
                    v.remove(0, 1);
                return v;
            }
            if (i + 1 < args.size())
                return args[++i];
            return std::nullopt;
        };
        if (a == u"--")
            continue;
        if (a == u"-o" || (a.startsWith(u"-o") && !a.startsWith(u"--"))) {
            output = valueOf(2);
            if (!output)
                return failure(QStringLiteral("error: flag needs an argument: 'o' in -o"));
        } else if (a == u"--output" || a.startsWith(u"--output=")) {
            output = valueOf(8);
            if (!output)
                return failure(QStringLiteral("error: flag needs an argument: --output"));
        } else if (a == u"-n" || (a.startsWith(u"-n") && !a.startsWith(u"--"))) {
            ns = valueOf(2);
            if (!ns)
                return failure(QStringLiteral("error: flag needs an argument: 'n' in -n"));
        } else if (a == u"--namespace" || a.startsWith(u"--namespace=")) {
            ns = valueOf(11);
            if (!ns)
                return failure(QStringLiteral("error: flag needs an argument: --namespace"));
        } else if (a == u"-A" || a == u"--all-namespaces" || a == u"--all-namespaces=true") {
            allNamespaces = true;
        } else if (a == u"--all-namespaces=false") {
            allNamespaces = false;
        } else if (a.startsWith(u"--")) {
            return failure(QStringLiteral("error: unknown flag: %1").arg(a.section(u'=', 0, 0)));
        } else if (a.startsWith(u'-') && a.size() > 1) {
            return failure(
                QStringLiteral("error: unknown shorthand flag: '%1' in %2").arg(a.at(1)).arg(a));
        } else {
            words << a;
        }
    }

    if (words.isEmpty())
        return failure(Tr::tr("hopscope kubectl: say what to run: get or describe, e.g. "
                              "\"get svc -o wide\"."));
    const QString verb = words.takeFirst();
    if (verb == u"get") {
        command.verb = KubectlCommand::Verb::Get;
    } else if (verb == u"describe") {
        command.verb = KubectlCommand::Verb::Describe;
    } else if (isOtherKubectlVerb(verb)) {
        return failure(
            Tr::tr("hopscope kubectl: \"%1\" is not simulated; use get or describe.").arg(verb));
    } else {
        return failure(QStringLiteral("error: unknown command \"%1\" for \"kubectl\"").arg(verb));
    }

    if (words.isEmpty())
        return failure(QStringLiteral("error: Required resource not specified."));
    QString type = words.takeFirst();
    if (type.contains(u'/')) {
        // TYPE/NAME [TYPE/NAME...]: every argument in that form, of one type here.
        QStringList pairs = QStringList{type} + words;
        words.clear();
        type = pairs.first().section(u'/', 0, 0);
        for (const QString &p : pairs) {
            if (!p.contains(u'/'))
                return failure(QStringLiteral(
                    "error: there is no need to specify a resource type as a separate argument "
                    "when passing arguments in resource/name form (e.g. 'kubectl get "
                    "resource/<resource_name>' instead of 'kubectl get resource "
                    "resource/<resource_name>'"));
            if (p.section(u'/', 0, 0).toLower() != type.toLower())
                return failure(Tr::tr("hopscope kubectl: one resource type at a time."));
            words << p.section(u'/', 1);
        }
    }
    if (type.contains(u','))
        return failure(
            Tr::tr("hopscope kubectl: one resource type at a time (not \"%1\").").arg(type));
    const std::optional<KubectlResource> resource = resourceFor(type);
    if (!resource) {
        if (isOtherKnownResource(type))
            return failure(Tr::tr("hopscope kubectl: \"%1\" is not simulated; services, pods, "
                                  "endpoints, endpointslices and nodes are.")
                               .arg(type));
        return failure(
            QStringLiteral("error: the server doesn't have a resource type \"%1\"").arg(type));
    }
    command.query.resource = *resource;
    command.query.names = words;
    command.query.allNamespaces = allNamespaces;
    if (ns)
        command.query.ns = *ns;
    if (command.query.ns.isEmpty())
        return failure(Tr::tr("hopscope kubectl: the namespace must not be empty."));

    if (output) {
        if (*output != u"wide")
            return failure(Tr::tr("hopscope kubectl: only \"-o wide\" is simulated (not \"%1\").")
                               .arg(*output));
        if (command.verb == KubectlCommand::Verb::Describe)
            return failure(QStringLiteral("error: unknown shorthand flag: 'o' in -o"));
        command.query.wide = true;
    }
    if (command.verb == KubectlCommand::Verb::Describe &&
        command.query.resource != KubectlResource::Services &&
        command.query.resource != KubectlResource::EndpointSlices)
        return failure(Tr::tr("hopscope kubectl: describe is simulated for services and "
                              "endpointslices only."));
    if (command.verb == KubectlCommand::Verb::Get && allNamespaces &&
        !command.query.names.isEmpty() && kubectlResourceIsNamespaced(*resource))
        return failure(
            QStringLiteral("error: a resource cannot be retrieved by name across all namespaces"));

    KubectlParseResult result;
    result.ok = true;
    result.command = command;
    return result;
}

KubectlOutput runKubectlCommand(const Cluster &cluster, const KubectlCommand &command,
                                const KubectlOptions &options)
{
    if (command.verb == KubectlCommand::Verb::Describe &&
        command.query.resource == KubectlResource::EndpointSlices)
        return kubectlDescribeEndpointSlices(cluster, command.query);
    if (command.verb == KubectlCommand::Verb::Describe)
        return kubectlDescribeServices(cluster, command.query, options);
    return kubectlGet(cluster, command.query, options);
}

} // namespace hopscope
