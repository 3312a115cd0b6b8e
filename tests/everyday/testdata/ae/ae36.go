package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type SemVer struct {
	Major, Minor, Patch int
	Pre                 []string
}

func Parse(s string) (SemVer, error) {
	s = strings.TrimPrefix(s, "v")
	core, pre, _ := strings.Cut(s, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return SemVer{}, fmt.Errorf("invalid version %q", s)
	}
	var nums [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil {
			return SemVer{}, fmt.Errorf("invalid version %q: %w", s, err)
		}
		nums[i] = n
	}
	v := SemVer{Major: nums[0], Minor: nums[1], Patch: nums[2]}
	if pre != "" {
		v.Pre = strings.Split(pre, ".")
	}
	return v, nil
}

func (v SemVer) String() string {
	s := fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch)
	if len(v.Pre) > 0 {
		s += "-" + strings.Join(v.Pre, ".")
	}
	return s
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func (v SemVer) Compare(o SemVer) int {
	if c := cmpInt(v.Major, o.Major); c != 0 {
		return c
	}
	if c := cmpInt(v.Minor, o.Minor); c != 0 {
		return c
	}
	if c := cmpInt(v.Patch, o.Patch); c != 0 {
		return c
	}
	switch {
	case len(v.Pre) == 0 && len(o.Pre) == 0:
		return 0
	case len(v.Pre) == 0:
		return 1
	case len(o.Pre) == 0:
		return -1
	}
	for i := 0; i < len(v.Pre) && i < len(o.Pre); i++ {
		a, errA := strconv.Atoi(v.Pre[i])
		b, errB := strconv.Atoi(o.Pre[i])
		var c int
		switch {
		case errA == nil && errB == nil:
			c = cmpInt(a, b)
		case errA == nil:
			c = -1
		case errB == nil:
			c = 1
		default:
			c = strings.Compare(v.Pre[i], o.Pre[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmpInt(len(v.Pre), len(o.Pre))
}

type Release struct {
	V     SemVer
	Notes []string
}

func main() {
	raw := map[string][]string{
		"v1.2.0":         {"Initial plugin API"},
		"v1.10.0":        {"Plugin hot reload"},
		"v1.3.1":         {"Fix config reload race"},
		"v2.0.0-rc.1":    {"Release candidate"},
		"v2.0.0":         {"BREAKING: drop Go 1.20 support", "BREAKING: rename Config.Dir to Config.Root"},
		"v2.0.0-beta.2":  {"Beta feedback fixes"},
		"v2.0.0-beta.10": {"More beta fixes"},
		"v2.0.0-alpha":   {"Early preview"},
		"v2.1.0":         {"Add metrics endpoint"},
		"v1.3.0":         {"Add --quiet flag"},
		"2.x":            {"bogus"},
	}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var rels []Release
	for _, k := range keys {
		v, err := Parse(k)
		if err != nil {
			fmt.Println("skipping:", err)
			continue
		}
		rels = append(rels, Release{v, raw[k]})
	}
	sort.Slice(rels, func(i, j int) bool { return rels[i].V.Compare(rels[j].V) < 0 })
	fmt.Println("All releases (ascending):")
	for _, r := range rels {
		fmt.Printf("  %-16s %s\n", r.V, strings.Join(r.Notes, "; "))
	}

	from, _ := Parse("v1.3.0")
	to, _ := Parse("v2.1.0")
	fmt.Printf("\nUPGRADE GUIDE %s -> %s (stable releases only)\n", from, to)
	fmt.Println(strings.Repeat("=", 46))
	var breaking []string
	for i := len(rels) - 1; i >= 0; i-- {
		r := rels[i]
		if len(r.V.Pre) > 0 || r.V.Compare(from) <= 0 || r.V.Compare(to) > 0 {
			continue
		}
		fmt.Printf("%s\n", r.V)
		for _, n := range r.Notes {
			fmt.Printf("  * %s\n", n)
			if rest, ok := strings.CutPrefix(n, "BREAKING: "); ok {
				breaking = append(breaking, rest)
			}
		}
	}
	fmt.Printf("\n%d breaking change(s) to review:\n", len(breaking))
	for i, b := range breaking {
		fmt.Printf("  %d) %s\n", i+1, b)
	}
}
