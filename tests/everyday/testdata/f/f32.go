// f32: validate a firewall allow-list of CIDRs with net/netip: parse, canonicalise, find overlaps.
package main

import (
	"cmp"
	"errors"
	"fmt"
	"net/netip"
	"slices"
	"strings"
)

type Entry struct {
	Line   int
	Raw    string
	Prefix netip.Prefix
	Note   string
}

type EntryError struct {
	Line int
	Raw  string
	Err  error
}

func (e EntryError) Error() string { return fmt.Sprintf("line %d %q: %v", e.Line, e.Raw, e.Err) }
func (e EntryError) Unwrap() error { return e.Err }

var ErrNotCanonical = errors.New("host bits set")

func parseEntry(line int, raw string) (Entry, error) {
	text, note, _ := strings.Cut(raw, "#")
	text = strings.TrimSpace(text)
	e := Entry{Line: line, Raw: text, Note: strings.TrimSpace(note)}
	if strings.Contains(text, "%") { // netip.Prefix silently drops zones, so check first
		return e, EntryError{line, text, errors.New("zoned addresses not allowed")}
	}
	var err error
	if strings.Contains(text, "/") {
		e.Prefix, err = netip.ParsePrefix(text)
	} else {
		var a netip.Addr
		if a, err = netip.ParseAddr(text); err == nil {
			e.Prefix = netip.PrefixFrom(a, a.BitLen()) // single host
		}
	}
	if err != nil {
		return e, EntryError{line, text, err}
	}
	if m := e.Prefix.Masked(); m != e.Prefix {
		return e, EntryError{line, text, fmt.Errorf("%w (did you mean %s?)", ErrNotCanonical, m)}
	}
	if e.Prefix.Addr().Is4In6() {
		e.Prefix = netip.PrefixFrom(e.Prefix.Addr().Unmap(), e.Prefix.Bits()-96)
	}
	return e, nil
}

func main() {
	src := `10.0.0.0/8        # corp
10.20.0.0/16      # team subnet, redundant
192.168.1.10
192.168.1.0/24
172.16.5.4/12     # typo
2001:db8::/32
2001:db8:abcd::/48
::ffff:203.0.113.0/120
203.0.113.7
fe80::1%eth0
300.1.1.1
10.0.0.0/33
0.0.0.0/0         # everything!`
	var entries []Entry
	var errs []error
	for i, raw := range strings.Split(src, "\n") {
		e, err := parseEntry(i+1, raw)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b Entry) int {
		return cmp.Or(a.Prefix.Addr().Compare(b.Prefix.Addr()), cmp.Compare(a.Prefix.Bits(), b.Prefix.Bits()))
	})
	fmt.Println("valid entries (sorted):")
	for _, e := range entries {
		kind := "IPv6"
		if e.Prefix.Addr().Is4() {
			kind = "IPv4"
		}
		fmt.Printf("  %-20s %s single=%-5t line %-2d %s\n", e.Prefix, kind, e.Prefix.IsSingleIP(), e.Line, cmp.Or(e.Note, "-"))
	}
	fmt.Println("overlaps:")
	for i, a := range entries {
		for _, b := range entries[i+1:] {
			if a.Prefix.Overlaps(b.Prefix) {
				rel := "overlaps"
				if a.Prefix.Bits() <= b.Prefix.Bits() && a.Prefix.Contains(b.Prefix.Addr()) {
					rel = "contains"
				}
				fmt.Printf("  %s %s %s\n", a.Prefix, rel, b.Prefix)
			}
		}
	}
	fmt.Println("errors:")
	for _, err := range errs {
		fmt.Printf("  %v [canonical-issue=%t]\n", err, errors.Is(err, ErrNotCanonical))
	}
	fmt.Println("lookups:")
	for _, s := range []string{"10.1.2.3", "203.0.113.9", "2001:db8:abcd::1", "::ffff:10.9.9.9", "8.8.8.8"} {
		addr := netip.MustParseAddr(s).Unmap()
		var hits []string
		for _, e := range entries {
			if e.Prefix.Bits() > 0 && e.Prefix.Contains(addr) {
				hits = append(hits, e.Prefix.String())
			}
		}
		fmt.Printf("  %-18s -> %v\n", s, hits)
	}
}
