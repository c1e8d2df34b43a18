# bash completion for hopscope                             -*- shell-script -*-
# Installed as share/bash-completion/completions/hopscope (loaded on demand by bash-completion).
# Copyright 2026 The Hopscope authors. SPDX-License-Identifier: Apache-2.0
#
# Commands and options follow "hopscope --help" and "hopscope COMMAND --help" (the man page
# hopscope(1) documents the same). The --from/--to values and the kubectl names come from the
# manifests already on the command line, read by hopscope itself ("hopscope kubectl FILE... --
# get ..."), so they are the names and ports the simulated cluster really has.

# Options that take a value (the word after them is not a manifest).
_hopscope_value_options='--nodes --cluster-cidr --service-cluster-ip-range
    --service-node-port-range --lang -o --output --size --from --to --seed --step --frames
    --protocol --endpoint --count --format --node --pods --services --form'

# The manifests named on the command line so far (words before "--" that are not options or
# option values), one per line.
_hopscope_files()
{
    local i w skip=1 # words[1] is the command or the first file
    [[ ${words[1]} == @(kubectl|render|trace|iptables|nftables|lint|generate) ]] && skip=2
    for ((i = skip; i < ${#words[@]}; i++)); do
        ((i == cword)) && continue
        w=${words[i]}
        [[ $w == -- ]] && break
        if [[ " ${_hopscope_value_options//$'\n'/ } " == *" $w "* ]]; then
            ((i++))
            continue
        fi
        [[ $w == -* && $w != - ]] && continue
        [[ $w == - ]] && continue # standard input cannot be read twice
        w=${w/#\~/$HOME}
        [[ -e $w ]] && printf '%s\n' "$w"
    done
}

# hopscope kubectl FILES -- get RESOURCE -A: the table without its header, or nothing.
_hopscope_kubectl_get()
{
    local files
    mapfile -t files < <(_hopscope_files)
    ((${#files[@]})) || return
    local runner=()
    command -v timeout >/dev/null && runner=(timeout 10)
    "${runner[@]}" "${words[0]}" kubectl "${files[@]}" -- get "$@" 2>/dev/null | tail -n +2
}

# --from: client, node/NAME, pod/NAME (pod/NAMESPACE/NAME outside the default namespace).
_hopscope_sources()
{
    local IFS=$' \t\n' ns name rest
    printf '%s\n' client
    while read -r name rest; do
        [[ $name ]] && printf 'node/%s\n' "$name"
    done < <(_hopscope_kubectl_get nodes)
    while read -r ns name rest; do
        [[ $name ]] || continue
        if [[ $ns == default ]]; then
            printf '%s\n' "pod/$name"
        else
            printf '%s\n' "pod/$ns/$name"
        fi
    done < <(_hopscope_kubectl_get pods -A)
}

# --to: NAME:PORT and NAME.NAMESPACE:PORT for each Service port; once the word starts with a
# digit, the addresses instead: CLUSTER-IP:PORT, EXTERNAL-IP:PORT of a load balancer, and
# NODE-IP:NODEPORT on every node.
_hopscope_destinations()
{
    local IFS=$' \t\n' ns name type cip eip ports rest p port nodeport ip list
    local nodeips=()
    if [[ $cur == [0-9]* ]]; then
        while read -r name rest; do
            # NAME STATUS ROLES AGE VERSION INTERNAL-IP ...
            read -r _ _ _ _ ip _ <<<"$rest"
            [[ $ip == [0-9]* ]] && nodeips+=("$ip")
        done < <(_hopscope_kubectl_get nodes -o wide)
    fi
    # NAMESPACE NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE; PORT(S) as 80:30008/TCP,443/TCP
    while read -r ns name type cip eip ports rest; do
        [[ $ports ]] || continue
        IFS=, read -ra list <<<"$ports"
        for p in "${list[@]}"; do
            p=${p%%/*}       # 80:30008/TCP -> 80:30008
            port=${p%%:*}    # 80
            nodeport=${p#*:} # 30008 (or 80 when there is none)
            if [[ $cur == [0-9]* ]]; then
                [[ $cip == [0-9]* ]] && printf '%s\n' "$cip:$port"
                [[ $eip == [0-9]* ]] && printf '%s\n' "$eip:$port"
                if [[ $p == *:* ]]; then
                    for ip in "${nodeips[@]}"; do printf '%s\n' "$ip:$nodeport"; done
                fi
            elif [[ $ns == default ]]; then
                printf '%s\n' "$name:$port" "$name.$ns:$port"
            else
                printf '%s\n' "$name.$ns:$port"
            fi
        done
    done < <(_hopscope_kubectl_get svc -A)
}

_hopscope()
{
    # -s: "--opt=value" completes like "--opt value"; -n : keeps NAME:PORT one word.
    local cur prev words cword split
    _init_completion -s -n : || return

    local commands='kubectl render trace iptables nftables lint generate'
    local cluster='--nodes --cluster-cidr --service-cluster-ip-range --service-node-port-range
        --proxy-mode --lang'
    local help='-h --help --help-all'
    local command=
    ((cword > 1)) && [[ " $commands " == *" ${words[1]} "* ]] && command=${words[1]}

    # kubectl: after "--" the words are kubectl's own.
    if [[ $command == kubectl ]]; then
        local i dash=0 verb= resource=
        for ((i = 2; i < cword; i++)); do
            if ((dash)); then
                case ${words[i]} in
                    -n | --namespace | -o) ((i++)) ;;
                    -*) ;;
                    *) if [[ -z $verb ]]; then verb=${words[i]}; elif [[ -z $resource ]]; then
                        resource=${words[i]}; fi ;;
                esac
            elif [[ ${words[i]} == -- ]]; then
                dash=1
            fi
        done
        if ((dash)); then
            case $prev in
                -o) COMPREPLY=($(compgen -W 'wide' -- "$cur")) ;;
                -n | --namespace)
                    COMPREPLY=($(compgen -W "$(_hopscope_kubectl_get pods -A |
                        awk '{print $1}' | sort -u)" -- "$cur")) ;;
                *)
                    if [[ $cur == -* ]]; then
                        COMPREPLY=($(compgen -W '-n --namespace -A --all-namespaces -o' \
                            -- "$cur"))
                    elif [[ -z $verb ]]; then
                        COMPREPLY=($(compgen -W 'get describe' -- "$cur"))
                    elif [[ -z $resource ]]; then
                        if [[ $verb == get ]]; then
                            COMPREPLY=($(compgen -W 'svc services pods endpoints nodes' \
                                -- "$cur"))
                        else
                            COMPREPLY=($(compgen -W 'svc' -- "$cur"))
                        fi
                    elif [[ $verb == describe ]]; then
                        COMPREPLY=($(compgen -W "$(_hopscope_kubectl_get svc |
                            awk '{print $1}')" -- "$cur"))
                    fi
                    ;;
            esac
            return
        fi
    fi

    # The value of an option.
    case $prev in
        --lang)
            COMPREPLY=($(compgen -W 'ko en' -- "$cur"))
            return ;;
        --proxy-mode)
            COMPREPLY=($(compgen -W 'iptables nftables' -- "$cur"))
            return ;;
        --nodes | --pods | --services | --seed | --count | --step)
            return ;;
        --cluster-cidr)
            COMPREPLY=($(compgen -W '10.244.0.0/16' -- "$cur"))
            return ;;
        --service-cluster-ip-range)
            COMPREPLY=($(compgen -W '10.96.0.0/12' -- "$cur"))
            return ;;
        --service-node-port-range)
            COMPREPLY=($(compgen -W '30000-32767' -- "$cur"))
            return ;;
        --format)
            COMPREPLY=($(compgen -W 'text json markdown csv' -- "$cur"))
            return ;;
        --form)
            COMPREPLY=($(compgen -W 'workloads dump' -- "$cur"))
            return ;;
        --protocol)
            COMPREPLY=($(compgen -W 'tcp udp sctp' -- "$cur"))
            return ;;
        --size)
            COMPREPLY=($(compgen -W '1600x1000 1920x1080 1280x720' -- "$cur"))
            return ;;
        -o | --output)
            _filedir '@(png|svg)'
            return ;;
        --frames)
            _filedir -d
            return ;;
        --from)
            local sources
            sources=$(_hopscope_sources)
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$sources" -- "$cur"))
            unset IFS
            if [[ $sources == client ]]; then
                # No manifests to read the names from: offer the forms to go on typing.
                COMPREPLY+=($(compgen -W 'pod/ node/' -- "$cur"))
                [[ ${COMPREPLY[*]} == */ ]] && compopt -o nospace
            fi
            return ;;
        --to)
            local destinations
            destinations=$(_hopscope_destinations | sort -u)
            local IFS=$'\n'
            COMPREPLY=($(compgen -W "$destinations" -- "$cur"))
            unset IFS
            __ltrim_colon_completions "$cur"
            return ;;
        --endpoint)
            return ;;
        --node)
            COMPREPLY=($(compgen -W "$(_hopscope_kubectl_get nodes | awk '{print $1}')" \
                -- "$cur"))
            return ;;
    esac

    if [[ $cur == -* ]]; then
        local options
        case $command in
            kubectl) options="$cluster $help --" ;;
            render) options="-o --output --size --from --to --seed --step --frames $cluster $help" ;;
            trace) options="--from --to --seed --protocol --endpoint --count --format --json
                $cluster $help" ;;
            iptables | nftables) options="--node $cluster $help" ;;
            lint) options="--json $cluster $help" ;;
            generate) options="--nodes --pods --services --form --lang $help" ;;
            *) options="$cluster $help -v --version" ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        [[ $cur == - ]] && COMPREPLY+=(-) # standard input
        return
    fi

    if ((cword == 1)); then
        COMPREPLY=($(compgen -W "$commands" -- "$cur"))
    fi
    [[ $command == generate ]] && return
    # FILE: manifests and lessons (*.yaml, *.yml, *.json) and folders (_filedir appends).
    _filedir '@(yaml|yml|json)'
} &&
    complete -F _hopscope hopscope

# ex: filetype=sh
