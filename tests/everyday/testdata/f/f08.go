// f08: semantic version parsing, validation and precedence ordering (semver 2.0 rules).
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
	Major, Minor, Patch uint64
	Pre                 []string
	Build               string
}

var ErrInvalid = errors.New("invalid semantic version")

func parseNum(field, s string) (uint64, error) {
	if s == "" {
		return 0, fmt.Errorf("%s is empty", field)
	}
	if len(s) > 1 && s[0] == '0' {
		return 0, fmt.Errorf("%s %q has leading zero", field, s)
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", field, err)
	}
	return n, nil
}

func Parse(s string) (v Version, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("%w %q: %w", ErrInvalid, s, err)
		}
	}()
	rest := strings.TrimPrefix(s, "v")
	rest, v.Build, _ = strings.Cut(rest, "+")
	core, pre, hasPre := strings.Cut(rest, "-")
	parts := strings.Split(core, ".")
	if len(parts) != 3 {
		return v, fmt.Errorf("want MAJOR.MINOR.PATCH, got %d part(s)", len(parts))
	}
	nums := []*uint64{&v.Major, &v.Minor, &v.Patch}
	for i, name := range []string{"major", "minor", "patch"} {
		if *nums[i], err = parseNum(name, parts[i]); err != nil {
			return v, err
		}
	}
	if hasPre {
		for id := range strings.SplitSeq(pre, ".") {
			if id == "" {
				return v, errors.New("empty pre-release identifier")
			}
			if strings.Trim(id, "0123456789") == "" && len(id) > 1 && id[0] == '0' {
				return v, fmt.Errorf("numeric pre-release %q has leading zero", id)
			}
			v.Pre = append(v.Pre, id)
		}
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

func comparePre(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return cmp.Compare(len(b), len(a)) // no pre-release ranks higher
	}
	for i := 0; i < min(len(a), len(b)); i++ {
		ai, errA := strconv.ParseUint(a[i], 10, 64)
		bi, errB := strconv.ParseUint(b[i], 10, 64)
		var c int
		switch {
		case errA == nil && errB == nil:
			c = cmp.Compare(ai, bi)
		case errA == nil:
			c = -1 // numeric identifiers have lower precedence
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

func Compare(a, b Version) int {
	return cmp.Or(
		cmp.Compare(a.Major, b.Major),
		cmp.Compare(a.Minor, b.Minor),
		cmp.Compare(a.Patch, b.Patch),
		comparePre(a.Pre, b.Pre),
	)
}

func main() {
	inputs := []string{
		"1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
		"1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "v2.1.3+build.7", "0.9.12",
		"1.2", "01.2.3", "1.2.3-", "1.2.3-01", "1.x.0", "1.2.99999999999999999999", "2.1.3+other",
	}
	var vs []Version
	for _, in := range inputs {
		v, err := Parse(in)
		if err != nil {
			fmt.Println("reject:", err)
			continue
		}
		vs = append(vs, v)
	}
	slices.SortStableFunc(vs, Compare)
	fmt.Println("sorted by precedence:")
	for i, v := range vs {
		rel := ""
		if i > 0 && Compare(vs[i-1], v) == 0 {
			rel = "  (equal precedence to previous; build metadata ignored)"
		}
		fmt.Printf("  %2d. %s%s\n", i+1, v, rel)
	}
	latest := slices.MaxFunc(vs, Compare)
	fmt.Println("latest:", latest)
	_, err := Parse("3.0.0-")
	fmt.Println("errors.Is(err, ErrInvalid):", errors.Is(err, ErrInvalid))
}
