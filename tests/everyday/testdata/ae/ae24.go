package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Person struct {
	Name    string
	Present bool
}

type Action struct {
	What string
	Due  string
}

type Topic struct {
	Title     string
	Notes     []string
	Decision  string
	Discarded bool
}

type Minutes struct {
	Meeting   string
	Date      string
	Chair     string
	People    []Person
	Topics    []Topic
	Actions   map[string][]Action
	MaxTopics int
}

func (m Minutes) Count(present bool) int {
	n := 0
	for _, p := range m.People {
		if p.Present == present {
			n++
		}
	}
	return n
}

const tmpl = `MINUTES — {{.Meeting}} ({{.Date}})
Chair: {{.Chair}}
Present ({{.Count true}}): {{range $i, $p := .People}}{{if not $p.Present}}{{continue}}{{end}}{{$p.Name}} {{end}}
Apologies ({{.Count false}}): {{range .People}}{{if .Present}}{{continue}}{{end}}{{.Name}} {{else}}none{{end}}

{{range $i, $t := .Topics -}}
{{if ge $i $.MaxTopics}}[remaining topics deferred to next meeting]
{{break}}{{end -}}
{{if $t.Discarded}}{{continue}}{{end -}}
{{add $i 1}}. {{$t.Title}}
{{range $t.Notes}}   - {{.}}
{{end -}}
{{with $t.Decision}}   DECISION: {{.}}
{{end -}}
{{end}}
ACTION ITEMS
{{range $owner, $items := .Actions -}}
{{$owner}}:
{{range $items}}  [ ] {{printf "%-38s" .What}} due {{.Due}}
{{end -}}
{{else}}(none)
{{end -}}
`

func main() {
	t := template.Must(template.New("m").Funcs(template.FuncMap{
		"add": func(a, b int) int { return a + b },
	}).Parse(tmpl))

	m := Minutes{
		Meeting: "Platform Guild", Date: "2024-09-12", Chair: "Noor",
		People: []Person{{"Noor", true}, {"Felix", true}, {"Grace", false}, {"Hamid", true}, {"Ines", false}},
		Topics: []Topic{
			{Title: "Kubernetes upgrade to 1.30", Notes: []string{"staging done, no regressions", "prod window proposed for Tue"}, Decision: "proceed on Tuesday 22:00 UTC"},
			{Title: "Logging costs", Notes: []string{"ingest up 35% MoM", "debug logs left on in two services"}},
			{Title: "Office snacks", Discarded: true},
			{Title: "On-call rotation", Notes: []string{"add secondary for weekends"}, Decision: "trial for one month"},
			{Title: "Roadmap review", Notes: []string{"out of time"}},
		},
		Actions: map[string][]Action{
			"Hamid": {{"Turn off debug logging in billing", "2024-09-13"}},
			"Felix": {{"Announce upgrade window", "2024-09-16"}, {"Write rollback runbook", "2024-09-16"}},
			"Noor":  {{"Draft weekend rota", "2024-09-20"}},
		},
		MaxTopics: 4,
	}
	var sb strings.Builder
	if err := t.Execute(&sb, m); err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	fmt.Print(sb.String())

	m.Actions = nil
	m.People = m.People[:2]
	m.Topics = nil
	fmt.Println("---- follow-up meeting (empty) ----")
	if err := t.Execute(os.Stdout, m); err != nil {
		fmt.Println("error:", err)
	}
}
