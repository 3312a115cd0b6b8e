// Semantic version parsing, precedence sorting and constraint matching.
package main

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

var semverRE = regexp.MustCompile(`^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$`)

type Version struct {
	Major, Minor, Patch int
	Pre                 []string
	Build               string
	raw                 string
}

var ErrInvalid = errors.New("invalid semantic version")

func Parse(s string) (Version, error) {
	m := semverRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Version{}, fmt.Errorf("%w: %q", ErrInvalid, s)
	}
	atoi := func(name string) int {
		n, _ := strconv.Atoi(m[semverRE.SubexpIndex(name)])
		return n
	}
	v := Version{Major: atoi("major"), Minor: atoi("minor"), Patch: atoi("patch"), Build: m[semverRE.SubexpIndex("build")], raw: s}
	if pre := m[semverRE.SubexpIndex("pre")]; pre != "" {
		v.Pre = strings.Split(pre, ".")
	}
	return v, nil
}

func (v Version) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if len(v.Pre) > 0 {
		s += "-" + strings.Join(v.Pre, ".")
	}
	if v.Build != "" {
		s += "+" + v.Build
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

func comparePre(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return -cmpInt(len(a), len(b)) // release > prerelease
	}
	for i := 0; i < len(a) && i < len(b); i++ {
		an, aErr := strconv.Atoi(a[i])
		bn, bErr := strconv.Atoi(b[i])
		switch {
		case aErr == nil && bErr == nil:
			if c := cmpInt(an, bn); c != 0 {
				return c
			}
		case aErr == nil:
			return -1 // numeric < alphanumeric
		case bErr == nil:
			return 1
		default:
			if c := strings.Compare(a[i], b[i]); c != 0 {
				return c
			}
		}
	}
	return cmpInt(len(a), len(b))
}

func (v Version) Compare(o Version) int {
	if c := cmpInt(v.Major, o.Major); c != 0 {
		return c
	}
	if c := cmpInt(v.Minor, o.Minor); c != 0 {
		return c
	}
	if c := cmpInt(v.Patch, o.Patch); c != 0 {
		return c
	}
	return comparePre(v.Pre, o.Pre)
}

// Satisfies supports "^x.y.z", "~x.y.z", ">=x.y.z", "<x.y.z" and exact.
func (v Version) Satisfies(c string) bool {
	op := strings.TrimRight(c, "0123456789.v-+abcdefghijklmnopqrstuvwxyz")
	base, err := Parse(strings.TrimPrefix(c, op))
	if err != nil {
		return false
	}
	cmp := v.Compare(base)
	switch op {
	case "^":
		if base.Major == 0 {
			return cmp >= 0 && v.Major == 0 && v.Minor == base.Minor
		}
		return cmp >= 0 && v.Major == base.Major
	case "~":
		return cmp >= 0 && v.Major == base.Major && v.Minor == base.Minor
	case ">=":
		return cmp >= 0
	case "<":
		return cmp < 0
	case "", "=":
		return cmp == 0
	}
	return false
}

func main() {
	inputs := []string{
		"1.0.0", "v2.1.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
		"1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0+build.5", "0.9.12", "1.10.0",
		"1.2", "01.2.3", "1.2.3-", "2.0.0-rc.1+exp.sha.5114f85", "0.3.7", "1.9.9",
	}
	var vs []Version
	for _, in := range inputs {
		v, err := Parse(in)
		if err != nil {
			fmt.Println("skip:", err, "| errors.Is invalid:", errors.Is(err, ErrInvalid))
			continue
		}
		vs = append(vs, v)
	}
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].Compare(vs[j]) < 0 })
	fmt.Println("\nSorted by precedence:")
	for i, v := range vs {
		eq := ""
		if i > 0 && vs[i-1].Compare(v) == 0 {
			eq = "  (same precedence as previous)"
		}
		fmt.Printf("  %2d. %-28s from %-28q%s\n", i+1, v, v.raw, eq)
	}

	constraints := []string{"^1.0.0", "~1.9.0", ">=1.0.0-beta", "<1.0.0", "^0.3.1", "2.1.3"}
	fmt.Println("\nConstraint matches:")
	for _, c := range constraints {
		var ok []string
		for _, v := range vs {
			if v.Satisfies(c) {
				ok = append(ok, v.String())
			}
		}
		latest := "none"
		if len(ok) > 0 {
			latest = ok[len(ok)-1]
		}
		fmt.Printf("  %-13s latest=%-10s all=%v\n", c, latest, ok)
	}
}
