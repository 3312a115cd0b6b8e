// h38: firewall log analysis: per-IP request rates per minute and /24 subnet aggregation (net/netip).
package main

import (
	"cmp"
	"fmt"
	"net/netip"
	"slices"
	"strings"
	"time"
)

const fw = `2024-10-05T14:00:01Z 203.0.113.10 ALLOW tcp/443
2024-10-05T14:00:02Z 203.0.113.10 ALLOW tcp/443
2024-10-05T14:00:02Z 198.51.100.7 DENY tcp/22
2024-10-05T14:00:03Z 203.0.113.11 ALLOW tcp/443
2024-10-05T14:00:05Z 198.51.100.7 DENY tcp/22
2024-10-05T14:00:06Z 198.51.100.7 DENY tcp/23
2024-10-05T14:00:09Z 198.51.100.7 DENY tcp/3389
2024-10-05T14:00:30Z 203.0.113.10 ALLOW tcp/443
2024-10-05T14:00:31Z 2001:db8::1 ALLOW tcp/443
2024-10-05T14:00:40Z 198.51.100.8 DENY tcp/22
2024-10-05T14:00:41Z 198.51.100.9 DENY tcp/22
2024-10-05T14:01:02Z 198.51.100.7 DENY tcp/22
2024-10-05T14:01:15Z 10.0.0.5 ALLOW udp/53
2024-10-05T14:01:20Z 203.0.113.10 ALLOW tcp/443
2024-10-05T14:01:21Z 999.1.1.1 ALLOW tcp/80
2024-10-05T14:01:22Z 2001:db8::2 DENY tcp/22`

type key struct {
	ip     netip.Addr
	minute time.Time
}

func main() {
	const threshold = 4
	perMin := map[key]int{}
	denies := map[netip.Prefix]int{}
	ports := map[netip.Addr]map[string]bool{}
	internal := netip.MustParsePrefix("10.0.0.0/8")

	for line := range strings.Lines(fw) {
		f := strings.Fields(line)
		ts, err := time.Parse(time.RFC3339, f[0])
		if err != nil {
			panic(err)
		}
		ip, err := netip.ParseAddr(f[1])
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		if internal.Contains(ip) {
			continue // ignore internal sources
		}
		perMin[key{ip, ts.Truncate(time.Minute)}]++
		if f[2] == "DENY" {
			bits := 24
			if ip.Is6() {
				bits = 64
			}
			pfx, _ := ip.Prefix(bits)
			denies[pfx]++
			if ports[ip] == nil {
				ports[ip] = map[string]bool{}
			}
			ports[ip][f[3]] = true
		}
	}

	keys := make([]key, 0, len(perMin))
	for k := range perMin {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		return cmp.Or(a.minute.Compare(b.minute), a.ip.Compare(b.ip))
	})
	fmt.Println("minute  source            reqs")
	for _, k := range keys {
		mark := ""
		if perMin[k] >= threshold {
			mark = "  <-- rate limit"
		}
		fmt.Printf("%s   %-16s %4d%s\n", k.minute.Format("15:04"), k.ip, perMin[k], mark)
	}

	fmt.Println("\ndenied traffic by subnet:")
	pfxs := make([]netip.Prefix, 0, len(denies))
	for p := range denies {
		pfxs = append(pfxs, p)
	}
	slices.SortFunc(pfxs, func(a, b netip.Prefix) int {
		return cmp.Or(cmp.Compare(denies[b], denies[a]), a.Addr().Compare(b.Addr()))
	})
	for _, p := range pfxs {
		fmt.Printf("  %-20s %d\n", p, denies[p])
	}

	fmt.Println("\nport scanners (>=3 distinct denied ports):")
	scanners := make([]netip.Addr, 0)
	for ip, ps := range ports {
		if len(ps) >= 3 {
			scanners = append(scanners, ip)
		}
	}
	slices.SortFunc(scanners, netip.Addr.Compare)
	for _, ip := range scanners {
		list := make([]string, 0, len(ports[ip]))
		for p := range ports[ip] {
			list = append(list, p)
		}
		slices.Sort(list)
		fmt.Printf("  %s -> %s\n", ip, strings.Join(list, " "))
	}

	block := netip.MustParsePrefix("198.51.100.77/24").Masked()
	last := block.Addr().As4()
	last[3] |= 0xff >> (block.Bits() - 24)
	fmt.Printf("\nproposed block %s: range %s-%s, covers scanner=%t, covers 203.0.113.10=%t\n",
		block, block.Addr(), netip.AddrFrom4(last), block.Contains(scanners[0]),
		block.Contains(netip.MustParseAddr("203.0.113.10")))
}
