// f39: version constraint parsing (^, ~, comparison ranges, x-wildcards, ||) and resolution.
package main

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type V [3]int

func (v V) String() string { return fmt.Sprintf("%d.%d.%d", v[0], v[1], v[2]) }

func cmpV(a, b V) int { return slices.Compare(a[:], b[:]) }

// parsePartial parses "1", "1.2", "1.2.3", "1.x"; it returns how many components were given.
func parsePartial(s string) (V, int, error) {
	var v V
	parts := strings.Split(strings.TrimPrefix(s, "v"), ".")
	if len(parts) > 3 {
		return v, 0, fmt.Errorf("too many components in %q", s)
	}
	for i, p := range parts {
		if p == "x" || p == "*" {
			return v, i, nil
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return v, 0, fmt.Errorf("bad component %q in %q", p, s)
		}
		v[i] = n
	}
	return v, len(parts), nil
}

type bound struct {
	op string
	v  V
}

// Constraint is a disjunction of conjunctions of bounds.
type Constraint [][]bound

// bump returns the smallest version above every version sharing the first n components.
func bump(v V, n int) V {
	if n == 0 {
		return V{1 << 30, 0, 0}
	}
	out := V{}
	copy(out[:n], v[:n])
	out[n-1]++
	return out
}

func ParseConstraint(s string) (Constraint, error) {
	var c Constraint
	for alt := range strings.SplitSeq(s, "||") {
		var and []bound
		fields := strings.Fields(alt)
		if len(fields) == 0 {
			return nil, fmt.Errorf("constraint %q: empty alternative", s)
		}
		for _, f := range fields {
			op := strings.TrimRight(f[:min(2, len(f))], "0123456789vx*.")
			v, n, err := parsePartial(f[len(op):])
			if err != nil {
				return nil, fmt.Errorf("constraint %q: %w", s, err)
			}
			switch op {
			case "^": // compatible: same major (or same minor for 0.x)
				and = append(and, bound{">=", v}, bound{"<", bump(v, map[bool]int{true: 2, false: 1}[v[0] == 0 && n > 1])})
			case "~":
				and = append(and, bound{">=", v}, bound{"<", bump(v, max(min(n, 2), 1))})
			case "", "=":
				and = append(and, bound{">=", v}, bound{"<", bump(v, n)})
			case ">", ">=", "<", "<=", "!=":
				and = append(and, bound{op, v})
			default:
				return nil, fmt.Errorf("constraint %q: unknown operator %q", s, op)
			}
		}
		c = append(c, and)
	}
	return c, nil
}

func (c Constraint) Allows(v V) bool {
	return slices.ContainsFunc(c, func(and []bound) bool {
		return !slices.ContainsFunc(and, func(b bound) bool {
			r := cmpV(v, b.v)
			return !map[string]bool{">": r > 0, ">=": r >= 0, "<": r < 0, "<=": r <= 0, "!=": r != 0}[b.op]
		})
	})
}

var ErrUnsatisfiable = errors.New("no version satisfies all constraints")

func Resolve(available []V, constraints map[string]string) (V, error) {
	var errs []error
	candidates := slices.Clone(available) // DeleteFunc below must not clobber the caller's slice
	for _, who := range slices.Sorted(maps.Keys(constraints)) {
		c, err := ParseConstraint(constraints[who])
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", who, err))
			continue
		}
		candidates = slices.DeleteFunc(candidates, func(v V) bool { return !c.Allows(v) })
	}
	if err := errors.Join(errs...); err != nil {
		return V{}, err
	}
	if len(candidates) == 0 {
		return V{}, ErrUnsatisfiable
	}
	return slices.MaxFunc(candidates, cmpV), nil
}

func main() {
	avail := []V{{0, 9, 0}, {0, 9, 4}, {1, 0, 0}, {1, 2, 0}, {1, 2, 7}, {1, 3, 1}, {1, 10, 0}, {2, 0, 0}, {2, 1, 3}, {3, 0, 0}}
	for _, c := range []string{"^1.2", "~1.2", "~1", "^0.9.1", "1.x", ">=1.0.0 <1.3", "<1 || >=3", "!=2.0.0 >=2", "*", "=1.2.7"} {
		parsed, err := ParseConstraint(c)
		if err != nil {
			fmt.Println(err)
			continue
		}
		ok := slices.DeleteFunc(slices.Clone(avail), func(v V) bool { return !parsed.Allows(v) })
		fmt.Printf("%-14s -> %v\n", c, ok)
	}
	fmt.Println("resolution:")
	for _, req := range []map[string]string{
		{"etl-core": "^1.2", "reporting": ">=1.3"},
		{"etl-core": "^1.2", "legacy-job": "<1.2 || 3.x"},
		{"etl-core": "~2.x", "api": "^3"},
		{"etl-core": "=>1.0", "api": "1.2.3.4"},
	} {
		v, err := Resolve(avail, req)
		result := v.String()
		if err != nil {
			result = "ERROR " + strings.ReplaceAll(err.Error(), "\n", "; ")
		}
		fmt.Printf("  %v\n    => %s (unsatisfiable=%t)\n", req, result, errors.Is(err, ErrUnsatisfiable))
	}
}
