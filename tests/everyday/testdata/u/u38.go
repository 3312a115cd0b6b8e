package main

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
)

type Flag struct {
	Name     string
	Enabled  bool
	Rollout  uint32 // percent 0-100
	Allow    []string
	Deny     []string
	Variants []string
}

type Context struct {
	UserID string
	Tenant string
	Beta   bool
}

func bucket(flag, user string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(flag + ":" + user))
	return h.Sum32() % 100
}

type Decision struct {
	On      bool
	Variant string
	Reason  string
}

func (d Decision) String() string {
	if !d.On {
		return "off(" + d.Reason + ")"
	}
	if d.Variant != "" {
		return fmt.Sprintf("on[%s](%s)", d.Variant, d.Reason)
	}
	return "on(" + d.Reason + ")"
}

type Evaluator struct {
	flags map[string]Flag
}

func (e *Evaluator) Eval(name string, c Context) Decision {
	f, ok := e.flags[name]
	switch {
	case !ok:
		return Decision{Reason: "unknown flag"}
	case !f.Enabled:
		return Decision{Reason: "disabled"}
	case slices.Contains(f.Deny, c.Tenant):
		return Decision{Reason: "tenant denied"}
	case slices.Contains(f.Allow, c.Tenant):
		return Decision{On: true, Reason: "tenant allowed", Variant: e.variant(f, c)}
	}
	b := bucket(f.Name, c.UserID)
	if c.Beta {
		b /= 2
	}
	if b < f.Rollout {
		return Decision{On: true, Variant: e.variant(f, c), Reason: fmt.Sprintf("bucket %d<%d", b, f.Rollout)}
	}
	return Decision{Reason: fmt.Sprintf("bucket %d>=%d", b, f.Rollout)}
}

func (e *Evaluator) variant(f Flag, c Context) string {
	if len(f.Variants) == 0 {
		return ""
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%s", f.Name, c.UserID)
	return f.Variants[h.Sum64()%uint64(len(f.Variants))]
}

func main() {
	ev := &Evaluator{flags: map[string]Flag{
		"new-checkout": {Name: "new-checkout", Enabled: true, Rollout: 30, Deny: []string{"acme"}, Variants: []string{"blue", "green"}},
		"dark-mode":    {Name: "dark-mode", Enabled: true, Rollout: 100},
		"ai-search":    {Name: "ai-search", Enabled: true, Rollout: 0, Allow: []string{"initech"}},
		"legacy-api":   {Name: "legacy-api", Enabled: false, Rollout: 100},
	}}
	users := []Context{
		{"u-1001", "globex", false},
		{"u-1002", "acme", false},
		{"u-1003", "initech", true},
		{"u-1004", "globex", true},
		{"u-1005", "umbrella", false},
	}
	flags := []string{"new-checkout", "dark-mode", "ai-search", "legacy-api", "missing"}
	onCount := map[string]int{}
	for _, u := range users {
		var row []string
		for _, f := range flags {
			d := ev.Eval(f, u)
			if d.On {
				onCount[f]++
			}
			row = append(row, fmt.Sprintf("%-12s %v", f, d))
		}
		fmt.Printf("%s/%s beta=%t\n  %s\n", u.Tenant, u.UserID, u.Beta, strings.Join(row, "\n  "))
	}
	fmt.Println(onCount)

	h := fnv.New32a()
	h.Write([]byte("hello"))
	fmt.Printf("fnv32a(hello)=%08x %d\n", h.Sum32(), h.Sum32())
	dist := make([]int, 4)
	for i := range 1000 {
		dist[bucket("exp", fmt.Sprintf("user-%d", i))/25]++
	}
	fmt.Println("bucket quartiles:", dist)
	fmt.Printf("%v\n", []Decision{{On: true, Reason: "x"}, {Reason: "y"}})
}
