package main

import (
	"encoding/csv"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

const messy = `Name , Email,Phone, City ,Plan
  alice SMITH ,Alice.Smith@Example.COM, (555) 010-2233 ,new york,Pro
Bob  Jones,bob@example.com,555.010.4455,  San Francisco ,pro
alice smith,alice.smith@example.com,5550102233,New York,PRO
"O'Brien, Cara",cara@EXAMPLE.org,+1 555 010 6677,boston,basic
dan,,555-010,Austin,Trial
Éva Kovács,eva@example.hu,555 010 8899,new  york,basic
Bob Jones,BOB@EXAMPLE.COM,(555)010-4455,san francisco,Basic
`

type Contact struct {
	Name, Email, Phone, City, Plan string
}

var nonDigit = regexp.MustCompile(`\D+`)

func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func normPhone(s string) (string, bool) {
	d := nonDigit.ReplaceAllString(s, "")
	if len(d) == 11 && d[0] == '1' {
		d = d[1:]
	}
	if len(d) != 10 {
		return "", false
	}
	return fmt.Sprintf("(%s) %s-%s", d[:3], d[3:6], d[6:]), true
}

func clean(rec []string) (Contact, []string) {
	var issues []string
	c := Contact{
		Name:  titleCase(rec[0]),
		Email: strings.ToLower(strings.TrimSpace(rec[1])),
		City:  titleCase(rec[3]),
		Plan:  strings.ToLower(strings.TrimSpace(rec[4])),
	}
	if c.Email == "" || !strings.Contains(c.Email, "@") {
		issues = append(issues, "missing email")
	}
	if p, ok := normPhone(rec[2]); ok {
		c.Phone = p
	} else {
		issues = append(issues, fmt.Sprintf("bad phone %q", strings.TrimSpace(rec[2])))
	}
	if !slices.Contains([]string{"basic", "pro", "trial"}, c.Plan) {
		issues = append(issues, "unknown plan "+c.Plan)
	}
	return c, issues
}

func main() {
	r := csv.NewReader(strings.NewReader(messy))
	r.TrimLeadingSpace = true
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	header := make([]string, len(rows[0]))
	for i, h := range rows[0] {
		header[i] = strings.ToLower(strings.TrimSpace(h))
	}
	fmt.Printf("columns: %q\n\n", header)

	seen := map[string]int{} // dedup key -> index in out
	var out []Contact
	for i, rec := range rows[1:] {
		c, issues := clean(rec)
		if len(issues) > 0 {
			fmt.Printf("row %d dropped (%s): %q\n", i+2, strings.Join(issues, "; "), rec)
			continue
		}
		key := c.Email
		if j, dup := seen[key]; dup {
			prev := out[j]
			if strings.EqualFold(prev.Plan, c.Plan) {
				fmt.Printf("row %d duplicate of %s\n", i+2, prev.Email)
			} else {
				fmt.Printf("row %d duplicate of %s with conflicting plan %s vs %s (keeping latest)\n", i+2, prev.Email, prev.Plan, c.Plan)
				out[j] = c
			}
			continue
		}
		seen[key] = len(out)
		out = append(out, c)
	}

	slices.SortFunc(out, func(a, b Contact) int { return strings.Compare(a.Name, b.Name) })
	fmt.Printf("\n%d clean contacts:\n", len(out))
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"name", "email", "phone", "city", "plan"})
	for _, c := range out {
		w.Write([]string{c.Name, c.Email, c.Phone, c.City, c.Plan})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
}
