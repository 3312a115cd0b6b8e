package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 string
}

var ErrInvalid = errors.New("invalid version")

func ParseVersion(s string) (Version, error) { // "v1.2.3", "1.2.3-rc.1", partial "1.4"
	core, pre, _ := strings.Cut(strings.TrimPrefix(s, "v"), "-")
	parts := strings.Split(core, ".")
	if len(parts) > 3 {
		return Version{}, fmt.Errorf("%q: %w", s, ErrInvalid)
	}
	nums := [3]int{}
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Version{}, fmt.Errorf("%q: %w: %w", s, ErrInvalid, err)
		}
		nums[i] = n
	}
	return Version{nums[0], nums[1], nums[2], pre}, nil
}

func (v Version) String() string {
	return strings.TrimSuffix(fmt.Sprintf("%d.%d.%d-%s", v.Major, v.Minor, v.Patch, v.Pre), "-")
}

// Compare orders versions; a pre-release sorts before its release.
func (v Version) Compare(o Version) int {
	if c := cmp.Or(cmp.Compare(v.Major, o.Major), cmp.Compare(v.Minor, o.Minor), cmp.Compare(v.Patch, o.Patch)); c != 0 {
		return c
	}
	if v.Pre == "" || o.Pre == "" {
		return cmp.Compare(len(o.Pre), len(v.Pre)) // the release (empty Pre) is the larger
	}
	return cmp.Compare(v.Pre, o.Pre)
}

type Constraint interface {
	Allows(Version) bool
	String() string
}

type Op struct {
	Sym string
	V   Version
}
type Range struct{ Lo, Hi Version } // Lo inclusive, Hi exclusive
type All []Constraint
type Any []Constraint

var opTests = map[string]func(int) bool{"=": func(c int) bool { return c == 0 }, ">": func(c int) bool { return c > 0 },
	">=": func(c int) bool { return c >= 0 }, "<": func(c int) bool { return c < 0 }, "<=": func(c int) bool { return c <= 0 }}

func (o Op) Allows(v Version) bool    { return opTests[o.Sym](v.Compare(o.V)) }
func (o Op) String() string           { return o.Sym + o.V.String() }
func (r Range) Allows(v Version) bool { return v.Compare(r.Lo) >= 0 && v.Compare(r.Hi) < 0 }
func (r Range) String() string        { return "[" + r.Lo.String() + "," + r.Hi.String() + ")" }
func (a All) Allows(v Version) bool {
	return !slices.ContainsFunc(a, func(c Constraint) bool { return !c.Allows(v) })
}
func (a Any) Allows(v Version) bool {
	return slices.ContainsFunc(a, func(c Constraint) bool { return c.Allows(v) })
}
func (a All) String() string { return join(a, " ") }
func (a Any) String() string { return join(a, " || ") }

func join(cs []Constraint, sep string) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return strings.Join(parts, sep)
}

func parseOne(s string) (Constraint, error) {
	if base, ok := strings.CutSuffix(strings.TrimSuffix(s, ".*"), ".x"); ok || strings.HasSuffix(s, ".*") {
		v, err := ParseVersion(base)
		hi := Version{Major: v.Major + 1}
		if strings.Count(base, ".") == 1 {
			hi = Version{Major: v.Major, Minor: v.Minor + 1}
		}
		return Range{v, hi}, err
	}
	sym := s[:len(s)-len(strings.TrimLeft(s, "<>=^~!"))]
	v, err := ParseVersion(s[len(sym):])
	switch {
	case sym == "^" && v.Major > 0:
		return Range{v, Version{Major: v.Major + 1}}, err
	case sym == "^", sym == "~":
		return Range{v, Version{Major: v.Major, Minor: v.Minor + 1}}, err
	}
	if sym = cmp.Or(sym, "="); opTests[sym] == nil {
		return nil, fmt.Errorf("unknown operator %q in %q", sym, s)
	}
	return Op{sym, v}, err
}

func ParseConstraint(s string) (Constraint, error) {
	var anyOf Any
	for _, alt := range strings.Split(s, "||") {
		var allOf All
		for _, f := range strings.Fields(alt) {
			c, err := parseOne(f)
			if err != nil {
				return nil, fmt.Errorf("constraint %q: %w", s, err)
			}
			allOf = append(allOf, c)
		}
		anyOf = append(anyOf, allOf)
	}
	return anyOf, nil
}

func main() {
	var versions []Version
	for _, s := range []string{"1.2.3", "v1.10.0", "1.2.10", "2.0.0-rc.1", "2.0.0", "0.2.5", "0.3.1", "1.9.9", "1.2.3-beta", "3.1.4"} {
		v, _ := ParseVersion(s)
		versions = append(versions, v)
	}
	slices.SortFunc(versions, Version.Compare) // method expression as comparator
	fmt.Println("sorted:", versions)
	for _, cs := range []string{"^1.2.3", "~1.2.0", ">=1.9 <2.0.0", "1.x || 3.*", "^0.2.1", "2.0.0-rc.1", "<1.2.3 || >=3", ">=2.0.0-a <2.0.0", "!1.0", "^1.two"} {
		c, err := ParseConstraint(cs)
		if err != nil {
			fmt.Printf("%-17s error: %v (invalid version: %t)\n", cs, err, errors.Is(err, ErrInvalid))
			continue
		}
		var ok []string
		best := "none"
		for _, v := range versions {
			if c.Allows(v) && (v.Pre == "" || strings.Contains(cs, "-")) { // npm-style pre-release opt-in
				ok, best = append(ok, v.String()), v.String()
			}
		}
		fmt.Printf("%-17s %-30s best=%-10s %v\n", cs, c, best, ok)
	}
}
