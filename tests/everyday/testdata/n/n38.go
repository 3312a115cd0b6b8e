// Data quality profile of loosely-typed records ([]map[string]any): nulls, types, distinct, ranges.
package main

import (
	"cmp"
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"text/tabwriter"
)

type Profile struct {
	Column   string
	Nulls    int
	Types    map[string]int
	Distinct map[string]struct{}
	Min, Max float64
	MinLen   int
	MaxLen   int
	numeric  int
	sum      float64
}

func main() {
	records := []map[string]any{
		{"id": 1, "email": "a@x.io", "age": 34, "plan": "pro", "mrr": 49.0, "tags": []string{"beta"}},
		{"id": 2, "email": "b@x.io", "age": nil, "plan": "free", "mrr": 0.0},
		{"id": 3, "email": "", "age": 29, "plan": "pro", "mrr": 49.0, "tags": []string{}},
		{"id": 4, "email": "d@x.io", "age": "41", "plan": "team", "mrr": 199.0},
		{"id": 5, "email": "e@x.io", "age": 52, "plan": "PRO", "mrr": "49"},
		{"id": 6, "email": "f@x.io", "age": -3, "plan": "free", "mrr": 0.0, "notes": "test account"},
		{"id": 7, "email": nil, "age": 38, "plan": "team", "mrr": 199.0},
		{"id": 7, "email": "g@x.io", "age": 38.5, "plan": "team", "mrr": math.NaN()},
		{"id": 9, "email": "i@x.io", "age": 27, "plan": "free", "mrr": 0.0},
		{"id": 10, "email": "j@x.io", "age": 199, "plan": nil, "mrr": 12.5},
	}
	cols := map[string]bool{}
	for _, r := range records {
		for k := range r {
			cols[k] = true
		}
	}
	names := make([]string, 0, len(cols))
	for c := range cols {
		names = append(names, c)
	}
	slices.Sort(names)

	profiles := make([]*Profile, 0, len(names))
	for _, c := range names {
		p := &Profile{Column: c, Types: map[string]int{}, Distinct: map[string]struct{}{},
			Min: math.Inf(1), Max: math.Inf(-1), MinLen: math.MaxInt}
		for _, r := range records {
			v, present := r[c]
			if !present || v == nil {
				p.Nulls++
				continue
			}
			p.Types[fmt.Sprintf("%T", v)]++
			p.Distinct[fmt.Sprint(v)] = struct{}{}
			var f float64
			isNum := true
			switch x := v.(type) {
			case int:
				f = float64(x)
			case float64:
				if math.IsNaN(x) {
					isNum = false
					p.Types["NaN"]++
				}
				f = x
			case string:
				isNum = false
				p.MinLen, p.MaxLen = min(p.MinLen, len(x)), max(p.MaxLen, len(x))
			default:
				isNum = false
			}
			if isNum {
				p.numeric++
				p.sum += f
				p.Min, p.Max = math.Min(p.Min, f), math.Max(p.Max, f)
			}
		}
		profiles = append(profiles, p)
	}

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "column\tnull%\tdistinct\ttypes\trange/len")
	for _, p := range profiles {
		var ts []string
		for t, n := range p.Types {
			ts = append(ts, fmt.Sprintf("%s:%d", t, n))
		}
		slices.Sort(ts)
		rng := "-"
		if p.numeric > 0 {
			rng = fmt.Sprintf("[%g, %g] mean=%.2f", p.Min, p.Max, p.sum/float64(p.numeric))
		} else if p.MaxLen > 0 {
			rng = fmt.Sprintf("len %d..%d", p.MinLen, p.MaxLen)
		}
		fmt.Fprintf(w, "%s\t%.0f%%\t%d\t%s\t%s\n", p.Column, 100*float64(p.Nulls)/float64(len(records)), len(p.Distinct), strings.Join(ts, " "), rng)
	}
	w.Flush()

	// Rule-based checks.
	type Issue struct {
		ID   any
		Rule string
	}
	var issues []Issue
	seenID := map[any]int{}
	for i, r := range records {
		if prev, dup := seenID[r["id"]]; dup {
			issues = append(issues, Issue{r["id"], fmt.Sprintf("duplicate id (rows %d,%d)", prev, i)})
		}
		seenID[r["id"]] = i
		if a, ok := r["age"].(int); ok && (a < 0 || a > 120) {
			issues = append(issues, Issue{r["id"], fmt.Sprintf("age out of range: %d", a)})
		}
		if e, ok := r["email"].(string); !ok || !strings.Contains(e, "@") {
			issues = append(issues, Issue{r["id"], fmt.Sprintf("invalid email: %#v", r["email"])})
		}
		if p, ok := r["plan"].(string); ok && p != strings.ToLower(p) {
			issues = append(issues, Issue{r["id"], "plan not lowercase: " + p})
		}
		if _, ok := r["mrr"].(float64); !ok {
			issues = append(issues, Issue{r["id"], fmt.Sprintf("mrr has type %T", r["mrr"])})
		}
	}
	slices.SortStableFunc(issues, func(a, b Issue) int { return cmp.Compare(a.ID.(int), b.ID.(int)) })
	fmt.Printf("\n%d issues:\n", len(issues))
	for _, is := range issues {
		fmt.Printf("  id=%-3v %s\n", is.ID, is.Rule)
	}
	fmt.Printf("completeness score: %.1f%%\n", 100*(1-float64(len(issues))/float64(len(records)*5)))
}
