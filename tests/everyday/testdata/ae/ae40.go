package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/template"
)

const recipients = `first,last,company,event,tickets,dietary,speaker
Maya,Fernandes,Orbital Labs,GopherCon Lisbon,2,vegetarian,no
Tomasz,Wiśniewski,Baltic Freight,GopherCon Lisbon,1,,yes
Aiko,Tanaka,,GopherCon Lisbon,3,"nut allergy, gluten free",no
`

type Recipient struct {
	First, Last, Company, Event string
	Tickets                     int
	Dietary                     string
	Speaker                     bool
}

func (r Recipient) Salutation() string {
	if r.Company != "" {
		return fmt.Sprintf("Dear %s (%s)", r.First, r.Company)
	}
	return "Dear " + r.First
}

func wrap(width int, s string) string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line := ""
		for _, w := range strings.Fields(para) {
			if line != "" && len([]rune(line))+1+len([]rune(w)) > width {
				lines = append(lines, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += w
		}
		lines = append(lines, line)
	}
	return strings.Join(lines, "\n")
}

const letter = `{{define "body" -}}
Thank you for registering for {{.Event}}. We have reserved {{.Tickets}} {{plural .Tickets "ticket" "tickets"}} under the name {{.First}} {{.Last}}.
{{- if .Speaker}} As a speaker you also have access to the green room and the speaker dinner on the first evening.{{end}}
{{- with .Dietary}} Our caterers have noted your dietary requirements: {{.}}.{{end}}
{{- end -}}
{{.Salutation}},

{{render "body" . | wrap 52}}
`

func main() {
	r := csv.NewReader(strings.NewReader(recipients))
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Println("csv:", err)
		os.Exit(1)
	}
	// "render" executes a named sub-template into a string so that its
	// output can be piped through wrap; the closure captures t itself.
	var t *template.Template
	t = template.New("letter").Funcs(template.FuncMap{
		"wrap": wrap,
		"plural": func(n int, one, many string) string {
			if n == 1 {
				return one
			}
			return many
		},
		"render": func(name string, data any) (string, error) {
			var sb strings.Builder
			err := t.ExecuteTemplate(&sb, name, data)
			return sb.String(), err
		},
	})
	template.Must(t.Parse(letter))

	for i, row := range rows[1:] {
		n, _ := strconv.Atoi(row[4])
		rec := Recipient{row[0], row[1], row[2], row[3], n, row[5], row[6] == "yes"}
		fmt.Printf("----- letter %d of %d -----\n", i+1, len(rows)-1)
		if err := t.Execute(os.Stdout, rec); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("\nKind regards,\nThe Organising Team")
	}
}
