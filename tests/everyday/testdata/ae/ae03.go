package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Kind int

const (
	Feature Kind = iota
	Fix
	Security
	Deprecation
)

func (k Kind) String() string {
	return [...]string{"New Features", "Bug Fixes", "Security", "Deprecations"}[k]
}

type Change struct {
	Kind    Kind
	Summary string
	Issue   int
	Authors []string
}

func (c Change) Ref() string {
	if c.Issue == 0 {
		return ""
	}
	return fmt.Sprintf(" (#%d)", c.Issue)
}

type Group struct {
	Kind    Kind
	Changes []Change
}

type Release struct {
	Product string
	Version string
	Date    string
	Notes   string
	Groups  []Group
}

func (r Release) Contributors() []string {
	seen := map[string]bool{}
	var out []string
	for _, g := range r.Groups {
		for _, c := range g.Changes {
			for _, a := range c.Authors {
				if !seen[a] {
					seen[a] = true
					out = append(out, a)
				}
			}
		}
	}
	sort.Strings(out)
	return out
}

func group(changes []Change) []Group {
	byKind := map[Kind][]Change{}
	for _, c := range changes {
		byKind[c.Kind] = append(byKind[c.Kind], c)
	}
	var gs []Group
	for k := Feature; k <= Deprecation; k++ {
		if cs, ok := byKind[k]; ok {
			gs = append(gs, Group{k, cs})
		}
	}
	return gs
}

const tmpl = `
{{- define "header"}}{{.Product}} {{.Version}} — released {{.Date}}
{{underline (print .Product " " .Version " — released " .Date) "="}}
{{end}}
{{- define "change"}}  * {{.Summary}}{{.Ref}}{{if .Authors}} [{{join .Authors ", "}}]{{end}}
{{end}}
{{- define "group"}}
{{.Kind}}
{{underline .Kind.String "-"}}
{{range .Changes}}{{template "change" .}}{{end}}
{{- end}}
{{- define "release"}}{{template "header" .}}
{{- with .Notes}}
{{.}}
{{end}}
{{- range .Groups}}{{template "group" .}}{{end}}
Thanks to {{len .Contributors}} contributors: {{join .Contributors ", "}}.
{{end}}`

func main() {
	funcs := template.FuncMap{
		"join": strings.Join,
		"underline": func(s, ch string) string {
			return strings.Repeat(ch, len([]rune(s)))
		},
	}
	t := template.Must(template.New("notes").Funcs(funcs).Parse(tmpl))

	releases := []Release{
		{
			Product: "Quarry", Version: "v2.4.0", Date: "2024-06-01",
			Notes: "This release focuses on query performance and safer defaults.",
			Groups: group([]Change{
				{Feature, "Parallel scan for partitioned tables", 812, []string{"lena", "oskar"}},
				{Fix, "Crash when LIMIT 0 combined with OFFSET", 840, []string{"mo"}},
				{Feature, "New --dry-run flag for migrations", 799, []string{"lena"}},
				{Security, "Escape identifiers in generated DDL", 851, []string{"tariq"}},
				{Fix, "Incorrect row count in EXPLAIN output", 0, nil},
				{Deprecation, "The legacy v1 wire protocol will be removed in v3", 0, []string{"oskar"}},
			}),
		},
		{
			Product: "Quarry", Version: "v2.4.1", Date: "2024-06-09",
			Groups: group([]Change{
				{Fix, "Regression in parallel scan ordering", 863, []string{"oskar"}},
			}),
		},
	}
	for _, r := range releases {
		if err := t.ExecuteTemplate(os.Stdout, "release", r); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println()
	}
}
