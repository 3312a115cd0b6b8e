package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Facts map[string]any

func (f Facts) Num(k string) float64 { v, _ := f[k].(float64); return v }
func (f Facts) Bool(k string) bool   { v, _ := f[k].(bool); return v }

type Rule struct {
	Name     string
	Salience int // higher fires first
	When     func(Facts) bool
	Then     func(Facts)
}

var ErrNoConvergence = errors.New("rules did not converge")

type Engine struct {
	rules    []Rule
	MaxFires int
	Trace    func(cycle int, r Rule)
}

func (e *Engine) Add(rs ...Rule) {
	e.rules = append(e.rules, rs...)
	slices.SortStableFunc(e.rules, func(a, b Rule) int { return b.Salience - a.Salience })
}

// Run forward-chains: each cycle fires the highest-salience rule whose condition holds
// and which has not fired yet (refraction), until no rule is eligible.
func (e *Engine) Run(f Facts) (fired []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("rule engine: %v", r)
		}
	}()
	done := map[string]bool{}
	for cycle := 1; ; cycle++ {
		if cycle > e.MaxFires {
			return fired, fmt.Errorf("after %d firings: %w", e.MaxFires, ErrNoConvergence)
		}
		idx := slices.IndexFunc(e.rules, func(r Rule) bool { return !done[r.Name] && r.When(f) })
		if idx < 0 {
			return fired, nil
		}
		r := e.rules[idx]
		done[r.Name] = true
		r.Then(f)
		fired = append(fired, r.Name)
		if e.Trace != nil {
			e.Trace(cycle, r)
		}
	}
}

func loanRules() []Rule {
	set := func(k string, v any) func(Facts) { return func(f Facts) { f[k] = v } }
	return []Rule{
		{"compute-dti", 100, func(f Facts) bool { _, ok := f["dti"]; return !ok },
			func(f Facts) { f["dti"] = f.Num("debt") / f.Num("income") }},
		{"high-dti", 50, func(f Facts) bool { return f.Num("dti") > 0.4 }, set("risk", "high")},
		{"low-score", 50, func(f Facts) bool { return f.Num("score") < 600 }, set("risk", "high")},
		{"good-profile", 40, func(f Facts) bool { return f["risk"] == nil && f.Num("score") >= 700 }, set("risk", "low")},
		{"medium-default", 10, func(f Facts) bool { return f["risk"] == nil }, set("risk", "medium")},
		{"approve-low", 5, func(f Facts) bool { return f["risk"] == "low" }, set("decision", "approve")},
		{"review-medium", 5, func(f Facts) bool { return f["risk"] == "medium" }, set("decision", "manual review")},
		{"reject-high", 5, func(f Facts) bool { return f["risk"] == "high" }, set("decision", "reject")},
		{"vip-override", 1, func(f Facts) bool { return f.Bool("vip") && f["decision"] == "reject" },
			func(f Facts) { f["decision"] = "manual review"; f["note"] = "vip escalation" }},
	}
}

func main() {
	applicants := []Facts{
		{"name": "alice", "income": 8000.0, "debt": 1200.0, "score": 760.0},
		{"name": "bob", "income": 3000.0, "debt": 1800.0, "score": 710.0},
		{"name": "carol", "income": 5000.0, "debt": 1000.0, "score": 650.0},
		{"name": "dave", "income": 4000.0, "debt": 2500.0, "score": 580.0, "vip": true},
		{"name": "erin", "income": 0.0, "debt": 100.0, "score": 720.0},
	}
	eng := &Engine{MaxFires: 10}
	eng.Add(loanRules()...)
	for _, app := range applicants {
		var trace []string
		eng.Trace = func(cycle int, r Rule) { trace = append(trace, fmt.Sprintf("%d:%s", cycle, r.Name)) }
		fired, err := eng.Run(app)
		fmt.Printf("%-6s dti=%.2f risk=%-6v decision=%v\n", app["name"], app.Num("dti"), app["risk"], app["decision"])
		fmt.Printf("       fired %d: %s\n", len(fired), strings.Join(trace, " "))
		if note, ok := app["note"]; ok {
			fmt.Printf("       note: %v\n", note)
		}
		if err != nil {
			fmt.Printf("       error: %v\n", err)
		}
	}
	// A panicking action is reported as an error, and MaxFires bounds runaway rule sets.
	bad := &Engine{MaxFires: 3}
	bad.Add(Rule{"explode", 1, func(Facts) bool { return true }, func(f Facts) { _ = f["x"].(string) }})
	_, err := bad.Run(Facts{})
	fmt.Println("bad engine:", err)
	loop := &Engine{MaxFires: 2}
	loop.Add(Rule{"a", 2, func(Facts) bool { return true }, func(Facts) {}},
		Rule{"b", 1, func(Facts) bool { return true }, func(Facts) {}},
		Rule{"c", 0, func(Facts) bool { return true }, func(Facts) {}})
	fired, err := loop.Run(Facts{})
	fmt.Printf("loop engine: fired=%v err=%v no-convergence=%t\n", fired, err, errors.Is(err, ErrNoConvergence))
}
