#!/usr/bin/env bash
# bash check_completion.sh BASH_COMPLETION COMPLETION_SCRIPT HOPSCOPE_BINARY DEMO_DIR
# Drives resources/completion/hopscope.bash the way bash-completion does (COMP_WORDS, COMP_CWORD,
# the completion function) and compares COMPREPLY with what a user must be offered. The names
# of pods, nodes and Services come from the built binary reading the bundled demo manifests.
set -u
source "$1" || exit 1
source "$2" || exit 1
PATH="$(dirname "$3"):$PATH"
demo=$4
compopt() { :; } # only valid while readline completes
# File names are completed from the current folder: an empty one.
scratch=$(mktemp -d) || exit 1
trap 'rm -rf "$scratch"' EXIT
cd "$scratch" || exit 1
failures=0

# expect_offers "LINE" EXPECTED...: every EXPECTED word must be offered (order free).
# expect_exactly "LINE" EXPECTED...: nothing else either.
offer()
{
    COMP_LINE=$1
    COMP_POINT=${#COMP_LINE}
    read -ra COMP_WORDS <<<"$COMP_LINE"
    [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _hopscope hopscope "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
}
check()
{
    local exact=$1 line=$2 want got
    shift 2
    offer "$line"
    got=" ${COMPREPLY[*]} "
    for want in "$@"; do
        if [[ $got != *" $want "* ]]; then
            echo "FAIL: '$line' does not offer '$want'; offers:$got"
            ((failures++))
        fi
    done
    if ((exact)) && ((${#COMPREPLY[@]} != $#)); then
        echo "FAIL: '$line' offers${got}instead of exactly: $*"
        ((failures++))
    fi
}
expect_offers() { check 0 "$@"; }
expect_exactly() { check 1 "$@"; }

# Commands, options, option values.
expect_exactly "hopscope tr" trace
expect_exactly "hopscope i" iptables
expect_offers "hopscope --" --help --version --nodes --lang
expect_exactly "hopscope trace --fo" --format
expect_offers "hopscope render x.yaml --" --output --size --from --to --seed --step --frames \
    --cluster-cidr --service-node-port-range --help
expect_exactly "hopscope trace --format " text json markdown csv
expect_exactly "hopscope trace --format=c" csv
expect_exactly "hopscope generate --form " workloads dump
expect_exactly "hopscope lint x.yaml --lang " ko en
expect_exactly "hopscope trace x.yaml --protocol " tcp udp sctp
expect_exactly "hopscope trace --seed " # a number: nothing to offer

# FILE arguments: manifests, lessons and folders.
expect_exactly "hopscope $demo/myapp" "$demo/myapp.yaml" "$demo/myapp.lesson.yaml"
expect_offers "hopscope lint $demo/v" "$demo/voting-app.yaml"

# --from and --to, from the manifests on the line.
expect_exactly "hopscope trace --from " client pod/ node/ # no manifests yet
expect_offers "hopscope trace $demo/myapp.yaml --from " client node/node-1 node/node-3
offer "hopscope trace $demo/myapp.yaml --from pod/"
pods=$(printf '%s\n' "${COMPREPLY[@]}" | grep -c '^pod/myapp-')
if ((pods != 3)); then
    echo "FAIL: --from pod/ offers $pods myapp pods, not 3: ${COMPREPLY[*]}"
    ((failures++))
fi
expect_exactly "hopscope trace $demo/myapp.yaml --to back" back-end:80 back-end.default:80
expect_exactly "hopscope trace $demo/myapp.yaml --to=back-end:" 80 # after the colon
expect_offers "hopscope trace $demo/myapp.yaml --to kube" kube-dns.kube-system:53
expect_offers "hopscope render $demo/voting-app.yaml -o x.png --to 192.168.56.71:" 30035 31061
expect_exactly "hopscope iptables $demo/voting-app.yaml --node " node01 node02 node03 node04

# kubectl: the words after --.
expect_exactly "hopscope kubectl $demo/myapp.yaml -- " get describe
expect_exactly "hopscope kubectl $demo/myapp.yaml -- get " svc services pods endpoints nodes
expect_exactly "hopscope kubectl $demo/myapp.yaml -- get pods -o " wide
expect_offers "hopscope kubectl $demo/myapp.yaml -- describe svc " back-end redis

if ((failures)); then
    echo "$failures completion check(s) failed"
    exit 1
fi
echo "every completion check passed"
