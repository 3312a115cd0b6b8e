package main

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Version struct {
	Major, Minor, Patch int
	Pre                 []string
	Build               string
}

var ErrInvalid = errors.New("invalid version")

func ParseVersion(s string) (Version, error) {
	var v Version
	rest, build, _ := strings.Cut(strings.TrimPrefix(s, "v"), "+")
	core, pre, hasPre := strings.Cut(rest, "-")
	nums := strings.Split(core, ".")
	if len(nums) != 3 {
		return v, fmt.Errorf("%q: need MAJOR.MINOR.PATCH: %w", s, ErrInvalid)
	}
	dst := []*int{&v.Major, &v.Minor, &v.Patch}
	for i, n := range nums {
		x, err := strconv.Atoi(n)
		if err != nil || x < 0 || (len(n) > 1 && n[0] == '0') {
			return v, fmt.Errorf("%q: bad numeric part %q: %w", s, n, ErrInvalid)
		}
		*dst[i] = x
	}
	if hasPre {
		v.Pre = strings.Split(pre, ".")
		if slices.Contains(v.Pre, "") {
			return v, fmt.Errorf("%q: empty prerelease identifier: %w", s, ErrInvalid)
		}
	}
	v.Build = build
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

func cmpIdent(a, b string) int {
	na, errA := strconv.Atoi(a)
	nb, errB := strconv.Atoi(b)
	switch {
	case errA == nil && errB == nil:
		return na - nb
	case errA == nil:
		return -1 // numeric identifiers sort first
	case errB == nil:
		return 1
	}
	return strings.Compare(a, b)
}

func Compare(a, b Version) int {
	if d := a.Major - b.Major; d != 0 {
		return d
	}
	if d := a.Minor - b.Minor; d != 0 {
		return d
	}
	if d := a.Patch - b.Patch; d != 0 {
		return d
	}
	switch {
	case len(a.Pre) == 0 && len(b.Pre) == 0:
		return 0
	case len(a.Pre) == 0:
		return 1
	case len(b.Pre) == 0:
		return -1
	}
	for i := 0; i < len(a.Pre) && i < len(b.Pre); i++ {
		if c := cmpIdent(a.Pre[i], b.Pre[i]); c != 0 {
			return c
		}
	}
	return len(a.Pre) - len(b.Pre)
}

type Constraint struct {
	Op string
	V  Version
}

// Range is a disjunction of conjunctions.
type Range [][]Constraint

func partial(s string) (Version, int, error) {
	parts := strings.Split(s, ".")
	n := len(parts)
	for n > 0 && (parts[n-1] == "x" || parts[n-1] == "*") {
		n--
	}
	for len(parts) < 3 {
		parts = append(parts, "0")
	}
	for i := n; i < 3; i++ {
		parts[i] = "0"
	}
	v, err := ParseVersion(strings.Join(parts, "."))
	return v, n, err
}

func ParseRange(s string) (Range, error) {
	var r Range
	for _, alt := range strings.Split(s, "||") {
		var set []Constraint
		for _, tok := range strings.Fields(alt) {
			op := tok[:len(tok)-len(strings.TrimLeft(tok, "<>=~^"))]
			v, n, err := partial(tok[len(op):])
			if err != nil {
				return nil, fmt.Errorf("range %q: %w", s, err)
			}
			bump := func(level int) Version {
				if level == 0 {
					return Version{Major: v.Major + 1, Pre: []string{"0"}}
				}
				return Version{Major: v.Major, Minor: v.Minor + 1, Pre: []string{"0"}}
			}
			lvl := min(n-1, 1) // "~1.2.3" and "~1.2" lock the minor, "~1" the major
			switch {
			case op == "" && n == 0: // "*" or "x" matches everything
				continue
			case op == "" && n < 3:
				lvl = n - 1
			case op == "^":
				if v.Major > 0 || n == 1 {
					lvl = 0
				}
			case op != "~":
				set = append(set, Constraint{op, v})
				continue
			}
			set = append(set, Constraint{">=", v}, Constraint{"<", bump(lvl)})
		}
		r = append(r, set)
	}
	return r, nil
}

func (r Range) Allows(v Version) bool {
	for _, set := range r {
		ok := true
		for _, c := range set {
			d := Compare(v, c.V)
			ok = ok && map[string]bool{"": d == 0, "=": d == 0, ">": d > 0, ">=": d >= 0, "<": d < 0, "<=": d <= 0}[c.Op]
		}
		if ok {
			return true
		}
	}
	return false
}

func main() {
	var vs []Version
	for _, s := range []string{"1.2.3", "v1.10.0", "1.2.3-beta.2", "1.2.3-beta.11", "1.2.3-alpha", "0.3.1", "2.0.0-rc.1", "2.0.0", "1.2.10+build.7", "01.2.3", "1.2", "1.0.0-"} {
		v, err := ParseVersion(s)
		if errors.Is(err, ErrInvalid) {
			fmt.Println("reject:", err)
			continue
		}
		vs = append(vs, v)
	}
	slices.SortFunc(vs, Compare)
	fmt.Println("sorted:", vs)
	for _, rs := range []string{"^1.2.0", "~1.2", "1.x", ">=1.2.3-alpha <1.2.3", "^0.3.0 || >=2.0.0", "~0", "<=1.2.3", ">1.q"} {
		r, err := ParseRange(rs)
		if err != nil {
			fmt.Println("range error:", err)
			continue
		}
		var ok []string
		for _, v := range vs {
			if r.Allows(v) {
				ok = append(ok, v.String())
			}
		}
		fmt.Printf("%-20s -> %v\n", rs, ok)
	}
}
