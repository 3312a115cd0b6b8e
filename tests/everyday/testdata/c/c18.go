// Geolocate client IPs against a sorted range table with slices.BinarySearchFunc.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"net/netip"
	"slices"
	"strings"
)

type IPRange struct {
	First, Last netip.Addr
	Country     string
	Org         string
}

const table = `
# first          last             cc  org
203.0.113.0      203.0.113.255    AU  ExampleNet
8.8.4.0          8.8.4.255        US  Resolver Co
10.0.0.0         10.255.255.255   --  private
81.2.69.0        81.2.69.191      GB  Albion ISP
81.2.69.192      81.2.69.255      GB  Albion Mobile
192.0.2.0        192.0.2.127      NL  Docs BV
192.0.2.128      192.0.2.255      BE  Docs SA
91.198.174.0     91.198.174.255   NL  Wiki Hosting
`

func loadTable(s string) ([]IPRange, error) {
	var out []IPRange
	for line := range strings.Lines(s) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Fields(line)
		first, err := netip.ParseAddr(f[0])
		if err != nil {
			return nil, err
		}
		last, err := netip.ParseAddr(f[1])
		if err != nil {
			return nil, err
		}
		out = append(out, IPRange{first, last, f[2], strings.Join(f[3:], " ")})
	}
	slices.SortFunc(out, func(a, b IPRange) int { return a.First.Compare(b.First) })
	for i := 1; i < len(out); i++ {
		if out[i].First.Compare(out[i-1].Last) <= 0 {
			return nil, fmt.Errorf("overlap between %v and %v", out[i-1].First, out[i].First)
		}
	}
	return out, nil
}

// Lookup finds the range containing ip, if any.
func Lookup(ranges []IPRange, ip netip.Addr) (IPRange, bool) {
	// Find the first range whose Last >= ip.
	i, _ := slices.BinarySearchFunc(ranges, ip, func(r IPRange, target netip.Addr) int {
		return r.Last.Compare(target)
	})
	if i < len(ranges) && ranges[i].First.Compare(ip) <= 0 {
		return ranges[i], true
	}
	return IPRange{}, false
}

func main() {
	ranges, err := loadTable(table)
	if err != nil {
		fmt.Println("load:", err)
		return
	}
	fmt.Printf("loaded %d ranges (sorted):\n", len(ranges))
	for _, r := range ranges {
		fmt.Printf("  %-15v - %-15v %s %s\n", r.First, r.Last, r.Country, r.Org)
	}

	clients := []string{
		"81.2.69.142", "81.2.69.200", "8.8.4.4", "8.8.8.8", "192.0.2.127", "192.0.2.128",
		"10.42.0.7", "203.0.113.9", "91.198.174.192", "1.1.1.1", "255.255.255.255", "0.0.0.0",
		"81.2.69.191", "not-an-ip",
	}
	byCountry := map[string]int{}
	fmt.Println("\nlookups:")
	for _, c := range clients {
		ip, err := netip.ParseAddr(c)
		if err != nil {
			fmt.Printf("  %-16s invalid: %v\n", c, err)
			continue
		}
		r, ok := Lookup(ranges, ip)
		if !ok {
			byCountry["??"]++
			fmt.Printf("  %-16s unknown\n", c)
			continue
		}
		byCountry[r.Country]++
		fmt.Printf("  %-16s %s (%s)\n", c, r.Country, r.Org)
	}

	fmt.Println("\nhits per country:")
	for _, cc := range slices.Sorted(maps.Keys(byCountry)) {
		fmt.Printf("  %s %d\n", cc, byCountry[cc])
	}

	// Classic BinarySearchFunc on a plain key: find a range by org name after sorting.
	byOrg := slices.Clone(ranges)
	slices.SortFunc(byOrg, func(a, b IPRange) int { return cmp.Compare(a.Org, b.Org) })
	for _, org := range []string{"Docs SA", "Wiki Hosting", "Nope Inc"} {
		i, found := slices.BinarySearchFunc(byOrg, org, func(r IPRange, name string) int {
			return cmp.Compare(r.Org, name)
		})
		if found {
			fmt.Printf("org %-12q at index %d starts %v\n", org, i, byOrg[i].First)
		} else {
			fmt.Printf("org %-12q not found, would insert at %d\n", org, i)
		}
	}

	// Range sizes via the Addr API.
	largest := slices.MaxFunc(ranges, func(a, b IPRange) int {
		return cmp.Compare(size(a), size(b))
	})
	fmt.Printf("largest range: %s with %d addresses\n", largest.Org, size(largest))
}

func size(r IPRange) uint64 {
	f, l := r.First.As4(), r.Last.As4()
	toInt := func(b [4]byte) uint64 {
		return uint64(b[0])<<24 | uint64(b[1])<<16 | uint64(b[2])<<8 | uint64(b[3])
	}
	return toInt(l) - toInt(f) + 1
}
