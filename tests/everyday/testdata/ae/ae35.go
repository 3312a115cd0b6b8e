package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Catalog map[string]string

var catalogs = map[string]Catalog{
	"en": {"greeting": "Hello", "renewal": "Your subscription renews on", "plan": "Plan",
		"price": "Price", "bye": "Best regards", "seats": "%d seat(s)"},
	"de": {"greeting": "Hallo", "renewal": "Ihr Abonnement verlängert sich am", "plan": "Tarif",
		"price": "Preis", "bye": "Viele Grüße", "seats": "%d Platz/Plätze"},
	"fr": {"greeting": "Bonjour", "renewal": "Votre abonnement sera renouvelé le",
		"price": "Prix", "bye": "Cordialement", "seats": "%d poste(s)"},
}

type Sub struct {
	Name   string
	Plan   string
	Seats  int
	Cents  int
	Renews [3]int // y, m, d
}

const base = `{{define "subject"}}[{{.Plan}}] {{t "renewal"}} {{date .Renews}}{{end}}
{{- define "body"}}{{t "greeting"}} {{.Name}},

{{t "renewal"}} {{date .Renews}}.
  {{printf "%-6s" (t "plan")}}: {{.Plan}} ({{tf "seats" .Seats}})
  {{printf "%-6s" (t "price")}}: {{money .Cents}}

{{t "bye"}},
Billing Team{{end}}`

func main() {
	var missing []string
	root := template.New("mail").Funcs(template.FuncMap{
		"t":     func(k string) string { return k },
		"tf":    func(k string, n int) string { return k },
		"date":  func(d [3]int) string { return "" },
		"money": func(c int) string { return "" },
	})
	template.Must(root.Parse(base))

	locales := []string{"en", "de", "fr"}
	subs := map[string]Sub{
		"en": {"Alex", "Team", 5, 4500, [3]int{2024, 11, 3}},
		"de": {"Jürgen", "Business", 12, 14388, [3]int{2025, 1, 15}},
		"fr": {"Camille", "Starter", 1, 900, [3]int{2024, 12, 31}},
	}
	for _, loc := range locales {
		cat := catalogs[loc]
		lookups := 0
		tr := func(k string) string {
			lookups++
			if s, ok := cat[k]; ok {
				return s
			}
			if s, ok := catalogs["en"][k]; ok {
				missing = append(missing, loc+":"+k)
				return s
			}
			return "??" + k
		}
		t := template.Must(root.Clone())
		t.Funcs(template.FuncMap{
			"t":  tr,
			"tf": func(k string, n int) string { return fmt.Sprintf(tr(k), n) },
			"date": func(d [3]int) string {
				if loc == "en" {
					return fmt.Sprintf("%04d-%02d-%02d", d[0], d[1], d[2])
				}
				return fmt.Sprintf("%02d.%02d.%04d", d[2], d[1], d[0])
			},
			"money": func(c int) string {
				s := fmt.Sprintf("%d.%02d", c/100, c%100)
				if loc == "en" {
					return "$" + s
				}
				return strings.Replace(s, ".", ",", 1) + " €"
			},
		})
		var subj, body strings.Builder
		if err := t.ExecuteTemplate(&subj, "subject", subs[loc]); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		if err := t.Lookup("body").Execute(&body, subs[loc]); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Printf("--- locale %s (%d lookups) ---\n", loc, lookups)
		fmt.Println("Subject:", subj.String())
		fmt.Println(body.String())
	}
	var names []string
	for _, tt := range root.Templates() {
		names = append(names, tt.Name())
	}
	sort.Strings(names)
	fmt.Println("--- templates:", strings.Join(names, ", "))
	fmt.Println("--- untranslated:", strings.Join(missing, ", "))
	var raw strings.Builder
	if err := root.ExecuteTemplate(&raw, "subject", subs["en"]); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Printf("--- root still uses placeholders: %q\n", raw.String())
}
