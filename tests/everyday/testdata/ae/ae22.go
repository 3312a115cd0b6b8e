package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Student struct {
	Name    string
	Grade   int
	Scores  map[string][]float64 // subject -> assessments
	Absence int
	Comment string
}

func (s Student) Average(subject string) float64 {
	xs := s.Scores[subject]
	if len(xs) == 0 {
		return 0
	}
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

func (s Student) Overall() float64 {
	subjects := make([]string, 0, len(s.Scores))
	for subj := range s.Scores {
		subjects = append(subjects, subj)
	}
	sort.Strings(subjects)
	t, n := 0.0, 0
	for _, subj := range subjects {
		t += s.Average(subj)
		n++
	}
	if n == 0 {
		return 0
	}
	return t / float64(n)
}

func letter(score float64) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 60:
		return "D"
	}
	return "F"
}

const card = `╔══════════════════════════════════════════╗
║ {{printf "%-28s" .Name}} Grade {{printf "%-2d" .Grade}}    ║
╚══════════════════════════════════════════╝
{{printf "%-12s %-18s %6s %3s" "Subject" "Scores" "Avg" "Ltr"}}
{{- range $subj, $xs := .Scores}}
{{printf "%-12s" $subj}} {{printf "%-18s" (scores $xs)}} {{$.Average $subj | printf "%6.1f"}} {{$.Average $subj | letter | printf "%3s"}}
{{- if lt ($.Average $subj) 70.0}} *{{end}}
{{- end}}
{{rule 42}}
Overall: {{printf "%.1f" .Overall}} ({{letter .Overall}})   Absences: {{.Absence}}{{if gt .Absence 5}} (review){{end}}
{{with .Comment}}Teacher: "{{.}}"
{{end}}`

func main() {
	t := template.Must(template.New("card").Funcs(template.FuncMap{
		"letter": letter,
		"rule":   func(n int) string { return strings.Repeat("─", n) },
		"scores": func(xs []float64) string {
			parts := make([]string, len(xs))
			for i, x := range xs {
				parts[i] = fmt.Sprintf("%.0f", x)
			}
			return strings.Join(parts, " ")
		},
	}).Parse(card))

	students := []Student{
		{"Amelia Okafor", 10, map[string][]float64{
			"Mathematics": {92, 88, 95},
			"English":     {78, 85},
			"Chemistry":   {81, 79, 90, 86},
			"History":     {65, 72},
		}, 2, "Consistently strong in quantitative work."},
		{"Bruno Lindqvist", 10, map[string][]float64{
			"Mathematics": {55, 61, 70},
			"English":     {88, 91, 84},
			"Art":         {97},
		}, 7, ""},
	}
	for i, s := range students {
		if i > 0 {
			fmt.Println()
		}
		if err := t.Execute(os.Stdout, s); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
	}
	fmt.Println("\n* below C; subjects listed alphabetically")
}
