package main

import (
	"cmp"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
)

const crmExport = `name,email,phone,city
"Smith, John",John.Smith@Example.com,(555) 010-2000,Boston
john smith,john.smith@example.com ,555-010-2000,boston
Maria  Garcia,maria.g@example.org,+1 555 010 3000,Austin
GARCIA MARIA,MARIA.G@EXAMPLE.ORG,,Austin
Wei Zhang,wei@example.net,555.010.4000,Seattle
Zhang Wei,w.zhang@example.net,5550104000,Seattle
Olga Petrova,,555-010-5000,Denver
Petrova Olga,olga.p@example.com,,
Ali Hassan,ali@example.com,555-010-6000,Chicago`

type Contact struct {
	Name, Email, Phone, City string
	Sources                  int
}

func normName(s string) string {
	s = strings.TrimSpace(s)
	if last, first, ok := strings.Cut(s, ","); ok {
		s = first + " " + last
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

func nameKey(name string) string {
	parts := strings.Fields(strings.ToLower(name))
	slices.Sort(parts) // order-insensitive: "Zhang Wei" == "Wei Zhang"
	return strings.Join(parts, " ")
}

func normPhone(s string) string {
	var d []rune
	for _, r := range s {
		if unicode.IsDigit(r) {
			d = append(d, r)
		}
	}
	if len(d) == 11 && d[0] == '1' {
		d = d[1:]
	}
	if len(d) != 10 {
		return ""
	}
	return fmt.Sprintf("%s-%s-%s", string(d[:3]), string(d[3:6]), string(d[6:]))
}

func (c *Contact) Merge(o Contact) {
	c.Email = cmp.Or(c.Email, o.Email)
	c.Phone = cmp.Or(c.Phone, o.Phone)
	c.City = cmp.Or(c.City, o.City)
	c.Sources += o.Sources
}

func dedupe(rows [][]string) []Contact {
	byKey := map[string]*Contact{}
	var keys []string
	for _, row := range rows {
		c := Contact{
			Name:    normName(row[0]),
			Email:   strings.ToLower(strings.TrimSpace(row[1])),
			Phone:   normPhone(row[2]),
			City:    normName(row[3]),
			Sources: 1,
		}
		k := nameKey(c.Name)
		if ex, ok := byKey[k]; ok {
			ex.Merge(c)
			continue
		}
		byKey[k] = &c
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]Contact, 0, len(keys))
	for _, k := range keys {
		out = append(out, *byKey[k])
	}
	return out
}

func main() {
	rows, err := csv.NewReader(strings.NewReader(crmExport)).ReadAll()
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	data := rows[1:]
	result := dedupe(data)
	fmt.Printf("%d rows -> %d contacts\n", len(data), len(result))
	for _, c := range result {
		fmt.Printf("  %-14s %-26s %-13s %-8s (x%d)\n", c.Name, cmp.Or(c.Email, "-"), cmp.Or(c.Phone, "-"), cmp.Or(c.City, "-"), c.Sources)
	}
	// Robustness: shuffled input orders must produce the same set of keys.
	rng := rand.New(rand.NewPCG(42, 7))
	for trial := range 5 {
		shuffled := slices.Clone(data)
		rng.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		got := dedupe(shuffled)
		sameNames := slices.EqualFunc(got, result, func(a, b Contact) bool { return nameKey(a.Name) == nameKey(b.Name) && a.Sources == b.Sources })
		fmt.Printf("trial %d: first row %-16q contacts=%d stable=%v\n", trial+1, shuffled[0][0], len(got), sameNames)
	}
	emailDomains := map[string]int{}
	for _, c := range result {
		if _, dom, ok := strings.Cut(c.Email, "@"); ok {
			emailDomains[dom]++
		}
	}
	doms := make([]string, 0, len(emailDomains))
	for d := range emailDomains {
		doms = append(doms, d)
	}
	slices.Sort(doms)
	for _, d := range doms {
		fmt.Printf("domain %-12s %d\n", d, emailDomains[d])
	}
}
