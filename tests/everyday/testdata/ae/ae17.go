package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Meta struct {
	ID   int
	Tags []string
}

func (m Meta) HasTag(t string) bool {
	for _, x := range m.Tags {
		if x == t {
			return true
		}
	}
	return false
}

func (m Meta) Code(prefix string, width int) string {
	return fmt.Sprintf("%s-%0*d", prefix, width, m.ID)
}

type Task struct {
	Meta
	Title    string
	Estimate int
	Done     int
}

func (t Task) Progress(width int) string {
	filled := 0
	if t.Estimate > 0 {
		filled = t.Done * width / t.Estimate
	}
	if filled > width {
		filled = width
	}
	return strings.Repeat("█", filled) + strings.Repeat("░", width-filled)
}

func (t Task) Percent() int {
	if t.Estimate == 0 {
		return 0
	}
	return t.Done * 100 / t.Estimate
}

type Milestone struct {
	Meta
	Name  string
	Tasks []Task
}

func (m Milestone) Sum(field string) int {
	s := 0
	for _, t := range m.Tasks {
		switch field {
		case "estimate":
			s += t.Estimate
		case "done":
			s += t.Done
		}
	}
	return s
}

func (m Milestone) Tagged(tag string) []Task {
	var out []Task
	for _, t := range m.Tasks {
		if t.HasTag(tag) {
			out = append(out, t)
		}
	}
	return out
}

const tmpl = `{{range .}}{{.Code "MS" 2}} {{.Name}}{{if .HasTag "release"}} [release]{{end}}
{{range .Tasks}}  {{.Code "T" 4}} {{printf "%-26s" .Title}} {{.Progress 10}} {{printf "%3d" .Percent}}%
{{- if .HasTag "blocked"}} BLOCKED{{end}}
{{end}}  total: {{.Sum "done"}}/{{.Sum "estimate"}} pts
{{- with .Tagged "urgent"}}; urgent: {{range $i, $t := .}}{{if $i}}, {{end}}{{$t.Code "T" 4}}{{end}}{{end}}

{{end}}`

func main() {
	t := template.Must(template.New("status").Parse(tmpl))
	ms := []Milestone{
		{Meta{1, []string{"release"}}, "Public beta", []Task{
			{Meta{17, []string{"urgent"}}, "Sign-up flow", 8, 8},
			{Meta{23, nil}, "Billing integration", 13, 5},
			{Meta{31, []string{"blocked", "urgent"}}, "Data export", 5, 0},
		}},
		{Meta{2, nil}, "Internal tooling", []Task{
			{Meta{40, nil}, "Admin dashboard", 8, 6},
			{Meta{41, nil}, "Audit log viewer", 3, 4},
		}},
		{Meta{3, []string{"release"}}, "GA launch", nil},
	}
	if err := t.Execute(os.Stdout, ms); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
}
