#pragma once

// A small kubectl command line: the words after `hopscope kubectl FILE... --`, or what a user
// types in the GUI's kubectl panel. Understands what the simulator can answer:
//
//   get TYPE[/NAME] [NAME...] [-o wide] [-n NS | --namespace NS | -A | --all-namespaces]
//   describe svc [NAME...] [-n NS | -A]
//
// TYPE: svc/service/services, po/pod/pods, ep/endpoints, no/node/nodes (any case). Flags may
// come anywhere, as with kubectl (-oWIDE is not; -o=wide, --output wide, -nNS are). Errors carry
// kubectl's own wording where kubectl has one ("error: the server doesn't have a resource type
// \"foo\""), and a translated explanation for what kubectl knows but the simulator does not do.

#include "core/kubectl/kubectlprinter.h"

#include <QString>
#include <QStringList>

namespace hopscope {

struct KubectlCommand
{
    enum class Verb { Get, Describe };
    Verb verb = Verb::Get;
    KubectlQuery query;
};

struct KubectlParseResult
{
    bool ok = false;
    KubectlCommand command;
    QString error; // for stderr, newline-terminated, when !ok
};

KubectlParseResult parseKubectlArguments(const QStringList &args);

// Runs a parsed command against a cluster.
KubectlOutput runKubectlCommand(const Cluster &cluster, const KubectlCommand &command,
                                const KubectlOptions &options = {});

} // namespace hopscope
