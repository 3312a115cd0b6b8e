package main

import (
	"fmt"
	"strings"
)

type Task struct {
	ID       string
	Name     string
	Weeks    int
	After    []string
	Owner    string
	start    int
	resolved bool
}

type Plan struct {
	Tasks []*Task
	byID  map[string]*Task
}

func NewPlan(tasks ...*Task) *Plan {
	p := &Plan{Tasks: tasks, byID: map[string]*Task{}}
	for _, t := range tasks {
		p.byID[t.ID] = t
	}
	return p
}

func (p *Plan) resolve(t *Task, depth int) int {
	if t.resolved {
		return t.start + t.Weeks
	}
	if depth > len(p.Tasks) {
		panic("dependency cycle at " + t.ID)
	}
	start := 0
	for _, dep := range t.After {
		start = max(start, p.resolve(p.byID[dep], depth+1))
	}
	t.start, t.resolved = start, true
	return start + t.Weeks
}

func (p *Plan) Schedule() int {
	end := 0
	for _, t := range p.Tasks {
		end = max(end, p.resolve(t, 0))
	}
	return end
}

func (p *Plan) Critical(end int) map[string]bool {
	crit := map[string]bool{}
	var mark func(t *Task)
	mark = func(t *Task) {
		crit[t.ID] = true
		for _, d := range t.After {
			dt := p.byID[d]
			if dt.start+dt.Weeks == t.start {
				mark(dt)
			}
		}
	}
	for _, t := range p.Tasks {
		if t.start+t.Weeks == end {
			mark(t)
		}
	}
	return crit
}

func (p *Plan) Render() string {
	end := p.Schedule()
	crit := p.Critical(end)
	var b strings.Builder
	fmt.Fprintf(&b, "%-4s %-22s %-6s ", "ID", "Task", "Owner")
	for w := 1; w <= end; w++ {
		fmt.Fprintf(&b, "%-3d", w)
	}
	b.WriteString("\n")
	b.WriteString(strings.Repeat("-", 36+3*end) + "\n")
	for _, t := range p.Tasks {
		ch := "==="
		if crit[t.ID] {
			ch = "###"
		}
		bar := strings.Repeat("   ", t.start) + strings.Repeat(ch, t.Weeks)
		fmt.Fprintf(&b, "%-4s %-22s %-6s %-*s|", t.ID, t.Name, t.Owner, 3*end, bar)
		if len(t.After) > 0 {
			fmt.Fprintf(&b, " after %s", strings.Join(t.After, ","))
		}
		b.WriteString("\n")
	}
	b.WriteString(strings.Repeat("-", 36+3*end) + "\n")
	fmt.Fprintf(&b, "Total duration: %d weeks. ### = critical path\n", end)
	load := map[string]int{}
	var owners []string
	for _, t := range p.Tasks {
		if _, ok := load[t.Owner]; !ok {
			owners = append(owners, t.Owner)
		}
		load[t.Owner] += t.Weeks
	}
	b.WriteString("Workload: ")
	for i, o := range owners {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %dw", o, load[o])
	}
	b.WriteString("\n")
	return b.String()
}

func main() {
	plan := NewPlan(
		&Task{ID: "T1", Name: "Requirements", Weeks: 2, Owner: "ana"},
		&Task{ID: "T2", Name: "UX prototype", Weeks: 3, After: []string{"T1"}, Owner: "li"},
		&Task{ID: "T3", Name: "API design", Weeks: 2, After: []string{"T1"}, Owner: "ana"},
		&Task{ID: "T4", Name: "Backend build", Weeks: 4, After: []string{"T3"}, Owner: "raj"},
		&Task{ID: "T5", Name: "Frontend build", Weeks: 3, After: []string{"T2", "T3"}, Owner: "li"},
		&Task{ID: "T6", Name: "Integration testing", Weeks: 2, After: []string{"T4", "T5"}, Owner: "raj"},
		&Task{ID: "T7", Name: "Docs", Weeks: 1, After: []string{"T3"}, Owner: "ana"},
		&Task{ID: "T8", Name: "Launch", Weeks: 1, After: []string{"T6", "T7"}, Owner: "ana"},
	)
	fmt.Print(plan.Render())
}
