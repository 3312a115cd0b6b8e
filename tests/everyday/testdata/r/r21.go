package main

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

var semverRE = regexp.MustCompile(`^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$`)

type Version struct {
	Major, Minor, Patch int
	Pre                 []string
	Build               string
}

func ParseVersion(s string) (Version, error) {
	m := semverRE.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return Version{}, fmt.Errorf("invalid semver %q", s)
	}
	var v Version
	v.Major, _ = strconv.Atoi(m[1])
	v.Minor, _ = strconv.Atoi(m[2])
	v.Patch, _ = strconv.Atoi(m[3])
	if m[4] != "" {
		v.Pre = strings.Split(m[4], ".")
	}
	v.Build = m[5]
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

func comparePre(a, b []string) int {
	switch {
	case len(a) == 0 && len(b) == 0:
		return 0
	case len(a) == 0:
		return 1 // release > prerelease
	case len(b) == 0:
		return -1
	}
	for i := range min(len(a), len(b)) {
		na, errA := strconv.Atoi(a[i])
		nb, errB := strconv.Atoi(b[i])
		var c int
		switch {
		case errA == nil && errB == nil:
			c = cmp.Compare(na, nb)
		case errA == nil:
			c = -1 // numeric < alphanumeric
		case errB == nil:
			c = 1
		default:
			c = strings.Compare(a[i], b[i])
		}
		if c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a), len(b))
}

func (v Version) Compare(o Version) int {
	return cmp.Or(
		cmp.Compare(v.Major, o.Major),
		cmp.Compare(v.Minor, o.Minor),
		cmp.Compare(v.Patch, o.Patch),
		comparePre(v.Pre, o.Pre),
	)
}

// Satisfies supports constraints like ">=1.2.0", "^1.2.3", "~1.4.0".
func (v Version) Satisfies(constraint string) bool {
	op := constraint[:len(constraint)-len(strings.TrimLeft(constraint, "<>=^~"))]
	c, err := ParseVersion(constraint[len(op):])
	if err != nil {
		return false
	}
	d := v.Compare(c)
	switch op {
	case ">=":
		return d >= 0
	case ">":
		return d > 0
	case "<":
		return d < 0
	case "<=":
		return d <= 0
	case "^":
		return d >= 0 && v.Major == c.Major
	case "~":
		return d >= 0 && v.Major == c.Major && v.Minor == c.Minor
	}
	return d == 0
}

func main() {
	raw := []string{"1.0.0", "v2.1.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.11", "1.0.0-beta.2",
		"1.0.0-rc.1+build.5", "1.10.0", "1.2.0", "1.2.10", "1.2.9", "0.9.12", "01.2.3", "1.2", "2.0.0-0.3.7", "1.0.0-alpha.beta"}
	var vs []Version
	for _, r := range raw {
		v, err := ParseVersion(r)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		vs = append(vs, v)
	}
	slices.SortStableFunc(vs, Version.Compare)
	fmt.Println("sorted:")
	for i, v := range vs {
		fmt.Printf("  %2d. %s\n", i+1, v)
	}
	latest := slices.MaxFunc(vs, Version.Compare)
	fmt.Println("latest:", latest)
	for _, c := range []string{"^1.2.0", "~1.2.0", ">=1.0.0", "<1.0.0", "1.2.9"} {
		var ok []string
		for _, v := range vs {
			if v.Satisfies(c) {
				ok = append(ok, v.String())
			}
		}
		fmt.Printf("%-8s -> %s\n", c, strings.Join(ok, ", "))
	}
}
