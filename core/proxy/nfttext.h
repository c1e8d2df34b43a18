#pragma once

// The text of kube-proxy's nftables objects, as knftables' Fake.Dump() prints them and
// kube-proxy's nftables unit tests compare them (reference
// kube-proxy-nftables-TestOverallNFTablesRules.config.md, sections 3 and 4):
//   add table ip kube-proxy { comment "rules for kube-proxy" ; }
//   add chain ip kube-proxy nat-prerouting { type nat hook prerouting priority -100 ; }
//   add map ip kube-proxy service-ips { type ipv4_addr . inet_proto . inet_service : verdict ; …
//   add rule ip kube-proxy services ip daddr . meta l4proto . th dport vmap @service-ips
//   add element ip kube-proxy service-ips { 172.30.0.41 . tcp . 80 : goto service-… }

#include "core/proxy/nftrules.h"

#include <QString>

namespace hopscope {

// A rule's body, after "add rule ip kube-proxy CHAIN ": matches, statement, comment.
QString nftRuleBody(const NftRule &rule);
QString nftVerdictText(const NftVerdict &verdict); // "goto service-…", "drop"

// One line each, without the newline.
QString nftTableLine(const NftRuleset &ruleset);
QString nftChainLine(const NftRuleset &ruleset, const NftChain &chain);
QString nftSetLine(const NftRuleset &ruleset, const NftSet &set);
QString nftRuleLine(const NftRuleset &ruleset, const NftRule &rule);
QString nftElementLine(const NftRuleset &ruleset, const NftElement &element);

// The whole table in Fake.Dump()'s order: the table; the chains, then the sets and maps, each
// sorted by name; the rules chain by chain (chains by name); the elements in the order added.
// Every line ends in "\n".
QString nftablesDump(const NftRuleset &ruleset);

// helpers_test.go sortNFTablesTransaction: drops empty and "#" lines, then sorts stably by
// object type (table, chain, rule, set, map, element), then by the object's name (5th word);
// lines of the same type and name are ordered by the whole line except `add rule` lines,
// which keep their order. Joined with "\n" (no final newline).
QString sortNftablesTransaction(const QString &text);

} // namespace hopscope
