package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

type Commit struct {
	Hash    string
	Message string
}

type Entry struct {
	Type     string
	Scope    string
	Subject  string
	Breaking bool
	Hash     string
}

func parse(c Commit) (Entry, bool) {
	head, _, _ := strings.Cut(c.Message, "\n")
	prefix, subject, ok := strings.Cut(head, ": ")
	if !ok {
		return Entry{}, false
	}
	e := Entry{Subject: subject, Hash: c.Hash[:7]}
	if strings.HasSuffix(prefix, "!") {
		e.Breaking = true
		prefix = strings.TrimSuffix(prefix, "!")
	}
	if i := strings.Index(prefix, "("); i >= 0 && strings.HasSuffix(prefix, ")") {
		e.Scope = prefix[i+1 : len(prefix)-1]
		prefix = prefix[:i]
	}
	e.Type = prefix
	if strings.Contains(c.Message, "BREAKING CHANGE:") {
		e.Breaking = true
	}
	return e, true
}

type Version struct{ Major, Minor, Patch int }

func (v Version) String() string { return fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch) }

func (v Version) Bump(entries []Entry) Version {
	level := 0
	for _, e := range entries {
		switch {
		case e.Breaking:
			level = max(level, 3)
		case e.Type == "feat":
			level = max(level, 2)
		case e.Type == "fix" || e.Type == "perf":
			level = max(level, 1)
		}
	}
	switch level {
	case 3:
		return Version{v.Major + 1, 0, 0}
	case 2:
		return Version{v.Major, v.Minor + 1, 0}
	case 1:
		return Version{v.Major, v.Minor, v.Patch + 1}
	}
	return v
}

var sectionTitles = map[string]string{
	"feat": "Features",
	"fix":  "Bug Fixes",
	"perf": "Performance",
	"docs": "Documentation",
}

var sectionOrder = []string{"feat", "fix", "perf", "docs"}

func render(sb *strings.Builder, prev Version, entries []Entry, date string) {
	next := prev.Bump(entries)
	fmt.Fprintf(sb, "## [%s] - %s\n\n", next, date)
	var breaking []Entry
	for _, e := range entries {
		if e.Breaking {
			breaking = append(breaking, e)
		}
	}
	if len(breaking) > 0 {
		sb.WriteString("### ⚠ BREAKING CHANGES\n\n")
		for _, e := range breaking {
			fmt.Fprintf(sb, "- %s\n", e.Subject)
		}
		sb.WriteString("\n")
	}
	for _, typ := range sectionOrder {
		var list []Entry
		for _, e := range entries {
			if e.Type == typ {
				list = append(list, e)
			}
		}
		if len(list) == 0 {
			continue
		}
		sort.SliceStable(list, func(i, j int) bool { return list[i].Scope < list[j].Scope })
		fmt.Fprintf(sb, "### %s\n\n", sectionTitles[typ])
		for _, e := range list {
			scope := ""
			if e.Scope != "" {
				scope = "**" + e.Scope + ":** "
			}
			fmt.Fprintf(sb, "- %s%s (`%s`)\n", scope, e.Subject, e.Hash)
		}
		sb.WriteString("\n")
	}
}

func main() {
	log := []Commit{
		{"a1b2c3d4e5f6", "feat(cli): add --output json flag"},
		{"b2c3d4e5f6a1", "fix(parser): handle empty input gracefully"},
		{"c3d4e5f6a1b2", "chore: bump dependencies"},
		{"d4e5f6a1b2c3", "docs: clarify installation steps"},
		{"e5f6a1b2c3d4", "feat(api)!: rename Client.Do to Client.Send"},
		{"f6a1b2c3d4e5", "perf(parser): avoid copying tokens\n\nBenchmarks show 30% less allocation."},
		{"0a1b2c3d4e5f", "Merge branch 'main' into dev"},
		{"1b2c3d4e5f6a", "fix(cli): exit code on usage error\n\nBREAKING CHANGE: now exits with 2"},
		{"2c3d4e5f6a1b", "feat(api): support context cancellation"},
	}
	var entries []Entry
	skipped := 0
	for _, c := range log {
		if e, ok := parse(c); ok {
			entries = append(entries, e)
		} else {
			skipped++
		}
	}
	var sb strings.Builder
	sb.WriteString("# Changelog\n\n")
	render(&sb, Version{1, 4, 2}, entries, "2024-07-20")
	render(&sb, Version{1, 4, 2}, entries[:2], "2024-07-01")
	fmt.Fprint(os.Stdout, sb.String())
	fmt.Printf("<!-- %d commits parsed, %d skipped -->\n", len(entries), skipped)
}
